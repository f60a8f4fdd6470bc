import Testing
@testable import TICIngest
import TICSupport

/// The survey of `bytes[range]`, one byte at a time.
private func scalarSurvey(_ bytes: [UInt8], _ range: Range<Int>) -> TextSurvey {
    var survey = TextSurvey()
    for i in range {
        let b = bytes[i]
        if b == 0x0A { survey.lineFeeds += 1 }
        if b == 0x0D && (i + 1 >= range.upperBound || bytes[i + 1] != 0x0A) { survey.loneCarriageReturns += 1 }
        if b == 0x22 { survey.quotes += 1 }
        if b >= 0x80 { survey.nonASCII = true }
        if b == 0 { survey.nul = true }
    }
    return survey
}

@Suite struct TextSurveyTests {
    /// Random text rich in the bytes the survey counts; now and then a byte ≥ 0x80 or a NUL.
    static func randomText(count: Int, rng: inout SplitMix64, rare: Bool) -> [UInt8] {
        let common: [UInt8] = [0x0A, 0x0D, 0x0D, 0x22, 0x2C, 0x31, 0x2E, 0x20]
        return (0..<count).map { _ in
            let r = rng.next()
            if rare && r % 5_000 == 0 { return r & 0x100 == 0 ? 0 : 0xE4 }
            return common[Int(r >> 8) % common.count]
        }
    }

    @Test("counts agree with a byte-by-byte survey at every length and offset up to 300 bytes")
    func shortRanges() {
        var rng = SplitMix64(seed: 11)
        let bytes = Self.randomText(count: 400, rng: &rng, rare: true)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0..<40 {
                for end in start...(start + 300) {
                    let got = TextSurvey(buffer, start..<end)
                    let expected = scalarSurvey(bytes, start..<end)
                    if got != expected {
                        Issue.record("\(start)..<\(end): \(got), expected \(expected)")
                        return
                    }
                }
            }
        }
    }

    @Test("long ranges (past the 255-step counter flush) and large counts", arguments: [0, 1, 4_079, 4_080, 4_097, 100_003])
    func longRanges(_ extra: Int) {
        var rng = SplitMix64(seed: UInt64(extra))
        let bytes = Self.randomText(count: 70_000 + extra, rng: &rng, rare: extra % 2 == 1)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TextSurvey(buffer, 0..<bytes.count) == scalarSurvey(bytes, 0..<bytes.count))
            #expect(TextSurvey(buffer, 3..<(bytes.count - 5)) == scalarSurvey(bytes, 3..<(bytes.count - 5)))
        }
        // All line feeds: every lane counter fills up.
        let lfs = [UInt8](repeating: 0x0A, count: 70_000 + extra)
        lfs.withUnsafeBufferPointer { #expect(TextSurvey($0, 0..<lfs.count).lineBreaks == lfs.count) }
        let crlf = (0..<(35_000 + extra)).flatMap { _ -> [UInt8] in [0x0D, 0x0A] }
        crlf.withUnsafeBufferPointer { #expect(TextSurvey($0, 0..<crlf.count).lineBreaks == crlf.count / 2) }
    }

    @Test("two surveys split after an LF add up to the survey of the whole")
    func sum() {
        var rng = SplitMix64(seed: 5)
        var bytes = Self.randomText(count: 10_000, rng: &rng, rare: true)
        bytes[4_999] = 0x0A
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TextSurvey(buffer, 0..<5_000) + TextSurvey(buffer, 5_000..<10_000) == TextSurvey(buffer, 0..<10_000))
        }
    }
}
