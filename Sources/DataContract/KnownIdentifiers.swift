import Diagnostics
import Expressions

/// The identifiers the rule packs read — indicator names, report ids, task ids — each with the
/// titles of the rules that read it. A submission naming one that no pack reads is told so (the
/// evaluation would pass over it without a word) and pointed at the closest one.
public struct KnownIdentifiers: Sendable {
    /// What an identifier names.
    public enum Kind: Sendable, CaseIterable {
        case indicator, report, task
    }

    /// Per kind, each identifier and the titles (in Vietnamese) of the rules that read it.
    private var read: [Kind: [String: [String]]] = [:]

    public init() {}

    public mutating func add(_ id: String, kind: Kind, readBy title: String) {
        read[kind, default: [:]][id, default: []].append(title)
    }

    public func contains(_ id: String, kind: Kind) -> Bool { read[kind]?[id] != nil }

    /// The identifiers of a kind, sorted.
    public func identifiers(_ kind: Kind) -> [String] { (read[kind] ?? [:]).keys.sorted() }

    /// The identifier `text` most likely means: the closest in spelling, or else the one whose
    /// rules' titles share the most of its words ("Số tin bài" → `news_items`, read by "Có ít
    /// nhất 2.000 tin, bài, video clip …"), when one alone shares two or more.
    public func suggestion(for text: String, kind: Kind) -> String? {
        let ids = identifiers(kind)
        if let spelled = Suggestions.best(for: text, in: ids) { return spelled }
        let wanted = Self.words(text)
        var best: (id: String, score: Int)?
        var tie = false
        for id in ids {
            let titled = Set((read[kind]?[id] ?? []).flatMap(Self.words))
            let score = wanted.intersection(titled).count
            guard score >= 2 else { continue }
            if let current = best, current.score == score {
                tie = true
            } else if best.map({ score > $0.score }) ?? true {
                best = (id, score)
                tie = false
            }
        }
        return tie ? nil : best?.id
    }

    /// Words that say nothing of what is counted ("số", "các", "của" …), left out of the match.
    private static let common: Set<String> = [
        "so", "cac", "cua", "va", "co", "duoc", "nam", "hang", "it", "nhat", "tren", "tai", "theo", "trong", "cho",
        "the", "of", "and", "a",
    ]

    private static func words(_ text: String) -> Set<String> {
        Set(
            EnumDomain.folded(text).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter {
                !common.contains($0) && !$0.allSatisfy(\.isNumber)
            })
    }
}
