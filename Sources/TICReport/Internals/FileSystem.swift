#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// Every C call of the output writers, wrapped once (as swift-system's `Internals/Syscalls.swift`).
/// Functions return `errno` values rather than throwing; callers turn them into ``OutputFailure``.
enum FileSystem {
    /// What a path is, without following a final symbolic link.
    enum Kind: Equatable {
        case absent, file, directory, symbolicLink, other
    }

    /// A file's identity: two paths name the same file when device and inode agree.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The identity of the file `path` names, following symbolic links; nil if it does not exist.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    }

    /// Permission bits of `path` (following links), or nil.
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The absolute path with every symbolic link, `.` and `..` resolved; nil if it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The destination of a symbolic link.
    static func linkDestination(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The entries of a folder, `.` and `..` excluded; nil when it cannot be read.
    static func entries(_ path: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: path)
    }

    /// The current directory, resolved.
    static var currentDirectory: String? { resolved(".") }

    static func makeDirectory(_ path: String, mode: mode_t = 0o777) -> Int32 {
        mkdir(path, mode) == 0 ? 0 : errno
    }

    /// Creates `path` and its missing parents; 0 or the errno of the failure.
    static func makeDirectories(_ path: String) -> Int32 {
        if kind(path) == .directory { return 0 }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return 0
        } catch {
            var component = path
            while !component.isEmpty && component != "/" {
                let k = kind(component)
                if k == .file || k == .other { return ENOTDIR }
                if k != .absent { break }
                component = (component as NSString).deletingLastPathComponent
            }
            return errno == 0 ? EACCES : errno
        }
    }

    /// Writes `bytes` to a new file (it must not exist), flushes it to the disk and closes it.
    static func createFile(_ path: String, bytes: [UInt8], mode: mode_t = 0o666) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return errno }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        return failure
    }

    /// Flushes a folder's entries (or a file) to the disk.
    @discardableResult
    static func synchronize(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 ? 0 : errno
    }

    static func move(_ source: String, to destination: String) -> Int32 {
        rename(source, destination) == 0 ? 0 : errno
    }

    /// Swaps two existing entries of one file system in one step: `renameat2(RENAME_EXCHANGE)` on
    /// Linux (looked up at run time, as Glibc's headers do not export it to Swift, else the raw
    /// system call), `renamex_np(RENAME_SWAP)` on macOS. Returns 0, or the errno: `EINVAL`,
    /// `ENOSYS` or `ENOTSUP` when the file system or kernel cannot exchange.
    static func exchange(_ a: String, _ b: String) -> Int32 {
        #if os(Linux)
        let renameExchange: UInt32 = 1 << 1
        if let renameat2 = LinuxCalls.renameat2 {
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 ? 0 : errno
        }
        if let syscall = LinuxCalls.syscall, let number = LinuxCalls.renameat2Number {
            return syscall(number, Int(AT_FDCWD), a, Int(AT_FDCWD), b, Int(renameExchange)) == 0 ? 0 : errno
        }
        return ENOSYS
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }

    /// Whether an errno from ``exchange(_:_:)`` means the file system cannot exchange at all.
    static func cannotExchange(_ error: Int32) -> Bool {
        error == EINVAL || error == ENOSYS || error == ENOTSUP || error == EOPNOTSUPP
    }

    static func hardLink(_ source: String, _ destination: String) -> Int32 {
        link(source, destination) == 0 ? 0 : errno
    }

    static func symbolicLink(_ destination: String, at path: String) -> Int32 {
        symlink(destination, path) == 0 ? 0 : errno
    }

    /// Copies a regular file's bytes and permission bits to a new file (when hard links fail).
    static func copyFile(_ source: String, to destination: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: source) else { return errno == 0 ? EIO : errno }
        return createFile(destination, bytes: Array(data), mode: mode(source) ?? 0o666)
    }

    static func setMode(_ path: String, _ mode: mode_t) {
        _ = chmod(path, mode)
    }

    /// Removes a file, a link or a whole folder; true when nothing is left.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        if kind(path) == .absent { return true }
        try? FileManager.default.removeItem(atPath: path)
        return kind(path) == .absent
    }

    /// Whether the folder can take new entries (write and search permission).
    static func isWritableFolder(_ path: String) -> Int32 {
        access(path, W_OK | X_OK) == 0 ? 0 : errno
    }

    static func message(_ error: Int32) -> String {
        String(cString: strerror(error))
    }

    // MARK: - Processes

    /// This process's id.
    static var processID: Int32 { getpid() }

    /// The id of the current boot (`/proc/sys/kernel/random/boot_id` on Linux,
    /// `kern.bootsessionuuid` on macOS), or "" where there is none.
    static let bootID: String = {
        #if os(Linux)
        let text = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
        #elseif canImport(Darwin)
        var size = 0
        guard sysctlbyname("kern.bootsessionuuid", nil, &size, nil, 0) == 0, size > 0 else { return "" }
        var buffer = [CChar](repeating: 0, count: size)
        guard sysctlbyname("kern.bootsessionuuid", &buffer, &size, nil, 0) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return ""
        #endif
    }()

    /// Whether process `pid` of boot `boot` has ended: another boot, or no such process now.
    /// A process of this boot that exists (even if it belongs to another user) is running.
    static func hasEnded(pid: Int32, boot: String) -> Bool {
        if !boot.isEmpty && !bootID.isEmpty && boot != bootID { return true }
        if pid <= 0 { return true }
        if kill(pid, 0) == 0 { return false }
        return errno == ESRCH
    }
}

#if os(Linux)
/// `renameat2` and `syscall`, found at run time: Glibc exports `renameat2` since 2.28 but Swift's
/// Glibc module does not declare it, and `syscall` is variadic, which Swift cannot call directly.
private enum LinuxCalls {
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    typealias Syscall = @convention(c) (Int, Int, UnsafePointer<CChar>, Int, UnsafePointer<CChar>, Int) -> Int

    static let renameat2: RenameAt2? = symbol("renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    static let syscall: Syscall? = symbol("syscall").map { unsafeBitCast($0, to: Syscall.self) }

    /// `SYS_renameat2` of this architecture.
    static var renameat2Number: Int? {
        #if arch(x86_64)
        return 316
        #elseif arch(arm64)
        return 276
        #else
        return nil
        #endif
    }

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(handle, name)
    }
}
#endif
