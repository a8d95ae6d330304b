import Evaluation
import Expressions
import Rules

extension FactCompiler {
    /// Every plan's queries as one script, each headed by the rule it computes facts for and
    /// where the document says it: what a warehouse team schedules.
    public func script(_ plans: [FactPlan], asOf: CivilDate) -> String {
        var out = """
            -- coopcheck: the facts of every rule, \(dialect.title), as of \(asOf).
            -- Each query reads one table (docs/warehouse.md); every column is text. Run them all
            -- against tables made by `coopcheck sql schema` and filled by `coopcheck sql load`.

            """
        let queries = self.queries(plans)
        var last: Int?
        for query in queries {
            let plan = plans[query.plan]
            if last != query.plan {
                let rule = plan.rule
                out += "\n-- \(rule.id) (\(plan.pack.id)): \(rule.title.en)\n"
                out += "-- \(plan.pack.document.number), \(rule.citation.section)\n"
                last = query.plan
            }
            out += "-- \(Self.describe(query.role))\n" + query.sql + ";\n"
        }
        return out
    }

    static func describe(_ role: FactQuery.Role) -> String {
        switch role {
        case .states(false): "the records selected, and the state of each aggregate, per group"
        case .states(true): "the same, over the cooperatives founded before the programme started"
        case .distinct(let call, false): "the distinct values of aggregate \(call + 1), per group"
        case .distinct(let call, true):
            "the same, over the cooperatives founded before the programme started (aggregate \(call + 1))"
        case .baselines: "the baseline indicator, per group"
        case .selected: "the records selected, per group"
        case .failing: "the records failing the requirement"
        case .records: "the log or register entries the rule judges"
        }
    }
}
