import Diagnostics
import Evaluation
import Expressions
import Foundation

extension English {
    public func problem(_ problem: Problem) -> String {
        switch problem {
        case .yaml(let p): yaml(p)
        case .node(let p): node(p)
        case .expression(let p): expression(p)
        case .wording(let p): wording(p)
        case .rulePack(let p): rulePack(p)
        case .manifest(let p): manifest(p)
        case .data(let p): data(p)
        case .runConfiguration(let p): runConfiguration(p)
        case .source(let p): source(p)
        case .upload(let p): upload(p)
        case .inValue(let key, let inner): "in '\(key)': \(self.problem(inner))"
        }
    }

    func subject(_ subject: Subject) -> String {
        switch subject {
        case .rulePack: "the rule pack"
        case .document: "'document'"
        case .rule(let id): id.map { "rule '\($0)'" } ?? "a rule"
        case .citation(let rule): "'cite' of " + self.subject(.rule(rule))
        case .example: "an example"
        case .exampleRecord(let dataset): "a record of '\(dataset)'"
        case .baseline: "'baseline'"
        case .manifest: "the manifest"
        case .conventions: "'conventions'"
        case .fileEntry: "a file entry"
        case .runConfiguration: "the run configuration"
        case .outputs: "'outputs'"
        case .sourceConfiguration: "the source configuration"
        case .sourceTables: "'tables'"
        }
    }

    func nodeKind(_ kind: NodeKind) -> String {
        switch kind {
        case .emptyValue: "an empty value"
        case .singleValue: "a single value"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }

    func found(_ found: Found) -> String {
        switch found {
        case .text(let text): "'\(text)'"
        case .node(let kind): nodeKind(kind)
        }
    }

    func format(_ format: FormatKind) -> (file: String, name: String) {
        switch format {
        case .ruleLanguage: ("a rule pack", "rule-language")
        case .submission: ("the manifest", "submission-format")
        case .runConfiguration: ("the run configuration", "run-configuration")
        case .sourceConfiguration: ("the source configuration", "source-configuration")
        }
    }

    /// How a function is called.
    func signature(_ function: Function) -> String {
        switch function {
        case .row(.year): "year(date)"
        case .row(.month): "month(date)"
        case .row(.quarter): "quarter(date)"
        case .row(.present): "present(field)"
        case .row(.coalesce): "coalesce(value, fallback)"
        case .row(.abs): "abs(number)"
        case .aggregate(.count): "count() or count(condition)"
        case .aggregate(.sum): "sum(number)"
        case .aggregate(.avg): "avg(number)"
        case .aggregate(.min): "min(number or date)"
        case .aggregate(.max): "max(number or date)"
        case .aggregate(.share): "share(condition)"
        case .aggregate(.ratio): "ratio(numerator, denominator)"
        case .aggregate(.distinct): "distinct(field)"
        case .aggregate(.coverage): "coverage(province | district | commune)"
        case .aggregate(.perYear): "per_year(date)"
        case .aggregate(.units): "units(province | district | commune | agency)"
        }
    }

    /// libyaml's own words for the problems a hand-edited file most often has, said as what to
    /// change; others are kept as libyaml says them.
    func libyaml(_ problem: String) -> String {
        switch problem {
        case "mapping values are not allowed in this context":
            "a ':' cannot come here (often a missing space after ':' or a line indented too far)"
        case "did not find expected key":
            "a key was expected here: this line is indented differently from the keys above it; "
                + "check the spaces at the start of the line"
        case "did not find expected node content": "a value is missing here"
        case "found character that cannot start any token":
            "a character that cannot start a value (a tab, '@' or '`'); put the value in quotes"
        case "could not find expected ':'": "the ':' after a key is missing"
        case "found unexpected end of stream": "the file ends too early: is a quote or a bracket left open?"
        case "found a tab character that violates indentation", "found a tab character that violate indentation":
            "a tab in the indentation; indent with spaces"
        case "did not find expected <document start>":
            "the file does not start as YAML does; check the first line (and save it as UTF-8)"
        case "block sequence entries are not allowed in this context":
            "a list item '-' cannot start here; check the indentation"
        case "did not find expected ',' or ']'": "a ',' or the closing ']' is missing"
        case "did not find expected ',' or '}'": "a ',' or the closing '}' is missing"
        case "found unexpected ':'": "a ':' is out of place"
        case "found unknown escape character": "an unknown escape after '\\' in quoted text"
        default: problem
        }
    }

    /// libyaml's words for what it was reading, said plainly.
    func libyamlContext(_ context: String) -> String {
        switch context {
        case "while parsing a block mapping": "in the block of keys"
        case "while scanning a simple key": "reading the key"
        case "while parsing a flow sequence": "in the list in [ ]"
        case "while parsing a flow mapping": "in the keys in { }"
        case "while scanning a quoted scalar": "in the quoted text"
        case "while parsing a block collection": "in the block"
        case "while parsing a block node", "while parsing a flow node": "in the value"
        case "while scanning a block scalar": "in the block of text"
        case "while scanning a plain scalar": "in the value"
        default: context
        }
    }

    func yaml(_ problem: YAMLProblem) -> String {
        switch problem {
        case .syntax(let problem, let context, let line, let column):
            guard let context, let line, let column else { return libyaml(problem) }
            return "\(libyaml(problem)) (\(libyamlContext(context)) starting at line \(line), column \(column))"
        case .invalidUTF8:
            return "invalid UTF-8 byte sequence; save the file as UTF-8"
        case .documentTooLarge(let bytes, let limit):
            return "file is \(count(bytes)) bytes, larger than the limit of \(count(limit)) bytes"
        case .scalarTooLarge(let bytes, let limit):
            return "value is \(count(bytes)) bytes long, longer than the limit of \(count(limit)) bytes"
        case .tooDeep(let limit):
            return "nesting deeper than \(limit) levels; flatten the structure"
        case .aliasExpansion(let limit):
            return "aliases expand the document beyond \(count(limit)) nodes (a \"billion laughs\" document?); "
                + "remove the nested aliases"
        case .undefinedAlias(let name):
            return "alias '*\(name)' refers to no anchor defined before it"
        case .multipleDocuments:
            return "a second YAML document starts here; a file must hold exactly one"
        case .duplicateKey(let key, let line, let column):
            return "duplicate key '\(key)' (first defined at line \(line), column \(column)); remove one of them"
        case .notRegularFile:
            return "cannot read the file: it is not a regular file"
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        }
    }

    func node(_ problem: NodeProblem) -> String {
        switch problem {
        case .notAMapping(let what, let kind):
            "\(subject(what)) must be a mapping of keys to values, found \(nodeKind(kind))"
        case .keyNotText(let what):
            "keys in \(subject(what)) must be plain text"
        case .unknownKey(let key, let what, let suggestion):
            "unknown key '\(key)' in \(subject(what))\(Self.didYouMean(suggestion))"
        case .notText(let key, let kind):
            "'\(key)' must be text, found \(nodeKind(kind))"
        case .empty(let key):
            "'\(key)' must not be empty"
        case .missingKey(let key, let what):
            "\(subject(what)) is missing required key '\(key)'"
        case .missingFormatVersion(let kind, let key, let expected):
            "\(format(kind).file) must start with '\(key): \(expected)' (the \(format(kind).name) version)"
        case .unsupportedVersion(let kind, let key, let found, let expected):
            "unsupported \(format(kind).name) version '\(found)'; this coopcheck reads '\(key): \(expected)'"
        case .notBool(let key, let value):
            "'\(key)' must be true or false, found \(found(value))"
        case .notList(let key, let kind):
            "'\(key)' must be a list, found \(nodeKind(kind))"
        case .notOneOf(let key, let value, let choices, let suggestion):
            "'\(key)' must be one of \(choices.joined(separator: ", ")); found '\(value)'\(Self.didYouMean(suggestion))"
        case .tagNotAllowed(let tag):
            "tag '\(tag)' is not allowed; write plain values without tags"
        case .notADate(let key, let text):
            "'\(key)' must be a date written 2025-12-31 or 31/12/2025; found '\(text)'"
        }
    }

    func typeWord(_ type: TypeWord) -> String {
        switch type {
        case .bool: "true/false"
        case .integer: "a whole number"
        case .decimal: "a number"
        case .string: "text"
        case .date: "a date"
        case .enumeration(let name): "a \(name)"
        case .null: "null"
        }
    }

    func token(_ token: ExpressionProblem.Token) -> String {
        switch token {
        case .symbol(let s): "'\(s)'"
        case .word(let w): "'\(w)'"
        case .value: "a value"
        case .end: "end of expression"
        }
    }

    func expectation(_ expected: ExpressionProblem.ArgumentExpectation) -> String {
        switch expected {
        case .date: "a date"
        case .number: "a number"
        case .numbers: "numbers"
        case .numberOrDate: "a number or a date"
        case .condition: "a condition (true/false)"
        case .dateField: "a date field, e.g. per_year(founded_on)"
        }
    }

    func expression(_ problem: ExpressionProblem) -> String {
        switch problem {
        case .wordOperator(let written, let word): "write '\(word)' instead of '\(written)'"
        case .singleEquals: "use '==' to compare"
        case .exclamationNot: "write 'not' instead of '!'"
        case .unexpectedCharacter(let c): "unexpected character '\(c)'"
        case .invalidDate(let text): "invalid date '\(text)'; write dates as YYYY-MM-DD"
        case .decimalComma: "write decimals with a point in expressions, e.g. 1.5"
        case .numberTooLarge(let text): "number '\(text)' is too large"
        case .unterminatedText(let quote): "unterminated text: add the closing \(quote)"
        case .tooLong(let limit): "expression is longer than \(limit) characters"
        case .empty: "the expression is empty"
        case .unexpectedAfterEnd(let t):
            "unexpected \(token(t)) after a complete expression; join conditions with 'and' or 'or'"
        case .tooManyParts(let limit): "expression has too many parts (more than \(limit))"
        case .tooDeep(let limit): "expression nests deeper than \(limit) levels"
        case .chainedComparison: "comparisons cannot be chained; join them with 'and'"
        case .valueExpectedAfter(let op): "expected a value after '\(op)'"
        case .conditionExpectedAfterNot: "expected a condition after 'not'"
        case .unclosedCall(let function): "expected ')' to close the call to '\(function)'"
        case .unmatchedParenthesis(let at): "expected ')' to match the '(' at character \(at)"
        case .valueExpectedAtEnd: "expected a value at the end of the expression"
        case .valueExpected(let t): "expected a value, found \(token(t))"
        case .listExpectedAfterIn: "'in' needs a list in brackets, e.g. kind in [\"HTX\", \"LHHTX\"]"
        case .listSeparatorExpected: "expected ',' or ']' in the list"
        case .listNotClosed: "the list is not closed; add ']'"
        case .listTooLong(let limit): "list has more than \(limit) items"
        case .listEmpty: "the list is empty"
        case .unknownFunction(let name, let suggestion, let functions):
            "unknown function '\(name)'"
                + (suggestion.map { "; did you mean '\($0)'?" }
                    ?? "; the functions are \(functions.joined(separator: ", "))")
        case .unknownField(let name, let suggestion): "unknown field '\(name)'\(Self.didYouMean(suggestion))"
        case .fieldOutsideAggregate(let field, let aggregate):
            "field '\(field)' must be inside an aggregate, e.g. \(aggregate)(\(field))"
        case .negationNeedsNumber(let e, let type): "'-' needs a number; '\(e)' is \(typeWord(type))"
        case .listItemNotValue: "list items must be written values, such as \"HTX\" or 5"
        case .arithmeticNeedsNumbers(let op, let e, let type): "'\(op)' needs numbers; '\(e)' is \(typeWord(type))"
        case .comparisonWithNull(let op): "'\(op)' cannot compare with null; use '== null' or present(…)"
        case .orderingNeedsNumbersOrDates(let op, let type): "'\(op)' compares numbers and dates, not \(typeWord(type))"
        case .dateComparedWithNumber(let e): "compare a date with a date (e.g. 2025-01-01), or use year(\(e))"
        case .incomparable(let l, let lt, let r, let rt):
            "cannot compare '\(l)' (\(typeWord(lt))) with '\(r)' (\(typeWord(rt)))"
        case .vocabularyNotOrdered(let op, let name): "'\(op)' cannot order \(name) values; use '==', '!=' or 'in'"
        case .vocabulariesDiffer(let a, let b): "cannot compare \(a) with \(b)"
        case .vocabularyWordExpected(let other, let values):
            "compare '\(other)' with a word in quotes, one of \(values.joined(separator: ", "))"
        case .notInVocabulary(let word, let name, let values, let suggestion):
            "'\(word)' is not a \(name); expected one of \(values.joined(separator: ", "))\(Self.didYouMean(suggestion))"
        case .nullWhereConditionNeeded(let context): "\(context) needs true/false, not null"
        case .notACondition(let e, let type, let numeric):
            "'\(e)' is \(typeWord(type)), not true/false" + (numeric ? "; compare it, e.g. \(e) > 0" : "")
        case .wrongArgumentCount(let function, let minimum, let maximum):
            "\(function) takes \(minimum == maximum ? "\(minimum)" : "\(minimum) or \(maximum)") "
                + "argument\(maximum == 1 ? "" : "s"): \(Function(name: function).map(signature) ?? function)"
        case .aggregateOutsideMeasure(let name): "aggregate '\(name)' can only be used in a measure"
        case .nestedAggregate: "aggregates cannot be nested"
        case .coverageLevel(let levels, let suggestion):
            "coverage counts units of a level: \(Self.alternatives(levels))\(Self.didYouMean(suggestion))"
        case .divisionByZero: "a division by zero has no value for any data; divide by something else"
        case .unitsLevel(let levels, let suggestion):
            "units counts the units of a level: \(Self.alternatives(levels))\(Self.didYouMean(suggestion))"
        case .argumentType(let function, let expected, let e, let type):
            "\(function) needs \(expectation(expected)); '\(e)' is \(typeWord(type))"
        case .coalesceTypes(let e, let found, let expected):
            "coalesce needs two values of the same type; '\(e)' is \(typeWord(found)), not \(typeWord(expected))"
        case .roleNeedsCondition(let role, let e, let type):
            "a \(role == .filter ? "filter" : "requirement") must be true or false; '\(e)' is \(typeWord(type))"
        case .measureNeedsAggregate:
            "a measure must aggregate the records, e.g. count(), share(linked_with_enterprise) or sum(members)"
        case .measureNeedsNumber(let e, let type): "a measure must be a number; '\(e)' is \(typeWord(type))"
        case .noType: "the expression has no type"
        }
    }

    static let scheduleUsage =
        "write e.g. '2030', 'Quý IV/2020', 'Năm 2024-2025', 'Từ năm 2025', "
        + "'trước ngày 15/12 hằng năm', 'Quý III hằng năm', '6 tháng, 1 năm', 'Thường xuyên' (see docs/rules.md)"
    static let targetUsage =
        "write e.g. 'ít nhất 45%', 'trên 70', 'dưới 15%', '40 - 45%', 'khoảng 300', "
        + "'1,5 lần' or '>= 45%' (see docs/rules.md)"

    func wording(_ problem: WordingProblem) -> String {
        switch problem {
        case .emptySchedule: "the schedule is empty; \(Self.scheduleUsage)"
        case .fundNotQuarter: "'Quỹ' means a fund; for a quarter write 'Quý' (e.g. 'Quý IV/2020')"
        case .recurrenceYears(let n): "a recurrence of \(n) years is not supported; use 1 to 10"
        case .noSuchMonth(let month): "there is no month \(month)"
        case .twoEffectiveFromDates: "the schedule has two effective-from dates"
        case .unreadableSchedule(let part): "cannot read '\(part)' as a schedule; \(Self.scheduleUsage)"
        case .noSuchDay(let day, let month): "there is no day \(day)/\(month)"
        case .notAQuarter(let numeral): "'\(numeral)' is not a quarter; write I, II, III or IV"
        case .implausibleYear(let year): "\(year) is not a plausible year"
        case .noSuchDate(let text): "there is no date \(text)"
        case .twoDeadlines: "the schedule has two deadlines; split the rule or keep one"
        case .windowBackwards: "the window runs backwards"
        case .emptyTarget: "the target is empty; \(Self.targetUsage)"
        case .orMoreContradicts: "'trở lên' (or more) contradicts the rest of the target; \(Self.targetUsage)"
        case .rangeUnitsDiffer: "the two figures of a range must have the same unit"
        case .growthNeedsTimes: "a growth target needs 'lần' (times), e.g. 'tăng 1,5 lần'"
        case .fromNeedsEnd(let figure): "'từ \(figure)' needs an end: 'từ \(figure) trở lên' or 'từ \(figure) đến …'"
        case .rangeBackwards(let low, let high):
            "the range runs backwards: \(low) is more than \(high ?? "the upper figure")"
        case .rangeAfterComparison(let figure):
            "a range cannot follow this comparison; write '\(figure) - …' on its own or a single figure"
        case .aboutZero: "'about 0' has no tolerance; write '= 0' or '<= …'"
        case .betweenNeedsAnd: "'between' needs 'and': 'between 40% and 45%'"
        case .figureExpected: "expected a figure here; \(Self.targetUsage)"
        case .unreadableAfterFigure(let text): "cannot read '\(text)' after the figure; \(Self.targetUsage)"
        case .unreadablePhrase(let phrase, let suggestion):
            "cannot read '\(phrase)' in the target"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; \(Self.targetUsage)")
        case .notANumber(let text, let explain):
            "'\(text)' is not a number"
                + (explain ? "; write digits, with '.' between thousands and ',' before decimals (4.000; 1,5)" : "")
        case .ambiguousNumber(let text, let whole, let fraction):
            "'\(text)' is ambiguous: write '\(whole).\(fraction)' if you mean \(whole)\(fraction), "
                + "or '\(whole),\(fraction.prefix(1))' if you mean \(whole).\(fraction.prefix(1))"
        }
    }

    func rulePack(_ problem: RulePackProblem) -> String {
        func rule(_ id: String?) -> String { subject(.rule(id)) }
        switch problem {
        case .badPackID(let id): return "pack id '\(id)' may contain only letters, digits, '.', '-' and '_'"
        case .badRuleID(let id): return "rule id '\(id)' may contain only letters, digits, '.', '-' and '_'"
        case .noRules: return "the pack has no rules"
        case .periodNotSpan(let text): return "'period' must be a span of years such as 2024-2030; found '\(text)'"
        case .nothingToCheck(let id, let keys):
            return "\(rule(id)) says nothing to check; give one of \(keys.map { "'\($0)'" }.joined(separator: ", "))"
        case .mixedForms(let id, let keys):
            return "\(rule(id)) mixes \(Self.quotedList(keys)); a rule checks one thing — split it into separate rules"
        case .strayKey(let key, let owner, let id):
            return "'\(key)' belongs with '\(owner)', which \(rule(id)) does not have"
        case .missingDataset(let id, let datasets):
            return "\(rule(id)) is missing required key 'dataset' (one of \(datasets.joined(separator: ", ")))"
        case .datasetImplied(let key, let implied, let given):
            return "a rule with '\(key)' reads the '\(implied)' data set; remove 'dataset: \(given)'"
        case .needsSchedule(let id):
            return
                "\(rule(id)) needs 'when': the deadline or recurrence, e.g. 'Quý IV/2020' or 'trước ngày 15/12 hằng năm'"
        case .missingCitation(let id):
            return "\(rule(id)) is missing required key 'cite' (section and verbatim quote of the source sentence)"
        case .exampleMissingExpect(let statuses):
            return "an example is missing required key 'expect' (\(statuses.joined(separator: ", ")))"
        case .fieldNotSingleValue(let field, let kind):
            return "field '\(field)' must be a single value, found \(nodeKind(kind))"
        case .measureNeedsTarget: return "a rule with 'measure' needs a 'target', e.g. 'ít nhất 45%' or '>= 45%'"
        case .baselineNeeded(let target):
            return
                "target '\(target)' is relative to a baseline; add 'baseline:' with a figure or { indicator: NAME, year: YEAR }"
        case .baselineNotUsed:
            return "'baseline' is only used with a target relative to it, such as '1,5 lần' or '>= 1.5x baseline'"
        case .baselineYear: return "'year' must be a year such as 2020"
        case .replacedKey(let old, let new, let example):
            return "'\(old)' is now '\(new)': write e.g. '\(example)' (see docs/rules.md, Owners)"
        case .reportNeedsOwner:
            return "a report rule of a national pack must say who reports: 'owner: each province', "
                + "'owner: each district' or a list of unit codes such as 'owner: [MPI, MOF]'"
        case .unknownOwnerLevel(let found, let suggestion):
            return "cannot read '\(found)' as an owner; write nation, province, central, "
                + "each province|district|commune|agency, or unit codes in capitals and digits"
                + Self.didYouMean(suggestion)
        case .ownerAlone(let word):
            return "'\(word)' owns a rule alone; it cannot be part of a list of owners"
        case .provinceOwnerNeedsProvincialPack:
            return "'owner: province' needs a pack that binds a province (document.province); "
                + "for a duty of every province write 'owner: each province'"
        case .nationOwnerInProvincialPack:
            return "a provincial pack's rules are owed by its province, not by the nation; remove 'owner: nation'"
        case .ownerNotForForm(let owner, let key):
            return owner == "central"
                ? "'central' stands for the lead units of a task's register entries; a rule with '\(key)' "
                    + "names central bodies by their codes, e.g. 'owner: [MPI, MOF]'"
                : "a rule with '\(key)' is owed by units, not by the nation as a whole; "
                    + "write e.g. 'owner: each province' or unit codes"
        case .ownerNotForCooperatives(let owner):
            return "a cooperative is placed by its province, district or commune; owner '\(owner)' cannot hold "
                + "cooperatives: write 'owner: each province', 'each district' or 'each commune'"
        case .rangeNeedsReading(let target):
            return "'\(target)' is a range: say how the document means it, 'range: floor' (met at the lower figure, "
                + "aiming at the upper, as for a development target) or 'range: band' (both ends bind)"
        case .shareTargetBeyondWhole(let target):
            return "a share is at most 100%, so '\(target)' can never be met; check the figure"
        case .rangeNotARange(let target):
            return "'range' reads a range, and '\(target)' is not one; remove 'range'"
        case .noSuchPath: return "no such file or folder; give a rule-pack file or a folder of them"
        case .noPacksInFolder: return "no rule packs (*.yaml, *.yml) in this folder"
        case .duplicatePackID(let id, let file): return "duplicate pack id '\(id)'; it is also the id of \(file)"
        case .duplicateRuleID(let id, let first): return "duplicate rule id '\(id)'; first defined at \(first)"
        case .exampleFails(let id, let expected, let asOf, let got):
            let outcomes =
                got.isEmpty
                ? "no finding" : got.map { "\($0.status.rawValue) for group \($0.group)" }.joined(separator: "; ")
            return "rule '\(id)' should give \(expected.rawValue) on this example as of \(asOf) but gives \(outcomes)"
        case .examplesIncomplete(let id):
            return "rule '\(id)' needs an example that satisfies it (met, on_track) and one that violates it "
                + "(violated, at_risk, no_data)"
        }
    }

    func manifest(_ problem: ManifestProblem) -> String {
        switch problem {
        case .notAFolder: "not a submission folder; give the folder that holds submission.yaml"
        case .noManifest: "the submission has no submission.yaml; see docs/data-format.md"
        case .missingPeriod: "the manifest is missing required key 'period' (e.g. 2025)"
        case .missingPreparedOn: "the manifest is missing required key 'prepared_on' (the date the data was prepared)"
        case .missingFiles: "the manifest is missing required key 'files' (the data files and their kinds)"
        case .badPeriod(let text):
            "'period' must be a year (2025), a span of years (2021-2025) or two dates (2025-01-01..2025-06-30); found '\(text)'"
        case .noFiles: "the submission lists no data files"
        case .missingKind(let kinds): "a file entry is missing required key 'kind' (\(kinds.joined(separator: ", ")))"
        case .notAField(let field, let dataset, let suggestion):
            "'\(field)' is not a field of '\(dataset)'\(Self.didYouMean(suggestion))"
        case .columnsNotMapping: "'columns' must map the file's headers to field names, e.g. \"Mã HTX\": id"
        case .absolutePath(let path): "'\(path)' is an absolute path; data files must be inside the submission folder"
        case .pathLeadsOutside(let path): "'\(path)' leads outside the submission folder; data files must be inside it"
        case .linkLeadsOutside(let path):
            "'\(path)' is a link leading outside the submission folder; data files must be inside it"
        case .noSuchFile(let path): "'\(path)' does not exist in the submission folder"
        case .pathIsFolder(let path): "'\(path)' is a folder, not a data file"
        case .linkLoop(let path): "'\(path)' is a link that leads back to itself; name the data file itself"
        case .danglingLink(let path): "'\(path)' is a link to a file that does not exist; name the data file itself"
        case .notRegularFile(let path): "'\(path)' is not a regular file"
        case .provinceMerged(let code, let into, let name):
            "province '\(code)' was merged into '\(into)' (\(name)) on 01/07/2025; a submission for a later "
                + "period speaks for '\(into)'"
        case .notEnoughMemory(let data, let needed, let limit):
            "the data files (\(data) MB) need about \(needed) MB more memory than this process may use "
                + "(its limit is \(limit) MB, set by 'ulimit -v' or the container); raise the limit and run again"
        case .noUnitsFile: "the submission has no 'units' file, so provinces, districts and communes cannot be checked"
        case .factsMissing(let keys):
            "the submission does not say its \(keys.map { "'\($0)'" }.joined(separator: " and ")): give "
                + keys.map { "--\($0.replacingOccurrences(of: "_", with: "-"))" }.joined(separator: " and ")
                + ", or add a sheet named 'submission' with a row for each (key in column A, value in column B)"
        case .noDataSets:
            "no file or sheet here is a data set: name each sheet or file after its data set (cooperatives, units, "
                + "indicators, reports, tasks) or give it the template's header row (coopcheck init)"
        case .unknownFact(let key, let suggestion):
            "'\(key)' is not a key of a submission; it is not read"
                + (suggestion.map { "; did you mean '\($0)'?" }
                    ?? "; the keys are unit, unit_name, province, period, prepared_on")
        }
    }

    func data(_ problem: DataProblem) -> String {
        switch problem {
        case .cannotOpen: "cannot open the file"
        case .wideEncoding(let encoding): "the file is \(encoding); save it as 'CSV UTF-8' and submit it again"
        case .notUTF8(let byte):
            "the file is not UTF-8 (byte \(String(format: "0x%02X", byte)) here); it looks like a legacy Vietnamese encoding "
                + "such as Windows-1258, TCVN3 or VNI. Save it as 'CSV UTF-8' (Excel: File › Save As › CSV UTF-8) and submit it again"
        case .nulByte:
            "a NUL byte: this is not a text file (a spreadsheet saved as .xlsx, or UTF-16?); save it as 'CSV UTF-8' and submit it again"
        case .unknownFileType:
            "unknown file type; data files are .xlsx, .ods, .csv, .yaml, .yml or .json (save an .xls workbook as .xlsx)"
        case .workbook(let problem): workbook(problem)
        case .noSuchSheet(let sheet, let sheets):
            "the workbook has no sheet '\(sheet)'; its sheets are \(sheets.map { "'\($0)'" }.joined(separator: ", "))"
        case .noSheetOfKind(let kind, let sheets):
            "no sheet of the workbook holds '\(kind)' by its name or header (sheets: "
                + "\(sheets.map { "'\($0)'" }.joined(separator: ", "))); name the sheet in the manifest with 'sheet:'"
        case .sheetNotRead(let sheet):
            "sheet '\(sheet)' is not read: its name and header match no data set; name it after its data set "
                + "(cooperatives, units, indicators, reports, tasks) or give it the template's header row"
        case .cellError(let value):
            "the cell shows Excel's error \(value), so its record is left out; correct the formula or type the value"
        case .valueWithoutHeader:
            "this cell has a value but its column has no header, so it is not read; give the column a header or clear the cell"
        case .emptyFile: "the file is empty; it needs a header line"
        case .headerInvalid: "no record of this file was read because its header is invalid"
        case .readingStopped(let lines):
            "reading of this file stopped here: its \(Self.counted(lines, "later line")) \(lines == 1 ? "was" : "were") not read"
        case .unclosedQuote: "a quoted field is not closed: add the closing '\"'"
        case .textAfterQuote: "unexpected text after a closing quote; double a quote inside a quoted field (\"\")"
        case .quoteInUnquotedField:
            "a quote inside an unquoted field; enclose the field in quotes and double the quote (\"\")"
        case .tooManyFields(let limit): "a row has more than \(count(limit)) fields"
        case .recordTooLong(let limit):
            "a record is longer than \(count(limit)) bytes, the most coopcheck reads (docs/limits.md); is a quote not closed?"
        case .fieldTooLong(let limit):
            "a field is longer than \(count(limit)) bytes, the most coopcheck reads (docs/limits.md); is a quote not closed?"
        case .fieldCount(let found, let expected, let delimiter):
            "this row has \(Self.counted(found, "field")) but the header has \(expected); check the delimiter ('\(delimiter)') and quotes"
        case .notAListOfRecords: "a YAML or JSON data file must be a list of records, one mapping each"
        case .recordNotMapping(let kind):
            "each record must be a mapping of field names to values, found \(nodeKind(kind))"
        case .fieldNameNotText: "field names must be plain text"
        case .fieldNotSingleValue(let field, let kind):
            "field '\(field)' must be a single value, found \(nodeKind(kind))"
        case .unknownColumn(let column, let dataset, let suggestion):
            "column '\(column)' is not a field of '\(dataset)' and is ignored"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; map it under 'columns' in submission.yaml if it is one"
        case .duplicateColumn(let column, let field, let first):
            "column '\(column)' is field '\(field.name)' again; it is already at \(first)"
        case .missingColumn(let field):
            "missing column for required field '\(field.name)' (\(field.header)); add it or map it under 'columns' in submission.yaml"
        case .cell(let field, let problem): "\(field.name): \(cell(problem))"
        case .requiredEmpty(let field): "\(field.name) (\(field.header)) is required but empty"
        case .duplicateCooperative(let id, let first): "duplicate cooperative id '\(id)'; first at \(first)"
        case .duplicateUnit(let code, let first): "duplicate unit code '\(code)'; first at \(first)"
        case .duplicateIndicator(let indicator, let unit, let period, let first):
            "indicator '\(indicator)' of unit '\(unit)' for \(period) is given twice; first at \(first)"
        case .duplicateReport(let report, let unit, let period, let first):
            "report '\(report)' of unit '\(unit)' for \(period) is logged twice; first at \(first); the first is used"
        case .duplicateTask(let task, let unit, let period, let first):
            "task '\(task)' of lead unit '\(unit)'\(period.map { " for \($0)" } ?? "") is entered twice; first at \(first)"
        case .reportAfterPrepared(let submitted, let prepared):
            "the report is dated \(submitted), after the submission was prepared (\(prepared))"
        case .parentNeeded(let level): "a \(self.level(level)) needs parent_code: the code of the unit it belongs to"
        case .notInUnits(let field, let code, let suggestion):
            "\(field.name) '\(code)' is not in the units file\(Self.didYouMean(suggestion))"
        case .wrongLevel(let field, let code, let actual, let expected):
            "\(field.name) '\(code)' is a \(level(actual)) in the units file, not a \(level(expected))"
        case .nameForCode(let field, let name, let code, let unitName):
            "\(field.name) '\(name)' is a name, not a code; write the unit's code: did you mean \(code), \(unitName)?"
        case .outsideUnit(let field, let code, let container, let containerCode, let actual):
            "\(field.name) '\(code)' is not in \(container.name) '\(containerCode)'"
                + (actual.map { " (the units file places it in '\($0)')" } ?? "") + "; correct one of the two"
        case .readByNoPack(let field, let value, let suggestion):
            "\(field.name) '\(value)' is read by no rule pack, so this record would count for nothing"
                + (suggestion.map { "; did you mean '\($0)'?" }
                    ?? "; use an identifier the packs read (see coopcheck rules list)")
        case .titleRowsSkipped(let count, let headerLine):
            "the header is on line \(headerLine): the \(count == 1 ? "line" : "\(count) lines") above it (a title) "
                + "\(count == 1 ? "is" : "are") skipped"
        case .blankRowsSkipped(let count):
            "\(Self.counted(count, "blank row")), the first here, \(count == 1 ? "is" : "are") skipped"
        case .totalsRowSkipped:
            "this totals row is skipped: coopcheck adds up the records itself; delete it to silence this"
        case .notAPeriod(let field, let value):
            "\(field.name) '\(value)' is not written as a period; write a year (2025), a half-year (2025-H1), a quarter "
                + "(2025-Q3) or a month (2025-06)"
        case .notSubmissionProvince(let code, let province):
            "province '\(code)' is not the submission's province '\(province)'"
        case .trainedMoreThanStaff(let trained, let staff, let trainedField, let staffField):
            "\(trainedField.name) (\(trained)) is more than \(staffField.name) (\(staff))"
        case .negative(let field): "\(field.name) cannot be negative"
        case .foundedAfterPeriod(let founded, let end):
            "founded on \(founded), after the reporting period ends (\(end))"
        case .dissolvedDateButStatus(let status):
            "dissolved_on is given but status is '\(status?.rawValue ?? "")'; set status to dissolved or clear the date"
        case .dissolvedBeforeFounded(let dissolved, let founded):
            "dissolved on \(dissolved), before it was founded (\(founded))"
        case .dateAfterPrepared(let field, let date, let prepared):
            "\(field.name) \(date) is after the submission was prepared (\(prepared)); "
                + "give the date it happened, or leave the cell empty if it has not"
        case .dissolvedWithoutDate: "a dissolved cooperative should give dissolved_on"
        case .dissolvedUnionMember: "a dissolved cooperative cannot be an active member of the cooperative alliance"
        case .doneNeedsCompletionDate: "a done task needs completed_on"
        case .completionDateButNotDone(let status):
            "completed_on is given but status is '\(status?.rawValue ?? "")'; set status to done"
        case .parentNotInUnits(let parent, let unit):
            "parent_code '\(parent)' of unit '\(unit)' is not in the units file"
        case .successorNotInUnits(let successor, let unit):
            "successor '\(successor)' of unit '\(unit)' is not in the units file; list it, or correct the code"
        case .unitCeased(let field, let code, let ended, let successor):
            "\(field.name) '\(code)' existed until \(ended), before the reporting period began; "
                + (successor.map { "name the unit that took its place, '\($0)'" } ?? "name the unit that took its place")
        case .unitNotYetFormed(let field, let code, let begins):
            "\(field.name) '\(code)' was formed on \(begins), after the reporting period ended; name the unit of that time"
        case .unitEndsBeforeItBegins(let ends, let begins):
            "valid_to \(ends) is before valid_from \(begins); check the two dates"
        }
    }

    func upload(_ problem: UploadProblem) -> String {
        switch problem {
        case .tooLarge(let limit):
            "the upload is larger than \(limit >> 20) MiB, the most checked here; send the workbook alone, or split the data"
        case .notAForm: "the request is not a form upload (multipart/form-data) that can be read"
        case .noFiles: "no file was sent; choose the workbook (.xlsx), the CSV files or a .zip of the submission folder"
        case .tooManyFiles(let limit): "more than \(limit) files were sent; a submission has at most \(limit)"
        case .badField(let name, let value): "the field '\(name)' cannot be '\(value)'; choose it from the list"
        case .timedOut(let seconds):
            "the upload did not arrive within \(seconds) seconds; try again on a faster connection, or send a smaller file"
        case .zipUnreadable: "the .zip archive cannot be opened; make it again from the submission folder"
        case .zipPathOutside(let name):
            "the .zip archive holds '\(name)', a path leading outside the folder; it is refused"
        case .zipLink(let name): "the .zip archive holds '\(name)', a symbolic link; it is refused"
        case .zipTooManyEntries(let limit): "the .zip archive holds more than \(self.count(limit)) files; it is refused"
        case .zipTooLarge(let limit):
            "the .zip archive expands past \(limit >> 20) MiB, the most checked here (a zip bomb?); it is refused"
        case .zipRatio(let limit):
            "a file of the .zip archive expands more than \(limit) times its stored size (a zip bomb?); it is refused"
        case .busy(let seconds): "every check is busy; try again in \(seconds) seconds"
        case .tokenRequired: "this server needs an access token; give the token your province received"
        case .tokenNotForProvince(let province): "the access token does not open province '\(province)'"
        case .formExpired: "the form has expired; open the page again and send the files once more"
        }
    }

    func workbook(_ problem: WorkbookProblem) -> String {
        switch problem {
        case .unreadable(let reason): "cannot read the workbook: \(reason)"
        case .notAWorkbook:
            "the file is not an .xlsx workbook (an old .xls, or a renamed file?); open it in Excel and save it as "
                + "'Excel Workbook (.xlsx)'"
        case .encrypted:
            "the workbook is protected by a password, or is an old .xls; save it as 'Excel Workbook (.xlsx)' without a password"
        case .macroEnabled:
            "the workbook holds macros, which coopcheck never opens; save it as 'Excel Workbook (.xlsx)', without macros"
        case .missingPart(let part): "the workbook lacks its part '\(part)'; save it again from Excel or LibreOffice"
        case .tooManyParts(let count, let limit):
            "the workbook has \(self.count(count)) parts, more than the \(self.count(limit)) a workbook may have here; it is refused"
        case .partTooLarge(let part, let limit):
            "part '\(part)' of the workbook expands past \(limit >> 20) MiB, the most read here; split the data over "
                + "several workbooks or submit CSV files"
        case .compressionRatio(let part, let limit):
            "part '\(part)' of the workbook expands more than \(limit) times its stored size (a zip bomb?); it is refused"
        case .entityDeclared(let part):
            "part '\(part)' of the workbook declares XML entities, which no workbook needs (an XML bomb?); it is refused"
        case .malformedXML(let part, let line, let column, let reason):
            "part '\(part)' of the workbook is not well-formed XML at line \(line), column \(column) (\(reason)); save "
                + "it again from Excel or LibreOffice"
        case .beyondSheetLimits(let sheet, let cell):
            "sheet '\(sheet)' has cell \(cell), beyond the 1,048,576 rows and 16,384 columns a sheet may have; it is refused"
        }
    }

    func cell(_ problem: CellProblem) -> String {
        switch problem {
        case .notBool(let text): return "'\(text)' is not true/false; write có/không, true/false or x for yes"
        case .notInVocabulary(let text, let name, let values, let aliases):
            return "'\(text)' is not a \(name); expected one of \(values.joined(separator: ", "))"
                + (aliases.isEmpty ? "" : " (or \(aliases.joined(separator: ", ")))")
        case .notWholeNumber(let text): return "'\(text)' is not a whole number"
        case .notADate(let text, let hint):
            let expected =
                switch hint {
                case .dayMonthYear: "day/month/year, e.g. 15/12/2025"
                case .iso: "YYYY-MM-DD, e.g. 2025-12-15"
                case .either: "day/month/year, e.g. 15/12/2025, or 2025-12-15"
                }
            return "'\(text)' is not a date; write \(expected)"
        case .notANumber(let text): return "'\(text)' is not a number"
        case .twoDecimalMarks(let text, let mark): return "'\(text)' is not a number: more than one '\(mark)'"
        case .badGrouping(let text, let mark, let vietnamese):
            return "'\(text)' is not a number: '\(mark)' separates groups of three digits in the "
                + "\(vietnamese ? "vietnamese" : "international") convention"
        case .ambiguousNumber(let text, let vietnamese, let asDecimal, let whole, let fraction):
            let (this, other) = vietnamese ? ("Vietnamese", "English") : ("international", "Vietnamese")
            let plain = vietnamese ? "\(whole).\(fraction)" : "\(whole)\(fraction)"
            return "'\(text)' is ambiguous: \(this) numbers read it as \(asDecimal) (a decimal) but \(other) ones as "
                + "\(whole)\(fraction); write \(plain) for \(whole)\(fraction) or \(asDecimal) for the decimal"
        }
    }

    func source(_ problem: SourceProblem) -> String {
        switch problem {
        case .notADatabaseAddress(let text):
            "'\(text)' is not a database address like postgresql://USER@HOST:5432/DATABASE"
        case .passwordInAddress:
            "the database address must not hold a password, which logs and process lists would show: "
                + "give it in PGPASSWORD or in a file named by --password-file"
        case .unknownSSLMode(let mode):
            "sslmode '\(mode)' is not one of disable, allow, prefer, require, verify-ca, verify-full"
        }
    }

    func runConfiguration(_ problem: RunConfigurationProblem) -> String {
        switch problem {
        case .noConfiguration: "no run configuration here; see docs/nightly.md for one, or Samples/nightly/nightly.yaml"
        case .duplicateSubmissionName(let name, let first, let second):
            "two submissions are named '\(name)' (\(first) and \(second)); reports and the history name submissions by folder, "
                + "so give each a folder of its own name"
        case .reservedSubmissionName(let name):
            "a submission may not be named '\(name)', which names the roll-up over all submissions; rename its folder"
        case .badAsOf(let text, let suggestion):
            "'as_of' must be period_end, today or a date written YYYY-MM-DD; found '\(text)'\(Self.didYouMean(suggestion))"
        case .missingOutputDirectory: "'outputs' is missing required key 'directory' (where the reports go)"
        case .formatTwice(let format): "format '\(format)' is listed twice; list each format once"
        case .provinceTwice(let code): "province '\(code)' is listed twice; list each expected province once"
        case .notSubmitted(let province):
            "province '\(province)' sent no submission: the run expects one ('expected_provinces'); add its folder "
                + "to 'submissions'"
        case .noFormats(let known): "'formats' lists no format; give at least one of \(known.joined(separator: ", "))"
        case .emptyPathList(let key): "'\(key)' lists nothing; give at least one path"
        }
    }
}
