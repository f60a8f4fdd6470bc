/// User text as a message quotes it: at most ``limit`` Unicode scalars, control characters shown as
/// U+FFFD, so a hostile cell can neither flood a terminal line nor move its cursor.
///
/// The reader clips the text it keeps in a problem's facts (the first rows of a file without a
/// header); TICReport clips every cell it quotes. Clipping clipped text changes nothing.
public enum QuotedText {
    /// Scalars kept before `…`.
    public static let limit = 40

    /// `text` with its control characters replaced by U+FFFD, cut to ``limit`` scalars followed by
    /// `…` when longer.
    public static func clip(_ text: String) -> String {
        var cleaned = ""
        for scalar in text.unicodeScalars.prefix(limit + 1) {
            cleaned.unicodeScalars.append(scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar)
        }
        return cleaned.unicodeScalars.count > limit ? String(cleaned.unicodeScalars.prefix(limit)) + "…" : cleaned
    }
}
