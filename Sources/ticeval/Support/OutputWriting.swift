import Foundation
import TICIngest
import TICReport
import TICSupport

/// How commands write output folders and files: through ``OutputFolder`` and ``OutputFile`` only;
/// their ``OutputFailure`` is thrown to `TICEval.main()`, which prints it as `error: message` (exit
/// status 1).
enum OutputWriting {
    /// The output folder `path`, with the test-only fault injection of the environment.
    ///
    /// `TICEVAL_TEST_PAUSE_AT=staged|switched` with `TICEVAL_TEST_PAUSE_FILE=PATH`: at that phase the
    /// run creates PATH and waits while it exists (at most 120 s), so that a test can kill it there.
    /// `TICEVAL_TEST_NO_EXCHANGE=1`: switch by the symbolic-link fallback, as on a file system
    /// that cannot exchange two folders.
    static func folder(_ path: String, existing: OutputFolder.Existing = .replaceOutputs, inputs: [String] = []) -> OutputFolder {
        var folder = OutputFolder(path: path, existing: existing, inputs: inputs)
        let environment = ProcessInfo.processInfo.environment
        if environment["TICEVAL_TEST_NO_EXCHANGE"] == "1" { folder.exchanges = false }
        if let phase = environment["TICEVAL_TEST_PAUSE_AT"], let file = environment["TICEVAL_TEST_PAUSE_FILE"] {
            folder.observer = { reached, _ in
                guard phase == (reached == .staged ? "staged" : "switched") else { return }
                _ = FileManager.default.createFile(atPath: file, contents: Data())
                let deadline = Date().addingTimeInterval(120)
                while FileManager.default.fileExists(atPath: file) && Date() < deadline { usleep(10_000) }
            }
        }
        return folder
    }

    /// What a run on the workspace `root` may read, known before it is loaded: the folder, the files
    /// in it and in its `reports/`, and the scheme file, if one; an output folder holding any of them
    /// is refused before any work is done.
    static func likelyInputs(ofWorkspace root: String, scheme: String? = nil) -> [String] {
        var paths = [root]
        for folder in [root, "\(root)/reports"] {
            for entry in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !entry.hasPrefix(".") {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: "\(folder)/\(entry)", isDirectory: &isDirectory), !isDirectory.boolValue {
                    paths.append("\(folder)/\(entry)")
                }
            }
        }
        if let scheme, FileManager.default.fileExists(atPath: scheme) { paths.append(scheme) }
        return paths
    }

    /// Every file a workspace run reads or looked at: the files read, the files named by a
    /// diagnostic (unreadable, ignored, rejected), and the scheme file, if one.
    static func inputs(of workspace: Workspace, scheme: String? = nil) -> [String] {
        var paths = workspace.files.map(\.path) + workspace.diagnostics.map(\.location.path)
        if let scheme, FileManager.default.fileExists(atPath: scheme) { paths.append(scheme) }
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }
}
