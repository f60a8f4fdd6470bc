/// A place in an input file: `path:line:column`, lines and columns counted from 1.
///
/// For CSV files the column is the 1-based field number (what Excel shows as A=1, B=2, …),
/// which is what a clerk fixing the file needs; a problem with a whole row or file uses column 1.
public struct FileLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it (relative to the workspace when loading a workspace).
    public var path: String
    /// 1-based line number (of the line where the CSV record starts).
    public var line: Int
    /// 1-based column (CSV field number).
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: FileLocation, b: FileLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
