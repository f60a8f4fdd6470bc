import Foundation

/// One measured (or pending) case, as written to `results.json` and read by `Benchmarks/peers/peers.py`.
///
/// `id` is `<workload>.<scale>` (e.g. `entropy.large`); the peers script pairs rows by `id`, so a new
/// measurement of an existing workload (our Monte Carlo, issue 6) is one `report.add(...)` call.
struct CaseResult: Codable, Sendable {
    /// `<workload>.<scale>`: `ingest.large`, `entropy.small`, `mc.large`, …
    var id: String
    /// What is measured, for the table.
    var label: String
    /// The size in words, e.g. `n=10000 m=64`.
    var size: String
    /// Rows (alternatives) of the decision matrix, when there is one.
    var n: Int?
    /// Columns (criteria) of the decision matrix, when there is one.
    var m: Int?
    /// Median seconds of the kept runs; nil while pending.
    var medianSeconds: Double?
    /// Fastest run in seconds; nil while pending.
    var minSeconds: Double?
    /// Kept runs (after warm-up).
    var runs: Int
    /// nil when measured; otherwise why not, e.g. `pending (issue 6)`.
    var status: String?
    /// Extra numbers: `mb_per_s`, `rows_per_s`, `peak_bytes`, `parsed_bytes`, …
    var metrics: [String: Double]
    /// Result files (in the data folder) the peers check against, by name (`weights`, `scores`, …).
    var outputs: [String: String]
}

/// The machine the run happened on.
struct MachineInfo: Codable, Sendable {
    var date: String
    var cpu: String
    var cores: Int
    var blasKernel: String
    var blasThreads: Int
    /// `OPENBLAS_CORETYPE` when set: it forces the kernel.
    var openblasCoretype: String?
}

/// The input files every implementation reads, relative to the data folder.
struct InputFiles: Codable, Sendable {
    /// The annual-report CSV of the ingestion case.
    var csv: String
    var csvRows: Int
    var csvColumns: Int
    /// Decision matrices: raw little-endian float64, row-major, by `n`.
    var matrices: [String: String]
    /// m criterion weights (float64), and directions as text (`1` benefit, `-1` cost, one per line).
    var weights: String
    var directions: String
    var criteria: Int
    /// Monte Carlo: weight samples per run.
    var monteCarloSamples: Int
}

/// Everything one run of the bench writes to `results.json`.
struct BenchReport: Codable, Sendable {
    var mode: String
    var machine: MachineInfo
    var inputs: InputFiles
    var cases: [CaseResult] = []

    mutating func add(_ result: CaseResult) { cases.append(result) }

    /// Writes the report as pretty-printed JSON with snake_case keys.
    func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        try encoder.encode(self).write(to: url)
    }

    /// The table of our own timings (the ratios against the peers are printed by `peers.py`).
    func table() -> String {
        var lines: [String] = []
        let header = ["case", "size", "median", "min", "notes"]
        var rows: [[String]] = []
        for c in cases {
            let notes = Self.notes(c)
            if let status = c.status {
                rows.append([c.label, c.size, status, "", notes])
            } else {
                rows.append([c.label, c.size, Self.duration(c.medianSeconds), Self.duration(c.minSeconds), notes])
            }
        }
        var widths = header.map(\.count)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { k, cell in
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                return (k == 2 || k == 3) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        lines.append(line(header))
        lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
        for row in rows { lines.append(line(row)) }
        return lines.joined(separator: "\n")
    }

    static func duration(_ seconds: Double?) -> String {
        guard let s = seconds else { return "" }
        if s >= 1 { return String(format: "%.2f s", s) }
        if s >= 1e-3 { return String(format: "%.2f ms", s * 1e3) }
        return String(format: "%.1f µs", s * 1e6)
    }

    static func notes(_ c: CaseResult) -> String {
        var parts: [String] = []
        if let v = c.metrics["mb_per_s"] { parts.append(String(format: "%.0f MB/s", v)) }
        if let v = c.metrics["rows_per_s"] { parts.append(String(format: "%.2fM rows/s", v / 1e6)) }
        if let v = c.metrics["peak_over_parsed"] { parts.append(String(format: "peak %.2f× parsed numbers", v)) }
        if let v = c.metrics["peak_bytes"] { parts.append(String(format: "peak %.0f MiB", v / 1_048_576)) }
        if let v = c.metrics["bare_over_ours"] { parts.append(String(format: "bare dgemm / ours = %.2f", v)) }
        if let v = c.metrics["centers"] { parts.append("\(Int(v)) centers") }
        return parts.joined(separator: ", ")
    }
}
