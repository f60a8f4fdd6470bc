import Testing
@testable import TICScoring

/// Memory sized by the user's data (alternatives, runs) that the system cannot give is an error
/// with the size, never a trap (issue 14 item 6).
@Suite("User-sized memory: a refusal is insufficientMemory")
struct UserSizedMemoryTests {
    @Test("a sample table too large to allocate, or whose size overflows, is nil")
    func sampleTable() {
        #expect(SampleTable<Int>.byteCount(rows: 3, columns: 4) == 96)
        #expect(SampleTable<Int>.byteCount(rows: Int.max, columns: 2) == nil)
        #expect(SampleTable<Int>(rows: Int.max, columns: 2, repeating: 0) == nil)
        #expect(SampleTable<Double>(rows: 1 << 40, columns: 1 << 10, repeating: 0) == nil)   // 8 PiB
        let table = SampleTable<Int32>(rows: 2, columns: 3, repeating: 7)
        #expect(table?.row(1) == [7, 7, 7])
    }

    /// CRITIC's m × m correlation matrix is sized by the CSV's column count: its size is computed
    /// without overflow and a refusal is `criteriaMatrixTooLarge` (a 2-row CSV with 20,000 columns asks 3.2 GB).
    @Test("CRITIC's criteria × criteria matrix: its size, overflow, and the matrix still computed for a small one")
    func criticGram() throws {
        #expect(Weighting.gramBytes(criteria: 20_000) == 3_200_000_000)
        #expect(Weighting.gramBytes(criteria: 4_000_000_000) == nil)   // 1.6e19 cells overflow Int
        #expect(Weighting.gramBytes(criteria: 1 << 31) == nil)          // 2⁶² cells fit, × 8 bytes does not
        let weights = try Weighting.critic(Matrix(rows: [[1, 2, 3], [2, 1, 5], [3, 4, 4]])).weights
        #expect(weights.count == 3 && abs(weights.reduce(0, +) - 1) < 1e-12)
    }

    @Test("worker buffers beyond the address space throw with the size; an overflowing size throws without one")
    func workerBuffers() throws {
        #expect(throws: ScoringError.insufficientMemory(alternatives: 1 << 44, bytes: nil)) {
            _ = try WorkerBuffers(workers: 2, rows: 1 << 20, criteria: 3, alternatives: 1 << 44)
        }
        do {
            _ = try WorkerBuffers(workers: 2, rows: 4, criteria: 3, alternatives: 1 << 44)
            Issue.record("2 × 2⁴⁹ bytes allocated")
        } catch {
            guard case .insufficientMemory(let alternatives, let bytes?) = error else { Issue.record("\(error)"); return }
            #expect(alternatives == 1 << 44 && bytes > 1 << 50)
        }
        let buffers = try WorkerBuffers(workers: 2, rows: 4, criteria: 3, alternatives: 5)
        buffers.withWorker(1) { own in
            #expect(Int(bitPattern: own.scores) % 64 == 0 && Int(bitPattern: own.tile) % 64 == 0)
            #expect(own.scores[19] == 0 && own.sampleOfRow[3] == 0)
        }
    }
}
