/// The one JSON writer of ticeval: writes a document to a ``JSONByteSink`` as it is produced, in
/// chunks, so a summary of 100,000 centers need not sit in memory.
///
/// Call ``beginObject()``/``key(_:)``/…/``endObject()``, ``beginArray(inline:)``/…/``endArray()``
/// and the scalar calls, then ``finish()`` (which ends a `.pretty` or `.readable` document with a
/// newline); or ``encode(_:keys:)`` an `Encodable` value, whose objects are written with their keys
/// sorted. The calls throw only what the sink throws: nothing for an array. In a sorted layout the keys of an object written by
/// hand must come in ascending UTF-8 order (a `precondition`: that is the caller's order, not data).
///
/// Numbers are written as Foundation's `JSONEncoder` writes them (`Double.description` without a
/// trailing `.0`: `1`, `0.1`, `1e-07`, `1e+16`); NaN and infinities are written as `null`. Strings
/// are escaped like `JSONEncoder` with `.withoutEscapingSlashes`: `\"`, `\\`, `\b`, `\f`, `\n`,
/// `\r`, `\t`, other control characters as `\u00XX` (in `.readable` also backspace and form feed),
/// everything else as UTF-8.
public struct JSONStreamWriter<Sink: JSONByteSink> {
    /// How the document is laid out.
    public enum Layout: Sendable {
        /// `JSONEncoder`'s `[.prettyPrinted, .sortedKeys]`: two-space indentation, `"key" : value`,
        /// an empty container as `[` newline newline indent `]`; keys sorted.
        case pretty
        /// `JSONEncoder`'s `[.sortedKeys]`: no whitespace at all; keys sorted.
        case compact
        /// Two-space indentation, `"key": value`, keys in the order written, an empty container
        /// as `[]` or `{}`, and arrays begun `inline` on one line (`[1, 2, 3]`).
        case readable

        var sortsKeys: Bool { self != .readable }
    }

    private struct Frame {
        var isObject: Bool
        var inline: Bool
        var count = 0
        var lastKey: [UInt8]? = nil
    }

    /// The sink, holding everything written so far once ``finish()`` has run.
    public private(set) var sink: Sink
    /// The layout of the document.
    public let layout: Layout
    private var buffer: [UInt8] = []
    private var frames: [Frame] = []
    private var afterKey = false
    private static var chunkSize: Int { 64 * 1024 }

    /// A writer putting a document laid out as `layout` into `sink`.
    public init(_ sink: Sink, layout: Layout = .pretty) {
        self.sink = sink
        self.layout = layout
        buffer.reserveCapacity(Self.chunkSize)
    }

    // MARK: - Containers

    /// Opens an object; its members follow as ``key(_:)`` and a value each.
    public mutating func beginObject() throws(Sink.Failure) {
        try beginValue()
        emit(UInt8(ascii: "{"))
        frames.append(Frame(isObject: true, inline: false))
    }

    /// Closes the innermost object.
    public mutating func endObject() throws(Sink.Failure) {
        precondition(frames.last?.isObject == true && !afterKey, "endObject() without an open object")
        try close(UInt8(ascii: "}"))
    }

    /// Opens an array; `inline` keeps a `.readable` array on one line (meant for scalars).
    public mutating func beginArray(inline: Bool = false) throws(Sink.Failure) {
        try beginValue()
        emit(UInt8(ascii: "["))
        frames.append(Frame(isObject: false, inline: inline && layout == .readable))
    }

    /// Closes the innermost array.
    public mutating func endArray() throws(Sink.Failure) {
        precondition(frames.last?.isObject == false, "endArray() without an open array")
        try close(UInt8(ascii: "]"))
    }

    /// Names the next member of the innermost object.
    public mutating func key(_ name: String) throws(Sink.Failure) {
        precondition(frames.last?.isObject == true && !afterKey, "key(_:) outside an object")
        let bytes = Array(name.utf8)
        if layout.sortsKeys, let last = frames[frames.count - 1].lastKey {
            precondition(last.lexicographicallyPrecedes(bytes), "keys of a sorted object must ascend: '\(name)' after '\(String(decoding: last, as: UTF8.self))'")
        }
        frames[frames.count - 1].lastKey = bytes
        separate()
        frames[frames.count - 1].count += 1
        quote(name)
        switch layout {
        case .pretty: emit(" : ")
        case .compact: emit(":")
        case .readable: emit(": ")
        }
        afterKey = true
        try flushIfFull()
    }

    // MARK: - Scalars

    /// Writes a string, escaped.
    public mutating func string(_ text: String) throws(Sink.Failure) {
        try beginValue()
        quote(text)
    }

    /// Writes a real number as `JSONEncoder` does (in `.readable`, `Double.description` as it is:
    /// `1.0`); NaN and infinities as `null`.
    public mutating func number(_ value: Double) throws(Sink.Failure) {
        try beginValue()
        emit(layout == .readable ? (value.isFinite ? value.description : "null") : Self.numberText(value))
    }

    /// Writes a whole number.
    public mutating func integer(_ value: Int) throws(Sink.Failure) {
        try integerText(String(value))
    }

    /// Writes a whole number already spelled in decimal digits (any `BinaryInteger`).
    mutating func integerText(_ digits: String) throws(Sink.Failure) {
        try beginValue()
        emit(digits)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) throws(Sink.Failure) {
        try beginValue()
        emit(value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() throws(Sink.Failure) {
        try beginValue()
        emit("null")
    }

    /// Ends the document (with a newline, except `.compact`) and hands the rest of the bytes to
    /// the sink.
    public mutating func finish() throws(Sink.Failure) {
        precondition(frames.isEmpty, "finish() with \(frames.count) container(s) open")
        if layout != .compact { emit(UInt8(ascii: "\n")) }
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: false)
    }

    /// `Double.description` without a trailing `.0`, as `JSONEncoder` writes a `Double`; `null` for
    /// NaN and infinities.
    public static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    // MARK: - Layout

    private mutating func beginValue() throws(Sink.Failure) {
        if afterKey { afterKey = false; return }
        guard !frames.isEmpty else { return }
        precondition(!frames[frames.count - 1].isObject, "a value in an object needs a key(_:) first")
        separate()
        frames[frames.count - 1].count += 1
        try flushIfFull()
    }

    /// The comma and line break before a member or element of the innermost container.
    private mutating func separate() {
        let frame = frames[frames.count - 1]
        if frame.count > 0 { emit(UInt8(ascii: ",")) }
        switch layout {
        case .compact: break
        case .readable where frame.inline: if frame.count > 0 { emit(UInt8(ascii: " ")) }
        case .pretty, .readable: newline(depth: frames.count)
        }
    }

    private mutating func close(_ bracket: UInt8) throws(Sink.Failure) {
        let frame = frames.removeLast()
        switch layout {
        case .compact: break
        case .pretty: if frame.count == 0 { emit(UInt8(ascii: "\n")) }; newline(depth: frames.count)
        case .readable: if frame.count > 0 && !frame.inline { newline(depth: frames.count) }
        }
        emit(bracket)
        try flushIfFull()
    }

    private mutating func newline(depth: Int) {
        emit(UInt8(ascii: "\n"))
        for _ in 0..<depth { emit("  ") }
    }

    private mutating func flushIfFull() throws(Sink.Failure) {
        guard buffer.count >= Self.chunkSize else { return }
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func emit(_ byte: UInt8) { buffer.append(byte) }
    private mutating func emit(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private mutating func quote(_ text: String) {
        emit(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): emit("\\\"")
            case UInt8(ascii: "\\"): emit("\\\\")
            case 0x08 where layout != .readable: emit("\\b")
            case 0x0C where layout != .readable: emit("\\f")
            case UInt8(ascii: "\n"): emit("\\n")
            case UInt8(ascii: "\r"): emit("\\r")
            case UInt8(ascii: "\t"): emit("\\t")
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                emit("\\u00")
                emit(hex[Int(byte >> 4)])
                emit(hex[Int(byte & 0x0F)])
            default: emit(byte)
            }
        }
        emit(UInt8(ascii: "\""))
    }
}

extension JSONStreamWriter where Sink == [UInt8] {
    /// A writer collecting the document in memory; read it from ``sink`` after ``finish()``.
    public init(layout: Layout = .pretty) { self.init([], layout: layout) }
}
