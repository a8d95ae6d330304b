import AdministrativeMap
import DataLoading
import Foundation
import SyntheticData
import TestSupport
import Testing

/// The synthetic submission is deterministic and valid.
@Suite struct GeneratorTests {
    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-gen-\(UUID().uuidString)").path
    }

    @Test func theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws {
        let a = Self.folder(), b = Self.folder(), c = Self.folder()
        defer { for f in [a, b, c] { try? FileManager.default.removeItem(atPath: f) } }
        let files = try SubmissionGenerator(cooperatives: 2_000, seed: 7, provinces: 3).write(to: a)
        try SubmissionGenerator(cooperatives: 2_000, seed: 7, provinces: 3).write(to: b)
        try SubmissionGenerator(cooperatives: 2_000, seed: 8, provinces: 3).write(to: c)
        for file in files {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + file))
            #expect(x == (try Data(contentsOf: URL(fileURLWithPath: b + "/" + file))), "\(file)")
        }
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: a + "/cooperatives.csv"))
                != (try Data(contentsOf: URL(fileURLWithPath: c + "/cooperatives.csv"))))
    }

    @Test func theGeneratedSubmissionValidates() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SubmissionGenerator(cooperatives: 3_000, seed: 1, provinces: 2).write(to: folder)
        let report = SubmissionReader.read(folder: folder)
        #expect(report.diagnostics.map(\.english) == [])
        let units = 2 * (1 + 8 * (1 + 12))
        let reports = 3 * 2
        #expect(report.recordCount == 3_000 + units + reports)
    }

    /// On the 2025 map: the 34 official provinces and cities, their communes directly under them,
    /// no district anywhere, and the whole valid for a 2026 period.
    @Test func theMapOf2025HasThirtyFourProvincesAndNoDistrict() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SubmissionGenerator(cooperatives: 5_000, seed: 2, provinces: 63, map: .map2025).write(to: folder)
        let (submission, report) = SubmissionReader.load(folder: folder)
        #expect(report.diagnostics.map(\.english) == [])
        let units = try #require(submission?.records[.units])
        let levels = Dictionary(grouping: units) { $0["level"] }.mapValues(\.count)
        #expect(levels == [.string("province"): 34, .string("commune"): 34 * 96])
        #expect(
            units.filter { $0["level"] == .string("province") }.compactMap { record -> String? in
                if case .string(let code) = record["code"] { return code }
                return nil
            } == AdministrativeMap.since2025.map(\.code))
        let cooperatives = try #require(submission?.records[.cooperatives])
        #expect(cooperatives.count == 5_000 && cooperatives.allSatisfy { $0["district"] == .null })
    }
}
