import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules
import Targets

extension English {
    /// ` by 31/12/2030`, or nothing without a date.
    func by(_ due: CivilDate?) -> String {
        due.map { " by \(day($0))" } ?? ""
    }

    public func message(_ finding: Finding) -> String {
        let text = Visible.escaped(sentence(finding))
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The finding's reason in words, before it is capitalised as a sentence.
    private func sentence(_ finding: Finding) -> String {
        let target = finding.target.map(self.target) ?? ""
        switch finding.reason {
        case .notEffective(let from):
            return "takes effect on \(day(from))"
        case .ownerCeased(let lastDay, let level):
            return level == .district && lastDay == FindingReason.districtLevelEnded
                ? "the district level ended after \(day(lastDay)): no district is left to owe what falls due later"
                : "this unit existed until \(day(lastDay)) and owes nothing that falls due later"
        case .dueBeforeMerger(let mergedOn):
            return "owed by the former province: it fell due before \(day(mergedOn)), when that province became "
                + "part of this one, and is judged on the former province's own submissions"
        case .datasetMissing(let kind):
            return "the submission has no '\(kind)' data (\(dataset(kind))), which this rule needs"
        case .measured:
            let observed = finding.observation.map { self.observed($0, target: finding.target) } ?? ""
            let lead = status(finding.status)
            return
                "\(lead.prefix(1).uppercased() + lead.dropFirst()): \(observed) against a target of \(target)\(by(finding.due))"
                + (finding.observation?.projection.map { projection($0, finding) } ?? "")
        case .contribution:
            let observed = finding.observation.map { self.observed($0, target: finding.target) } ?? "no value"
            var text =
                finding.target == nil
                ? "Contribution to the national requirement\(by(finding.due)): \(observed)"
                : "Contribution to the national target (\(target)\(by(finding.due))): \(observed)"
            if let national = finding.national {
                text += "; the nation: \(self.observed(national.observation, target: finding.target))"
                if let share = national.share { text += ", of which this is \(part(share))" }
            }
            return text
        case .notReportedInYears(let years):
            return "Not reported for \(years.map(String.init).joined(separator: ", ")): target \(target) every year"
        case .noUnitsListed(let levels):
            return "the rule is owed by every \(levels.map(level).joined(separator: " and ")), "
                + "and the units file lists none"
        case .indicatorNotReported:
            return "the submission reports no value for this indicator"
        case .noMatchingRecord:
            return "no record matches the rule, so the measure has no value"
        case .divisionByZero:
            return "the measure divides by zero here (a total or a number of units of 0), so it has no value"
        case .nothingDueYet:
            return "nothing is due yet"
        case .indicatorNotReportedInAnyYear:
            return "the submission reports no value for this indicator in any year due"
        case .metEveryYear(let years):
            return "Met every year (\(years.map(String.init).joined(separator: ", "))): target \(target)"
        case .missedInYears(let years):
            return "Violated in \(years.map(String.init).joined(separator: ", ")): target \(target) every year"
        case .noRecordSubject:
            return "No record is subject to the requirement"
        case .allRecordsComply(let total):
            return "All \(total) records satisfy: \(requirement(finding))"
        case .recordsFail(let failing, let total):
            return "\(failing) of \(total) records do not satisfy: \(requirement(finding))\(by(finding.due))"
        case .reportLogMissing:
            return "the submission lacks the report log or the units that must report"
        case .noReportDueYet(let report):
            return "No report of '\(report)' is due yet"
        case .allReportsOnTime(let report, let count):
            return "All \(count) reports of '\(report)' arrived on time"
        case .reportsLateOrMissing(let report, let failing, let expected):
            let detail = finding.records.prefix(3).map { "\($0.id) \(note($0.problem, of: finding))" }.joined(
                separator: "; ")
            return "\(failing) of \(expected) reports of '\(report)' late or missing: \(detail)"
        case .ongoingTaskUnderWay(let task):
            return "Ongoing task '\(task)' is under way"
        case .ongoingTaskNotRecorded(let task):
            return "The task register shows no work on ongoing task '\(task)'"
        case .ongoingTaskNotStarted(let task):
            return "The task register says ongoing task '\(task)' has not started"
        case .taskNothingDue(let task):
            return "Nothing is due yet for task '\(task)'"
        case .taskFailed(let task):
            return "Task '\(task)': "
                + finding.records.prefix(3).map { note($0.problem, of: finding) }.joined(separator: "; ")
        case .taskInProgress(let task):
            return "Task '\(task)' is in progress" + (finding.due.map { ", due by \(day($0))" } ?? "")
        case .taskNotStarted(let task):
            return "Task '\(task)' has not started" + (finding.due.map { "; it is due by \(day($0))" } ?? "")
        case .taskDoneOnTime(let task):
            return "Task '\(task)' was done on time"
        }
    }

    /// Where a measure not yet met is headed, after the finding's sentence.
    private func projection(_ projection: Projection, _ finding: Finding) -> String {
        switch projection {
        case .linear(let start, let projected):
            let unit = finding.target?.unit ?? .count
            return "; on its trend from \(figure(start, in: unit)) at the programme's start, "
                + "\(figure(projected.rounded(places: 2), in: unit))\(by(finding.due))"
        case .noTrend:
            return ""
        case .noStartValue:
            return "; the stock at the programme's start is unknown, so no trend can be projected"
        }
    }

    /// The rule's requirement in words.
    private func requirement(_ finding: Finding) -> String {
        guard case .requirement(let form) = finding.rule.form else { return "" }
        return reading(form.requirement.syntax, role: .requirement, headers: nil)
    }

    public func note(_ problem: RecordProblem, of finding: Finding) -> String {
        Visible.escaped(plainNote(problem, of: finding))
    }

    private func plainNote(_ problem: RecordProblem, of finding: Finding) -> String {
        switch problem {
        case .missingValue:
            return "a value the requirement needs is missing"
        case .unsatisfied:
            return "does not satisfy: \(requirement(finding))"
        case .reportMissing(_, _, let due):
            return "missing: due by \(day(due))"
        case .reportLate(_, _, let arrived, let due):
            return "late: arrived \(day(arrived)), due by \(day(due))"
        case .taskDoneLate(let done, let due):
            return "done late: \(day(done)), due by \(day(due))"
        case .taskNotDone(let state, let due):
            let what =
                switch state {
                case .notStarted: "not started"
                case .inProgress: "in progress"
                case .done: "done, with no completion date"
                case nil: "no entry in the task register"
                }
            return "not done (\(what)), due by \(day(due))"
        case .yearNotReported(let year):
            return "not reported, target \(finding.target.map(target) ?? "") by \(day(year.due))"
        case .yearMissed(let year):
            let value =
                year.value.map { figure($0, target: finding.target, meetsTarget: year.meetsTarget) } ?? "no value"
            return "\(value), target \(finding.target.map(target) ?? "") by \(day(year.due))"
        }
    }

    public func observed(_ observation: Observation, target: Target?) -> String {
        let of = { (noun: String) -> String in
            "\(self.number(observation.numerator ?? 0)) of \(self.number(observation.denominator ?? 0)) \(noun)"
        }
        switch observation.kind {
        case .recordsComplying: return of("records comply")
        case .reportsOnTime: return of("reports on time")
        case .deliverablesOnTime: return of("deliverables done on time")
        case .value, .share, .perYear:
            guard let value = observation.value else { return "no value" }
            let shown = figure(value, target: target, meetsTarget: observation.meetsTarget)
            guard observation.kind == .share, let n = observation.numerator, let d = observation.denominator else {
                return shown
            }
            return "\(shown) (\(number(n)) of \(number(d)))"
        }
    }
}
