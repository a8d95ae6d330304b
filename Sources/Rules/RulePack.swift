import Diagnostics
import Expressions
import Targets

/// A rule pack: the obligations of one source document, encoded as rules.
public struct RulePack: Sendable {
    /// The pack's stable identifier, e.g. `ctph-254-2024`.
    public let id: String
    public let document: SourceDocument
    public let rules: [Rule]
    /// Where the pack was read from (`file:1:1` of its file).
    public let location: SourcePosition
}

/// The metadata of the document a pack encodes, so every finding can name its source.
public struct SourceDocument: Sendable {
    /// The document's number, e.g. `254-CTPH/LMHTXVN-HNDVN`.
    public let number: String
    public let date: CivilDate
    public let issuer: String
    /// The document's title, and its English rendering.
    public let title: LocalizedText
    /// The seed file the rules were read from, e.g. `000_ced63e523af99bc2.txt`.
    public let seed: String
    /// The span of years the programme covers, when the document states one.
    public let period: ClosedRange<CivilDate>?
    /// Known contradictions or typos in the document, and how the pack reads them.
    public let inconsistencies: [String]
    /// The province a provincial document binds (its code); nil for a national document. A pack
    /// with a province is evaluated only on submissions about that province.
    public let province: String?
    /// How the pack reads the document after its province was merged into another (1/7/2025),
    /// with the basis: whom it binds, and on which submissions.
    public let reorganisation: String?
}

/// The sentence of the document a rule encodes.
public struct Citation: Hashable, Sendable {
    /// The part of the document, e.g. `II.2 Mục tiêu cụ thể` or `Phụ lục, dòng 5`.
    public let section: String
    /// A short verbatim quote of the source sentence, in Vietnamese.
    public let quote: String
}
