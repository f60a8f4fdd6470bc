import TICSupport

extension IngestError {
    /// Money units a header may name; one of them where another is expected is an error.
    static let moneyUnits: Set<String> = ["元", "千元", "万元", "十万元", "百万元", "千万元", "亿元"]

    /// How many non-blank rows are searched for a header before ``noHeaderRow(path:firstRows:lines:expected:closest:missing:)``.
    public static var headerSearchRows: Int { TableLayout.searchRows }
}
