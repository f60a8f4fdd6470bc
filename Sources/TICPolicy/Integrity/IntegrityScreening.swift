import TICIngest

/// Screens annual reports for values a reviewer should check (Sichuan art. 24 — fraud must be
/// found, but a flag is not a verdict).
///
/// Three checks, each over the years given:
/// - **Year-over-year jumps**: for consecutive years with both values > 0 and the larger at least
///   the kind's ``minimumMagnitude`` (small counts swing a lot by chance), a ratio later/earlier
///   ≥ ``jumpFactor`` or ≤ 1/``jumpFactor``.
/// - **Impossible relations**: `lhs ≤ rhs` pairs that must hold (``relations``), and shares
///   (columns of kind ratio) outside 0–1.
/// - **Peer outliers**: within a category and year, a robust z-score of log(value),
///   |log x − median| / (1.4826 · MAD) > ``outlierZ`` (Iglewicz & Hoaglin 1993, modified z-score
///   on the log scale because amounts are log-normal). Zero and missing values are left out;
///   fewer than 8 positive peers, or MAD = 0, means no outlier test.
public struct IntegrityScreening: Sendable, Hashable {
    /// A relation `lhs ≤ rhs` that must hold in every report row.
    public struct Relation: Sendable, Hashable {
        public var lhs: String
        public var rhs: String
        public init(_ lhs: String, atMost rhs: String) { self.lhs = lhs; self.rhs = rhs }
    }

    /// Factor of change between consecutive years that raises a flag (default 5).
    public var jumpFactor: Double
    /// The larger of two consecutive values must reach this for a jump to count, per kind of value
    /// (default: amounts 100 万元, counts 50, other quantities 500).
    public var minimumMagnitude: [ValueKind: Double]
    /// Robust z-score beyond which a value is a peer outlier (default 5).
    public var outlierZ: Double
    /// Relations that must hold.
    public var relations: [Relation]

    /// The relations of the catalogue that cannot fail in honest data.
    public static let catalogueRelations: [Relation] = [
        Relation("high_tech_firms", atMost: "incubated_firms"),
        Relation("service_income", atMost: "total_income"),
        Relation("government_funding", atMost: "total_income"),
    ]

    public init(jumpFactor: Double = 5,
                minimumMagnitude: [ValueKind: Double] = [.amount: 100, .count: 50, .quantity: 500],
                outlierZ: Double = 5,
                relations: [Relation] = IntegrityScreening.catalogueRelations) {
        self.jumpFactor = jumpFactor
        self.minimumMagnitude = minimumMagnitude
        self.outlierZ = outlierZ
        self.relations = relations
    }

    /// Every flag for the given years, sorted by center, year, kind and indicator.
    public func flags(in workspace: Workspace, years: ClosedRange<Int>) -> [IntegrityFlag] {
        var flags: [IntegrityFlag] = []
        let reports = workspace.reports.filter { years.contains($0.year) }.sorted { $0.year < $1.year }
        let categoryOf = Dictionary(workspace.centers.map { ($0.id, $0.category) }, uniquingKeysWith: { a, _ in a })

        for report in reports {
            let n = report.columns.count
            func source(_ row: Int) -> String { "\(report.path(ofRow: row)):\(report.lines[row])" }
            // Relations and shares.
            for relation in relations {
                guard let l = report.columnIndex(of: relation.lhs), let r = report.columnIndex(of: relation.rhs) else { continue }
                for row in 0..<report.rowCount {
                    let a = report.values[row * n + l], b = report.values[row * n + r]
                    if !a.isNaN, !b.isNaN, a > b {
                        flags.append(IntegrityFlag(centerID: report.centerIDs[row], year: report.year, kind: .impossibleRelation,
                                                   indicator: relation.lhs, otherIndicator: relation.rhs, value: a, reference: b,
                                                   referenceYear: nil, measure: b == 0 ? a : a / b, threshold: 1, source: source(row)))
                    }
                }
            }
            for (c, column) in report.columns.enumerated() where IndicatorCatalogue.column(column)?.kind == .ratio {
                for row in 0..<report.rowCount {
                    let v = report.values[row * n + c]
                    if !v.isNaN, v < 0 || v > 1 {
                        flags.append(IntegrityFlag(centerID: report.centerIDs[row], year: report.year, kind: .shareOutOfRange,
                                                   indicator: column, otherIndicator: nil, value: v, reference: 1,
                                                   referenceYear: nil, measure: v, threshold: 1, source: source(row)))
                    }
                }
            }
            // Peer outliers per category.
            for (c, column) in report.columns.enumerated() {
                guard let kind = IndicatorCatalogue.column(column)?.kind, kind == .amount || kind == .count || kind == .quantity else { continue }
                for category in Category.allCases {
                    var rows: [Int] = []
                    var logs: [Double] = []
                    for row in 0..<report.rowCount where categoryOf[report.centerIDs[row]] == category {
                        let v = report.values[row * n + c]
                        if !v.isNaN, v > 0 { rows.append(row); logs.append(log(v)) }
                    }
                    guard logs.count >= 8 else { continue }
                    let center = Self.median(logs)
                    let mad = Self.median(logs.map { abs($0 - center) })
                    guard mad > 0 else { continue }
                    for (k, row) in rows.enumerated() {
                        let z = abs(logs[k] - center) / (1.4826 * mad)
                        if z > outlierZ {
                            flags.append(IntegrityFlag(centerID: report.centerIDs[row], year: report.year, kind: .peerOutlier,
                                                       indicator: column, otherIndicator: nil, value: report.values[row * n + c],
                                                       reference: exp(center), referenceYear: nil, measure: z,
                                                       threshold: outlierZ, source: source(row)))
                        }
                    }
                }
            }
        }
        // Year-over-year jumps between consecutive reports.
        for (earlier, later) in zip(reports, reports.dropFirst()) where later.year == earlier.year + 1 {
            for column in later.columns {
                guard let kind = IndicatorCatalogue.column(column)?.kind, let floor = minimumMagnitude[kind],
                      let lc = later.columnIndex(of: column), let ec = earlier.columnIndex(of: column) else { continue }
                for row in 0..<later.rowCount {
                    let id = later.centerIDs[row]
                    guard let previousRow = earlier.row(of: id) else { continue }
                    let now = later.values[row * later.columns.count + lc]
                    let before = earlier.values[previousRow * earlier.columns.count + ec]
                    guard !now.isNaN, !before.isNaN, now > 0, before > 0, max(now, before) >= floor else { continue }
                    let ratio = now / before
                    if ratio >= jumpFactor || ratio <= 1 / jumpFactor {
                        flags.append(IntegrityFlag(centerID: id, year: later.year, kind: .yearOverYearJump, indicator: column,
                                                   otherIndicator: nil, value: now, reference: before, referenceYear: earlier.year,
                                                   measure: ratio, threshold: jumpFactor,
                                                   source: "\(later.path(ofRow: row)):\(later.lines[row])"))
                    }
                }
            }
        }
        return flags.sorted { ($0.centerID, $0.year, $0.kind.rawValue, $0.indicator) < ($1.centerID, $1.year, $1.kind.rawValue, $1.indicator) }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
