/// The languages coopcheck speaks: every sentence a person reads exists in both.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case vi, en

    /// The language the environment asks for: Vietnamese when `LC_ALL`, `LC_MESSAGES` or `LANG`
    /// (the first of them that is set) starts with `vi`, English otherwise.
    public static func preferred(by environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("vi") ? .vi : .en
    }

    /// The other language, for outputs that give a text in both.
    public var other: Language {
        switch self {
        case .vi: .en
        case .en: .vi
        }
    }
}

/// A text given in both languages, such as a rule's title: the document's Vietnamese wording
/// and the pack's English rendering of it.
public struct LocalizedText: Hashable, Sendable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
