import Foundation
import PostgresSource
import TestSupport
import Testing
import Warehouse

/// The facts of every rule computed by a real PostgreSQL server (`make test` starts one on a
/// private port) give the findings of the native evaluator, record for record.
@Suite(.serialized) struct PostgresEqualityTests {
    /// A fresh database filled with `submissions`, as a source; nil when no server runs.
    static func source(_ name: String, _ submissions: [(folder: String, id: String)]) throws -> WarehouseSource? {
        guard let url = try PostgresServer.freshDatabase(name) else { return nil }
        for script in try Equality.scripts(.postgres, submissions) { try PostgresServer.psql(url, script) }
        guard case .success(let address) = DatabaseAddress.parse(url) else {
            Issue.record("not an address: \(url)")
            return nil
        }
        return WarehouseSource(engine: PostgresEngine(address: address, password: nil), dialect: .postgres)
    }

    @Test(arguments: Equality.samples.map(\.id))
    func eachSampleGivesTheNativeFindings(_ id: String) async throws {
        let sample = Equality.samples.first { $0.id == id }!
        guard let source = try Self.source("sample", [sample]) else { return }
        let difference = try await Equality.compare(source, [sample])
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func theSamplesTogetherJudgeTheNationAsTheirFoldersDo() async throws {
        guard let source = try Self.source("samples", Equality.samples) else { return }
        let difference = try await Equality.compare(source, Equality.samples)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func aGeneratedSubmissionOfAHundredThousandCooperatives() async throws {
        guard PostgresServer.url() != nil else { return }
        let generated = try Equality.generated(100_000)
        guard let source = try Self.source("generated", [generated]) else { return }
        let difference = try await Equality.compare(source, [generated])
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func aMissingTableIsAQueryTheServerRefused() async throws {
        guard let url = try PostgresServer.freshDatabase("empty"),
            case .success(let address) = DatabaseAddress.parse(url)
        else { return }
        let source = WarehouseSource(engine: PostgresEngine(address: address, password: nil), dialect: .postgres)
        await #expect(
            throws: WarehouseError.queryFailed(
                reason: #"relation "coopcheck_submissions" does not exist"#,
                query: FactCompiler(dialect: .postgres).submissions())
        ) {
            _ = try await source.submissions()
        }
    }

    @Test func anUnknownSubmissionNamesThoseThereAre() async throws {
        guard let source = try Self.source("unknown", [Equality.samples[0]]) else { return }
        await #expect(throws: WarehouseError.unknownSubmission("dak-nong", known: ["dak-nong-2025"])) {
            _ = try await source.submissions(only: "dak-nong")
        }
    }
}
