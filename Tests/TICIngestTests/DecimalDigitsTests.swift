import Testing
@testable import TICIngest
import TICSupport

/// The digit run and value of `bytes`, one byte at a time.
private func scalarLeading(_ bytes: [UInt8]) -> (value: UInt64, count: Int) {
    var value: UInt64 = 0, count = 0
    for byte in bytes.prefix(8) {
        guard byte >= 0x30 && byte <= 0x39 else { break }
        value = value * 10 + UInt64(byte - 0x30)
        count += 1
    }
    return (value, count)
}

private func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { DecimalDigits.word($0.baseAddress!, at: 0, count: $0.count) }
}

@Suite struct DecimalDigitsTests {
    @Test("every run of 0…8 digits before each kind of byte", arguments: [
        UInt8(ascii: ","), UInt8(ascii: "."), 0x0A, 0x0D, 0x00, UInt8(ascii: "/"), UInt8(ascii: ":"),
        UInt8(ascii: " "), UInt8(ascii: "e"), UInt8(ascii: "\""), 0x80, 0xBF, 0xEF, 0xFA, 0xFF,
    ])
    func runs(_ stop: UInt8) {
        var rng = SplitMix64(seed: UInt64(stop))
        for length in 0...8 {
            for _ in 0..<50 {
                var bytes = (0..<length).map { _ in UInt8(ascii: "0") + UInt8(rng.next() % 10) }
                bytes.append(stop)
                while bytes.count < 8 { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
                let got = DecimalDigits.leading(word(bytes))
                let expected = scalarLeading(bytes)
                #expect(got.count == expected.count && got.value == expected.value, "\(bytes)")
            }
        }
    }

    @Test("random words: the count and value agree with a byte-by-byte reading")
    func randomWords() {
        var rng = SplitMix64(seed: 2024)
        for i in 0..<200_000 {
            // Mostly digits, so long runs are common; every byte value appears.
            let bytes: [UInt8] = (0..<8).map { _ in
                let r = rng.next()
                return r % 4 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : UInt8(ascii: "0") + UInt8((r >> 8) % 10)
            }
            let got = DecimalDigits.leading(word(bytes))
            let expected = scalarLeading(bytes)
            if got.count != expected.count || got.value != expected.value {
                Issue.record("word \(i): \(bytes) read as \(got), expected \(expected)")
                return
            }
        }
    }

    @Test("near the end of a buffer the missing bytes read as zeros", arguments: 0...8)
    func shortTail(_ remaining: Int) {
        let bytes: [UInt8] = Array("12345678".utf8.prefix(remaining))
        bytes.withUnsafeBufferPointer { buffer in
            let w = buffer.isEmpty ? 0 : DecimalDigits.word(buffer.baseAddress!, at: 0, count: buffer.count)
            var expected: UInt64 = 0
            for (i, byte) in bytes.enumerated() { expected |= UInt64(byte) << (8 * i) }
            #expect(w == expected)
            #expect(DecimalDigits.leading(w) == (UInt64("12345678".prefix(remaining)) ?? 0, remaining))
        }
    }

    @Test("powers of ten", arguments: 0...8)
    func powers(_ n: Int) {
        #expect(DecimalDigits.power(n) == UInt64(NumberParser.exactPowersOfTen[n]))
        #expect(NumberParser.exactPowersOfTen[n] == Double("1e\(n)")!)
    }
}
