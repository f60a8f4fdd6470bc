import Foundation

extension JSONStreamWriter {
    /// Writes an `Encodable` value as `JSONEncoder` would (objects with sorted keys), NaN and
    /// infinities as `null`. The value is gathered in memory first; to stream a large document,
    /// write its outer containers by hand and encode the elements one at a time.
    public mutating func encode<T: Encodable>(_ value: T, keys: JSONKeyStrategy = .useDefaultKeys) throws {
        let node = JSONNode()
        try JSONNode.encode(value, into: node, keys: keys, path: [])
        try write(node)
    }

    private mutating func write(_ node: JSONNode) throws {
        switch node.kind {
        case .null: try null()
        case .bool(let flag): try bool(flag)
        case .integer(let digits): try integerText(digits)
        case .number(let value): try number(value)
        case .string(let text): try string(text)
        case .array:
            try beginArray()
            for item in node.items { try write(item) }
            try endArray()
        case .object:
            try beginObject()
            for name in node.members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try key(name)
                try write(node.members[name]!)
            }
            try endObject()
        }
    }
}

/// An `Encodable` value gathered as a tree before the writer lays it out.
final class JSONNode {
    enum Kind { case null, bool(Bool), integer(String), number(Double), string(String), array, object }
    var kind: Kind = .null
    var items: [JSONNode] = []
    var members: [String: JSONNode] = [:]

    static func encode<T: Encodable>(_ value: T, into node: JSONNode, keys: JSONKeyStrategy, path: [any CodingKey]) throws {
        switch value {
        case let text as String: node.kind = .string(text)
        case let number as Double: node.kind = .number(number)
        case let number as Float: node.kind = .number(Double(number))
        case let flag as Bool: node.kind = .bool(flag)
        case let integer as any BinaryInteger: node.kind = .integer(String(describing: integer))
        case let dictionary as any JSONStringKeyedDictionary:
            node.kind = .object
            try dictionary.encodeEntries(into: node, keys: keys, path: path)
        default:
            try value.encode(to: JSONTreeEncoder(node: node, keys: keys, codingPath: path))
        }
    }
}

/// `[String: Value]`, whose keys `JSONEncoder` writes without a key strategy.
protocol JSONStringKeyedDictionary {
    func encodeEntries(into node: JSONNode, keys: JSONKeyStrategy, path: [any CodingKey]) throws
}

extension Dictionary: JSONStringKeyedDictionary where Key == String, Value: Encodable {
    func encodeEntries(into node: JSONNode, keys: JSONKeyStrategy, path: [any CodingKey]) throws {
        for (name, value) in self {
            let child = JSONNode()
            try JSONNode.encode(value, into: child, keys: keys, path: path + [JSONIndexKey(stringValue: name)])
            node.members[name] = child
        }
    }
}

struct JSONIndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

struct JSONTreeEncoder: Encoder {
    let node: JSONNode
    let keys: JSONKeyStrategy
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.kind {} else { node.kind = .object }
        return KeyedEncodingContainer(Keyed(node: node, keys: keys, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.kind {} else { node.kind = .array }
        return Unkeyed(node: node, keys: keys, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(node: node, keys: keys, codingPath: codingPath)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONNode
        let keys: JSONKeyStrategy
        let codingPath: [any CodingKey]

        private func child(_ key: Key) -> JSONNode {
            let child = JSONNode()
            node.members[keys.convert(key.stringValue)] = child
            return child
        }
        mutating func encodeNil(forKey key: Key) throws { child(key).kind = .null }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try JSONNode.encode(value, into: child(key), keys: keys, path: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            JSONTreeEncoder(node: child(key), keys: keys, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            JSONTreeEncoder(node: child(key), keys: keys, codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            let child = JSONNode()
            node.members["super"] = child
            return JSONTreeEncoder(node: child, keys: keys, codingPath: codingPath)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            JSONTreeEncoder(node: child(key), keys: keys, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: JSONNode
        let keys: JSONKeyStrategy
        let codingPath: [any CodingKey]
        var count: Int { node.items.count }

        private func next() -> JSONNode {
            let child = JSONNode()
            node.items.append(child)
            return child
        }
        mutating func encodeNil() throws { next().kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let index = JSONIndexKey(intValue: count)
            try JSONNode.encode(value, into: next(), keys: keys, path: codingPath + [index])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            JSONTreeEncoder(node: next(), keys: keys, codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            JSONTreeEncoder(node: next(), keys: keys, codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            JSONTreeEncoder(node: next(), keys: keys, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let node: JSONNode
        let keys: JSONKeyStrategy
        let codingPath: [any CodingKey]
        mutating func encodeNil() throws { node.kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try JSONNode.encode(value, into: node, keys: keys, path: codingPath)
        }
    }
}
