import Foundation

/// LibreOffice Calc, for tests that check a written workbook opens as intended. CI does not install
/// it (`apt-get install libreoffice-calc-nogui` to run those tests); they are skipped with a message.
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
        let process = Process()
        process.executableURL = soffice
        process.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                             "--outdir", folder.path, workbook.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = folder.appendingPathComponent(workbook.deletingPathExtension().lastPathComponent + ".csv")
        return try String(contentsOf: output, encoding: .utf8)
    }
}
