/// JSON paths as used in scheme diagnostics: `dimensions[2].indicators[0].weight`.
enum SchemePath {
    /// Renders decoder coding keys as a JSON path; array indices become `[i]`.
    static func render(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }

    /// `base.key`, or `key` when `base` is the root.
    static func join(_ base: String, _ key: String) -> String {
        base.isEmpty || base == "$" ? key : "\(base).\(key)"
    }

    /// `base[index]`.
    static func index(_ base: String, _ index: Int) -> String { "\(base)[\(index)]" }
}
