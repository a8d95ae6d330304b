import Diagnostics
import Testing

@testable import YAMLNodes

/// Errors inside an expression or a target point at the character, not just the scalar.
@Suite("Positions inside scalars")
struct ScalarOffsetTests {
    private func location(of needle: String, in key: String, _ text: String) throws -> SourcePosition {
        let doc = try YAMLParser.parse(text, file: "r.yaml")
        let node = try #require(doc.root[key])
        let value = try #require(node.scalar)
        let range = try #require(value.range(of: needle))
        let offset = value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: range.lowerBound)
        return doc.source.location(inScalar: node, atValueOffset: offset)
    }

    @Test func plainScalar() throws {
        let loc = try location(of: "sectr", in: "where", "where: kind == \"HTX\" and sectr == 1\n")
        #expect(loc == SourcePosition(file: "r.yaml", line: 1, column: 26))
    }

    @Test func doubleQuotedScalarWithEscapes() throws {
        let loc = try location(of: "bad", in: "where", "where: \"name == \\\"Đắk\\\" and bad\"\n")
        #expect(loc == SourcePosition(file: "r.yaml", line: 1, column: 29))
    }

    @Test func multiLinePlainScalarFoldsLineBreaks() throws {
        let text = "where: kind == \"HTX\" and\n  sectr == 1\n"
        let loc = try location(of: "sectr", in: "where", text)
        #expect(loc == SourcePosition(file: "r.yaml", line: 2, column: 3))
    }

    @Test func literalBlockScalar() throws {
        let text = "where: |\n    kind == \"HTX\"\n    and sectr\n"
        let loc = try location(of: "sectr", in: "where", text)
        #expect(loc == SourcePosition(file: "r.yaml", line: 3, column: 9))
    }

    @Test func offsetZeroIsTheFirstCharacterOfTheValue() throws {
        let doc = try YAMLParser.parse("target: 'ít nhất'\n", file: "r.yaml")
        let node = try #require(doc.root["target"])
        #expect(node.location == SourcePosition(file: "r.yaml", line: 1, column: 9))
        #expect(
            doc.source.location(inScalar: node, atValueOffset: 0) == SourcePosition(file: "r.yaml", line: 1, column: 10)
        )
        #expect(
            doc.source.location(inScalar: node, atValueOffset: 3) == SourcePosition(file: "r.yaml", line: 1, column: 13)
        )
    }
}
