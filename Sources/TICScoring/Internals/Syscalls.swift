#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The memory system calls TICScoring makes, each wrapped once with Swift names (as
/// swift-system's `Internals/Syscalls.swift` does).
enum Syscalls {
    /// `posix_memalign(&memory, alignment, bytes)`, then every byte 0: nil when the system has not
    /// the memory (where `UnsafeMutableRawPointer.allocate` would trap). Freed with `free`.
    static func allocateZeroed(bytes: Int, alignment: Int) -> UnsafeMutableRawPointer? {
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, alignment, bytes) == 0, let memory else { return nil }
        memset(memory, 0, bytes)
        return memory
    }

    #if os(Linux)
    /// `madvise` advice: back the range with transparent huge pages (Linux `MADV_HUGEPAGE`, 14).
    static let adviceHugePages = MADV_HUGEPAGE

    /// `mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)`: zeroed
    /// private memory, or nil when the system refuses.
    static func mapAnonymous(length: Int) -> UnsafeMutableRawPointer? {
        guard let memory = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              memory != MAP_FAILED else { return nil }
        return memory
    }

    /// `madvise(memory, length, MADV_HUGEPAGE)`; false when refused (which only costs speed).
    @discardableResult
    static func adviseHugePages(_ memory: UnsafeMutableRawPointer, length: Int) -> Bool {
        madvise(memory, length, Int32(adviceHugePages)) == 0
    }

    /// `munmap(memory, length)` of a ``mapAnonymous(length:)`` block.
    static func unmap(_ memory: UnsafeMutableRawPointer, length: Int) {
        _ = munmap(memory, length)
    }
    #endif
}
