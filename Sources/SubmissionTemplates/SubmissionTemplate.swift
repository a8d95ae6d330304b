import AdministrativeMap
import DataContract
import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Messages
import Rules
import Workbooks

/// A starter submission for a province and period (`coopcheck init`): the manifest filled in; a
/// workbook with one sheet per data set under its Vietnamese headers, drop-down lists for every
/// enumeration and every identifier the packs read, the province prefilled in the units sheet,
/// and a guide sheet of exactly what the province owes under the packs; CSV files with the same
/// headers beside it.
public struct SubmissionTemplate: Sendable {
    public let province: Province
    public let period: Int
    public let packs: [RulePack]

    /// The guide sheets: read by no one, listed by their names (`Danh mục …`).
    static let obligationsSheet = "Danh mục nghĩa vụ"
    static let listsSheet = "Danh mục giá trị"
    static let sheetNames: [DatasetKind: String] = [
        .units: "Đơn vị", .cooperatives: "Hợp tác xã", .indicators: "Chỉ tiêu", .reports: "Báo cáo", .tasks: "Nhiệm vụ",
    ]
    static let order: [DatasetKind] = [.units, .cooperatives, .indicators, .reports, .tasks]

    /// Nil when the province is not one of the map the period ends on (a merged province for a
    /// period after 1/7/2025): the reason is the province's successor, if any.
    public init?(province code: String, period: Int, packs: [RulePack]) {
        guard let end = CivilDate.lastDay(ofYear: period),
            let province = AdministrativeMap.provinces(on: end).first(where: { $0.code == code })
        else { return nil }
        self.province = province
        self.period = period
        self.packs = packs
    }

    public var workbookName: String { "so-lieu-\(province.code)-\(period).xlsx" }

    /// The manifest the template's workbook goes with.
    var manifest: Manifest {
        let start = CivilDate.firstDay(ofYear: period)!, end = CivilDate.lastDay(ofYear: period)!
        return Manifest(
            unit: province.code, unitName: province.name, province: province.code, period: start...end,
            preparedOn: end, conventions: Conventions(), files: [],
            location: SourcePosition(file: Manifest.fileName, line: 1, column: 1))
    }

    /// The packs that bind the province's submission for the period.
    var bindingPacks: [RulePack] { packs.filter { Evaluator.binds($0, on: manifest) } }

    /// Writes the template into `folder` (created if need be); the files written, relative to it.
    public func write(to folder: String) throws -> [String] {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try manager.createDirectory(
            atPath: (folder as NSString).appendingPathComponent("csv"), withIntermediateDirectories: true)
        var written: [String] = []
        try manifestText.write(
            toFile: (folder as NSString).appendingPathComponent(Manifest.fileName), atomically: true, encoding: .utf8)
        written.append(Manifest.fileName)
        try draft.xlsx(to: (folder as NSString).appendingPathComponent(workbookName))
        written.append(workbookName)
        for kind in Self.order {
            let name = "csv/\(kind.rawValue).csv"
            let rows = [kind.fields.map(\.label)] + prefilled(kind).map { $0.map(Self.text) }
            let text =
                "\u{FEFF}" + rows.map { $0.map(Self.csvField).joined(separator: ";") }.joined(separator: "\r\n")
                + "\r\n"
            try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            written.append(name)
        }
        return written
    }

    /// The workbook's bytes, for the web page's download.
    public func workbookData() throws -> Data {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "coopcheck-template-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try draft.xlsx(to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    var manifestText: String {
        """
        # The submission of \(province.name) for \(period), written by `coopcheck init`.
        # Fill in the workbook \(workbookName) (or the CSV files in csv/, listing them below instead),
        # then run: coopcheck validate .
        coopcheck_submission: 1
        unit: "\(province.code)"                 # your department's code (e.g. STC), if it is not the province
        unit_name: \(province.name)
        province: "\(province.code)"
        period: \(period)
        prepared_on: \(period)-12-31             # the day the data was prepared
        conventions:
          numbers: vietnamese       # 1.500 is fifteen hundred, 12,5 is twelve and a half
          dates: dd/mm/yyyy
          checkmarks: true          # an empty yes/no cell means no
        files:
          - path: \(workbookName)

        """
    }

    // MARK: The workbook

    var draft: WorkbookDraft {
        let lists = self.lists
        var sheets: [WorkbookDraft.Sheet] = [factsSheet]
        for kind in Self.order {
            let name = Self.sheetNames[kind]!
            var dropDowns: [WorkbookDraft.DropDown] = []
            for (index, field) in kind.fields.enumerated() {
                if let column = lists.firstIndex(where: { $0.key == Self.listKey(kind, field) }) {
                    dropDowns.append(
                        .init(
                            column: index + 1,
                            source: WorkbookDraft.columnRange(
                                sheet: Self.listsSheet, column: column + 1, rows: lists[column].values.count)))
                } else if field.type == .bool {
                    dropDowns.append(.init(column: index + 1, source: "\"x,có,không\""))
                }
            }
            sheets.append(
                .init(
                    name: name, rows: [kind.fields.map { .text($0.label) }] + prefilled(kind),
                    widths: kind.fields.map { max(12, min(40, $0.label.count + 4)) }, dropDowns: dropDowns))
        }
        sheets.append(obligations)
        let height = lists.map(\.values.count).max() ?? 0
        var rows: [[DraftCell]] = [lists.map { .text($0.title) }]
        for row in 0..<height {
            rows.append(lists.map { row < $0.values.count ? .text($0.values[row]) : .empty })
        }
        sheets.append(.init(name: Self.listsSheet, rows: rows, widths: lists.map { _ in 24 }))
        return WorkbookDraft(sheets: sheets)
    }

    /// The facts a manifest would give, so that the workbook alone is a submission.
    var factsSheet: WorkbookDraft.Sheet {
        let rows: [[DraftCell]] = [
            ["key", "value", "Ghi chú"],
            ["unit", .text(province.code), "Mã đơn vị nộp (ví dụ STC), nếu không phải là tỉnh"],
            ["unit_name", .text(province.name), "Tên đơn vị nộp"],
            ["province", .text(province.code), "Mã tỉnh"],
            ["period", .number(String(period)), "Kỳ báo cáo (năm)"],
            ["prepared_on", "", "Ngày lập số liệu (dd/mm/yyyy)"],
        ]
        return .init(name: "submission", rows: rows, widths: [14, 28, 50])
    }

    /// The units sheet starts with the province itself; the other sheets start empty.
    func prefilled(_ kind: DatasetKind) -> [[DraftCell]] {
        guard kind == .units else { return [] }
        return [
            kind.fields.map { field in
                switch field.name {
                case "code": .text(province.code)
                case "name": .text(province.name)
                case "level": "tỉnh"
                default: .empty
                }
            }
        ]
    }

    /// One list of the lists sheet: the values a column takes.
    struct ValueList {
        let key: String
        let title: String
        let values: [String]
    }

    static func listKey(_ kind: DatasetKind, _ field: FieldSpec) -> String { "\(kind.rawValue).\(field.name)" }

    /// Every enumeration's words (Vietnamese first, then the canonical value), and the
    /// indicators, reports and tasks the binding packs read.
    var lists: [ValueList] {
        var lists: [ValueList] = []
        for kind in Self.order {
            for field in kind.fields {
                if case .enumeration(let domain) = field.type {
                    lists.append(
                        ValueList(key: Self.listKey(kind, field), title: field.label, values: Self.words(of: domain)))
                }
            }
        }
        let known = bindingPacks.knownIdentifiers
        for (kind, field, id) in [
            (DatasetKind.indicators, "indicator", KnownIdentifiers.Kind.indicator), (.reports, "report", .report),
            (.tasks, "task", .task),
        ] {
            let spec = kind.fields.first { $0.name == field }!
            lists.append(ValueList(key: Self.listKey(kind, spec), title: spec.label, values: known.identifiers(id)))
        }
        return lists
    }

    /// A domain's words for a drop-down: for each value its Vietnamese spellings, then itself.
    static func words(of domain: EnumDomain) -> [String] {
        var seen: Set<String> = []
        return domain.values.flatMap { value in
            domain.aliases.filter { $0.value == value }.keys.sorted() + [value]
        }
        .filter { seen.insert($0).inserted }
    }

    /// Exactly what the province owes under the packs that bind it: one row per rule.
    var obligations: WorkbookDraft.Sheet {
        let c = Catalogues.of(.vi)
        var rows: [[DraftCell]] = [
            [
                "Văn bản", "Mã quy tắc", "Nội dung", "Bộ dữ liệu", "Chỉ tiêu, báo cáo, nhiệm vụ", "Chủ thể", "Mục tiêu",
                "Thời hạn", "Trích dẫn",
            ]
        ]
        for pack in bindingPacks {
            for rule in pack.rules {
                let ids = rule.identifiersRead.map(\.1)
                var seen: Set<String> = []
                rows.append([
                    .text(pack.document.number), .text(rule.id), .text(rule.title.vi),
                    .text(Self.sheetNames[rule.dataset] ?? rule.dataset.rawValue),
                    .text(ids.filter { seen.insert($0).inserted }.joined(separator: ", ")), .text(c.owner(rule.owner)),
                    .text(rule.form.target.map(c.target) ?? ""), .text(rule.schedule.map(c.schedule) ?? ""),
                    .text(rule.citation.section + ": “" + rule.citation.quote + "”"),
                ])
            }
        }
        return .init(name: Self.obligationsSheet, rows: rows, widths: [22, 18, 50, 12, 30, 20, 20, 30, 80])
    }

    static func text(_ cell: DraftCell) -> String {
        switch cell {
        case .text(let text), .number(let text): text
        case .empty: ""
        }
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
            : text
    }
}
