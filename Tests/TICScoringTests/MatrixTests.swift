import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct MatrixTests {
    @Test("nested rows are stored row-major and read back by subscript, row and column")
    func layout() {
        let m = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.rows == 2 && m.columns == 3)
        #expect(Array(m.storage) == [1, 2, 3, 4, 5, 6])
        #expect(m[1, 2] == 6)
        #expect(m.row(1) == [4, 5, 6])
        #expect(m.column(1) == [2, 5])
        #expect(Matrix(columns: [[1, 4], [2, 5], [3, 6]]) == m)
        #expect(m.transposed().transposed() == m)
        #expect(m.transposed().row(0) == [1, 4])
    }

    @Test("the BLAS matrix product equals a naive triple loop")
    func productMatchesNaive() {
        let a = Matrix.random(rows: 7, columns: 5, seed: 1)
        let b = Matrix.random(rows: 5, columns: 3, seed: 2)
        let c = a.multiplied(by: b)
        for i in 0..<7 {
            for j in 0..<3 {
                var s = 0.0
                for k in 0..<5 { s += a[i, k] * b[k, j] }
                expectClose(c[i, j], s, abs: 1e-9)
            }
        }
        let v = a.multiplied(by: [1, 0, 0, 0, 2])
        expectClose(v, (0..<7).map { a[$0, 0] + 2 * a[$0, 4] }, abs: 1e-9)
    }

    @Test("empty shapes multiply without calling BLAS")
    func emptyProducts() {
        let a = Matrix(rows: 0, columns: 3)
        #expect(a.multiplied(by: Matrix(rows: 3, columns: 2)).rows == 0)
        let b = Matrix(rows: 2, columns: 0)
        #expect(b.multiplied(by: Matrix(rows: 0, columns: 2)) == Matrix(rows: 2, columns: 2))
        #expect(b.multiplied(by: []) == [0, 0])
    }

    @Test("a NaN cell is reported with its row and column")
    func nonFinite() {
        var m = Matrix(rows: [[1, 2], [3, 4]])
        m[1, 0] = .nan
        #expect(throws: ScoringError.self) { try m.validateFinite() }
        do {
            try m.validateFinite()
        } catch {
            guard case .nonFiniteValue(let row, let column, _) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(row == 1 && column == 0)
        }
    }
}
