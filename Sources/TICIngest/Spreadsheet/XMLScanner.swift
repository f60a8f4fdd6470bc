/// Why an XML part of a workbook could not be read.
public enum XMLProblem: Error, Sendable, Hashable {
    /// A document type declaration (`<!DOCTYPE`, which may declare entities): never resolved, always refused.
    case documentTypeDeclaration(part: String)
    /// An entity reference other than the five predefined ones and character references.
    case unknownEntity(part: String, name: String)
    /// The part is not well-formed XML at byte `offset` (a tag not closed, a quote missing).
    case malformed(part: String, offset: Int)
}

/// One XML element's start: its local name (the prefix before `:` dropped) and attributes (local
/// names, values with entities decoded).
struct XMLElement {
    var name: String
    var attributes: [(name: String, value: String)]

    subscript(_ attribute: String) -> String? {
        for pair in attributes where pair.name == attribute { return pair.value }
        return nil
    }
}

/// A purpose-built reader for the XML that .xlsx parts are made of: elements, attributes, text,
/// CDATA, comments and processing instructions. A document type declaration is refused (so no
/// entity is ever declared, let alone resolved, and no external resource is ever fetched); the
/// five predefined entities and character references are decoded.
///
/// The scanner calls back in document order; an empty element (`<c/>`) reports a start then an end.
struct XMLScanner {
    let part: String
    let bytes: [UInt8]

    enum Event {
        case start(XMLElement)
        case end(String)
        case text(String)
    }

    init(part: String, bytes: [UInt8]) {
        self.part = part
        self.bytes = bytes
    }

    func scan(_ body: (Event) throws(XMLProblem) -> Void) throws(XMLProblem) {
        let n = bytes.count
        var i = 0
        // A UTF-8 byte-order mark.
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var textStart = i
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if textStart < i { try emitText(textStart, i, body) }
            guard i + 1 < n else { throw .malformed(part: part, offset: i) }
            switch bytes[i + 1] {
            case UInt8(ascii: "?"):
                i = try skip(past: [0x3F, 0x3E], from: i + 2)              // ?>
            case UInt8(ascii: "!"):
                if matches("<!--", at: i) {
                    i = try skip(past: Array("-->".utf8), from: i + 4)
                } else if matches("<![CDATA[", at: i) {
                    let end = try find(Array("]]>".utf8), from: i + 9)
                    try body(.text(String(decoding: bytes[(i + 9)..<end], as: UTF8.self)))
                    i = end + 3
                } else {
                    throw .documentTypeDeclaration(part: part)
                }
            case UInt8(ascii: "/"):
                let close = try find([0x3E], from: i + 2)
                try body(.end(localName(i + 2, trimmedEnd(i + 2, close))))
                i = close + 1
            default:
                i = try startTag(at: i, body)
            }
            textStart = i
        }
        if textStart < n { try emitText(textStart, n, body) }
    }

    private func startTag(at open: Int, _ body: (Event) throws(XMLProblem) -> Void) throws(XMLProblem) -> Int {
        let n = bytes.count
        var i = open + 1
        let nameStart = i
        while i < n, !isSpace(bytes[i]), bytes[i] != 0x3E, bytes[i] != 0x2F { i += 1 }
        guard i < n, i > nameStart else { throw .malformed(part: part, offset: open) }
        var element = XMLElement(name: localName(nameStart, i), attributes: [])
        while true {
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n else { throw .malformed(part: part, offset: open) }
            if bytes[i] == 0x3E {                                         // >
                try body(.start(element))
                return i + 1
            }
            if bytes[i] == 0x2F {                                         // />
                guard i + 1 < n, bytes[i + 1] == 0x3E else { throw .malformed(part: part, offset: i) }
                try body(.start(element))
                try body(.end(element.name))
                return i + 2
            }
            let attributeStart = i
            while i < n, bytes[i] != 0x3D, !isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
            let attributeEnd = i
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == 0x3D else { throw .malformed(part: part, offset: i) }
            i += 1
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw .malformed(part: part, offset: i) }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < n, bytes[i] != quote { i += 1 }
            guard i < n else { throw .malformed(part: part, offset: valueStart) }
            let value = try decode(valueStart, i)
            i += 1
            element.attributes.append((localName(attributeStart, attributeEnd), value))
        }
    }

    private func emitText(_ start: Int, _ end: Int, _ body: (Event) throws(XMLProblem) -> Void) throws(XMLProblem) {
        try body(.text(try decode(start, end)))
    }

    /// The text of `bytes[start..<end]` with entity and character references decoded.
    private func decode(_ start: Int, _ end: Int) throws(XMLProblem) -> String {
        var ampersand = start
        while ampersand < end, bytes[ampersand] != 0x26 { ampersand += 1 }
        if ampersand == end { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var out: [UInt8] = Array(bytes[start..<ampersand])
        var i = ampersand
        while i < end {
            let byte = bytes[i]
            guard byte == 0x26 else { out.append(byte); i += 1; continue }
            var semicolon = i + 1
            while semicolon < end, bytes[semicolon] != 0x3B, semicolon - i < 12 { semicolon += 1 }
            guard semicolon < end, bytes[semicolon] == 0x3B else { throw .malformed(part: part, offset: i) }
            let name = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "amp": out.append(0x26)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                let scalar: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(1))
                } else {
                    throw .unknownEntity(part: part, name: name)
                }
                guard let value = scalar, let unicode = Unicode.Scalar(value) else {
                    throw .malformed(part: part, offset: i)
                }
                out += Array(String(Character(unicode)).utf8)
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func localName(_ start: Int, _ end: Int) -> String {
        var colon = end
        var i = start
        while i < end { if bytes[i] == 0x3A { colon = i }; i += 1 }
        let from = colon < end ? colon + 1 : start
        return String(decoding: bytes[from..<end], as: UTF8.self)
    }

    private func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return end
    }

    private func matches(_ literal: String, at offset: Int) -> Bool {
        var i = offset
        for byte in literal.utf8 {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) throws(XMLProblem) -> Int {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        throw .malformed(part: part, offset: start)
    }

    private func skip(past needle: [UInt8], from start: Int) throws(XMLProblem) -> Int {
        try find(needle, from: start) + needle.count
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
