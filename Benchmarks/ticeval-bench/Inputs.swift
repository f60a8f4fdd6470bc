import Foundation
import TICIngest
import TICScoring
import TICSupport

/// The generated inputs every implementation reads: an annual-report CSV and decision matrices,
/// all from a seeded ``Xoshiro256StarStar`` so every run (and every peer) sees the same bytes.
enum Inputs {
    /// The 21 indicator codes of an annual report, then extra numeric columns up to `valueColumns`.
    static func reportColumns(_ valueColumns: Int) -> [String] {
        let catalogue = ["national_projects", "provincial_projects", "project_funding", "rd_expenditure",
                         "key_technologies", "invention_patents", "pct_applications", "standards_led",
                         "tech_contract_value", "transfer_cases", "transfer_revenue", "enterprises_served",
                         "service_income", "equipment_sharing_hours", "incubated_firms", "high_tech_firms",
                         "social_investment", "rd_staff", "leading_talents", "total_income", "government_funding"]
        var names = Array(catalogue.prefix(valueColumns))
        var k = 1
        while names.count < valueColumns { names.append("extra_\(k)"); k += 1 }
        return names
    }

    /// The year of the report CSV.
    static let reportYear = 2024

    /// The id of row `i` (0-based) of the report CSV.
    static func centerID(_ i: Int) -> String { "C\(String(i + 1).leftPadded(to: 6))" }

    /// The ids of a report CSV of `rows` rows: its registry.
    static func centerIDs(rows: Int) -> Set<String> { Set((0..<rows).map(centerID)) }

    /// The row count in a report CSV's name, `report-<rows>x<columns>.csv`; 0 for another name.
    static func rows(inFileName path: String) -> Int {
        let name = (path as NSString).lastPathComponent
        guard name.hasPrefix("report-"), let x = name.firstIndex(of: "x") else { return 0 }
        return Int(name[name.index(name.startIndex, offsetBy: 7)..<x]) ?? 0
    }

    /// Writes an annual-report CSV of `rows` centers: `center_id,year` then `columns − 2` numeric
    /// columns; odd columns are counts (integers), even ones amounts with two decimals; about 1 % of
    /// the cells are empty (missing). Returns the file size in bytes.
    @discardableResult
    static func writeReportCSV(to url: URL, rows: Int, columns: Int, seed: UInt64) throws -> Int {
        var rng = Xoshiro256StarStar(seed: seed)
        let names = reportColumns(columns - 2)
        var out = [UInt8]()
        out.reserveCapacity(rows * columns * 8 + 1024)
        out.append(contentsOf: ("center_id,year," + names.joined(separator: ",") + "\n").utf8)
        func appendInteger(_ value: UInt64) {
            var digits: [UInt8] = []
            var v = value
            repeat { digits.append(UInt8(ascii: "0") + UInt8(v % 10)); v /= 10 } while v > 0
            out.append(contentsOf: digits.reversed())
        }
        for i in 0..<rows {
            out.append(contentsOf: "\(centerID(i)),\(reportYear)".utf8)
            for j in 0..<(columns - 2) {
                out.append(UInt8(ascii: ","))
                let r = rng.next()
                if r % 100 == 0 { continue }  // missing cell
                let u = Double(r >> 11) * 0x1p-53
                let magnitude = u * u * u  // skewed, as report values are
                if j % 2 == 0 {
                    appendInteger(UInt64(magnitude * 2_000))
                } else {
                    let cents = UInt64(magnitude * 5_000_000) + 1
                    appendInteger(cents / 100)
                    out.append(UInt8(ascii: "."))
                    let c = cents % 100
                    out.append(UInt8(ascii: "0") + UInt8(c / 10))
                    out.append(UInt8(ascii: "0") + UInt8(c % 10))
                }
            }
            out.append(0x0A)
        }
        try Data(out).write(to: url)
        return out.count
    }

    /// An n × m decision matrix of strictly positive, skewed values; column j is scaled by `1 + j`.
    static func decisionMatrix(rows n: Int, columns m: Int, seed: UInt64) -> Matrix {
        var rng = Xoshiro256StarStar(seed: seed)
        var storage = ContiguousArray<Double>(repeating: 0, count: n * m)
        for i in 0..<n {
            for j in 0..<m {
                let u = Double(rng.next() >> 11) * 0x1p-53
                storage[i * m + j] = (0.01 + 100 * u * u * u) * Double(1 + j)
            }
        }
        return Matrix(rows: n, columns: m, storage: storage)
    }

    /// Criterion weights in [0.5, 1.5], normalized to sum 1.
    static func weights(count m: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        let raw = (0..<m).map { _ in 0.5 + Double(rng.next() >> 11) * 0x1p-53 }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    /// Every fourth criterion is a cost, the others are benefits.
    static func directions(count m: Int) -> [Direction] {
        (0..<m).map { $0 % 4 == 3 ? .cost : .benefit }
    }

    /// Writes doubles as raw little-endian float64.
    static func writeDoubles(_ values: some Collection<Double>, to url: URL) throws {
        var data = Data(capacity: values.count * 8)
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        try data.write(to: url)
    }
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
