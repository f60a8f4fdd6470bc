internal import CBLAS

/// The only file that calls CBLAS. Every call is wrapped once, with names and shape checks.
enum BLAS {
    /// The BLAS kernel in use, e.g. `Haswell` (OpenBLAS core name) or `Accelerate`.
    static var kernelName: String {
        #if canImport(Darwin)
        return "Accelerate"
        #else
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
        #endif
    }

    /// Number of threads BLAS will use.
    static var threadCount: Int {
        #if canImport(Darwin)
        return 0
        #else
        return Int(openblas_get_num_threads())
        #endif
    }
}
