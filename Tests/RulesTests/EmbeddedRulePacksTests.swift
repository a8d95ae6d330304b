import EmbeddedRulePacks
import Foundation
import Rules
import TestSupport
import Testing

/// The packs compiled into coopcheck are the repository's `Rules/`, byte for byte, and load as
/// the files do: the same packs, rules and positions.
@Suite struct EmbeddedRulePacksTests {
    static let folder = TestPaths.root.appendingPathComponent("Rules")

    @Test func theEmbeddedPacksAreTheFilesOfRules() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        #expect(EmbeddedRulePacks.files.map(\.name) == files.map { "Rules/\($0)" })
        for (name, text) in EmbeddedRulePacks.files {
            let onDisk = try String(contentsOf: TestPaths.root.appendingPathComponent(name), encoding: .utf8)
            #expect(text == onDisk, "\(name)")
        }
    }

    @Test func theyLoadAsTheFilesDo() {
        let embedded = RuleLoader.loadEmbedded()
        let fromFiles = RuleLoader.load(paths: [Self.folder.path])
        #expect(!embedded.hasErrors && embedded.fileCount == fromFiles.fileCount)
        #expect(embedded.rules.map(\.id) == fromFiles.rules.map(\.id))
        #expect(
            embedded.rules.map { "\($0.location.line):\($0.location.column)" }
                == fromFiles.rules.map { "\($0.location.line):\($0.location.column)" })
        #expect(embedded.rules.allSatisfy { $0.location.file.hasPrefix("Rules/") })
        // No path means the embedded packs; a path reads that path instead.
        #expect(RuleLoader.load(pathsOrEmbedded: []).rules.count == embedded.rules.count)
        #expect(RuleLoader.load(pathsOrEmbedded: ["no-such-folder"]).hasErrors)
    }
}
