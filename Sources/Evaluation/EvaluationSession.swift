import AdministrativeMap
import DataContract
import DataLoading
import Diagnostics
import Expressions
import Rules

/// One evaluation of rule packs over one submission, fed its records as they are read, so a
/// submission of any size is evaluated in one pass without being kept in memory. Parts of a
/// large file can be evaluated by `fork`ed sessions on other cores and `merge`d back in order;
/// the national targets of several submissions are judged by absorbing their sessions into one.
public struct EvaluationSession: RecordSink, Sendable {
    let packs: [RulePack]
    /// How much of the submission each pack binds, in pack order.
    private let reaches: [PackReach]
    let folder: String
    let manifest: Manifest
    private(set) var asOf: CivilDate
    /// Whom the submission speaks for.
    let scope: SubmissionScope
    /// Whether the submission is one part of several judged together: then the nation is judged
    /// once over all of them (`EvaluationResult.combining`), not here.
    let isPart: Bool
    /// Whether national targets are judged here (a national submission alone, or every
    /// submission together), or only each province's contribution is shown.
    private var judgesNation: Bool
    /// The data sets this submission, and every one absorbed into it, holds.
    private var datasets: Set<DatasetKind>
    private var entries: [Entry] = []
    private var passes = Passes()
    /// Entry indices per data set, in rule order.
    private var byKind: [[Int]]
    /// Per data set: the fields naming the unit a record belongs to that its rules use, and the
    /// units seen under each.
    private var slots: [[Slot]]
    private var unitRecords: [Record] = []
    /// The current record's group number under each slot, kept between records to save allocating it.
    private var groups: [Int] = []

    private struct Entry: Sendable {
        let pack: RulePack
        let rule: Rule
        /// Which slot of its data set gives the record's group; nil when the records are not told
        /// apart by unit (a rule owed by the province as a whole).
        let slot: Int?
        /// Where the rule's pass is.
        let pass: Passes.Slot
        /// The earlier province whose area alone the rule's pack binds here, if it does.
        let formerProvince: String?
    }

    private struct Slot: Sendable {
        let field: Int
        var table = GroupTable()
    }

    /// Prepares the rules of `packs` that apply to the submission and pass `include`. A national
    /// submission judges national targets, unless it is one `part` of several.
    public init(
        packs: [RulePack], folder: String, manifest: Manifest, asOf: CivilDate, part: Bool = false,
        include: (Rule) -> Bool = { _ in true }
    ) {
        self.init(
            packs: packs, reaches: packs.map { Evaluator.reach($0, on: manifest) }, folder: folder, manifest: manifest,
            asOf: asOf, part: part, include: include)
    }

    private init(
        packs: [RulePack], reaches: [PackReach], folder: String, manifest: Manifest, asOf: CivilDate, part: Bool,
        include: (Rule) -> Bool
    ) {
        self.packs = packs
        self.reaches = reaches
        self.folder = folder
        self.manifest = manifest
        self.asOf = asOf
        scope = SubmissionScope(manifest)
        isPart = part
        judgesNation = !part && scope == .nation
        datasets = Set(manifest.files.map(\.kind))
        byKind = Array(repeating: [], count: DatasetKind.allCases.count)
        slots = Array(repeating: [], count: DatasetKind.allCases.count)
        for (pack, reach) in zip(packs, reaches) {
            let formerProvince: String? = if case .formerProvince(let code) = reach { code } else { nil }
            guard reach != .elsewhere else { continue }
            for rule in pack.rules where include(rule) {
                let kind = rule.dataset.ordinal
                var slot: Int?
                if let name = Self.unitField(of: rule, placedInArea: formerProvince != nil),
                    let field = rule.dataset.fieldIndex[name]
                {
                    slot = slots[kind].firstIndex { $0.field == field }
                    if slot == nil {
                        slots[kind].append(Slot(field: field))
                        slot = slots[kind].count - 1
                    }
                }
                byKind[kind].append(entries.count)
                entries.append(
                    Entry(
                        pack: pack, rule: rule, slot: slot, pass: passes.add(rule, pack: pack, asOf: asOf),
                        formerProvince: formerProvince))
            }
        }
    }

    /// The field whose unit a record of the rule is placed by; nil for a rule owed by the
    /// province as a whole, unless only the records of an area count: then by the finest unit.
    private static func unitField(of rule: Rule, placedInArea: Bool) -> String? {
        switch rule.owner {
        case .province: placedInArea ? rule.dataset.unitField(for: .commune) : nil
        case .nation: rule.dataset.unitField(for: placedInArea ? .commune : nil)
        case .units: rule.dataset.unitField(for: rule.owner.levels.first)
        }
    }

    /// What each rule included needs from the records, in order: for an engine that computes it
    /// where the data lives, and hands it back to `absorb(_:forPlan:)`.
    public var factPlans: [FactPlan] {
        entries.map { entry in
            let kind = entry.rule.dataset
            return FactPlan(
                pack: entry.pack, rule: entry.rule,
                groupField: entry.slot.map { kind.fields[slots[kind.ordinal][$0].field].name },
                form: passes.plan(at: entry.pass))
        }
    }

    /// The plans of every rule of `packs` that passes `include`, each over all of its data set,
    /// whoever submits it: what a warehouse team schedules for every submission at once.
    public static func factPlans(packs: [RulePack], asOf: CivilDate, include: (Rule) -> Bool = { _ in true })
        -> [FactPlan]
    {
        let manifest = Manifest(
            unit: "", unitName: nil, province: nil, period: asOf...asOf, preparedOn: asOf, conventions: Conventions(),
            files: [], location: SourcePosition(file: "", line: 0, column: 0))
        return EvaluationSession(
            packs: packs, reaches: packs.map { _ in .whole }, folder: "", manifest: manifest, asOf: asOf, part: false,
            include: include
        ).factPlans
    }

    /// Adds what an engine computed for the plan at `index` of `factPlans`, as if the session had
    /// read the records itself.
    public mutating func absorb(_ facts: RuleFacts, forPlan index: Int) {
        let entry = entries[index]
        let kind = entry.rule.dataset.ordinal
        var table = entry.slot.map { slots[kind][$0].table }
        func group(_ value: Value) -> Int { table?.id(of: value) ?? 0 }
        let field = entry.slot.map { slots[kind][$0].field }
        func group(of record: Record) -> Int { field.map { group(record.values[$0]) } ?? 0 }
        switch facts {
        case .aggregate(let facts):
            passes.absorb(facts, at: entry.pass, groups: group)
        case .requirement(let facts):
            passes.absorb(
                selected: facts.selected.map { (group($0.group), $0.count) },
                failing: facts.failing.map { (group(of: $0.record), $0.record, $0.missingValue) }, at: entry.pass)
        case .records(let records):
            for record in records { passes.accept(record, group: group(of: record), at: entry.pass) }
        }
        if let slot = entry.slot, let table { slots[kind][slot].table = table }
    }

    /// Adds a record of the units file alone, for a session whose rules are fed by `absorb`.
    public mutating func addUnit(_ record: Record) {
        unitRecords.append(record)
    }

    /// Feeds one record to every rule that reads its data set.
    public mutating func accept(_ record: Record) {
        let kind = record.kind.ordinal
        if record.kind == .units { unitRecords.append(record) }
        guard !byKind[kind].isEmpty else { return }
        groups.removeAll(keepingCapacity: true)
        for s in slots[kind].indices {
            groups.append(slots[kind][s].table.id(of: record.values[slots[kind][s].field]))
        }
        for i in byKind[kind] {
            passes.accept(record, group: entries[i].slot.map { groups[$0] } ?? 0, at: entries[i].pass)
        }
    }

    /// A session with the same rules and no records yet, for another part of the data.
    public func fork() -> EvaluationSession {
        var fresh = self
        fresh.unitRecords = []
        fresh.passes = Passes()
        for entry in entries {
            _ = fresh.passes.add(entry.rule, pack: entry.pack, asOf: asOf)
        }
        for k in fresh.slots.indices {
            for s in fresh.slots[k].indices { fresh.slots[k][s].table = GroupTable() }
        }
        return fresh
    }

    /// Adds what a fork saw, as if its records had come after this session's.
    public mutating func merge(_ other: EvaluationSession) {
        precondition(other.entries.count == entries.count, "a session merges only its own forks")
        unitRecords += other.unitRecords
        var mappings: [[[Int]]] = slots.map { _ in [] }
        for k in slots.indices {
            mappings[k] = slots[k].indices.map { slots[k][$0].table.absorb(other.slots[k][$0].table) }
        }
        for entry in entries {
            let kind = entry.rule.dataset.ordinal
            let mapping = entry.slot.map { mappings[kind][$0] } ?? [0]
            passes.merge(other.passes, at: entry.pass, from: entry.pass, groups: mapping)
        }
    }

    /// Adds another submission's records of national targets, so the nation is judged on both;
    /// the rules are matched by id, and the other's units join this one's.
    mutating func absorbNation(_ other: EvaluationSession) {
        unitRecords += other.unitRecords
        asOf = max(asOf, other.asOf)
        datasets.formUnion(other.datasets)
        let theirs = Dictionary(other.entries.map { ($0.rule.id, $0) }) { first, _ in first }
        var mappings: [String: [Int]] = [:]
        for entry in entries where entry.rule.owner == .nation {
            guard let their = theirs[entry.rule.id] else { continue }
            let kind = entry.rule.dataset.ordinal
            var mapping = [0]
            if let mine = entry.slot, let slot = their.slot {
                let key = "\(kind) \(mine) \(slot)"
                if mappings[key] == nil {
                    mappings[key] = slots[kind][mine].table.absorb(other.slots[kind][slot].table)
                }
                mapping = mappings[key]!
            }
            passes.merge(other.passes, at: entry.pass, from: their.pass, groups: mapping)
        }
    }

    /// The findings and scorecards of every rule.
    public func finish() -> EvaluationResult {
        let units = UnitDirectory(unitRecords)
        let (findings, notApplicable) = evaluate(nationOnly: false, units: units)
        return EvaluationResult(
            asOf: asOf, submissions: [folder], findings: findings,
            scorecards: Evaluator.scorecards(findings),
            skipped: zip(packs, reaches).filter { $0.1 == .elsewhere }.map {
                SkippedPack(pack: $0.0, submission: folder)
            },
            formerProvinces: formerProvincePacks(units),
            notApplicable: notApplicable, provinces: provinces(units), scope: scope, isPart: isPart,
            national: entries.contains { $0.rule.owner == .nation } ? NationalPart(session: self) : nil)
    }

    /// The packs judged on the area of an earlier province only, with the communes of that area
    /// as of the evaluation day (none: not judged).
    private func formerProvincePacks(_ units: UnitDirectory) -> [FormerProvincePack] {
        zip(packs, reaches).compactMap { pack, reach in
            guard case .formerProvince(let code) = reach,
                let former = AdministrativeMap.until2025.first(where: { $0.code == code }),
                let successor = AdministrativeMap.successor(ofEarlier: code)
            else { return nil }
            let area = units.existing(on: asOf).restricted(to: units.area(ofEarlier: code), in: successor.code)
            return FormerProvincePack(
                pack: pack, submission: folder, former: former, successor: successor,
                communes: area.units(ofLevel: .commune, in: successor.code).count)
        }
    }

    /// The provinces the submission speaks for.
    private func provinces(_ units: UnitDirectory) -> [String] {
        switch scope {
        case .province(let code): [code]
        case .nation: units.units(ofLevel: .province, in: FindingGroup.national.code)
        }
    }

    /// The nation's findings of the national targets, named `submission`, once other
    /// submissions' sessions are absorbed.
    func nationalFindings(submission: String) -> [Finding] {
        var session = self
        session.judgesNation = true
        return session.evaluate(nationOnly: true, submission: submission, units: UnitDirectory(unitRecords)).findings
    }

    /// Every rule's findings, in report order, and the rules nobody here owes.
    private func evaluate(
        nationOnly: Bool, submission: String? = nil, units: UnitDirectory
    ) -> (findings: [Finding], notApplicable: [NotApplicableRule]) {
        let scope = nationOnly ? SubmissionScope.nation : self.scope
        var findings: [Finding] = []
        var notApplicable: [NotApplicableRule] = []
        var onDay: [CivilDate: UnitDirectory] = [:]
        var areas: [String: Set<String>] = [:]
        for entry in entries where !nationOnly || entry.rule.owner == .nation {
            // The units counted are those of the day the duty falls due (or of the as-of date, before it).
            let day = min(asOf, entry.rule.schedule?.due ?? asOf)
            if onDay[day] == nil { onDay[day] = units.existing(on: day) }
            var units = onDay[day]!
            var area: Set<String>?
            if let former = entry.formerProvince {
                if areas[former] == nil { areas[former] = units.area(ofEarlier: former) }
                // A former province's plan with none of its area listed is not judged (the report says so).
                guard let known = areas[former], !known.isEmpty else { continue }
                area = known
                units = units.restricted(to: known, in: manifest.province ?? "")
            }
            // The nation over several submissions names fields as the data format does.
            var context = EvaluationContext(
                asOf: asOf, folder: submission ?? folder, scope: scope, datasets: datasets, units: units,
                pack: entry.pack, rule: entry.rule,
                headers: nationOnly
                    ? ColumnHeaders(kind: entry.rule.dataset) : manifest.headers(for: entry.rule.dataset))
            if area != nil { context.owedFrom = AdministrativeMap.reorganised }
            // Once no district is left to owe a district's duty, records with an empty district
            // column (communes directly under the province) are not a group of their own. Where the
            // column names any unit (a task's lead unit), an empty one is still shown.
            let kind = entry.rule.dataset
            let districtsGone =
                entry.rule.owner.levels.contains(.district)
                && kind.unitField(for: .district) != kind.unitField(for: .commune)
                && districtsEnded(context)
            let names = entry.slot.map { slots[entry.rule.dataset.ordinal][$0].table.names }
            // Only the units that sent this rule's records: others' records share the slot.
            let codes = names.map { names in
                Dictionary(
                    uniqueKeysWithValues: passes.seen(at: entry.pass).map { ($0, names[$0]) }.filter { pair in
                        !(districtsGone && pair.1 == FindingGroup.noUnit.code)
                            && area.map { units.belongs(pair.1, to: $0) } ?? true
                    })
            }
            switch Ownership.resolve(
                entry.rule, in: entry.pack, scope: scope, judgesNation: judgesNation, codes: codes, units: units)
            {
            case .notApplicable:
                notApplicable.append(NotApplicableRule(rule: entry.rule, pack: entry.pack, submission: folder))
            case .noUnitsListed(let levels):
                let remaining = districtsEnded(context) ? levels.filter { $0 != .district } : levels
                if remaining.count < levels.count { findings.append(districtLevelEnded(context, units: units)) }
                if !remaining.isEmpty {
                    findings.append(
                        context.finding(
                            .noData, group: whole(units), reason: .noUnitsListed(remaining),
                            due: entry.rule.schedule?.due))
                }
            case .owned(var owners):
                // Owed by each district too, on data with none: the district part is not judged, and
                // the report says why rather than leave it out.
                if entry.rule.owner.levels.contains(.district), districtsEnded(context),
                    units.units(ofLevel: .district, in: whole(units).code).isEmpty
                {
                    findings.append(districtLevelEnded(context, units: units))
                }
                if nationOnly { owners = owners.filter { !$0.isContribution } }
                var judged = passes.findings(at: entry.pass, context, groups: owners)
                for (i, owner) in owners.enumerated() where owner.isContribution {
                    judged[i] = judged[i].asContribution
                }
                if scope == .nation {
                    // Where the nation is judged (here, or with the other parts), its finding says
                    // what a province's unmeasured part would.
                    judged = zip(owners, judged).filter { !$0.isContribution || $1.status == .contribution }.map(\.1)
                }
                if let national = judged.first(where: { $0.group == .national && $0.status != .contribution }) {
                    judged = judged.map { $0.status == .contribution ? $0.withNational(national) : $0 }
                }
                findings += judged
            }
        }
        return (Evaluator.sorted(findings, packs: packs), notApplicable)
    }
}

extension EvaluationSession {
    /// Whom the submission speaks for, as a group: the province, or the nation.
    fileprivate func whole(_ units: UnitDirectory) -> FindingGroup {
        if case .province(let code) = scope { units.group(code) } else { FindingGroup.national }
    }

    /// Whether the districts' part of the rule fell due only after the district level ended
    /// (30/6/2025): then no district owes it.
    fileprivate func districtsEnded(_ context: EvaluationContext) -> Bool {
        let last = FindingReason.districtLevelEnded
        return context.asOf > last && !context.owesAnything(until: last)
    }

    /// The finding that the districts' part of a rule is not judged: no district is left to owe it.
    fileprivate func districtLevelEnded(_ context: EvaluationContext, units: UnitDirectory) -> Finding {
        context.finding(
            .notOwed, group: whole(units),
            reason: .ownerCeased(lastDay: FindingReason.districtLevelEnded, level: .district),
            due: context.rule.schedule?.due)
    }
}

/// What an evaluation keeps for judging national targets over several submissions.
struct NationalPart: Sendable {
    let session: EvaluationSession
}
