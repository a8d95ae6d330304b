import DataContract
import Diagnostics
import Expressions
import Foundation
import Workbooks
import YAMLNodes

/// `submission.yaml`: who submits, for which period, which files of which kinds, and the
/// conventions their values are written in.
public struct Manifest: Sendable {
    /// The submission-format version this coopcheck reads (`coopcheck_submission: 1`).
    public static let formatVersion = 1
    public static let fileName = "submission.yaml"

    /// One data file of the submission.
    public struct DataFile: Sendable {
        /// The path as written in the manifest, relative to the submission folder.
        public let path: String
        public let kind: DatasetKind
        /// `;`, `,` or tab for CSV; nil to detect it from the header line.
        public let delimiter: UInt8?
        /// The file's own headers mapped to contract field names.
        public let columns: [String: String]
        /// The sheet of a workbook that holds the data set; nil for a text file, or for a
        /// workbook whose sheet is found by its name or header.
        public let sheet: String?
        /// Where the entry is in the manifest.
        public let location: SourcePosition

        public init(
            path: String, kind: DatasetKind, delimiter: UInt8? = nil, columns: [String: String] = [:],
            sheet: String? = nil, location: SourcePosition
        ) {
            self.path = path
            self.kind = kind
            self.delimiter = delimiter
            self.columns = columns
            self.sheet = sheet
            self.location = location
        }

        /// Whether the file is a workbook (.xlsx), read sheet by sheet.
        public var isWorkbook: Bool { Workbook.isWorkbookPath(path) }
    }

    /// Workbooks listed without a kind: each of their sheets is a data set, recognised by its
    /// name or header when the submission is read.
    var workbooksBySheet: [(path: String, location: SourcePosition)] = []

    /// The code of the submitting unit (a province, a department, an alliance).
    public let unit: String
    public let unitName: String?
    /// The province code the data is about; nil for a national submission.
    public let province: String?
    /// The reporting period.
    public let period: ClosedRange<CivilDate>
    public let preparedOn: CivilDate
    public let conventions: Conventions
    public let files: [DataFile]
    /// The manifest file, for messages.
    public let location: SourcePosition

    /// The column headers the submission uses for a data set: the `columns` of its first file of
    /// that kind, else the default Vietnamese headers.
    public func headers(for kind: DatasetKind) -> ColumnHeaders {
        ColumnHeaders(kind: kind, mapping: files.first { $0.kind == kind }?.columns ?? [:])
    }

    public init(
        unit: String, unitName: String?, province: String?, period: ClosedRange<CivilDate>, preparedOn: CivilDate,
        conventions: Conventions, files: [DataFile], location: SourcePosition
    ) {
        self.unit = unit
        self.unitName = unitName
        self.province = province
        self.period = period
        self.preparedOn = preparedOn
        self.conventions = conventions
        self.files = files
        self.location = location
    }
}

extension Manifest {
    /// A reporting period as a manifest writes it: a year (`2025`), a span of years
    /// (`2021-2025`) or two dates (`2025-01-01..2025-06-30`); nil when it is none of these.
    public static func period(_ text: String) -> ClosedRange<CivilDate>? {
        if let match = text.wholeMatch(of: /(\d{4})(?:\s*-\s*(\d{4}))?/), let first = Int(match.1) {
            let last = match.2.flatMap { Int($0) } ?? first
            if let start = CivilDate.firstDay(ofYear: first), let end = CivilDate.lastDay(ofYear: last), start <= end {
                return start...end
            }
        }
        if let match = text.wholeMatch(of: /(\S+)\s*\.\.\s*(\S+)/),
            let start = CivilDate.parseISO(match.1), let end = CivilDate.parseISO(match.2), start <= end
        {
            return start...end
        }
        return nil
    }

    /// A date as a manifest writes it: ISO `2026-01-10` or `10/01/2026`.
    public static func date(_ text: String) -> CivilDate? {
        CivilDate.parseISO(text) ?? CivilDate.parseDayMonthYear(text)
    }
}

extension Manifest {
    /// The same manifest with other data files.
    func with(files: [DataFile]) -> Manifest {
        Manifest(
            unit: unit, unitName: unitName, province: province, period: period, preparedOn: preparedOn,
            conventions: conventions, files: files, location: location)
    }
}

/// Reads and checks a manifest, collecting every problem.
enum ManifestParser {
    static let keys = [
        "coopcheck_submission", "unit", "unit_name", "province", "period", "prepared_on", "conventions", "files",
    ]

    static func parse(_ document: YAMLDocument, folder: String) -> (Manifest?, [Diagnostic]) {
        var reader = NodeReader()
        let root = document.root
        guard let entries = reader.mapping(root, what: .manifest, allowedKeys: keys) else {
            return (nil, reader.diagnostics)
        }
        reader.formatVersion(
            entries, key: "coopcheck_submission", expected: Manifest.formatVersion, format: .submission, in: root)
        let unit = reader.requiredText(entries, "unit", in: root, what: .manifest)
        let unitName = entries["unit_name"].flatMap { reader.text($0, key: "unit_name") }
        let province = entries["province"].flatMap { reader.text($0, key: "province") }
        let period = entries["period"].flatMap { readPeriod($0, reader: &reader) }
        if entries["period"] == nil { reader.error(root, .manifest(.missingPeriod)) }
        let preparedOn = entries["prepared_on"].flatMap { readDate($0, key: "prepared_on", reader: &reader) }
        if entries["prepared_on"] == nil { reader.error(root, .manifest(.missingPreparedOn)) }
        // A province of the earlier map that is gone cannot speak for a period wholly after 1/7/2025.
        if let province, let period, let node = entries["province"],
            let successor = SubmissionChecks.mergedProvince(province, during: period)
        {
            reader.error(node, .manifest(.provinceMerged(code: province, into: successor.code, name: successor.name)))
        }
        let conventions = entries["conventions"].flatMap { readConventions($0, reader: &reader) } ?? Conventions()
        var files: [Manifest.DataFile] = []
        var workbooksBySheet: [(path: String, location: SourcePosition)] = []
        if let node = entries["files"], let items = reader.list(node, key: "files") {
            if items.isEmpty { reader.error(node, .manifest(.noFiles)) }
            for item in items {
                switch readFile(item, folder: folder, reader: &reader) {
                case .file(let file): files.append(file)
                case .workbook(let path): workbooksBySheet.append((path, item.location))
                case nil: break
                }
            }
        } else if entries["files"] == nil {
            reader.error(root, .manifest(.missingFiles))
        }
        guard reader.diagnostics.errorCount == 0, let unit, let period, let preparedOn else {
            return (nil, reader.diagnostics)
        }
        var manifest = Manifest(
            unit: unit, unitName: unitName, province: province, period: period, preparedOn: preparedOn,
            conventions: conventions, files: files, location: root.location)
        manifest.workbooksBySheet = workbooksBySheet
        return (manifest, reader.diagnostics)
    }

    private static func readDate(_ node: Node, key: String, reader: inout NodeReader) -> CivilDate? {
        guard let text = reader.text(node, key: key) else { return nil }
        if let date = Manifest.date(text) { return date }
        reader.error(node, .node(.notADate(key: key, found: text)))
        return nil
    }

    private static func readPeriod(_ node: Node, reader: inout NodeReader) -> ClosedRange<CivilDate>? {
        guard let text = reader.text(node, key: "period") else { return nil }
        if let period = Manifest.period(text) { return period }
        reader.error(node, .manifest(.badPeriod(text)))
        return nil
    }

    private static func readConventions(_ node: Node, reader: inout NodeReader) -> Conventions? {
        guard let entries = reader.mapping(node, what: .conventions, allowedKeys: ["numbers", "dates", "checkmarks"])
        else { return nil }
        var conventions = Conventions()
        if let n = entries["numbers"],
            let value = reader.choice(n, key: "numbers", among: Conventions.Numbers.allCases.map(\.rawValue))
        {
            conventions.numbers = Conventions.Numbers(rawValue: value)!
        }
        if let n = entries["dates"],
            let value = reader.choice(n, key: "dates", among: Conventions.Dates.allCases.map(\.rawValue))
        {
            conventions.dates = Conventions.Dates(rawValue: value)!
        }
        if let n = entries["checkmarks"], let value = reader.bool(n, key: "checkmarks") {
            conventions.checkmarks = value
        }
        return conventions
    }

    /// A manifest's entry for a data file: one data set, or a workbook whose sheets say theirs.
    private enum FileEntry {
        case file(Manifest.DataFile)
        case workbook(path: String)
    }

    private static func readFile(_ node: Node, folder: String, reader: inout NodeReader) -> FileEntry? {
        guard
            let entries = reader.mapping(
                node, what: .fileEntry, allowedKeys: ["path", "kind", "sheet", "delimiter", "columns"])
        else { return nil }
        let path = reader.requiredText(entries, "path", in: node, what: .fileEntry)
        let kind = entries["kind"]
            .flatMap { reader.choice($0, key: "kind", among: DatasetKind.allCases.map(\.rawValue)) }
            .flatMap(DatasetKind.init(rawValue:))
        let sheet = entries["sheet"].flatMap { reader.text($0, key: "sheet") }
        // A workbook listed alone: its sheets are the data sets, by their names or headers.
        if entries["kind"] == nil, let path, Workbook.isWorkbookPath(path), sheet == nil {
            if let problem = SubmissionPaths.problem(with: path, in: folder) {
                reader.error(entries["path"]!, .manifest(problem))
                return nil
            }
            return .workbook(path: path)
        }
        if entries["kind"] == nil {
            reader.error(node, .manifest(.missingKind(kinds: DatasetKind.allCases.map(\.rawValue))))
        }
        var delimiter: UInt8?
        if let n = entries["delimiter"], let value = reader.choice(n, key: "delimiter", among: [",", ";", "tab"]) {
            delimiter = value == "tab" ? 9 : value.utf8.first
        }
        var columns: [String: String] = [:]
        if let n = entries["columns"], let kind, let pairs = n.mapping {
            let names = kind.fields.map(\.name)
            for pair in pairs {
                guard let header = pair.key.scalar, let field = reader.text(pair.value, key: header) else { continue }
                if names.contains(field) {
                    columns[header] = field
                } else {
                    reader.error(
                        pair.value,
                        .manifest(
                            .notAField(
                                field, dataset: kind.rawValue, suggestion: Suggestions.best(for: field, in: names))))
                }
            }
        } else if let n = entries["columns"], n.mapping == nil {
            reader.error(n, .manifest(.columnsNotMapping))
        }
        guard let path, let kind else { return nil }
        if let problem = SubmissionPaths.problem(with: path, in: folder) {
            reader.error(entries["path"]!, .manifest(problem))
            return nil
        }
        return .file(
            Manifest.DataFile(
                path: path, kind: kind, delimiter: delimiter, columns: columns, sheet: sheet, location: node.location))
    }
}

/// Keeps a submission's files inside its folder.
enum SubmissionPaths {
    /// Why `path` may not be read, or nil when it is a regular file inside `folder`.
    static func problem(with path: String, in folder: String) -> ManifestProblem? {
        if path.hasPrefix("/") { return .absolutePath(path) }
        if path.split(separator: "/").contains("..") { return .pathLeadsOutside(path) }
        let full = (folder as NSString).appendingPathComponent(path)
        let resolvedFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
        if resolved == resolvedFolder { return .pathIsFolder(path) }
        guard resolved.hasPrefix(resolvedFolder + "/") else {
            return .linkLeadsOutside(path)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            var link = stat()
            guard lstat(full, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return .noSuchFile(path) }
            var target = stat()
            return stat(full, &target) != 0 && errno == ELOOP ? .linkLoop(path) : .danglingLink(path)
        }
        if isDirectory.boolValue { return .pathIsFolder(path) }
        let type = (try? FileManager.default.attributesOfItem(atPath: resolved)[.type] as? FileAttributeType) ?? nil
        if type != .typeRegular { return .notRegularFile(path) }
        return nil
    }
}
