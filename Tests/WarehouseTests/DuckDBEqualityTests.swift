import Foundation
import TestSupport
import Testing
import Warehouse

/// The DuckDB dialect, run by DuckDB (the duckdb package from pip, test tooling only), gives the
/// native evaluator's findings.
@Suite(.serialized) struct DuckDBEqualityTests {
    static func source(_ submissions: [(folder: String, id: String)]) throws -> WarehouseSource? {
        guard
            let engine = try ScriptEngine.prepare(
                "duckdb", module: "duckdb", scripts: try Equality.scripts(.duckdb, submissions))
        else { return nil }
        return WarehouseSource(engine: engine, dialect: .duckdb)
    }

    @Test func theSamplesOneByOneAndTogether() async throws {
        let difference = try await Equality.compareSamples(Self.source)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func aGeneratedSubmissionOfAHundredThousandCooperatives() async throws {
        let generated = try Equality.generated(100_000)
        guard let source = try Self.source([generated]) else { return }
        let difference = try await Equality.compare(source, [generated])
        #expect(difference == nil, "\(difference ?? "")")
    }
}
