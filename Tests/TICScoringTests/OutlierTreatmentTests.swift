import Foundation
import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct OutlierTreatmentTests {
    @Test("skewness and kurtosis are e1071 type 2, as scipy.stats skew/kurtosis(bias=False)")
    func moments() throws {
        let x: [Double] = Array(1...10).map(Double.init) + [30, 100]
        // scipy 1.17.1: skew(x, bias=False), kurtosis(x, bias=False) — COINr's skew()/kurt() definitions
        expectClose(try #require(OutlierTreatment.skewness(x)), 3.0632410342394993, abs: 1e-12)
        expectClose(try #require(OutlierTreatment.kurtosis(x)), 9.741390834569144, abs: 1e-12)
        #expect(OutlierTreatment.skewness([1, 2]) == nil)
        #expect(OutlierTreatment.kurtosis([1, 2, 3]) == nil)
        #expect(OutlierTreatment.skewness([4, 4, 4]) == nil)
    }

    @Test("COINr's vignette vector 1…10, 30, 100: one winsorised point, 100 → 30")
    func winsoriseVignette() throws {
        let x: [Double] = Array(1...10).map(Double.init) + [30, 100]
        let m = Matrix(columns: [x, Array(1...12).map(Double.init)])
        let result = try OutlierTreatment.treat(m, method: .winsorize)
        #expect(result.matrix.column(0) == Array(1...10).map(Double.init) + [30, 30])
        #expect(result.matrix.column(1) == m.column(1))
        #expect(result.points == [TreatedPoint(row: 11, column: 0, original: 100, treated: 30, kind: .winsorizedHigh)])
        #expect(result.warnings == [.winsorised(column: 0, points: [11])])
        #expect(result.logTransformedColumns.isEmpty)
    }

    @Test("when five winsorised points do not suffice, the original column is log-transformed (log_CT)")
    func fallsBackToLog() throws {
        let x: [Double] = [Double](repeating: 1, count: 100) + (1...10).map { pow(2, Double($0)) }
        let result = try OutlierTreatment.treat(Matrix(columns: [x]), method: .winsorize)
        #expect(result.logTransformedColumns == [0])
        let expected = x.map { log($0 - 1 + 0.01 * (1024 - 1)) }
        expectClose(result.matrix.column(0), expected, abs: 1e-12)
        #expect(result.points.count == x.count)
        #expect(result.points.allSatisfy { $0.kind == .logTransformed })
        #expect(result.matrix.isAllFinite)
    }

    @Test("low outliers are winsorised upwards")
    func lowSide() throws {
        let x: [Double] = [-100] + Array(1...11).map(Double.init)
        let result = try OutlierTreatment.treat(Matrix(columns: [x]), method: .winsorize)
        #expect(result.points.first?.kind == .winsorizedLow)
        #expect(result.matrix[0, 0] == 1)
    }

    @Test("log method transforms failing columns only; none leaves data untouched")
    func logAndNone() throws {
        let skewed: [Double] = Array(1...10).map(Double.init) + [30, 100]
        let calm: [Double] = Array(1...12).map(Double.init)
        let m = Matrix(columns: [skewed, calm])
        let logged = try OutlierTreatment.treat(m, method: .log)
        #expect(logged.logTransformedColumns == [0])
        #expect(logged.matrix.column(1) == calm)
        let none = try OutlierTreatment.treat(m, method: .none)
        #expect(none.matrix == m && none.points.isEmpty)
    }

    @Test("constant and too-short columns are left alone with a warning")
    func edgeCases() throws {
        let constant = try OutlierTreatment.treat(Matrix(columns: [[5, 5, 5, 5, 5]]), method: .winsorize)
        #expect(constant.warnings == [.constantColumn(column: 0)])
        let short = try OutlierTreatment.treat(Matrix(columns: [[1, 100, 2]]), method: .winsorize)
        #expect(short.warnings == [.tooFewValuesForMoments(column: 0, count: 3)])
        #expect(short.matrix.column(0) == [1, 100, 2])
    }
}
