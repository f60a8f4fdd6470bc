/// What one pass over a range of bytes finds: line breaks, quotes, and whether it is plain ASCII
/// without NUL bytes (then it is already the UTF-8 that ``TextDecoder`` would return).
///
/// The pass reads 16 bytes at a time with vector compares; the counts are byte-wide lane
/// counters, added up every 255 steps.
struct TextSurvey: Equatable {
    /// LF bytes.
    var lineFeeds = 0
    /// CR bytes not followed by an LF inside the range (each ends a line of its own).
    var loneCarriageReturns = 0
    /// `"` bytes.
    var quotes = 0
    /// Whether a byte ≥ 0x80 was seen.
    var nonASCII = false
    /// Whether a NUL byte was seen.
    var nul = false

    /// Line breaks as ``NumericCSV`` counts them: LF, CR LF (once) or a lone CR.
    var lineBreaks: Int { lineFeeds + loneCarriageReturns }

    /// Surveys `p[range]`; no byte outside the range is read.
    init(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let base = p.baseAddress, !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= p.count, "TextSurvey: range outside the buffer")
        typealias Bytes = SIMD16<UInt8>
        let lf = Bytes(repeating: 0x0A), cr = Bytes(repeating: 0x0D), quote = Bytes(repeating: 0x22)
        let zero = Bytes(repeating: 0), one = Bytes(repeating: 1)
        var i = range.lowerBound
        let end = range.upperBound
        var high = zero, nulls = zero
        // Each lane of a counter counts at most 255 blocks before it is emptied.
        while end - i >= 17 {
            var lfs = zero, lones = zero, quotes = zero
            var steps = 0
            while steps < 255 && end - i >= 17 {
                let v = UnsafeRawPointer(base + i).loadUnaligned(as: Bytes.self)
                let next = UnsafeRawPointer(base + i + 1).loadUnaligned(as: Bytes.self)
                lfs &+= zero.replacing(with: one, where: v .== lf)
                lones &+= zero.replacing(with: one, where: (v .== cr) .& (next .!= lf))
                quotes &+= zero.replacing(with: one, where: v .== quote)
                high |= v
                nulls |= zero.replacing(with: one, where: v .== zero)
                i += 16
                steps += 1
            }
            lineFeeds += Int(SIMD16<UInt16>(truncatingIfNeeded: lfs).wrappedSum())
            loneCarriageReturns += Int(SIMD16<UInt16>(truncatingIfNeeded: lones).wrappedSum())
            self.quotes += Int(SIMD16<UInt16>(truncatingIfNeeded: quotes).wrappedSum())
        }
        nonASCII = (high & Bytes(repeating: 0x80)) != zero
        nul = nulls != zero
        while i < end {
            let b = base[i]
            if b == 0x0A { lineFeeds += 1 }
            if b == 0x0D && (i + 1 >= end || base[i + 1] != 0x0A) { loneCarriageReturns += 1 }
            if b == 0x22 { quotes += 1 }
            if b >= 0x80 { nonASCII = true }
            if b == 0 { nul = true }
            i += 1
        }
    }

    init() {}

    /// The survey of two adjacent ranges from theirs (the first must not end with a CR).
    static func + (a: TextSurvey, b: TextSurvey) -> TextSurvey {
        var sum = a
        sum.lineFeeds += b.lineFeeds
        sum.loneCarriageReturns += b.loneCarriageReturns
        sum.quotes += b.quotes
        sum.nonASCII = a.nonASCII || b.nonASCII
        sum.nul = a.nul || b.nul
        return sum
    }
}
