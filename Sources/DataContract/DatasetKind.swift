import Diagnostics
import Expressions

/// The kinds of data set a submission holds; each has a fixed list of fields (its contract).
public enum DatasetKind: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The registry of HTX, THT and LHHTX, one record per organisation.
    case cooperatives
    /// The administrative units of the submission, with the figures coverage targets need.
    case units
    /// Aggregated values reported per unit and period.
    case indicators
    /// The report-submission log.
    case reports
    /// The register of appendix tasks and their deliverables.
    case tasks

    public var description: String { rawValue }

    /// The position of the kind in `allCases`, for per-kind arrays.
    public var ordinal: Int {
        switch self {
        case .cooperatives: 0
        case .units: 1
        case .indicators: 2
        case .reports: 3
        case .tasks: 4
        }
    }

    /// The fields a record of this data set may carry, in contract order.
    public var fields: [FieldSpec] {
        switch self {
        case .cooperatives: FieldSpec.cooperativeFields
        case .units: FieldSpec.unitFields
        case .indicators: FieldSpec.indicatorFields
        case .reports: FieldSpec.reportFields
        case .tasks: FieldSpec.taskFields
        }
    }

    /// The field names and types expressions over this data set are checked against.
    public var schema: Schema { Contracts.schemas[ordinal] }

    /// Field name to index in `fields`, the order records keep their values in.
    public var fieldIndex: [String: Int] { Contracts.fieldIndexes[ordinal] }

    /// The field naming the unit a record belongs to, for a rule owed by each unit of `level`
    /// (nil: by the nation or a province as a whole). A cooperative names its province, district
    /// and commune itself; the other data sets name one unit, whose place the units file gives.
    public func unitField(for level: UnitLevel?) -> String? {
        switch self {
        case .cooperatives:
            switch level {
            case .province, nil: "province"
            case .district: "district"
            case .commune: "commune"
            case .agency: nil
            }
        case .units: "code"
        case .indicators, .reports: "unit"
        case .tasks: "lead_unit"
        }
    }
}

/// The schema and field index of each data set, built once.
private enum Contracts {
    static let schemas = DatasetKind.allCases.map { kind in
        Schema(fields: Dictionary(uniqueKeysWithValues: kind.fields.map { ($0.name, $0.type) }))
    }
    static let fieldIndexes = DatasetKind.allCases.map { kind in
        Dictionary(uniqueKeysWithValues: kind.fields.enumerated().map { ($1.name, $0) })
    }
}
