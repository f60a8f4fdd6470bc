import TICReport
import Testing

@Suite struct DisplayWidthTests {
    @Test("CJK and full-width characters take two cells, ASCII one, combining marks none", arguments: [
        ("A01", 3), ("研发经费", 8), ("（示例）", 8), ("《方案》三（四）", 16), ("≥ 30%", 5), ("e\u{301}", 1), ("", 0), ("４０００", 8),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("a table lines up columns by display width")
    func alignment() {
        var table = TextTable(header: ["名称", "n"], rightAligned: [1])
        table.append(["甲", "1"])
        table.append(["abc", "100"])
        let lines = table.rendered().split(separator: "\n").map(String.init)
        #expect(lines == ["名称    n", "---------", "甲      1", "abc   100"])
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
    }
}
