import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

/// `[#####.....]  45%  4,500/10,000` on standard error, redrawn at most every 1 %, only when
/// standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private var lastPercent = -1
    private let enabled: Bool

    init(label: String, enabled: Bool = Console.stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        Console.writeToStandardError("\r\(label) [\(bar)] \(percent)% \(done)/\(total)")
        if done >= total { Console.writeToStandardError("\n") }
    }
}
