import TICSupport

extension Figure {
    /// The font families the SVG names: Latin faces first, then CJK faces as the fallback for Chinese
    /// text, then the generic family.
    public static let svgFontFamily = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

    /// A standalone SVG 1.1 file: an XML declaration, `<svg xmlns="http://www.w3.org/2000/svg">`
    /// sized in points, a `<title>`, its own font and colours on every mark (no outside style
    /// sheet), text kept as text. The same figure gives the same bytes.
    public func svg() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(Self.n(width))pt\" height=\"\(Self.n(height))pt\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" font-family=\"\(Self.svgFontFamily)\">\n"
        out += "<title>\(HTMLText.escaped(title))</title>\n"
        out += "<style>text{font-family:\(HTMLText.escaped(Self.svgFontFamily));}</style>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" fill=\"#ffffff\"/>\n"
        for mark in marks {
            out += Self.svg(mark) + "\n"
        }
        out += "</svg>\n"
        return out
    }

    private static func svg(_ mark: FigureMark) -> String {
        switch mark {
        case .rectangle(let x, let y, let w, let h, let fill, let stroke):
            return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" fill=\"\(fill?.hex ?? "none")\"\(attributes(stroke))/>"
        case .line(let x1, let y1, let x2, let y2, let stroke):
            return "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"\(attributes(stroke))/>"
        case .circle(let cx, let cy, let r, let fill, let stroke):
            return "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"\(fill?.hex ?? "none")\"\(attributes(stroke))/>"
        case .text(let t):
            let rotate = t.rotation == 0 ? "" : " transform=\"rotate(\(n(t.rotation)) \(n(t.x)) \(n(t.y)))\""
            return "<text x=\"\(n(t.x))\" y=\"\(n(t.y))\" font-size=\"\(n(t.size))\" text-anchor=\"\(t.anchor.rawValue)\" fill=\"\(t.colour.hex)\"\(rotate)>\(HTMLText.escaped(t.string))</text>"
        }
    }

    private static func attributes(_ stroke: FigureStroke?) -> String {
        guard let stroke else { return "" }
        let dash = stroke.dash.isEmpty ? "" : " stroke-dasharray=\"\(stroke.dash.map(n).joined(separator: " "))\""
        return " stroke=\"\(stroke.colour.hex)\" stroke-width=\"\(n(stroke.width))\"\(dash)"
    }

    /// A coordinate: at most two decimals; non-finite values become 0.
    static func n(_ v: Double) -> String { v.isFinite ? NumberText.decimal(v, maximumFractionDigits: 2) : "0" }
}
