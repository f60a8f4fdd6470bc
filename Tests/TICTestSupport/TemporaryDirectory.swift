import Foundation

/// Runs `body` with a new, empty directory under the system's temporary folder and removes the
/// directory and everything in it afterwards, whether `body` returns or throws.
///
/// - Parameters:
///   - prefix: the start of the directory's name (a UUID follows), so a left-over folder says which
///     test made it.
///   - body: receives the directory's URL; it must not keep the URL beyond its return.
/// - Returns: what `body` returns.
public func withTemporaryDirectory<Result>(prefix: String = "ticeval-test",
                                           _ body: (URL) throws -> Result) throws -> Result {
    let url = try makeTemporaryDirectory(prefix: prefix)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// The `async` form of ``withTemporaryDirectory(prefix:_:)``.
public func withTemporaryDirectory<Result>(prefix: String = "ticeval-test",
                                           _ body: (URL) async throws -> Result) async throws -> Result {
    let url = try makeTemporaryDirectory(prefix: prefix)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url)
}

/// Creates a new, empty directory `prefix-UUID` under the system's temporary folder. The caller
/// removes it (`defer { try? FileManager.default.removeItem(at: url) }`); prefer
/// ``withTemporaryDirectory(prefix:_:)``, which does.
public func makeTemporaryDirectory(prefix: String = "ticeval-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
