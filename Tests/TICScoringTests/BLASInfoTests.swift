import Testing
@testable import TICScoring

@Suite struct BLASInfoTests {
    @Test("BLAS reports a kernel name")
    func kernelName() {
        #expect(!BLASInfo.kernel.isEmpty)
        #expect(BLASInfo.kernel != "unknown")
    }
}
