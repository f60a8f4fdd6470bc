import Foundation

/// Wall-clock timings of one case: warm-up runs first (not kept), then repeated runs.
struct Timing: Sendable {
    /// Seconds of each kept run, in run order.
    var seconds: [Double]

    /// The median run (mean of the two middle runs for an even count).
    var median: Double {
        let sorted = seconds.sorted()
        let k = sorted.count
        guard k > 0 else { return .nan }
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2
    }

    /// The fastest run.
    var minimum: Double { seconds.min() ?? .nan }
}

/// Keeps results alive so the optimizer cannot drop the work that produced them.
nonisolated(unsafe) var benchmarkSink: Int = 0

/// Feeds a value into ``benchmarkSink``.
@inline(never)
func consume<T>(_ value: T) {
    withUnsafeBytes(of: value) { benchmarkSink &+= $0.count }
}

/// Runs `body` `warmUp` times, then `repeats` times timed with the monotonic clock.
func measure<T>(warmUp: Int, repeats: Int, _ body: () throws -> T) rethrows -> Timing {
    let clock = ContinuousClock()
    for _ in 0..<warmUp { consume(try body()) }
    var seconds: [Double] = []
    seconds.reserveCapacity(repeats)
    for _ in 0..<repeats {
        var result: T?
        let elapsed = try clock.measure { result = try body() }
        consume(result)
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return Timing(seconds: seconds)
}

/// Times two bodies alternately (`a`, `b`, `a`, `b`, …) so that both meet the same machine load.
func measurePair<A, B>(warmUp: Int, repeats: Int, _ a: () -> A, _ b: () -> B) -> (Timing, Timing) {
    let clock = ContinuousClock()
    for _ in 0..<warmUp {
        consume(a())
        consume(b())
    }
    var first: [Double] = [], second: [Double] = []
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    for _ in 0..<repeats {
        var x: A?, y: B?
        first.append(seconds(clock.measure { x = a() }))
        consume(x)
        second.append(seconds(clock.measure { y = b() }))
        consume(y)
    }
    return (Timing(seconds: first), Timing(seconds: second))
}

/// Peak and current resident memory of this process, from `/proc/self/status` (Linux only).
enum ProcessMemory {
    /// `VmHWM` (peak resident set) in bytes, or nil where `/proc` is missing.
    static var peakBytes: Int? { field("VmHWM:") }
    /// `VmRSS` (current resident set) in bytes, or nil where `/proc` is missing.
    static var residentBytes: Int? { field("VmRSS:") }

    /// Resets `VmHWM` to the current resident set (`echo 5 > /proc/self/clear_refs`), so that the
    /// next reading is the peak of what runs in between. Returns false where that is not supported.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    private static func field(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
