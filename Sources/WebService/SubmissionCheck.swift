import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Messages
import Rules
import SubmissionTemplates
import Synchronization
import Workbooks

/// At most so many checks at once: a check takes a core, so more would only queue inside.
final class CheckGate: Sendable {
    private let running = Mutex(0)
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a slot; false when every slot is taken.
    func enter() -> Bool {
        running.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() {
        running.withLock { $0 -= 1 }
    }
}

/// One upload checked: what it was read as, its validation report, and its evaluation when valid.
struct SubmissionCheck: Sendable {
    let files: [String]
    let province: String
    let period: String
    let report: ValidationReport
    let result: EvaluationResult?
    /// The uploaded workbook with its problems marked, when one was sent and has problems.
    var marked: (name: String, data: Data)? = nil

    /// The facts the form gives, or the field that cannot be read.
    static func facts(_ fields: [String: String]) throws(UploadProblem) -> SubmissionFacts {
        var facts = SubmissionFacts()
        if let province = fields["province"], !province.isEmpty {
            guard province.count <= 8, province.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw .badField("province", value: province)
            }
            facts.province = province
        }
        if let period = fields["period"], !period.isEmpty {
            guard let read = Manifest.period(period) else { throw .badField("period", value: period) }
            facts.period = read
        }
        if let day = fields["prepared_on"], !day.isEmpty {
            guard let read = Manifest.date(day) else { throw .badField("prepared_on", value: day) }
            facts.preparedOn = read
        }
        return facts
    }

    /// What the uploaded files are: a folder with its manifest (the manifest among the files, or
    /// a .zip of the folder), else the files themselves with the form's facts.
    static func source(of form: UploadedForm, in folder: UploadFolder, limits: ServiceLimits)
        throws(UploadProblem) -> SubmissionSource
    {
        guard !form.files.isEmpty else { throw .noFiles }
        let facts = try facts(form.fields)
        if form.files.count == 1, form.files[0].lowercased().hasSuffix(".zip") {
            let unpacked = folder.unpacked
            try? FileManager.default.createDirectory(
                atPath: unpacked.path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try ZipUpload.unpack(
                (folder.path as NSString).appendingPathComponent(form.files[0]), into: unpacked,
                maxBytes: limits.maxUnpackedBytes)
            return source(in: unpacked.path, facts: facts)
        }
        if form.files.contains(Manifest.fileName) { return .folder(folder.path) }
        return .files(form.files, in: folder.path, facts: facts)
    }

    /// An unpacked folder: its manifest, or the one folder inside that holds one, else its files.
    private static func source(in path: String, facts: SubmissionFacts) -> SubmissionSource {
        let manager = FileManager.default
        if manager.fileExists(atPath: (path as NSString).appendingPathComponent(Manifest.fileName)) {
            return .folder(path)
        }
        let entries = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
        let folders = entries.filter { name in
            var isDirectory: ObjCBool = false
            return manager.fileExists(
                atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        if folders.count == 1, entries.count == 1 {
            return source(in: (path as NSString).appendingPathComponent(folders[0]), facts: facts)
        }
        return .files(entries.filter { !folders.contains($0) }, in: path, facts: facts)
    }

    /// Reads and evaluates the upload, on a thread of its own so the server's threads stay free.
    static func run(
        _ source: SubmissionSource, files: [String], fields: [String: String], packs: [RulePack],
        shownIn folder: UploadFolder, language: Language
    ) async -> SubmissionCheck {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let asOf = fields["as_of"].flatMap(CivilDate.parseISO)
                let options = ReadOptions(workers: 1, known: packs.knownIdentifiers)
                let shown = displayName(of: source, in: folder)
                let (result, report) = Evaluator.check(
                    packs: packs, source: source, displayName: shown, submissionName: files.joined(separator: ", "),
                    asOf: asOf, options: options)
                // The period as the manifest or the form gives it: `2025`, `2021-2025`.
                let years = report.period.map { period in
                    period.lowerBound.year == period.upperBound.year
                        ? "\(period.lowerBound.year)" : "\(period.lowerBound.year)-\(period.upperBound.year)"
                }
                var check = SubmissionCheck(
                    files: files, province: report.province ?? fields["province"] ?? "",
                    period: years ?? fields["period"] ?? "", report: report, result: result)
                check.marked = marked(source, report: report, language: language)
                continuation.resume(returning: check)
            }
        }
    }

    /// The one workbook sent, marked with its problems; nil when none was sent or it has none.
    private static func marked(_ source: SubmissionSource, report: ValidationReport, language: Language)
        -> (name: String, data: Data)?
    {
        guard case .files(let names, let folder, _) = source, let name = names.first(where: Workbook.isWorkbookPath),
            report.diagnostics.contains(where: { $0.location.file == name && $0.severity != .info }),
            let book = try? Workbook.read(path: (folder as NSString).appendingPathComponent(name), displayName: name),
            let data = try? MarkedWorkbook.draft(
                of: book, file: name, diagnostics: report.diagnostics, catalogue: Catalogues.of(language)
            ).xlsxData()
        else { return nil }
        let stem = (name as NSString).deletingPathExtension
        return ("\(stem)-van-de.xlsx", data)
    }

    /// How messages name the upload's files: by their names, never by the private folder.
    private static func displayName(of source: SubmissionSource, in folder: UploadFolder) -> String {
        let inside =
            switch source {
            case .folder(let path): path
            case .files(_, let path, _): path
            }
        // Inside the unpacked .zip, or the upload's folder itself: the path below it.
        let root = [folder.unpacked.path, folder.path].first { inside == $0 || inside.hasPrefix($0 + "/") }
        return root.map { String(inside.dropFirst($0.count).drop { $0 == "/" }) } ?? ""
    }
}
