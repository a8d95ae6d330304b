import Expressions

/// A provincial-level unit: a province (tỉnh) or a centrally-run city (thành phố trực thuộc
/// trung ương), with its official two-digit code.
public struct Province: Hashable, Sendable {
    public let code: String
    public let name: String
    /// A centrally-run city rather than a province.
    public let isCity: Bool
    /// For a unit of the 2025 map, the codes of the earlier provinces it took in, its namesake
    /// first; empty on the earlier map.
    public let absorbed: [String]
}

/// Vietnam's provincial-level units as they were on a given day: 63 until 30 June 2025, 34 from
/// 1 July 2025, when Nghị quyết 202/2025/QH15 merged 52 of them into 23 and the district level
/// of local government ended. Seven codes (15, 24, 44, 52, 80, 82, 91) name a different place on
/// each map, so a code is read with the map of its date.
public enum AdministrativeMap {
    /// The first day of the 2025 map.
    public static let reorganised = CivilDate(year: 2025, month: 7, day: 1)!

    /// The provincial-level units on `date`.
    public static func provinces(on date: CivilDate) -> [Province] {
        date < reorganised ? until2025 : since2025
    }

    /// The province of the map of `day` that the code of a submission for `period` names: the
    /// same code on the same map (or when the period straddles 1/7/2025, as a 2025 report does);
    /// across the reorganisation only a province that was not reorganised, since seven codes name
    /// another place on each map and a merged province is one part of its successor.
    public static func sameProvince(_ code: String, during period: ClosedRange<CivilDate>, on day: CivilDate)
        -> String?
    {
        let straddles = period.lowerBound < reorganised && period.upperBound >= reorganised
        if straddles || (period.lowerBound < reorganised) == (day < reorganised) { return code }
        return since2025.first { $0.code == code && $0.absorbed == [code] }?.code
    }

    /// The unit of the 2025 map that took in the earlier province `code`.
    public static func successor(ofEarlier code: String) -> Province? {
        since2025.first { $0.absorbed.contains(code) }
    }
}
