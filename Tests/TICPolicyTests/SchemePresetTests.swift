import Foundation
import Testing
import TICIngest
@testable import TICPolicy

@Suite("Scheme presets")
struct SchemePresetTests {
    @Test("every preset validates with no error and no warning", arguments: Scheme.presetNames)
    func presetValidatesClean(name: String) throws {
        let scheme = try Scheme.preset(named: name)
        #expect(scheme.name == name)
        #expect(SchemeValidator().validate(scheme) == [])
    }

    @Test("every preset's printed JSON decodes back clean and equal", arguments: Scheme.presetNames)
    func presetRoundTrips(name: String) throws {
        let scheme = try Scheme.preset(named: name)
        let inspection = Scheme.inspect(scheme.jsonData())
        #expect(inspection.diagnostics == [])
        let decoded = try #require(inspection.scheme)
        #expect(decoded == scheme)
    }

    @Test("encoding is byte-identical, also after a round trip", arguments: Scheme.presetNames)
    func encodingIsStable(name: String) throws {
        let scheme = try Scheme.preset(named: name)
        let first = scheme.jsonData()
        #expect(scheme.jsonData() == first)
        let decoded = try Scheme.decode(from: first)
        #expect(decoded.jsonData() == first)
    }

    /// The decisions each preset's own text gives (DOMAIN.md, "What each seed itself decides"), plus
    /// `refer_to_department` where the text is silent.
    static let vocabulary: [String: Set<Decision.Kind>] = [
        "sichuan-2022": [.recommendNational, .continue, .rectify, .remove],
        "national-2017": [.continueSupport, .rectify, .revoke, .referToDepartment],
        "hunan-2020": [.supportReference, .rectify, .remove, .referToDepartment],
        "tianjin-2018": [.continueSupport, .rectify, .revoke, .convert, .notConverted, .referToDepartment],
    ]

    @Test("each preset decides in its own vocabulary and cites only its own text; what the text does not give is the department's setting",
          arguments: Scheme.presetNames)
    func ownVocabularyAndClauses(name: String) throws {
        let scheme = try Scheme.preset(named: name)
        let grading = scheme.grading
        let allowed = try #require(Self.vocabulary[name])
        let document = try #require(scheme.source.flatMap { $0.firstRange(of: /《[^》]+》/) }.map { String(scheme.source![$0]) })
        for rule in try #require(grading.decisions) + [grading.failedReEvaluation] {
            #expect(allowed.contains(rule.decision), "\(name) decides \(rule.decision.rawValue)")
            if let clause = rule.clause { #expect(clause.hasPrefix(document), "\(name) cites \(clause)") }
        }
        #expect(allowed.contains(grading.nonParticipation.decision == .remove ? .remove : .referToDepartment))
        if let clause = grading.nonParticipation.clause { #expect(clause.hasPrefix(document)) }
        for reward in grading.rewards { #expect(reward.clause?.hasPrefix(document) == true) }
        // Only Sichuan art. 24 and Tianjin 五(四) speak of integrity; the veto is always the department's setting.
        switch grading.events.integrityBasis {
        case .departmentSettingUnder(let zh, _): #expect(zh.hasPrefix(document) && ["sichuan-2022", "tianjin-2018"].contains(name))
        case .departmentSetting: #expect(["national-2017", "hunan-2020"].contains(name))
        case .text: Issue.record("integrity handling cited as text")
        }
        // Hunan 三(四) binds the lead unit when a center is founded: no evaluation veto.
        if name == "hunan-2020" { #expect(grading.vetoes.isEmpty) }
        // The national guideline gives no grade scale.
        #expect(grading.assignsGrades == (name != "national-2017"))
    }

    @Test("every dimension cites a clause of the preset's source, in both languages", arguments: Scheme.presetNames)
    func dimensionsCiteClauses(name: String) throws {
        let scheme = try Scheme.preset(named: name)
        for dimension in scheme.dimensions {
            let clause = try #require(dimension.clause)
            #expect(clause.contains("《"), "\(dimension.code) cites no document")
            #expect(dimension.clauseEn?.isEmpty == false)
        }
        #expect(scheme.description(.zh)?.contains("示例") == true)
        #expect(scheme.description(.en)?.contains("illustrative") == true)
    }

    @Test("every preset's AHP matrices pass the consistency check (CR < 0.1)", arguments: Scheme.presetNames)
    func presetMatricesAreConsistent(name: String) throws {
        let scheme = try Scheme.preset(named: name)
        let validator = SchemeValidator(consistencyRatio: { matrix, randomIndex in
            let ratio = consistencyRatio(matrix, randomIndex: randomIndex)
            #expect(ratio < 0.02, "CR \(ratio) in \(name)")
            return ratio
        })
        #expect(validator.validate(scheme) == [])
    }

    @Test("presets exercise explicit, AHP and combined dimension weights and both derived ratios")
    func presetsMixMethods() throws {
        let national = try Scheme.preset(named: "national-2017")
        let sichuan = try Scheme.preset(named: "sichuan-2022")
        let hunan = try Scheme.preset(named: "hunan-2020")
        let tianjin = try Scheme.preset(named: "tianjin-2018")
        guard case .ahp = national.dimensionWeights else { Issue.record("national-2017 should use AHP"); return }
        #expect(sichuan.dimensionWeights == .explicit)
        guard case .combined(let combined) = hunan.dimensionWeights else { Issue.record("hunan-2020 should combine"); return }
        #expect(combined.objective == .critic)
        guard case .ahp(let ahp) = tianjin.dimensionWeights else { Issue.record("tianjin-2018 should use AHP"); return }
        #expect(ahp.matrices.count == 2)

        let share = try #require(national.indicator("service_income_share"))
        #expect(share.derived == DerivedRatio(numerator: "service_income", denominator: "total_income"))
        #expect(share.direction == .benefit)
        let funding = try #require(national.indicator("government_funding_share"))
        #expect(funding.derived == DerivedRatio(numerator: "government_funding", denominator: "total_income"))
        #expect(funding.direction == .cost)
    }

    @Test("the Tianjin preset rewards excellent specialized centers with 300,000 RMB once")
    func tianjinReward() throws {
        let tianjin = try Scheme.preset(named: "tianjin-2018")
        let reward = try #require(tianjin.grading.rewards.first)
        #expect(reward.amountRMB == 300_000)
        #expect(reward.kind == .oneTime)
        #expect(reward.category == .domain)
        #expect(reward.clause?.contains("六（二）") == true)
    }

    @Test("the Sichuan preset has the five areas of art. 21")
    func sichuanAreas() throws {
        let sichuan = try Scheme.preset(named: "sichuan-2022")
        #expect(sichuan.dimensions.map(\.code) == ["strategic_tasks", "key_tech", "industry_leadership", "tech_services", "incubation"])
        #expect(sichuan.dimensions.allSatisfy { $0.clause?.hasSuffix("第二十一条") == true })
        #expect(sichuan.grading.rectificationYears == 1)
    }

    @Test("the Hunan preset rates service recipients")
    func hunanRatings() throws {
        let hunan = try Scheme.preset(named: "hunan-2020")
        // The recipients' satisfaction score (0–100) is its own dimension, read between goalposts 60 and 100.
        let satisfaction = try #require(hunan.indicator("satisfaction"))
        #expect(hunan.dimensions.last?.code == "recipient_rating" && hunan.dimensions.last?.indicators.map(\.code) == ["satisfaction"])
        #expect(satisfaction.direction == .benefit && satisfaction.missing == .groupMean)
        #expect(satisfaction.normalization == .goalposts && satisfaction.floor == 60 && satisfaction.ceiling == 100)
        #expect(hunan.aggregation.method == .topsis)
    }

    @Test("an unknown preset name is an error that lists the presets")
    func unknownPreset() {
        #expect(throws: SchemeError.unknownPreset(name: "beijing-2030", available: Scheme.presetNames)) {
            try Scheme.preset(named: "beijing-2030")
        }
        // The words (listing the presets) are TICReport's: ErrorTextTests.
    }
}

/// Saaty's consistency ratio by power iteration, for the tests only (TICScoring has the real one).
/// Random indices for n = 3…5: Saaty 0.58, 0.90, 1.12; Tummala–Ling 0.52, 0.89, 1.11; Donegan–Dodd 0.4887, 0.8045, 1.0591.
private func consistencyRatio(_ matrix: [[Double]], randomIndex: AHPWeighting.RandomIndex) -> Double {
    let n = matrix.count
    var vector = [Double](repeating: 1.0 / Double(n), count: n)
    var lambda = 0.0
    for _ in 0..<200 {
        let next = (0..<n).map { i in (0..<n).reduce(0.0) { $0 + matrix[i][$1] * vector[$1] } }
        lambda = next.reduce(0, +)
        vector = next.map { $0 / lambda }
    }
    let tables: [AHPWeighting.RandomIndex: [Int: Double]] = [
        .saaty: [3: 0.58, 4: 0.90, 5: 1.12],
        .tummalaLing: [3: 0.52, 4: 0.89, 5: 1.11],
        .doneganDodd: [3: 0.4887, 4: 0.8045, 5: 1.0591],
    ]
    return ((lambda - Double(n)) / Double(n - 1)) / tables[randomIndex]![n]!
}
