extension SchemeCheck {
    /// `scope`: at least one level, no empty jurisdiction list or entry; `due`: one entry per
    /// category, construction periods of 1…10 years (`construction_years` only with
    /// `end_of_construction_period`); `valid`: `until` not before `from`.
    mutating func checkScopeAndDates() {
        if let scope = scheme.scope {
            if scope.levels.isEmpty { error("scope.levels", .empty) }
            if let jurisdictions = scope.jurisdictions {
                if jurisdictions.isEmpty { error("scope.jurisdictions", .empty) }
                for (index, name) in jurisdictions.enumerated() where SchemeScope.trimmed(name).isEmpty {
                    error("scope.jurisdictions[\(index)]", .empty)
                }
            }
        }
        var seen: [String: String] = [:]
        for (index, setting) in (scheme.due ?? []).enumerated() {
            let base = "due[\(index)]"
            let key = setting.category?.rawValue ?? ""
            if let first = seen[key] {
                error(setting.category == nil ? base : "\(base).category", .dueRepeated(category: setting.category?.rawValue, firstAt: first))
            } else {
                seen[key] = base
            }
            guard let years = setting.constructionYears else { continue }
            if setting.rule != .endOfConstructionPeriod {
                warning("\(base).construction_years", .keyNotForMethod(key: "construction_years", method: setting.rule.rawValue))
            } else if !(1...10).contains(years) {
                error("\(base).construction_years", .constructionYearsOutOfRange(years))
            }
        }
        if let from = scheme.valid?.from, let until = scheme.valid?.until, until < from {
            error("valid.until", .validityEndsBeforeStart(from: from.description))
        }
    }
}
