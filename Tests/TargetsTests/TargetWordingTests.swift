import Diagnostics
import Foundation
import Messages
import Targets
import TestSupport
import Testing

/// Every accepted target wording and its exact meaning.
@Suite struct TargetWordingTests {
    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    struct Case: CustomTestStringConvertible, Sendable {
        let wording: String
        let relation: TargetRelation
        let value: String
        let upper: String?
        let unit: TargetUnit
        let relative: Bool
        let aim: String?
        let canonical: String
        var testDescription: String { wording }

        init(
            _ wording: String, _ relation: TargetRelation, _ value: String, upper: String? = nil,
            _ unit: TargetUnit = .count, relative: Bool = false, aim: String? = nil, canonical: String
        ) {
            self.wording = wording
            self.relation = relation
            self.value = value
            self.upper = upper
            self.unit = unit
            self.relative = relative
            self.aim = aim
            self.canonical = canonical
        }
    }

    static let cases: [Case] = [
        Case("ít nhất 45%", .atLeast, "0.45", .percent, canonical: ">= 45%"),
        Case("Ít nhất 750 HTX", .atLeast, "750", canonical: ">= 750"),
        Case("tối thiểu 18", .atLeast, "18", canonical: ">= 18"),
        Case("trên 70", .greaterThan, "70", canonical: "> 70"),
        Case("dưới 15%", .lessThan, "0.15", .percent, canonical: "< 15%"),
        Case("từ 25 trở lên", .atLeast, "25", canonical: ">= 25"),
        Case("25 trở lên", .atLeast, "25", canonical: ">= 25"),
        Case("khoảng 300", .about, "300", canonical: "about 300"),
        Case("40 - 45%", .between, "0.40", upper: "0.45", .percent, canonical: "between 40% and 45%"),
        Case("1.500 - 2.000", .between, "1500", upper: "2000", canonical: "between 1500 and 2000"),
        Case("từ 500 đến 2.000", .between, "500", upper: "2000", canonical: "between 500 and 2000"),
        Case("khoảng 2-3 đoàn", .between, "2", upper: "3", canonical: "between 2 and 3"),
        Case("01-02 cuộc", .between, "1", upper: "2", canonical: "between 1 and 2"),
        Case("1,5 lần", .atLeast, "1.5", .times, relative: true, canonical: ">= 1.5x baseline"),
        Case("tăng 1,5 lần", .atLeast, "1.5", .times, relative: true, canonical: ">= 1.5x baseline"),
        Case("100%", .atLeast, "1", .percent, canonical: ">= 100%"),
        Case("4.000", .atLeast, "4000", canonical: ">= 4000"),
        Case("lên 70%", .atLeast, "0.7", .percent, canonical: ">= 70%"),
        Case("đạt 100%", .atLeast, "1", .percent, canonical: ">= 100%"),
        Case("tối đa 10", .atMost, "10", canonical: "<= 10"),
        Case("không quá 5%", .atMost, "0.05", .percent, canonical: "<= 5%"),
        Case("trên 20 tỷ đồng", .greaterThan, "20000000000", .vnd, canonical: "> 20000000000 đồng"),
        Case("ít nhất từ 40 - 45%", .atLeast, "0.4", .percent, aim: "0.45", canonical: ">= 40% aim 45%"),
        Case(">= 45%", .atLeast, "0.45", .percent, canonical: ">= 45%"),
        Case("≥ 45%", .atLeast, "0.45", .percent, canonical: ">= 45%"),
        Case("> 70", .greaterThan, "70", canonical: "> 70"),
        Case("<= 10", .atMost, "10", canonical: "<= 10"),
        Case("< 15%", .lessThan, "0.15", .percent, canonical: "< 15%"),
        Case("= 100%", .equal, "1", .percent, canonical: "= 100%"),
        Case("between 40% and 45%", .between, "0.4", upper: "0.45", .percent, canonical: "between 40% and 45%"),
        Case("about 300", .about, "300", canonical: "about 300"),
        Case("~300", .about, "300", canonical: "about 300"),
        Case(">= 1.5x baseline", .atLeast, "1.5", .times, relative: true, canonical: ">= 1.5x baseline"),
    ]

    @Test(arguments: cases)
    func wordingHasExactlyThisMeaning(_ c: Case) throws {
        let target = try Target.parse(c.wording)
        #expect(target.relation == c.relation)
        #expect(target.value == Self.d(c.value))
        #expect(target.upper == c.upper.map(Self.d))
        #expect(target.aim == c.aim.map(Self.d))
        #expect(target.unit == c.unit)
        #expect(target.relativeToBaseline == c.relative)
        #expect(target.canonical == c.canonical)
        #expect(target.wording == c.wording)
    }

    @Test(arguments: cases)
    func canonicalFormParsesBackToTheSameMeaning(_ c: Case) throws {
        let target = try Target.parse(c.wording)
        let again = try Target.parse(target.canonical)
        #expect(again.relation == target.relation)
        #expect(again.value == target.value)
        #expect(again.upper == target.upper)
        #expect(again.aim == target.aim)
        #expect(again.unit == target.unit)
        #expect(again.relativeToBaseline == target.relativeToBaseline)
    }

    @Test func plainWordsInBothLanguages() throws {
        let share = try Target.parse("ít nhất 45%")
        let (en, vi) = (English(), Vietnamese())
        #expect(en.target(share) == "at least 45%")
        #expect(vi.target(share) == "ít nhất 45%")
        let range = try Target.parse("1.500 - 2.000")
        #expect(en.target(range) == "between 1,500 and 2,000")
        #expect(vi.target(range) == "từ 1.500 đến 2.000")
        let about = try Target.parse("khoảng 300")
        #expect(en.target(about) == "about 300 (±10%)")
        #expect(vi.target(about) == "khoảng 300 (±10%)")
        #expect(about.bounds.lower == 270)
        #expect(about.bounds.upper == 330)
        #expect(en.target(try Target.parse("1,5 lần")) == "at least 1.5 times the baseline")
        #expect(vi.target(try Target.parse("1,5 lần")) == "ít nhất 1,5 lần mức cơ sở")
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        let wording: String
        let message: String
        let range: Range<Int>
        var testDescription: String { wording }
    }

    static let failures: [Failure] = [
        Failure(
            wording: "ít nhất 1,500",
            message: "'1,500' is ambiguous: write '1.500' if you mean 1500, or '1,5' if you mean 1.5", range: 8..<13),
        Failure(
            wording: "ít nhât 45%", message: "cannot read 'ít nhât' in the target; did you mean 'ít nhất'?",
            range: 0..<7),
        Failure(
            wording: "",
            message:
                "the target is empty; write e.g. 'ít nhất 45%', 'trên 70', 'dưới 15%', '40 - 45%', 'khoảng 300', '1,5 lần' or '>= 45%' (see docs/rules.md)",
            range: 0..<1),
        Failure(
            wording: "45 - 40%", message: "the range runs backwards: 45 is more than the upper figure", range: 5..<7),
        Failure(wording: "tăng 20", message: "a growth target needs 'lần' (times), e.g. 'tăng 1,5 lần'", range: 0..<7),
        Failure(
            wording: "45% số HTX xyz",
            message:
                "cannot read 'xyz' after the figure; write e.g. 'ít nhất 45%', 'trên 70', 'dưới 15%', '40 - 45%', 'khoảng 300', '1,5 lần' or '>= 45%' (see docs/rules.md)",
            range: 11..<14),
    ]

    @Test(arguments: failures)
    func unreadableWordingIsAnErrorAtTheRightPlace(_ f: Failure) {
        #expect(
            wordingError { () throws(WordingError) in try Target.parse(f.wording) }
                == .init(message: f.message, range: f.range))
    }

    @Test func sharesAreComparedExactlyAtTheThreshold() throws {
        let target = try Target.parse("ít nhất 45%")
        #expect(target.isSatisfied(numerator: 9, denominator: 20))
        #expect(!target.isSatisfied(numerator: 8_999, denominator: 20_000))
        #expect(target.isSatisfied(numerator: 45_000_000, denominator: 100_000_000))
        #expect(!target.isSatisfied(numerator: 44_999_999, denominator: 100_000_000))
        #expect(!target.isSatisfied(numerator: 0, denominator: 0))
        let below = try Target.parse("dưới 15%")
        #expect(below.isSatisfied(numerator: 14, denominator: 100))
        #expect(!below.isSatisfied(numerator: 15, denominator: 100))
        #expect(target.isSatisfied(by: Decimal(string: "0.45")!))
        #expect(!target.isSatisfied(by: Decimal(string: "0.4499999999")!))
    }

    @Test func vietnameseNumbers() throws {
        #expect(try VietnameseNumber.parse("4.000") == 4000)
        #expect(try VietnameseNumber.parse("1.000.000") == 1_000_000)
        #expect(try VietnameseNumber.parse("1,5") == Decimal(string: "1.5")!)
        #expect(try VietnameseNumber.parse("12,5") == Decimal(string: "12.5")!)
        #expect(try VietnameseNumber.parse("1.500,5") == Decimal(string: "1500.5")!)
        #expect(try VietnameseNumber.parse("1.5") == Decimal(string: "1.5")!)
        #expect(throws: WordingError.self) { try VietnameseNumber.parse("1,500") }
        #expect(throws: WordingError.self) { try VietnameseNumber.parse("12a") }
        #expect(VietnameseNumber.format(1500) == "1.500")
        #expect(VietnameseNumber.formatEnglish(Decimal(string: "1234567.5")!) == "1,234,567.5")
    }
}

/// The message (in English) and range of the wording error `body` throws, or nil.
func wordingError<T>(_ body: () throws(WordingError) -> T) -> WordingFailure? {
    do {
        _ = try body()
        return nil
    } catch {
        return WordingFailure(message: Problem.wording(error.problem).english, range: error.range)
    }
}

struct WordingFailure: Equatable {
    let message: String
    let range: Range<Int>
}
