import AdministrativeMap
import DataContract
import Diagnostics
import Expressions

/// The checks across records: duplicate keys, references to units, and consistency between
/// fields (trained key staff not above key staff, founding not after the period, …).
struct SubmissionChecks {
    let manifest: Manifest
    var diagnostics: [Diagnostic] = []
    /// Unit code to level, from the `units` file.
    private var units: [String: UnitLevel] = [:]
    /// The days each unit existed, for units whose register says so.
    private var lifetimes: [String: Lifetime] = [:]
    private var unitParents: [(code: String, parent: String, position: SourcePosition)] = []
    private var unitSuccessors: [(code: String, successor: String, position: SourcePosition)] = []
    private var hasUnits = false
    /// First position of each key, per data set, for duplicate detection; positions are packed
    /// into one integer so a million ids stay small.
    private var seenKeys = [[String: PackedPosition]](repeating: [:], count: DatasetKind.allCases.count)
    private var files: [SourcePlace] = []
    /// Whether this checks a later part of a file on another core: its duplicates are judged
    /// when it is merged, against what came before.
    private var isFork = false
    private var laterDuplicates: [(kind: DatasetKind, key: String, position: SourcePosition)] = []

    /// Fields as messages name them, per data set.
    private let headers: [ColumnHeaders]

    /// What the rule packs read, when the packs are known: a record naming anything else is warned.
    let known: KnownIdentifiers?
    /// Each listed unit's parent.
    private var parentOf: [String: String] = [:]
    /// The codes of the units by name, folded and without its level word ("dak mil" for "Huyện
    /// Đắk Mil"), to tell a clerk who wrote a name where a code goes which code it is.
    private var codesByName: [String: [(code: String, name: String)]] = [:]

    init(manifest: Manifest, known: KnownIdentifiers? = nil) {
        self.manifest = manifest
        self.known = known
        headers = DatasetKind.allCases.map { manifest.headers(for: $0) }
    }

    private mutating func error(_ record: Record, _ field: String, _ problem: DataProblem) {
        diagnostics.append(.error(at: record.position(of: field), .data(problem)))
    }

    private mutating func warning(_ record: Record, _ field: String, _ problem: DataProblem) {
        diagnostics.append(.warning(at: record.position(of: field), .data(problem)))
    }

    /// A field of a record's data set, as messages name it.
    private func name(_ field: String, of record: Record) -> FieldName {
        headers[record.kind.ordinal].field(field)
    }

    /// Positions of the cooperative fields the checks read, resolved once: a registry has
    /// millions of records.
    private enum Cooperative {
        static let fields = DatasetKind.cooperatives.fieldIndex
        static let id = fields["id"]!, province = fields["province"]!, district = fields["district"]!,
            commune = fields["commune"]!
        static let keyStaff = fields["key_staff"]!, keyStaffTrained = fields["key_staff_trained"]!,
            members = fields["members"]!
        static let foundedOn = fields["founded_on"]!, dissolvedOn = fields["dissolved_on"]!, status = fields["status"]!
        static let unionMember = fields["union_member"]!
    }

    private static let lastDayOfEarlierMap = AdministrativeMap.reorganised.adding(days: -1)

    /// The province of the 2025 map that took in `code`, when `code` is a province of the earlier
    /// map that is gone and the period lies wholly after 1/7/2025 (Đắk Nông's 67 in 2026).
    static func mergedProvince(_ code: String, during period: ClosedRange<CivilDate>) -> Province? {
        guard period.lowerBound >= AdministrativeMap.reorganised,
            !AdministrativeMap.since2025.contains(where: { $0.code == code })
        else { return nil }
        return AdministrativeMap.successor(ofEarlier: code)
    }

    /// The words a unit's name starts with to say its level — the level words of the units
    /// file's `level` column — folded, the longest first ("thanh pho " before "thanh").
    private static let levelWords = Set(Domains.unitLevel.aliases.keys.map { EnumDomain.folded($0) + " " })
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }

    /// A name folded, without the level word it starts with: "dak mil" for "Huyện Đắk Mil".
    static func withoutLevelWord(_ name: String) -> String {
        let folded = EnumDomain.folded(name)
        guard let word = levelWords.first(where: folded.hasPrefix) else { return folded }
        return String(folded.dropFirst(word.count))
    }

    private static func date(_ value: Value) -> CivilDate? {
        if case .date(let date) = value { return date }
        return nil
    }

    private static func text(_ value: Value) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// A repeated key (`key(of:)`'s parts joined by `keySeparator`); a repeated report is only a warning, as
    /// the first is used.
    private func duplicate(_ kind: DatasetKind, _ key: String, at position: SourcePosition, first: PackedPosition)
        -> Diagnostic
    {
        let parts = key.split(separator: Self.keySeparator, omittingEmptySubsequences: false).map(String.init)
        func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
        let at = first.position(files: files)
        let problem: DataProblem =
            switch kind {
            case .cooperatives: .duplicateCooperative(id: part(0), first: at)
            case .units: .duplicateUnit(code: part(0), first: at)
            case .indicators:
                .duplicateIndicator(
                    indicator: part(1), unit: part(0),
                    period: [part(2), part(3)].filter { !$0.isEmpty }
                        .joined(separator: " "), first: at)
            case .reports: .duplicateReport(report: part(1), unit: part(0), period: part(2), first: at)
            case .tasks:
                .duplicateTask(task: part(0), unit: part(1), period: part(2).isEmpty ? nil : part(2), first: at)
            }
        return Diagnostic(kind == .reports ? .warning : .error, at: position, .data(problem))
    }

    /// Joins the parts of a key: NUL, which CSV and workbook cells cannot hold, so that `a|b` + `c` and
    /// `a` + `b|c` stay two keys.
    private static let keySeparator = "\u{0}"

    /// The key identifying a record of its data set, and the field to report a duplicate at.
    private static func key(of record: Record) -> (key: String, field: String)? {
        func s(_ f: String) -> String {
            switch record[f] {
            case .string(let t): t
            case .integer(let i): String(i)
            default: ""
            }
        }
        switch record.kind {
        case .cooperatives:
            if case .string(let id) = record.values[Cooperative.id] { return (id, "id") }
            return (s("id"), "id")
        case .units: return (s("code"), "code")
        case .indicators:
            return (
                [s("unit"), s("indicator"), s("year"), s("period")].joined(separator: Self.keySeparator), "indicator"
            )
        case .reports: return ([s("unit"), s("report"), s("period")].joined(separator: Self.keySeparator), "report")
        case .tasks: return ([s("task"), s("lead_unit"), s("period")].joined(separator: Self.keySeparator), "task")
        }
    }

    /// Checks one record; false when it must be left out.
    mutating func check(_ record: Record) -> Bool {
        let before = diagnostics.errorCount
        var duplicated = false
        if let (key, field) = Self.key(of: record) {
            if let first = seenKeys[record.kind.ordinal][key] {
                duplicated = true
                if isFork {
                    laterDuplicates.append((record.kind, key, record.position(of: field)))
                } else {
                    diagnostics.append(duplicate(record.kind, key, at: record.position(of: field), first: first))
                }
                // A repeated report is a warning: the first is used.
                if record.kind == .reports { return false }
            } else {
                seenKeys[record.kind.ordinal][key] = pack(record.position(of: field))
            }
        }
        switch record.kind {
        case .units: checkUnit(record)
        case .cooperatives: checkCooperative(record)
        case .indicators:
            checkReference(record, field: "unit", level: nil)
            checkRead(record, field: "indicator", kind: .indicator)
        case .reports:
            checkReference(record, field: "unit", level: nil)
            checkRead(record, field: "report", kind: .report)
            checkPeriod(record)
        case .tasks:
            checkTask(record)
            checkRead(record, field: "task", kind: .task)
            checkPeriod(record)
        }
        if record.kind == .reports, case .date(let submitted) = record["submitted_on"], submitted > manifest.preparedOn
        {
            warning(
                record, "submitted_on",
                .reportAfterPrepared(submitted: submitted.vietnamese, prepared: manifest.preparedOn.vietnamese))
        }
        return !duplicated && diagnostics.errorCount == before
    }

    /// Makes room for about `count` more keys of a data set.
    mutating func reserve(_ count: Int, for kind: DatasetKind) {
        seenKeys[kind.ordinal].reserveCapacity(seenKeys[kind.ordinal].count + min(count, 50_000_000))
    }

    /// Prepares for the records of `file`, so forks made now number it as this does.
    mutating func begin(file: String, sheet: String? = nil) {
        let place = SourcePlace(file: file, sheet: sheet)
        if !files.contains(place) { files.append(place) }
    }

    /// A checker for a later part of the current file, with no problems or keys of its own yet.
    func fork() -> SubmissionChecks {
        var fork = self
        fork.diagnostics = []
        fork.seenKeys = seenKeys.map { _ in [:] }
        fork.laterDuplicates = []
        fork.isFork = true
        return fork
    }

    /// Takes in what a fork found, as if its records had come after this one's; returns how many
    /// of the records it passed turn out to repeat a key seen before.
    mutating func merge(_ other: SubmissionChecks) -> Int {
        diagnostics += other.diagnostics
        var repeated = 0
        for (kind, keys) in zip(DatasetKind.allCases, other.seenKeys) {
            for (key, position) in keys {
                if let first = seenKeys[kind.ordinal][key] {
                    diagnostics.append(duplicate(kind, key, at: position.position(files: files), first: first))
                    repeated += 1
                } else {
                    seenKeys[kind.ordinal][key] = position
                }
            }
        }
        for later in other.laterDuplicates {
            diagnostics.append(
                duplicate(later.kind, later.key, at: later.position, first: seenKeys[later.kind.ordinal][later.key]!))
        }
        return repeated
    }

    private mutating func checkUnit(_ record: Record) {
        hasUnits = true
        guard let code = Self.text(record["code"]),
            let level = Self.text(record["level"]).flatMap(UnitLevel.init(rawValue:))
        else { return }
        units[code] = level
        let from = Self.date(record["valid_from"]), to = Self.date(record["valid_to"])
        if level == .province, to == nil, let successor = Self.mergedProvince(code, during: manifest.period) {
            // Said once, at the units file: the records that name it follow from it.
            error(
                record, "code",
                .unitCeased(
                    name("code", of: record), code: code, ended: Self.lastDayOfEarlierMap.vietnamese,
                    successor: successor.code))
        }
        if let successor = Self.text(record["successor"]) {
            unitSuccessors.append((code, successor, record.position(of: "successor")))
        }
        if from != nil || to != nil {
            let lifetime = Lifetime(from: from, to: to, successor: Self.text(record["successor"]))
            if let from, let to, to < from {
                error(record, "valid_to", .unitEndsBeforeItBegins(ends: to.vietnamese, begins: from.vietnamese))
            } else {
                lifetimes[code] = lifetime
            }
        }
        if let name = Self.text(record["name"]) {
            for key in Set([EnumDomain.folded(name), Self.withoutLevelWord(name)]) {
                codesByName[key, default: []].append((code, name))
            }
        }
        if let parent = Self.text(record["parent_code"]) {
            parentOf[code] = parent
            unitParents.append((code, parent, record.position(of: "parent_code")))
        } else if level == .district || level == .commune {
            error(record, "parent_code", .parentNeeded(level: level))
        }
    }

    private mutating func checkReference(_ record: Record, field: String, level: UnitLevel?) {
        checkReference(record, field: field, value: record[field], level: level)
    }

    private mutating func checkReference(_ record: Record, field: String, value: Value, level: UnitLevel?) {
        guard hasUnits, let code = Self.text(value) else { return }
        if let lifetime = lifetimes[code],
            let problem = lifetime.problem(name(field, of: record), code: code, during: manifest.period)
        {
            error(record, field, problem)
        }
        guard let actual = units[code] else {
            let named = (codesByName[EnumDomain.folded(code)] ?? codesByName[Self.withoutLevelWord(code)] ?? [])
                .filter { level == nil || units[$0.code] == level }
            if named.count == 1 {
                error(
                    record, field,
                    .nameForCode(name(field, of: record), name: code, code: named[0].code, unitName: named[0].name))
                return
            }
            error(
                record, field,
                .notInUnits(
                    name(field, of: record), code: code,
                    suggestion: Suggestions.best(for: code, in: units.keys.sorted())))
            return
        }
        if let level, actual != level {
            error(record, field, .wrongLevel(name(field, of: record), code: code, actual: actual, expected: level))
        }
    }

    /// An identifier no pack reads: a warning, with the closest one the packs do read.
    private mutating func checkRead(_ record: Record, field: String, kind: KnownIdentifiers.Kind) {
        guard let known, let value = Self.text(record[field]), !known.contains(value, kind: kind) else { return }
        warning(
            record, field,
            .readByNoPack(name(field, of: record), value: value, suggestion: known.suggestion(for: value, kind: kind)))
    }

    /// A period the packs count by: a year, `2025-H1`, `2025-Q3` or `2025-06`.
    private mutating func checkPeriod(_ record: Record) {
        guard let period = Self.text(record["period"]), !Self.isPeriod(period) else { return }
        error(record, "period", .notAPeriod(name("period", of: record), value: period))
    }

    static func isPeriod(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, parts[0].allSatisfy(\.isASCII),
            Int(parts[0]) != nil
        else { return false }
        guard parts.count == 2 else { return true }
        let rest = parts[1]
        if ["H1", "H2", "Q1", "Q2", "Q3", "Q4"].contains(rest) { return true }
        return rest.count == 2 && rest.allSatisfy(\.isASCII) && (1...12).contains(Int(rest) ?? 0)
    }

    /// Whether `code` lies inside `container` by the units file's parents; true when either is
    /// not listed (that is told on its own).
    private func lies(_ code: String, inside container: String) -> (inside: Bool, parent: String?) {
        guard units[code] != nil, units[container] != nil else { return (true, nil) }
        var current: String? = code
        var steps = 0
        while let c = current, steps < 16 {
            if c == container { return (true, nil) }
            current = parentOf[c]
            steps += 1
        }
        return (false, parentOf[code])
    }

    /// The commune inside the district, and the district (or, with none, the commune) inside the
    /// province.
    private mutating func checkPlace(_ record: Record) {
        guard hasUnits else { return }
        let values = record.values
        let province = Self.text(values[Cooperative.province]), district = Self.text(values[Cooperative.district])
        if let commune = Self.text(values[Cooperative.commune]) {
            if let district {
                checkInside(record, "commune", commune, "district", district)
            } else if let province {
                checkInside(record, "commune", commune, "province", province)
            }
        }
        if let district, let province { checkInside(record, "district", district, "province", province) }
    }

    private mutating func checkInside(
        _ record: Record, _ field: String, _ code: String, _ outer: String, _ container: String
    ) {
        let (inside, parent) = lies(code, inside: container)
        guard !inside else { return }
        error(
            record, field,
            .outsideUnit(
                name(field, of: record), code: code, container: name(outer, of: record), containerCode: container,
                actual: parent))
    }

    private mutating func checkCooperative(_ record: Record) {
        let values = record.values
        checkReference(record, field: "province", value: values[Cooperative.province], level: .province)
        checkReference(record, field: "district", value: values[Cooperative.district], level: .district)
        checkReference(record, field: "commune", value: values[Cooperative.commune], level: .commune)
        checkPlace(record)
        if let province = manifest.province, let code = Self.text(values[Cooperative.province]), code != province {
            error(record, "province", .notSubmissionProvince(code: code, province: province))
        }
        if case .integer(let staff) = values[Cooperative.keyStaff],
            case .integer(let trained) = values[Cooperative.keyStaffTrained], trained > staff
        {
            error(
                record, "key_staff_trained",
                .trainedMoreThanStaff(
                    trained: trained, staff: staff, trainedField: name("key_staff_trained", of: record),
                    staffField: name("key_staff", of: record)))
        }
        if case .integer(let members) = values[Cooperative.members], members < 0 {
            error(record, "members", .negative(name("members", of: record)))
        }
        if case .date(let founded) = values[Cooperative.foundedOn], founded > manifest.period.upperBound {
            error(
                record, "founded_on",
                .foundedAfterPeriod(founded: founded.vietnamese, periodEnd: manifest.period.upperBound.vietnamese))
        }
        let status = Self.text(values[Cooperative.status]).flatMap(CooperativeStatus.init(rawValue:))
        if case .date(let dissolved) = values[Cooperative.dissolvedOn] {
            if status != .dissolved {
                error(record, "dissolved_on", .dissolvedDateButStatus(status: status))
            }
            if dissolved > manifest.preparedOn {
                warning(record, "dissolved_on", afterPrepared("dissolved_on", dissolved, of: record))
            }
            if case .date(let founded) = values[Cooperative.foundedOn], dissolved < founded {
                error(
                    record, "dissolved_on",
                    .dissolvedBeforeFounded(dissolved: dissolved.vietnamese, founded: founded.vietnamese))
            }
        } else if status == .dissolved {
            warning(record, "status", .dissolvedWithoutDate)
        }
        if status == .dissolved, values[Cooperative.unionMember] == .bool(true) {
            error(record, "union_member", .dissolvedUnionMember)
        }
    }

    private mutating func checkTask(_ record: Record) {
        let status = Self.text(record["status"]).flatMap(TaskStatus.init(rawValue:))
        if status == .done, record["completed_on"] == .null {
            error(record, "completed_on", .doneNeedsCompletionDate)
        }
        if case .date(let completed) = record["completed_on"], completed > manifest.preparedOn {
            warning(record, "completed_on", afterPrepared("completed_on", completed, of: record))
        }
        if status != .done, record["completed_on"] != .null {
            error(record, "status", .completionDateButNotDone(status: status))
        }
    }

    private func afterPrepared(_ field: String, _ date: CivilDate, of record: Record) -> DataProblem {
        .dateAfterPrepared(name(field, of: record), date: date.vietnamese, prepared: manifest.preparedOn.vietnamese)
    }

    private mutating func pack(_ position: SourcePosition) -> PackedPosition {
        let place = SourcePlace(file: position.file, sheet: position.sheet)
        if files.last != place, !files.contains(place) { files.append(place) }
        let file = files.lastIndex(of: place)!
        return PackedPosition(file: file, line: position.line, column: position.column)
    }

    /// Checks that need every record: parents of units.
    mutating func finish() {
        for (code, parent, position) in unitParents where units[parent] == nil {
            diagnostics.append(.error(at: position, .data(.parentNotInUnits(parent: parent, unit: code))))
        }
        for (code, successor, position) in unitSuccessors where units[successor] == nil {
            diagnostics.append(.error(at: position, .data(.successorNotInUnits(successor: successor, unit: code))))
        }
    }
}

/// A file index, line and column in one 64-bit word: 16 bits of file, 32 of line, 16 of column.
struct PackedPosition: Hashable {
    private let bits: UInt64

    init(file: Int, line: Int, column: Int) {
        bits = UInt64(min(file, 0xFFFF)) << 48 | UInt64(min(line, 0xFFFF_FFFF)) << 16 | UInt64(min(column, 0xFFFF))
    }

    func position(files: [SourcePlace]) -> SourcePosition {
        let place = files[Int(bits >> 48)]
        return SourcePosition(
            file: place.file, sheet: place.sheet, line: Int(bits >> 16 & 0xFFFF_FFFF), column: Int(bits & 0xFFFF))
    }
}

/// A file, or a sheet of a workbook: what a packed position's file index stands for.
struct SourcePlace: Hashable {
    let file: String
    let sheet: String?
}

/// The days a unit existed, as its register gives them, and the unit that took its place.
struct Lifetime: Hashable {
    let from: CivilDate?
    let to: CivilDate?
    let successor: String?

    /// Why a record of a reporting period may not name the unit: the unit did not yet exist when
    /// the period ended, or had ceased before it began.
    func problem(_ field: FieldName, code: String, during period: ClosedRange<CivilDate>) -> DataProblem? {
        if let to, to < period.lowerBound {
            return .unitCeased(field, code: code, ended: to.vietnamese, successor: successor)
        }
        if let from, from > period.upperBound {
            return .unitNotYetFormed(field, code: code, begins: from.vietnamese)
        }
        return nil
    }
}
