import DataContract
import DataLoading
import Diagnostics
import Expressions
import Foundation
import Testing

/// Typed values by the manifest's conventions; an ambiguous value is an error, not a guess.
@Suite struct FieldDecoderTests {
    static let vietnamese = FieldDecoder(conventions: Conventions())
    static var international: FieldDecoder {
        var c = Conventions()
        c.numbers = .international
        c.dates = .iso
        return FieldDecoder(conventions: c)
    }

    static func value(_ decoder: FieldDecoder, _ text: String, _ type: ValueType) -> Value? {
        try? decoder.decode(text, as: type).get()
    }

    @Test func vietnameseNumbers() {
        #expect(Self.value(Self.vietnamese, "1.500", .integer) == .integer(1500))
        #expect(Self.value(Self.vietnamese, "1.500,5", .decimal) == .decimal(Decimal(string: "1500.5")!))
        #expect(Self.value(Self.vietnamese, "12,5", .decimal) == .decimal(Decimal(string: "12.5")!))
        #expect(Self.value(Self.vietnamese, "20.000.000.000", .decimal) == .decimal(20_000_000_000))
        #expect(Self.value(Self.vietnamese, "-3", .integer) == .integer(-3))
        #expect(Self.value(Self.vietnamese, "12,5", .integer) == nil)
        #expect(Self.value(Self.vietnamese, "1.5", .decimal) == nil)
        #expect(
            throws: CellProblem.ambiguousNumber(
                "1,500", vietnamese: true, asDecimal: "1,5", whole: "1", fraction: "500")
        ) {
            try Self.vietnamese.decode("1,500", as: .decimal).get()
        }
        #expect(
            throws: CellProblem.ambiguousNumber(
                "1,250", vietnamese: true, asDecimal: "1,25", whole: "1", fraction: "250")
        ) {
            try Self.vietnamese.decode("1,250", as: .decimal).get()
        }
    }

    @Test func internationalNumbers() {
        #expect(Self.value(Self.international, "1500.5", .decimal) == .decimal(Decimal(string: "1500.5")!))
        #expect(Self.value(Self.international, "1,500.5", .decimal) == .decimal(Decimal(string: "1500.5")!))
        #expect(Self.value(Self.international, "1,500", .integer) == .integer(1500))
        #expect(Self.value(Self.international, "1.500", .decimal) == nil)
    }

    @Test func datesBooleansAndEnumerations() {
        let day = CivilDate(year: 2025, month: 12, day: 15)!
        #expect(Self.value(Self.vietnamese, "15/12/2025", .date) == .date(day))
        #expect(Self.value(Self.vietnamese, "2025-12-15", .date) == .date(day))
        #expect(Self.value(Self.vietnamese, "12/15/2025", .date) == nil)
        #expect(Self.value(Self.international, "15/12/2025", .date) == nil)
        for yes in ["có", "x", "true", "Có", "1"] { #expect(Self.value(Self.vietnamese, yes, .bool) == .bool(true)) }
        for no in ["không", "false", "0"] { #expect(Self.value(Self.vietnamese, no, .bool) == .bool(false)) }
        #expect(Self.value(Self.vietnamese, "", .bool) == .null)
        var checkmarks = Conventions()
        checkmarks.checkmarks = true
        #expect(Self.value(FieldDecoder(conventions: checkmarks), "", .bool) == .bool(false))
        #expect(Self.value(Self.vietnamese, "trung bình", .enumeration(Domains.rating)) == .string("average"))
        #expect(Self.value(Self.vietnamese, "Tốt", .enumeration(Domains.rating)) == .string("good"))
        #expect(Self.value(Self.vietnamese, "htx", .enumeration(Domains.kind)) == .string("HTX"))
        #expect(Self.value(Self.vietnamese, "excellent", .enumeration(Domains.rating)) == nil)
    }
}
