// The JSON document of SubsidyReport.json(_:): internal Encodable shapes (keys converted to snake_case).

enum SubsidyJSON {
    struct Document: Encodable {
        let policy: Policy
        let source: String
        let projects: [Project]
        let centerYears: [CenterYear]
        let categoryTotals: [CategoryTotal]
    }

    struct Policy: Encodable {
        let id: String
        let clause: String
        let maximumSharePercent: Int
        let annualCapWan: Double
        let years: Int
        let spread: String
    }

    struct Project: Encodable {
        let centerID: String
        let name: String
        let category: String?
        let project: String
        let line: Int?
        let totalInvestmentWan: Double?
        let startYear: Int?
        let status: String
        let limit: String?
        let investmentShareLimitWan: Double?
        let capLimitWan: Double?
        let totalSubsidyWan: Double?
        let years: [Year]
        let missing: [Gap]
        let note: String

        enum CodingKeys: String, CodingKey {
            case centerID = "centerId", name, category, project, line, totalInvestmentWan, startYear, status, limit
            case investmentShareLimitWan, capLimitWan, totalSubsidyWan, years, missing, note
        }
    }

    struct Year: Encodable {
        let index: Int
        let year: Int
        let subsidyWan: Double
    }

    struct Gap: Encodable {
        let field: String
        let reason: String
    }

    struct CenterYear: Encodable {
        let centerID: String
        let year: Int
        let projects: Int
        let subsidyWan: Double
        let exceedsAnnualCap: Bool

        enum CodingKeys: String, CodingKey {
            case centerID = "centerId", year, projects, subsidyWan, exceedsAnnualCap
        }
    }

    struct CategoryTotal: Encodable {
        let category: String
        let projects: Int
        let granted: Int
        let years: [CategoryYear]
        let totalSubsidyWan: Double
    }

    struct CategoryYear: Encodable {
        let year: Int
        let subsidyWan: Double
    }
}
