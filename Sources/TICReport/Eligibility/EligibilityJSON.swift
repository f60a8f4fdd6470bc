// The JSON document of EligibilityReport.json(_:): internal Encodable shapes.

/// The JSON shapes of ``EligibilityReport/json(_:)``.
enum EligibilityJSON {
    struct Document: Encodable {
        let rules: Rules
        let source: String
        let summary: [String: Int]
        let applicants: [Applicant]
    }

    struct Rules: Encodable {
        let id: String
        let title: String
    }

    struct Applicant: Encodable {
        let applicantID: String
        let name: String
        let leadType: String?
        let line: Int?
        let verdict: String
        let conditions: [Condition]

        enum CodingKeys: String, CodingKey {
            case applicantID = "applicant_id", name, leadType = "lead_type", line, verdict, conditions
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(applicantID, forKey: .applicantID)
            try container.encode(name, forKey: .name)
            try container.encode(leadType, forKey: .leadType)   // null when unknown
            try container.encode(line, forKey: .line)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(conditions, forKey: .conditions)
        }
    }

    struct Condition: Encodable {
        let code: String
        let name: String
        let description: String
        let clause: String
        let comparison: String
        let threshold: Double
        let unit: String
        let measured: Measured?
        let result: String
        let missing: [Gap]

        func encode(to encoder: any Encoder) throws {
            enum Key: String, CodingKey { case code, name, description, clause, comparison, threshold, unit, measured, result, missing }
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(description, forKey: .description)
            try container.encode(clause, forKey: .clause)
            try container.encode(comparison, forKey: .comparison)
            try container.encode(threshold, forKey: .threshold)
            try container.encode(unit, forKey: .unit)
            try container.encode(measured, forKey: .measured)   // null when not measured
            try container.encode(result, forKey: .result)
            try container.encode(missing, forKey: .missing)
        }
    }

    enum Measured: Encodable {
        case number(Double)
        case flag(Bool)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let value): try container.encode(value)
            case .flag(let value): try container.encode(value)
            }
        }
    }

    struct Gap: Encodable {
        let field: String
        let reason: String
    }
}
