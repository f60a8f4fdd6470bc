import ArgumentParser
import Foundation
import Testing
import TICIngest
import TICPolicy
@testable import ticeval

@Suite("ticeval schemes")
struct SchemesCommandTests {
    @Test("`ticeval schemes` without a subcommand lists the presets")
    func listIsTheDefault() throws {
        let command = try TICEval.parseAsRoot(["schemes", "--lang", "en"])
        let list = try #require(command as? SchemesList)
        #expect(list.language.lang == .en)
        #expect(list.format == .table)
    }

    @Test("`schemes show` and `schemes validate` take a name or a file")
    func showAndValidateParse() throws {
        let show = try #require(try TICEval.parseAsRoot(["schemes", "show", "hunan-2020"]) as? SchemesShow)
        #expect(show.scheme == "hunan-2020")
        #expect(show.language.lang == .zh)
        let validate = try #require(try TICEval.parseAsRoot(["schemes", "validate", "my/scheme.json", "--lang", "en"]) as? SchemesValidate)
        #expect(validate.scheme == "my/scheme.json")
    }

    @Test("the listing has one row per preset with its dimension and indicator counts")
    func listing() {
        let csv = SchemesList.render(Scheme.presets, language: .en, format: .csv)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 1 + Scheme.presetNames.count)
        #expect(lines[0] == "name,dimensions,indicators,title,source")
        #expect(lines[2].hasPrefix("sichuan-2022,5,17,Sichuan technology innovation centers"))
        let table = SchemesList.render(Scheme.presets, language: .zh, format: .table)
        #expect(table.hasPrefix("名称"))
        #expect(table.contains("《天津市技术创新中心建设实施方案》"))
    }

    @Test("a name that is neither a preset nor a file is an error listing the presets")
    func unknownName() {
        #expect {
            _ = try SchemeSource("beijing-2030").inspect(language: .en)
        } throws: { error in
            (error as? CommandFailure)?.formatted(.en)
                == "error: no preset scheme named 'beijing-2030'; available: national-2017, sichuan-2022, hunan-2020, tianjin-2018 (nor is it a file)"
        }
    }

    @Test("a preset given by name is validated and clean")
    func presetByName() throws {
        let outcome = try SchemeSource("tianjin-2018").inspect(language: .en)
        #expect(outcome.inspection.diagnostics == [])
        #expect(outcome.inspection.scheme?.name == "tianjin-2018")
    }

    @Test("a scheme file is read and every diagnostic comes back with its path")
    func schemeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-scheme-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = try Scheme.preset(named: "sichuan-2022").jsonString()
        text = text.replacingOccurrences(of: "\"excellent\" : 85", with: "\"excellent\" : 65")
        try Data(("// edited by the department\n" + text).utf8).write(to: url)
        let outcome = try SchemeSource(url.path).inspect(language: .en)
        #expect(outcome.inspection.errors.map { $0.formatted(.en) } == [
            "grading.cutoffs.good: error: cut-offs must be strictly decreasing: 70 must be less than excellent (65)",
        ])
    }
}
