import Diagnostics
import Evaluation
import Expressions
import Foundation
import History
import Rules
import Warehouse

extension Vietnamese {
    public func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .checkHeading(let submissions, let asOf):
            return "coopcheck check: \(submissions.joined(separator: ", ")), tính đến ngày \(day(asOf))"
        case .reportHeading(let submissions, let asOf):
            return "coopcheck: \(submissions.joined(separator: ", ")) — tính đến ngày \(day(asOf))"
        case .rollUp:
            return "tổng hợp tất cả hồ sơ"
        case .allTogether:
            return "cả nước, trên số liệu của tất cả hồ sơ gộp lại"
        case .statusCounts(let counts):
            return FindingStatus.allCases.compactMap { s in counts[s].map { "\(status(s)): \($0)" } }.joined(
                separator: "; ")
        case .scoreOfDueTargets(let score):
            return "tỷ lệ đạt: \(percent(score)) số mục tiêu đã đến hạn"
        case .score(let score):
            return "tỷ lệ đạt: \(percent(score))"
        case .findingsSummary(let n):
            return "Tổng cộng: \(n) kết quả"
        case .moreRecords(let n):
            return "… và \(n) bản ghi khác"
        case .skippedPack(let province, let submission):
            return "chỉ áp dụng cho tỉnh \(province); không đánh giá với hồ sơ \(submission)"
        case .formerProvincePack(let former, let successor, let communes, let submission) where communes == 0:
            return
                "kế hoạch của \(former) trước sắp xếp, nay thuộc \(successor): không đánh giá với hồ sơ \(submission) vì "
                + "danh mục đơn vị không có xã, phường nào của tỉnh cũ; hãy liệt kê các đơn vị đó cùng mã đơn vị kế "
                + "thừa (cột Hiệu lực đến ngày, Mã đơn vị kế thừa) để đánh giá"
        case .formerProvincePack(let former, let successor, let communes, let submission):
            return
                "kế hoạch của \(former) trước sắp xếp, nay thuộc \(successor): đánh giá trên hồ sơ \(submission) chỉ trong "
                + "phạm vi địa bàn tỉnh cũ — \(communes) đơn vị cấp xã và các cơ quan cấp tỉnh kế thừa nhiệm vụ"
        case .notApplicable(let rules, let submission):
            return "\(count(rules)) quy định do đơn vị khác chịu trách nhiệm (cơ quan trung ương, đơn vị ngoài "
                + "hồ sơ \(submission)) không tính vào bảng này"
        case .barLegend:
            return
                "Thanh: giá trị thực tế; vạch đen: mục tiêu. Biểu đồ theo thời gian: nét đứt, lộ trình từ lúc bắt đầu đến "
                + "mục tiêu vào ngày đến hạn; chấm, giá trị hiện nay; nét mảnh, xu hướng đến hạn."
        case .trendLegend:
            return "Đường nhỏ: diễn biến qua các lần chạy đã ghi; nét đứt: mục tiêu."
        case .barLabel(let observed, let target):
            return "giá trị thực tế \(observed), mục tiêu \(target)"
        case .trendLabel(let runs, let points):
            return "diễn biến qua \(runs) lần chạy: \(points)"
        case .targetIs(let target):
            return "mục tiêu: \(target)"
        case .heading(let heading):
            return self.heading(heading)
        case .column(let column):
            return self.column(column)
        case .findingsCut(let shown, let total, let fullReport):
            return "Chỉ hiện \(shown) kết quả nghiêm trọng nhất trong \(total) kết quả cho vừa một bình luận; "
                + (fullReport.map { "đầy đủ có trong \($0)." } ?? "hãy ghi báo cáo đầy đủ bằng --format json hoặc html.")
        case .violationCause(let cause):
            return switch cause {
            case .dataChanged: "số liệu thay đổi"
            case .rulesChanged: "gói quy tắc thay đổi"
            case .dueDatePassed: "đã quá hạn, số liệu và quy tắc không đổi"
            }
        case .inputChange(let kind):
            return switch kind {
            case .added: "thêm mới"
            case .removed: "bị xoá"
            case .changed: "thay đổi"
            }
        case .inputProblems(let errors, let warnings):
            return "coopcheck: dữ liệu đầu vào có \(errors) lỗi và \(warnings) cảnh báo"
                + (errors > 0 ? "; chưa đánh giá quy tắc nào" : "")
        case .moreAnnotations(let count, let severity, let fullReport):
            return
                "còn \(count) \(self.severity(severity)) không được chú thích (GitHub chỉ hiện 10 chú thích mỗi loại "
                + "cho một bước): chúng được ghi tiếp trong nhật ký"
                + (fullReport.map { ", và có đủ trong \($0)" } ?? "")
        case .none:
            return "không có"
        case .absent:
            return "không có"
        case .checkedSubmission:
            return "đã kiểm tra"
        case .invalidSubmission:
            return "không hợp lệ"
        case .notSubmitted:
            return "chưa gửi hồ sơ"
        case .invalidWithErrors(let n):
            return "không hợp lệ, \(n) lỗi"
        case .firstRecordedRun:
            return "Đây là lần chạy đầu tiên được ghi lại: chưa có lần chạy nào để so sánh."
        case .sinceRun(let run, let changes):
            return "So với \(runName(run)): \(changeCounts(changes))."
        case .diffHeading(let from, let to):
            return "coopcheck diff: \(runName(from)) → \(runName(to))"
        case .changesSince(let run):
            return run.map { "Thay đổi so với \(runName($0))" } ?? "Thay đổi so với lần chạy trước"
        case .changeCounts(let changes):
            return changeCounts(changes)
        case .observedValue(let text):
            return "giá trị \(text)"
        case .noRunRecorded:
            return "Chưa có lần chạy nào được ghi lại."
        case .runHeading(let run, let submissions, let configuration):
            return "coopcheck run: lần chạy \(run), \(submissions) hồ sơ, cấu hình \(configuration)"
        case .asOfDate(let date):
            return "tính đến ngày \(day(date))"
        case .submissionInvalidLine(let firstError, let errors):
            return "không hợp lệ: \(firstError ?? "không đọc được") (\(errors) lỗi)"
        case .notSubmittedLine(let province):
            return "\(province)  chưa gửi hồ sơ: lần chạy cần hồ sơ của tỉnh \(province) nhưng không nhận được"
        case .sinceRunLine(let run, let changes, let history):
            return "So với lần chạy \(run): \(changeCounts(changes)) (coopcheck diff --history \(history))"
        case .firstRunOfHistory:
            return "Đây là lần chạy đầu tiên được ghi trong tệp lịch sử này: chưa có lần chạy nào để so sánh."
        case .removedLeftovers(let files):
            return "Đã xóa \(count(files.count)) tệp báo cáo viết dở do một lần chạy bị ngắt để lại: "
                + files.joined(separator: ", ")
        case .recordedRun(let run, let history, let reports, let directory):
            let wrote = reports.flatMap { n in directory.map { "; đã ghi \(n) báo cáo vào \($0)" } } ?? ""
            return "Đã ghi lần chạy \(run) vào \(history)\(wrote)"
        case .runProgress(let done, let total, let submission, let valid):
            return "coopcheck: [\(done)/\(total)] \(submission): \(valid ? "đã kiểm tra" : "không hợp lệ")"
        case .invalidSubmissionNotEvaluated(let name, let path):
            return "\(name): hồ sơ không hợp lệ, chưa được đánh giá (hãy chạy 'coopcheck validate \(path)')"
        case .notice(let notice):
            return self.notice(notice)
        case .web(let text):
            return web(text)
        }
    }

    /// `02:00 ngày 30/11/2026 (UTC)` from `2026-11-30T02:00:00Z`.
    static func moment(_ timestamp: String) -> String {
        guard let match = timestamp.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}Z/) else {
            return timestamp
        }
        return "\(match.4):\(match.5) ngày \(match.3)/\(match.2)/\(match.1) (giờ UTC)"
    }

    func runName(_ run: RunSummary?) -> String {
        guard let run else { return "lần chạy này" }
        let asOf = CivilDate.parseISO(run.asOf).map(day) ?? run.asOf
        return "lần chạy \(run.id) (số liệu tính đến ngày \(asOf), chạy lúc \(Self.moment(run.startedAt)))"
    }

    func changeCounts(_ c: Phrase.ChangeCounts) -> String {
        "\(c.newViolations) kết quả mới không đạt, \(c.resolvedViolations) kết quả đã khắc phục, "
            + "\(c.statusChanges) thay đổi trạng thái khác, \(c.scoreChanges) thay đổi tỷ lệ đạt, \(c.submissionChanges) thay đổi hồ sơ"
    }

    func heading(_ heading: Phrase.Heading) -> String {
        switch heading {
        case .scorecard: "Bảng tổng hợp kết quả"
        case .findings: "Kết quả đánh giá"
        case .submissions: "Hồ sơ"
        case .newViolations: "Mới chuyển sang không đạt"
        case .resolvedViolations: "Đã khắc phục"
        case .statusChanges: "Thay đổi trạng thái"
        case .scoreChanges: "Thay đổi tỷ lệ đạt"
        case .submissionChanges: "Hồ sơ"
        case .inputChanges: "Tệp đầu vào thay đổi"
        }
    }

    func column(_ column: Phrase.Column) -> String {
        switch column {
        case .pack: "gói"
        case .group: "nhóm"
        case .rule: "quy tắc"
        case .status: "trạng thái"
        case .progress: "tiến độ"
        case .due: "hạn"
        case .score: "tỷ lệ đạt"
        case .observed: "giá trị"
        case .target: "mục tiêu"
        case .message: "nội dung"
        case .submission: "hồ sơ"
        case .asOf: "tính đến ngày"
        case .firstError: "lỗi đầu tiên"
        case .before: "lần trước"
        case .now: "lần này"
        case .run: "lần chạy"
        case .startedUTC: "bắt đầu (UTC)"
        case .submissions: "số hồ sơ"
        case .invalid: "không hợp lệ"
        case .severity: "mức độ"
        case .section: "điều khoản"
        case .quote: "trích dẫn"
        case .groupName: "tên nhóm"
        case .record: "bản ghi"
        case .file: "tệp"
        case .sheet: "trang tính"
        case .cell: "ô"
        case .line: "dòng"
        case .column: "cột"
        case .note: "ghi chú"
        case .code: "mã vấn đề"
        case .observedValue: "giá trị (số)"
        case .targetValue: "mục tiêu (số)"
        case .position: "vị trí"
        }
    }

    func notice(_ notice: Notice) -> String {
        switch notice {
        case .packsInvalidNothingEvaluated:
            return "lỗi: các gói quy tắc không hợp lệ; không thực hiện đánh giá"
        case .packsInvalidNothingRun:
            return "lỗi: các gói quy tắc không hợp lệ; không thực hiện lần chạy và không ghi vào tệp lịch sử"
        case .noRules(let paths):
            return
                "lỗi: không có quy tắc nào để đánh giá: \(paths.joined(separator: ", ")) không chứa quy tắc nào; hãy ghi "
                + "tệp bộ quy tắc hoặc thư mục chứa chúng, hoặc bỏ --rules để dùng các bộ quy tắc có sẵn"
        case .noRulesInConfiguration(let paths, let configuration):
            return
                "lỗi: không có quy tắc nào để đánh giá: \(paths.joined(separator: ", ")) không chứa quy tắc nào; hãy ghi "
                + "tệp bộ quy tắc hoặc thư mục chứa chúng vào 'rules' của \(configuration), hoặc bỏ 'rules' để dùng "
                + "các bộ quy tắc có sẵn"
        case .packsInvalidRunLint:
            return "lỗi: các gói quy tắc không hợp lệ; hãy chạy 'coopcheck rules lint'"
        case .packErrors(let count, let path):
            return "lỗi: các gói quy tắc có \(count) lỗi; hãy chạy 'coopcheck rules lint \(path)' để xem"
        case .noSuchPack(let id, let suggestion):
            return "lỗi: không có gói quy tắc '\(id)'\(Self.didYouMean(suggestion))"
        case .noSuchRule(let id, let paths, let suggestion):
            return "lỗi: không có quy tắc '\(id)'" + (paths.map { " trong \($0.joined(separator: ", "))" } ?? "")
                + Self.didYouMean(suggestion)
        case .checking(let submission, let rules):
            return "đang kiểm tra \(submission) theo \(rules) quy tắc…"
        case .provinceTwice(let province, let submissions):
            return "cảnh báo: \(Self.quotedList(submissions)) cùng là hồ sơ của tỉnh \(province): số liệu của tỉnh bị "
                + "tính nhiều lần trong số liệu cả nước; hãy để số liệu của mỗi tỉnh trong một hồ sơ"
        case .submissionInvalid(let folder):
            return
                "lỗi: hồ sơ \(folder) không hợp lệ; không thực hiện đánh giá (hãy chạy 'coopcheck validate \(folder)')"
        case .submissionNotLoaded(let folder):
            return "lỗi: hồ sơ \(folder) không hợp lệ; không nạp dữ liệu nào (hãy chạy 'coopcheck validate \(folder)')"
        case .wroteReport(let format, let file):
            return "coopcheck: đã ghi báo cáo dạng \(format) vào \(file)"
        case .cannotWrite(let file, let reason):
            return "lỗi: không ghi được \(file): \(Self.systemReason(reason))"
        case .baselineUnreadable(let file, let reason):
            return "lỗi: không đọc được tệp mốc \(file): \(Self.systemReason(reason)); "
                + "hãy tạo tệp mốc bằng --write-baseline TỆP"
        case .baselineNotAReport(let file):
            return "lỗi: \(file) không phải báo cáo JSON của coopcheck (không có danh sách 'violations'); "
                + "hãy tạo tệp mốc bằng --write-baseline TỆP"
        case .baselineSummary(let file, let known, let new):
            return "tệp mốc \(file): còn \(known) vi phạm đã biết, \(new) vi phạm mới"
        case .newViolation(let rule, let place, let text):
            return "mới: \(place): \(rule): \(text)"
        case .serving(let address, let packs):
            return "coopcheck serve: hãy mở \(address) trong trình duyệt (\(count(packs)) bộ quy tắc; Ctrl+C để dừng)"
        case .cannotServe(let reason):
            return "lỗi: không chạy được máy chủ: \(Self.systemReason(reason)); hãy chọn --port khác, hoặc dừng chương "
                + "trình đang dùng cổng đó"
        case .badTokenLine(let file, let line):
            return "\(file):\(line):1: lỗi: mỗi dòng của tệp mã truy cập là 'MÃ TỈNH' (mã dài từ 16 ký tự, rồi mã tỉnh "
                + "hoặc *)"
        case .cannotRead(let file, let reason):
            return "lỗi: không đọc được \(file): \(Self.systemReason(reason))"
        case .configurationInvalid:
            return "lỗi: tệp cấu hình chạy không hợp lệ; không thực hiện lần chạy"
        case .reportNotWritten(let path, let reason, let run, let history):
            return
                "\(path): lỗi: không ghi được báo cáo (\(Self.systemReason(reason))); lần chạy \(run) đã được ghi vào \(history)"
        case .historyOverlaps(let history, let other):
            return
                "\(history): lỗi: tệp lịch sử trùng với \(other == history ? "một tệp mà lần chạy đọc hoặc ghi" : other), "
                + "tệp này sẽ ghi đè tệp kia; chưa chạy gì: hãy đặt tệp lịch sử ở một đường dẫn riêng"
        case .validationSummary(let files, let records, let rejected, let errors, let warnings):
            return "coopcheck: \(files) tệp, \(records) bản ghi (\(rejected) bị loại): "
                + problems(errors, warnings, clean: "hợp lệ")
        case .lintSummary(let files, let rules, let errors, let warnings):
            return "coopcheck: \(files) tệp gói quy tắc, \(rules) quy tắc hợp lệ: "
                + problems(errors, warnings, clean: "không có vấn đề gì")
        case .examplesSummary(let rules, let examples, let failed, let warnings):
            return "coopcheck: \(rules) quy tắc, \(examples) ví dụ: "
                + (failed == 0 ? "tất cả đều đúng" : "\(failed) ví dụ sai")
                + (warnings > 0 ? ", \(warnings) cảnh báo" : "")
        case .generated(let files, let folder):
            return "coopcheck: đã ghi \(files.joined(separator: ", ")) vào \(folder)"
        case .cannotGenerate(let folder, let reason):
            return "lỗi: không ghi được vào \(folder): \(Self.systemReason(reason))"
        case .folderHasSubmission(let folder):
            return "lỗi: \(folder) đã có hồ sơ (submission.yaml); không ghi đè gì: hãy chọn thư mục khác"
        case .noSuchProvince(let code, let year):
            return "lỗi: '\(code)' không phải là mã tỉnh vào cuối năm \(year)"
                + (year >= 2025 ? " (34 tỉnh, thành phố từ 01/07/2025; xem docs/administrative-map.md)" : "")
        case .interrupted:
            return "coopcheck: đã dừng theo yêu cầu; không để lại báo cáo nào ghi dở"
        case .database(let address, let problem):
            return "lỗi: " + database(problem, address: address)
        case .usage(let usage):
            return self.usage(usage)
        }
    }

    private func problems(_ errors: Int, _ warnings: Int, clean: String) -> String {
        errors + warnings == 0 ? clean : "\(errors) lỗi, \(warnings) cảnh báo"
    }

    private func database(_ problem: WarehouseError, address: String) -> String {
        switch problem {
        case .unreachable(let reason):
            "không kết nối được cơ sở dữ liệu \(address): \(Self.systemReason(reason)); hãy kiểm tra địa chỉ, máy chủ "
                + "có đang chạy không, và mật khẩu trong PGPASSWORD hoặc --password-file"
        case .queryFailed(let reason, let query):
            "cơ sở dữ liệu \(address) từ chối một truy vấn: \(reason)"
                + (query.isEmpty ? "" : " (trong: \(query.split(separator: "\n").prefix(3).joined(separator: " ")) …)")
                + "; hãy tạo các bảng bằng `coopcheck sql schema` và nạp dữ liệu bằng `coopcheck sql load`"
        case .badCell(let table, let column, let text):
            "cơ sở dữ liệu \(address) trả về '\(text)' ở cột \(column) của bảng \(table), không đúng kiểu của cột; "
                + "hãy nạp dữ liệu bằng `coopcheck sql load`"
        case .noSubmissions(let table):
            "cơ sở dữ liệu \(address) chưa có hồ sơ nào: bảng \(table) trống; hãy nạp bằng `coopcheck sql load`"
        case .unknownSubmission(let id, let known):
            "cơ sở dữ liệu \(address) không có hồ sơ '\(id)'; các hồ sơ hiện có: \(known.joined(separator: ", "))"
        }
    }

    func usage(_ usage: Notice.Usage) -> String {
        switch usage {
        case .notADate(let option, let found):
            "\(option) phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-12-31; ở đây là '\(found)'"
        case .notAPeriod(let option, let found):
            "\(option) phải là một năm (2025), một khoảng năm (2021-2025) hoặc hai ngày (2025-01-01..2025-06-30); "
                + "ở đây là '\(found)'"
        case .unknownFormat(let name, let known, let suggestion):
            "không có định dạng '\(name)'; hãy chọn một trong: \(known.joined(separator: ", "))\(Self.didYouMean(suggestion))"
        case .outputPerFormat(let formats, let outputs):
            "mỗi --format cần một --output (ở đây có \(formats) định dạng nhưng \(outputs) tệp kết quả)"
        case .severalFormatsNeedOutputs:
            "khi có nhiều định dạng, mỗi định dạng cần một --output; chỉ một báo cáo được in ra màn hình"
        case .dataTwice(let folder):
            "--data \(folder) được ghi hai lần; mỗi hồ sơ chỉ tính một lần"
        case .outputTwice(let file):
            "--output \(file) được dùng cho hai định dạng; báo cáo sau sẽ ghi đè báo cáo trước: hãy cho mỗi định dạng một tệp"
        case .historyAndConfig:
            "chỉ dùng --history hoặc --config, không dùng cả hai"
        case .historyMissing:
            "hãy chỉ ra tệp lịch sử: --history TỆP, hoặc --config TỆP để dùng tệp lịch sử của tệp cấu hình chạy"
        case .sourceDateEpoch(let found, let last):
            "SOURCE_DATE_EPOCH phải là số giây nguyên kể từ 1970-01-01 UTC, từ 0 đến \(last); ở đây là '\(found)'"
        case .atLeast(let option, let minimum, let found):
            "\(option) phải ít nhất là \(minimum); ở đây là \(found)"
        case .between(let option, let low, let high):
            "\(option) phải trong khoảng từ \(low) đến \(high)"
        case .database(let problem):
            "--database: " + source(problem)
        case .noDatabase(let file):
            "chưa có cơ sở dữ liệu để đọc: hãy dùng --database, hoặc ghi 'database:' trong \(file)"
        case .needs(let option, let other):
            "\(option) chỉ dùng cùng với \(other)"
        case .notBoth(let a, let b):
            "chỉ dùng \(a) hoặc \(b), không dùng cả hai"
        case .unknownLanguage(let found):
            "không có ngôn ngữ '\(found)'; hãy chọn vi (tiếng Việt) hoặc en (tiếng Anh)"
        }
    }

    public func historyError(_ error: HistoryError) -> String {
        switch error {
        case .missing(let file):
            "\(file): lỗi: chưa có tệp lịch sử ở đây; hãy ghi một lần chạy trước bằng 'coopcheck run --config TỆP' (hoặc chỉ ra --history)"
        case .unreadable(let file, let reason):
            "\(file): lỗi: đây không phải là tệp lịch sử coopcheck đọc được (\(Self.systemReason(reason))); hãy chỉ ra --history khác, "
                + "hoặc chuyển tệp này đi để bắt đầu tệp lịch sử mới"
        case .newerSchema(let file):
            "\(file): lỗi: tệp lịch sử này do một phiên bản coopcheck mới hơn ghi; hãy dùng phiên bản đó để đọc"
        case .notAHistory(let file):
            "\(file): lỗi: đây là cơ sở dữ liệu của chương trình khác, không phải tệp lịch sử coopcheck; không ghi gì "
                + "vào tệp này: hãy chỉ --history tới một tệp mới hoặc một tệp lịch sử coopcheck"
        case .noSuchRun(let file, let id, let known):
            "\(file): lỗi: tệp lịch sử không có lần chạy \(id); "
                + (known.map {
                    "đã ghi các lần chạy từ \($0.lowerBound) đến \($0.upperBound) (xem 'coopcheck history')"
                }
                    ?? "chưa ghi lần chạy nào")
        case .notEnoughRuns(let file, let count):
            "\(file): lỗi: cần hai lần chạy để so sánh nhưng tệp lịch sử chỉ có \(count); hãy ghi thêm một lần bằng 'coopcheck run'"
        case .sameRun(let file, let id):
            "\(file): lỗi: cả hai lần chạy cần so sánh đều là lần chạy \(id); hãy chỉ ra hai lần chạy khác nhau (xem 'coopcheck history')"
        case .writeFailed(let file, let reason):
            "\(file): lỗi: không ghi được lần chạy (\(Self.systemReason(reason))); các lần chạy trước vẫn giữ nguyên"
        }
    }
}
