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
