/// The language of everything a user reads: Chinese (`zh`, the default for reports) or English (`en`).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case zh, en

    /// Picks the Chinese or English text.
    @inlinable
    public func pick(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }
}
