/// An earlier evaluation outcome from `history.csv`.
public struct HistoryRecord: Sendable, Hashable, Codable {
    /// The center.
    public var centerID: String
    /// The cycle it was evaluated in, e.g. 2019…2021.
    public var cycle: ClosedRange<Int>
    /// The grade it got (nil when the cell is empty, e.g. it did not take part).
    public var grade: Grade?
    /// The status that resulted; `rectifying` rows drive re-evaluation.
    public var status: Status
    /// The line of `history.csv`.
    public var line: Int

    public init(centerID: String, cycle: ClosedRange<Int>, grade: Grade?, status: Status, line: Int) {
        self.centerID = centerID; self.cycle = cycle; self.grade = grade; self.status = status; self.line = line
    }
}

/// An event from `events.csv`: integrity violation, non-participation or withdrawal.
public struct EventRecord: Sendable, Hashable, Codable {
    /// The center.
    public var centerID: String
    /// The year of the event.
    public var year: Int
    /// What happened.
    public var kind: EventKind
    /// Evidence or remark, as written.
    public var note: String
    /// The line of `events.csv`.
    public var line: Int

    public init(centerID: String, year: Int, kind: EventKind, note: String, line: Int) {
        self.centerID = centerID; self.year = year; self.kind = kind; self.note = note; self.line = line
    }
}

/// A service-recipient rating from `ratings.csv` (0–100).
public struct RatingRecord: Sendable, Hashable, Codable {
    /// The center rated.
    public var centerID: String
    /// The year rated.
    public var year: Int
    /// Who rated (an anonymous code).
    public var rater: String
    /// The score, 0–100.
    public var score: Double
    /// The line of `ratings.csv`.
    public var line: Int

    public init(centerID: String, year: Int, rater: String, score: Double, line: Int) {
        self.centerID = centerID; self.year = year; self.rater = rater; self.score = score; self.line = line
    }
}

/// One input file: what it is, how it was read and how its rows were accounted for.
public struct InputFile: Sendable, Hashable, Codable {
    /// The path as the user named it.
    public var path: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    /// Size in bytes.
    public var bytes: Int
    /// The encoding it was read as.
    public var encoding: TextEncoding
    /// Data rows read (header and blank lines excluded).
    public var rowsRead: Int
    /// Rows rejected with an error diagnostic (the rest are used).
    public var rowsRejected: Int
    /// What the reader did on its own to read the file (title rows skipped, header mapped…); empty
    /// for a file in the contract's plain form. Not part of the Codable form.
    public var adaptations: [Adaptation] = []

    enum CodingKeys: String, CodingKey {
        case path, sha256, bytes, encoding, rowsRead, rowsRejected
    }
}
