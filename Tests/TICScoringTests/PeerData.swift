@testable import TICScoring

/// Fixed matrices shared by the peer cross-checks. The expected values in the tests were computed with
/// pymcdm 1.4.0 and scikit-criteria 0.10 (numpy 2.4.6) in a throwaway venv outside the repository;
/// `Benchmarks/peers/expected_values.py` recomputes every one of them (its requirements file pins the
/// versions), and the calls are named next to each value.
enum PeerData {
    /// 5 phones × 4 criteria: price (cost), storage, camera, looks (benefit).
    static let m1 = Matrix(rows: [
        [250, 16, 12, 5],
        [200, 16, 8, 3],
        [300, 32, 16, 4],
        [275, 32, 8, 4],
        [225, 16, 16, 2],
    ])
    static let d1: [Direction] = [.cost, .benefit, .benefit, .benefit]
    static let w1: [Double] = [0.3, 0.2, 0.2, 0.3]

    /// 8 alternatives × 5 criteria, types [1, 1, -1, 1, -1].
    static let m2 = Matrix(rows: [
        [12.0, 3400, 0.21, 7, 55],
        [9.5, 4100, 0.35, 4, 61],
        [15.2, 2900, 0.18, 9, 47],
        [11.1, 5200, 0.42, 6, 70],
        [8.7, 3800, 0.27, 3, 52],
        [13.9, 4500, 0.31, 8, 66],
        [10.4, 3100, 0.24, 5, 58],
        [14.6, 4900, 0.38, 10, 49],
    ])
    static let d2: [Direction] = [.benefit, .benefit, .cost, .benefit, .cost]
    static let w2: [Double] = [0.15, 0.25, 0.2, 0.3, 0.1]

    /// Hwang & Yoon (1981) fighter-aircraft problem: max speed, ferry range, max payload,
    /// acquisition cost (cost), reliability, maneuverability; weights (0.2, 0.1, 0.1, 0.1, 0.2, 0.3).
    static let fighter = Matrix(rows: [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
    ])
    static let fighterDirections: [Direction] = [.benefit, .benefit, .benefit, .cost, .benefit, .benefit]
    static let fighterWeights: [Double] = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]
}
