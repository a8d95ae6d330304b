import Evaluation
import Messages

extension FormerProvincePack {
    /// What the report says of the pack's reading, in any language.
    var phrase: Phrase {
        .formerProvincePack(
            former: "\(former.name) (\(former.code))", successor: "\(successor.name) (\(successor.code))",
            communes: communes, submission: submission)
    }
}
