import TICIngest
import TICSupport

/// A fragment of markup that is safe to emit: the literal parts are written by us, every
/// interpolated `String` is escaped with ``HTMLText/escaped(_:)``.
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let row: HTML = "<td title=\"\(name)\">\(name)</td>"
/// // <td title="&lt;script&gt;…">&lt;script&gt;alert(1)&lt;/script&gt;</td>
/// ```
///
/// Only `HTML` values are inserted as they are, so user text cannot become markup unless code
/// says so with ``HTML/trusted(_:)`` (reserved for our own CSS, script and SVG path data).
/// Interpolating anything else (a `Double`, an `Optional`) does not compile: numbers go through
/// ``HTML/number(_:digits:)`` so that NaN and infinities never reach the page.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The markup.
    public private(set) var markup: String

    /// Markup written by ticeval itself (constants, generated SVG coordinates); never user text.
    public static func trusted(_ markup: String) -> HTML { HTML(markup: markup) }

    /// The empty fragment.
    public static let empty = HTML(markup: "")

    private init(markup: String) { self.markup = markup }

    /// A literal written in ticeval's source: inserted as it is.
    public init(stringLiteral value: String) { markup = value }

    /// A literal with interpolations: the literal parts as they are, the interpolations by ``Interpolation``'s rules.
    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// Concatenates fragments.
    public init<S: Sequence>(joining parts: S, separator: HTML = .empty) where S.Element == HTML {
        var out = ""
        var first = true
        for part in parts {
            if !first { out += separator.markup }
            out += part.markup
            first = false
        }
        markup = out
    }

    /// Appends a fragment.
    public mutating func append(_ other: HTML) { markup += other.markup }

    /// Joins two fragments.
    public static func + (a: HTML, b: HTML) -> HTML { HTML(markup: a.markup + b.markup) }

    /// The interpolation rules: strings are escaped, fragments inserted, integers printed.
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""
        /// Starts an empty interpolation.
        public init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity + 16 * interpolationCount) }
        /// A literal part: inserted as it is.
        public mutating func appendLiteral(_ literal: String) { markup += literal }
        /// User or label text: escaped.
        public mutating func appendInterpolation(_ text: String) { markup += HTMLText.escaped(text) }
        /// A fragment: inserted as it is.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        /// An integer.
        public mutating func appendInterpolation(_ value: Int) { markup += String(value) }
        /// A list of fragments, concatenated.
        public mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { markup += part.markup } }
    }

    /// A number for display, rounded half away from zero to exactly `digits` decimals (the rounding
    /// of ``NumberText/fixed(_:fractionDigits:)``, so it equals summary.json's value rounded);
    /// `nil`, NaN and infinities show as an em dash.
    public static func number(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "—" }
        return NumberText.fixed(value, fractionDigits: digits)
    }

    /// A number with at most `digits` decimals and no trailing zeros (raw data such as 万元
    /// amounts); `nil`, NaN and infinities show as an em dash.
    public static func amount(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "—" }
        return NumberText.decimal(value, maximumFractionDigits: digits)
    }

    /// A coordinate for SVG (at most 1 decimal, finite: non-finite values become 0).
    static func coordinate(_ value: Double) -> String {
        value.isFinite ? NumberText.decimal(value, maximumFractionDigits: 1) : "0"
    }
}
