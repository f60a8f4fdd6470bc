import TICIngest
import TICSupport

/// Why outputs were not written. Nothing of the user's is changed when one of these is thrown:
/// the output folder or file is the previous one, complete. Printed as `error: message`; the message
/// names the path.
public enum OutputFailure: Error, Sendable, Hashable, LocalizedProblem {
    /// The path exists and is a file where a folder is needed (or a folder where a file is).
    case notAFolder(path: String)
    case notAFile(path: String)
    /// The folder holds files ticeval did not write (relative paths, the first few).
    case notAnOutputFolder(path: String, foreign: [String], more: Int)
    /// `synth` without `--force` on a folder that is not empty.
    case notEmpty(path: String)
    /// The folder is the current directory or holds it.
    case currentFolder(path: String)
    /// The output folder holds `input`, a file this run reads (or is the input folder itself: `input == path`).
    case replacesInput(path: String, input: String)
    /// The output file is `input`, a file this run reads (the same file, perhaps by another name).
    case overwritesInput(path: String, input: String)
    /// A file ticeval would write is a folder (or inside a file) in the way (`path` is the one in the way).
    case inTheWay(path: String)
    /// An entry that cannot be kept in place: not a file, folder or link.
    case cannotKeep(path: String)
    /// The file system refused: the folder or file cannot be created or written.
    case cannotWrite(path: String, code: Int32)

    /// None: the message names the folder or file (which has no line to point at).
    public var fileLocation: FileLocation? { nil }

    /// The message without a label, in the given language.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .notAFolder(let path):
            return zh ? "\(path) 已存在且不是文件夹；请换一个输出文件夹" : "\(path) exists and is not a folder; choose another output folder"
        case .notAFile(let path):
            return zh ? "\(path) 是文件夹；请给出一个文件路径" : "\(path) is a folder; give the path of a file"
        case .notAnOutputFolder(let path, let foreign, let more):
            let list = foreign.joined(separator: zh ? "、" : ", ") + (more > 0 ? (zh ? " 等（另有 \(more) 项）" : " and \(more) more") : "")
            return zh ? "\(path) 不是 ticeval 的输出文件夹：其中有不是 ticeval 写入的文件（\(list)）。ticeval 会整体替换输出文件夹，因此只写入不存在的文件夹、空文件夹或它以前写入的文件夹；请移走这些文件，或换一个输出文件夹"
                      : "\(path) is not a ticeval output folder: it holds files ticeval did not write (\(list)). ticeval replaces an output folder as a whole, so it writes only to a new or empty folder or one it wrote before; move those files away or choose another output folder"
        case .notEmpty(let path):
            return zh ? "\(path) 不是空文件夹；请换一个新文件夹，或加 --force 只替换本命令写入的文件（其他文件保留）"
                      : "\(path) is not empty; choose a new folder, or add --force to replace only the files this command writes (other files are kept)"
        case .currentFolder(let path):
            return zh ? "\(path) 是当前文件夹或包含当前文件夹；ticeval 会整体替换输出文件夹，请写入一个子文件夹（如 out）或在其他位置运行"
                      : "\(path) is the current folder or holds it; ticeval replaces an output folder as a whole, so write to a subfolder (e.g. out) or run it from elsewhere"
        case .replacesInput(let path, let input):
            return path == input
                ? (zh ? "\(path) 是本次运行读取的输入，写入输出会替换它；请换一个输出文件夹"
                      : "\(path) is an input of this run; writing outputs there would replace it; choose another output folder")
                : (zh ? "\(path) 中有本次运行读取的输入文件 \(input)，写入输出会替换它；请换一个输出文件夹"
                      : "\(path) holds \(input), an input file of this run; writing outputs there would replace it; choose another output folder")
        case .overwritesInput(let path, let input):
            return path == input
                ? (zh ? "\(path) 是本次运行读取的输入文件，写入会覆盖它；请换一个输出路径"
                      : "\(path) is an input file of this run; writing there would overwrite it; choose another output path")
                : (zh ? "\(path) 就是本次运行读取的输入文件 \(input)，写入会覆盖它；请换一个输出路径"
                      : "\(path) is the input file \(input) of this run; writing there would overwrite it; choose another output path")
        case .inTheWay(let path):
            return zh ? "\(path) 挡住了要写入的文件（应为文件却是文件夹，或反之）；请移走它"
                      : "\(path) is in the way of a file to be written (a folder where a file goes, or the reverse); move it away"
        case .cannotKeep(let path):
            return zh ? "\(path) 不是普通文件、文件夹或链接，无法原样保留；请移走它或换一个文件夹"
                      : "\(path) is not a regular file, folder or link and cannot be kept in place; move it away or choose another folder"
        case .cannotWrite(let path, let code):
            let reason = SystemErrorText(code: code).message(language)
            return zh ? "\(path)：无法在此写入输出：\(reason)" : "\(path): cannot write the outputs here: \(reason)"
        }
    }
}
