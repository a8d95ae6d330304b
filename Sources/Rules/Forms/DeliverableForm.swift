import DataContract
import Diagnostics
import YAMLNodes

/// An appendix task whose deliverable must be completed by the schedule's deadlines, checked
/// against the task register, e.g. "Sở KH&ĐT: kế hoạch phát triển KTTT, Năm 2023".
public struct DeliverableForm: RuleFormSyntax {
    public static let selectingKey = "task"
    public static let keys = ["lead", "deliverable"]
    public static let impliedDataset: DatasetKind? = .tasks
    public static let needsSchedule = true

    /// The task's identifier in the register's `task` column.
    public let task: String
    /// The lead agency named by the document (đơn vị chủ trì).
    public let lead: String?
    /// The product the document asks for (sản phẩm).
    public let deliverable: String?

    public static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self? {
        let lead = entries["lead"].flatMap { context.reader.text($0, key: "lead") }
        let deliverable = entries["deliverable"].flatMap { context.reader.text($0, key: "deliverable") }
        guard let task = entries[selectingKey].flatMap({ context.reader.text($0, key: selectingKey) }) else {
            return nil
        }
        return Self(task: task, lead: lead, deliverable: deliverable)
    }
}
