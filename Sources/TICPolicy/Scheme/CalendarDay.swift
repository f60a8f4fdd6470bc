/// A day of the Gregorian calendar written `YYYY-MM-DD` (the evaluation date, a policy's validity),
/// with no time and no time zone: the same text always gives the same day, and no date is ever read
/// from the clock.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (1901…2999).
    public var year: Int
    /// The month (1…12).
    public var month: Int
    /// The day of the month (1…28/29/30/31).
    public var day: Int

    /// A day; `nil` when the month or the day does not exist (2023-02-29) or the year is outside 1901…2999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1901...2999).contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, of: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Reads `YYYY-MM-DD` exactly (four, two and two digits); `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension CalendarDay: Codable {
    /// Reads `"YYYY-MM-DD"`; any other text is recorded as `notADate` (lenient scheme decoding).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(text) else {
            let path = SchemePath.render(decoder.codingPath)
            guard let sink = decoder.schemeSink else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(SchemeFinding.notADate(text))"))
            }
            sink.record(.error(at: path, .notADate(text)))
            throw SchemeValueAlreadyReported()
        }
        self = day
    }

    /// Writes `"YYYY-MM-DD"`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
