import Testing
import TICTestSupport

/// The tolerance helpers of TICTestSupport that every numeric test relies on: a helper that always
/// said "close" would make those tests unable to fail.
@Suite struct ToleranceTests {
    @Test("isClose: |a − b| ≤ max(abs, rel · max(|a|, |b|)); NaN is close to nothing; equal infinities are close")
    func scalar() {
        #expect(isClose(1e6, 1e6 + 1, rel: 1e-6))           // 1 ≤ 1e-6 · (1e6 + 1)
        #expect(!isClose(1e6, 1e6 + 2, rel: 1e-6))
        #expect(isClose(0, 1e-16, rel: 1e-12, abs: 1e-15))  // near 0 only the absolute part can hold
        #expect(!isClose(0, 1e-14, rel: 1e-12, abs: 1e-15))
        #expect(isClose(0.1 + 0.2, 0.3, abs: 1e-16) && !isClose(0.1 + 0.2, 0.3))  // exact by default
        #expect(!isClose(.nan, .nan, rel: 1, abs: 1))
        #expect(isClose(.infinity, .infinity) && !isClose(.infinity, -.infinity, rel: 1, abs: 1))
        #expect(!isClose(.infinity, 1e308, rel: 1))
        let none: Double? = nil, one: Double? = 1
        #expect(isClose(none, none) && !isClose(one, none, rel: 1, abs: 1) && isClose(one, 1 + 1e-10, abs: 1e-9))
    }

    @Test("arrays: equal lengths and every pair close; the first difference is named by index")
    func arrays() {
        #expect(isClose([1, 2, 3], [1, 2, 3 + 1e-13], rel: 1e-12))
        #expect(!isClose([1, 2], [1, 2, 3], rel: 1))
        #expect(firstDifference([1, 2, 3], [1, 2, 3]) == nil)
        #expect(firstDifference([1, 2], [1, 2, 3]) == "lengths differ: 2 values, expected 3")
        let text = firstDifference([1, 2.5, 9], [1, 2, 3], abs: 0.1)
        #expect(text?.hasPrefix("index 1: 2.5 vs expected 2.0 (|Δ| = 0.5") == true, "\(text ?? "nil")")
    }
}
