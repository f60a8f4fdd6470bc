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
/// is touched all over takes 512 times fewer page faults. Elsewhere, and for small blocks,
/// `malloc` (or `calloc` when `zeroed`). The memory is freed with the buffer.
///
/// `@unchecked Sendable`: the buffer owns `base`; its users write disjoint ranges from their
/// workers (see ``MonteCarlo``).
final class LargeBuffer: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    private let bytes: Int
    private let mapped: Bool

    /// - Parameter zeroed: every byte 0 (anonymous mappings always are); else uninitialized.
    /// - Returns: nil when the system has not that much memory to give.
    init?(bytes: Int, zeroed: Bool = false) {
        precondition(bytes > 0, "LargeBuffer: empty")
        self.bytes = bytes
        #if os(Linux)
        if bytes >= 4 << 20 {
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
