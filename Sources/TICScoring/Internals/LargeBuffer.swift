#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Memory for buffers of many megabytes that are walked with large strides.
///
/// On Linux, blocks of 4 MB or more are mapped anonymously and marked `MADV_HUGEPAGE`, so that
/// transparent huge pages (2 MB) back them when the system allows it ("madvise" or "always"
/// mode): a strided walk then needs one TLB entry per 2 MB instead of per 4 KB, and a block that
/// is touched all over takes 512 times fewer page faults. Elsewhere, for small blocks and when
/// `hugePages` is false, `malloc` (or `calloc` when `zeroed`). The memory is freed with the buffer.
///
/// The buffer owns its memory and lends it only inside ``withMemory(_:)``; the pointer is never a
/// property. `@unchecked Sendable`: its users write disjoint ranges from their workers (see
/// ``MonteCarlo``), which the type cannot check.
final class LargeBuffer: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    private let bytes: Int
    private let mapped: Bool

    /// - Parameters:
    ///   - zeroed: every byte 0 (anonymous mappings always are); else uninitialized.
    ///   - hugePages: whether a block of 4 MB or more may be mapped with huge pages (Linux); false
    ///     for `malloc`/`calloc` whatever the size.
    /// - Returns: nil when the system has not that much memory to give.
    init?(bytes: Int, zeroed: Bool = false, hugePages: Bool = true) {
        precondition(bytes > 0, "LargeBuffer: empty")
        self.bytes = bytes
        #if os(Linux)
        if hugePages && bytes >= 4 << 20 {
            let hugePage = 2 << 20
            let length = (bytes + hugePage - 1) / hugePage * hugePage
            if let memory = Syscalls.mapAnonymous(length: length) {
                Syscalls.adviseHugePages(memory, length: length)  // a refusal only costs speed
                base = memory
                mapped = true
                return
            }
        }
        #endif
        guard let memory = zeroed ? calloc(bytes, 1) : malloc(bytes) else { return nil }
        base = memory
        mapped = false
    }

    /// Lends the memory to `body`; the pointer is valid only inside it.
    @inline(__always)
    func withMemory<R>(_ body: (UnsafeMutableRawPointer) throws -> R) rethrows -> R { try body(base) }

    deinit {
        #if os(Linux)
        if mapped {
            let hugePage = 2 << 20
            Syscalls.unmap(base, length: (bytes + hugePage - 1) / hugePage * hugePage)
            return
        }
        #endif
        free(base)
    }
}
