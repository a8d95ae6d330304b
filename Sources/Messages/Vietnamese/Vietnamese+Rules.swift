import DataContract
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets

extension Vietnamese {
    /// A figure in a target's unit: `45%`, `1.500`, `1,5 lần mức cơ sở`, `20.000.000 đồng`.
    public func figure(_ value: Decimal, in unit: TargetUnit) -> String {
        switch unit {
        case .count: number(value)
        case .percent: number(value * 100) + "%"
        case .times: number(value) + " lần mức cơ sở"
        case .vnd: number(value) + " đồng"
        }
    }

    public func target(_ target: Target) -> String {
        let figure = { (value: Decimal) in self.figure(value, in: target.unit) }
        var text =
            switch target.relation {
            case .atLeast: "ít nhất \(figure(target.value))"
            case .greaterThan: "trên \(figure(target.value))"
            case .atMost: "tối đa \(figure(target.value))"
            case .lessThan: "dưới \(figure(target.value))"
            case .equal: "đúng \(figure(target.value))"
            case .between: "từ \(figure(target.value)) đến \(figure(target.upper ?? target.value))"
            case .about: "khoảng \(figure(target.value)) (±\(number(target.tolerance * 100))%)"
            }
        if let aim = target.aim { text += " (phấn đấu \(figure(aim)))" }
        return text
    }

    public func schedule(_ schedule: Schedule) -> String {
        var parts: [String] = []
        if let window = schedule.window {
            parts.append("trong thời gian từ \(day(window.lowerBound)) đến \(day(window.upperBound))")
        } else if let due = schedule.due {
            parts.append("hạn \(day(due))")
        }
        if let from = schedule.effectiveFrom { parts.append("áp dụng từ ngày \(day(from))") }
        parts += schedule.recurrences.map(recurrence)
        if schedule.ongoing { parts.append("thường xuyên, không có hạn cố định") }
        return parts.joined(separator: "; ")
    }

    func recurrence(_ recurrence: Recurrence) -> String {
        let every =
            switch recurrence.frequency {
            case .monthly: "hằng tháng"
            case .quarterly: "hằng quý"
            case .halfYearly: "6 tháng một lần"
            case .yearly: "hằng năm"
            case .everyYears(let n): "\(n) năm một lần"
            }
        switch recurrence.due {
        case .endOfPeriod:
            return "\(every), chậm nhất vào ngày cuối kỳ"
        case .before(let d, let m):
            return
                "\(every), trước ngày \(Recurrence.dayMonth(d, m)) (chậm nhất ngày \(Recurrence.lastDayMonth(before: d, m)))"
        case .endOfQuarter(let quarter):
            return "\(every), chậm nhất vào ngày cuối quý \(Recurrence.roman[quarter - 1])"
        }
    }

    public func reading(_ expression: Expressions.Expression, role: ExpressionRole, headers: ColumnHeaders?) -> String {
        VietnameseReading(catalogue: self, headers: headers, obligation: role == .requirement)
            .reading(expression, asCondition: role != .measure)
    }

    /// Who owes a rule, and so where its findings go.
    public func owner(_ owner: Owner) -> String {
        switch owner {
        case .nation:
            return
                "cả nước: đánh giá trên số liệu của mọi hồ sơ gộp lại; hồ sơ của một tỉnh thể hiện phần đóng góp của tỉnh"
        case .province:
            return "tỉnh mà gói quy định áp dụng (một kết quả)"
        case .units(let terms):
            let parts = terms.map { term -> String in
                switch term {
                case .each(let level):
                    "từng \(self.level(level)) trong danh sách đơn vị, kể cả đơn vị không gửi số liệu"
                case .unit(let code): code
                case .central: "các cơ quan trung ương chủ trì (chỉ đánh giá trên hồ sơ toàn quốc)"
                }
            }
            return parts.joined(separator: "; ") + " (mỗi đơn vị một kết quả)"
        }
    }

    public func explanation(of rule: Rule, in pack: RulePack?) -> [(label: String, text: String)] {
        var lines: [(label: String, text: String)] = [
            ("Quy tắc", "\(rule.id) (mức \(severity(rule.severity)))"),
            ("Tên", rule.title.vi),
            ("Tiếng Anh", rule.title.en),
        ]
        let section = rule.citation.section
        lines.append(("Nguồn", pack.map { "\($0.document.number) (\(day($0.document.date))), \(section)" } ?? section))
        lines.append(("Trích dẫn", "“\(rule.citation.quote)”"))
        lines.append(("Dữ liệu", "tập dữ liệu '\(rule.dataset)' (\(dataset(rule.dataset)))"))
        let headers = ColumnHeaders(kind: rule.dataset)
        lines.append(
            (
                "Bản ghi",
                rule.filter.map { "các bản ghi có \(reading($0.syntax, role: .filter, headers: headers))" }
                    ?? "tất cả bản ghi"
            ))
        switch rule.form {
        case .aggregate(let form):
            lines.append(("Chỉ số đo", reading(form.measure.syntax, role: .measure, headers: headers)))
            lines.append(("Mục tiêu", "\(target(form.target)) (\(form.target.canonical))"))
            switch form.range {
            case .floor:
                lines.append(
                    ("Khoảng", "'\(form.target.wording)' hiểu là mức tối thiểu và mức hướng tới (range: floor)"))
            case .band:
                lines.append(("Khoảng", "'\(form.target.wording)' hiểu là khoảng ràng buộc cả hai đầu (range: band)"))
            case nil: break
            }
            switch form.baseline {
            case .value(let value): lines.append(("Mức cơ sở", number(value)))
            case .indicator(let name, let year): lines.append(("Mức cơ sở", "chỉ tiêu '\(name)' năm \(year)"))
            case nil: break
            }
        case .requirement(let form):
            lines.append(
                (
                    "Yêu cầu",
                    "mọi bản ghi như vậy: \(reading(form.requirement.syntax, role: .requirement, headers: headers))"
                ))
        case .report(let form):
            lines.append(
                ("Báo cáo", "'\(form.report)' của từng đơn vị chịu trách nhiệm, đối chiếu với sổ theo dõi báo cáo"))
        case .deliverable(let form):
            lines.append(("Nhiệm vụ", "'\(form.task)' hoàn thành đúng hạn theo sổ theo dõi nhiệm vụ"))
            if let lead = form.lead { lines.append(("Chủ trì", lead)) }
            if let deliverable = form.deliverable { lines.append(("Sản phẩm", deliverable)) }
        }
        lines.append(("Thời gian thực hiện", rule.schedule.map(schedule) ?? "không có hạn: kiểm tra ở mọi lần chạy"))
        lines.append(("Chịu trách nhiệm", owner(rule.owner)))
        if let note = rule.note { lines.append(("Ghi chú (tiếng Anh)", note)) }
        if !rule.examples.isEmpty { lines.append(("Ví dụ", "\(rule.examples.count)")) }
        lines.append(("Định nghĩa tại", rule.location.description))
        return lines
    }
}

/// An expression read in Vietnamese, fields named by their column headers:
/// `“Thuộc diện kiểm toán bắt buộc” là có và “Được tư vấn kiểm toán” là không`.
private struct VietnameseReading {
    let catalogue: Vietnamese
    let headers: ColumnHeaders?
    /// Whether the expression is what each record must satisfy: its comparisons read as duties
    /// ("phải là", "phải khác").
    let obligation: Bool

    func field(_ name: String) -> String { "“\(headers?.field(name).header ?? name)”" }

    /// "là", or "phải là" for a requirement.
    func verb(_ word: String) -> String { obligation ? "phải \(word)" : word }

    func literal(_ literal: Literal) -> String {
        switch literal {
        case .string(let s): "“\(catalogue.word(s))”"
        case .bool(let b): b ? "“có”" : "“không”"
        case .null: "trống"
        case .integer(let i): String(i)  // a year or a code reads as written: 2025, not 2,025
        case .decimal(let d): catalogue.number(d)
        case .percent(let p): catalogue.number(p * 100) + "%"
        case .date(let d): d.vietnamese
        }
    }

    /// A bare true/false field reads as "“x” là “có”" where a condition is expected.
    func reading(_ expression: Expressions.Expression, asCondition: Bool) -> String {
        if asCondition, case .field(let name, _) = expression { return "\(field(name)) \(verb("là")) “có”" }
        return reading(expression)
    }

    func reading(_ expression: Expressions.Expression) -> String {
        switch expression {
        case .literal(let value, _):
            return literal(value)
        case .field(let name, _):
            return field(name)
        case .unary(.not, let operand, _):
            if case .field(let name, _) = operand { return "\(field(name)) \(verb("là")) “không”" }
            return "không phải (\(reading(operand)))"
        case .unary(.negate, let operand, _):
            return "âm \(reading(operand))"
        case .binary(let op, let left, let right, _):
            let words =
                switch op {
                case .and: "và"
                case .or: "hoặc"
                case .equal: verb("là")
                case .notEqual: verb("khác")
                case .less: verb("nhỏ hơn")
                case .lessOrEqual: obligation ? "không được quá" : "không quá"
                case .greater: verb("lớn hơn")
                case .greaterOrEqual: obligation ? "phải ít nhất là" : "ít nhất là"
                case .add: "cộng"
                case .subtract: "trừ"
                case .multiply: "nhân"
                case .divide: "chia cho"
                }
            return "\(operand(left, of: op)) \(words) \(operand(right, of: op))"
        case .membership(let subject, let items, let negated, _):
            return
                "\(reading(subject)) \(negated ? verb("khác") + " mọi giá trị" : verb("là") + " một trong"): "
                + items.map(reading).joined(separator: ", ")
        case .call(let function, let arguments, _):
            let args = arguments.map(reading)
            switch function {
            case .aggregate(.count):
                return args.isEmpty ? "số bản ghi" : "số bản ghi có \(reading(arguments[0], asCondition: true))"
            case .aggregate(.share): return "tỷ lệ bản ghi có \(reading(arguments[0], asCondition: true))"
            case .aggregate(.ratio): return "tổng \(args[0]) chia cho tổng \(args[1])"
            case .aggregate(.sum): return "tổng \(args[0])"
            case .aggregate(.avg): return "bình quân \(args[0])"
            case .aggregate(.min): return "\(args[0]) nhỏ nhất"
            case .aggregate(.max): return "\(args[0]) lớn nhất"
            case .aggregate(.distinct): return "số giá trị khác nhau của \(args[0])"
            case .aggregate(.coverage):
                guard case .field(let word, _) = arguments[0], let level = UnitLevel(rawValue: word) else {
                    return args[0]
                }
                return "tỷ lệ \(catalogue.level(level)) có ít nhất một bản ghi phù hợp"
            case .aggregate(.perYear): return "số bản ghi mỗi năm, tính theo \(args[0])"
            case .aggregate(.units):
                guard case .field(let word, _) = arguments[0], let level = UnitLevel(rawValue: word) else {
                    return args[0]
                }
                return "số \(catalogue.level(level))"
            case .row(.year): return "năm của \(args[0])"
            case .row(.month): return "tháng của \(args[0])"
            case .row(.quarter): return "quý của \(args[0])"
            case .row(.present): return "\(args[0]) có giá trị"
            case .row(.coalesce): return "\(args[0]) (hoặc \(args[1]) khi thiếu)"
            case .row(.abs): return "giá trị tuyệt đối của \(args[0])"
            }
        }
    }

    /// An operand of `và`/`hoặc` reads as a condition, parenthesised when it binds more loosely.
    private func operand(_ expression: Expressions.Expression, of parent: BinaryOperator) -> String {
        guard parent == .and || parent == .or else { return reading(expression) }
        if case .field = expression { return reading(expression, asCondition: true) }
        if case .binary(let op, _, _, _) = expression, op.precedence < parent.precedence {
            return "(\(reading(expression)))"
        }
        return reading(expression)
    }
}
