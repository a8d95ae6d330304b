import Foundation
import TestSupport
import Testing
import Warehouse

/// The Spark SQL dialect, parsed and run by Spark in local mode (pyspark from pip, Java 17),
/// gives the native evaluator's findings. Spark takes most of a second per query, so these run
/// by `make test-spark`, not `make test`: without COOPCHECK_SPARK=1 they skip, saying so.
@Suite(.serialized) struct SparkEqualityTests {
    static var enabled: Bool {
        guard ProcessInfo.processInfo.environment["COOPCHECK_SPARK"] == "1" else {
            print("skipped: the Spark checks run by `make test-spark` (COOPCHECK_SPARK=1)")
            return false
        }
        return true
    }

    static func source(_ submissions: [(folder: String, id: String)]) throws -> WarehouseSource? {
        guard
            let engine = try ScriptEngine.prepare(
                "spark", module: "pyspark", scripts: Equality.scripts(.spark, submissions))
        else { return nil }
        return WarehouseSource(engine: engine, dialect: .spark)
    }

    @Test func theSamplesOneByOneAndTogether() async throws {
        guard Self.enabled else { return }
        let difference = try await Equality.compareSamples(Self.source)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func aGeneratedSubmissionOfAMillionCooperatives() async throws {
        guard Self.enabled else { return }
        let generated = try Equality.generated(1_000_000)
        guard let source = try Self.source([generated]) else { return }
        let difference = try await Equality.compare(source, [generated])
        #expect(difference == nil, "\(difference ?? "")")
    }
}
