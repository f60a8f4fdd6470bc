import Foundation

/// Where a ``JSONStreamWriter`` puts its bytes: an array in memory or an open file.
public protocol JSONByteSink {
    /// What writing can throw: `Never` for memory.
    associatedtype Failure: Error
    /// Appends `bytes` to the sink.
    mutating func write(_ bytes: [UInt8]) throws(Failure)
}

extension Array: JSONByteSink where Element == UInt8 {
    /// Appending to memory cannot fail.
    public typealias Failure = Never
    /// Appends the bytes to the array.
    public mutating func write(_ bytes: [UInt8]) { append(contentsOf: bytes) }
}

/// An open file (or standard output) as a sink: the writer hands it chunks of about 64 KiB, so a
/// large document never sits in memory whole.
public struct FileHandleSink: JSONByteSink {
    /// The file the bytes go to.
    public let handle: FileHandle

    /// A sink writing to `handle`.
    public init(_ handle: FileHandle) { self.handle = handle }

    /// Writes the bytes to the file.
    public mutating func write(_ bytes: [UInt8]) throws(any Error) { try handle.write(contentsOf: bytes) }
}
