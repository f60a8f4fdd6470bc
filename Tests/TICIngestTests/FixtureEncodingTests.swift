import Foundation
import Testing
@testable import TICIngest

@Suite struct FixtureEncodingTests {
    static func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)).path
    }

    @Test("GB18030 files saved by Excel read the same as their UTF-8 twins", arguments: ["centers", "reports-2023"])
    func gb18030Twin(name: String) throws {
        let gb = try CSVFile(path: Self.fixture("\(name)-gb18030.csv"))
        let utf8 = try CSVFile(path: Self.fixture("\(name)-utf8.csv"))
        #expect(gb.encoding == .gb18030)
        #expect(utf8.encoding != .gb18030)
        #expect(gb.text == utf8.text)
        var diagnostics: [Diagnostic] = []
        let table = try CSVTable(file: gb, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(table.rows.count > 10)
        #expect(table.rows.joined().joined().unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
    }

    @Test("forcing UTF-8 on a GB18030 file names the first bad line")
    func forcedUTF8OnGB() throws {
        let path = try Self.fixture("centers-gb18030.csv")
        let error = #expect(throws: IngestError.self) { _ = try CSVFile(path: path, encoding: .utf8) }
        guard case .invalidEncoding(let location, let encoding)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
        #expect(encoding == .utf8)
        #expect(location.line == 2)
    }
}
