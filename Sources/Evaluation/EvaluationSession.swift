import DataContract
import DataLoading
import Expressions
import Rules

/// One evaluation of rule packs over one submission, fed its records as they are read, so a
/// submission of any size is evaluated in one pass without being kept in memory. Parts of a
/// large file can be evaluated by `fork`ed sessions on other cores and `merge`d back in order.
public struct EvaluationSession: RecordSink {
    let packs: [RulePack]
    let folder: String
    let manifest: Manifest
    let asOf: CivilDate
    private var entries: [Entry] = []
    private var passes = Passes()
    /// Entry indices per data set, in rule order.
    private var byKind: [[Int]]
    /// Per data set: the grouping fields its rules use, and the groups seen under each.
    private var slots: [[Slot]]
    private var unitRecords: [Record] = []
    /// The current record's group number under each slot, kept between records to save allocating it.
    private var groups: [Int] = []

    private struct Entry {
        let pack: RulePack
        let rule: Rule
        /// Which grouping slot of its data set gives the record's group; nil for national rules.
        let slot: Int?
        /// Where the rule's pass is.
        let pass: Passes.Slot
    }

    private struct Slot {
        let field: Int
        var table = GroupTable()
    }

    /// Prepares the rules of `packs` that apply to the submission and pass `include`.
    public init(
        packs: [RulePack], folder: String, manifest: Manifest, asOf: CivilDate, include: (Rule) -> Bool = { _ in true }
    ) {
        self.packs = packs
        self.folder = folder
        self.manifest = manifest
        self.asOf = asOf
        byKind = Array(repeating: [], count: DatasetKind.allCases.count)
        slots = Array(repeating: [], count: DatasetKind.allCases.count)
        for pack in packs where Evaluator.applies(pack, to: manifest) {
            for rule in pack.rules where include(rule) {
                let kind = rule.dataset.ordinal
                var slot: Int?
                if let name = rule.dataset.groupingField(for: rule.grouping), let field = rule.dataset.fieldIndex[name]
                {
                    slot = slots[kind].firstIndex { $0.field == field }
                    if slot == nil {
                        slots[kind].append(Slot(field: field))
                        slot = slots[kind].count - 1
                    }
                }
                byKind[kind].append(entries.count)
                entries.append(
                    Entry(pack: pack, rule: rule, slot: slot, pass: passes.add(rule, pack: pack, asOf: asOf)))
            }
        }
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
        unitRecords += other.unitRecords
        var mappings: [[[Int]]] = slots.map { _ in [] }
        for k in slots.indices {
            mappings[k] = slots[k].indices.map { slots[k][$0].table.absorb(other.slots[k][$0].table) }
        }
        for entry in entries {
            let kind = entry.rule.dataset.ordinal
            let mapping = entry.slot.map { mappings[kind][$0] } ?? [0]
            passes.merge(other.passes, at: entry.pass, groups: mapping)
        }
    }

    /// The findings and scorecards of every rule.
    public func finish() -> EvaluationResult {
        let units = UnitDirectory(unitRecords)
        var findings: [Finding] = []
        for entry in entries {
            let context = EvaluationContext(
                asOf: asOf, folder: folder, manifest: manifest, units: units, pack: entry.pack,
                rule: entry.rule)
            let names = entry.slot.map { slots[entry.rule.dataset.ordinal][$0].table.names } ?? []
            // Groups by code; a national rule, or one over no records, has the one national group.
            let groups =
                names.isEmpty
                ? [(group: FindingGroup.national, id: 0)]
                : names.enumerated().map { (group: context.group($1), id: $0) }.sorted { $0.group.code < $1.group.code }
            findings += passes.findings(at: entry.pass, context, groups: groups)
        }
        let packOrder = Dictionary(uniqueKeysWithValues: packs.enumerated().map { ($1.id, $0) })
        let ruleOrder = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.rule.id, $0) })
        findings.sort {
            ($0.pack.id != $1.pack.id)
                ? packOrder[$0.pack.id]! < packOrder[$1.pack.id]!
                : ($0.group.code != $1.group.code)
                    ? $0.group.code < $1.group.code
                    : ($0.status != $1.status)
                        ? $0.status < $1.status
                        : ruleOrder[$0.rule.id]! < ruleOrder[$1.rule.id]!
        }
        return EvaluationResult(
            asOf: asOf, submissions: [folder], findings: findings,
            scorecards: Evaluator.scorecards(findings),
            skipped: packs.filter { !Evaluator.applies($0, to: manifest) }.map {
                SkippedPack(pack: $0, submission: folder)
            })
    }
}
