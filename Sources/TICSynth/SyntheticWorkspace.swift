import TICIngest
import TICSupport

/// The content of a synthetic workspace before it is encoded: every row of every file, plus the
/// list of deliberate features. Built by ``WorkspaceSynthesizer``; deterministic for a seed.
///
/// Each concern draws from its own ``Xoshiro256StarStar`` stream of the seed (registry 1,
/// history 2, indicators 3, features 4, missing cells 5, ratings 6), so that, say, drawing one
/// more rating does not change any indicator.
struct SyntheticWorkspace: Sendable {
    static let reportsDirectory = "reports"
    static let historyHeader = ["center_id", "cycle", "grade", "status"]
    static let eventsHeader = ["center_id", "year", "event", "note"]
    static let ratingsHeader = ["center_id", "year", "rater", "score"]
    /// The jump multiplier of the suspicious `tech_contract_value`.
    static let jumpFactor = 12.0
    /// Share of indicator cells left empty or marked.
    static let missingCellShare = 0.005
    /// Texts of the marked missing cells; all others are empty.
    static let missingMarkers = ["-", "-", "无", "无"]

    let years: [Int]
    let columns: [CatalogueColumn]
    private(set) var centers: [SyntheticCenter] = []
    /// For each year, the report rows (center_id, year, indicators…) in center order.
    private(set) var reports: [[[String]]] = []
    private(set) var history: [[String]] = []
    private(set) var events: [[String]] = []
    private(set) var ratings: [[String]] = []
    private(set) var features: SyntheticFeatures

    init(centerCount: Int, years range: ClosedRange<Int>, seed: UInt64) {
        years = Array(range)
        columns = IndicatorCatalogue.reportColumns
        let length = range.count
        let previous = (range.lowerBound - length)...(range.lowerBound - 1)
        features = SyntheticFeatures(
            missingReports: [], contractJump: nil, contractJumpFactor: SyntheticWorkspace.jumpFactor,
            impossibleIncubation: nil, events: [], rectifying: [],
            previousCycle: "\(previous.lowerBound)-\(previous.upperBound)", missingCells: []
        )

        var registryRNG = Xoshiro256StarStar(seed: seed, stream: 1)
        centers = SyntheticRegistry.make(count: centerCount, using: &registryRNG).sorted { $0.id < $1.id }

        var historyRNG = Xoshiro256StarStar(seed: seed, stream: 2)
        let historyMembers = makeHistory(previous: previous, cycleStart: range.lowerBound, using: &historyRNG)

        var featureRNG = Xoshiro256StarStar(seed: seed, stream: 4)
        let candidates = centers.indices.filter { centers[$0].level != .national && !historyMembers.contains($0) }
        let chosen = Array(featureRNG.shuffled(candidates).prefix(7))
        precondition(chosen.count == 7, "a synthetic workspace needs at least 7 regional centers outside the history")
        let (missingA, missingB, jump, impossible, integrity, absent, withdrawn) =
            (chosen[0], chosen[1], chosen[2], chosen[3], chosen[4], chosen[5], chosen[6])
        let last = length - 1
        let missing: [(Int, Int)] = [(missingA, length >= 3 ? 1 : last), (missingB, last)]
        features.missingReports = missing.map { at($0.0, $0.1) }

        var indicatorRNG = Xoshiro256StarStar(seed: seed, stream: 3)
        let model = IndicatorModel(columns: columns)
        var values: [[[Double]]] = []
        for center in centers {
            let effects = model.centerEffects(using: &indicatorRNG)
            let shares = model.shares(for: center, using: &indicatorRNG)
            values.append((0..<length).map { t in
                model.row(for: center, effects: effects, shares: shares, yearIndex: t, using: &indicatorRNG)
            })
        }

        if length >= 2, let contract = model.position(of: "tech_contract_value") {
            values[jump][1][contract] = IndicatorModel.cents(values[jump][0][contract] * SyntheticWorkspace.jumpFactor)
            features.contractJump = at(jump, 1)
        }
        if let high = model.position(of: "high_tech_firms"), let incubated = model.position(of: "incubated_firms") {
            values[impossible][last][high] = values[impossible][last][incubated] + 3
            features.impossibleIncubation = at(impossible, last)
        }

        var rows: [[[String]?]] = values.enumerated().map { c, perYear in
            perYear.enumerated().map { t, numbers in
                [centers[c].id, String(years[t])] + zip(columns, numbers).map { SyntheticWorkspace.text($1, kind: $0.kind) }
            }
        }
        for (c, t) in missing { rows[c][t] = nil }

        var missingRNG = Xoshiro256StarStar(seed: seed, stream: 5)
        blankCells(in: &rows, sparing: Set(chosen), using: &missingRNG)
        reports = (0..<length).map { t in rows.compactMap { $0[t] } }

        let eventList = [
            SyntheticFeatures.Event(at: at(integrity, length / 2), kind: .integrityViolation,
                note: "\(years[length / 2])年度报告中技术合同成交额与技术合同登记数据不符，经核查存在弄虚作假（示例）"),
            SyntheticFeatures.Event(at: at(absent, last), kind: .notParticipating,
                note: "未按要求提交\(range.lowerBound)-\(range.upperBound)周期评估材料，视为不参加评估（示例）"),
            SyntheticFeatures.Event(at: at(withdrawn, last), kind: .withdrawn,
                note: "评估过程中书面申请退出本次评估（示例）"),
        ].sorted { ($0.at.year, $0.at.centerID) < ($1.at.year, $1.at.centerID) }
        features.events = eventList
        // The two centers without a year's report are recorded as not taking part, as a department
        // records a center that did not hand in its report (`missing_report` is an error otherwise).
        let reportEvents = missing.map { c, t in
            (at: at(c, t), row: [centers[c].id, String(years[t]), EventKind.notParticipating.rawValue,
                                 "未提交\(years[t])年度报告，视为不参加本次评估（示例）"])
        }
        events = (eventList.map { (at: $0.at, row: [$0.at.centerID, String($0.at.year), $0.kind.rawValue, $0.note]) } + reportEvents)
            .sorted { ($0.at.year, $0.at.centerID) < ($1.at.year, $1.at.centerID) }
            .map(\.row)

        var ratingRNG = Xoshiro256StarStar(seed: seed, stream: 6)
        for (c, center) in centers.enumerated() {
            for t in 0..<length where rows[c][t] != nil {
                let raters = ratingRNG.nextInt(in: 3...8)
                for rater in 1...raters {
                    let score = ratingRNG.nextNormal(mean: 81 + 6 * center.strength, standardDeviation: 7)
                    ratings.append([
                        center.id, String(years[t]), "R" + NumberText.zeroPadded(rater, width: 2),
                        NumberText.decimal(IndicatorModel.clamp(score, 60, 100), maximumFractionDigits: 0),
                    ])
                }
            }
        }
    }

    /// The cell text of a number of the given kind.
    static func text(_ value: Double, kind: ValueKind) -> String {
        switch kind {
        case .count, .quantity: NumberText.decimal(value, maximumFractionDigits: 0)
        case .amount: NumberText.decimal(value, maximumFractionDigits: 2)
        case .ratio: NumberText.decimal(value, maximumFractionDigits: 4)
        case .score: NumberText.decimal(value, maximumFractionDigits: 1)
        }
    }

    private func at(_ center: Int, _ yearIndex: Int) -> SyntheticFeatures.CenterYear {
        SyntheticFeatures.CenterYear(centerID: centers[center].id, year: years[yearIndex])
    }

    /// Chooses the history members (about 5 % of the centers, 3 to 15), sets every center's
    /// approved year (members before the previous cycle began, the others during it), and writes
    /// the previous cycle's outcomes: the weakest ~27 % `unqualified,rectifying`, the strongest
    /// ~20 % excellent (the best of them `recommended_national` unless national), the rest good
    /// or qualified and `active`.
    private mutating func makeHistory<G: RandomNumberGenerator>(previous: ClosedRange<Int>, cycleStart: Int, using rng: inout G) -> Set<Int> {
        let count = min(15, max(3, (centers.count * 5 + 50) / 100))
        let members = Array(rng.shuffled(Array(centers.indices)).prefix(count)).sorted()
        let memberSet = Set(members)
        let laterFirst = previous.lowerBound + 1
        let laterLast = cycleStart - 1
        for c in centers.indices {
            if memberSet.contains(c) {
                centers[c].approvedYear = rng.nextInt(in: (previous.lowerBound - 2)...previous.lowerBound)
            } else {
                centers[c].approvedYear = laterFirst <= laterLast ? rng.nextInt(in: laterFirst...laterLast) : laterLast
            }
        }
        let ranked = members.map { ($0, centers[$0].strength + rng.nextNormal(mean: 0, standardDeviation: 0.3)) }
            .sorted { $0.1 > $1.1 }.map(\.0)
        let excellent = max(1, (count * 20 + 50) / 100)
        let unqualified = max(1, (count * 27 + 50) / 100)
        let good = (count - excellent - unqualified + 1) / 2
        var outcome: [Int: (Grade, Status)] = [:]
        for (rank, c) in ranked.enumerated() {
            if rank < excellent {
                let recommended = rank == 0 && count >= 5 && centers[c].level != .national
                outcome[c] = (.excellent, recommended ? .recommendedNational : .active)
            } else if rank >= count - unqualified {
                outcome[c] = (.unqualified, .rectifying)
            } else {
                outcome[c] = (rank < excellent + good ? .good : .qualified, .active)
            }
        }
        let cycle = "\(previous.lowerBound)-\(previous.upperBound)"
        history = members.map { [centers[$0].id, cycle, outcome[$0]!.0.rawValue, outcome[$0]!.1.rawValue] }
        features.rectifying = members.filter { outcome[$0]!.1 == .rectifying }.map { centers[$0].id }
        return memberSet
    }

    /// Empties about 0.5 % of the indicator cells of the present rows outside the feature centers;
    /// the first four chosen get `-`, `-`, `无`, `无` instead of nothing.
    private mutating func blankCells<G: RandomNumberGenerator>(in rows: inout [[[String]?]], sparing: Set<Int>, using rng: inout G) {
        var eligible: [(Int, Int)] = []
        for c in rows.indices where !sparing.contains(c) {
            for t in rows[c].indices where rows[c][t] != nil { eligible.append((c, t)) }
        }
        guard !eligible.isEmpty, !columns.isEmpty else { return }
        let cellCount = eligible.count * columns.count
        let target = max(SyntheticWorkspace.missingMarkers.count, Int((Double(cellCount) * SyntheticWorkspace.missingCellShare).rounded()))
        var taken = Set<Int>()
        var picks: [Int] = []
        while picks.count < min(target, cellCount) {
            let cell = rng.nextInt(below: cellCount)
            if taken.insert(cell).inserted { picks.append(cell) }
        }
        var cells: [SyntheticFeatures.MissingCell] = []
        for (n, cell) in picks.enumerated() {
            let (c, t) = eligible[cell / columns.count]
            let j = cell % columns.count
            let text = n < SyntheticWorkspace.missingMarkers.count ? SyntheticWorkspace.missingMarkers[n] : ""
            rows[c][t]![2 + j] = text
            cells.append(.init(row: at(c, t), column: columns[j].code, text: text))
        }
        features.missingCells = cells.sorted { ($0.row.centerID, $0.row.year, $0.column) < ($1.row.centerID, $1.row.year, $1.column) }
    }
}
