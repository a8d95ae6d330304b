import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import YAMLNodes

@Suite("Hostile and broken YAML")
struct HostileInputTests {
    private func messages(_ text: String, limits: YAMLLimits = .default) -> [String] {
        messages(bytes: Array(text.utf8), limits: limits)
    }

    private func messages(bytes: [UInt8], limits: YAMLLimits = .default) -> [String] {
        do {
            _ = try YAMLParser.parse(bytes: bytes, file: "x.yaml", limits: limits)
            return []
        } catch {
            return error.diagnostics.map(\.english)
        }
    }

    @Test func billionLaughsIsRefusedQuicklyAtTheAliasThatCrossesTheLimit() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        // Fully expanded this is 10^10 nodes; the builder stops once a million have been counted.
        #expect(
            messages(text) == [
                "x.yaml:6:45: error: aliases expand the document beyond 1,000,000 nodes (a \"billion laughs\" document?); remove the nested aliases"
            ])
    }

    @Test func aLargeFileWithNoAliasesIsNoAliasBomb() {
        // 160,000 records of three fields: 1.12 million nodes, none of them from an alias.
        var text = "["
        for i in 0..<160_000 { text += "{\"id\": \"\(i)\", \"members\": 12, \"kind\": \"HTX\"},\n" }
        text += "{}]\n"
        #expect(messages(text) == [])
    }

    @Test func deepNestingIsRefusedWithItsPosition() {
        let text = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(messages(text) == ["x.yaml:1:101: error: nesting deeper than 100 levels; flatten the structure"])
    }

    @Test func duplicateKeysAreAllReportedWithBothPositions() {
        let text = """
            id: A
            title: x
            id: B
            nested:
              k: 1
              k: 2
            """
        #expect(
            messages(text) == [
                "x.yaml:3:1: error: duplicate key 'id' (first defined at line 1, column 1); remove one of them",
                "x.yaml:6:3: error: duplicate key 'k' (first defined at line 5, column 3); remove one of them",
            ])
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        var bytes = Array("a: 1\nbé: \"".utf8)
        bytes.append(0xFF)
        bytes += Array("\"\n".utf8)
        #expect(messages(bytes: bytes) == ["x.yaml:2:6: error: invalid UTF-8 byte sequence; save the file as UTF-8"])
    }

    @Test func windows1258BytesAreNotUTF8() {
        // "Đắk" in Windows-1258: Ð = 0xD0, a = 0x61, combining breve+acute are single bytes.
        let bytes: [UInt8] = Array("name: ".utf8) + [0xD0, 0x61, 0xF2, 0x6B, 0x0A]
        #expect(messages(bytes: bytes) == ["x.yaml:1:7: error: invalid UTF-8 byte sequence; save the file as UTF-8"])
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(SourceText(file: "f", bytes: [0x41, 0xC0, 0x80]).firstInvalidUTF8Offset() == 1)
        #expect(SourceText(file: "f", bytes: [0xED, 0xA0, 0x80]).firstInvalidUTF8Offset() == 0)
        #expect(SourceText(file: "f", bytes: [0xE0, 0x80, 0x80]).firstInvalidUTF8Offset() == 0)
        #expect(SourceText(file: "f", bytes: [0xF0, 0x9F, 0x98]).firstInvalidUTF8Offset() == 0)
        #expect(SourceText(file: "f", bytes: Array("Đắk Nông ✓ 😀".utf8)).firstInvalidUTF8Offset() == nil)
    }

    @Test func nulBytesAreRefusedWithAPosition() {
        let bytes = Array("a: 1\nb: x".utf8) + [0x00] + Array("y\n".utf8)
        #expect(messages(bytes: bytes) == ["x.yaml:2:5: error: control characters are not allowed"])
    }

    @Test func syntaxErrorsCarryLibYAMLsPositionAndContext() {
        let text = "a: [1, 2\nb: 3\n"
        #expect(
            messages(text) == [
                "x.yaml:2:2: error: a ',' or the closing ']' is missing (in the list in [ ] starting at line 1, "
                    + "column 4)"
            ])
        #expect(
            messages("a: 1\n\tb: 2\n") == [
                "x.yaml:2:1: error: a tab in the indentation; indent with spaces (in the value starting at line 1, "
                    + "column 4)"
            ])
    }

    @Test func undefinedAliasIsAnError() {
        #expect(
            messages("a: *nowhere\n") == ["x.yaml:1:4: error: alias '*nowhere' refers to no anchor defined before it"])
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(
            messages("a: 1\n---\nb: 2\n") == [
                "x.yaml:2:1: error: a second YAML document starts here; a file must hold exactly one"
            ])
    }

    @Test func sizeLimitsAreEnforced() {
        var limits = YAMLLimits.default
        limits.maxScalarBytes = 10
        #expect(
            messages("a: 12345678901\n", limits: limits) == [
                "x.yaml:1:4: error: value is 11 bytes long, longer than the limit of 10 bytes"
            ])
        limits.maxDocumentBytes = 8
        #expect(
            messages("a: 123456\n", limits: limits) == [
                "x.yaml:1:1: error: file is 10 bytes, larger than the limit of 8 bytes"
            ])
    }

    @Test func unreadableFilesAreErrorsNotCrashes() {
        let dir = FileManager.default.temporaryDirectory.path
        do {
            _ = try YAMLParser.parseFile(atPath: dir, displayName: "folder.yaml")
            Issue.record("a directory must not parse")
        } catch {
            #expect(
                error.diagnostics.map(\.english) == [
                    "folder.yaml:1:1: error: cannot read the file: it is not a regular file"
                ])
        }
        do {
            _ = try YAMLParser.parseFile(atPath: "/nonexistent/rules.yaml")
            Issue.record("a missing file must not parse")
        } catch {
            #expect(error.diagnostics.first?.location.file == "/nonexistent/rules.yaml")
        }
    }
}
