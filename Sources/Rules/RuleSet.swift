import Diagnostics
import EmbeddedRulePacks
import Foundation
import YAMLNodes

/// The rule packs loaded from a set of paths, with every problem found while loading them.
public struct RuleSet: Sendable {
    /// The packs that loaded without errors, in file-name order.
    public let packs: [RulePack]
    /// Every problem, in file, line and column order.
    public let diagnostics: [Diagnostic]
    /// How many pack files were read, valid or not.
    public let fileCount: Int

    /// Every rule of every valid pack, in pack order.
    public var rules: [Rule] { packs.flatMap(\.rules) }

    public var hasErrors: Bool { diagnostics.errorCount > 0 }

    /// The rule with an identifier, if one is loaded.
    public func rule(withID id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    public func pack(withID id: String) -> RulePack? {
        packs.first { $0.id == id }
    }
}

/// Finds rule-pack files under paths and loads them into a `RuleSet`.
public enum RuleLoader {
    /// File extensions read as rule packs when a directory is given.
    public static let extensions: Set<String> = ["yaml", "yml"]

    /// Loads every pack file named or found (recursively, in sorted order) under `paths`, and
    /// checks identifiers across packs: a rule id or pack id used twice is an error at the second.
    public static func load(paths: [String], limits: YAMLLimits = .default) -> RuleSet {
        var diagnostics: [Diagnostic] = []
        let files = packFiles(under: paths, diagnostics: &diagnostics)
        return load(files.map(PackSource.file), limits: limits, diagnostics)
    }

    /// The rule packs compiled into the executable (`Rules/` of the repository it was built
    /// from), named as their files there.
    public static func loadEmbedded(limits: YAMLLimits = .default) -> RuleSet {
        load(EmbeddedRulePacks.files.map { PackSource.text(name: $0.name, text: $0.text) }, limits: limits, [])
    }

    /// The packs of `paths`, or the embedded ones when no path is given.
    public static func load(pathsOrEmbedded paths: [String]) -> RuleSet {
        paths.isEmpty ? loadEmbedded() : load(paths: paths)
    }

    /// Where a pack's text is: a file, or the executable.
    private enum PackSource {
        case file(String)
        case text(name: String, text: String)

        func document(limits: YAMLLimits) throws(YAMLError) -> YAMLDocument {
            switch self {
            case .file(let path): try YAMLParser.parseFile(atPath: path, limits: limits)
            case .text(let name, let text): try YAMLParser.parse(text, file: name, limits: limits)
            }
        }
    }

    private static func load(_ sources: [PackSource], limits: YAMLLimits, _ found: [Diagnostic]) -> RuleSet {
        var diagnostics = found
        var packs: [RulePack] = []
        for source in sources {
            do {
                let (pack, problems) = RulePackParser.parse(try source.document(limits: limits))
                diagnostics += problems
                if let pack { packs.append(pack) }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        diagnostics += duplicateIdentifiers(in: packs)
        return RuleSet(packs: packs, diagnostics: diagnostics.sortedForOutput(), fileCount: sources.count)
    }

    private static func packFiles(under paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error(at: SourcePosition(file: path, line: 1, column: 1), .rulePack(.noSuchPath)))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
                .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            if found.isEmpty {
                diagnostics.append(
                    .warning(at: SourcePosition(file: path, line: 1, column: 1), .rulePack(.noPacksInFolder)))
            }
            files += found
        }
        return read(once: files)
    }

    /// The files with each one kept at its first naming only: a pack named twice (`--rules Rules
    /// --rules Rules/ctph-254-2024.yaml`, or through a link) is one pack, not a pack whose every id
    /// is a duplicate of its own.
    private static func read(once files: [String]) -> [String] {
        var seen: Set<String> = []
        return files.filter {
            seen.insert(URL(fileURLWithPath: $0).standardized.resolvingSymlinksInPath().path).inserted
        }
    }

    private static func duplicateIdentifiers(in packs: [RulePack]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var packIDs: [String: SourcePosition] = [:]
        var ruleIDs: [String: SourcePosition] = [:]
        for pack in packs {
            if let first = packIDs[pack.id] {
                diagnostics.append(
                    .error(at: pack.location, .rulePack(.duplicatePackID(pack.id, firstFile: first.file))))
            } else {
                packIDs[pack.id] = pack.location
            }
            for rule in pack.rules {
                if let first = ruleIDs[rule.id] {
                    diagnostics.append(.error(at: rule.location, .rulePack(.duplicateRuleID(rule.id, first: first))))
                } else {
                    ruleIDs[rule.id] = rule.location
                }
            }
        }
        return diagnostics
    }
}
