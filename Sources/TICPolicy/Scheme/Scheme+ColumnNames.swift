import TICIngest

extension Scheme {
    /// The report columns the scheme reads, by code, Chinese name and unit, for the reader to
    /// recognize headers such as `专利价值（万元）` of the scheme's own indicators (derived
    /// indicators and `satisfaction`, computed rather than read, are left out).
    public var reportColumnNames: [ColumnVocabulary.Entry] {
        indicators.filter { $0.derived == nil && $0.code != "satisfaction" }.map { indicator in
            ColumnVocabulary.Entry(code: indicator.code, names: [indicator.name],
                                   unit: indicator.unit.isEmpty || indicator.unit == "ratio" ? nil : indicator.unit)
        }
    }
}

extension Scheme {
    /// The report columns an evaluation under this scheme reads as numbers: the indicators' own
    /// columns, the numerators and denominators of derived ratios, `satisfaction` when the scheme
    /// has it, and the columns of the integrity relations that the screening checks. The reader
    /// keeps any other column as text when it holds text (``WorkspaceLoader/neededColumns``).
    public var neededReportColumns: Set<String> {
        var codes = Set<String>()
        for indicator in indicators {
            if let derived = indicator.derived {
                codes.insert(derived.numerator)
                codes.insert(derived.denominator)
            } else {
                codes.insert(indicator.code)
            }
        }
        for relation in IntegrityScreening.catalogueRelations {
            codes.insert(relation.lhs)
            codes.insert(relation.rhs)
        }
        return codes
    }
}
