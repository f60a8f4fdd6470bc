import ArgumentParser
import Foundation
import TICScoring

/// The `--types` list of the researcher commands: one direction per criterion, written as pymcdm's
/// `1,-1`, as `benefit,cost` or as scikit-criteria's `max,min` (the spellings may be mixed).
///
/// ```swift
/// try CriterionTypes(parsing: "1,-1,benefit,min").directions   // [.benefit, .cost, .benefit, .cost]
/// ```
struct CriterionTypes: Sendable, Hashable {
    /// One direction per criterion, in column order.
    let directions: [Direction]

    /// The accepted spellings, for messages and `--help`.
    static let spellings = "1/-1, benefit/cost or max/min"

    /// Parses a comma-separated list.
    /// - Throws: `ValidationError` naming the item that is none of the accepted spellings.
    init(parsing text: String) throws {
        var directions: [Direction] = []
        for (index, item) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let token = item.trimmingCharacters(in: .whitespaces).lowercased()
            switch token {
            case "1", "+1", "benefit", "max": directions.append(.benefit)
            case "-1", "cost", "min": directions.append(.cost)
            default:
                throw ValidationError("--types: item \(index + 1) is '\(token)'; expected \(Self.spellings) for each criterion, e.g. --types=1,-1,1")
            }
        }
        self.directions = directions
    }

    /// The directions when they fit `criteria`; every criterion is a benefit when `types` is nil.
    /// - Throws: `ValidationError` (exit 2) when the list length differs from the criteria count.
    static func directions(_ types: CriterionTypes?, criteria: [String]) throws -> [Direction] {
        guard let types else { return Array(repeating: .benefit, count: criteria.count) }
        guard types.directions.count == criteria.count else {
            throw ValidationError("--types has \(types.directions.count) items but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); expected one of \(spellings) per criterion")
        }
        return types.directions
    }
}
