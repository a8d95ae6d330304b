import Diagnostics

/// A target or schedule wording that cannot be read, with the part of the text at fault.
public struct WordingError: Error, Hashable, Sendable {
    /// What is wrong.
    public let problem: WordingProblem
    /// Offsets, in Unicode scalars, of the offending part of the wording.
    public let range: Range<Int>

    public init(_ problem: WordingProblem, range: Range<Int>) {
        self.problem = problem
        self.range = range
    }
}

/// A wording prepared for matching: trimmed, lower-cased and precomposed, with a way back from
/// positions in it to scalar offsets in the original text.
struct Wording {
    let original: String
    let text: Substring
    /// The scalar offset of `text`'s start in `original` (leading spaces trimmed).
    private let leading: Int

    init(_ original: String) {
        self.original = original
        let lowered = original.precomposedStringWithCanonicalMapping.lowercased()
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        let start = lowered.firstIndex { !isSpace($0) } ?? lowered.endIndex
        let end = lowered.lastIndex { !isSpace($0) }.map { lowered.index(after: $0) } ?? start
        text = lowered[start..<end]
        leading = lowered.unicodeScalars.distance(from: lowered.startIndex, to: start)
    }

    /// The scalar offsets of a part of `text`.
    func offsets(of range: Range<Substring.Index>) -> Range<Int> {
        let lower = leading + text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        let length = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
        return lower..<(lower + max(length, 1))
    }

    /// The scalar offsets of the whole wording.
    var whole: Range<Int> { offsets(of: text.startIndex..<text.endIndex) }
}
