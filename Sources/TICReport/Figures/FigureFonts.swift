import Foundation

/// Finds the font a figure's PDF embeds: the one given (`--font`, or the ``environmentVariable``),
/// else the first font in the standard folders, in ``preferredFiles`` order, that has a glyph for
/// every character of the figure. Latin faces come first, so an English figure embeds a small
/// TrueType subset; Chinese text falls through to a CJK face.
public enum FigureFonts {
    /// The environment variable naming a font file, used when `--font` is not given.
    public static let environmentVariable = "TICEVAL_FONT"

    /// The folders searched (recursively), in order.
    public static var searchFolders: [String] {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return ["/usr/share/fonts", "/usr/local/share/fonts", "\(home)/.local/share/fonts", "\(home)/.fonts",
                "/System/Library/Fonts", "/Library/Fonts", "\(home)/Library/Fonts"]
    }

    /// File names in order of preference: Latin TrueType faces, then CJK faces (TrueType first).
    public static let preferredFiles = [
        "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "Arial.ttf",
        "wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "NotoSansCJK-Regular.ttc",
        "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf", "SourceHanSansSC-Regular.otf", "SourceHanSans-Regular.ttc",
        "Arial Unicode.ttf", "PingFang.ttc", "STHeiti Light.ttc",
    ]

    /// The font for `texts`: `path` (or the environment variable's) when given, else the first
    /// preferred font found that covers every character.
    /// - Throws: ``FigureFailure`` when the given font is unusable or lacks a glyph, or when no
    ///   font found covers the text.
    public static func font(for texts: [String], path: String?) throws(FigureFailure) -> OpenTypeFont {
        if let given = path ?? ProcessInfo.processInfo.environment[environmentVariable].flatMap({ $0.isEmpty ? nil : $0 }) {
            let font = try OpenTypeFont(path: given)
            let missing = font.missingCharacters(in: texts)
            guard missing.isEmpty else { throw .missingGlyphs(path: given, characters: missing) }
            return font
        }
        let found = installedFonts()
        guard !found.isEmpty else { throw .noFont(searched: searchFolders) }
        var fewest: (path: String, missing: [Character])?
        for candidate in found {
            guard let font = try? OpenTypeFont(path: candidate) else { continue }
            let missing = font.missingCharacters(in: texts)
            if missing.isEmpty { return font }
            if fewest == nil || missing.count < fewest!.missing.count { fewest = (candidate, missing) }
        }
        guard let fewest else { throw .noFont(searched: searchFolders) }
        throw .missingGlyphs(path: fewest.path, characters: fewest.missing)
    }

    /// The preferred font files present in ``searchFolders``, in preference order (the same name in
    /// several folders: the first folder's).
    public static func installedFonts() -> [String] {
        var byName: [String: String] = [:]
        let wanted = Set(preferredFiles)
        for folder in searchFolders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            var paths: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if wanted.contains(name) { paths.append(relative) }
            }
            for relative in paths.sorted() {
                let name = (relative as NSString).lastPathComponent
                if byName[name] == nil { byName[name] = "\(folder)/\(relative)" }
            }
        }
        return preferredFiles.compactMap { byName[$0] }
    }
}
