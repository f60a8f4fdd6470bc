import Foundation
import TICIngest
import TICSynth
import TICPolicy
import TICScoring

/// One run of every case: writes the inputs, measures, writes `results.json` and prints our table.
struct Bench {
    let options: BenchOptions
    let sizes: BenchOptions.Sizes
    let data: URL
    var report: BenchReport

    init(options: BenchOptions) {
        self.options = options
        self.sizes = options.sizes
        let folder = options.dataDirectory ?? (options.quick ? ".build/bench-data-quick" : ".build/bench-data")
        self.data = URL(fileURLWithPath: folder, isDirectory: true)
        let environment = ProcessInfo.processInfo.environment
        let machine = MachineInfo(
            date: ISO8601DateFormatter().string(from: Date()),
            cpu: Self.cpuModel(), cores: ProcessInfo.processInfo.activeProcessorCount,
            blasKernel: BLASInfo.kernel, blasThreads: BLASInfo.threads,
            openblasCoretype: environment["OPENBLAS_CORETYPE"])
        let s = options.sizes
        let inputs = InputFiles(
            csv: "report-\(s.csvRows)x\(s.csvColumns).csv", csvRows: s.csvRows, csvColumns: s.csvColumns,
            matrices: Dictionary(uniqueKeysWithValues: [s.small, s.large].map { ("\($0)", "matrix-n\($0)-m\(s.criteria).f64") }),
            weights: "weights-m\(s.criteria).f64", directions: "directions-m\(s.criteria).txt",
            criteria: s.criteria, monteCarloSamples: s.monteCarloSamples)
        self.report = BenchReport(mode: options.quick ? "quick" : "full", machine: machine, inputs: inputs)
    }

    mutating func run() throws {
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let m = report.machine
        print("ticeval-bench (\(report.mode)): \(m.cpu), \(m.cores) cores; BLAS kernel \(m.blasKernel), threads \(m.blasThreads)"
              + (m.openblasCoretype.map { "; OPENBLAS_CORETYPE=\($0) forces the kernel" } ?? ""))
        print("data folder: \(data.path)")
        func wanted(_ group: String) -> Bool { options.groups.isEmpty || options.groups.contains(group) }
        if wanted("ingest") { try ingestion() }
        if wanted("scoring") || wanted("mc") { try scoring(timed: wanted("scoring")) }
        if wanted("mc") { try monteCarlo() }
        if wanted("evaluate") { try evaluation() }
        let results = data.appendingPathComponent("results.json")
        try report.write(to: results)
        print("")
        print(report.table())
        print("")
        print("wrote \(results.path); `Benchmarks/peers/run.sh` adds the peers' timings and the ratios")
    }

    // MARK: - Ingestion

    /// Decode + tokenize + read a report CSV with the shipped reader (the workspace loader's
    /// ``WorkspaceLoader/readReport(path:year:centerIDs:)``: header and id checks, typed cells,
    /// row-major doubles), in process for the timings and once in a child process for a peak
    /// memory of its own.
    mutating func ingestion() throws {
        let url = data.appendingPathComponent(report.inputs.csv)
        let bytes = try Inputs.writeReportCSV(to: url, rows: sizes.csvRows, columns: sizes.csvColumns, seed: 20_240_101)
        let ids = Inputs.centerIDs(rows: sizes.csvRows)
        var last: AnnualReport?
        let timing = try measure(warmUp: 1, repeats: sizes.slowRepeats) { () throws -> Int in
            let table = try Self.readReport(path: url.path, centerIDs: ids)
            last = table
            return table.rowCount
        }
        guard let table = last else { return }
        // The year column (checked equal to the file's year in every row kept), then the values.
        var columnSums: [Double] = [Double(Inputs.reportYear * table.rowCount)], missing: [Double] = [0]
        let n = table.rowCount, m = table.columns.count
        table.values.withUnsafeBufferPointer { values in
            for c in 0..<m {
                var sum = 0.0, gaps = 0.0
                for i in 0..<n {
                    let v = values[i * m + c]
                    if v.isNaN { gaps += 1 } else { sum += v }
                }
                columnSums.append(sum)
                missing.append(gaps)
            }
        }
        try Inputs.writeDoubles(columnSums, to: data.appendingPathComponent("ours-ingest-column-sums.f64"))
        try Inputs.writeDoubles(missing, to: data.appendingPathComponent("ours-ingest-missing.f64"))
        let parsed = Double((table.values.count + table.rowCount) * 8)
        var metrics: [String: Double] = [
            "bytes": Double(bytes), "rows": Double(table.rowCount), "parsed_bytes": parsed,
            "mb_per_s": Double(bytes) / timing.median / 1e6, "rows_per_s": Double(table.rowCount) / timing.median,
        ]
        if let child = Self.childMemory(csv: url.path) {
            metrics["peak_bytes"] = Double(child.peak - child.baseline)
            metrics["baseline_bytes"] = Double(child.baseline)
            metrics["peak_over_parsed"] = Double(child.peak - child.baseline) / parsed
        }
        report.add(CaseResult(id: "ingest.large", label: "CSV ingestion (report reader)",
                              size: "\(table.rowCount) rows × \(sizes.csvColumns) cols, \(bytes / 1_000_000) MB",
                              medianSeconds: timing.median, minSeconds: timing.minimum, runs: timing.seconds.count,
                              metrics: metrics,
                              outputs: ["column_sums": "ours-ingest-column-sums.f64", "missing": "ours-ingest-missing.f64"]))
    }

    /// Reads a bench report CSV as the workspace loader reads `reports/<year>.csv`; throws the first
    /// error when the file cannot be used.
    static func readReport(path: String, centerIDs: Set<String>) throws -> AnnualReport {
        let (report, diagnostics) = WorkspaceLoader().readReport(path: path, year: Inputs.reportYear, centerIDs: centerIDs)
        guard let report else {
            throw diagnostics.first { $0.severity == .error }?.problem ?? IngestError.emptyFile(path: path)
        }
        return report
    }

    /// Runs `ticeval-bench --ingest-child CSV` and reads `baseline peak` (bytes) from its output.
    static func childMemory(csv: String) -> (baseline: Int, peak: Int)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = ["--ingest-child", csv]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard process.terminationStatus == 0, fields.count >= 2 else { return nil }
        return (fields[0], fields[1])
    }

    /// The child side: resident set before, peak after one read, printed as `baseline peak rows`.
    static func ingestChild(path: String) -> Int32 {
        let baseline = ProcessMemory.residentBytes ?? 0
        ProcessMemory.resetPeak()
        let ids = Inputs.centerIDs(rows: Inputs.rows(inFileName: path))
        do {
            let table = try readReport(path: path, centerIDs: ids)
            let peak = ProcessMemory.peakBytes ?? 0
            print("\(baseline) \(peak) \(table.rowCount)")
            return 0
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return 1
        }
    }

    // MARK: - Weighting, aggregation, scoring product

    /// Writes the decision matrices, weights and directions (the Monte Carlo peers read them too);
    /// times the cases only when `timed`.
    mutating func scoring(timed: Bool = true) throws {
        let m = sizes.criteria
        let weights = Inputs.weights(count: m, seed: 7)
        let directions = Inputs.directions(count: m)
        try Inputs.writeDoubles(weights, to: data.appendingPathComponent(report.inputs.weights))
        try directions.map { "\($0.sign)" }.joined(separator: "\n").appending("\n")
            .write(to: data.appendingPathComponent(report.inputs.directions), atomically: true, encoding: .utf8)
        for (scale, n) in [("small", sizes.small), ("large", sizes.large)] {
            let matrix = Inputs.decisionMatrix(rows: n, columns: m, seed: UInt64(n))
            try Inputs.writeDoubles(matrix.storage, to: data.appendingPathComponent(report.inputs.matrices["\(n)"]!))
            guard timed else { continue }
            let size = "n=\(n) m=\(m)"
            let repeats = n >= 10_000 ? sizes.fastRepeats : sizes.fastRepeats * 2
            func output(_ name: String, _ values: [Double]) throws -> String {
                let file = "ours-\(name)-n\(n).f64"
                try Inputs.writeDoubles(values, to: data.appendingPathComponent(file))
                return file
            }

            ProcessMemory.resetPeak()
            let entropy = try measure(warmUp: 2, repeats: repeats) { try Weighting.entropy(matrix) }
            report.add(CaseResult(id: "entropy.\(scale)", label: "entropy weights", size: size, n: n, m: m,
                                  medianSeconds: entropy.median, minSeconds: entropy.minimum, runs: entropy.seconds.count,
                                  metrics: [:],
                                  outputs: ["weights": try output("entropy", try Weighting.entropy(matrix).weights)]))

            let critic = try measure(warmUp: 2, repeats: repeats) { try Weighting.critic(matrix) }
            let inverted = try Weighting.critic(matrix, directions: directions, variant: .invertCost).weights
            report.add(CaseResult(id: "critic.\(scale)", label: "CRITIC weights", size: size, n: n, m: m,
                                  medianSeconds: critic.median, minSeconds: critic.minimum, runs: critic.seconds.count,
                                  metrics: [:],
                                  outputs: ["weights": try output("critic", try Weighting.critic(matrix).weights),
                                            "weights_invert_cost": try output("critic-invert-cost", inverted)]))

            let topsis = try measure(warmUp: 2, repeats: repeats) {
                try Aggregation.topsis(matrix, weights: weights, directions: directions)
            }
            let closeness = try Aggregation.topsis(matrix, weights: weights, directions: directions).closeness
            let vectorCloseness = try Aggregation.topsis(matrix, weights: weights, directions: directions,
                                                         normalization: .vector).closeness
            report.add(CaseResult(id: "topsis.\(scale)", label: "TOPSIS (min-max)", size: size, n: n, m: m,
                                  medianSeconds: topsis.median, minSeconds: topsis.minimum, runs: topsis.seconds.count,
                                  metrics: [:],
                                  outputs: ["scores": try output("topsis", closeness),
                                            "scores_vector": try output("topsis-vector", vectorCloseness)]))

            let vikor = try measure(warmUp: 2, repeats: repeats) {
                try Aggregation.vikor(matrix, weights: weights, directions: directions)
            }
            let q = try Aggregation.vikor(matrix, weights: weights, directions: directions)
            var metrics: [String: Double] = [:]
            if scale == "large", let peak = ProcessMemory.peakBytes { metrics["peak_bytes"] = Double(peak) }
            report.add(CaseResult(id: "vikor.\(scale)", label: "VIKOR (Q)", size: size, n: n, m: m,
                                  medianSeconds: vikor.median, minSeconds: vikor.minimum, runs: vikor.seconds.count,
                                  metrics: metrics,
                                  outputs: ["q": try output("vikor-q", q.q), "s": try output("vikor-s", q.s),
                                            "r": try output("vikor-r", q.r)]))

            if scale == "large" { try scoringProduct(matrix) }
        }
    }

    /// `HierarchicalScores.weightedScores` (n × m times m × 8) against a bare `dgemm` of the same shape,
    /// timed alternately; the ratio is the median of the per-pair ratios (robust to machine load).
    mutating func scoringProduct(_ matrix: Matrix) throws {
        let n = matrix.rows, m = matrix.columns, c = 8
        var columns = Matrix(rows: m, columns: c)
        for j in 0..<m {
            columns[j, j % (c - 1)] = 1
            columns[j, c - 1] = 1 / Double(m)
        }
        let normalized = try Normalization.normalize(matrix, method: .minmax, directions: Inputs.directions(count: m)).matrix
        var product = Matrix(rows: n, columns: c)
        // Interleaved, so that both see the same machine load.
        let (ours, bare) = measurePair(warmUp: 5, repeats: sizes.fastRepeats * 10, {
            HierarchicalScores.weightedScores(normalized: normalized, weightColumns: columns)
        }, {
            BLASInfo.referenceMultiply(normalized, columns, into: &product)
            return product.rows
        })
        let size = "\(n)×\(m) · \(m)×\(c)"
        report.add(CaseResult(id: "scores.large", label: "scoring product (weightedScores)", size: size, n: n, m: m,
                              medianSeconds: ours.median, minSeconds: ours.minimum, runs: ours.seconds.count,
                              metrics: ["bare_over_ours": Timing(seconds: zip(bare.seconds, ours.seconds).map { $0 / $1 }).median,
                                        "bare_over_ours_min": bare.minimum / ours.minimum], outputs: [:]))
        report.add(CaseResult(id: "gemm.large", label: "bare cblas_dgemm", size: size, n: n, m: m,
                              medianSeconds: bare.median, minSeconds: bare.minimum, runs: bare.seconds.count,
                              metrics: [:], outputs: [:]))
    }

    // MARK: - Monte Carlo

    /// Monte Carlo percentile ranks: N Dirichlet weight samples around the nominal weights, every
    /// sample scored with one BLAS product per block and ranked, then p5/median/p95 and P(rank ≤ 10)
    /// per center from the rank histograms (`MonteCarlo.rankDistribution` + `summaries`). The
    /// normalized matrix is setup, as in the peers' numpy version; drawing the weights is timed
    /// (the peers read them from `mc-weights-*.f64`, written here, so every result can be compared).
    mutating func monteCarlo() throws {
        let m = sizes.criteria
        let weights = Inputs.weights(count: m, seed: 7)
        let directions = Inputs.directions(count: m)
        let seed: UInt64 = 20240101, concentration = 100.0
        for (scale, n) in [("small", sizes.small), ("large", sizes.large)] {
            let matrix = Inputs.decisionMatrix(rows: n, columns: m, seed: UInt64(n))
            let normalized = try Normalization.normalize(matrix, method: .minmax, directions: directions).matrix
            let samples = sizes.monteCarloSamples
            // The same samples the engine draws (sample i depends only on (seed, i)).
            let sampler = PerturbedWeightSampler(nominal: weights, perturbation: .dirichlet(concentration: concentration), seed: seed)
            var drawn = [Double](repeating: 0, count: samples * m)
            drawn.withUnsafeMutableBufferPointer { p in
                for i in 0..<samples { _ = sampler.draw(sample: i, into: UnsafeMutableBufferPointer(rebasing: p[(i * m)..<((i + 1) * m)])) }
            }
            let weightFile = "mc-weights-N\(samples)-m\(m).f64"
            try Inputs.writeDoubles(drawn, to: data.appendingPathComponent(weightFile))
            ProcessMemory.resetPeak()
            var last: [RankSummary] = []
            let timing = try measure(warmUp: 1, repeats: n >= 10_000 ? 5 : 7) { () -> Int in
                last = try MonteCarlo.rankDistribution(normalized: normalized, nominalWeights: weights, samples: samples,
                                                   seed: seed, concentration: concentration,
                                                   threads: options.monteCarloThreads).summaries(topK: 10, threads: options.monteCarloThreads)
                return last.count
            }
            var metrics: [String: Double] = [:]
            if scale == "large", let peak = ProcessMemory.peakBytes { metrics["peak_bytes"] = Double(peak) }
            func output(_ name: String, _ values: [Double]) throws -> String {
                let file = "ours-mc-\(name)-n\(n).f64"
                try Inputs.writeDoubles(values, to: data.appendingPathComponent(file))
                return file
            }
            report.add(CaseResult(id: "mc.\(scale)", label: "Monte Carlo percentile ranks",
                                  size: "n=\(n) m=\(m) N=\(samples)", n: n, m: m,
                                  medianSeconds: timing.median, minSeconds: timing.minimum, runs: timing.seconds.count,
                                  metrics: metrics,
                                  outputs: ["weights": weightFile,
                                            "p5": try output("p5", last.map(\.p5)),
                                            "median": try output("median", last.map(\.median)),
                                            "p95": try output("p95", last.map(\.p95))]))
        }
    }

    // MARK: - Evaluation pipeline

    mutating func evaluation() throws {
        let scheme = try Scheme.preset(named: "sichuan-2022")
        if let sample = Self.sampleWorkspace() {
            try evaluate(root: sample, scale: "sample", scheme: scheme, repeats: sizes.slowRepeats * 2)
        } else {
            report.add(CaseResult(id: "evaluate.sample", label: "evaluate", size: "Datasets/sample", runs: 0,
                                  status: "skipped: Datasets/sample not found", metrics: [:], outputs: [:]))
        }
        let folder = data.appendingPathComponent("workspace-\(sizes.syntheticCenters)")
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("ratings.csv").path) {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            _ = try WorkspaceSynthesizer(centers: sizes.syntheticCenters).write(to: folder)
        }
        try evaluate(root: folder.path, scale: "large", scheme: scheme, repeats: sizes.slowRepeats)
    }

    /// Times `WorkspaceLoader.load` and `Evaluator.evaluate` on one workspace (sichuan-2022).
    mutating func evaluate(root: String, scale: String, scheme: Scheme, repeats: Int) throws {
        ProcessMemory.resetPeak()
        let load = measure(warmUp: 1, repeats: repeats) { WorkspaceLoader().load(root: root) }
        let workspace = WorkspaceLoader().load(root: root)
        let evaluation = try measure(warmUp: 1, repeats: repeats) {
            try Evaluator(workspace: workspace, scheme: scheme).evaluate()
        }
        let centers = Double(workspace.centers.count)
        let name = scale == "sample" ? "Datasets/sample" : "synthetic"
        report.add(CaseResult(id: "load.\(scale)", label: "load workspace", size: "\(name), \(Int(centers)) centers",
                              medianSeconds: load.median, minSeconds: load.minimum, runs: load.seconds.count,
                              metrics: [:], outputs: [:]))
        var metrics: [String: Double] = [:]
        if let peak = ProcessMemory.peakBytes { metrics["peak_bytes"] = Double(peak) }
        report.add(CaseResult(id: "evaluate.\(scale)", label: "evaluate (sichuan-2022)", size: "\(name), \(Int(centers)) centers",
                              medianSeconds: evaluation.median, minSeconds: evaluation.minimum, runs: evaluation.seconds.count,
                              metrics: metrics, outputs: [:]))
    }

    /// `Datasets/sample` from the current folder or beside the executable's package.
    static func sampleWorkspace() -> String? {
        var candidates = ["Datasets/sample"]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("Datasets/sample").path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: "\($0)/centers.csv") }
    }

    /// The CPU model from `/proc/cpuinfo`.
    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown CPU" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown CPU"
    }
}
