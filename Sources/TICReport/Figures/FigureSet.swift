import TICSupport

/// Named figures written together: `NAME.svg` for each, and `NAME.pdf` when a font is found that
/// covers the text of every figure (one font for the set, so the PDFs match each other).
public struct FigureSet: Sendable {
    /// The figures and their file names (without extension), in order.
    public var figures: [(name: String, figure: Figure)]

    /// A set.
    public init(_ figures: [(name: String, figure: Figure)]) { self.figures = figures }

    /// The files: every SVG, then every PDF; `failure` says why there are no PDFs (the SVGs are
    /// there regardless).
    /// - Parameter fontPath: `--font`; nil searches (``FigureFonts/font(for:path:)``).
    public func files(fontPath: String?) -> (files: [(name: String, bytes: [UInt8])], failure: FigureFailure?) {
        var files = figures.map { (name: "\($0.name).svg", bytes: Array($0.figure.svg().utf8)) }
        do {
            let font = try FigureFonts.font(for: figures.flatMap(\.figure.texts), path: fontPath)
            for (name, figure) in figures { files.append(("\(name).pdf", try figure.pdf(font: font))) }
            return (files, nil)
        } catch {
            return (files, error)
        }
    }

    /// A file name from a free text (a method such as `combined:additive:0.5`): letters, digits,
    /// `.` and `-`, other characters as `-`.
    public static func fileName(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" })
    }
}
