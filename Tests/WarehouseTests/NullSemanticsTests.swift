import Foundation
import PostgresSource
import Rules
import TestSupport
import Testing
import Warehouse
import YAMLNodes

/// Rules whose expressions meet missing values every way the language allows — three-valued
/// logic, `== null`, lists, division by zero, row functions, aggregates over gaps — give the
/// native evaluator's findings from PostgreSQL and from DuckDB.
@Suite(.serialized) struct NullSemanticsTests {
    static let requirements: [(id: String, body: String)] = [
        ("R.divide", "require: key_staff_trained / key_staff >= 0.5"),
        ("R.in", "require: rating in [\"good\", \"fair\"]"),
        ("R.notIn", "require: rating not in [\"weak\"]"),
        ("R.or", "require: not linked_with_enterprise or value_chain"),
        ("R.and", "where: members > 5\nrequire: linked_with_enterprise and value_chain"),
        ("R.isNull", "require: dissolved_on == null"),
        ("R.coalesce", "require: coalesce(members, 0) > 10\nowner: each commune"),
        ("R.present", "require: present(commune)"),
        ("R.dates", "require: year(founded_on) >= 2022 and quarter(founded_on) != 2"),
        ("R.abs", "require: abs(revenue) > 1"),
        ("R.inCodes", "require: commune in [\"66401\", \"66403\"]\nowner: each commune"),
        ("R.negate", "require: -members < -5"),
    ]

    static let aggregates: [(id: String, body: String)] = [
        ("A.avg", "measure: avg(members)\ntarget: ít nhất 10"),
        ("A.min", "measure: min(revenue)\ntarget: ít nhất 1"),
        ("A.ratio", "measure: ratio(key_staff_trained, key_staff)\ntarget: ít nhất 50%"),
        ("A.distinct", "measure: distinct(commune)\ntarget: ít nhất 3"),
        ("A.coverage", "measure: coverage(commune)\ntarget: 100%"),
        ("A.perYear", "measure: per_year(founded_on)\ntarget: ít nhất 2"),
        ("A.arithmetic", "measure: sum(revenue) / count()\ntarget: ít nhất 100"),
        ("A.count", "measure: count(members > 50)\ntarget: ít nhất 1\nowner: each commune"),
        ("A.share", "where: rating != \"weak\"\nmeasure: share(linked_with_enterprise)\ntarget: ít nhất 50%"),
        ("A.spread", "measure: max(members) - min(members)\ntarget: ít nhất 10"),
    ]

    static let pack: RulePack = {
        var text = """
            coopcheck: 1
            pack: nulls
            document: { number: T/1, date: 2021-01-01, issuer: T, title: T, title_en: T, seed: t.txt, period: 2021-2030 }
            rules:

            """
        for (id, body) in requirements + aggregates {
            text += "  - id: \(id)\n    title: t\n    title_en: t\n    cite: { section: s, quote: q }\n"
            text += "    dataset: cooperatives\n"
            text += body.split(separator: "\n").map { "    " + $0 + "\n" }.joined()
            if body.contains("target") { text += "    when: 2030\n" }
        }
        let parsed = RulePackParser.parse(try! YAMLParser.parse(text, file: "nulls.yaml"))
        precondition(parsed.pack != nil, parsed.diagnostics.map(\.english).joined(separator: "\n"))
        return parsed.pack!
    }()

    /// A national submission whose cooperatives leave out a value in each column somewhere.
    static let submission: (folder: String, id: String) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-nulls-\(UUID())")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "submission.yaml": """
            coopcheck_submission: 1
            unit: TEST
            period: 2025
            prepared_on: 2026-01-10
            conventions: { numbers: international, dates: iso, checkmarks: false }
            files:
              - { path: units.csv, kind: units }
              - { path: cooperatives.csv, kind: cooperatives }

            """,
            "units.csv": """
            code,name,level,parent_code
            67,Tỉnh A,province,
            66401,Xã A,commune,67
            66402,Xã B,commune,67
            66403,Xã C,commune,67

            """,
            "cooperatives.csv": """
            id,name,kind,sector,province,district,commune,founded_on,status,members,linked_with_enterprise,value_chain,rating,key_staff,key_staff_trained,revenue,dissolved_on
            C1,A,HTX,agriculture,67,,66401,2021-03-01,active,12,true,,good,4,2,1500.5,
            C2,B,HTX,agriculture,67,,66402,2019-05-01,active,,false,true,,0,0,,
            C3,C,THT,agriculture,67,,,2024-01-10,active,60,,false,weak,,3,200,
            C4,D,HTX,services,67,,66401,2025-06-30,dissolved,7,true,true,fair,5,,-3.25,2025-07-01
            C5,E,HTX,agriculture,67,,66402,2022-12-31,active,0,,,average,2,2,0,

            """,
        ]
        for (name, text) in files {
            try! text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return (folder.path, "nulls")
    }()

    @Test func fromPostgreSQL() async throws {
        guard let url = try PostgresServer.freshDatabase("nulls") else { return }
        for script in try Equality.scripts(.postgres, [Self.submission]) { try PostgresServer.psql(url, script) }
        guard case .success(let address) = DatabaseAddress.parse(url) else { return }
        let source = WarehouseSource(engine: PostgresEngine(address: address, password: nil), dialect: .postgres)
        let difference = try await Equality.compare(source, [Self.submission], packs: [Self.pack])
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func fromDuckDB() async throws {
        guard
            let engine = try ScriptEngine.prepare(
                "duckdb", module: "duckdb", scripts: Equality.scripts(.duckdb, [Self.submission]))
        else { return }
        let source = WarehouseSource(engine: engine, dialect: .duckdb)
        let difference = try await Equality.compare(source, [Self.submission], packs: [Self.pack])
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// The findings are worth comparing: each rule is judged, and most meet a missing value.
    @Test func everyRuleIsJudgedOnTheSubmission() {
        let result = Equality.native(Self.submission.folder, id: Self.submission.id, packs: [Self.pack])
        let judged = Set(result.findings.map(\.rule.id))
        #expect(judged == Set((Self.requirements + Self.aggregates).map(\.id)))
        #expect(result.findings.contains { $0.records.contains { $0.problem == .missingValue } })
    }
}
