import TICPolicy
import TICSupport

/// The words of a ``SchemeError``, in Chinese and English: an invalid scheme is printed one finding
/// a line (`json.path: error: message`), the others as `error: message`.
extension SchemeError: LocalizedProblem {
    /// None: a scheme finding is placed by its JSON path (see ``lines(_:)``).
    public var fileLocation: FileLocation? { nil }

    /// A one-paragraph message in the given language; an invalid scheme lists one finding a line.
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

    /// Each finding of an invalid scheme on its own line with its JSON path; else one line.
    public func lines(_ language: Language) -> [String] {
        if case .invalid(let diagnostics) = self { return diagnostics.map { $0.formatted(language) } }
        return [formatted(language)]
    }
}

extension SchemeError.FileProblem {
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
