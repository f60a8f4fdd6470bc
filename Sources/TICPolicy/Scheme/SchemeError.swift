import TICIngest

/// Why a scheme could not be loaded.
public enum SchemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
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
        case .unreadable(let file, let reason):
            return language.pick("无法读取指标体系文件 \(file)：\(reason)", "cannot read scheme file \(file): \(reason)")
        case .invalid(let diagnostics):
            return diagnostics.map { $0.formatted(language) }.joined(separator: "\n")
        case .unknownPreset(let name, let available):
            let list = available.joined(separator: ", ")
            return language.pick("没有名为 “\(name)” 的预置指标体系；可用：\(list)",
                                 "no preset scheme named '\(name)'; available: \(list)")
        }
    }

    /// The English message.
    public var description: String { message(.en) }
}
