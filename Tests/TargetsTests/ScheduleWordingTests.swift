import Expressions
import Messages
import Targets
import Testing

/// Every accepted schedule wording and its exact meaning.
@Suite struct ScheduleWordingTests {
    static func day(_ iso: String) -> CivilDate { CivilDate.parseISO(iso)! }

    @Test(arguments: [
        ("2030", "2030-12-31"), ("Năm 2030", "2030-12-31"), ("đến năm 2025", "2025-12-31"), ("by 2030", "2030-12-31"),
        ("Năm 2023", "2023-12-31"), ("Quý IV/2020", "2020-12-31"), ("Quý II/2021", "2021-06-30"),
        ("quý 3 năm 2022", "2022-09-30"),
        ("Q1/2024", "2024-03-31"), ("tháng 6/2021", "2021-06-30"), ("Tháng 2 năm 2024", "2024-02-29"),
        ("15/12/2025", "2025-12-15"), ("ngày 15/12/2025", "2025-12-15"), ("2025-12-15", "2025-12-15"),
        ("by 2025-12-15", "2025-12-15"), ("trước ngày 15/12/2025", "2025-12-14"),
        ("6 tháng đầu năm 2021", "2021-06-30"),
    ])
    func deadlines(wording: String, due: String) throws {
        let schedule = try Schedule.parse(wording)
        #expect(schedule.due == Self.day(due))
        #expect(schedule.window == nil)
        #expect(schedule.recurrences.isEmpty)
        #expect(try Schedule.parse(schedule.canonical).due == schedule.due)
    }

    @Test(arguments: [
        ("2021-2022", "2021-01-01", "2022-12-31"), ("2021 - 2022", "2021-01-01", "2022-12-31"),
        ("Năm 2024-2025", "2024-01-01", "2025-12-31"), ("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
        ("2021 to 2025", "2021-01-01", "2025-12-31"),
    ])
    func windows(wording: String, start: String, end: String) throws {
        let schedule = try Schedule.parse(wording)
        #expect(schedule.window == Self.day(start)...Self.day(end))
        #expect(schedule.due == Self.day(end))
        #expect(
            try Schedule.parse(schedule.canonical)
                == Schedule(due: schedule.due, window: schedule.window, wording: schedule.canonical))
    }

    @Test(arguments: [
        ("Từ năm 2025", "2025-01-01"), ("từ 2025", "2025-01-01"), ("from 2025", "2025-01-01"),
        ("from 2025-07-01", "2025-07-01"),
    ])
    func effectiveFrom(wording: String, start: String) throws {
        let schedule = try Schedule.parse(wording)
        #expect(schedule.effectiveFrom == Self.day(start))
        #expect(schedule.due == nil)
    }

    @Test(arguments: [
        ("Hằng năm", [Recurrence(.yearly)]),
        ("hàng năm", [Recurrence(.yearly)]),
        ("yearly", [Recurrence(.yearly)]),
        ("Hàng quý", [Recurrence(.quarterly)]),
        ("Quý III hằng năm", [Recurrence(.yearly, due: .endOfQuarter(3))]),
        ("Quý I hằng năm", [Recurrence(.yearly, due: .endOfQuarter(1))]),
        ("trước ngày 15/12 hằng năm", [Recurrence(.yearly, due: .before(day: 15, month: 12))]),
        ("trước ngày 25 tháng 12 hằng năm", [Recurrence(.yearly, due: .before(day: 25, month: 12))]),
        ("Định kỳ hàng năm (trước ngày 15/12)", [Recurrence(.yearly, due: .before(day: 15, month: 12))]),
        ("every year before 15/12", [Recurrence(.yearly, due: .before(day: 15, month: 12))]),
        ("6 tháng, 1 năm", [Recurrence(.halfYearly), Recurrence(.yearly)]),
        ("Hàng tháng, quý, năm", [Recurrence(.monthly), Recurrence(.quarterly), Recurrence(.yearly)]),
        ("2 năm 1 lần", [Recurrence(.everyYears(2))]),
    ])
    func recurrences(wording: String, expected: [Recurrence]) throws {
        let schedule = try Schedule.parse(wording)
        #expect(schedule.recurrences == expected)
        #expect(try Schedule.parse(schedule.canonical).recurrences == expected)
    }

    @Test func combinations() throws {
        let ongoing = try Schedule.parse("Thường xuyên và 2 năm 1 lần")
        #expect(ongoing.ongoing)
        #expect(ongoing.recurrences == [Recurrence(.everyYears(2))])
        let mixed = try Schedule.parse("Quý IV/2020, hàng năm")
        #expect(mixed.due == Self.day("2020-12-31"))
        #expect(mixed.recurrences == [Recurrence(.yearly)])
        let (en, vi) = (English(), Vietnamese())
        #expect(en.schedule(try Schedule.parse("Thường xuyên")) == "ongoing, with no fixed date")
        #expect(vi.schedule(try Schedule.parse("Thường xuyên")) == "thường xuyên, không có hạn cố định")
        #expect(
            en.schedule(try Schedule.parse("trước ngày 15/12 hằng năm"))
                == "every year, before 15/12 (by 14/12 at the latest)")
        #expect(
            vi.schedule(try Schedule.parse("trước ngày 15/12 hằng năm"))
                == "hằng năm, trước ngày 15/12 (chậm nhất ngày 14/12)")
    }

    @Test(arguments: [
        ("Quỹ IV, hàng năm", "'Quỹ' means a fund; for a quarter write 'Quý' (e.g. 'Quý IV/2020')", 0..<3),
        ("31/02/2025", "there is no date 31/02/2025", 0..<10),
        ("Quý V/2020", "'V' is not a quarter; write I, II, III or IV", 0..<10),
        ("2030, 2031", "the schedule has two deadlines; split the rule or keep one", 6..<10),
        (
            "sometime",
            "cannot read 'sometime' as a schedule; write e.g. '2030', 'Quý IV/2020', 'Năm 2024-2025', 'Từ năm 2025', 'trước ngày 15/12 hằng năm', 'Quý III hằng năm', '6 tháng, 1 năm', 'Thường xuyên' (see docs/rules.md)",
            0..<8
        ),
    ])
    func errors(wording: String, message: String, range: Range<Int>) {
        #expect(
            wordingError { () throws(WordingError) in try Schedule.parse(wording) }
                == .init(message: message, range: range))
    }

    @Test func occurrencesOfBeforeDecemberFifteenth() {
        let recurrence = Recurrence(.yearly, due: .before(day: 15, month: 12))
        let occurrences = recurrence.occurrences(from: Self.day("2023-03-07"), through: Self.day("2025-12-20"))
        #expect(occurrences.map(\.lastDay) == [Self.day("2023-12-14"), Self.day("2024-12-14"), Self.day("2025-12-14")])
        #expect(occurrences.first?.periodStart == Self.day("2023-01-01"))
        #expect(recurrence.occurrences(from: Self.day("2025-01-01"), through: Self.day("2025-12-13")).isEmpty)
    }

    @Test func occurrencesOfQuartersHalfYearsAndTwoYears() {
        let q3 = Recurrence(.yearly, due: .endOfQuarter(3)).occurrences(
            from: Self.day("2021-05-11"), through: Self.day("2022-12-31"))
        #expect(q3.map(\.lastDay) == [Self.day("2021-09-30"), Self.day("2022-09-30")])
        let halves = Recurrence(.halfYearly).occurrences(from: Self.day("2021-05-11"), through: Self.day("2022-07-01"))
        #expect(halves.map(\.lastDay) == [Self.day("2021-06-30"), Self.day("2021-12-31"), Self.day("2022-06-30")])
        let biennial = Recurrence(.everyYears(2)).occurrences(
            from: Self.day("2021-05-11"), through: Self.day("2025-12-31"))
        #expect(biennial.map(\.periodStart) == [Self.day("2021-01-01"), Self.day("2023-01-01")])
        #expect(biennial.map(\.lastDay) == [Self.day("2022-12-31"), Self.day("2024-12-31")])
    }
}
