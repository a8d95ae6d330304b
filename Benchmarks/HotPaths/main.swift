// The hot paths of `coopcheck check`, timed on their own so a regression shows where it is:
// scanning CSV, reading and checking records, evaluating expressions, and aggregating.
// `make bench` runs it in release mode; `swift run -c release coopcheck-bench [ROWS]` alone.
import DataContract
import DataLoading
import Evaluation
import Expressions
import Foundation
import Rules
import SyntheticData

let rows = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200_000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-bench-\(rows)").path
if !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("submission.yaml")) {
    _ = try SubmissionGenerator(cooperatives: rows, seed: 7).write(to: folder)
}
let csv = (folder as NSString).appendingPathComponent("cooperatives.csv")
let megabytes = Double((try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0) / 1_048_576

/// Median wall time of `runs` runs of `body`, which returns how many items it processed.
func measure(_ name: String, runs: Int = 5, bytes: Double? = nil, _ body: () throws -> Int) rethrows {
    var times: [Double] = []
    var items = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        items = try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let median = times.sorted()[runs / 2]
    let throughput = bytes.map { String(format: "%8.0f MB/s", $0 / median) } ?? String(repeating: " ", count: 13)
    let label = name.padding(toLength: 40, withPad: " ", startingAt: 0)
    print(label + String(format: "%9.1f ms %12.0f items/s", median * 1000, Double(items) / median) + " " + throughput)
}

let packs = RuleLoader.load(paths: ["bench/eight-checks.yaml"]).packs
guard !packs.isEmpty else { fatalError("run from the repository root: bench/eight-checks.yaml is needed") }
let (loaded, _) = SubmissionReader.load(folder: folder)
guard let submission = loaded, let cooperatives = submission.records[.cooperatives] else {
    fatalError("the generated submission is invalid")
}

print(
    "coopcheck hot paths on \(rows) generated cooperatives (\(String(format: "%.0f", megabytes)) MB of CSV), median of 5 runs"
)
try measure("CSV scan (no field copied)", bytes: megabytes) {
    var reader = try CSVReader(path: csv, displayName: "cooperatives.csv")
    var count = 0
    while try reader.skip() != nil { count += 1 }
    return count
}
measure("read + decode + check (validate)", bytes: megabytes) {
    SubmissionReader.read(folder: folder).recordCount
}
let kind = DatasetKind.cooperatives
func bound(_ source: String, _ role: ExpressionRole) throws -> BoundExpression {
    BoundExpression(try ExpressionCompiler.check(source, role: role, schema: kind.schema).get().syntax) {
        kind.fieldIndex[$0]
    }
}
let filter = try bound("kind == \"HTX\" and status == \"active\"", .filter)
let requirement = try bound("members >= 5 and key_staff_trained <= key_staff", .requirement)
measure("expressions (filter + requirement)") {
    var met = 0
    for record in cooperatives
    where filter.evaluate(record.values) == .bool(true) && requirement.evaluate(record.values) == .bool(true) {
        met += 1
    }
    return met > 0 ? cooperatives.count : 0
}
measure("aggregation (eight checks, in memory)") {
    _ = Evaluator.evaluate(packs: packs, submission: submission, asOf: submission.manifest.period.upperBound)
    return cooperatives.count
}
measure("check end to end, 1 core", bytes: megabytes) {
    _ = Evaluator.check(packs: packs, folder: folder, options: ReadOptions(workers: 1))
    return cooperatives.count
}
measure("check end to end, 2 cores", bytes: megabytes) {
    var options = ReadOptions(workers: 2)
    options.parallelThreshold = 0
    _ = Evaluator.check(packs: packs, folder: folder, options: options)
    return cooperatives.count
}
