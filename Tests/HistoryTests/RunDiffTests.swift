import Foundation
import History
import Rules
import Testing

@Suite struct RunDiffTests {
    func card(_ met: Int, _ violated: Int, submission: String = "dak-nong-2025") -> StoredScorecard {
        StoredScorecard(
            submission: submission, pack: "kh-188-2021-dak-nong", group: "national",
            counts: [.met: met, .violated: violated])
    }

    @Test func changesAreSortedIntoNewResolvedAndOtherStatusChanges() {
        let before = [
            finding("A", .met), finding("B", .violated), finding("C", .atRisk), finding("D", .onTrack),
            finding("E", .violated), finding("G", .noData),
        ]
        let after = [
            finding("A", .violated), finding("B", .met), finding("C", .violated), finding("D", .met),
            finding("E", .violated), finding("F", .violated), finding("G", .noData),
        ]
        let diff = RunDiff(
            from: nil, to: nil, before: (before, [card(2, 2)], [outcome("dak-nong-2025")]),
            after: (after, [card(2, 4)], [outcome("dak-nong-2025")]))
        #expect(diff.newViolations.map(\.key.rule) == ["A", "C", "F"])
        #expect(diff.newViolations.map { $0.before?.status } == [.met, .atRisk, nil])
        #expect(diff.resolvedViolations.map(\.key.rule) == ["B"])
        #expect(diff.statusChanges.map(\.key.rule) == ["D"])
        #expect(diff.scoreChanges.map(\.before) == [Decimal(2) / Decimal(4)])
        #expect(diff.scoreChanges.map(\.after) == [Decimal(2) / Decimal(6)])
        #expect(diff.submissionChanges.isEmpty)
    }

    /// A new violation is new because its submission's files changed, else because the packs
    /// did, else because a due date passed; the changed files are listed by path.
    @Test func aNewViolationSaysWhetherTheDataChangedOrADueDatePassed() {
        func input(_ kind: RunInput.Kind, _ name: String, _ path: String, _ hash: String) -> RunInput {
            RunInput(kind: kind, name: name, path: path, sha256: hash)
        }
        let diff = RunDiff(
            from: nil, to: nil,
            before: (
                [finding("A", .atRisk), finding("B", .met, in: "gia-lai-2025")], [],
                [outcome("dak-nong-2025"), outcome("gia-lai-2025")]
            ),
            after: (
                [finding("A", .violated), finding("B", .violated, in: "gia-lai-2025")], [],
                [outcome("dak-nong-2025"), outcome("gia-lai-2025")]
            ))
        let pack = input(.rulePack, "kh-188", "Rules/kh-188.yaml", "aa")
        let same = [pack, input(.submissionFile, "dak-nong-2025", "dak-nong-2025/cooperatives.csv", "11")]
        let gia = input(.submissionFile, "gia-lai-2025", "gia-lai-2025/tasks.csv", "22")
        let unchanged = diff.reading(inputs: same + [gia], same + [gia])
        #expect(unchanged.newViolations.map(\.cause) == [.dueDatePassed, .dueDatePassed])
        #expect(unchanged.inputChanges.isEmpty)
        let edited = input(.submissionFile, "gia-lai-2025", "gia-lai-2025/tasks.csv", "23")
        let added = input(.submissionFile, "gia-lai-2025", "gia-lai-2025/reports.csv", "33")
        let dataChanged = diff.reading(inputs: same + [gia], same + [edited, added])
        #expect(dataChanged.newViolations.map(\.key.submission) == ["dak-nong-2025", "gia-lai-2025"])
        #expect(dataChanged.newViolations.map(\.cause) == [.dueDatePassed, .dataChanged])
        #expect(dataChanged.inputChanges.map(\.input.path) == ["gia-lai-2025/reports.csv", "gia-lai-2025/tasks.csv"])
        #expect(dataChanged.inputChanges.map(\.change) == [.added, .changed])
        let newPack = input(.rulePack, "kh-188", "Rules/kh-188.yaml", "ab")
        let rulesChanged = diff.reading(inputs: same + [gia], [newPack] + same.dropFirst() + [gia])
        #expect(rulesChanged.newViolations.map(\.cause) == [.rulesChanged, .rulesChanged])
    }

    @Test func theFindingsOfASubmissionInvalidInEitherRunAreNotComparedButItsValidityIs() {
        let before = [finding("A", .met, in: "national-2025"), finding("A", .met, in: "dak-nong-2025")]
        let after = [finding("A", .met, in: "dak-nong-2025")]
        let diff = RunDiff(
            from: nil, to: nil,
            before: (
                before, [card(1, 0, submission: "national-2025")], [outcome("dak-nong-2025"), outcome("national-2025")]
            ),
            after: (
                after, [], [outcome("dak-nong-2025"), outcome("national-2025", valid: false), outcome("gia-lai-2025")]
            ))
        #expect(diff.newViolations.isEmpty && diff.resolvedViolations.isEmpty && diff.statusChanges.isEmpty)
        #expect(diff.scoreChanges.isEmpty)
        #expect(diff.submissionChanges.map(\.name) == ["gia-lai-2025", "national-2025"])
        #expect(diff.submissionChanges.map { $0.before?.valid } == [nil, true])
        #expect(diff.submissionChanges.map { $0.after?.valid } == [true, false])
    }

    @Test func aSubmissionNewToTheLaterRunBringsNewViolationsAndOneGoneIsNotCompared() {
        let diff = RunDiff(
            from: nil, to: nil,
            before: ([finding("A", .violated, in: "dak-nong-2025")], [], [outcome("dak-nong-2025")]),
            after: (
                [finding("A", .violated, in: "national-2025"), finding("B", .met, in: "national-2025")], [],
                [outcome("national-2025")]
            ))
        #expect(diff.newViolations.map(\.key.submission) == ["national-2025"])
        #expect(diff.newViolations.map { $0.before == nil } == [true])
        #expect(diff.statusChanges.map(\.key.rule) == ["B"], "absent → met")
        #expect(diff.resolvedViolations.isEmpty, "a submission gone is not a violation resolved")
        #expect(diff.submissionChanges.map(\.name) == ["dak-nong-2025", "national-2025"])
    }

    @Test func identicalRunsHaveNoChanges() {
        let findings = [finding("A", .met, observed: "3"), finding("B", .violated)]
        let diff = RunDiff(
            from: nil, to: nil, before: (findings, [card(1, 1)], [outcome("dak-nong-2025")]),
            after: (findings, [card(1, 1)], [outcome("dak-nong-2025")]))
        #expect(diff.isEmpty)
    }

    @Test func oneSubmissionsPartLeavesTheOthersOut() {
        let diff = RunDiff(
            from: nil, to: nil,
            before: ([finding("A", .met, in: "x"), finding("A", .met, in: "y")], [], [outcome("x"), outcome("y")]),
            after: (
                [finding("A", .violated, in: "x"), finding("A", .violated, in: "y")], [], [outcome("x"), outcome("y")]
            ))
        #expect(diff.newViolations.count == 2)
        #expect(diff.only(submission: "y").newViolations.map(\.key.submission) == ["y"])
    }
}
