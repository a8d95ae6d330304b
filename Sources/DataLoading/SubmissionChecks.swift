import DataContract
import Diagnostics
import Expressions

/// The checks across records: duplicate keys, references to units, and consistency between
/// fields (trained key staff not above key staff, founding not after the period, …).
struct SubmissionChecks {
    let manifest: Manifest
    var diagnostics: [Diagnostic] = []
    /// Unit code to level, from the `units` file.
    private var units: [String: String] = [:]
    private var unitParents: [(code: String, parent: String, position: SourcePosition)] = []
    private var hasUnits = false
    /// First position of each key, per data set, for duplicate detection; positions are packed
    /// into one integer so a million ids stay small.
    private var seenKeys: [DatasetKind: [String: PackedPosition]] = [:]
    private var files: [String] = []

    init(manifest: Manifest) {
        self.manifest = manifest
    }

    private mutating func error(_ record: Record, _ field: String, _ message: String) {
        diagnostics.append(.error(at: record.position(of: field), message))
    }

    private mutating func warning(_ record: Record, _ field: String, _ message: String) {
        diagnostics.append(.warning(at: record.position(of: field), message))
    }

    private static func text(_ value: Value) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// The key identifying a record of its data set, and the field to report a duplicate at.
    private static func key(of record: Record) -> (key: String, field: String, what: String)? {
        func s(_ f: String) -> String {
            switch record[f] {
            case .string(let t): t
            case .integer(let i): String(i)
            default: ""
            }
        }
        switch record.kind {
        case .cooperatives: return (s("id"), "id", "cooperative id")
        case .units: return (s("code"), "code", "unit code")
        case .indicators: return ([s("unit"), s("indicator"), s("year"), s("period")].joined(separator: "|"), "indicator", "indicator for this unit and period")
        case .reports: return ([s("unit"), s("report"), s("period")].joined(separator: "|"), "report", "report for this unit and period")
        case .tasks: return ([s("task"), s("lead_unit"), s("period")].joined(separator: "|"), "task", "task entry for this unit and period")
        }
    }

    /// Checks one record; false when it must be left out.
    mutating func check(_ record: Record) -> Bool {
        let before = diagnostics.errorCount
        if let (key, field, what) = Self.key(of: record) {
            if let packed = seenKeys[record.kind, default: [:]][key] {
                let first = packed.position(files: files)
                let severity: DiagnosticSeverity = record.kind == .reports ? .warning : .error
                diagnostics.append(Diagnostic(severity, at: record.position(of: field), "duplicate \(what) '\(key.split(separator: "|").first ?? "")'; first at \(first)\(severity == .warning ? "; the first is used" : "")"))
                if severity == .warning { return false }
            } else {
                seenKeys[record.kind, default: [:]][key] = pack(record.position(of: field))
            }
        }
        switch record.kind {
        case .units: checkUnit(record)
        case .cooperatives: checkCooperative(record)
        case .indicators, .reports: checkReference(record, field: "unit", level: nil)
        case .tasks: checkTask(record)
        }
        if record.kind == .reports, case .date(let submitted) = record["submitted_on"], submitted > manifest.preparedOn {
            warning(record, "submitted_on", "the report is dated \(submitted.vietnamese), after the submission was prepared (\(manifest.preparedOn.vietnamese))")
        }
        return diagnostics.errorCount == before
    }

    private mutating func checkUnit(_ record: Record) {
        hasUnits = true
        guard let code = Self.text(record["code"]), let level = Self.text(record["level"]) else { return }
        units[code] = level
        if let parent = Self.text(record["parent_code"]) {
            unitParents.append((code, parent, record.position(of: "parent_code")))
        } else if level == "district" || level == "commune" {
            error(record, "parent_code", "a \(level) needs parent_code: the code of the unit it belongs to")
        }
    }

    private mutating func checkReference(_ record: Record, field: String, level: String?) {
        guard hasUnits, let code = Self.text(record[field]) else { return }
        guard let actual = units[code] else {
            error(record, field, "\(field) '\(code)' is not in the units file\(Suggestions.didYouMean(code, in: units.keys.sorted()))")
            return
        }
        if let level, actual != level {
            error(record, field, "\(field) '\(code)' is a \(actual) in the units file, not a \(level)")
        }
    }

    private mutating func checkCooperative(_ record: Record) {
        checkReference(record, field: "province", level: "province")
        checkReference(record, field: "district", level: "district")
        checkReference(record, field: "commune", level: "commune")
        if let province = manifest.province, let code = Self.text(record["province"]), code != province {
            error(record, "province", "province '\(code)' is not the submission's province '\(province)'")
        }
        if case .integer(let staff) = record["key_staff"], case .integer(let trained) = record["key_staff_trained"], trained > staff {
            error(record, "key_staff_trained", "key_staff_trained (\(trained)) is more than key_staff (\(staff))")
        }
        if case .integer(let members) = record["members"], members < 0 {
            error(record, "members", "members cannot be negative")
        }
        if case .date(let founded) = record["founded_on"], founded > manifest.period.upperBound {
            error(record, "founded_on", "founded on \(founded.vietnamese), after the reporting period ends (\(manifest.period.upperBound.vietnamese))")
        }
        let status = Self.text(record["status"])
        if case .date(let dissolved) = record["dissolved_on"] {
            if status != "dissolved" {
                error(record, "dissolved_on", "dissolved_on is given but status is '\(status ?? "")'; set status to dissolved or clear the date")
            }
            if case .date(let founded) = record["founded_on"], dissolved < founded {
                error(record, "dissolved_on", "dissolved on \(dissolved.vietnamese), before it was founded (\(founded.vietnamese))")
            }
        } else if status == "dissolved" {
            warning(record, "status", "a dissolved cooperative should give dissolved_on")
        }
        if status == "dissolved", record["union_member"] == .bool(true) {
            error(record, "union_member", "a dissolved cooperative cannot be an active member of the cooperative alliance")
        }
    }

    private mutating func checkTask(_ record: Record) {
        let status = Self.text(record["status"])
        if status == "done", record["completed_on"] == .null {
            error(record, "completed_on", "a done task needs completed_on")
        }
        if status != "done", record["completed_on"] != .null {
            error(record, "status", "completed_on is given but status is '\(status ?? "")'; set status to done")
        }
    }

    private mutating func pack(_ position: SourcePosition) -> PackedPosition {
        if files.last != position.file, !files.contains(position.file) { files.append(position.file) }
        let file = files.lastIndex(of: position.file)!
        return PackedPosition(file: file, line: position.line, column: position.column)
    }

    /// Checks that need every record: parents of units.
    mutating func finish() {
        for (code, parent, position) in unitParents where units[parent] == nil {
            diagnostics.append(.error(at: position, "parent_code '\(parent)' of unit '\(code)' is not in the units file"))
        }
    }
}

/// A file index, line and column in one 64-bit word: 16 bits of file, 32 of line, 16 of column.
struct PackedPosition: Hashable {
    private let bits: UInt64

    init(file: Int, line: Int, column: Int) {
        bits = UInt64(min(file, 0xFFFF)) << 48 | UInt64(min(line, 0xFFFF_FFFF)) << 16 | UInt64(min(column, 0xFFFF))
    }

    func position(files: [String]) -> SourcePosition {
        SourcePosition(file: files[Int(bits >> 48)], line: Int(bits >> 16 & 0xFFFF_FFFF), column: Int(bits & 0xFFFF))
    }
}
