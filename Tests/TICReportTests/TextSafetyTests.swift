import Testing
@testable import TICReport

@Suite struct TextSafetyTests {
    @Test("CJK characters are two cells wide", arguments: [("abc", 3), ("优秀", 4), ("四川省（示例）", 14), ("A优", 3), ("é", 1), ("e\u{301}", 1), ("１２", 4)])
    func width(text: String, cells: Int) {
        #expect(DisplayWidth.of(text) == cells)
    }

    @Test("table columns line up by display width, numbers right-aligned")
    func table() {
        var table = TextTable(columns: [.init("名称"), .init("score", .right)])
        table.append(["优秀中心", "91.50"])
        table.append(["AB", "7.00"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines == ["名称      score", "---------------", "优秀中心  91.50", "AB         7.00"])
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
    }

    @Test("colour codes appear only when asked")
    func color() {
        var table = TextTable(columns: [.init("g")])
        table.append([TextTable.Cell("优秀", color: "32")])
        #expect(!table.render().contains("\u{1B}"))
        #expect(table.render(colored: true).contains("\u{1B}[32m优秀\u{1B}[0m"))
    }

    @Test("HTML escaping turns markup, attribute breakers and bidi controls into text")
    func html() {
        #expect(HTMLText.escaped("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLText.escaped("\" onmouseover='x'") == "&quot; onmouseover=&#39;x&#39;")
        #expect(HTMLText.escaped("a\u{202E}b") == "a\u{FFFD}b")
        #expect(HTMLText.escaped("R&D 中心") == "R&amp;D 中心")
    }
}
