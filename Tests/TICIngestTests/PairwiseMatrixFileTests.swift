import Testing
import TICIngest
import TICSupport

// MARK: AHP and MCDA (issue 12)

/// Reading AHP pairwise matrices by label: a file's rows are matched to its header, and an expert's
/// matrix is aligned to the first expert's labels (group AHP), with every mismatch located.
@Suite("Pairwise matrix files: rows and experts matched by label")
struct PairwiseMatrixFileTests {
    /// Writes `text` to a file `name` of a fresh temporary folder and returns its path.
    static func write(_ text: String, name: String = "m.csv") throws -> String {
        "\(try TemporaryWorkspace([name: text + "\n"]).root)/\(name)"
    }

    /// Guides/Research.md's expert1 (Saaty scale, header and label column).
    static let expert1 = ",cost,quality,delivery\ncost,1,3,5\nquality,1/3,1,3\ndelivery,1/5,1/3,1"
    static let expert1Rows: [[Double]] = [[1, 3, 5], [1.0 / 3, 1, 3], [1.0 / 5, 1.0 / 3, 1]]

    @Test("rows listed in another order than the header are matched to it by label, locations included")
    func rowsMatchedToHeader() throws {
        let path = try Self.write(",cost,quality,delivery\ndelivery,1/5,1/3,1\ncost,1,3,5\nquality,1/3,1,3")
        let file = try PairwiseMatrixFile(path: path)
        #expect(file.labels == ["cost", "quality", "delivery"])
        #expect(file.rows == Self.expert1Rows)
        // cost's row is on line 3, delivery's on line 2.
        #expect(file.locations[0][2] == FileLocation(path: path, line: 3, column: 4))
        #expect(file.locations[2][0] == FileLocation(path: path, line: 2, column: 2))
        #expect(file.labelLocations[1] == FileLocation(path: path, line: 1, column: 3))
        #expect(file.isLabelled)
    }

    @Test("a header without a corner cell and a named corner are both read")
    func headerShapes() throws {
        for text in ["cost,quality,delivery\nquality,1/3,1,3\ncost,1,3,5\ndelivery,1/5,1/3,1",
                     "item,cost,quality,delivery\nquality,1/3,1,3\ncost,1,3,5\ndelivery,1/5,1/3,1"] {
            let file = try PairwiseMatrixFile(path: try Self.write(text))
            #expect(file.labels == ["cost", "quality", "delivery"])
            #expect(file.rows == Self.expert1Rows)
        }
    }

    @Test("bare numbers are read by position and named 1…n")
    func bare() throws {
        let file = try PairwiseMatrixFile(path: try Self.write("1,3,5\n1/3,1,3\n1/5,1/3,1"))
        #expect(file.labels == ["1", "2", "3"])
        #expect(!file.isLabelled)
        #expect(file.rows == Self.expert1Rows)
    }

    @Test("row labels that are not the header's are errors at the offending cell")
    func rowLabelErrors() throws {
        let unknown = try Self.write(",cost,quality,delivery\ncost,1,3,5\nqualty,1/3,1,3\ndelivery,1/5,1/3,1")
        #expect(throws: IngestError.unknownRowLabel(FileLocation(path: unknown, line: 3, column: 1), label: "qualty",
                                                    header: ["cost", "quality", "delivery"])) {
            try PairwiseMatrixFile(path: unknown)
        }
        let duplicate = try Self.write(",cost,quality,delivery\ncost,1,3,5\ncost,1/3,1,3\ndelivery,1/5,1/3,1")
        #expect(throws: IngestError.duplicateRowLabel(FileLocation(path: duplicate, line: 3, column: 1), label: "cost", firstLine: 2)) {
            try PairwiseMatrixFile(path: duplicate)
        }
        let missing = try Self.write(",cost,quality,delivery\ncost,1,3,5\ndelivery,1/5,1/3,1")
        #expect(throws: IngestError.missingRowLabel(FileLocation(path: missing, line: 1, column: 3), label: "quality")) {
            try PairwiseMatrixFile(path: missing)
        }
        let repeated = try Self.write(",cost,quality,cost\ncost,1,3,5\nquality,1/3,1,3\ndelivery,1/5,1/3,1")
        #expect(throws: IngestError.duplicateHeader(FileLocation(path: repeated, line: 1, column: 4), name: "cost", firstColumn: 2)) {
            try PairwiseMatrixFile(path: repeated)
        }
    }

    @Test("an expert's matrix is aligned to the first expert's labels; cells keep their locations")
    func alignedToReference() throws {
        let reference = try PairwiseMatrixFile(path: try Self.write(Self.expert1, name: "e1.csv"))
        let permutedPath = try Self.write(",delivery,cost,quality\ndelivery,1,1/5,1/3\ncost,5,1,3\nquality,3,1/3,1", name: "e2.csv")
        let permuted = try PairwiseMatrixFile(path: permutedPath)
        let aligned = try permuted.aligned(to: reference)
        #expect(aligned.labels == reference.labels)
        #expect(aligned.rows == Self.expert1Rows)
        // cost over delivery (5) is written on line 3, column 2 of the permuted file.
        #expect(aligned.locations[0][2] == FileLocation(path: permutedPath, line: 3, column: 2))
        #expect(aligned.labelLocations[0] == FileLocation(path: permutedPath, line: 1, column: 3))
    }

    @Test("different label sets, or one labelled file and one bare, are errors naming both files")
    func alignmentErrors() throws {
        let reference = try PairwiseMatrixFile(path: try Self.write(Self.expert1, name: "e1.csv"))
        let otherPath = try Self.write(",cost,quality,speed\ncost,1,3,5\nquality,1/3,1,3\nspeed,1/5,1/3,1", name: "e2.csv")
        let other = try PairwiseMatrixFile(path: otherPath)
        #expect(throws: IngestError.pairwiseLabelsDiffer(FileLocation(path: otherPath, line: 1, column: 4), reference: reference.path,
                                                         missing: ["delivery"], unexpected: ["speed"])) {
            try other.aligned(to: reference)
        }
        let barePath = try Self.write("1,3,5\n1/3,1,3\n1/5,1/3,1", name: "bare.csv")
        let bare = try PairwiseMatrixFile(path: barePath)
        #expect(throws: IngestError.pairwiseLabelling(FileLocation(path: barePath, line: 1, column: 1), reference: reference.path, labelled: false)) {
            try bare.aligned(to: reference)
        }
        #expect(try bare.aligned(to: bare).rows == Self.expert1Rows)
    }
}
