import ArgumentParser
import TICIngest
import TICScoring

/// `--ri` of `ticeval ahp`: which random index table divides CI.
enum RandomIndexChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Saaty (1980), n ≤ 10.
    case saaty
    /// Tummala & Ling (1998), n ≤ 15: pymcdm 1.4.0's table.
    case tummalaLing = "tummala-ling"
    /// Donegan & Dodd (1991), n ≤ 15.
    case doneganDodd = "donegan-dodd"

    /// The TICScoring table.
    var table: RandomIndexTable {
        switch self {
        case .saaty: return .saaty1980
        case .tummalaLing: return .tummalaLing1998
        case .doneganDodd: return .doneganDodd1991
        }
    }
}
