import TICSupport

/// Why a figure's PDF was not written (its SVG always is): no usable font, or a font without a
/// glyph the figure needs. Each message says which font to install and how to pass it.
public enum FigureFailure: Error, Sendable, Hashable, LocalizedProblem {
    /// What is wrong with a font file.
    public enum FontProblem: Error, Sendable, Hashable {
        case cannotRead, damaged, missingTable, noUnicodeMap
        /// Outlines other than TrueType `glyf` or a CID-keyed `CFF ` table (e.g. a name-keyed CFF font).
        case unsupportedOutlines
    }

    /// No font file was found in the searched folders.
    case noFont(searched: [String])
    /// The font cannot be used.
    case unreadableFont(path: String, reason: FontProblem)
    /// The font (given, or the best found) lacks glyphs for these characters.
    case missingGlyphs(path: String, characters: [Character])

    /// None: the message names the font file.
    public var fileLocation: FileLocation? { nil }

    /// The message without a label.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        let hint = zh
            ? "请安装含中文的字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk；或 fonts-dejavu-core 用于英文图），或用 --font 字体文件.ttf/.otf/.ttc（或环境变量 \(FigureFonts.environmentVariable)）指定；SVG 图已写出"
            : "install a font with Chinese glyphs (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk; fonts-dejavu-core suffices for English figures), or pass one with --font FILE.ttf/.otf/.ttc (or the \(FigureFonts.environmentVariable) environment variable); the SVG figures were written"
        switch self {
        case .noFont(let searched):
            let folders = searched.joined(separator: zh ? "、" : ", ")
            return zh ? "无法写出 PDF 图：在 \(folders) 中找不到可嵌入的 TrueType/OpenType 字体；\(hint)"
                      : "cannot write the PDF figures: no TrueType/OpenType font to embed in \(folders); \(hint)"
        case .unreadableFont(let path, let reason):
            let why: String = switch reason {
            case .cannotRead: zh ? "无法读取" : "cannot be read"
            case .damaged: zh ? "文件已损坏或不是字体" : "is damaged or not a font"
            case .missingTable: zh ? "缺少必要的表（head、hhea、hmtx、maxp、cmap、loca）" : "lacks a required table (head, hhea, hmtx, maxp, cmap, loca)"
            case .noUnicodeMap: zh ? "没有 Unicode 字符映射（cmap 格式 4 或 12）" : "has no Unicode character map (cmap format 4 or 12)"
            case .unsupportedOutlines: zh ? "字形格式不受支持（需要 TrueType glyf 或 CID 键控的 CFF）" : "has outlines ticeval cannot embed (TrueType glyf or CID-keyed CFF are supported)"
            }
            return zh ? "无法写出 PDF 图：字体 \(path) \(why)；\(hint)" : "cannot write the PDF figures: the font \(path) \(why); \(hint)"
        case .missingGlyphs(let path, let characters):
            let list = characters.prefix(12).map(String.init).joined(separator: " ") + (characters.count > 12 ? " …" : "")
            return zh ? "无法写出 PDF 图：字体 \(path) 缺少字符 \(list) 的字形；\(hint)"
                      : "cannot write the PDF figures: the font \(path) has no glyph for \(list); \(hint)"
        }
    }
}
