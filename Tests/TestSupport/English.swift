import Diagnostics
import Evaluation
import Messages

extension Diagnostic {
    /// The diagnostic as an English line, `file:line:column: severity: message`.
    public var english: String { English().line(self) }

    /// The diagnostic as a Vietnamese line.
    public var vietnamese: String { Vietnamese().line(self) }
}

extension Problem {
    /// The problem in English.
    public var english: String { English().problem(self) }
}

extension Finding {
    /// The finding's message in English and in Vietnamese.
    public var english: String { English().message(self) }
    public var vietnamese: String { Vietnamese().message(self) }

    /// What is wrong with each record behind the finding, in English.
    public var englishNotes: [String] { records.map { English().note($0.problem, of: self) } }

    /// The observed value as English text.
    public var englishObserved: String? { English().observed(self) }
}
