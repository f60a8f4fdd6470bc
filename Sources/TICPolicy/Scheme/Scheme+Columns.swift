extension Scheme {
    /// The derived indicators ordered so that every one comes after the derived indicators it divides,
    /// ready to be computed per center and year. Indicators on a cycle (a validation error) are left out.
    ///
    /// Complexity: O(d²) for d derived indicators.
    public var derivedIndicatorsInDependencyOrder: [SchemeIndicator] {
        let derived = indicators.filter { $0.derived != nil }
        let codes = Set(derived.map(\.code))
        var ordered: [SchemeIndicator] = []
        var done: Set<String> = []
        var progress = true
        while progress {
            progress = false
            for indicator in derived where !done.contains(indicator.code) {
                let ratio = indicator.derived!
                let inputs = [ratio.numerator, ratio.denominator].filter { codes.contains($0) }
                if inputs.allSatisfy(done.contains) {
                    ordered.append(indicator)
                    done.insert(indicator.code)
                    progress = true
                }
            }
        }
        return ordered
    }

    /// The columns the scheme reads from the annual reports or ratings: every indicator that is not
    /// derived, every numerator and denominator that is not itself derived, and every veto's indicator
    /// that is not an indicator of the scheme. Sorted.
    public var inputColumns: [String] {
        let derivedCodes = Set(indicators.filter { $0.derived != nil }.map(\.code))
        var columns: Set<String> = []
        for indicator in indicators {
            if let ratio = indicator.derived {
                for input in [ratio.numerator, ratio.denominator] where !derivedCodes.contains(input) { columns.insert(input) }
            } else {
                columns.insert(indicator.code)
            }
        }
        for veto in grading.vetoes where indicator(veto.indicator) == nil { columns.insert(veto.indicator) }
        return columns.sorted()
    }
}
