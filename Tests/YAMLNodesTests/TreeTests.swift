import Diagnostics
import Testing

@testable import YAMLNodes

@Suite("Node tree and positions")
struct TreeTests {
    @Test func mappingsSequencesAndScalarsKeepTheirPositions() throws {
        let text = """
            pack: demo
            rules:
              - id: A.1
                target: "ít nhất 45%"
              - id: A.2
                tags: [x, 'y']
            """
        let doc = try YAMLParser.parse(text, file: "demo.yaml")
        let root = try #require(doc.root.mapping)
        #expect(root.map { $0.key.scalar } == ["pack", "rules"])
        #expect(root[0].key.location == SourcePosition(file: "demo.yaml", line: 1, column: 1))
        #expect(root[0].value.location == SourcePosition(file: "demo.yaml", line: 1, column: 7))

        let rules = try #require(doc.root["rules"]?.sequence)
        #expect(rules.count == 2)
        #expect(rules[0].location.line == 3 && rules[0].location.column == 5)
        let target = try #require(rules[0]["target"])
        #expect(target.scalar == "ít nhất 45%")
        #expect(target.scalarStyle == .doubleQuoted)
        #expect(target.location == SourcePosition(file: "demo.yaml", line: 4, column: 13))

        let tags = try #require(rules[1]["tags"])
        guard case .sequence(let items, .flow) = tags.content else {
            Issue.record("expected a flow sequence")
            return
        }
        #expect(items.map(\.scalar) == ["x", "y"])
        #expect(items[1].scalarStyle == .singleQuoted)
        #expect(items[1].location.column == 15)
    }

    @Test func columnsCountCodePointsNotBytes() throws {
        let doc = try YAMLParser.parse("tên: Hợp tác xã Đắk Mil\nmã: 42\n", file: "f.yaml")
        let pairs = try #require(doc.root.mapping)
        #expect(pairs[0].value.location.column == 6)
        #expect(pairs[1].key.scalar == "mã")
        #expect(pairs[1].value.location == SourcePosition(file: "f.yaml", line: 2, column: 5))
    }

    @Test func explicitTagsAndBlockScalarsArePreserved() throws {
        let text = """
            a: !!str 12
            b: |
              line one
              line two
            c: >-
              folded
              text
            """
        let doc = try YAMLParser.parse(text, file: "t.yaml")
        #expect(doc.root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(doc.root["a"]?.scalar == "12")
        #expect(doc.root["b"]?.scalar == "line one\nline two\n")
        #expect(doc.root["b"]?.scalarStyle == .literal)
        #expect(doc.root["c"]?.scalar == "folded text")
        #expect(doc.root["c"]?.scalarStyle == .folded)
    }

    @Test func coreSchemaResolutionOfPlainScalars() throws {
        let doc = try YAMLParser.parse("a: true\nb: 'true'\nc: no\nd: ~\ne: -12\nf: 12.5\ng:\n", file: "s.yaml")
        #expect(doc.root["a"]?.bool == true)
        #expect(doc.root["b"]?.bool == nil)
        #expect(doc.root["c"]?.bool == nil, "YAML 1.1 'no' is not a boolean in the core schema")
        #expect(doc.root["d"]?.isNull == true)
        #expect(doc.root["e"]?.int == -12)
        #expect(doc.root["f"]?.int == nil)
        #expect(doc.root["g"]?.isNull == true)
    }

    @Test func anEmptyFileIsANullDocument() throws {
        let doc = try YAMLParser.parse("", file: "empty.yaml")
        #expect(doc.root.isNull)
        #expect(doc.root.location == SourcePosition(file: "empty.yaml", line: 1, column: 1))
    }

    @Test func aliasesExpandToTheAnchoredNode() throws {
        let text = """
            base: &b {kind: HTX, sector: agriculture}
            copy: *b
            """
        let doc = try YAMLParser.parse(text, file: "a.yaml")
        #expect(doc.root["copy"]?["kind"]?.scalar == "HTX")
        #expect(doc.root["copy"]?["sector"]?.scalar == "agriculture")
    }

    @Test func aLargeFlatSequenceKeepsEveryItemAndPosition() throws {
        let count = 200_000
        var text = "items:\n"
        for i in 0..<count { text += "  - \(i)\n" }
        let doc = try YAMLParser.parse(text, file: "big.yaml")
        let items = try #require(doc.root["items"]?.sequence)
        #expect(items.count == count)
        #expect(items.last?.location.line == count + 1)
    }
}
