/// Runs of ASCII decimal digits read eight bytes at a time ("SWAR": SIMD within a register).
///
/// The digit count of a word comes from one subtract, add, or and a trailing-zero count, and up to
/// eight digits become an integer in three multiplications, so a field costs no branch per digit.
/// The conversion is the multiply-shift reduction of D. Lemire, "Quickly parsing eight digits"
/// (2018), also used by simdjson; the digit mask is the usual per-byte range test without
/// cross-byte carries into the bytes that matter.
enum DecimalDigits {
    /// The eight bytes at `base[offset...]` as a little-endian word (the byte at `offset` lowest);
    /// near the end of the buffer the missing bytes read as 0, which is not a digit. Never reads
    /// at or past `base[count]`.
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, at offset: Int, count: Int) -> UInt64 {
        if offset &+ 8 <= count {
            return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        var i = 0
        while offset &+ i < count {
            word |= UInt64(base[offset &+ i]) &<< UInt64(i &* 8)
            i &+= 1
        }
        return word
    }

    /// The number of ASCII digits at the start of `word` (its low bytes first) and their value.
    ///
    /// Subtracting `"0"` from each byte leaves 0…9 exactly in the digit bytes before the first
    /// non-digit (a borrow or carry only moves up from a non-digit byte); a byte is a digit when
    /// neither it nor it + 0x76 has its high bit set.
    ///
    /// - Returns: `count` in 0…8 and `value` < 10^count.
    @inline(__always)
    static func leading(_ word: UInt64) -> (value: UInt64, count: Int) {
        let count = leadingCount(word)
        return (value(of: word, count: count), count)
    }

    /// The number of ASCII digits at the start of `word` (0…8); see ``leading(_:)``.
    @inline(__always)
    static func leadingCount(_ word: UInt64) -> Int {
        let d = word &- 0x3030_3030_3030_3030
        return (((d &+ 0x7676_7676_7676_7676) | d) & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
    }

    /// The value of the `count` (0…8) ASCII digits in the low bytes of `word`, the first one most
    /// significant; the bytes above them are ignored.
    ///
    /// The digits are shifted to the top of the word (zeros below them read as leading zeros) and
    /// combined pairwise: 10·a + b in every byte, 100·ab + cd in every 16-bit lane,
    /// 10⁴·abcd + efgh in the high half (Lemire 2018).
    @inline(__always)
    static func value(of word: UInt64, count: Int) -> UInt64 {
        let shift = UInt64(64 &- (count &<< 3))
        var v = shift == 64 ? 0 : (word &- 0x3030_3030_3030_3030) &<< shift
        v = (v &* 0x0A01) &>> 8
        v = ((v & 0x00FF_00FF_00FF_00FF) &* 0x0064_0001) &>> 16
        v = ((v & 0x0000_FFFF_0000_FFFF) &* 0x0000_2710_0000_0001) &>> 32
        return v
    }

    /// 10^n for n in 0…8 (a constant table, no lazy global).
    @inline(__always)
    static func power(_ n: Int) -> UInt64 {
        switch n {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }
}
