import DataLoading
import Diagnostics
import Expressions
import Foundation
import YAMLNodes

/// Reads and checks a run configuration, collecting every problem with its position.
public enum RunConfigurationParser {
    static let keys = [
        "coopcheck_run", "rules", "submissions", "expected_provinces", "as_of", "history", "outputs", "fail_on",
    ]
    static let outputKeys = ["directory", "formats", "language"]
    /// Names of the roll-up over all submissions, in reports and scorecards.
    static let reserved: Set<String> = ["roll-up", "all"]
    static let defaultFormats = ["json", "markdown", "html"]

    /// Reads the configuration at `path`; `formats` are the report formats there are.
    public static func load(path: String, formats: [String]) -> (RunConfiguration?, [Diagnostic]) {
        let document: YAMLDocument
        do {
            document = try YAMLParser.parseFile(atPath: path)
        } catch {
            if case .unreadable = error, !FileManager.default.fileExists(atPath: path) {
                return (
                    nil,
                    [.error(at: SourcePosition(file: path, line: 1, column: 1), .runConfiguration(.noConfiguration))]
                )
            }
            return (nil, error.diagnostics)
        }
        return parse(document, formats: formats)
    }

    /// The configuration in a parsed document, or nil; the problems in file order either way.
    static func parse(_ document: YAMLDocument, formats known: [String]) -> (RunConfiguration?, [Diagnostic]) {
        let (configuration, diagnostics) = read(document, formats: known)
        return (configuration, diagnostics.sortedForOutput())
    }

    private static func read(_ document: YAMLDocument, formats known: [String]) -> (RunConfiguration?, [Diagnostic]) {
        var reader = NodeReader()
        let root = document.root
        let base = (document.file as NSString).deletingLastPathComponent
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") || base.isEmpty ? path : normalized((base as NSString).appendingPathComponent(path))
        }
        guard let entries = reader.mapping(root, what: .runConfiguration, allowedKeys: keys) else {
            return (nil, reader.diagnostics)
        }
        reader.formatVersion(
            entries, key: "coopcheck_run", expected: RunConfiguration.formatVersion, format: .runConfiguration, in: root
        )
        // Without `rules`, the packs compiled into coopcheck.
        let rules =
            entries["rules"] == nil
            ? [] : paths(entries["rules"], key: "rules", in: root, reader: &reader).map { resolve($0.text) }
        let submissions = paths(entries["submissions"], key: "submissions", in: root, reader: &reader)
            .flatMap { expand(resolve($0.text), at: $0.location) }
        var seen: [String: RunConfiguration.Submission] = [:]
        for submission in submissions {
            if let first = seen[submission.name] {
                reader.error(
                    at: submission.location,
                    .runConfiguration(
                        .duplicateSubmissionName(
                            submission.name, first: first.path,
                            second: submission.path)))
            } else if reserved.contains(submission.name) {
                reader.error(at: submission.location, .runConfiguration(.reservedSubmissionName(submission.name)))
            }
            seen[submission.name] = seen[submission.name] ?? submission
        }
        var asOf = RunConfiguration.AsOf.periodEnd
        if let node = entries["as_of"], let text = reader.text(node, key: "as_of") {
            switch text {
            case "period_end": asOf = .periodEnd
            case "today": asOf = .today
            default:
                if let date = CivilDate.parseISO(text) {
                    asOf = .date(date)
                } else {
                    let suggestion = Suggestions.best(for: text, in: ["period_end", "today"])
                    reader.error(node, .runConfiguration(.badAsOf(text, suggestion: suggestion)))
                }
            }
        }
        let history =
            entries["history"].flatMap { reader.text($0, key: "history") }.map { resolve(String($0)) }
            ?? resolve("history.sqlite")
        var directory: String?
        var formats = defaultFormats
        var language: Language?
        if let node = entries["outputs"], let outputs = reader.mapping(node, what: .outputs, allowedKeys: outputKeys) {
            directory = outputs["directory"].flatMap { reader.text($0, key: "directory") }.map { resolve($0) }
            if directory == nil, outputs["directory"] == nil {
                reader.error(node, .runConfiguration(.missingOutputDirectory))
            }
            if let node = outputs["formats"], let list = reader.list(node, key: "formats") {
                formats = []
                for item in list {
                    guard let format = reader.choice(item, key: "formats", among: known) else { continue }
                    if formats.contains(format) {
                        reader.error(item, .runConfiguration(.formatTwice(format)))
                    } else {
                        formats.append(format)
                    }
                }
                if list.isEmpty { reader.error(node, .runConfiguration(.noFormats(known: known))) }
            }
            language = outputs["language"].flatMap {
                reader.choice($0, key: "language", among: Language.allCases.map(\.rawValue))
            }
            .flatMap(Language.init(rawValue:))
        }
        var expected: [String] = []
        var official = false
        if let node = entries["expected_provinces"], node.scalar != nil {
            official = reader.choice(node, key: "expected_provinces", among: ["official"]) != nil
        } else if let node = entries["expected_provinces"], let list = reader.list(node, key: "expected_provinces") {
            for item in list {
                guard let code = reader.text(item, key: "expected_provinces") else { continue }
                if expected.contains(code) {
                    reader.error(item, .runConfiguration(.provinceTwice(code)))
                } else {
                    expected.append(code)
                }
            }
        }
        let failOn =
            entries["fail_on"].flatMap { reader.choice($0, key: "fail_on", among: ["error", "warning", "never"]) }
            ?? "error"
        guard reader.diagnostics.errorCount == 0 else { return (nil, reader.diagnostics) }
        return (
            RunConfiguration(
                file: document.file, rulePaths: rules, submissions: submissions, asOf: asOf, historyPath: history,
                outputDirectory: directory, formats: formats, language: language, failOn: failOn,
                expectedProvinces: official ? .official : .listed(expected),
                expectedProvincesLocation: entries["expected_provinces"]?.location), reader.diagnostics
        )
    }

    /// The path with `.` and `name/..` steps taken out (`Samples/nightly/../x` is `Samples/x`), so
    /// messages and the history name files as the user would.
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// A required, non-empty list of paths.
    private static func paths(_ node: Node?, key: String, in root: Node, reader: inout NodeReader) -> [(
        text: String, location: SourcePosition
    )] {
        guard let node else {
            reader.error(root, .node(.missingKey(key, in: .runConfiguration)))
            return []
        }
        guard let items = reader.list(node, key: key) else { return [] }
        if items.isEmpty { reader.error(node, .runConfiguration(.emptyPathList(key: key))) }
        return items.compactMap { item in reader.text(item, key: key).map { ($0, item.location) } }
    }

    /// A submission folder, or a folder of submission folders (one per province, say): a folder
    /// without a manifest, at least one of whose subfolders has one, stands for each of its
    /// subfolders (those without a manifest are reported as not sent). A folder that is missing,
    /// or that has neither, is still a submission, reported as invalid rather than dropped.
    static func expand(_ path: String, at location: SourcePosition) -> [RunConfiguration.Submission] {
        let manager = FileManager.default
        func within(_ entry: String) -> String { (path as NSString).appendingPathComponent(entry) }
        func hasManifest(_ folder: String) -> Bool {
            manager.fileExists(atPath: (folder as NSString).appendingPathComponent(Manifest.fileName))
        }
        func isFolder(_ entry: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: entry, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let one = [
            RunConfiguration.Submission(name: (path as NSString).lastPathComponent, path: path, location: location)
        ]
        guard !hasManifest(path), let entries = try? manager.contentsOfDirectory(atPath: path) else { return one }
        let folders = entries.sorted().filter { !$0.hasPrefix(".") && isFolder(within($0)) }
        guard folders.contains(where: { hasManifest(within($0)) }) else { return one }
        return folders.map { RunConfiguration.Submission(name: $0, path: within($0), location: location) }
    }
}
