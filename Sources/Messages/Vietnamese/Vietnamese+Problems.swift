import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules

extension Vietnamese {
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
        case .inValue(let key, let inner): "trong '\(key)': \(self.problem(inner))"
        }
    }

    func subject(_ subject: Subject) -> String {
        switch subject {
        case .rulePack: "gói quy tắc"
        case .document: "mục 'document'"
        case .rule(let id): id.map { "quy tắc '\($0)'" } ?? "một quy tắc"
        case .citation(let rule): "mục 'cite' của " + self.subject(.rule(rule))
        case .example: "một ví dụ"
        case .exampleRecord(let dataset): "một bản ghi của '\(dataset)'"
        case .baseline: "mục 'baseline'"
        case .manifest: "tệp khai báo hồ sơ"
        case .conventions: "mục 'conventions'"
        case .fileEntry: "một mục trong 'files'"
        case .runConfiguration: "tệp cấu hình chạy"
        case .outputs: "mục 'outputs'"
        case .sourceConfiguration: "tệp cấu hình nguồn dữ liệu"
        case .sourceTables: "mục 'tables'"
        }
    }

    func nodeKind(_ kind: NodeKind) -> String {
        switch kind {
        case .emptyValue: "một giá trị trống"
        case .singleValue: "một giá trị đơn"
        case .list: "một danh sách"
        case .mapping: "các cặp khóa: giá trị"
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
        case .ruleLanguage: ("gói quy tắc", "ngôn ngữ quy tắc")
        case .submission: ("tệp khai báo hồ sơ", "định dạng hồ sơ")
        case .runConfiguration: ("tệp cấu hình chạy", "cấu hình chạy")
        case .sourceConfiguration: ("tệp cấu hình nguồn dữ liệu", "cấu hình nguồn dữ liệu")
        }
    }

    /// libyaml's own words for the problems a hand-edited file most often has, in Vietnamese.
    func libyaml(_ problem: String) -> String {
        switch problem {
        case "mapping values are not allowed in this context":
            "không được đặt giá trị của khóa ở đây (thường do thiếu dấu cách sau ':' hoặc thụt lề sai)"
        case "did not find expected key":
            "cần một khóa ở đây: dòng này thụt lề khác các khóa phía trên; hãy kiểm tra dấu cách ở đầu dòng"
        case "did not find expected node content": "thiếu giá trị ở đây"
        case "found character that cannot start any token":
            "có ký tự không thể mở đầu một giá trị (ví dụ dấu tab, '@' hoặc '`'); hãy đặt giá trị trong dấu nháy"
        case "could not find expected ':'": "không tìm thấy dấu ':' cần có sau khóa"
        case "found unexpected end of stream": "tệp kết thúc đột ngột (còn dấu nháy hoặc dấu ngoặc chưa đóng?)"
        case "found a tab character that violates indentation", "found a tab character that violate indentation":
            "có ký tự tab trong phần thụt lề; hãy thụt lề bằng dấu cách"
        case "did not find expected <document start>": "không tìm thấy điểm bắt đầu của tài liệu YAML"
        case "block sequence entries are not allowed in this context":
            "không được bắt đầu một mục danh sách '-' ở đây (hãy kiểm tra thụt lề)"
        case "found unknown escape character": "có ký tự thoát không hợp lệ sau dấu '\\' trong chuỗi"
        case "did not find expected ',' or ']'": "thiếu dấu ',' hoặc ']'"
        case "did not find expected ',' or '}'": "thiếu dấu ',' hoặc '}'"
        case "found unexpected ':'": "có dấu ':' không đúng chỗ"
        case "control characters are not allowed": "có ký tự điều khiển không được phép"
        case "found undefined tag handle": "có thẻ (tag) chưa được định nghĩa"
        default: "lỗi cú pháp YAML: \(problem)"
        }
    }

    /// libyaml's words for what it was reading.
    func libyamlContext(_ context: String) -> String {
        switch context {
        case "while parsing a block mapping": "khi đọc một khối khóa: giá trị"
        case "while scanning a simple key": "khi đọc một khóa"
        case "while parsing a flow sequence": "khi đọc một danh sách trong ngoặc []"
        case "while parsing a flow mapping": "khi đọc các cặp khóa: giá trị trong ngoặc {}"
        case "while scanning a quoted scalar": "khi đọc một chuỗi trong dấu nháy"
        case "while parsing a block collection": "khi đọc một khối"
        case "while parsing a block node", "while parsing a flow node": "khi đọc một phần tử"
        case "while scanning a block scalar": "khi đọc một khối văn bản"
        case "while scanning a plain scalar": "khi đọc một giá trị"
        default: context
        }
    }

    /// How a function is called, its arguments named in Vietnamese.
    func signature(_ function: Function) -> String {
        switch function {
        case .row(.year): "year(ngày)"
        case .row(.month): "month(ngày)"
        case .row(.quarter): "quarter(ngày)"
        case .row(.present): "present(trường)"
        case .row(.coalesce): "coalesce(giá trị, giá trị thay thế)"
        case .row(.abs): "abs(số)"
        case .aggregate(.count): "count() hoặc count(điều kiện)"
        case .aggregate(.sum): "sum(số)"
        case .aggregate(.avg): "avg(số)"
        case .aggregate(.min): "min(số hoặc ngày)"
        case .aggregate(.max): "max(số hoặc ngày)"
        case .aggregate(.share): "share(điều kiện)"
        case .aggregate(.ratio): "ratio(tử số, mẫu số)"
        case .aggregate(.distinct): "distinct(trường)"
        case .aggregate(.coverage): "coverage(province | district | commune)"
        case .aggregate(.perYear): "per_year(ngày)"
        case .aggregate(.units): "units(province | district | commune | agency)"
        }
    }

    func yaml(_ problem: YAMLProblem) -> String {
        switch problem {
        case .syntax(let problem, let context, let line, let column):
            guard let context, let line, let column else { return libyaml(problem) }
            return "\(libyaml(problem)) (\(libyamlContext(context)) bắt đầu ở dòng \(line), cột \(column))"
        case .invalidUTF8:
            return "có chuỗi byte không phải UTF-8; hãy lưu tệp ở dạng UTF-8"
        case .documentTooLarge(let bytes, let limit):
            return "tệp có \(count(bytes)) byte, vượt giới hạn \(count(limit)) byte"
        case .scalarTooLarge(let bytes, let limit):
            return "giá trị dài \(count(bytes)) byte, vượt giới hạn \(count(limit)) byte"
        case .tooDeep(let limit):
            return "cấu trúc lồng sâu quá \(limit) cấp; hãy làm phẳng cấu trúc"
        case .aliasExpansion(let limit):
            return
                "các bí danh (alias) làm tài liệu phình ra quá \(count(limit)) nút (có thể là tệp cố ý gây quá tải?); "
                + "hãy bỏ các bí danh lồng nhau"
        case .undefinedAlias(let name):
            return "bí danh '*\(name)' không trỏ tới neo (anchor) nào được định nghĩa trước nó"
        case .multipleDocuments:
            return "một tài liệu YAML thứ hai bắt đầu ở đây; mỗi tệp chỉ được chứa đúng một tài liệu"
        case .duplicateKey(let key, let line, let column):
            return "khóa '\(key)' bị lặp (đã có ở dòng \(line), cột \(column)); hãy bỏ một trong hai"
        case .notRegularFile:
            return "không đọc được tệp: đây không phải là tệp thông thường"
        case .unreadable(let reason):
            return "không đọc được tệp: \(Self.systemReason(reason))"
        }
    }

    func node(_ problem: NodeProblem) -> String {
        switch problem {
        case .notAMapping(let what, let kind):
            "\(subject(what)) phải là các cặp khóa: giá trị, nhưng ở đây là \(nodeKind(kind))"
        case .keyNotText(let what):
            "khóa trong \(subject(what)) phải là văn bản"
        case .unknownKey(let key, let what, let suggestion):
            "khóa '\(key)' trong \(subject(what)) không hợp lệ\(Self.didYouMean(suggestion))"
        case .notText(let key, let kind):
            "'\(key)' phải là văn bản, nhưng ở đây là \(nodeKind(kind))"
        case .empty(let key):
            "'\(key)' không được để trống"
        case .missingKey(let key, let what):
            "\(subject(what)) thiếu khóa bắt buộc '\(key)'"
        case .missingFormatVersion(let kind, let key, let expected):
            "\(format(kind).file) phải bắt đầu bằng '\(key): \(expected)' (phiên bản \(format(kind).name))"
        case .unsupportedVersion(let kind, let key, let found, let expected):
            "không hỗ trợ phiên bản \(format(kind).name) '\(found)'; phiên bản coopcheck này chỉ đọc được '\(key): \(expected)'"
        case .notBool(let key, let value):
            "'\(key)' phải là true hoặc false, nhưng ở đây là \(found(value))"
        case .notList(let key, let kind):
            "'\(key)' phải là một danh sách, nhưng ở đây là \(nodeKind(kind))"
        case .notOneOf(let key, let value, let choices, let suggestion):
            "'\(key)' phải là một trong: \(choices.joined(separator: ", ")); ở đây là '\(value)'\(Self.didYouMean(suggestion))"
        case .tagNotAllowed(let tag):
            "không được dùng thẻ (tag) '\(tag)'; hãy ghi giá trị thuần, không kèm thẻ"
        case .notADate(let key, let text):
            "'\(key)' phải là một ngày, ghi dạng 2025-12-31 hoặc 31/12/2025; ở đây là '\(text)'"
        }
    }

    func typeWord(_ type: TypeWord) -> String {
        switch type {
        case .bool: "đúng/sai (true/false)"
        case .integer: "một số nguyên"
        case .decimal: "một số"
        case .string: "văn bản"
        case .date: "một ngày"
        case .enumeration(let name): "một giá trị thuộc danh mục \(vocabulary(name))"
        case .null: "null (trống)"
        }
    }

    func token(_ token: ExpressionProblem.Token) -> String {
        switch token {
        case .symbol(let s): "'\(s)'"
        case .word(let w): "'\(w)'"
        case .value: "một giá trị"
        case .end: "cuối biểu thức"
        }
    }

    func expectation(_ expected: ExpressionProblem.ArgumentExpectation) -> String {
        switch expected {
        case .date: "một ngày"
        case .number: "một số"
        case .numbers: "các số"
        case .numberOrDate: "một số hoặc một ngày"
        case .condition: "một điều kiện (đúng/sai)"
        case .dateField: "một trường ngày, ví dụ per_year(founded_on)"
        }
    }

    func expression(_ problem: ExpressionProblem) -> String {
        switch problem {
        case .wordOperator(let written, let word): "hãy viết '\(word)' thay cho '\(written)'"
        case .singleEquals: "dùng '==' để so sánh"
        case .exclamationNot: "hãy viết 'not' thay cho '!'"
        case .unexpectedCharacter(let c): "ký tự không hợp lệ '\(c)'"
        case .invalidDate(let text): "ngày không hợp lệ '\(text)'; trong biểu thức, ghi ngày dạng YYYY-MM-DD"
        case .decimalComma: "trong biểu thức, ghi số thập phân bằng dấu chấm, ví dụ 1.5"
        case .numberTooLarge(let text): "số '\(text)' quá lớn"
        case .unterminatedText(let quote): "chuỗi văn bản chưa đóng: hãy thêm \(quote) ở cuối"
        case .tooLong(let limit): "biểu thức dài quá \(limit) ký tự"
        case .empty: "biểu thức để trống"
        case .unexpectedAfterEnd(let t):
            "có \(token(t)) thừa sau một biểu thức đã hoàn chỉnh; hãy nối các điều kiện bằng 'and' hoặc 'or'"
        case .tooManyParts(let limit): "biểu thức có quá nhiều thành phần (hơn \(limit))"
        case .tooDeep(let limit): "biểu thức lồng sâu quá \(limit) cấp"
        case .chainedComparison: "không được so sánh nối tiếp; hãy nối các phép so sánh bằng 'and'"
        case .valueExpectedAfter(let op): "cần một giá trị sau '\(op)'"
        case .conditionExpectedAfterNot: "cần một điều kiện sau 'not'"
        case .unclosedCall(let function): "cần ')' để đóng lời gọi hàm '\(function)'"
        case .unmatchedParenthesis(let at): "cần ')' cho dấu '(' ở ký tự thứ \(at)"
        case .valueExpectedAtEnd: "cần một giá trị ở cuối biểu thức"
        case .valueExpected(let t): "cần một giá trị, nhưng ở đây là \(token(t))"
        case .listExpectedAfterIn: "'in' cần một danh sách trong ngoặc vuông, ví dụ kind in [\"HTX\", \"LHHTX\"]"
        case .listSeparatorExpected: "cần dấu ',' hoặc ']' trong danh sách"
        case .listNotClosed: "danh sách chưa đóng; hãy thêm ']'"
        case .listTooLong(let limit): "danh sách có hơn \(limit) phần tử"
        case .listEmpty: "danh sách để trống"
        case .unknownFunction(let name, let suggestion, let functions):
            "không có hàm '\(name)'"
                + (suggestion.map { "; có phải là '\($0)'?" }
                    ?? "; các hàm có thể dùng: \(functions.joined(separator: ", "))")
        case .unknownField(let name, let suggestion): "không có trường '\(name)'\(Self.didYouMean(suggestion))"
        case .fieldOutsideAggregate(let field, let aggregate):
            "trường '\(field)' phải nằm trong một hàm tổng hợp, ví dụ \(aggregate)(\(field))"
        case .negationNeedsNumber(let e, let type): "dấu '-' cần một số; '\(e)' là \(typeWord(type))"
        case .listItemNotValue: "phần tử của danh sách phải là giá trị ghi sẵn, như \"HTX\" hoặc 5"
        case .arithmeticNeedsNumbers(let op, let e, let type): "phép '\(op)' cần các số; '\(e)' là \(typeWord(type))"
        case .comparisonWithNull(let op): "không dùng '\(op)' để so sánh với null; hãy dùng '== null' hoặc present(…)"
        case .orderingNeedsNumbersOrDates(let op, let type):
            "phép '\(op)' chỉ so sánh số và ngày, không so sánh \(typeWord(type))"
        case .dateComparedWithNumber(let e): "hãy so sánh ngày với ngày (ví dụ 2025-01-01), hoặc dùng year(\(e))"
        case .incomparable(let l, let lt, let r, let rt):
            "không so sánh được '\(l)' (\(typeWord(lt))) với '\(r)' (\(typeWord(rt)))"
        case .vocabularyNotOrdered(let op, let name):
            "phép '\(op)' không sắp thứ tự được các giá trị \(vocabulary(name)); hãy dùng '==', '!=' hoặc 'in'"
        case .vocabulariesDiffer(let a, let b): "không so sánh được \(vocabulary(a)) với \(vocabulary(b))"
        case .vocabularyWordExpected(let other, let values):
            "hãy so sánh '\(other)' với một từ trong dấu nháy, là một trong: \(values.joined(separator: ", "))"
        case .notInVocabulary(let word, let name, let values, let suggestion):
            "'\(word)' không phải là \(vocabulary(name)) hợp lệ; giá trị hợp lệ: \(values.joined(separator: ", "))"
                + Self.didYouMean(suggestion)
        case .nullWhereConditionNeeded(let context): "\(context) cần đúng/sai, không phải null"
        case .notACondition(let e, let type, let numeric):
            "'\(e)' là \(typeWord(type)), không phải đúng/sai"
                + (numeric ? "; hãy so sánh giá trị này, ví dụ \(e) > 0" : "")
        case .wrongArgumentCount(let function, let minimum, let maximum):
            "hàm \(function) nhận \(minimum == maximum ? "\(minimum)" : "\(minimum) hoặc \(maximum)") đối số: "
                + (Function(name: function).map(signature) ?? function)
        case .aggregateOutsideMeasure(let name): "hàm tổng hợp '\(name)' chỉ được dùng trong biểu thức đo ('measure')"
        case .nestedAggregate: "không được lồng các hàm tổng hợp vào nhau"
        case .coverageLevel(let levels, let suggestion):
            "coverage đếm các đơn vị của một cấp: \(levelWords(levels))\(Self.didYouMean(suggestion))"
        case .divisionByZero: "phép chia cho 0 không có giá trị với bất kỳ số liệu nào; hãy chia cho đại lượng khác"
        case .unitsLevel(let levels, let suggestion):
            "units đếm số đơn vị của một cấp: \(levelWords(levels))\(Self.didYouMean(suggestion))"
        case .argumentType(let function, let expected, let e, let type):
            "hàm \(function) cần \(expectation(expected)); '\(e)' là \(typeWord(type))"
        case .coalesceTypes(let e, let found, let expected):
            "coalesce cần hai giá trị cùng kiểu; '\(e)' là \(typeWord(found)), không phải \(typeWord(expected))"
        case .roleNeedsCondition(let role, let e, let type):
            "\(role == .filter ? "điều kiện lọc ('where')" : "yêu cầu ('require')") phải cho kết quả đúng hoặc sai; "
                + "'\(e)' là \(typeWord(type))"
        case .measureNeedsAggregate:
            "biểu thức đo ('measure') phải tổng hợp các bản ghi, ví dụ count(), share(linked_with_enterprise) hoặc sum(members)"
        case .measureNeedsNumber(let e, let type):
            "biểu thức đo ('measure') phải cho kết quả là số; '\(e)' là \(typeWord(type))"
        case .noType: "không xác định được kiểu của biểu thức"
        }
    }

    static let scheduleUsage =
        "ví dụ: '2030', 'Quý IV/2020', 'Năm 2024-2025', 'Từ năm 2025', 'trước ngày 15/12 hằng năm', "
        + "'Quý III hằng năm', '6 tháng, 1 năm', 'Thường xuyên' (xem docs/rules.md)"
    static let targetUsage =
        "ví dụ: 'ít nhất 45%', 'trên 70', 'dưới 15%', '40 - 45%', 'khoảng 300', '1,5 lần' "
        + "hoặc '>= 45%' (xem docs/rules.md)"

    func wording(_ problem: WordingProblem) -> String {
        switch problem {
        case .emptySchedule: "thời gian thực hiện để trống; \(Self.scheduleUsage)"
        case .fundNotQuarter: "'Quỹ' là quỹ (tiền); để chỉ quý trong năm hãy viết 'Quý' (ví dụ 'Quý IV/2020')"
        case .recurrenceYears(let n): "không hỗ trợ chu kỳ \(n) năm; chỉ dùng từ 1 đến 10 năm"
        case .noSuchMonth(let month): "không có tháng \(month)"
        case .twoEffectiveFromDates: "thời gian thực hiện có hai ngày bắt đầu áp dụng"
        case .unreadableSchedule(let part): "không đọc được '\(part)' là thời gian thực hiện; \(Self.scheduleUsage)"
        case .noSuchDay(let day, let month): "không có ngày \(day)/\(month)"
        case .notAQuarter(let numeral): "'\(numeral)' không phải là một quý; hãy viết I, II, III hoặc IV"
        case .implausibleYear(let year): "\(year) không phải là một năm hợp lý"
        case .noSuchDate(let text): "không có ngày \(text)"
        case .twoDeadlines: "thời gian thực hiện có hai mốc hạn; hãy tách thành hai quy tắc hoặc giữ một mốc"
        case .windowBackwards: "khoảng thời gian bị ngược (ngày kết thúc trước ngày bắt đầu)"
        case .emptyTarget: "mục tiêu để trống; \(Self.targetUsage)"
        case .orMoreContradicts: "'trở lên' mâu thuẫn với phần còn lại của mục tiêu; \(Self.targetUsage)"
        case .rangeUnitsDiffer: "hai con số của một khoảng phải cùng đơn vị"
        case .growthNeedsTimes: "mục tiêu tăng trưởng cần có 'lần', ví dụ 'tăng 1,5 lần'"
        case .fromNeedsEnd(let figure):
            "'từ \(figure)' cần có điểm cuối: 'từ \(figure) trở lên' hoặc 'từ \(figure) đến …'"
        case .rangeBackwards(let low, let high): "khoảng bị ngược: \(low) lớn hơn \(high ?? "con số cận trên")"
        case .rangeAfterComparison(let figure):
            "không được ghi một khoảng sau phép so sánh này; hãy ghi riêng '\(figure) - …' hoặc một con số"
        case .aboutZero: "'khoảng 0' không có sai số cho phép; hãy viết '= 0' hoặc '<= …'"
        case .betweenNeedsAnd: "'between' cần có 'and': 'between 40% and 45%'"
        case .figureExpected: "cần một con số ở đây; \(Self.targetUsage)"
        case .unreadableAfterFigure(let text): "không đọc được '\(text)' sau con số; \(Self.targetUsage)"
        case .unreadablePhrase(let phrase, let suggestion):
            "không đọc được '\(phrase)' trong mục tiêu"
                + (suggestion.map { "; có phải là '\($0)'?" } ?? "; \(Self.targetUsage)")
        case .notANumber(let text, let explain):
            "'\(text)' không phải là số"
                + (explain
                    ? "; hãy ghi bằng chữ số, dấu '.' ngăn cách hàng nghìn và dấu ',' trước phần thập phân (4.000; 1,5)"
                    : "")
        case .ambiguousNumber(let text, let whole, let fraction):
            "'\(text)' không rõ nghĩa: hãy viết '\(whole).\(fraction)' nếu là số \(whole)\(fraction), "
                + "hoặc '\(whole),\(fraction.prefix(1))' nếu là số thập phân"
        }
    }

    func rulePack(_ problem: RulePackProblem) -> String {
        func rule(_ id: String?) -> String { subject(.rule(id)) }
        switch problem {
        case .badPackID(let id): return "mã gói '\(id)' chỉ được gồm chữ cái, chữ số, '.', '-' và '_'"
        case .badRuleID(let id): return "mã quy tắc '\(id)' chỉ được gồm chữ cái, chữ số, '.', '-' và '_'"
        case .noRules: return "gói không có quy tắc nào"
        case .periodNotSpan(let text): return "'period' phải là một khoảng năm, ví dụ 2024-2030; ở đây là '\(text)'"
        case .nothingToCheck(let id, let keys):
            return
                "\(rule(id)) không nêu điều cần kiểm tra; hãy dùng một trong các khóa \(keys.map { "'\($0)'" }.joined(separator: ", "))"
        case .mixedForms(let id, let keys):
            return "\(rule(id)) dùng cùng lúc \(Self.quotedList(keys)); mỗi quy tắc chỉ kiểm tra một điều — "
                + "hãy tách thành các quy tắc riêng"
        case .strayKey(let key, let owner, let id):
            return "khóa '\(key)' chỉ dùng kèm khóa '\(owner)', nhưng \(rule(id)) không có '\(owner)'"
        case .missingDataset(let id, let datasets):
            return "\(rule(id)) thiếu khóa bắt buộc 'dataset' (một trong: \(datasets.joined(separator: ", ")))"
        case .datasetImplied(let key, let implied, let given):
            return "quy tắc có '\(key)' luôn đọc tập dữ liệu '\(implied)'; hãy bỏ 'dataset: \(given)'"
        case .needsSchedule(let id):
            return "\(rule(id)) cần có 'when': hạn hoặc chu kỳ, ví dụ 'Quý IV/2020' hoặc 'trước ngày 15/12 hằng năm'"
        case .missingCitation(let id):
            return "\(rule(id)) thiếu khóa bắt buộc 'cite' (mục và trích dẫn nguyên văn câu trong văn bản)"
        case .exampleMissingExpect(let statuses):
            return "ví dụ thiếu khóa bắt buộc 'expect' (\(statuses.joined(separator: ", ")))"
        case .fieldNotSingleValue(let field, let kind):
            return "trường '\(field)' phải là một giá trị đơn, nhưng ở đây là \(nodeKind(kind))"
        case .measureNeedsTarget: return "quy tắc có 'measure' cần có 'target', ví dụ 'ít nhất 45%' hoặc '>= 45%'"
        case .baselineNeeded(let target):
            return
                "mục tiêu '\(target)' tính theo mức cơ sở; hãy thêm 'baseline:' là một con số hoặc { indicator: TÊN, year: NĂM }"
        case .baselineNotUsed:
            return "'baseline' chỉ dùng với mục tiêu tính theo mức cơ sở, như '1,5 lần' hoặc '>= 1.5x baseline'"
        case .baselineYear: return "'year' phải là một năm, ví dụ 2020"
        case .replacedKey(let old, let new, let example):
            return "'\(old)' nay là '\(new)': hãy viết, ví dụ, '\(example)' (xem docs/rules.md, mục Owners)"
        case .reportNeedsOwner:
            return "quy tắc báo cáo của gói toàn quốc phải nói ai báo cáo: 'owner: each province', "
                + "'owner: each district' hoặc danh sách mã đơn vị như 'owner: [MPI, MOF]'"
        case .unknownOwnerLevel(let found, let suggestion):
            return "không đọc được '\(found)' là đơn vị chịu trách nhiệm; hãy viết nation, province, central, "
                + "each province|district|commune|agency hoặc mã đơn vị (chữ in hoa và chữ số)"
                + Self.didYouMean(suggestion)
        case .ownerAlone(let word):
            return "'\(word)' chỉ đứng một mình; không thể nằm trong danh sách đơn vị chịu trách nhiệm"
        case .provinceOwnerNeedsProvincialPack:
            return "'owner: province' chỉ dùng trong gói của một tỉnh (document.province); "
                + "với nhiệm vụ của mọi tỉnh, hãy viết 'owner: each province'"
        case .nationOwnerInProvincialPack:
            return "quy tắc của gói cấp tỉnh do tỉnh chịu trách nhiệm, không phải cả nước; hãy bỏ 'owner: nation'"
        case .ownerNotForForm(let owner, let key):
            return owner == "central"
                ? "'central' chỉ các đơn vị chủ trì ghi trong sổ theo dõi nhiệm vụ; quy tắc có '\(key)' "
                    + "phải ghi mã các cơ quan trung ương, ví dụ 'owner: [MPI, MOF]'"
                : "quy tắc có '\(key)' do từng đơn vị thực hiện, không phải cả nước; "
                    + "hãy viết, ví dụ, 'owner: each province' hoặc các mã đơn vị"
        case .ownerNotForCooperatives(let owner):
            return "mỗi HTX thuộc một tỉnh, huyện, xã; '\(owner)' không chứa HTX: "
                + "hãy viết 'owner: each province', 'each district' hoặc 'each commune'"
        case .rangeNeedsReading(let target):
            return "'\(target)' là một khoảng: hãy nói văn bản hiểu nó thế nào, 'range: floor' (đạt khi bằng mức dưới, "
                + "hướng tới mức trên, như một mục tiêu phát triển) hoặc 'range: band' (ràng buộc cả hai đầu)"
        case .shareTargetBeyondWhole(let target):
            return "một tỷ lệ không vượt quá 100%, nên '\(target)' không bao giờ đạt được; hãy xem lại con số"
        case .rangeNotARange(let target):
            return "'range' dùng cho một khoảng, mà '\(target)' không phải khoảng; hãy bỏ 'range'"
        case .noSuchPath: return "không có tệp hoặc thư mục này; hãy chỉ ra một tệp gói quy tắc hoặc thư mục chứa chúng"
        case .noPacksInFolder: return "thư mục không có gói quy tắc nào (*.yaml, *.yml)"
        case .duplicatePackID(let id, let file): return "mã gói '\(id)' bị trùng; đó cũng là mã gói của \(file)"
        case .duplicateRuleID(let id, let first): return "mã quy tắc '\(id)' bị trùng; đã định nghĩa ở \(first)"
        case .exampleFails(let id, let expected, let asOf, let got):
            let outcomes =
                got.isEmpty
                ? "không cho kết quả nào"
                : "cho " + got.map { "\(status($0.status)) với nhóm \(group(code: $0.group))" }.joined(separator: "; ")
            return "quy tắc '\(id)' phải cho kết quả \(status(expected)) với ví dụ này tính đến ngày \(asOf) "
                + "nhưng lại \(outcomes)"
        case .examplesIncomplete(let id):
            return "quy tắc '\(id)' cần một ví dụ thỏa mãn quy tắc (met, on_track) và một ví dụ không thỏa mãn "
                + "(violated, at_risk, no_data)"
        }
    }

    func manifest(_ problem: ManifestProblem) -> String {
        switch problem {
        case .notAFolder: "đây không phải là thư mục hồ sơ; hãy chỉ ra thư mục chứa submission.yaml"
        case .noManifest: "hồ sơ không có tệp submission.yaml; xem docs/data-format.md"
        case .missingPeriod: "tệp khai báo hồ sơ thiếu khóa bắt buộc 'period' (kỳ báo cáo, ví dụ 2025)"
        case .missingPreparedOn: "tệp khai báo hồ sơ thiếu khóa bắt buộc 'prepared_on' (ngày lập hồ sơ)"
        case .missingFiles: "tệp khai báo hồ sơ thiếu khóa bắt buộc 'files' (các tệp dữ liệu và loại của từng tệp)"
        case .badPeriod(let text):
            "'period' phải là một năm (2025), một khoảng năm (2021-2025) hoặc hai ngày (2025-01-01..2025-06-30); ở đây là '\(text)'"
        case .noFiles: "hồ sơ không liệt kê tệp dữ liệu nào"
        case .missingKind(let kinds):
            "một mục trong 'files' thiếu khóa bắt buộc 'kind' (\(kinds.joined(separator: ", ")))"
        case .notAField(let field, let dataset, let suggestion):
            "'\(field)' không phải là trường của '\(dataset)'\(Self.didYouMean(suggestion))"
        case .columnsNotMapping: "'columns' phải khai báo tiêu đề cột của tệp ứng với tên trường, ví dụ \"Mã HTX\": id"
        case .absolutePath(let path): "'\(path)' là đường dẫn tuyệt đối; tệp dữ liệu phải nằm trong thư mục hồ sơ"
        case .pathLeadsOutside(let path): "'\(path)' dẫn ra ngoài thư mục hồ sơ; tệp dữ liệu phải nằm trong thư mục này"
        case .linkLeadsOutside(let path):
            "'\(path)' là liên kết dẫn ra ngoài thư mục hồ sơ; tệp dữ liệu phải nằm trong thư mục này"
        case .noSuchFile(let path): "không có tệp '\(path)' trong thư mục hồ sơ"
        case .pathIsFolder(let path): "'\(path)' là một thư mục, không phải tệp dữ liệu"
        case .linkLoop(let path): "'\(path)' là một liên kết dẫn ngược về chính nó; hãy ghi đúng tên tệp dữ liệu"
        case .danglingLink(let path): "'\(path)' là một liên kết tới tệp không tồn tại; hãy ghi đúng tên tệp dữ liệu"
        case .notRegularFile(let path): "'\(path)' không phải là tệp thông thường"
        case .provinceMerged(let code, let into, let name):
            "tỉnh '\(code)' đã được hợp nhất vào '\(into)' (\(name)) từ ngày 01/07/2025; hồ sơ của kỳ sau đó "
                + "là hồ sơ của '\(into)'"
        case .notEnoughMemory(let data, let needed, let limit):
            "các tệp dữ liệu (\(data) MB) cần thêm khoảng \(needed) MB bộ nhớ, vượt mức tiến trình được dùng "
                + "(giới hạn \(limit) MB, đặt bởi 'ulimit -v' hoặc container); hãy nâng giới hạn rồi chạy lại"
        case .noUnitsFile: "hồ sơ không có danh sách đơn vị ('units') nên không kiểm tra được mã tỉnh, huyện, xã"
        case .factsMissing(let keys):
            "hồ sơ chưa ghi \(keys.map { Self.factName($0) }.joined(separator: " và ")): hãy dùng "
                + keys.map { "--\($0.replacingOccurrences(of: "_", with: "-"))" }.joined(separator: " và ")
                + ", hoặc thêm trang tính tên 'submission' có một dòng cho mỗi mục (tên ở cột A, giá trị ở cột B)"
        case .noDataSets:
            "không tệp hay trang tính nào ở đây là bộ dữ liệu: hãy đặt tên trang tính hoặc tệp theo bộ dữ liệu "
                + "(cooperatives, units, indicators, reports, tasks) hoặc dùng dòng tiêu đề của mẫu (coopcheck init)"
        case .unknownFact(let key, let suggestion):
            "'\(key)' không phải là mục của hồ sơ nên không được đọc"
                + (suggestion.map { "; có phải ý bạn là '\($0)'?" }
                    ?? "; các mục là unit, unit_name, province, period, prepared_on")
        }
    }

    /// A manifest key as a clerk names it.
    static func factName(_ key: String) -> String {
        switch key {
        case "province": "tỉnh ('province')"
        case "period": "kỳ báo cáo ('period')"
        case "unit": "đơn vị nộp ('unit')"
        default: "'\(key)'"
        }
    }

    func data(_ problem: DataProblem) -> String {
        let field = Self.field
        switch problem {
        case .cannotOpen: return "không mở được tệp"
        case .wideEncoding(let encoding):
            return "tệp được lưu ở dạng \(encoding); hãy lưu lại ở dạng 'CSV UTF-8' rồi nộp lại"
        case .notUTF8(let byte):
            return
                "tệp không phải UTF-8 (byte \(String(format: "0x%02X", byte)) ở đây); có vẻ tệp dùng bảng mã tiếng Việt cũ "
                + "như Windows-1258, TCVN3 hoặc VNI. Hãy lưu lại ở dạng 'CSV UTF-8' (trong Excel: Tệp › Lưu Như › CSV UTF-8) "
                + "rồi nộp lại"
        case .nulByte:
            return "có byte NUL: đây không phải là tệp văn bản (bảng tính lưu dạng .xlsx, hoặc UTF-16?); "
                + "hãy lưu lại ở dạng 'CSV UTF-8' rồi nộp lại"
        case .unknownFileType:
            return
                "không rõ loại tệp; tệp dữ liệu phải là .xlsx, .ods, .csv, .yaml, .yml hoặc .json (sổ tính .xls hãy lưu "
                + "lại thành .xlsx)"
        case .workbook(let problem): return workbook(problem)
        case .noSuchSheet(let sheet, let sheets):
            return
                "sổ tính không có trang tính '\(sheet)'; các trang tính là \(sheets.map { "'\($0)'" }.joined(separator: ", "))"
        case .noSheetOfKind(let kind, let sheets):
            return "không trang tính nào của sổ tính chứa '\(kind)' theo tên hay dòng tiêu đề (các trang tính: "
                + "\(sheets.map { "'\($0)'" }.joined(separator: ", "))); hãy ghi tên trang tính trong tệp khai báo bằng 'sheet:'"
        case .sheetNotRead(let sheet):
            return
                "không đọc trang tính '\(sheet)': tên và dòng tiêu đề không ứng với bộ dữ liệu nào; hãy đặt tên theo "
                + "bộ dữ liệu (cooperatives, units, indicators, reports, tasks) hoặc dùng dòng tiêu đề của mẫu"
        case .cellError(let value):
            return "ô đang hiện lỗi \(value) của Excel nên bản ghi này bị bỏ qua; hãy sửa công thức hoặc nhập giá trị"
        case .valueWithoutHeader:
            return
                "ô này có giá trị nhưng cột của nó không có tiêu đề nên không được đọc; hãy đặt tiêu đề cho cột hoặc "
                + "xóa ô"
        case .emptyFile: return "tệp trống; tệp cần có dòng tiêu đề"
        case .headerInvalid: return "không đọc bản ghi nào của tệp này vì dòng tiêu đề không hợp lệ"
        case .readingStopped(let lines): return "việc đọc tệp này dừng ở đây: \(count(lines)) dòng sau đó chưa được đọc"
        case .unclosedQuote: return "một ô trong dấu nháy kép chưa đóng: hãy thêm dấu '\"' ở cuối"
        case .textAfterQuote:
            return "có chữ sau dấu nháy đóng; trong một ô đặt trong nháy, dấu nháy kép phải viết hai lần (\"\")"
        case .quoteInUnquotedField:
            return
                "có dấu nháy trong một ô không đặt trong nháy; hãy đặt cả ô trong dấu nháy và viết dấu nháy hai lần (\"\")"
        case .tooManyFields(let limit): return "một dòng có hơn \(count(limit)) ô"
        case .recordTooLong(let limit):
            return
                "một bản ghi dài quá \(count(limit)) byte, mức tối đa coopcheck đọc (docs/limits.md); có dấu nháy nào chưa đóng không?"
        case .fieldTooLong(let limit):
            return
                "một ô dài quá \(count(limit)) byte, mức tối đa coopcheck đọc (docs/limits.md); có dấu nháy nào chưa đóng không?"
        case .fieldCount(let found, let expected, let delimiter):
            return
                "dòng này có \(found) ô nhưng dòng tiêu đề có \(expected); hãy kiểm tra dấu phân cách ('\(delimiter)') và dấu nháy"
        case .notAListOfRecords:
            return
                "tệp dữ liệu YAML hoặc JSON phải là một danh sách bản ghi, mỗi bản ghi là các cặp tên trường: giá trị"
        case .recordNotMapping(let kind):
            return "mỗi bản ghi phải là các cặp tên trường: giá trị, nhưng ở đây là \(nodeKind(kind))"
        case .fieldNameNotText: return "tên trường phải là văn bản"
        case .fieldNotSingleValue(let name, let kind):
            return "trường '\(name)' phải là một giá trị đơn, nhưng ở đây là \(nodeKind(kind))"
        case .unknownColumn(let column, let dataset, let suggestion):
            return "cột '\(column)' không phải là trường của '\(dataset)' nên bị bỏ qua"
                + (suggestion.map { " (phải chăng là '\($0)'?)" } ?? "")
                + "; nếu đúng là một trường, hãy khai báo cột tương ứng trong mục 'columns' của submission.yaml"
        case .duplicateColumn(let column, let name, let first):
            return "cột '\(column)' lặp lại trường \(field(name)) đã có ở \(first)"
        case .missingColumn(let name):
            return
                "thiếu cột của trường bắt buộc \(field(name)) (\(name.name)); hãy thêm cột này hoặc khai báo cột tương ứng "
                + "trong mục 'columns' của submission.yaml"
        case .cell(let name, let problem): return "\(field(name)): \(cell(problem))"
        case .requiredEmpty(let name): return "\(field(name)) là thông tin bắt buộc nhưng đang để trống"
        case .duplicateCooperative(let id, let first): return "mã HTX '\(id)' bị trùng; đã có ở \(first)"
        case .duplicateUnit(let code, let first): return "mã đơn vị '\(code)' bị trùng; đã có ở \(first)"
        case .duplicateIndicator(let indicator, let unit, let period, let first):
            return "chỉ tiêu '\(indicator)' của đơn vị '\(unit)' kỳ \(period) được ghi hai lần; đã có ở \(first)"
        case .duplicateReport(let report, let unit, let period, let first):
            return
                "báo cáo '\(report)' của đơn vị '\(unit)' kỳ \(period) được ghi hai lần; đã có ở \(first); dùng bản ghi đầu tiên"
        case .duplicateTask(let task, let unit, let period, let first):
            return
                "nhiệm vụ '\(task)' của đơn vị chủ trì '\(unit)'\(period.map { " kỳ \($0)" } ?? "") được ghi hai lần; "
                + "đã có ở \(first)"
        case .reportAfterPrepared(let submitted, let prepared):
            return "báo cáo ghi ngày \(submitted), sau ngày lập hồ sơ (\(prepared))"
        case .parentNeeded(let level): return "đơn vị cấp \(self.level(level)) cần có “Mã đơn vị cấp trên”"
        case .notInUnits(let name, let code, let suggestion):
            return "\(field(name)): mã '\(code)' không có trong danh sách đơn vị\(Self.didYouMean(suggestion))"
        case .nameForCode(let name, let written, let code, let unitName):
            return
                "\(field(name)): '\(written)' là tên, không phải mã; hãy ghi mã đơn vị: phải chăng là \(code), \(unitName)?"
        case .outsideUnit(let name, let code, let container, let containerCode, let actual):
            return "\(field(name)): mã '\(code)' không thuộc \(field(container)) '\(containerCode)'"
                + (actual.map { " (danh sách đơn vị ghi đơn vị cấp trên là '\($0)')" } ?? "")
                + "; hãy sửa một trong hai"
        case .readByNoPack(let name, let value, let suggestion):
            return "\(field(name)): '\(value)' không được gói quy tắc nào sử dụng nên bản ghi này sẽ không được tính"
                + (suggestion.map { "; phải chăng là '\($0)'?" }
                    ?? "; hãy dùng mã mà các gói quy tắc sử dụng (xem coopcheck rules list)")
        case .titleRowsSkipped(let count, let headerLine):
            return "dòng tiêu đề cột là dòng \(headerLine): bỏ qua \(count) dòng phía trên (tên bảng)"
        case .blankRowsSkipped(let count):
            return "bỏ qua \(count) dòng trống, dòng đầu tiên ở đây"
        case .totalsRowSkipped:
            return "bỏ qua dòng tổng cộng này: coopcheck tự cộng các bản ghi; hãy xóa dòng này để không còn cảnh báo"
        case .notAPeriod(let name, let value):
            return "\(field(name)): '\(value)' không đúng cách ghi kỳ; hãy ghi năm (2025), nửa năm (2025-H1), quý "
                + "(2025-Q3) hoặc tháng (2025-06)"
        case .wrongLevel(let name, let code, let actual, let expected):
            return "\(field(name)): mã '\(code)' là đơn vị cấp \(self.level(actual)) trong danh sách đơn vị, "
                + "không phải cấp \(self.level(expected))"
        case .notSubmissionProvince(let code, let province):
            return "tỉnh '\(code)' không phải là tỉnh của hồ sơ ('\(province)')"
        case .trainedMoreThanStaff(let trained, let staff, let trainedField, let staffField):
            return "\(field(trainedField)) (\(trained)) lớn hơn \(field(staffField)) (\(staff))"
        case .negative(let name): return "\(field(name)) không được là số âm"
        case .foundedAfterPeriod(let founded, let end):
            return "ngày thành lập \(founded) sau ngày kết thúc kỳ báo cáo (\(end))"
        case .dissolvedDateButStatus(let status):
            return
                "có ngày giải thể nhưng “Tình trạng” là '\(status.map(word) ?? "")'; hãy sửa “Tình trạng” thành 'giải thể' "
                + "hoặc xóa ngày giải thể"
        case .dissolvedBeforeFounded(let dissolved, let founded):
            return "ngày giải thể \(dissolved) trước ngày thành lập (\(founded))"
        case .dateAfterPrepared(let name, let date, let prepared):
            return "\(field(name)) \(date) sau ngày lập hồ sơ (\(prepared)); "
                + "hãy ghi ngày đã xảy ra, hoặc để trống nếu việc đó chưa xảy ra"
        case .dissolvedWithoutDate: return "HTX đã giải thể cần ghi ngày giải thể"
        case .dissolvedUnionMember: return "HTX đã giải thể không thể là thành viên đang hoạt động của Liên minh HTX"
        case .doneNeedsCompletionDate: return "nhiệm vụ đã hoàn thành cần ghi ngày hoàn thành"
        case .completionDateButNotDone(let status):
            return
                "có ngày hoàn thành nhưng “Tình trạng” là '\(status.map(word) ?? "")'; hãy sửa “Tình trạng” thành 'hoàn thành'"
        case .parentNotInUnits(let parent, let unit):
            return "mã đơn vị cấp trên '\(parent)' của đơn vị '\(unit)' không có trong danh sách đơn vị"
        case .successorNotInUnits(let successor, let unit):
            return "mã đơn vị kế thừa '\(successor)' của đơn vị '\(unit)' không có trong danh sách đơn vị; hãy bổ sung "
                + "đơn vị đó hoặc sửa lại mã"
        case .unitCeased(let name, let code, let ended, let successor):
            return "\(field(name)): đơn vị '\(code)' chỉ tồn tại đến ngày \(ended), trước khi bắt đầu kỳ báo cáo; "
                + (successor.map { "hãy ghi đơn vị kế thừa '\($0)'" } ?? "hãy ghi đơn vị kế thừa")
        case .unitNotYetFormed(let name, let code, let begins):
            return
                "\(field(name)): đơn vị '\(code)' được thành lập từ \(begins), sau khi kỳ báo cáo kết thúc; hãy ghi đơn vị của thời kỳ đó"
        case .unitEndsBeforeItBegins(let ends, let begins):
            return "“Hiệu lực đến ngày” \(ends) trước “Hiệu lực từ ngày” \(begins); hãy kiểm tra lại hai ngày này"
        }
    }

    func upload(_ problem: UploadProblem) -> String {
        switch problem {
        case .tooLarge(let limit):
            "tệp gửi lên lớn hơn \(limit >> 20) MiB, mức tối đa được kiểm tra ở đây; hãy chỉ gửi sổ tính, hoặc chia nhỏ dữ liệu"
        case .notAForm: "yêu cầu không phải là biểu mẫu gửi tệp (multipart/form-data) đọc được"
        case .noFiles: "chưa có tệp nào được gửi; hãy chọn sổ tính (.xlsx), các tệp CSV hoặc tệp .zip của thư mục hồ sơ"
        case .tooManyFiles(let limit): "đã gửi hơn \(limit) tệp; một hồ sơ có nhiều nhất \(limit) tệp"
        case .badField(let name, let value): "mục '\(name)' không thể là '\(value)'; hãy chọn trong danh sách"
        case .timedOut(let seconds):
            "tệp không gửi xong trong \(seconds) giây; hãy thử lại với đường truyền nhanh hơn, hoặc gửi tệp nhỏ hơn"
        case .zipUnreadable: "không mở được tệp .zip; hãy nén lại thư mục hồ sơ"
        case .zipPathOutside(let name): "tệp .zip chứa '\(name)', đường dẫn ra ngoài thư mục; tệp bị từ chối"
        case .zipLink(let name): "tệp .zip chứa '\(name)', một liên kết tượng trưng; tệp bị từ chối"
        case .zipTooManyEntries(let limit): "tệp .zip chứa hơn \(self.count(limit)) tệp; tệp bị từ chối"
        case .zipTooLarge(let limit):
            "tệp .zip giải nén vượt \(limit >> 20) MiB, mức tối đa được kiểm tra ở đây (bom nén?); tệp bị từ chối"
        case .zipRatio(let limit):
            "một tệp trong .zip giải nén lớn hơn \(limit) lần kích thước lưu (bom nén?); tệp bị từ chối"
        case .busy(let seconds): "máy chủ đang bận kiểm tra; hãy thử lại sau \(seconds) giây"
        case .tokenRequired: "máy chủ này cần mã truy cập; hãy nhập mã đã cấp cho tỉnh"
        case .tokenNotForProvince(let province): "mã truy cập không dùng được cho tỉnh '\(province)'"
        case .formExpired: "biểu mẫu đã hết hạn; hãy mở lại trang rồi gửi tệp lần nữa"
        }
    }

    func workbook(_ problem: WorkbookProblem) -> String {
        switch problem {
        case .unreadable(let reason): "không đọc được sổ tính: \(reason)"
        case .notAWorkbook:
            "tệp không phải là sổ tính .xlsx (tệp .xls cũ, hay tệp bị đổi tên?); hãy mở bằng Excel rồi lưu dạng "
                + "'Excel Workbook (.xlsx)'"
        case .encrypted:
            "sổ tính được đặt mật khẩu, hoặc là tệp .xls cũ; hãy lưu dạng 'Excel Workbook (.xlsx)' không mật khẩu"
        case .macroEnabled:
            "sổ tính có macro, coopcheck không bao giờ mở macro; hãy lưu dạng 'Excel Workbook (.xlsx)', không có macro"
        case .missingPart(let part): "sổ tính thiếu phần '\(part)'; hãy lưu lại từ Excel hoặc LibreOffice"
        case .tooManyParts(let count, let limit):
            "sổ tính có \(self.count(count)) phần, nhiều hơn mức \(self.count(limit)) phần cho phép ở đây; sổ tính bị từ chối"
        case .partTooLarge(let part, let limit):
            "phần '\(part)' của sổ tính giải nén vượt \(limit >> 20) MiB, mức tối đa được đọc ở đây; hãy chia dữ liệu "
                + "ra nhiều sổ tính hoặc nộp tệp CSV"
        case .compressionRatio(let part, let limit):
            "phần '\(part)' của sổ tính giải nén lớn hơn \(limit) lần kích thước lưu (bom nén?); sổ tính bị từ chối"
        case .entityDeclared(let part):
            "phần '\(part)' của sổ tính khai báo thực thể XML, điều không sổ tính nào cần (bom XML?); sổ tính bị từ chối"
        case .malformedXML(let part, let line, let column, let reason):
            "phần '\(part)' của sổ tính không phải XML hợp lệ ở dòng \(line), cột \(column) (\(reason)); hãy lưu lại từ "
                + "Excel hoặc LibreOffice"
        case .beyondSheetLimits(let sheet, let cell):
            "trang tính '\(sheet)' có ô \(cell), vượt quá 1.048.576 dòng và 16.384 cột của một trang tính; sổ tính bị từ chối"
        }
    }

    func cell(_ problem: CellProblem) -> String {
        switch problem {
        case .notBool(let text):
            return
                "'\(text)' không phải giá trị có/không; hãy ghi 'có' hoặc 'không' (hoặc true/false; đánh dấu 'x' nghĩa là có)"
        case .notInVocabulary(let text, let name, let values, let aliases):
            return
                "'\(text)' không phải là \(vocabulary(name)) hợp lệ; giá trị hợp lệ: \(values.joined(separator: ", "))"
                + (aliases.isEmpty ? "" : " (hoặc \(aliases.joined(separator: ", ")))")
        case .notWholeNumber(let text): return "'\(text)' không phải là số nguyên"
        case .notADate(let text, let hint):
            let expected =
                switch hint {
                case .dayMonthYear: "ngày/tháng/năm, ví dụ 15/12/2025"
                case .iso: "YYYY-MM-DD, ví dụ 2025-12-15"
                case .either: "ngày/tháng/năm, ví dụ 15/12/2025, hoặc 2025-12-15"
                }
            return "'\(text)' không phải là ngày; hãy ghi \(expected)"
        case .notANumber(let text): return "'\(text)' không phải là số"
        case .twoDecimalMarks(let text, let mark): return "'\(text)' không phải là số: có nhiều hơn một dấu '\(mark)'"
        case .badGrouping(let text, let mark, let vietnamese):
            return
                "'\(text)' không phải là số: theo quy ước \(vietnamese ? "Việt Nam" : "quốc tế"), dấu '\(mark)' ngăn cách "
                + "từng nhóm ba chữ số"
        case .ambiguousNumber(let text, let vietnamese, let asDecimal, let whole, let fraction):
            let (this, other) = vietnamese ? ("Việt Nam", "quốc tế") : ("quốc tế", "Việt Nam")
            let plain = vietnamese ? "\(whole).\(fraction)" : "\(whole)\(fraction)"
            return
                "'\(text)' không rõ nghĩa: theo quy ước \(this) đây là số thập phân \(asDecimal), nhưng theo quy ước \(other) "
                + "là \(whole)\(fraction); hãy ghi \(plain) nếu là \(whole)\(fraction), hoặc \(asDecimal) nếu là số thập phân"
        }
    }

    func source(_ problem: SourceProblem) -> String {
        switch problem {
        case .notADatabaseAddress(let text):
            "'\(text)' không phải là địa chỉ cơ sở dữ liệu dạng postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:5432/CSDL"
        case .passwordInAddress:
            "địa chỉ cơ sở dữ liệu không được chứa mật khẩu, vì nhật ký và danh sách tiến trình sẽ hiện nó: "
                + "hãy đặt mật khẩu trong PGPASSWORD hoặc trong một tệp chỉ ra bằng --password-file"
        case .unknownSSLMode(let mode):
            "sslmode '\(mode)' không phải là disable, allow, prefer, require, verify-ca hay verify-full"
        }
    }

    func runConfiguration(_ problem: RunConfigurationProblem) -> String {
        switch problem {
        case .noConfiguration:
            "không có tệp cấu hình chạy ở đây; xem mẫu trong docs/nightly.md hoặc Samples/nightly/nightly.yaml"
        case .duplicateSubmissionName(let name, let first, let second):
            "hai hồ sơ cùng tên '\(name)' (\(first) và \(second)); báo cáo và tệp lịch sử nhận diện hồ sơ theo tên thư mục, "
                + "nên mỗi hồ sơ cần một thư mục có tên riêng"
        case .reservedSubmissionName(let name):
            "không được đặt tên hồ sơ là '\(name)' vì tên này dùng cho bảng tổng hợp tất cả hồ sơ; hãy đổi tên thư mục"
        case .badAsOf(let text, let suggestion):
            "'as_of' phải là period_end, today hoặc một ngày dạng YYYY-MM-DD; ở đây là '\(text)'\(Self.didYouMean(suggestion))"
        case .missingOutputDirectory: "mục 'outputs' thiếu khóa bắt buộc 'directory' (thư mục ghi báo cáo)"
        case .formatTwice(let format): "định dạng '\(format)' được ghi hai lần; mỗi định dạng chỉ ghi một lần"
        case .provinceTwice(let code): "tỉnh '\(code)' được ghi hai lần; mỗi tỉnh chỉ ghi một lần"
        case .notSubmitted(let province):
            "tỉnh '\(province)' chưa gửi hồ sơ: lần chạy cần hồ sơ của tỉnh này ('expected_provinces'); hãy thêm "
                + "thư mục hồ sơ của tỉnh vào 'submissions'"
        case .noFormats(let known):
            "'formats' không có định dạng nào; hãy ghi ít nhất một trong: \(known.joined(separator: ", "))"
        case .emptyPathList(let key): "'\(key)' không có đường dẫn nào; hãy ghi ít nhất một đường dẫn"
        }
    }
}
