import Expressions

/// Excel's dates: a serial number of days since the workbook's epoch, in the 1900 system
/// (which counts a 29 February 1900 that never was) or the 1904 system of older Mac workbooks.
public enum ExcelDate {
    /// The day a serial number stands for (its fraction, the time of day, dropped); nil outside
    /// Excel's range or on the day that does not exist (1900 serial 60).
    public static func day(serial: Double, date1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            // Day 0 is 1 January 1904.
            return CivilDate(year: 1904, month: 1, day: 1)?.adding(days: days)
        }
        if days == 60 { return nil }
        // Day 1 is 1 January 1900; from day 61 on, one day more was counted for 29/2/1900.
        if days > 60 { days -= 1 }
        guard days >= 1 else { return nil }
        return CivilDate(year: 1899, month: 12, day: 31)?.adding(days: days)
    }

    /// Whether a number format shows a date: one of Excel's built-in date formats, or a format
    /// code with a day, month or year outside quoted text, brackets and escapes.
    public static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
            return true
        }
        guard let code else { return false }
        var quoted = false
        var bracket = false
        var escaped = false
        for ch in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch ch {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted, !bracket, ch == "d" || ch == "m" || ch == "y" { return true }
            }
        }
        return false
    }
}
