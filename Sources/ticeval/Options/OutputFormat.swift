import ArgumentParser

/// `--format csv|json|table` (see ``OutputOptions``).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table
}
