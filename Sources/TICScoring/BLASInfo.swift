/// What BLAS library the scoring core runs on, for benchmarks and reports.
public enum BLASInfo {
    /// The kernel name OpenBLAS selected (e.g. `Haswell`, `SkylakeX`), or `Accelerate` on Apple.
    public static var kernel: String { BLAS.kernelName }
    /// The number of threads BLAS uses (0 when the library does not say).
    public static var threads: Int { BLAS.threadCount }
}
