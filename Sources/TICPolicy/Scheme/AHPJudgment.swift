import Foundation

/// One cell of an AHP pairwise comparison matrix: a positive number, written in JSON either as a
/// number (`3`, `0.5`) or as a string (`"1/3"`, `"5"`). The text is kept so the scheme is printed
/// back as it was written.
public struct AHPJudgment: Sendable, Hashable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// The judgment's value; NaN only when its text could not be parsed (already reported).
    public var value: Double
    /// The string it was written as, if any (e.g. `1/3`).
    public var text: String?

    /// A numeric judgment.
    public init(_ value: Double) { self.value = value; self.text = nil }

    /// A judgment from its text, `"3"` or `"1/3"`; `nil` if the text is not a number or a fraction.
    public init?(text: String) {
        guard let value = AHPJudgment.parse(text) else { return nil }
        self.value = value
        self.text = text
    }

    /// The judgment `1/n`, written as the string `"1/n"`.
    public static func inverse(_ n: Int) -> AHPJudgment { AHPJudgment(text: "1/\(n)")! }

    /// A numeric judgment from a literal.
    public init(floatLiteral value: Double) { self.init(value) }
    /// A numeric judgment from a literal.
    public init(integerLiteral value: Int) { self.init(Double(value)) }

    /// Parses `"3"`, `"0.5"`, `"1/3"` (spaces allowed around the slash); `nil` otherwise, and for text
    /// whose value is not finite (`"nan"`, `"inf"`, `"1e999"`).
    static func parse(_ text: String) -> Double? {
        guard let value = parseNumber(text), value.isFinite else { return nil }
        return value
    }

    private static func parseNumber(_ text: String) -> Double? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        switch parts.count {
        case 1:
            return Double(parts[0])
        case 2:
            guard let numerator = Double(parts[0]), let denominator = Double(parts[1]), denominator != 0 else { return nil }
            return numerator / denominator
        default:
            return nil
        }
    }
}

extension AHPJudgment: Codable {
    /// Decodes a number or a `"1/3"`-style string; a bad string is reported at the cell's path.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let number = try? c.decode(Double.self) {
            self.init(number)
            return
        }
        let string: String
        do {
            string = try c.decode(String.self)
        } catch {
            throw DecodingError.typeMismatch(Double.self, .init(codingPath: decoder.codingPath,
                                                                debugDescription: "expected a number or a fraction such as \"1/3\""))
        }
        if let judgment = AHPJudgment(text: string) {
            self = judgment
            return
        }
        let finding = SchemeFinding.notAJudgment(string)
        guard let sink = decoder.schemeSink else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(finding)"))
        }
        sink.record(.error(at: SchemePath.render(decoder.codingPath), finding))
        self.init(.nan)
        self.text = string
    }

    /// Encodes the original text if there was one, else the number.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let text { try c.encode(text) } else { try c.encode(value) }
    }
}
