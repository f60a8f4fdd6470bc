import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICScoring

/// `--weight-samples FILE.csv`: one weight vector per row, comma-separated; a first row that is not
/// all numbers is a header.
enum WeightSamplesFile {
    static func read(path: String, columns: Int, language: Language) throws -> Matrix {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("\(path): " + language.pick("错误：无法读取文件", "error: cannot read the file"))
            throw ExitCode(1)
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var storage = ContiguousArray<Double>()
        var rows = 0
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let cells = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let values = cells.map { Double($0) }
            if index == 0 && values.contains(where: { $0 == nil }) { continue }  // header
            guard cells.count == columns else {
                Console.error("\(path):\(index + 1):1: " + language.pick("错误：应有 \(columns) 个权重，实有 \(cells.count) 个", "error: expected \(columns) weights, found \(cells.count)"))
                throw ExitCode(1)
            }
            let limit = NumberText.decimal(ScoringLimits.maximumWeight, maximumFractionDigits: 0)
            for (k, value) in values.enumerated() {
                guard let value, ScoringLimits.isUsableWeight(value) else {
                    let column = cells[..<k].reduce(1) { $0 + $1.count + 1 }
                    Console.error("\(path):\(index + 1):\(column): " + language.pick("错误: '\(cells[k])' 不是 0 到 \(limit) 之间的数字",
                                                                                     "error: '\(cells[k])' is not a number from 0 to \(limit)"))
                    throw ExitCode(1)
                }
                storage.append(value)
            }
            guard values.contains(where: { ($0 ?? 0) > 0 }) else {
                Console.error("\(path):\(index + 1):1: " + language.pick("错误: 该行权重全为 0；每个样本应至少有一个正权重",
                                                                          "error: every weight of this row is 0; each sample needs at least one positive weight"))
                throw ExitCode(1)
            }
            rows += 1
        }
        return Matrix(rows: rows, columns: columns, storage: storage)
    }
}
