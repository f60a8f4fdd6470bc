import TICIngest
import TICSupport

/// Why a scheme could not be loaded.
public enum SchemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, problem: FileProblem)
    /// The scheme has at least one error; `diagnostics` lists every error and warning found, in document order.
    case invalid(diagnostics: [SchemeDiagnostic])
    /// No preset has this name.
    case unknownPreset(name: String, available: [String])

    /// The errors only (warnings left out).
    public var errors: [SchemeDiagnostic] {
        if case .invalid(let diagnostics) = self { return diagnostics.filter(\.isError) }
        return []
    }

    /// A one-paragraph message in the given language; an invalid scheme lists one diagnostic a line.
    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let file, let problem):
            return language.pick("\(file)：无法读取指标体系文件：\(problem.message(.zh))",
                                 "\(file): cannot read the scheme file: \(problem.message(.en))")
        case .invalid(let diagnostics):
            return diagnostics.map { $0.formatted(language) }.joined(separator: "\n")
        case .unknownPreset(let name, let available):
            let list = available.joined(separator: ", ")
            return language.pick("没有名为 “\(name)” 的预置指标体系；可用：\(list)",
                                 "no preset scheme named '\(name)'; available: \(list)")
        }
    }

    /// Why a scheme file could not be read, in plain words.
    public enum FileProblem: Sendable, Hashable {
        /// Nothing exists at the path.
        case notFound
        /// The path is a folder.
        case isDirectory
        /// The file exists but this user may not read it.
        case permissionDenied
        /// Reading failed (an I/O error).
        case readFailed

        /// The reason in the given language.
        public func message(_ language: Language) -> String {
            switch self {
            case .notFound: language.pick("文件不存在", "no such file")
            case .isDirectory: language.pick("这是一个文件夹，不是文件", "it is a folder, not a file")
            case .permissionDenied: language.pick("没有读取权限", "permission denied")
            case .readFailed: language.pick("读取时发生输入/输出错误", "an input/output error occurred while reading")
            }
        }
    }

    /// The English message.
    public var description: String { message(.en) }
}
