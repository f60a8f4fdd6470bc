import Foundation
import Testing
import TICIngest
import TICSynth
@testable import ticeval

@Suite("ticeval synth")
struct SynthCommandTests {
    @Test("parses the defaults and the documented options")
    func parsing() throws {
        let defaults = try Synth.parse(["--out", "x"])
        #expect(defaults.centers == 300 && defaults.seed == 20_240_101 && !defaults.force)
        #expect(try defaults.yearRange() == 2022...2024)
        let custom = try Synth.parse(["--centers", "40", "--years", "2020-2021", "--seed", "5", "--out", "y", "--force", "--lang", "en"])
        #expect(custom.centers == 40 && custom.seed == 5 && custom.force && custom.language.lang == .en)
        #expect(try custom.yearRange() == 2020...2021)
        #expect(try Synth.parse(["--years", "2023", "--out", "z"]).yearRange() == 2023...2023)
    }

    @Test("rejects malformed years and too few centers", arguments: [
        ["--years", "2024-2022"], ["--years", "22-24"], ["--years", "2022-2024x"], ["--years", "2020-2030"],
        ["--years", "2022--2024"], ["--centers", "19"],
    ])
    func rejects(arguments: [String]) {
        #expect(throws: (any Error).self) { try Synth.parse(arguments + ["--out", "x"]) }
    }

    @Test("writes the same bytes as the library, and refuses a non-empty folder without --force")
    func endToEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-synth-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var command = try Synth.parse(["--centers", "30", "--seed", "3", "--out", folder.path, "--lang", "en"])
        try command.run()
        let expected = WorkspaceSynthesizer(centers: 30, seed: 3).files()
        for (path, bytes) in expected {
            #expect(Array(try Data(contentsOf: folder.appendingPathComponent(path))) == bytes)
        }
        #expect(throws: (any Error).self) { try command.run() }
        command = try Synth.parse(["--centers", "30", "--seed", "4", "--out", folder.path, "--force"])
        try command.run()
        let replaced = Array(try Data(contentsOf: folder.appendingPathComponent("centers.csv")))
        #expect(replaced == WorkspaceSynthesizer(centers: 30, seed: 4).files()["centers.csv"])
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent).") })
    }
}
