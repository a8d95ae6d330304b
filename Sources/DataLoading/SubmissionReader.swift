import DataContract
import Diagnostics
import Expressions
import Foundation
import Workbooks
import YAMLNodes

/// What reading a submission found: every problem, and how many records were read and rejected.
public struct ValidationReport: Sendable {
    /// Every problem, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    public let fileCount: Int
    /// Records read from the data files.
    public let recordCount: Int
    /// Records left out because a value could not be read or a check failed.
    public let rejectedCount: Int
    /// The files read, as paths: the manifest, when it could be read, and the data files it lists
    /// that lie inside the folder and are regular files. What a run records as its inputs.
    public var files: [String] = []
    /// The province the manifest names, whether or not the data is valid: read from a manifest
    /// that has errors too, when its `province:` can be read; nil without a manifest.
    public var province: String? = nil
    /// The reporting period the manifest names, when it could be read: which map its codes follow.
    public var period: ClosedRange<CivilDate>? = nil

    public var isValid: Bool { diagnostics.errorCount == 0 }
}

/// How a submission is read.
public struct ReadOptions: Sendable {
    /// How many cores may read one large CSV file, each a part of it.
    public var workers = 1
    /// CSV files smaller than this many bytes are read on one core.
    public var parallelThreshold = 8 << 20
    /// What the rule packs read: an indicator, report or task no pack reads is warned.
    public var known: KnownIdentifiers? = nil

    public init(workers: Int = 1, known: KnownIdentifiers? = nil) {
        self.workers = max(1, workers)
        self.known = known
    }
}

/// Reads a submission folder: the manifest, then every data file record by record (units first,
/// so references can be checked), applying the contract's checks. Valid records go to a sink and
/// are not kept, so memory does not grow with the data beyond what duplicate and reference
/// checks need. Every record is either passed on or counted as rejected with its problems.
public enum SubmissionReader {
    /// Reads and checks a submission, sending its valid records to the sink `makeSink` makes once
    /// the manifest is read; the sink is nil when there is no readable manifest. Check the
    /// report before using what the sink holds: an invalid submission's records are incomplete. `displayName` is how messages name the folder (default: as given),
    /// so reports can show a path relative to wherever the user stands.
    public static func read<Sink: RecordSink>(
        folder: String, displayName: String? = nil, options: ReadOptions = .init(),
        makeSink: (Manifest) -> Sink
    ) -> (sink: Sink?, report: ValidationReport) {
        let shownFolder = displayName ?? folder
        let manifestPath = (folder as NSString).appendingPathComponent(Manifest.fileName)
        let shownManifest = (shownFolder as NSString).appendingPathComponent(Manifest.fileName)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, report([.error(at: SourcePosition(file: folder, line: 1, column: 1), .manifest(.notAFolder))]))
        }
        let manifestDocument: YAMLDocument
        do {
            manifestDocument = try YAMLParser.parseFile(atPath: manifestPath, displayName: shownManifest)
        } catch {
            if case .unreadable = error, !FileManager.default.fileExists(atPath: manifestPath) {
                return (
                    nil,
                    report([.error(at: SourcePosition(file: shownManifest, line: 1, column: 1), .manifest(.noManifest))]
                    )
                )
            }
            return (nil, report(error.diagnostics))
        }
        let (parsed, manifestProblems) = ManifestParser.parse(manifestDocument, folder: folder)
        guard let manifest = parsed else {
            // Whom the submission speaks for, as far as the broken manifest says it.
            var broken = report(manifestProblems)
            broken.province = manifestDocument.root["province"]?.scalar
            broken.files = [manifestPath]
            return (nil, broken)
        }
        var books = WorkbookCache()
        let (expanded, sheetProblems) = bySheet(manifest, folder: folder, shownFolder: shownFolder, books: &books)
        return read(
            manifest: expanded, problems: manifestProblems + sheetProblems, inputs: [manifestPath], folder: folder,
            shownFolder: shownFolder, books: &books, options: options, makeSink: makeSink)
    }

    /// Reads and checks a submission sent as files without a manifest — a workbook, CSV files —
    /// in `folder`: each file or sheet is a data set by its name or header, and `facts` (with
    /// a workbook's `submission` sheet) say what a manifest would.
    public static func read<Sink: RecordSink>(
        files names: [String], in folder: String, displayName: String? = nil, facts: SubmissionFacts,
        options: ReadOptions = .init(), makeSink: (Manifest) -> Sink
    ) -> (sink: Sink?, report: ValidationReport) {
        let shownFolder = displayName ?? folder
        var books = WorkbookCache()
        for name in names {
            if let problem = SubmissionPaths.problem(with: name, in: folder) {
                let shown = (shownFolder as NSString).appendingPathComponent(name)
                return (nil, report([.error(at: SourcePosition(file: shown, line: 1, column: 1), .manifest(problem))]))
            }
        }
        let (parsed, problems) = LooseSubmission.manifest(
            files: names, folder: folder, shownFolder: shownFolder, facts: facts, books: &books)
        guard let manifest = parsed else {
            var broken = report(problems)
            broken.province = facts.province
            broken.period = facts.period
            broken.files = names.map { (folder as NSString).appendingPathComponent($0) }
            return (nil, broken)
        }
        return read(
            manifest: manifest, problems: problems, inputs: [], folder: folder, shownFolder: shownFolder,
            books: &books, options: options, makeSink: makeSink)
    }

    /// Reads and checks a submission without keeping its records, from files without a manifest.
    public static func read(
        files names: [String], in folder: String, displayName: String? = nil, facts: SubmissionFacts,
        options: ReadOptions = .init()
    ) -> ValidationReport {
        read(files: names, in: folder, displayName: displayName, facts: facts, options: options) { _ in
            CountingSink()
        }.report
    }

    /// The data files of a manifest once read: what both kinds of submission share.
    private static func read<Sink: RecordSink>(
        manifest: Manifest, problems manifestProblems: [Diagnostic], inputs: [String], folder: String,
        shownFolder: String, books: inout WorkbookCache, options: ReadOptions, makeSink: (Manifest) -> Sink
    ) -> (sink: Sink?, report: ValidationReport) {
        if let problem = memoryProblem(of: manifest, in: folder) {
            var refused = report(manifestProblems + [.error(at: manifest.location, .manifest(problem))])
            refused.province = manifest.province
            refused.period = manifest.period
            return (nil, refused)
        }
        var state = Part(checker: SubmissionChecks(manifest: manifest, known: options.known), sink: makeSink(manifest))
        state.checker.diagnostics = manifestProblems
        // Units first: the other files refer to them.
        let ordered = manifest.files.filter { $0.kind == .units } + manifest.files.filter { $0.kind != .units }
        if !manifest.files.contains(where: { $0.kind == .units }) {
            state.checker.diagnostics.append(.warning(at: manifest.location, .manifest(.noUnitsFile)))
        }
        for file in ordered {
            let path = (folder as NSString).appendingPathComponent(file.path)
            let shown = (shownFolder as NSString).appendingPathComponent(file.path)
            let decoder = RecordDecoder(
                kind: file.kind, conventions: manifest.conventions, columns: file.columns, file: shown,
                province: manifest.province)
            state.checker.begin(file: shown, sheet: file.sheet)
            do throws(LoadError) {
                switch (path as NSString).pathExtension.lowercased() {
                case "xlsx", "ods":
                    guard let sheet = try sheet(of: file, in: manifest, at: path, shown: shown, books: &books) else {
                        continue
                    }
                    try SheetRecords.read(sheet, file: shown, decoder: decoder, into: &state)
                case "csv", "txt", "tsv":
                    try readCSV(
                        path: path, displayName: shown, file: file, decoder: decoder, into: &state, options: options)
                case "yaml", "yml", "json":
                    try readTree(path: path, displayName: shown, decoder: decoder, into: &state)
                default:
                    throw LoadError(
                        .error(at: SourcePosition(file: shown, line: 1, column: 1), .data(.unknownFileType)))
                }
            } catch {
                state.checker.diagnostics.append(error.diagnostic)
                // Nothing after the problem was read: say how much, so no line goes unread unsaid.
                let stopped = error.diagnostic.location
                if stopped.file == shown, stopped.sheet == nil, !Self.refusesWholeFile(error.diagnostic.problem) {
                    let unread = lineCount(ofFile: path) - stopped.line
                    if unread > 0 {
                        state.checker.diagnostics.append(
                            .warning(at: stopped, .data(.readingStopped(unreadLines: unread))))
                    }
                }
            }
        }
        state.checker.finish()
        let result = ValidationReport(
            diagnostics: state.checker.diagnostics.sortedForOutput(), fileCount: manifest.files.count,
            recordCount: state.records, rejectedCount: state.rejected,
            files: inputs + uniquePaths(manifest.files.map { (folder as NSString).appendingPathComponent($0.path) }),
            province: manifest.province, period: manifest.period)
        return (state.sink, result)
    }

    /// The paths in order, each once: a workbook holds several data sets.
    private static func uniquePaths(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }

    /// Reads and checks a submission without keeping its records.
    public static func read(folder: String, displayName: String? = nil, options: ReadOptions = .init())
        -> ValidationReport
    {
        read(folder: folder, displayName: displayName, options: options) { _ in CountingSink() }.report
    }

    /// The number of lines of a file (a last line without a line break counts); 0 when unreadable.
    static func lineCount(ofFile path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var lines = 0
        var last: UInt8 = 0x0A
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            last = chunk.last!
        }
        return lines + (last == 0x0A ? 0 : 1)
    }

    private static func report(_ diagnostics: [Diagnostic]) -> ValidationReport {
        ValidationReport(diagnostics: diagnostics.sortedForOutput(), fileCount: 0, recordCount: 0, rejectedCount: 0)
    }

    /// The state of reading (a part of) a submission.
    struct Part<Sink: RecordSink> {
        var checker: SubmissionChecks
        var sink: Sink
        var records = 0
        var rejected = 0
        /// Rows of a spreadsheet that are not records: blank rows and totals rows.
        var skipped = SkippedRows()

        /// An empty part for a later stretch of the current file.
        func fork() -> Part {
            Part(checker: checker.fork(), sink: sink.fork())
        }

        mutating func merge(_ other: Part) {
            rejected += other.rejected + checker.merge(other.checker)
            records += other.records
            skipped.merge(other.skipped)
            sink.merge(other.sink)
        }

        /// Checks a decoded record and passes it on, or counts it as rejected.
        mutating func take(_ record: Record) {
            if checker.check(record) {
                sink.accept(record)
            } else {
                rejected += 1
            }
        }
    }

    private static func readTree<Sink>(
        path: String, displayName: String, decoder: RecordDecoder, into state: inout Part<Sink>
    ) throws(LoadError) {
        var decoder = decoder
        defer { state.checker.diagnostics += decoder.diagnostics }
        try TreeRecords.forEach(path: path, displayName: displayName) { raw in
            state.records += 1
            if let record = decoder.decode(raw) {
                state.take(record)
            } else {
                state.rejected += 1
            }
        }
    }

    /// The manifest with each workbook it lists without a kind replaced by its sheets, each the
    /// data set its name or header says; a sheet that says none is warned and not read.
    private static func bySheet(
        _ manifest: Manifest, folder: String, shownFolder: String, books: inout WorkbookCache
    ) -> (Manifest, [Diagnostic]) {
        guard !manifest.workbooksBySheet.isEmpty else { return (manifest, []) }
        var files = manifest.files
        var problems: [Diagnostic] = []
        for (name, location) in manifest.workbooksBySheet {
            let path = (folder as NSString).appendingPathComponent(name)
            let shown = (shownFolder as NSString).appendingPathComponent(name)
            switch books.workbook(at: path, displayName: shown) {
            case .failure(let error):
                if books.firstReport(of: path) { problems.append(error.diagnostic) }
            case .success(let book):
                let (sheets, unread) = DataSetRecognition.dataFiles(
                    of: book, path: name, shown: shown, conventions: manifest.conventions,
                    province: manifest.province, location: location)
                files += sheets
                problems += unread
            }
        }
        return (manifest.with(files: files), problems)
    }

    /// The sheet of a workbook that holds a data file's data set: the one the manifest names,
    /// else the one whose name or header says it; nil when the workbook's error is already told.
    private static func sheet(
        of file: Manifest.DataFile, in manifest: Manifest, at path: String, shown: String, books: inout WorkbookCache
    ) throws(LoadError) -> Workbook.Sheet? {
        let book: Workbook
        switch books.workbook(at: path, displayName: shown) {
        case .failure(let error):
            guard books.firstReport(of: path) else { return nil }
            throw LoadError(error.diagnostic)
        case .success(let read): book = read
        }
        let names = book.sheets.map(\.name)
        if let name = file.sheet {
            guard let sheet = book.sheet(named: name) else {
                throw LoadError(.error(at: file.location, .data(.noSuchSheet(name, sheets: names))))
            }
            return sheet
        }
        guard
            let sheet = book.sheets.first(where: {
                !DataSetRecognition.isAside($0.name)
                    && DataSetRecognition.kind(of: $0, conventions: manifest.conventions, province: manifest.province)
                        == file.kind
            })
        else { throw LoadError(.error(at: file.location, .data(.noSheetOfKind(file.kind.rawValue, sheets: names)))) }
        return sheet
    }

    /// Why the data files cannot be read within the process's memory limit, or nil when they can.
    private static func memoryProblem(of manifest: Manifest, in folder: String) -> ManifestProblem? {
        guard let limit = AddressSpace.limit else { return nil }
        let bytes = manifest.files.reduce(0) { total, file in
            let path = (folder as NSString).appendingPathComponent(file.path)
            return total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let needed = AddressSpace.needed(forDataBytes: bytes)
        guard !AddressSpace.canReserve(needed) else { return nil }
        let megabyte = 1 << 20
        return .notEnoughMemory(
            dataMegabytes: (bytes + megabyte - 1) / megabyte, neededMegabytes: (needed + megabyte - 1) / megabyte,
            limitMegabytes: limit / megabyte)
    }

    /// Whether a problem is with the file as a whole (its encoding, its type), so that no line of
    /// it was read and counting "later lines" would mislead.
    private static func refusesWholeFile(_ problem: Problem) -> Bool {
        switch problem {
        case .data(.wideEncoding), .data(.cannotOpen), .data(.unknownFileType), .data(.emptyFile), .data(.workbook):
            true
        default: false
        }
    }

    /// How many rows stand above the header: none when the first row names every required
    /// field, else those before the first of the next few that does (none when none does, so
    /// the first row's missing columns are reported).
    private static func titleRowCount(
        path: String, displayName: String, file: Manifest.DataFile, decoder: RecordDecoder
    ) throws(LoadError) -> Int {
        let probe = try CSVScanner(path: path, displayName: displayName, delimiter: file.delimiter)
        for row in 0..<10 {
            guard try probe.next() else { return 0 }
            if decoder.namesEveryRequiredField(probe.fields.map(probe.text)) { return row }
        }
        return 0
    }

    private static func readCSV<Sink>(
        path: String, displayName: String, file: Manifest.DataFile, decoder: RecordDecoder,
        into state: inout Part<Sink>, options: ReadOptions
    ) throws(LoadError) {
        var decoder = decoder
        let scanner = try CSVScanner(path: path, displayName: displayName, delimiter: file.delimiter)
        guard try scanner.next() else {
            throw LoadError(.error(at: SourcePosition(file: displayName, line: 1, column: 1), .data(.emptyFile)))
        }
        if let rejection = scanner.rejection { throw LoadError(rejection) }
        // A spreadsheet's title rows above the header are skipped, and a note says where the header is.
        let titleRows = try titleRowCount(path: path, displayName: displayName, file: file, decoder: decoder)
        for _ in 0..<titleRows where try scanner.next() {}
        if titleRows > 0 {
            state.checker.diagnostics.append(
                .info(
                    at: SourcePosition(file: displayName, line: 1, column: 1),
                    .data(.titleRowsSkipped(count: titleRows, headerLine: scanner.recordLine))))
        }
        defer { state.checker.diagnostics += state.skipped.takeDiagnostics(file: displayName) }
        let header = scanner.fields.map { field in
            let name = scanner.text(field).trimmingCharacters(in: .whitespaces)
            return RawRecord.Cell(
                column: name, text: name,
                position: SourcePosition(file: displayName, line: scanner.recordLine, column: field.column))
        }
        let headerOK = decoder.checkHeader(header)
        let headerProblems = decoder.takeDiagnostics()
        state.checker.diagnostics += headerProblems
        defer {
            // Placed with the header's first error, after it: the cause is read first.
            if !headerOK, let cause = headerProblems.sortedForOutput().first(where: { $0.severity == .error }) {
                state.checker.diagnostics.append(.error(at: cause.location, .data(.headerInvalid)))
            }
        }
        let rows = CSVRows(
            path: path, displayName: displayName, columns: header.count, headerOK: headerOK,
            delimiter: scanner.delimiter)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        // Units are read whole before the rest, and a repeated report is only a warning, so
        // those files are read in order on one core.
        if options.workers > 1, headerOK, size >= options.parallelThreshold, file.kind != .units, file.kind != .reports,
            try rows.readInParallel(from: scanner, size: size, workers: options.workers, decoder: decoder, into: &state)
        {
            return
        }
        try rows.read(scanner, decoder: &decoder, into: &state, through: size)
    }
}

/// The rows of a file that are not records, as a spreadsheet leaves them: blank rows (one note
/// for all of them) and totals rows (a warning each).
struct SkippedRows: Sendable {
    private(set) var blankCount = 0
    private(set) var firstBlankLine: Int?
    private(set) var totals: [SourcePosition] = []

    mutating func blank(at line: Int) {
        blankCount += 1
        firstBlankLine = min(firstBlankLine ?? line, line)
    }

    mutating func totals(at position: SourcePosition) { totals.append(position) }

    mutating func merge(_ other: SkippedRows) {
        blankCount += other.blankCount
        if let line = other.firstBlankLine { firstBlankLine = min(firstBlankLine ?? line, line) }
        totals += other.totals
    }

    /// The note and warnings for `file` (or a sheet of it), once it is read; the counts start
    /// again for the next file.
    mutating func takeDiagnostics(file: String, sheet: String? = nil) -> [Diagnostic] {
        defer { self = SkippedRows() }
        var out = totals.map { Diagnostic.warning(at: $0, .data(.totalsRowSkipped)) }
        if let line = firstBlankLine {
            out.append(
                .info(
                    at: SourcePosition(file: file, sheet: sheet, line: line, column: 1),
                    .data(.blankRowsSkipped(count: blankCount))))
        }
        return out
    }
}
