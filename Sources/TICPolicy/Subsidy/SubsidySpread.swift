/// How a total subsidy is spread over the years of support.
public enum SubsidySpread: String, Sendable, Hashable, Codable, CaseIterable {
    /// Equal parts (thirds for three years), in whole yuan; the yuan left over by the division go
    /// one each to the first years. No year exceeds the annual cap because the total does not
    /// exceed years × cap. This is the default.
    case equal
    /// The annual cap each year until the total is used up (e.g. 500, 500, 200 万元).
    case frontLoaded = "front-loaded"

    /// The amount of each year, in yuan.
    ///
    /// - Parameters:
    ///   - totalYuan: The total subsidy, ≥ 0 and ≤ `years × annualCapYuan`.
    ///   - years: The number of years, ≥ 1.
    ///   - annualCapYuan: The most a year may receive.
    /// - Returns: `years` amounts summing to `totalYuan`, each ≤ `annualCapYuan`.
    public func amounts(totalYuan: Int64, years: Int, annualCapYuan: Int64) -> [Int64] {
        precondition(years >= 1, "a subsidy runs at least one year")
        precondition(totalYuan >= 0 && totalYuan <= Int64(years) * annualCapYuan, "total \(totalYuan) outside 0…years × cap")
        switch self {
        case .equal:
            let base = totalYuan / Int64(years)
            let remainder = Int(totalYuan % Int64(years))
            return (0..<years).map { base + ($0 < remainder ? 1 : 0) }
        case .frontLoaded:
            var left = totalYuan
            return (0..<years).map { _ in
                let amount = min(annualCapYuan, left)
                left -= amount
                return amount
            }
        }
    }
}
