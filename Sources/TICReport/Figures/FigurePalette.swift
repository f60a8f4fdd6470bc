/// The colours of the paper figures, chosen to survive grayscale printing and colour-vision
/// deficiencies: every palette is ordered by lightness (CIE L*), so a grayscale copy keeps the
/// order, and the grade bars also carry patterns.
public enum FigurePalette {
    /// The smallest difference in CIE L* between two neighbouring ``grades`` (checked by a test).
    public static let minimumGradeLightnessStep = 15.0

    /// Excellent, good, qualified, unqualified: dark blue (L* 25), blue (49), green-grey (75),
    /// pale yellow (92). Blue–green–yellow stays apart for deuteranopes, protanopes and tritanopes,
    /// and the lightness steps (≥ ``minimumGradeLightnessStep``) keep them apart in grayscale.
    public static let grades: [FigureColour] = [FigureColour(0x1b3a6b), FigureColour(0x3a78b5), FigureColour(0x83c5a8), FigureColour(0xf6e8a6)]

    /// The pattern drawn over each grade's colour (none, none, hatched, cross-hatched), so the
    /// two light grades differ even when printed without colour.
    public static let gradePatterns: [FigurePattern] = [.none, .none, .hatched, .crossHatched]

    /// The stops of the sequential palette (light yellow → green → dark blue), L* 97 → 21.
    static let sequentialStops: [FigureColour] = [
        FigureColour(0xf7fcb9), FigureColour(0xaddd8e), FigureColour(0x41ab5d),
        FigureColour(0x2e8b84), FigureColour(0x2b5c8a), FigureColour(0x2d2a6e),
    ]

    /// The sequential palette at `t` (0 = lightest, 1 = darkest; clamped; NaN gives light grey):
    /// lightness falls monotonically with `t`, so values read in grayscale too.
    public static func sequential(_ t: Double) -> FigureColour {
        guard t.isFinite else { return FigureColour(0xe4e7eb) }
        let s = min(max(t, 0), 1) * Double(sequentialStops.count - 1)
        let k = min(Int(s), sequentialStops.count - 2)
        return sequentialStops[k].mixed(with: sequentialStops[k + 1], s - Double(k))
    }

    /// Text colour on `fill`: white on dark fills, ink on light ones.
    public static func ink(on fill: FigureColour) -> FigureColour { fill.lightness < 55 ? .white : .ink }

    /// First-order and total Sobol bars: blue (L* 49) and dark blue (25), the total one hatched.
    public static let sobol: [FigureColour] = [FigureColour(0x3a78b5), FigureColour(0x1b3a6b)]
}

/// A pattern of lines drawn over a filled rectangle.
public enum FigurePattern: Sendable, Hashable {
    /// No pattern.
    case none
    /// Lines rising to the right, 3 pt apart.
    case hatched
    /// Lines in both diagonal directions, 3 pt apart.
    case crossHatched

    /// The pattern's lines clipped to the rectangle, in `colour`; empty for ``none``.
    public func lines(x: Double, y: Double, width: Double, height: Double, colour: FigureColour) -> [FigureMark] {
        guard self != .none, width > 0, height > 0 else { return [] }
        let stroke = FigureStroke(colour, width: 0.4)
        var marks: [FigureMark] = []
        // Lines x − x0 + (y − y0) = c (rising) for c in steps of `gap` over (0, width + height).
        let gap = 3.0
        var c = gap
        while c < width + height {
            // Rising: from the bottom-left side to the top-right side.
            let start = (x: x + max(0, c - height), y: y + min(c, height))
            let end = (x: x + min(c, width), y: y + max(0, c - width))
            marks.append(.line(x1: start.x, y1: start.y, x2: end.x, y2: end.y, stroke: stroke))
            if self == .crossHatched {
                // Falling: the mirror image across the rectangle's vertical centre line.
                marks.append(.line(x1: 2 * x + width - start.x, y1: start.y, x2: 2 * x + width - end.x, y2: end.y, stroke: stroke))
            }
            c += gap
        }
        return marks
    }
}
