import DataContract
import Diagnostics
import Expressions
import Foundation
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

    public var isValid: Bool { diagnostics.errorCount == 0 }
}

/// Reads a submission folder: the manifest, then every data file record by record (units first,
/// so references can be checked), applying the contract's checks. Records are handed to a
/// callback and not kept, so memory does not grow with the data beyond what duplicate and
/// reference checks need.
public enum SubmissionReader {
    /// `displayName` is how messages name the folder (default: as given), so reports can show a
    /// path relative to wherever the user stands.
    public static func read(folder: String, displayName: String? = nil, onManifest: (Manifest) -> Void = { _ in },
                            onRecord: (Record) -> Void = { _ in }) -> ValidationReport {
        let manifestPath = (folder as NSString).appendingPathComponent(Manifest.fileName)
        let shownFolder = displayName ?? folder
        let manifestDocument: YAMLDocument
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return report([.error(at: SourcePosition(file: folder, line: 1, column: 1), "not a submission folder; give the folder that holds \(Manifest.fileName)")])
        }
        do {
            manifestDocument = try YAMLParser.parseFile(atPath: manifestPath,
                                                        displayName: (shownFolder as NSString).appendingPathComponent(Manifest.fileName))
        } catch {
            if case .unreadable = error, !FileManager.default.fileExists(atPath: manifestPath) {
                return report([.error(at: SourcePosition(file: (shownFolder as NSString).appendingPathComponent(Manifest.fileName), line: 1, column: 1), "the submission has no \(Manifest.fileName); see docs/data-format.md")])
            }
            return report(error.diagnostics)
        }
        let (parsed, manifestProblems) = ManifestParser.parse(manifestDocument, folder: folder)
        guard let manifest = parsed else { return report(manifestProblems) }
        onManifest(manifest)
        var checker = SubmissionChecks(manifest: manifest)
        checker.diagnostics = manifestProblems
        // Units first: the other files refer to them.
        let ordered = manifest.files.filter { $0.kind == .units } + manifest.files.filter { $0.kind != .units }
        if !manifest.files.contains(where: { $0.kind == .units }) {
            checker.diagnostics.append(.warning(at: manifest.location, "the submission has no 'units' file, so provinces, districts and communes cannot be checked"))
        }
        var records = 0
        var rejected = 0
        for file in ordered {
            let path = (folder as NSString).appendingPathComponent(file.path)
            let displayName = (shownFolder as NSString).appendingPathComponent(file.path)
            var decoder = RecordDecoder(kind: file.kind, conventions: manifest.conventions, columns: file.columns)
            var headerOK = true
            do {
                try RecordSource.forEachRecord(path: path, displayName: displayName, delimiter: file.delimiter,
                                               header: { headerOK = decoder.checkHeader($0) }) { raw in
                    records += 1
                    guard headerOK, let record = decoder.decode(raw) else {
                        rejected += 1
                        checker.diagnostics += decoder.takeDiagnostics()
                        return
                    }
                    checker.diagnostics += decoder.takeDiagnostics()
                    if checker.check(record) {
                        onRecord(record)
                    } else {
                        rejected += 1
                    }
                }
            } catch {
                checker.diagnostics.append(error.diagnostic)
            }
            checker.diagnostics += decoder.takeDiagnostics()
            if !headerOK {
                checker.diagnostics.append(.error(at: SourcePosition(file: displayName, line: 1, column: 1), "no record of this file was read because its header is invalid"))
            }
        }
        checker.finish()
        return ValidationReport(diagnostics: checker.diagnostics.sortedForOutput(), fileCount: manifest.files.count,
                                recordCount: records, rejectedCount: rejected)
    }

    private static func report(_ diagnostics: [Diagnostic]) -> ValidationReport {
        ValidationReport(diagnostics: diagnostics.sortedForOutput(), fileCount: 0, recordCount: 0, rejectedCount: 0)
    }
}
