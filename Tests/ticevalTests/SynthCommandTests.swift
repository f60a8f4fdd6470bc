import Foundation
import Testing
import TICIngest
import TICReport
import TICSynth
import ArgumentParser
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

    @Test("rejects malformed years and too few centers with a message naming the option and the value", arguments: [
        (["--years", "2024-2022"], "--years: the first year is after the last: '2024-2022'"),
        (["--years", "22-24"], "--years must look like FIRST-LAST, e.g. 2022-2024; got '22-24'"),
        (["--years", "2022-2024x"], "--years must look like FIRST-LAST, e.g. 2022-2024; got '2022-2024x'"),
        (["--years", "2020-2030"], "--years spans at most \(WorkspaceSynthesizer.maximumYears) years: '2020-2030'"),
        (["--years", "2022--2024"], "--years must look like FIRST-LAST, e.g. 2022-2024; got '2022--2024'"),
        (["--centers", "19"], "--centers must be at least 20, got 19"),
        (["--centers", "1000001"], "--centers must be at most 1000000, got 1000001"),
    ])
    func rejects(arguments: [String], message: String) throws {
        let error = try #require(throws: (any Error).self) { try Synth.parse(arguments + ["--out", "x", "--lang", "en"]) }
        #expect(Synth.message(for: error) == message)
        #expect(Synth.exitCode(for: error) == .validationFailure)
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
        // Without --force a non-empty folder is refused (exit 1, OutputFailure.notEmpty) and left as it was.
        #expect(throws: OutputFailure.notEmpty(path: folder.path)) { try command.run() }
        #expect(Array(try Data(contentsOf: folder.appendingPathComponent("centers.csv"))) == expected["centers.csv"])
        command = try Synth.parse(["--centers", "30", "--seed", "4", "--out", folder.path, "--force"])
        try command.run()
        let replaced = Array(try Data(contentsOf: folder.appendingPathComponent("centers.csv")))
        #expect(replaced == WorkspaceSynthesizer(centers: 30, seed: 4).files()["centers.csv"])
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent).") })
    }
}
