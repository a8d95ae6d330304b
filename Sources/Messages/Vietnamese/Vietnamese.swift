import DataContract
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules
import Targets

/// Everything coopcheck says, in Vietnamese, as an official writes it.
public struct Vietnamese: Catalogue {
    public init() {}

    public var language: Language { .vi }

    public func number(_ value: Decimal) -> String { VietnameseNumber.format(value) }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "lỗi"
        case .warning: "cảnh báo"
        case .info: "thông tin"
        }
    }

    public func status(_ status: FindingStatus) -> String {
        switch status {
        case .met: "đạt"
        case .violated: "không đạt"
        case .atRisk: "có nguy cơ không đạt"
        case .onTrack: "đúng tiến độ"
        case .notEffective: "chưa có hiệu lực"
        case .notOwed: "ngoài nghĩa vụ"
        case .noData: "thiếu dữ liệu"
        case .pending: "chưa đánh giá được tiến độ"
        case .contribution: "phần đóng góp"
        case .error: "không đánh giá được"
        }
    }

    public func statusLabel(_ status: FindingStatus) -> String {
        switch status {
        case .met: "ĐẠT"
        case .violated: "KHÔNG ĐẠT"
        case .atRisk: "CÓ NGUY CƠ"
        case .onTrack: "ĐÚNG TIẾN ĐỘ"
        case .notEffective: "CHƯA CÓ HIỆU LỰC"
        case .notOwed: "NGOÀI NGHĨA VỤ"
        case .noData: "THIẾU DỮ LIỆU"
        case .pending: "CHƯA RÕ TIẾN ĐỘ"
        case .contribution: "ĐÓNG GÓP"
        case .error: "LỖI"
        }
    }

    public func group(_ group: FindingGroup) -> String {
        if group.isNational { return "cả nước" }
        if group.code == FindingGroup.central(lead: nil).code { return group.name ?? "các cơ quan trung ương" }
        if group == Scorecard.rollUpGroup { return "tất cả hồ sơ" }
        if group == FindingGroup.noUnit { return "bản ghi không ghi đơn vị" }
        return Visible.escaped(group.name.map { "\($0) (\(group.code))" } ?? group.code)
    }

    public func level(_ level: UnitLevel) -> String {
        switch level {
        case .province: "tỉnh"
        case .district: "huyện"
        case .commune: "xã"
        case .agency: "cơ quan"
        }
    }

    /// A level written as a contract value (`district`), in Vietnamese.
    func level(named name: String) -> String {
        UnitLevel(rawValue: name).map(level) ?? name
    }

    public func dataset(_ kind: DatasetKind) -> String {
        switch kind {
        case .cooperatives: "danh sách HTX, THT, LHHTX"
        case .units: "danh sách đơn vị"
        case .indicators: "số liệu chỉ tiêu"
        case .reports: "sổ theo dõi báo cáo"
        case .tasks: "sổ theo dõi nhiệm vụ"
        }
    }

    func word(_ status: CooperativeStatus) -> String {
        switch status {
        case .active: "đang hoạt động"
        case .stopped: "ngừng hoạt động"
        case .dissolved: "giải thể"
        }
    }

    func word(_ status: TaskStatus) -> String {
        switch status {
        case .done: "hoàn thành"
        case .inProgress: "đang thực hiện"
        case .notStarted: "chưa triển khai"
        }
    }

    /// A value written in a rule (`"agriculture"`, `"dissolved"`) in Vietnamese: the word of the
    /// contract's vocabularies it is a value of, else the value as written (a name, an indicator).
    func word(_ value: String) -> String {
        if let status = CooperativeStatus(rawValue: value) { return word(status) }
        if let status = TaskStatus(rawValue: value) { return word(status) }
        if let unitLevel = UnitLevel(rawValue: value) { return level(unitLevel) }
        return Self.vocabularyWords[value] ?? value
    }

    /// The Vietnamese words of the contract's sectors and ratings.
    static let vocabularyWords = [
        "agriculture": "nông nghiệp", "industry": "công nghiệp", "construction": "xây dựng", "trade": "thương mại",
        "transport": "vận tải", "services": "dịch vụ", "credit": "tín dụng", "environment": "môi trường",
        "housing": "nhà ở", "other": "khác", "good": "tốt", "fair": "khá", "average": "trung bình", "weak": "yếu",
    ]

    /// A vocabulary of the contract by its Vietnamese name (`kind` is "loại hình").
    func vocabulary(_ name: String) -> String {
        switch name {
        case "kind": "loại hình"
        case "sector": "lĩnh vực"
        case "status": "tình trạng"
        case "rating": "xếp loại"
        case "level": "cấp"
        default: name
        }
    }

    /// `a, b hoặc c`.
    static func alternatives(_ items: [String]) -> String {
        items.count > 1 ? items.dropLast().joined(separator: ", ") + " hoặc " + items.last! : items.first ?? ""
    }

    /// "; phải chăng là 'x'?" or nothing.
    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; phải chăng là '\($0)'?" } ?? ""
    }

    /// The system's reason a file could not be read or written, in Vietnamese when it is one of
    /// the common ones (the system says them in English).
    static func systemReason(_ reason: String) -> String {
        let lowered = reason.lowercased()
        if lowered.contains("permission") { return "không có quyền truy cập" }
        if lowered.contains("no such file") || lowered.contains("doesn’t exist") || lowered.contains("does not exist") {
            return "không có tệp hoặc thư mục này"
        }
        if lowered.contains("space") || lowered.contains("disk full") { return "ổ đĩa đã đầy" }
        if lowered.contains("read-only") { return "ổ đĩa chỉ cho phép đọc" }
        if lowered.contains("is a directory") { return "đây là một thư mục" }
        return "lỗi hệ thống: \(reason)"
    }

    /// A level by its contract word and its Vietnamese name: `'district' (huyện)`.
    func levelWords(_ names: [String]) -> String {
        Self.alternatives(names.map { "'\($0)' (\(level(named: $0)))" })
    }

    /// `'a', 'b' và 'c'`.
    static func quotedList(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " và " + quoted.last!
    }

    /// A field as a clerk knows it: by the header of its column, in quotation marks.
    static func field(_ field: FieldName) -> String { "“\(field.header)”" }
}
