#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// One rank histogram per alternative: an n × n table of counts, row i for alternative i,
/// column r − 1 for rank r.
///
/// Cells are 2 bytes while the number of samples fits (N ≤ 65,535), else 4. The table is one
/// zeroed ``LargeBuffer``: up to 1 GB with huge pages where available (a histogram that large is
/// usually touched all over, and 2 MB pages save the page faults); above, from `calloc`, whose
/// large blocks are fresh zero pages from the kernel, so a page only becomes memory once a count
/// lands in it. Under small weight noise an alternative's ranks stay in a window around its
/// nominal rank and most of the n² cells are never touched.
///
/// The histogram owns its cells and lends them only inside ``withCells(narrow:wide:)`` (and a row
/// inside ``withRow(_:_:)``); no pointer to them is a property. `@unchecked Sendable`: during a run
/// each worker adds to the rows of its own range of alternatives, and afterwards the table is only
/// read.
public final class RankHistogram: @unchecked Sendable {
    /// Alternatives (rows) and ranks (columns).
    public let count: Int
    /// 4-byte cells (more than 65,535 samples) or 2-byte ones.
    public let isWide: Bool
    /// The cells.
    private let buffer: LargeBuffer

    /// Tables up to this size come from one zeroed ``LargeBuffer`` (huge pages); larger ones from `calloc`.
    static let largeBufferLimit = 1 << 30

    /// An empty histogram for `count` alternatives and up to `samples` samples.
    /// - Precondition: count ≥ 0, samples < 2³².
    /// - Throws: ``ScoringError/insufficientMemory(alternatives:bytes:)`` when the n² cells cannot
    ///   be allocated (n comes from the user's data).
    public init(count: Int, samples: Int) throws(ScoringError) {
        precondition(count >= 0 && samples >= 0 && UInt64(samples) <= UInt64(UInt32.max), "RankHistogram: bad size")
        self.count = count
        self.isWide = samples > Int(UInt16.max)
        let cellBytes = isWide ? 4 : 2
        let (square, overflow) = count.multipliedReportingOverflow(by: count)
        let (product, tooLarge) = max(1, square).multipliedReportingOverflow(by: cellBytes)
        guard !overflow, !tooLarge else { throw .insufficientMemory(alternatives: count, bytes: nil) }
        let bytes = product
        guard let table = LargeBuffer(bytes: bytes, zeroed: true, hugePages: bytes <= Self.largeBufferLimit) else {
            throw .insufficientMemory(alternatives: count, bytes: bytes)
        }
        buffer = table
    }

    /// From full 4-byte counts, `counts[i * count + r − 1]` (already in memory, so the table fits).
    public convenience init(count: Int, counts: some Collection<UInt32>) {
        precondition(counts.count == count * count, "RankHistogram: \(counts.count) cells, expected \(count)²")
        let total = counts.reduce(UInt64(0)) { $0 + UInt64($1) }
        do { try self.init(count: count, samples: Int(min(total, UInt64(UInt32.max)))) } catch {
            preconditionFailure("RankHistogram: no memory for \(count)² cells")
        }
        for (k, c) in counts.enumerated() where c > 0 { add(cell: k, c) }
    }

    /// Lends the cells, `cell[i · count + r − 1]`, to `narrow` as 2-byte counts or to `wide` as
    /// 4-byte ones (``isWide``); the pointer is valid only inside the call.
    @inline(__always)
    func withCells<R>(narrow: (UnsafeMutablePointer<UInt16>) throws -> R, wide: (UnsafeMutablePointer<UInt32>) throws -> R) rethrows -> R {
        try buffer.withMemory { base in
            isWide ? try wide(base.assumingMemoryBound(to: UInt32.self)) : try narrow(base.assumingMemoryBound(to: UInt16.self))
        }
    }

    /// Number of samples in which `alternative` (0-based) has `rank` (1…count).
    public subscript(alternative: Int, rank: Int) -> Int {
        precondition(alternative >= 0 && alternative < count && rank >= 1 && rank <= count, "RankHistogram: out of range")
        return cell(alternative * count + rank - 1)
    }

    @inline(__always)
    func cell(_ k: Int) -> Int { withCells(narrow: { Int($0[k]) }, wide: { Int($0[k]) }) }

    private func add(cell k: Int, _ c: UInt32) {
        withCells(narrow: { $0[k] &+= UInt16(truncatingIfNeeded: c) }, wide: { $0[k] &+= c })
    }

    /// Calls `body` with a reader of row `alternative`: `read(r)` is the count of rank r.
    @inline(__always)
    func withRow<R>(_ alternative: Int, _ body: (_ read: (Int) -> Int) -> R) -> R {
        let offset = alternative * count - 1
        return withCells(narrow: { cells in
            let row = cells + offset
            return body { Int(row[$0]) }
        }, wide: { cells in
            let row = cells + offset
            return body { Int(row[$0]) }
        })
    }
}

extension RankHistogram: Hashable {
    /// Same alternatives and the same count in every cell (whatever the cell width).
    public static func == (a: RankHistogram, b: RankHistogram) -> Bool {
        if a === b { return true }
        guard a.count == b.count else { return false }
        if a.isWide == b.isWide {
            let bytes = max(1, a.count * a.count) * (a.isWide ? 4 : 2)
            return a.buffer.withMemory { first in b.buffer.withMemory { second in memcmp(first, second, bytes) == 0 } }
        }
        for k in 0..<(a.count * a.count) where a.cell(k) != b.cell(k) { return false }
        return true
    }

    /// The shape only: equal histograms hash alike, and hashing stays O(1) for n² cells.
    public func hash(into hasher: inout Hasher) { hasher.combine(count) }
}
