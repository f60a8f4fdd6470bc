import Foundation
import TICIngest

/// Why the outputs could not be written to `--out`, in plain words: the folder is named, and the
/// reason is found on the file system (a file where a folder belongs, no permission, a read-only
/// file system) rather than taken from a Foundation error, whose text can carry an NSError domain.
struct OutputFolderFailureText: Sendable {
    /// The `--out` folder as the user gave it.
    let folder: String
    /// The reason in Chinese and English.
    let reason: (zh: String, en: String)

    /// The text for any error met while preparing or writing `folder`.
    init(_ error: any Error, folder: String) {
        self.folder = folder
        self.reason = Self.diagnose(folder) ?? Self.plainWords(error)
    }

    /// `folder: error: cannot write the outputs here: reason` (`错误` in Chinese).
    func formatted(_ language: Language) -> String {
        language.pick("\(folder)：错误：无法在此写入输出文件：\(reason.zh)",
                      "\(folder): error: cannot write the outputs here: \(reason.en)")
    }

    /// What the file system says about `folder`: a path component that is a file, a folder that
    /// cannot be written, a read-only file system; `nil` when none of these.
    static func diagnose(_ folder: String) -> (zh: String, en: String)? {
        let manager = FileManager.default
        var path = (folder as NSString).standardizingPath
        if path.isEmpty { path = "." }
        // The folder itself or its nearest existing ancestor.
        var current = path
        while true {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: current, isDirectory: &isDirectory) {
                if !isDirectory.boolValue {
                    return ("“\(current)” 是文件，不是文件夹", "'\(current)' is a file, not a folder")
                }
                if access(current, W_OK) != 0 {
                    let text = SystemErrorText(code: errno)
                    return (text.message(.zh), text.message(.en))
                }
                return nil
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The system reason under a Foundation error (`errno`), or "the write failed".
    static func plainWords(_ error: any Error) -> (zh: String, en: String) {
        let nsError = error as NSError
        let posix = nsError.domain == NSPOSIXErrorDomain ? nsError : nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix, posix.domain == NSPOSIXErrorDomain {
            let text = SystemErrorText(code: Int32(posix.code))
            return (text.message(.zh), text.message(.en))
        }
        return ("写入失败", "the write failed")
    }
}
