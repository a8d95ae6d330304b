import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules
import Targets

extension Vietnamese {
    /// `, hạn 31/12/2030`, or nothing without a date.
    func due(_ due: CivilDate?) -> String {
        due.map { ", hạn \(day($0))" } ?? ""
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
            return "có hiệu lực từ ngày \(day(from))"
        case .ownerCeased(let lastDay, let level):
            return level == .district && lastDay == FindingReason.districtLevelEnded
                ? "cấp huyện đã kết thúc hoạt động sau ngày \(day(lastDay)): không còn huyện nào phải thực hiện nhiệm "
                    + "vụ đến hạn sau ngày đó"
                : "đơn vị này chỉ tồn tại đến ngày \(day(lastDay)), không phải thực hiện nhiệm vụ đến hạn sau ngày đó"
        case .dueBeforeMerger(let mergedOn):
            return "thuộc nghĩa vụ của tỉnh cũ: nhiệm vụ đến hạn trước ngày \(day(mergedOn)), khi tỉnh cũ được nhập "
                + "vào tỉnh này, và được đánh giá trên hồ sơ của tỉnh cũ"
        case .datasetMissing(let kind):
            return "hồ sơ không có dữ liệu '\(kind)' (\(dataset(kind))) mà quy tắc này cần"
        case .measured:
            let observed = finding.observation.map { self.observed($0, target: finding.target) } ?? ""
            let lead = status(finding.status)
            return
                "\(lead.prefix(1).uppercased() + lead.dropFirst()): \(observed) so với mục tiêu \(target)\(due(finding.due))"
                + (finding.observation?.projection.map { projection($0, finding) } ?? "")
        case .contribution:
            let observed = finding.observation.map { self.observed($0, target: finding.target) } ?? "không có số liệu"
            var text =
                finding.target == nil
                ? "Phần đóng góp vào yêu cầu chung của cả nước\(due(finding.due)): \(observed)"
                : "Phần đóng góp vào mục tiêu cả nước (\(target)\(due(finding.due))): \(observed)"
            if let national = finding.national {
                text += "; cả nước: \(self.observed(national.observation, target: finding.target))"
                if let share = national.share { text += ", trong đó phần này chiếm \(part(share))" }
            }
            return text
        case .notReportedInYears(let years):
            return "Không có số liệu \(Self.years(years)); mục tiêu hằng năm \(target)"
        case .noUnitsListed(let levels):
            return "quy tắc áp dụng cho từng \(levels.map(level).joined(separator: " và ")), "
                + "nhưng danh sách đơn vị không có đơn vị nào như vậy"
        case .indicatorNotReported:
            return "hồ sơ không có số liệu của chỉ tiêu này"
        case .noMatchingRecord:
            return "không có bản ghi nào thuộc phạm vi của quy tắc nên không tính được giá trị"
        case .divisionByZero:
            return "chỉ số đo ở đây chia cho 0 (một tổng hoặc số đơn vị bằng 0) nên không tính được giá trị"
        case .nothingDueYet:
            return "chưa đến hạn"
        case .indicatorNotReportedInAnyYear:
            return "hồ sơ không có số liệu của chỉ tiêu này cho bất kỳ năm nào đã đến hạn"
        case .metEveryYear(let years):
            return "Đạt mục tiêu hằng năm (\(target)) trong \(Self.years(years))"
        case .missedInYears(let years):
            return "Không đạt mục tiêu hằng năm (\(target)) trong \(Self.years(years))"
        case .noRecordSubject:
            return "Không có bản ghi nào thuộc diện áp dụng"
        case .allRecordsComply(let total):
            return "Cả \(total) bản ghi đều đáp ứng yêu cầu: \(requirement(finding))"
        case .recordsFail(let failing, let total):
            return
                "\(failing) trong số \(total) bản ghi không đáp ứng yêu cầu: \(requirement(finding))\(due(finding.due))"
        case .reportLogMissing:
            return "hồ sơ thiếu sổ theo dõi báo cáo hoặc danh sách đơn vị phải báo cáo"
        case .noReportDueYet(let report):
            return "Chưa đến hạn gửi báo cáo '\(report)'"
        case .allReportsOnTime(let report, let count):
            return "Cả \(count) báo cáo '\(report)' đều gửi đúng hạn"
        case .reportsLateOrMissing(let report, let failing, let expected):
            let details = finding.records.prefix(3).map { detail($0, of: finding) }.joined(separator: "; ")
            return "\(failing) trong số \(expected) báo cáo '\(report)' gửi muộn hoặc chưa gửi: \(details)"
        case .ongoingTaskUnderWay(let task):
            return "Nhiệm vụ thường xuyên '\(task)' đang thực hiện"
        case .ongoingTaskNotRecorded(let task):
            return "Sổ theo dõi nhiệm vụ không ghi nhận việc thực hiện nhiệm vụ thường xuyên '\(task)'"
        case .ongoingTaskNotStarted(let task):
            return "Sổ theo dõi nhiệm vụ ghi nhiệm vụ thường xuyên '\(task)' chưa triển khai"
        case .taskNothingDue(let task):
            return "Nhiệm vụ '\(task)' chưa đến hạn"
        case .taskFailed(let task):
            return "Nhiệm vụ '\(task)': "
                + finding.records.prefix(3).map { note($0.problem, of: finding) }.joined(separator: "; ")
        case .taskInProgress(let task):
            return "Nhiệm vụ '\(task)' đang thực hiện\(due(finding.due))"
        case .taskNotStarted(let task):
            return "Nhiệm vụ '\(task)' chưa triển khai\(due(finding.due))"
        case .taskDoneOnTime(let task):
            return "Nhiệm vụ '\(task)' hoàn thành đúng hạn"
        }
    }

    /// `các năm 2024, 2025`, or `năm 2024`.
    static func years(_ years: [Int]) -> String {
        (years.count > 1 ? "các năm " : "năm ") + years.map(String.init).joined(separator: ", ")
    }

    /// A record behind a report finding, by unit and period: `đơn vị 664, kỳ 2025: gửi muộn (…)`.
    func detail(_ record: RecordReference, of finding: Finding) -> String {
        switch record.problem {
        case .reportMissing(let unit, let period, _), .reportLate(let unit, let period, _, _):
            "đơn vị \(unit), kỳ \(period): \(note(record.problem, of: finding))"
        case .missingValue, .unsatisfied, .taskDoneLate, .taskNotDone, .yearMissed, .yearNotReported:
            "\(record.id): \(note(record.problem, of: finding))"
        }
    }

    /// Where a measure not yet met is headed, after the finding's sentence.
    private func projection(_ projection: Projection, _ finding: Finding) -> String {
        switch projection {
        case .linear(let start, let projected):
            let unit = finding.target?.unit ?? .count
            return "; theo xu hướng từ \(figure(start, in: unit)) lúc bắt đầu chương trình, "
                + "dự kiến đạt \(figure(projected.rounded(places: 2), in: unit))\(due(finding.due))"
        case .noTrend:
            return ""
        case .noStartValue:
            return "; không biết số lượng lúc bắt đầu chương trình nên không dự báo được xu hướng"
        }
    }

    /// The rule's requirement in words, naming fields as the submission's columns do.
    private func requirement(_ finding: Finding) -> String {
        guard case .requirement(let form) = finding.rule.form else { return "" }
        return reading(form.requirement.syntax, role: .requirement, headers: finding.headers)
    }

    public func note(_ problem: RecordProblem, of finding: Finding) -> String {
        Visible.escaped(plainNote(problem, of: finding))
    }

    private func plainNote(_ problem: RecordProblem, of finding: Finding) -> String {
        switch problem {
        case .missingValue:
            return "thiếu giá trị cần để kiểm tra"
        case .unsatisfied:
            return "không đáp ứng yêu cầu (\(requirement(finding)))"
        case .reportMissing(_, _, let due):
            return "chưa gửi (hạn \(day(due)))"
        case .reportLate(_, _, let arrived, let due):
            return "gửi muộn (ngày gửi \(day(arrived)), hạn \(day(due)))"
        case .taskDoneLate(let done, let due):
            return "hoàn thành muộn (ngày hoàn thành \(day(done)), hạn \(day(due)))"
        case .taskNotDone(let state, let due):
            let what = state.map(word) ?? "không có trong sổ theo dõi nhiệm vụ"
            return "chưa hoàn thành (\(what)), hạn \(day(due))"
        case .yearNotReported(let year):
            return "không có số liệu, mục tiêu \(finding.target.map(target) ?? ""), hạn \(day(year.due))"
        case .yearMissed(let year):
            let value =
                year.value.map { figure($0, target: finding.target, meetsTarget: year.meetsTarget) }
                ?? "không có số liệu"
            return "\(value), mục tiêu \(finding.target.map(target) ?? ""), hạn \(day(year.due))"
        }
    }

    public func observed(_ observation: Observation, target: Target?) -> String {
        let of = { (noun: String) -> String in
            "\(self.number(observation.numerator ?? 0)) trong số \(self.number(observation.denominator ?? 0)) \(noun)"
        }
        switch observation.kind {
        case .recordsComplying: return of("bản ghi đáp ứng yêu cầu")
        case .reportsOnTime: return of("báo cáo đúng hạn")
        case .deliverablesOnTime: return of("sản phẩm hoàn thành đúng hạn")
        case .value, .share, .perYear:
            guard let value = observation.value else { return "không có số liệu" }
            let shown = figure(value, target: target, meetsTarget: observation.meetsTarget)
            guard observation.kind == .share, let n = observation.numerator, let d = observation.denominator else {
                return shown
            }
            return "\(shown) (\(number(n)) trong số \(number(d)))"
        }
    }
}
