import Foundation

/// The `.ticeval-output` file of an output folder: a comment line, then one relative path per
/// line of every file ticeval wrote there.
///
/// ```
/// # ticeval output folder: ticeval replaces it as a whole on its next run into it, and refuses it if it holds a file not listed here
/// ranking.csv
/// summary.json
/// ```
enum OutputMarker {
    static func text(listing names: [String]) -> String {
        "# ticeval output folder: ticeval replaces it as a whole on its next run into it, and refuses it if it holds a file not listed here\n"
            + names.map { $0 + "\n" }.joined()
    }

    /// The paths listed in `folder`'s marker; empty when there is none.
    static func read(in folder: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: "\(folder)/\(OutputFolder.markerName)") else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return Set(lines.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }
}
