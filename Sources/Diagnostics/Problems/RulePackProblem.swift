/// A rule pack whose content is wrong: ids, forms, keys that belong together, examples.
public enum RulePackProblem: Hashable, Sendable {
    case badPackID(String)
    case badRuleID(String)
    case noRules
    case periodNotSpan(String)
    case nothingToCheck(rule: String?, keys: [String])
    case mixedForms(rule: String?, keys: [String])
    case strayKey(String, belongsWith: String, rule: String?)
    case missingDataset(rule: String?, datasets: [String])
    case datasetImplied(key: String, implied: String, given: String)
    case needsSchedule(rule: String?)
    case missingCitation(rule: String?)
    case exampleMissingExpect(statuses: [String])
    case fieldNotSingleValue(field: String, found: NodeKind)
    case measureNeedsTarget
    case baselineNeeded(target: String)
    case baselineNotUsed
    case baselineYear
    /// A key of an earlier rule language, replaced by another.
    case replacedKey(String, by: String, example: String)
    /// A report rule of a national pack must say who reports.
    case reportNeedsOwner
    /// `each` followed by a word that is no unit level.
    case unknownOwnerLevel(String, suggestion: String?)
    /// `nation` or `province` inside a list of owners.
    case ownerAlone(String)
    /// `owner: province` in a pack that binds no province.
    case provinceOwnerNeedsProvincialPack
    /// `owner: nation` in a pack that binds a province.
    case nationOwnerInProvincialPack
    /// An owner the rule's form cannot be owed by (`nation` for a task, `central` for a report).
    case ownerNotForForm(owner: String, key: String)
    /// An owner a cooperative's record cannot be placed under (a unit code, an agency).
    case ownerNotForCooperatives(owner: String)
    /// A target range whose reading (floor with an aim, or band) the pack does not give.
    case rangeNeedsReading(target: String)
    /// `range:` on a target that is not a range.
    case rangeNotARange(target: String)
    /// A share or coverage (never above 100%) asked to reach more than 100%.
    case shareTargetBeyondWhole(target: String)
    case noSuchPath
    case noPacksInFolder
    case duplicatePackID(String, firstFile: String)
    case duplicateRuleID(String, first: SourcePosition)
    /// An example of a rule gives other statuses than it expects.
    case exampleFails(rule: String, expected: FindingStatus, asOf: String, got: [ExampleOutcome])
    /// A rule lacks an example that satisfies it or one that violates it.
    case examplesIncomplete(rule: String)

    /// What a rule gave for one group of an example.
    public struct ExampleOutcome: Hashable, Sendable {
        public let status: FindingStatus
        /// The group's code.
        public let group: String

        public init(status: FindingStatus, group: String) {
            self.status = status
            self.group = group
        }
    }
}
