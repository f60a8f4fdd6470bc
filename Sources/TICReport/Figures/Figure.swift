import Foundation

/// A chart for a paper, as marks in points (1/72 in) with the origin at the top left: rendered to a
/// standalone SVG (``svg()``) and to a PDF with an embedded font (``pdf(font:)``), so both files
/// show the same marks at the same size.
///
/// Every colour, stroke and font size is on the mark itself (nothing comes from a style sheet), so
/// the files render the same anywhere. The builders in ``ResearchFigures`` make the figures of the
/// research commands; their widths are ``columnWidth`` (one journal column) or ``pageWidth``.
///
/// ```swift
/// var figure = Figure(width: Figure.columnWidth, height: 120, title: "weights")
/// figure.add(.rect(x: 10, y: 10, width: 50, height: 8, fill: .ink))
/// figure.add(.text("0.25", x: 64, y: 17, size: 7))
/// let svg = figure.svg()
/// ```
public struct Figure: Sendable, Hashable {
    /// One journal column: 85 mm = 241 pt.
    public static let columnWidth = 241.0
    /// A full page width: 170 mm = 482 pt.
    public static let pageWidth = 482.0

    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double
    /// The figure's title (SVG `<title>`, PDF `/Title`).
    public var title: String
    /// The marks, painted in order.
    public private(set) var marks: [FigureMark] = []

    /// An empty figure.
    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// Paints `mark` above the marks already added.
    public mutating func add(_ mark: FigureMark) { marks.append(mark) }

    /// Paints `marks` in order.
    public mutating func add(_ marks: [FigureMark]) { self.marks += marks }

    /// Every text of the figure, in painting order.
    public var texts: [String] {
        marks.compactMap { if case .text(let t) = $0 { t.string } else { nil } }
    }
}

/// An sRGB colour.
public struct FigureColour: Sendable, Hashable {
    /// Red, green and blue, 0…255.
    public var red: UInt8, green: UInt8, blue: UInt8

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `0xRRGGBB`.
    public init(_ hex: UInt32) {
        self.init(red: UInt8(hex >> 16 & 0xff), green: UInt8(hex >> 8 & 0xff), blue: UInt8(hex & 0xff))
    }

    /// Body text.
    public static let ink = FigureColour(0x1f2933)
    /// Axis labels and ticks.
    public static let muted = FigureColour(0x52606d)
    /// Grid lines.
    public static let grid = FigureColour(0xe4e7eb)
    /// White.
    public static let white = FigureColour(0xffffff)

    /// `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// CIE L* (0 black … 100 white) of the colour: what is left of it in grayscale (sRGB transfer
    /// function and Rec. 709 luminance, CIE 1976 lightness; IEC 61966-2-1, CIE 15:2004).
    public var lightness: Double {
        func linear(_ c: UInt8) -> Double {
            let v = Double(c) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        let y = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return y > 216.0 / 24_389 ? 116 * cbrt(y) - 16 : y * 24_389 / 27
    }

    /// The colour `t` of the way from `self` to `other` (t clamped to 0…1), in sRGB.
    public func mixed(with other: FigureColour, _ t: Double) -> FigureColour {
        let s = t.isFinite ? min(max(t, 0), 1) : 0
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) + (Double(b) - Double(a)) * s).rounded()) }
        return FigureColour(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
    }
}

/// How a text is placed horizontally against its x.
public enum FigureAnchor: String, Sendable, Hashable {
    case start, middle, end
}

/// A text mark: the string is drawn as text (selectable in the SVG and, through the PDF's
/// ToUnicode map, copyable in the PDF).
public struct FigureText: Sendable, Hashable {
    /// The text.
    public var string: String
    /// Baseline position.
    public var x: Double, y: Double
    /// Font size in points.
    public var size: Double
    /// Horizontal placement against `x`.
    public var anchor: FigureAnchor
    /// Colour.
    public var colour: FigureColour
    /// Clockwise rotation in degrees around (x, y).
    public var rotation: Double
}

/// A stroke: colour, width in points and an optional dash pattern.
public struct FigureStroke: Sendable, Hashable {
    /// Colour.
    public var colour: FigureColour
    /// Width in points.
    public var width: Double
    /// Dash and gap lengths; empty for a solid line.
    public var dash: [Double]

    /// A stroke.
    public init(_ colour: FigureColour, width: Double = 0.5, dash: [Double] = []) {
        self.colour = colour
        self.width = width
        self.dash = dash
    }
}

/// One mark of a ``Figure``.
public enum FigureMark: Sendable, Hashable {
    /// A rectangle, filled and/or stroked.
    case rectangle(x: Double, y: Double, width: Double, height: Double, fill: FigureColour?, stroke: FigureStroke?)
    /// A straight line.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: FigureStroke)
    /// A circle, filled and/or stroked.
    case circle(cx: Double, cy: Double, r: Double, fill: FigureColour?, stroke: FigureStroke?)
    /// A text.
    case text(FigureText)

    /// A filled rectangle without a stroke.
    public static func rect(x: Double, y: Double, width: Double, height: Double, fill: FigureColour) -> FigureMark {
        .rectangle(x: x, y: y, width: width, height: height, fill: fill, stroke: nil)
    }

    /// A text, left-aligned, in ``FigureColour/ink`` unless told.
    public static func text(_ string: String, x: Double, y: Double, size: Double, anchor: FigureAnchor = .start,
                            colour: FigureColour = .ink, rotation: Double = 0) -> FigureMark {
        .text(FigureText(string: string, x: x, y: y, size: size, anchor: anchor, colour: colour, rotation: rotation))
    }
}
