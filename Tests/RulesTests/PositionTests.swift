import Diagnostics
import Foundation
import Rules
import TestSupport
import Testing

/// Errors inside `where`, `measure`, `target` and `when` point at the line and column an editor
/// shows, in packs full of Vietnamese text (whose letters are several bytes each).
@Suite struct PositionTests {
    /// The first problem of a copy of a shipped pack with `typo` written in place of `original`
    /// (the first occurrence after `after`), and where the typo sits in the copy.
    static func lint(_ pack: String, after: String, replacing original: String, with typo: String) throws -> (
        Diagnostic?, line: Int, column: Int
    ) {
        let text = try String(
            contentsOf: TestPaths.root.appendingPathComponent("Rules/\(pack)"), encoding: .utf8)
        let anchor = try #require(text.range(of: after))
        let target = try #require(text.range(of: original, range: anchor.upperBound..<text.endIndex))
        let copy = text.replacingCharacters(in: target, with: typo)
        let before = copy[..<target.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column =
            before.distance(
                from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                to: before.endIndex) + 1
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-pos-\(UUID().uuidString).yaml")
        try copy.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let ruleSet = RuleLoader.load(paths: [url.path])
        return (ruleSet.diagnostics.first { $0.severity == .error }, line, column)
    }

    /// Each typo, and the part of it the error must point at.
    @Test(arguments: [
        ("kh-127-2023-dak-nong.yaml", "id: KH127.II.2.c\n", "status == \"active\"", "stauts == \"active\"", "stauts"),
        ("kh-127-2023-dak-nong.yaml", "id: KH127.II.2.a2\n", "count()", "cuont()", "cuont"),
        ("kh-188-2021-dak-nong.yaml", "id: KH188.II.1\n", "target: 90%", "target: ít nhât 90%", "ít nhât"),
        ("ctph-254-2024.yaml", "id: CTPH254.IV.1\n", "when: ", "when: Quỹ IV/2030, ", "Quỹ"),
    ])
    func anErrorInsideAValuePointsAtItsCharacter(
        pack: String, after: String, original: String, typo: String, at marker: String
    ) throws {
        let (diagnostic, line, column) = try Self.lint(pack, after: after, replacing: original, with: typo)
        let found = try #require(diagnostic)
        let offset = typo.distance(from: typo.startIndex, to: try #require(typo.range(of: marker)).lowerBound)
        #expect(found.location.line == line, "\(found)")
        #expect(found.location.column == column + offset, "\(found)")
    }
}
