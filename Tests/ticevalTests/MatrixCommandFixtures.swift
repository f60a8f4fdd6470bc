import Foundation
import Testing
import TICTestSupport

/// The inputs and readers the `weights`, `mcda` and `ahp` command tests share: the suppliers matrix
/// of Guides/Research.md (five alternatives, four criteria, pymcdm `types = [-1, 1, 1, 1]`), files written
/// to a fresh temporary folder, and the CSV and JSON outputs parsed back. The library tests
/// (TICScoringTests/SupplierPeerTests, AHPTests) assert the same pymcdm 1.4.0 numbers on the calls
/// behind the commands; see Benchmarks/peers/expected_values.py for the script that printed them.
protocol MatrixCommandFixtures {}

extension MatrixCommandFixtures {
    /// Five alternatives, four criteria; pymcdm `types = [-1, 1, 1, 1]` (price is a cost).
    static var matrix: String {
        """
            alt,price,quality,delivery,service
            A1,250,16,12,5
            A2,200,16,8,3
            A3,300,32,16,4
            A4,275,24,10,2
            A5,225,20,14,6
            """
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func write(_ text: String, name: String = "m.csv") throws -> String {
        let folder = try makeTemporaryDirectory(prefix: "ticeval-research")
        let url = folder.appendingPathComponent(name)
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The CSV output as rows of fields, header dropped.
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Column `index` of the CSV output as numbers.
    static func numbers(_ csv: String, column index: Int = 1) -> [Double] {
        rows(csv).map { Double($0[index]) ?? .nan }
    }

    /// The JSON output as a dictionary.
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// pymcdm 1.4.0 `weights.entropy_weights(M)`, `critic_weights(M)`, `standard_deviation_weights(M)`.
    static var pymcdmWeights: [(String, [Double])] {
        [
            ("entropy", [0.07186568320367134, 0.26222772676722456, 0.2017499941153404, 0.46415659591376374]),
            ("critic", [0.23477909967583896, 0.23817705317570165, 0.15278558942241996, 0.37425825772603943]),
            ("stddev", [0.7755977803328847, 0.13133048602716904, 0.06204782242663078, 0.03102391121331539]),
            ("equal", [0.25, 0.25, 0.25, 0.25]),
        ]
    }
}
