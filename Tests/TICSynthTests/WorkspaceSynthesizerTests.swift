import Foundation
import Testing
import TICTestSupport
import TICIngest
@testable import TICSynth
import TICSupport

/// A minimal RFC 4180 splitter for checking the synthesizer's own output (the real reader lives
/// elsewhere in TICIngest and has its own tests).
private func parseCSV(_ bytes: [UInt8]) -> [[String]] {
    let text = String(decoding: bytes, as: UTF8.self)
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
        pending = nil
        if quoted {
            if scalar == "\"" {
                let next = scalars.next()
                if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            quoted = true
        } else if scalar == "," {
            row.append(field); field = ""
        } else if scalar == "\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else if scalar != "\r" {
            field.unicodeScalars.append(scalar)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// The rows of one file as dictionaries keyed by the header.
private func records(_ files: [String: [UInt8]], _ path: String) throws -> [[String: String]] {
    let rows = parseCSV(try #require(files[path], "missing \(path)"))
    let header = try #require(rows.first)
    return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

@Suite("WorkspaceSynthesizer")
struct WorkspaceSynthesizerTests {
    static let sample = WorkspaceSynthesizer()
    static let sampleFiles = sample.files()

    @Test("the same seed gives byte-identical files")
    func sameSeed() {
        let a = WorkspaceSynthesizer(centers: 40, years: 2021...2023, seed: 7).files()
        let b = WorkspaceSynthesizer(centers: 40, years: 2021...2023, seed: 7).files()
        #expect(a == b)
        #expect(a.keys.sorted() == ["centers.csv", "events.csv", "history.csv", "ratings.csv", "reports/2021.csv", "reports/2022.csv", "reports/2023.csv"])
    }

    @Test("short and long cycles and the smallest workspace work", arguments: [(20, 2023...2023), (20, 2023...2024), (60, 2015...2024)])
    func shapes(centers: Int, years: ClosedRange<Int>) throws {
        let synthesizer = WorkspaceSynthesizer(centers: centers, years: years, seed: 99)
        let files = synthesizer.files()
        #expect(files.keys.sorted() == synthesizer.paths.sorted())
        #expect(try records(files, "centers.csv").count == centers)
        let reportRows = try years.reduce(0) { $0 + (try records(files, "reports/\($1).csv")).count }
        #expect(reportRows == centers * years.count - 2)
        #expect(try records(files, "events.csv").count == 5)
        #expect(try records(files, "history.csv").count == 3)
        let features = synthesizer.features()
        #expect((features.contractJump == nil) == (years.count == 1))
        // The planted impossible row: more high-tech firms than incubated firms, of which they are a subset.
        let impossible = try #require(features.impossibleIncubation)
        let row = try #require(try records(files, "reports/\(impossible.year).csv").first { $0["center_id"] == impossible.centerID })
        let highTech = try #require(Double(row["high_tech_firms"] ?? "")), incubated = try #require(Double(row["incubated_firms"] ?? ""))
        #expect(highTech > incubated, "\(impossible): \(highTech) high-tech of \(incubated) incubated")
    }

    @Test("a different seed gives different files")
    func differentSeed() {
        let a = WorkspaceSynthesizer(centers: 40, seed: 7).files()
        let b = WorkspaceSynthesizer(centers: 40, seed: 8).files()
        #expect(a["centers.csv"] != b["centers.csv"])
        #expect(a["reports/2023.csv"] != b["reports/2023.csv"])
        #expect(a["ratings.csv"] != b["ratings.csv"])
    }

    @Test("the committed Datasets/sample is what the documented defaults produce")
    func committedSample() throws {
        let folder = Fixtures.sampleWorkspace
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var committed: [String: [UInt8]] = [:]
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                committed[path] = Array(try Data(contentsOf: url))
            }
        }
        // scheme.json is written by hand (an edited preset), not by the synthesizer.
        committed.removeValue(forKey: "scheme.json")
        #expect(committed.keys.sorted() == Self.sampleFiles.keys.sorted())
        for (path, bytes) in Self.sampleFiles.sorted(by: { $0.key < $1.key }) {
            #expect(committed[path] == bytes, "Datasets/sample/\(path) differs; regenerate with: ticeval synth --out Datasets/sample --force")
        }
    }

    @Test("the UTF-8 encoding fixtures are slices of the current sample", arguments: [
        ("centers-utf8.csv", "centers.csv"), ("reports-2023-utf8.csv", "reports/2023.csv"),
    ])
    func fixtures(fixture: String, source: String) throws {
        let folder = Fixtures.folder(of: "TICIngestTests")
        let lines = String(decoding: try Data(contentsOf: folder.appendingPathComponent(fixture)), as: UTF8.self)
            .split(separator: "\n")
        let sampleLines = Set(String(decoding: try #require(Self.sampleFiles[source]), as: UTF8.self).split(separator: "\n"))
        #expect(lines.count == 21)
        #expect(lines.allSatisfy { sampleLines.contains($0) }, "regenerate the fixtures as Datasets/README.md explains")
    }

    @Test("write(to:) writes exactly files(), with reports in a subfolder")
    func writesFolder() throws {
        let synthesizer = WorkspaceSynthesizer(centers: 25, years: 2023...2024, seed: 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try synthesizer.write(to: folder)
        #expect(written == synthesizer.paths)
        let files = synthesizer.files()
        for path in written {
            #expect(Array(try Data(contentsOf: folder.appendingPathComponent(path))) == files[path])
        }
    }

    @Test("the registry has 300 unique ASCII ids, unique fictional names and every code of every enum")
    func registry() throws {
        let centers = try records(Self.sampleFiles, "centers.csv")
        #expect(centers.count == 300)
        let ids = centers.map { $0["center_id"]! }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy(\.isASCII) && $0.count == 8 })
        #expect(ids.filter { $0.hasPrefix("CN-N-") }.count == 12)
        let names = centers.map { $0["name"]! }
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.contains("（示例）") && $0.hasSuffix("技术创新中心") })
        func values(_ column: String) -> Set<String> { Set(centers.map { $0[column]! }) }
        #expect(values("level") == Set(Level.allCases.map(\.rawValue)))
        #expect(values("category") == Set(Category.allCases.map(\.rawValue)))
        #expect(values("formation") == Set(Formation.allCases.map(\.rawValue)))
        #expect(values("lead_type") == Set(LeadType.allCases.map(\.rawValue)))
        #expect(values("field") == Set(Field.allCases.map(\.rawValue)))
        #expect(values("region").isSuperset(of: ["四川", "湖南", "天津"]))
        #expect(centers.allSatisfy { Int($0["approved_year"]!)! < 2022 && Double($0["registered_capital_wan"]!)! > 0 })
    }

    @Test("exactly two center-years have no report row, as the features say")
    func missingReports() throws {
        let ids = try records(Self.sampleFiles, "centers.csv").map { $0["center_id"]! }
        var absent: [SyntheticFeatures.CenterYear] = []
        for year in 2022...2024 {
            let rows = try records(Self.sampleFiles, "reports/\(year).csv")
            #expect(rows.allSatisfy { $0["year"] == String(year) })
            let present = Set(rows.map { $0["center_id"]! })
            absent += ids.filter { !present.contains($0) }.map { .init(centerID: $0, year: year) }
        }
        #expect(absent.count == 2)
        #expect(Set(absent) == Set(Self.sample.features().missingReports))
    }

    @Test("events.csv has one integrity violation, one withdrawal, and three centers not participating: one by choice, two without a year's report")
    func events() throws {
        let events = try records(Self.sampleFiles, "events.csv")
        #expect(events.count == 5)
        #expect(events.map { $0["event"]! }.sorted() == ["integrity_violation", "not_participating", "not_participating", "not_participating", "withdrawn"])
        #expect(events.allSatisfy { $0["note"]!.contains("（示例）") })
        #expect(Set(events.map { $0["center_id"]! }).count == 5)
        let recorded = Set(events.filter { $0["event"] == "not_participating" }.map { SyntheticFeatures.CenterYear(centerID: $0["center_id"]!, year: Int($0["year"]!)!) })
        #expect(recorded.isSuperset(of: Self.sample.features().missingReports))
    }

    @Test("history.csv holds the previous cycle with rectifying centers and every grade")
    func history() throws {
        let history = try records(Self.sampleFiles, "history.csv")
        #expect(history.count == 15)
        #expect(history.allSatisfy { $0["cycle"] == "2019-2021" })
        let rectifying = history.filter { $0["status"] == Status.rectifying.rawValue }
        #expect(!rectifying.isEmpty)
        #expect(rectifying.allSatisfy { $0["grade"] == Grade.unqualified.rawValue })
        #expect(rectifying.map { $0["center_id"]! } == Self.sample.features().rectifying)
        #expect(Set(history.map { $0["grade"]! }) == Set(Grade.allCases.map(\.rawValue)))
        let centers = try records(Self.sampleFiles, "centers.csv")
        let approved = Dictionary(uniqueKeysWithValues: centers.map { ($0["center_id"]!, Int($0["approved_year"]!)!) })
        #expect(history.allSatisfy { approved[$0["center_id"]!]! <= 2019 })
    }

    @Test("indicator cells are non-negative numbers of their kind, or deliberately missing")
    func cells() throws {
        let features = Self.sample.features()
        var missing = 0
        var markers: [String] = []
        for year in 2022...2024 {
            for row in try records(Self.sampleFiles, "reports/\(year).csv") {
                for column in IndicatorCatalogue.reportColumns {
                    let text = try #require(row[column.code])
                    guard let value = Double(text) else {
                        #expect(["", "-", "无"].contains(text))
                        missing += 1
                        if !text.isEmpty { markers.append(text) }
                        continue
                    }
                    #expect(value >= 0)
                    if column.kind == .count || column.kind == .quantity { #expect(Int(text) != nil, "\(column.code)=\(text)") }
                }
            }
        }
        #expect(missing == features.missingCells.count)
        #expect(markers.sorted() == ["-", "-", "无", "无"])
        let share = Double(missing) / Double((300 * 3 - 2) * IndicatorCatalogue.reportColumns.count)
        #expect(share > 0.003 && share < 0.008)
    }

    @Test("accounting relations hold except at the one deliberate impossible row")
    func relations() throws {
        let features = Self.sample.features()
        let impossible = try #require(features.impossibleIncubation)
        var violations: [SyntheticFeatures.CenterYear] = []
        for year in 2022...2024 {
            for row in try records(Self.sampleFiles, "reports/\(year).csv") {
                func v(_ code: String) -> Double? { Double(row[code]!) }
                if let high = v("high_tech_firms"), let incubated = v("incubated_firms"), high > incubated {
                    violations.append(.init(centerID: row["center_id"]!, year: year))
                }
                if let total = v("total_income") {
                    if let service = v("service_income") { #expect(service <= total) }
                    if let government = v("government_funding") { #expect(government <= total) }
                }
            }
        }
        #expect(violations == [impossible])
    }

    @Test("one center's technology contract value jumps twelvefold in one year")
    func contractJump() throws {
        let jump = try #require(Self.sample.features().contractJump)
        func value(_ year: Int) throws -> Double {
            let row = try #require(try records(Self.sampleFiles, "reports/\(year).csv").first { $0["center_id"] == jump.centerID })
            return try #require(Double(row["tech_contract_value"]!))
        }
        let ratio = try value(jump.year) / value(jump.year - 1)
        #expect(abs(ratio - 12) < 0.01)
    }

    @Test("ratings: 3 to 8 raters per reported center-year, whole scores 60–100, higher for stronger centers")
    func ratings() throws {
        let ratings = try records(Self.sampleFiles, "ratings.csv")
        var perCenterYear: [String: Int] = [:]
        for rating in ratings {
            let score = try #require(Int(rating["score"]!))
            #expect((60...100).contains(score))
            perCenterYear[rating["center_id"]! + " " + rating["year"]!, default: 0] += 1
        }
        #expect(perCenterYear.count == 300 * 3 - 2)
        #expect(perCenterYear.values.allSatisfy { (3...8).contains($0) })

        // Stronger centers (here: the top quarter by 2024 total income) are rated higher.
        var sums: [String: (Double, Double)] = [:]
        for rating in ratings where rating["year"] == "2024" {
            let old = sums[rating["center_id"]!, default: (0, 0)]
            sums[rating["center_id"]!] = (old.0 + Double(rating["score"]!)!, old.1 + 1)
        }
        let incomes = try records(Self.sampleFiles, "reports/2024.csv")
            .compactMap { row in Double(row["total_income"]!).map { (row["center_id"]!, $0) } }
            .sorted { $0.1 > $1.1 }
        func meanRating(_ slice: ArraySlice<(String, Double)>) -> Double {
            let means = slice.compactMap { sums[$0.0].map { $0.0 / $0.1 } }
            return means.reduce(0, +) / Double(means.count)
        }
        let quarter = incomes.count / 4
        #expect(meanRating(incomes.prefix(quarter)) > meanRating(incomes.suffix(quarter)) + 3)
    }

    @Test("the feature centers are distinct regional centers outside the history")
    func featureCenters() {
        let features = Self.sample.features()
        let ids = features.missingReports.map(\.centerID) + [features.contractJump!.centerID, features.impossibleIncubation!.centerID] + features.events.map(\.at.centerID)
        #expect(Set(ids).count == 7)
        #expect(ids.allSatisfy { !$0.hasPrefix("CN-") && !features.rectifying.contains($0) })
    }
}

@Suite("Seeded random numbers")
struct RandomTests {
    @Test("SplitMix64 matches the reference C code")
    func splitMix() {
        var rng = SplitMix64(seed: 1_234_567)
        #expect([rng.next(), rng.next(), rng.next()] == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }

    @Test("xoshiro256** seeded through SplitMix64 matches the reference C code")
    func xoshiro() {
        var rng = Xoshiro256StarStar(seed: 20_240_101)
        #expect([rng.next(), rng.next(), rng.next()] == [15_014_707_942_162_037_524, 3_327_951_368_843_286_094, 2_022_695_937_795_043_696])
    }

    @Test("portable exp and log agree with the platform's to a few ulp", arguments: [-700.0, -20, -1, -0.5, -1e-9, 0, 1e-9, 0.3, 1, 2.5, 10, 100, 700])
    func portableMath(x: Double) {
        let e = PortableMath.exp(x)
        #expect(abs(e - Foundation.exp(x)) <= 4 * Foundation.exp(x).ulp)
        let y = abs(x) + 1e-300
        #expect(abs(PortableMath.log(y) - Foundation.log(y)) <= 4 * max(Foundation.log(y).ulp, Double.leastNormalMagnitude))
        #expect(PortableMath.log(1) == 0)
    }

    @Test("nextInt(below:) stays in range and reaches every value")
    func integers() {
        var rng = Xoshiro256StarStar(seed: 3)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7_000 { seen[rng.nextInt(below: 7)] += 1 }
        #expect(seen.allSatisfy { $0 > 800 && $0 < 1_200 })
    }

    @Test("samplers have the documented mean and variance")
    func moments() {
        var rng = Xoshiro256StarStar(seed: 11)
        let n = 40_000
        func moments(_ draw: () -> Double) -> (mean: Double, variance: Double) {
            var values: [Double] = []
            for _ in 0..<n { values.append(draw()) }
            let mean = values.reduce(0, +) / Double(n)
            return (mean, values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1))
        }
        let normal = moments { rng.nextStandardNormal() }
        #expect(abs(normal.mean) < 0.03 && abs(normal.variance - 1) < 0.04)
        let gamma = moments { rng.nextGamma(shape: 0.7, scale: 2) }
        #expect(abs(gamma.mean - 1.4) < 0.05 && abs(gamma.variance - 2.8) < 0.2)
        let poisson = moments { Double(rng.nextPoisson(mean: 4)) }
        #expect(abs(poisson.mean - 4) < 0.06 && abs(poisson.variance - 4) < 0.2)
        let negativeBinomial = moments { Double(rng.nextNegativeBinomial(mean: 10, dispersion: 2)) }
        #expect(abs(negativeBinomial.mean - 10) < 0.3 && abs(negativeBinomial.variance - 60) < 5)
        let logNormal = moments { rng.nextLogNormal(mu: 0, sigma: 0.5) }
        #expect(abs(logNormal.mean - Foundation.exp(0.125)) < 0.02)
    }
}
