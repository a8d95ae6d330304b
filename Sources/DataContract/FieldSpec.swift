import Diagnostics
import Expressions

/// One field of a data set contract: its English snake_case name, type, whether every record
/// must have it, and its Vietnamese label (the spreadsheet header provinces use).
public struct FieldSpec: Hashable, Sendable {
    public let name: String
    public let type: ValueType
    public let required: Bool
    public let label: String
    public let labelEnglish: String

    public init(_ name: String, _ type: ValueType, required: Bool = false, label: String, en labelEnglish: String) {
        self.name = name
        self.type = type
        self.required = required
        self.label = label
        self.labelEnglish = labelEnglish
    }
}

/// The closed vocabularies of the contract, with the Vietnamese words accepted for each value.
public enum Domains {
    public static let kind = EnumDomain(
        name: "kind", values: ["HTX", "THT", "LHHTX"],
        aliases: ["hợp tác xã": "HTX", "tổ hợp tác": "THT", "liên hiệp hợp tác xã": "LHHTX"])
    public static let sector = EnumDomain(
        name: "sector",
        values: [
            "agriculture", "industry", "construction", "trade", "transport", "services", "credit", "environment",
            "housing", "other",
        ],
        aliases: [
            "nông nghiệp": "agriculture", "công nghiệp": "industry", "tiểu thủ công nghiệp": "industry",
            "xây dựng": "construction", "thương mại": "trade", "vận tải": "transport", "dịch vụ": "services",
            "quỹ tín dụng nhân dân": "credit", "tín dụng": "credit", "môi trường": "environment",
            "nhà ở": "housing", "khác": "other",
        ])
    public static let status = EnumDomain(
        name: "status", values: CooperativeStatus.allCases.map(\.rawValue),
        aliases: [
            "đang hoạt động": "active", "hoạt động": "active", "ngừng hoạt động": "stopped",
            "tạm ngừng": "stopped", "giải thể": "dissolved",
        ])
    public static let rating = EnumDomain(
        name: "rating", values: ["good", "fair", "average", "weak"],
        aliases: ["tốt": "good", "khá": "fair", "trung bình": "average", "yếu": "weak", "kém": "weak"])
    public static let unitLevel = EnumDomain(
        name: "level", values: UnitLevel.allCases.map(\.rawValue),
        // The words documents and registries write, each at its tier. A bare "thành phố" is a
        // province-level city without a parent and a city within a province with one (read by
        // `RecordDecoder`).
        aliases: [
            "tỉnh": "province", "thành phố trực thuộc trung ương": "province", "thành phố": "province",
            "huyện": "district", "quận": "district", "thị xã": "district", "thành phố thuộc tỉnh": "district",
            "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
            "cơ quan": "agency",
        ])
    public static let taskStatus = EnumDomain(
        name: "status", values: TaskStatus.allCases.map(\.rawValue),
        aliases: ["hoàn thành": "done", "đang thực hiện": "in_progress", "chưa thực hiện": "not_started"])
}

/// The column header a submission uses for each field of a data set: the header its manifest
/// maps to the field, or else the field's default Vietnamese header. Vietnamese messages name
/// fields this way, as the clerk who filled in the file knows them.
public struct ColumnHeaders: Hashable, Sendable {
    private let kind: DatasetKind
    private let mapped: [String: String]

    /// `mapping` is the manifest's `columns` of a file: the file's header to the field name.
    public init(kind: DatasetKind, mapping: [String: String] = [:]) {
        self.kind = kind
        var mapped: [String: String] = [:]
        for (header, field) in mapping.sorted(by: { $0.key < $1.key }) where mapped[field] == nil {
            mapped[field] = header
        }
        self.mapped = mapped
    }

    /// A field of the data set by name and header.
    public func field(_ name: String) -> FieldName {
        FieldName(name: name, header: mapped[name] ?? kind.fields.first { $0.name == name }?.label ?? name)
    }
}
