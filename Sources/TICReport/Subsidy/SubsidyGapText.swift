import TICPolicy
import TICSupport

/// The words of a subsidy gap, in Chinese and English.
extension SubsidyGap {
    /// `field（reason）` in the given language.
    public func text(_ language: Language) -> String {
        switch (reason, language) {
        case (.missing, .zh): "\(field.rawValue)（缺失）"
        case (.invalid, .zh): "\(field.rawValue)（无效）"
        case (.noColumn, .zh): "\(field.rawValue)（无此列）"
        case (.missing, .en): "\(field.rawValue) (missing)"
        case (.invalid, .en): "\(field.rawValue) (invalid)"
        case (.noColumn, .en): "\(field.rawValue) (no such column)"
        }
    }
}
