import Foundation

/// LibreOffice, for tests that check a written workbook or document opens as intended. CI does not
/// install it (`apt-get install libreoffice-calc-nogui libreoffice-writer-nogui` to run those tests);
/// they are skipped with a message.
public enum LibreOffice {
    /// The `soffice` executable, nil when LibreOffice is not installed.
    public static var executable: URL? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map { URL(fileURLWithPath: $0) }
    }

    /// Converts the first sheet of `workbook` to `folder/NAME.csv` (UTF-8, comma, raw values rather
    /// than as shown), with a profile of its own inside `folder`, and returns the CSV text.
    public static func convertToCSV(_ workbook: URL, in folder: URL, soffice: URL) throws -> String {
        try convert(workbook, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false", extension: "csv",
                    in: folder, soffice: soffice)
    }

    /// Converts the document `file` (.docx) to `folder/NAME.txt` (UTF-8 plain text), with a profile
    /// of its own inside `folder`, and returns the text.
    public static func convertToText(_ file: URL, in folder: URL, soffice: URL) throws -> String {
        try convert(file, to: "txt:Text (encoded):UTF8", extension: "txt", in: folder, soffice: soffice)
    }

    /// `soffice --headless --convert-to FILTER`, then the text of `folder/NAME.EXTENSION`.
    private static func convert(_ file: URL, to filter: String, extension: String, in folder: URL, soffice: URL) throws -> String {
        let process = Process()
        process.executableURL = soffice
        process.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                             "--convert-to", filter, "--outdir", folder.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + `extension`)
        return try String(contentsOf: output, encoding: .utf8)
    }
}
