import DataContract
import Diagnostics
import Expressions
import Foundation
import Workbooks

/// What a manifest says of a submission, given another way: as command-line options or form
/// fields, for a workbook or CSV files sent without `submission.yaml`. Facts left nil may come
/// from the workbook's `submission` sheet (a key in column A, its value in column B).
public struct SubmissionFacts: Sendable {
    /// The submitting unit; defaults to the province.
    public var unit: String?
    public var unitName: String?
    public var province: String?
    public var period: ClosedRange<CivilDate>?
    /// The day the data was prepared; defaults to the end of the period.
    public var preparedOn: CivilDate?

    public init(
        unit: String? = nil, unitName: String? = nil, province: String? = nil,
        period: ClosedRange<CivilDate>? = nil, preparedOn: CivilDate? = nil
    ) {
        self.unit = unit
        self.unitName = unitName
        self.province = province
        self.period = period
        self.preparedOn = preparedOn
    }

    /// The keys of a submission sheet, by their manifest names and as a clerk labels them.
    static let keys: [String: String] = [
        "unit": "unit", "don vi": "unit", "don vi nop": "unit", "ma don vi": "unit",
        "unit name": "unit_name", "ten don vi": "unit_name",
        "province": "province", "tinh": "province", "ma tinh": "province",
        "period": "period", "ky bao cao": "period", "ky": "period",
        "prepared on": "prepared_on", "ngay lap": "prepared_on", "ngay lap ho so": "prepared_on",
        "numbers": "numbers", "cach ghi so": "numbers",
        "checkmarks": "checkmarks",
    ]

    /// Words a submission sheet's header row starts with.
    private static let headerWords: Set<String> = ["key", "muc", "khoa", "thong tin"]

    /// Fills the facts still missing, and the conventions, from a workbook's submission sheet.
    mutating func read(sheet: Workbook.Sheet, file: String, conventions: inout Conventions) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for row in sheet.rows {
            let cells = Dictionary(row.cells.map { ($0.address.column, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let label = cells[1]?.text, !label.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let value = (cells[2]?.text ?? "").trimmingCharacters(in: .whitespaces)
            let at = SourcePosition(file: file, sheet: sheet.name, line: row.number, column: 2)
            guard let key = Self.keys[DataSetRecognition.folded(label)] else {
                if row.number == sheet.rows.first?.number, Self.headerWords.contains(DataSetRecognition.folded(label)) {
                    continue
                }
                let names = Array(Set(Self.keys.values)).sorted()
                problems.append(
                    .warning(
                        at: SourcePosition(file: file, sheet: sheet.name, line: row.number, column: 1),
                        .manifest(.unknownFact(label, suggestion: Suggestions.best(for: label, in: names)))))
                continue
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "unit": unit = unit ?? value
            case "unit_name": unitName = unitName ?? value
            case "province": province = province ?? value
            case "period":
                guard period == nil else { continue }
                if let read = Manifest.period(value) {
                    period = read
                } else {
                    problems.append(.error(at: at, .manifest(.badPeriod(value))))
                }
            case "prepared_on":
                guard preparedOn == nil else { continue }
                if let read = Manifest.date(value) {
                    preparedOn = read
                } else {
                    problems.append(.error(at: at, .node(.notADate(key: key, found: value))))
                }
            case "numbers":
                if let numbers = Conventions.Numbers(rawValue: DataSetRecognition.folded(value)) {
                    conventions.numbers = numbers
                } else {
                    problems.append(
                        .error(
                            at: at,
                            .node(
                                .notOneOf(
                                    key: key, found: value, choices: Conventions.Numbers.allCases.map(\.rawValue),
                                    suggestion: nil))))
                }
            default:
                switch FieldDecoder(conventions: conventions).decode(value, as: .bool) {
                case .success(.bool(let marks)): conventions.checkmarks = marks
                default: problems.append(.error(at: at, .node(.notBool(key: key, found: .text(value)))))
                }
            }
        }
        return problems
    }
}

/// A submission sent as files without a manifest: each file or sheet is a data set by its name
/// or header, and the facts are given.
enum LooseSubmission {
    /// The manifest the files and facts stand for; nil (with the problems) when they do not say
    /// enough. Workbooks are read through `books`.
    static func manifest(
        files names: [String], folder: String, shownFolder: String, facts given: SubmissionFacts,
        books: inout WorkbookCache
    ) -> (Manifest?, [Diagnostic]) {
        var facts = given
        var problems: [Diagnostic] = []
        // A workbook sent for a submission writes check-marks: an empty yes/no cell is a no.
        var conventions = Conventions()
        conventions.checkmarks = true
        var files: [Manifest.DataFile] = []
        var location: SourcePosition?
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let shown = (shownFolder as NSString).appendingPathComponent(name)
            let at = SourcePosition(file: shown, line: 1, column: 1)
            location = location ?? at
            if Workbook.isWorkbookPath(name) {
                switch books.workbook(at: path, displayName: shown) {
                case .failure(let error):
                    if books.firstReport(of: path) { problems.append(error.diagnostic) }
                case .success(let book):
                    for sheet in book.sheets where DataSetRecognition.isFactsSheet(sheet.name) {
                        problems += facts.read(sheet: sheet, file: shown, conventions: &conventions)
                        location = SourcePosition(file: shown, sheet: sheet.name, line: 1, column: 1)
                    }
                    let (sheets, unread) = DataSetRecognition.dataFiles(
                        of: book, path: name, shown: shown, conventions: conventions, province: facts.province,
                        location: nil)
                    files += sheets
                    problems += unread
                }
            } else if let kind = kind(ofTextFile: path, named: name, shown: shown, facts: facts) {
                files.append(Manifest.DataFile(path: name, kind: kind, location: at))
            } else {
                problems.append(.warning(at: at, .data(.sheetNotRead(name))))
            }
        }
        let at = location ?? SourcePosition(file: shownFolder, line: 1, column: 1)
        let missing = [
            facts.province ?? facts.unit == nil ? "province" : nil, facts.period == nil ? "period" : nil,
        ].compactMap { $0 }
        if !missing.isEmpty { problems.append(.error(at: at, .manifest(.factsMissing(missing)))) }
        if files.isEmpty, problems.errorCount == 0 { problems.append(.error(at: at, .manifest(.noDataSets))) }
        if let province = facts.province, let period = facts.period,
            let successor = SubmissionChecks.mergedProvince(province, during: period)
        {
            problems.append(
                .error(at: at, .manifest(.provinceMerged(code: province, into: successor.code, name: successor.name))))
        }
        guard problems.errorCount == 0, let unit = facts.unit ?? facts.province, let period = facts.period else {
            return (nil, problems)
        }
        let manifest = Manifest(
            unit: unit, unitName: facts.unitName, province: facts.province, period: period,
            preparedOn: facts.preparedOn ?? period.upperBound, conventions: conventions, files: files, location: at)
        return (manifest, problems)
    }

    /// The data set a CSV, YAML or JSON file holds, by its name, else (CSV) by its header.
    private static func kind(ofTextFile path: String, named name: String, shown: String, facts: SubmissionFacts)
        -> DatasetKind?
    {
        let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        if let kind = DataSetRecognition.kind(named: stem) { return kind }
        guard ["csv", "txt", "tsv"].contains((name as NSString).pathExtension.lowercased()),
            var reader = try? CSVReader(path: path, displayName: shown)
        else { return nil }
        var rows: [[String]] = []
        while rows.count < 10, let row = try? reader.next() { rows.append(row.fields) }
        return DataSetRecognition.kind(ofHeaderRows: rows, conventions: Conventions(), province: facts.province)
    }
}

/// Where a submission is read from.
public enum SubmissionSource: Sendable {
    /// A folder holding its manifest, `submission.yaml`.
    case folder(String)
    /// Files of one folder sent without a manifest (a workbook, CSV files), with the facts a
    /// manifest would give.
    case files([String], in: String, facts: SubmissionFacts)

    /// The submission at a path as a user gives it: a folder is read by its manifest; a file
    /// (a workbook) by itself, with `facts`.
    public static func at(_ path: String, facts: SubmissionFacts) -> SubmissionSource {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            let folder = (path as NSString).deletingLastPathComponent
            return .files([(path as NSString).lastPathComponent], in: folder.isEmpty ? "." : folder, facts: facts)
        }
        return .folder(path)
    }

    /// How reports name the submission: the folder, or the file, as given.
    public var name: String {
        switch self {
        case .folder(let folder): folder
        case .files(let names, let folder, _):
            names.count == 1
                ? (folder == "." ? names[0] : (folder as NSString).appendingPathComponent(names[0])) : folder
        }
    }
}

extension SubmissionReader {
    /// Reads and checks a submission from its source; see `read(folder:)` and `read(files:in:)`.
    public static func read<Sink: RecordSink>(
        _ source: SubmissionSource, displayName: String? = nil, options: ReadOptions = .init(),
        makeSink: (Manifest) -> Sink
    ) -> (sink: Sink?, report: ValidationReport) {
        switch source {
        case .folder(let folder):
            return read(folder: folder, displayName: displayName, options: options, makeSink: makeSink)
        case .files(let names, let folder, let facts):
            return read(
                files: names, in: folder, displayName: displayName ?? (folder == "." ? "" : folder), facts: facts,
                options: options, makeSink: makeSink)
        }
    }

    /// Reads and checks a submission from its source without keeping its records.
    public static func read(_ source: SubmissionSource, displayName: String? = nil, options: ReadOptions = .init())
        -> ValidationReport
    {
        read(source, displayName: displayName, options: options) { _ in CountingSink() }.report
    }
}
