import Diagnostics
import Expressions
import Messages
import TestSupport
import Testing

/// The expression language: parsing, canonical text, type errors with exact ranges, limits.
@Suite struct ExpressionTests {
    static let rating = EnumDomain(
        name: "rating", values: ["good", "fair", "average", "weak"],
        aliases: ["tốt": "good", "khá": "fair", "trung bình": "average", "yếu": "weak"])
    static let schema = Schema(fields: [
        "kind": .enumeration(EnumDomain(name: "kind", values: ["HTX", "THT", "LHHTX"])),
        "members": .integer, "founded_on": .date, "linked_with_enterprise": .bool,
        "farmers_union_supported": .bool, "rating": .enumeration(rating), "key_staff": .integer,
        "key_staff_trained": .integer, "name": .string, "commune": .string, "revenue": .decimal,
    ])

    static func check(_ source: String, _ role: ExpressionRole = .filter) -> Result<CheckedExpression, ExpressionErrors>
    {
        ExpressionCompiler.check(source, role: role, schema: schema)
    }

    /// The diagnostics of an expression as "start..<end: message" lines.
    static func problems(_ source: String, _ role: ExpressionRole = .filter) -> [String] {
        switch check(source, role) {
        case .success: []
        case .failure(let errors):
            errors.diagnostics.map {
                "\($0.range.lowerBound)..<\($0.range.upperBound): \(Problem.expression($0.problem).english)"
            }
        }
    }

    @Test(arguments: [
        ("kind == \"HTX\" and members >= 7", "kind == \"HTX\" and members >= 7"),
        ("kind=='HTX'  and(members>=7)", "kind == \"HTX\" and members >= 7"),
        ("a_or_b", ""),
        (
            "not linked_with_enterprise or farmers_union_supported",
            "not linked_with_enterprise or farmers_union_supported"
        ),
        (
            "not (linked_with_enterprise or farmers_union_supported)",
            "not (linked_with_enterprise or farmers_union_supported)"
        ),
        (
            "(linked_with_enterprise or farmers_union_supported) and members > 0",
            "(linked_with_enterprise or farmers_union_supported) and members > 0"
        ),
        ("members - (key_staff - 1) > 0", "members - (key_staff - 1) > 0"),
        ("rating in ['tốt', 'khá']", "rating in [\"good\", \"fair\"]"),
        ("kind not in [\"THT\"]", "kind not in [\"THT\"]"),
        // Inside a list a comma between digits separates items: it is not a decimal comma.
        ("members in [10,20,30]", "members in [10, 20, 30]"),
        ("founded_on >= 2024-04-11", "founded_on >= 2024-04-11"),
        ("year(founded_on) == 2025", "year(founded_on) == 2025"),
        ("revenue > 1.5", "revenue > 1.5"),
        ("present(name)", "present(name)"),
    ])
    func canonicalTextIsNormalisedAndReparses(source: String, canonical: String) throws {
        guard !canonical.isEmpty else {
            #expect(Self.problems(source) == ["0..<6: unknown field 'a_or_b'"])
            return
        }
        let checked = try Self.check(source).get()
        #expect(checked.canonical == canonical)
        #expect(try Self.check(checked.canonical).get().canonical == canonical)
    }

    @Test(arguments: [
        ("share(linked_with_enterprise)", "the share of records where linked_with_enterprise is true"),
        ("count()", "the number of records"),
        ("ratio(key_staff_trained, key_staff)", "the total of key_staff_trained divided by the total of key_staff"),
        ("coverage(commune)", "the share of communes with at least one matching record"),
        ("per_year(founded_on)", "the number of records per year, counted by founded_on"),
        ("sum(members) / count()", "the total of members divided by the number of records"),
    ])
    func measuresReadInPlainEnglish(source: String, english: String) throws {
        let checked = try Self.check(source, .measure).get()
        #expect(Self.english(checked) == english)
        #expect(checked.type == .decimal || checked.type == .integer)
    }

    /// An expression read in English words, fields by name.
    static func english(_ checked: CheckedExpression) -> String {
        English().reading(checked.syntax, role: checked.role, headers: nil)
    }

    @Test func filtersReadInPlainEnglish() throws {
        #expect(
            Self.english(try Self.check("kind == \"HTX\" and members >= 7").get())
                == "kind is HTX and members is at least 7")
        #expect(Self.english(try Self.check("farmers_union_supported").get()) == "farmers_union_supported is true")
    }

    @Test(arguments: [
        ("kind = \"HTX\"", ["5..<6: use '==' to compare"]),
        ("members > 1 && kind == \"HTX\"", ["12..<14: write 'and' instead of '&&'"]),
        ("!linked_with_enterprise", ["0..<1: write 'not' instead of '!'"]),
        ("members > 1,5", ["10..<13: write decimals with a point in expressions, e.g. 1.5"]),
        ("kind == \"HTX", ["8..<12: unterminated text: add the closing \""]),
        ("members > 1 and", ["12..<15: expected a value after 'and'"]),
        ("0 < members < 10", ["12..<13: comparisons cannot be chained; join them with 'and'"]),
        ("founded_on > 2025-02-30", ["13..<23: invalid date '2025-02-30'; write dates as YYYY-MM-DD"]),
        ("", ["0..<1: the expression is empty"]),
        (
            "members > 1 members",
            ["12..<19: unexpected 'members' after a complete expression; join conditions with 'and' or 'or'"]
        ),
        ("members @ 2", ["8..<9: unexpected character '@'"]),
    ])
    func syntaxErrorsPointAtTheCharacters(source: String, expected: [String]) {
        #expect(Self.problems(source) == expected)
    }

    @Test(arguments: [
        ("memebers >= 7", ExpressionRole.filter, ["0..<8: unknown field 'memebers'; did you mean 'members'?"]),
        // Found by `make fuzz`: a date cut short at the end of the text crashed the lexer.
        ("founded_on >= 4400-04-", .filter, ["14..<22: invalid date '4400-04-'; write dates as YYYY-MM-DD"]),
        (
            // `tot` is `tốt` written without diacritics, and accepted; `toot` is no rating.
            "kind == \"HTXX\" and rating == \"toot\" and rating != \"tot\"", .filter,
            [
                "8..<14: 'HTXX' is not a kind; expected one of HTX, THT, LHHTX; did you mean 'HTX'?",
                "29..<35: 'toot' is not a rating; expected one of good, fair, average, weak",
            ]
        ),
        (
            "members and linked_with_enterprise", .filter,
            ["0..<7: 'members' is a whole number, not true/false; compare it, e.g. members > 0"]
        ),
        (
            "founded_on > 2020", .filter,
            ["0..<17: compare a date with a date (e.g. 2025-01-01), or use year(founded_on)"]
        ),
        ("name > \"A\"", .filter, ["0..<10: '>' compares numbers and dates, not text"]),
        ("kind < \"HTX\"", .filter, ["7..<12: '<' cannot order kind values; use '==', '!=' or 'in'"]),
        ("members", .filter, ["0..<7: a filter must be true or false; 'members' is a whole number"]),
        ("share(linked_with_enterprise) > 0", .filter, ["0..<29: aggregate 'share' can only be used in a measure"]),
        ("sahre(linked_with_enterprise)", .measure, ["0..<5: unknown function 'sahre'; did you mean 'share'?"]),
        ("share(members)", .measure, ["6..<13: share needs a condition (true/false); 'members' is a whole number"]),
        ("sum(count())", .measure, ["4..<11: aggregates cannot be nested"]),
        ("members + 1", .measure, ["0..<7: field 'members' must be inside an aggregate, e.g. sum(members)"]),
        (
            "coverage(comune)", .measure,
            ["9..<15: coverage counts units of a level: province, district or commune; did you mean 'commune'?"]
        ),
        ("ratio(members)", .measure, ["0..<14: ratio takes 2 arguments: ratio(numerator, denominator)"]),
        (
            "share(linked_with_enterprise) > 0.5", .measure,
            ["0..<35: a measure must be a number; 'share(linked_with_enterprise) > 0.5' is true/false"]
        ),
        (
            "1 + 2", .measure,
            ["0..<5: a measure must aggregate the records, e.g. count(), share(linked_with_enterprise) or sum(members)"]
        ),
    ])
    func typeErrorsAreAllReportedWithRanges(source: String, role: ExpressionRole, expected: [String]) {
        #expect(Self.problems(source, role) == expected)
    }

    @Test func limitsStopHostileExpressionsWithoutCrashing() {
        let deep = String(repeating: "(", count: 100_000) + "members > 1" + String(repeating: ")", count: 100_000)
        #expect(Self.problems(deep) == ["4096..<200011: expression is longer than 4096 characters"])
        let nested = String(repeating: "(", count: 100) + "members > 1" + String(repeating: ")", count: 100)
        #expect(Self.problems(nested) == ["64..<65: expression nests deeper than 64 levels"])
        let notChain = String(repeating: "not ", count: 70) + "linked_with_enterprise"
        #expect(Self.problems(notChain).first?.hasSuffix("expression nests deeper than 64 levels") == true)
        let wide = (0..<1100).map { _ in "members > 1" }.joined(separator: " or ")
        #expect(Self.problems(wide).first?.hasSuffix("expression is longer than 4096 characters") == true)
        var limits = ExpressionLimits()
        limits.maxLength = 100_000
        let many = (0..<1100).map { _ in "members > 1" }.joined(separator: " or ")
        guard
            case .failure(let errors) = ExpressionCompiler.check(
                many, role: .filter, schema: Self.schema, limits: limits)
        else {
            Issue.record("expected the node limit to trip")
            return
        }
        #expect(
            errors.diagnostics.first.map { Problem.expression($0.problem).english }
                == "expression has too many parts (more than 2000)")
    }
}
