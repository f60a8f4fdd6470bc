import Testing
@testable import TICIngest
import TICSupport

@Suite struct TextDecoderTests {
    // "中文,1\n" in GB18030: 中 = D6 D0, 文 = CE C4.
    static let gb18030: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0x2C, 0x31, 0x0A]

    @Test("UTF-8 with a BOM: BOM removed, encoding noted")
    func bom() throws {
        let decoded = try TextDecoder.decode(ContiguousArray([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)), path: "x.csv")
        #expect(decoded.encoding == .utf8BOM)
        #expect(Array(decoded.bytes) == Array("a,b\n".utf8))
    }

    @Test("plain UTF-8 stays as it is")
    func utf8() throws {
        let decoded = try TextDecoder.decode(ContiguousArray("名称,值\n".utf8), path: "x.csv")
        #expect(decoded.encoding == .utf8)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "名称,值\n")
    }

    @Test("invalid UTF-8 is read as GB18030")
    func gb() throws {
        let decoded = try TextDecoder.decode(ContiguousArray(Self.gb18030), path: "x.csv")
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "中文,1\n")
    }

    @Test("--encoding utf8 refuses GB18030 bytes with their location")
    func forcedUTF8() {
        #expect(throws: IngestError.invalidEncoding(FileLocation(path: "x.csv", line: 2, column: 2), encoding: .utf8)) {
            _ = try TextDecoder.decode(ContiguousArray(Array("a,b\n1,".utf8) + Self.gb18030), path: "x.csv", choice: .utf8)
        }
    }

    @Test("a GBK line in a UTF-8 file is an error naming the line, its encoding and its text")
    func gbkLineInUTF8File() {
        #expect(throws: IngestError.mixedEncoding(FileLocation(path: "x.csv", line: 2, column: 1), line: .gb18030, rest: .utf8, text: "中文")) {
            _ = try TextDecoder.decode(ContiguousArray(Array("名称,值\n".utf8) + Self.gb18030), path: "x.csv")
        }
    }

    @Test("UTF-16 and NUL bytes are refused with a clear reason")
    func binary() {
        #expect(throws: IngestError.utf16(path: "u.csv")) {
            _ = try TextDecoder.decode([0xFF, 0xFE, 0x61, 0x00], path: "u.csv")
        }
        #expect(throws: IngestError.nulByte(FileLocation(path: "n.csv", line: 2, column: 2))) {
            _ = try TextDecoder.decode(ContiguousArray(Array("a,b\n1,".utf8) + [0, 0x32]), path: "n.csv")
        }
    }

    @Test("SHA-256 matches the FIPS 180-4 examples")
    func sha256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
