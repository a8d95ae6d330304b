import AdministrativeMap
import Expressions
import Testing

/// The two maps hold together: every province of the earlier map went, whole, into exactly one
/// unit of the 2025 map.
@Suite struct AdministrativeMapTests {
    @Test func sixtyThreeUnitsBecameThirtyFour() {
        #expect(AdministrativeMap.until2025.count == 63)
        #expect(AdministrativeMap.since2025.count == 34)
        #expect(AdministrativeMap.until2025.filter(\.isCity).map(\.code) == ["01", "31", "46", "48", "79", "92"])
        #expect(AdministrativeMap.since2025.filter(\.isCity).map(\.code) == ["01", "31", "46", "48", "79", "92"])
        #expect(Set(AdministrativeMap.until2025.map(\.code)).count == 63)
        #expect(Set(AdministrativeMap.since2025.map(\.code)).count == 34)
    }

    @Test func everyEarlierProvinceWentIntoExactlyOneUnit() {
        let absorbed = AdministrativeMap.since2025.flatMap(\.absorbed)
        #expect(absorbed.sorted() == AdministrativeMap.until2025.map(\.code).sorted())
        // The namesake comes first: its name is the new unit's.
        let earlier = Dictionary(uniqueKeysWithValues: AdministrativeMap.until2025.map { ($0.code, $0.name) })
        for unit in AdministrativeMap.since2025 {
            #expect(earlier[unit.absorbed[0]] == unit.name, "\(unit.code) \(unit.name)")
        }
    }

    @Test func lamDongTookInDakNongAndBinhThuan() throws {
        let lamDong = try #require(AdministrativeMap.successor(ofEarlier: "67"))
        #expect(lamDong.code == "68" && lamDong.name == "Tỉnh Lâm Đồng" && lamDong.absorbed == ["68", "67", "60"])
        // A code read on the wrong map names another place: 52 was Bình Định, and is Gia Lai.
        #expect(AdministrativeMap.until2025.first { $0.code == "52" }?.name == "Tỉnh Bình Định")
        #expect(AdministrativeMap.since2025.first { $0.code == "52" }?.name == "Tỉnh Gia Lai")
    }

    @Test func theMapOfADayIsTheOneInForceThatDay() {
        #expect(AdministrativeMap.provinces(on: CivilDate(year: 2025, month: 6, day: 30)!).count == 63)
        #expect(AdministrativeMap.provinces(on: CivilDate(year: 2025, month: 7, day: 1)!).count == 34)
    }

    @Test func aCodeNamesTheSameProvinceAcrossTheMapsOnlyIfItWasNotReorganised() {
        let year2024 = CivilDate(year: 2024, month: 1, day: 1)!...CivilDate(year: 2024, month: 12, day: 31)!
        let year2025 = CivilDate(year: 2025, month: 1, day: 1)!...CivilDate(year: 2025, month: 12, day: 31)!
        let year2026 = CivilDate(year: 2026, month: 1, day: 1)!...CivilDate(year: 2026, month: 12, day: 31)!
        let before = CivilDate(year: 2025, month: 6, day: 30)!, after = CivilDate(year: 2026, month: 12, day: 31)!
        #expect(AdministrativeMap.sameProvince("24", during: year2024, on: before) == "24")
        #expect(AdministrativeMap.sameProvince("24", during: year2026, on: before) == nil)  // Bắc Ninh, not Bắc Giang
        #expect(AdministrativeMap.sameProvince("68", during: year2024, on: after) == nil)  // a part of new Lâm Đồng
        #expect(AdministrativeMap.sameProvince("01", during: year2026, on: before) == "01")  // Hà Nội, unchanged
        #expect(AdministrativeMap.sameProvince("67", during: year2025, on: after) == "67")  // a 2025 report straddles
    }
}
