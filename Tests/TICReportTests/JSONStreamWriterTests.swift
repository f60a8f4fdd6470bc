import Foundation
import Testing
@testable import TICReport

/// A value with the shapes the reports encode: optionals, nested arrays and objects, dictionaries
/// with keys that sort differently by case and digits, camelCase keys, awkward strings and numbers.
private struct Sample: Encodable {
    struct Inner: Encodable {
        var centerID: String
        var rewardsRMB: Double?
        var myURLs: [Int]
    }
    var values: [String: Double?]
    var empty: [Int] = []
    var emptyObject: [String: Int] = [:]
    var nested: [[Int]] = [[], [1, 2]]
    var inners: [Inner]
    var text = "a/b\u{1}\u{8}\u{c}\n\r\t\"\\é😀 <>&'\u{7f}\u{2028}"
    var missing: Int? = nil
    var flag = true
    var small: Int8 = -3
    var big: UInt64 = .max
}

private let sample = Sample(
    values: ["A1": 0.1, "A10": 1e-7, "A2": 123456789012345678, "a3": 1e20, "B_1": -0.0, "b1": 5e-324, "Z": 1.0,
             "z": 100, "I9": nil, "x1e16": 1e16, "x1e15": 1e15, "p": 0.30000000000000004, "q": .greatestFiniteMagnitude,
             "r": 2.5e-5, "s": 0.001, "t": 1234567.125, "é": 1, "e\u{301}x": 2, "～": 3, "😀": 4],
    inners: [Sample.Inner(centerID: "C1", rewardsRMB: 1.5, myURLs: [1]), Sample.Inner(centerID: "C2", rewardsRMB: nil, myURLs: [])])

@Suite("JSONStreamWriter")
struct JSONStreamWriterTests {
    private func foundation<T: Encodable>(_ value: T, _ formatting: JSONEncoder.OutputFormatting, snakeCase: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting.union([.sortedKeys, .withoutEscapingSlashes])
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func written<T: Encodable>(_ value: T, _ layout: JSONStreamWriter<[UInt8]>.Layout, keys: JSONKeyStrategy) throws -> String {
        var writer = JSONStreamWriter(layout: layout)
        try writer.encode(value, keys: keys)
        writer.finish()
        return String(decoding: writer.sink, as: UTF8.self)
    }

    @Test("pretty output is JSONEncoder's [.prettyPrinted, .sortedKeys] byte for byte, plus a newline",
          arguments: [JSONKeyStrategy.useDefaultKeys, .convertToSnakeCase])
    func prettyMatchesFoundation(keys: JSONKeyStrategy) throws {
        let expected = try foundation(sample, .prettyPrinted, snakeCase: keys == .convertToSnakeCase) + "\n"
        #expect(try written(sample, .pretty, keys: keys) == expected)
    }

    @Test("compact output is JSONEncoder's [.sortedKeys] byte for byte, without a newline")
    func compactMatchesFoundation() throws {
        #expect(try written(sample, .compact, keys: .useDefaultKeys) == foundation(sample, [], snakeCase: false))
    }

    @Test("numbers are written as JSONEncoder writes them; NaN and infinities as null")
    func numbers() {
        let cases: [(Double, String)] = [(0.1, "0.1"), (1e-7, "1e-07"), (1, "1"), (-0.0, "-0"), (1e15, "1000000000000000"),
                                         (1e16, "1e+16"), (2.5e-5, "2.5e-05"), (.nan, "null"), (.infinity, "null"), (-.infinity, "null")]
        for (value, text) in cases { #expect(JSONStreamWriter<[UInt8]>.numberText(value) == text) }
    }

    @Test("the snake-case conversion is Foundation's")
    func snakeCase() {
        let cases = ["centerID": "center_id", "rewardsRMB": "rewards_rmb", "schemeSHA256": "scheme_sha256", "aBCDef": "a_bc_def",
                     "x2Y": "x2_y", "myURLs": "my_ur_ls", "a_bC": "a_b_c", "already_snake": "already_snake", "nameEn": "name_en"]
        for (key, expected) in cases { #expect(JSONKeyStrategy.snakeCase(key) == expected) }
    }

    @Test("readable layout: keys in the order written, inline scalar arrays, {} and [] when empty")
    func readable() {
        var writer = JSONStreamWriter(layout: .readable)
        writer.beginObject()
        writer.key("method"); writer.string("topsis")
        writer.key("weights"); writer.beginArray(inline: true); writer.number(0.5); writer.number(1); writer.endArray()
        writer.key("rows"); writer.beginArray()
        writer.beginObject(); writer.key("a"); writer.integer(1); writer.key("b"); writer.null(); writer.endObject()
        writer.endArray()
        writer.key("none"); writer.beginObject(); writer.endObject()
        writer.key("nothing"); writer.beginArray(); writer.endArray()
        writer.key("text"); writer.string("\u{8}\u{c}")
        writer.endObject()
        writer.finish()
        #expect(String(decoding: writer.sink, as: UTF8.self) == """
            {
              "method": "topsis",
              "weights": [0.5, 1.0],
              "rows": [
                {
                  "a": 1,
                  "b": null
                }
              ],
              "none": {},
              "nothing": [],
              "text": "\\u0008\\u000c"
            }

            """)
    }

    @Test("a file sink receives the same bytes, in chunks")
    func fileSink() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jsonstream-\(UUID().uuidString).json").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let many = (0..<5_000).map { Sample.Inner(centerID: "C\($0)", rewardsRMB: Double($0) / 3, myURLs: [$0]) }
        var writer = JSONStreamWriter(FileHandleSink(handle), layout: .pretty)
        try writer.beginArray()
        for inner in many { try writer.encode(inner, keys: .convertToSnakeCase) }
        try writer.endArray()
        try writer.finish()
        try handle.close()
        let expected = try foundation(many, .prettyPrinted, snakeCase: true) + "\n"
        #expect(FileManager.default.contents(atPath: path) == Data(expected.utf8))
    }
}
