import Foundation
import TICIngest

// ticeval-bench: in-process timings of ingestion, weighting, aggregation and the evaluation
// pipeline; `Benchmarks/peers/run.sh` runs the Python peers on the same inputs and prints the ratios.

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((BenchOptions.usage + "\n").utf8))
    exit(2)
}
if let csv = options.ingestChild {
    exit(Bench.ingestChild(path: csv))
}
if let csv = options.ingestTime {
    do {
        let ids = Inputs.centerIDs(rows: Inputs.rows(inFileName: csv))
        let timing = try measure(warmUp: 1, repeats: 3) { try Bench.readReport(path: csv, centerIDs: ids).rowCount }
        print(timing.median)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("ticeval-bench: \(error)\n".utf8))
        exit(1)
    }
}
if let root = options.loadOnly {
    let timing = measure(warmUp: 0, repeats: 5) { WorkspaceLoader().load(root: root) }
    print("load \(root): median \(BenchReport.duration(timing.median)), min \(BenchReport.duration(timing.minimum))")
    exit(0)
}
var bench = Bench(options: options)
do {
    try bench.run()
} catch {
    FileHandle.standardError.write(Data("ticeval-bench: \(error)\n".utf8))
    exit(1)
}
