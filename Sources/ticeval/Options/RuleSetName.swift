import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

/// `--rules NAME`: one of ``EligibilityRuleSet/all``, listed in `--help`.
struct RuleSetName: ExpressibleByArgument {
    let ruleSet: EligibilityRuleSet

    init(_ ruleSet: EligibilityRuleSet) { self.ruleSet = ruleSet }

    init?(argument: String) {
        guard let ruleSet = EligibilityRuleSet.named(argument) else { return nil }
        self.ruleSet = ruleSet
    }

    var defaultValueDescription: String { ruleSet.id }

    static var allValueStrings: [String] { EligibilityRuleSet.all.map(\.id) }
}
