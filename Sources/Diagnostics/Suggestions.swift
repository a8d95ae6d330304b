/// Did-you-mean suggestions for misspelt keys, field names and values.
public enum Suggestions {
    /// The candidates closest to `word` by edit distance, best first, within a distance that
    /// grows with the word's length (at most a third of it, at least 1).
    public static func closest(to word: String, in candidates: [String], limit: Int = 1) -> [String] {
        let maxDistance = max(1, word.count / 3)
        let lowered = Array(word.lowercased().unicodeScalars)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates where candidate != word {
            let d = editDistance(lowered, Array(candidate.lowercased().unicodeScalars), limit: maxDistance)
            if d <= maxDistance { scored.append((d, candidate)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        return scored.prefix(limit).map(\.candidate)
    }

    /// The one candidate closest to `word`, if any is close enough: what a "did you mean" names.
    public static func best(for word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).first
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit ("titel" → "title"),
    /// giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMin = Swift.min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
