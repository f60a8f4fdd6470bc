import Foundation

/// How ``JSONStreamWriter/encode(_:keys:)`` writes the keys of an encoded value.
public enum JSONKeyStrategy: Sendable {
    /// As the value's `CodingKey`s spell them.
    case useDefaultKeys
    /// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` (`centerID` → `center_id`); the keys
    /// of a `[String: …]` dictionary are left as they are, as `JSONEncoder` leaves them.
    case convertToSnakeCase

    func convert(_ key: String) -> String {
        self == .convertToSnakeCase ? Self.snakeCase(key) : key
    }

    /// Foundation's `convertToSnakeCase`: words split before an uppercase letter, a run of
    /// capitals is one word up to the capital before a lowercase letter; words lowercased and
    /// joined with `_` (`centerID` → `center_id`, `myURLs` → `my_ur_ls`).
    static func snakeCase(_ key: String) -> String {
        guard !key.isEmpty else { return key }
        var words: [Range<String.Index>] = []
        var wordStart = key.startIndex
        var searchRange = key.index(after: wordStart)..<key.endIndex
        while let upper = key.rangeOfCharacter(from: .uppercaseLetters, options: [], range: searchRange) {
            words.append(wordStart..<upper.lowerBound)
            searchRange = upper.lowerBound..<searchRange.upperBound
            guard let lower = key.rangeOfCharacter(from: .lowercaseLetters, options: [], range: searchRange) else {
                wordStart = searchRange.lowerBound
                break
            }
            let afterCapital = key.index(after: upper.lowerBound)
            if lower.lowerBound == afterCapital {
                wordStart = upper.lowerBound
            } else {
                let beforeLower = key.index(before: lower.lowerBound)
                words.append(upper.lowerBound..<beforeLower)
                wordStart = beforeLower
            }
            searchRange = lower.upperBound..<searchRange.upperBound
        }
        words.append(wordStart..<searchRange.upperBound)
        return words.map { key[$0].lowercased() }.joined(separator: "_")
    }
}
