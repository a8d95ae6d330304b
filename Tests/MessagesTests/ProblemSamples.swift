import Diagnostics

/// One problem of every kind, with plausible values: the catalogue test renders each in both
/// languages, and checks that no declared case is missing from this list.
enum ProblemSamples {
    static let at = SourcePosition(file: "Samples/x/cooperatives.csv", line: 2, column: 1)
    static let members = FieldName(name: "members", header: "Số thành viên")
    static let staff = FieldName(name: "key_staff", header: "Số cán bộ chủ chốt")
    static let trained = FieldName(name: "key_staff_trained", header: "Số cán bộ chủ chốt được đào tạo")

    static let yaml: [YAMLProblem] = [
        .syntax(
            problem: "mapping values are not allowed in this context", context: nil, contextLine: nil,
            contextColumn: nil),
        .syntax(
            problem: "did not find expected ',' or ']'", context: "while parsing a flow sequence", contextLine: 2,
            contextColumn: 8),
        .invalidUTF8, .documentTooLarge(bytes: 70_000_000, limit: 67_108_864),
        .scalarTooLarge(bytes: 2_000_000, limit: 1_048_576),
        .tooDeep(limit: 100), .aliasExpansion(limit: 1_000_000), .undefinedAlias("nowhere"), .multipleDocuments,
        .duplicateKey("title", firstLine: 3, firstColumn: 5), .notRegularFile, .unreadable(reason: "Permission denied"),
    ]

    static let node: [NodeProblem] = [
        .notAMapping(.rule("A.1"), found: .list), .keyNotText(in: .manifest),
        .unknownKey("titel", in: .rule("A.1"), suggestion: "title"), .unknownKey("x", in: .rule(nil), suggestion: nil),
        .notText(key: "title", found: .mapping), .empty(key: "quote"), .missingKey("quote", in: .citation(rule: "A.1")),
        .missingKey("year", in: .baseline), .missingKey("number", in: .document), .missingKey("id", in: .example),
        .missingKey("name", in: .exampleRecord(dataset: "cooperatives")), .missingKey("rules", in: .rulePack),
        .missingKey("numbers", in: .conventions), .missingKey("path", in: .fileEntry),
        .missingKey("rules", in: .runConfiguration), .missingKey("directory", in: .outputs),
        .missingFormatVersion(.ruleLanguage, key: "coopcheck", expected: 1),
        .missingFormatVersion(.submission, key: "coopcheck_submission", expected: 1),
        .unsupportedVersion(.runConfiguration, key: "coopcheck_run", found: "2", expected: 1),
        .missingFormatVersion(.sourceConfiguration, key: "coopcheck_source", expected: 1),
        .unknownKey("table", in: .sourceConfiguration, suggestion: "tables"),
        .unknownKey("htx", in: .sourceTables, suggestion: nil),
        .notBool(key: "checkmarks", found: .text("maybe")), .notBool(key: "checkmarks", found: .node(.emptyValue)),
        .notList(key: "files", found: .singleValue),
        .notOneOf(
            key: "dataset", found: "coperatives", choices: ["cooperatives", "units"], suggestion: "cooperatives"),
        .tagNotAllowed("!!python/object"), .notADate(key: "prepared_on", found: "31/02/2026"),
    ]

    static let expression: [ExpressionProblem] = [
        .wordOperator(written: "&&", word: "and"), .singleEquals, .exclamationNot, .unexpectedCharacter("@"),
        .invalidDate("2025-13-01"), .decimalComma, .numberTooLarge("99999999999999999999"),
        .unterminatedText(quote: "\""),
        .tooLong(limit: 4096), .empty, .unexpectedAfterEnd(.word("members")), .tooManyParts(limit: 2000),
        .tooDeep(limit: 64),
        .chainedComparison, .valueExpectedAfter(operator: "and"), .conditionExpectedAfterNot,
        .unclosedCall(function: "share"),
        .unmatchedParenthesis(openedAt: 1), .valueExpectedAtEnd, .valueExpected(found: .symbol(")")),
        .valueExpected(found: .value), .valueExpected(found: .end),
        .listExpectedAfterIn, .listSeparatorExpected, .listNotClosed, .listTooLong(limit: 1000), .listEmpty,
        .unknownFunction("sahre", suggestion: "share", functions: ["count", "share"]),
        .unknownFunction("median", suggestion: nil, functions: ["count", "share"]),
        .unknownField("membres", suggestion: "members"), .fieldOutsideAggregate(field: "members", aggregate: "sum"),
        .negationNeedsNumber(expression: "name", type: .string), .listItemNotValue,
        .arithmeticNeedsNumbers(operator: "+", expression: "founded_on", type: .date),
        .comparisonWithNull(operator: "<"), .orderingNeedsNumbersOrDates(operator: ">", type: .bool),
        .dateComparedWithNumber(dateExpression: "founded_on"),
        .incomparable(left: "name", leftType: .string, right: "members", rightType: .integer),
        .vocabularyNotOrdered(operator: "<", vocabulary: "rating"), .vocabulariesDiffer("kind", "sector"),
        .vocabularyWordExpected(other: "kind", values: ["HTX", "THT", "LHHTX"]),
        .notInVocabulary(word: "HTXX", vocabulary: "kind", values: ["HTX", "THT", "LHHTX"], suggestion: "HTX"),
        .nullWhereConditionNeeded(context: "'not'"),
        .notACondition(expression: "members", type: .integer, numeric: true),
        .notACondition(expression: "name", type: .string, numeric: false),
        .wrongArgumentCount(function: "ratio", minimum: 2, maximum: 2),
        .wrongArgumentCount(function: "count", minimum: 0, maximum: 1),
        .aggregateOutsideMeasure("share"), .nestedAggregate,
        .coverageLevel(levels: ["province", "district", "commune"], suggestion: "commune"),
        .unitsLevel(levels: ["province", "district", "commune", "agency"], suggestion: "province"), .divisionByZero,
        .argumentType(function: "year", expected: .date, expression: "members", found: .integer),
        .argumentType(function: "sum", expected: .number, expression: "name", found: .string),
        .argumentType(function: "ratio", expected: .numbers, expression: "name", found: .string),
        .argumentType(function: "min", expected: .numberOrDate, expression: "name", found: .string),
        .argumentType(function: "share", expected: .condition, expression: "members", found: .integer),
        .argumentType(function: "per_year", expected: .dateField, expression: "members", found: .enumeration("kind")),
        .coalesceTypes(expression: "name", found: .string, expected: .integer),
        .roleNeedsCondition(.filter, expression: "members", type: .integer),
        .roleNeedsCondition(.requirement, expression: "null", type: .null),
        .measureNeedsAggregate, .measureNeedsNumber(expression: "max(founded_on)", type: .date), .noType,
    ]

    static let wording: [WordingProblem] = [
        .emptySchedule, .fundNotQuarter, .recurrenceYears(12), .noSuchMonth(13), .twoEffectiveFromDates,
        .unreadableSchedule("sometime"), .noSuchDay(day: 31, month: 2), .notAQuarter("V"), .implausibleYear(3030),
        .noSuchDate("31/02/2025"), .twoDeadlines, .windowBackwards, .emptyTarget, .orMoreContradicts, .rangeUnitsDiffer,
        .growthNeedsTimes, .fromNeedsEnd(figure: "25"), .rangeBackwards(low: "45", high: nil),
        .rangeBackwards(low: "45%", high: "40%"),
        .rangeAfterComparison(figure: "40"), .aboutZero, .betweenNeedsAnd, .figureExpected,
        .unreadableAfterFigure("xyz"),
        .unreadablePhrase("ít nhât", suggestion: "ít nhất"), .unreadablePhrase("xyz", suggestion: nil),
        .notANumber("4,0,0", explain: true), .notANumber("1.2.3", explain: false),
        .ambiguousNumber("1,500", whole: "1", fraction: "500"),
    ]

    static let rulePack: [RulePackProblem] = [
        .badPackID("ctph 254"), .badRuleID("A 1"), .noRules, .periodNotSpan("2030"),
        .nothingToCheck(rule: "A.1", keys: ["measure", "require", "report", "task"]),
        .mixedForms(rule: "A.1", keys: ["measure", "report"]), .strayKey("target", belongsWith: "measure", rule: "A.1"),
        .missingDataset(rule: "A.1", datasets: ["cooperatives", "units"]),
        .datasetImplied(key: "report", implied: "reports", given: "tasks"), .needsSchedule(rule: "A.1"),
        .missingCitation(rule: nil), .exampleMissingExpect(statuses: ["met", "violated"]),
        .fieldNotSingleValue(field: "members", found: .list), .measureNeedsTarget, .baselineNeeded(target: "1,5 lần"),
        .baselineNotUsed, .baselineYear, .noSuchPath, .noPacksInFolder,
        .replacedKey("group_by", by: "owner", example: "owner: each district"), .reportNeedsOwner,
        .unknownOwnerLevel("distrct", suggestion: "district"), .ownerAlone("nation"),
        .provinceOwnerNeedsProvincialPack, .nationOwnerInProvincialPack,
        .ownerNotForForm(owner: "central", key: "report"), .ownerNotForForm(owner: "nation", key: "task"),
        .ownerNotForCooperatives(owner: "SKHDT"), .rangeNeedsReading(target: "1.500 - 2.000"),
        .rangeNotARange(target: "ít nhất 45%"), .shareTargetBeyondWhole(target: "ít nhất 150%"),
        .duplicatePackID("ctph-254-2024", firstFile: "Rules/ctph-254-2024.yaml"),
        .duplicateRuleID("A.1", first: SourcePosition(file: "Rules/a.yaml", line: 12, column: 5)),
        .exampleFails(
            rule: "A.1", expected: .met, asOf: "2030-12-31",
            got: [.init(status: .violated, group: "national"), .init(status: .atRisk, group: "67")]),
        .exampleFails(rule: "A.1", expected: .met, asOf: "2030-12-31", got: []), .examplesIncomplete(rule: "A.1"),
    ]

    static let manifest: [ManifestProblem] = [
        .notAFolder, .noManifest, .missingPeriod, .missingPreparedOn, .missingFiles, .badPeriod("năm 2025"), .noFiles,
        .missingKind(kinds: ["cooperatives", "units"]),
        .notAField("membres", dataset: "cooperatives", suggestion: "members"),
        .columnsNotMapping, .absolutePath("/etc/hostname"), .pathLeadsOutside("../../etc/passwd"),
        .linkLeadsOutside("link.csv"),
        .noSuchFile("tasks.csv"), .pathIsFolder("data"), .linkLoop("tasks.csv"), .danglingLink("tasks.csv"),
        .notRegularFile("fifo.csv"), .noUnitsFile,
        .provinceMerged(code: "67", into: "68", name: "Tỉnh Lâm Đồng"),
        .notEnoughMemory(dataMegabytes: 38, neededMegabytes: 81, limitMegabytes: 97),
        .factsMissing(["province", "period"]), .factsMissing(["period"]), .noDataSets,
        .unknownFact("tinh thanh", suggestion: "province"), .unknownFact("ghi chú", suggestion: nil),
    ]

    static let data: [DataProblem] = [
        .cannotOpen, .wideEncoding("UTF-32"), .notUTF8(byte: 0xDE), .nulByte, .unknownFileType, .emptyFile,
        .workbook(.unreadable(reason: "Permission denied")), .workbook(.notAWorkbook), .workbook(.encrypted),
        .workbook(.macroEnabled), .workbook(.missingPart("xl/workbook.xml")),
        .workbook(.tooManyParts(count: 5_000, limit: 2_000)),
        .workbook(.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 256 << 20)),
        .workbook(.compressionRatio(part: "xl/worksheets/sheet1.xml", limit: 200)),
        .workbook(.entityDeclared(part: "xl/sharedStrings.xml")),
        .workbook(.malformedXML(part: "xl/worksheets/sheet1.xml", line: 2, column: 17, reason: "unclosed tag")),
        .workbook(.beyondSheetLimits(sheet: "Hợp tác xã", cell: "A1048577")),
        .noSuchSheet("Units", sheets: ["Đơn vị", "Hợp tác xã"]),
        .noSheetOfKind("reports", sheets: ["Đơn vị", "Hợp tác xã"]), .sheetNotRead("Ghi chú"), .cellError("#DIV/0!"),
        .valueWithoutHeader,
        .headerInvalid,
        .readingStopped(unreadLines: 299_000),
        .unclosedQuote,
        .textAfterQuote, .quoteInUnquotedField, .tooManyFields(limit: 10_000), .recordTooLong(limit: 16_777_216),
        .fieldTooLong(limit: 1_048_576), .fieldCount(found: 5, expected: 7, delimiter: ";"),
        .fieldCount(found: 1, expected: 7, delimiter: ","),
        .notAListOfRecords, .recordNotMapping(found: .singleValue), .fieldNameNotText,
        .fieldNotSingleValue(field: "members", found: .mapping),
        .unknownColumn("Số TV", dataset: "cooperatives", suggestion: nil),
        .unknownColumn("membres", dataset: "cooperatives", suggestion: "members"),
        .duplicateColumn("members", field: members, first: SourcePosition(file: "c.csv", line: 1, column: 40)),
        .missingColumn(FieldName(name: "name", header: "Tên HTX")),
        .cell(members, .notBool("có lẽ")),
        .cell(
            FieldName(name: "kind", header: "Loại hình"),
            .notInVocabulary("HTXX", vocabulary: "kind", values: ["HTX", "THT", "LHHTX"], aliases: ["hợp tác xã"])),
        .cell(members, .notWholeNumber("12,5")), .cell(members, .notADate("31/02/2025", hint: .dayMonthYear)),
        .cell(members, .notADate("15/12/2025", hint: .iso)), .cell(members, .notADate("tháng 12", hint: .either)),
        .cell(members, .notANumber("abc")), .cell(members, .twoDecimalMarks("1,2,3", mark: ",")),
        .cell(members, .badGrouping("1.50", mark: ".", vietnamese: true)),
        .cell(members, .ambiguousNumber("1,500", vietnamese: true, asDecimal: "1,5", whole: "1", fraction: "500")),
        .cell(members, .ambiguousNumber("1.500", vietnamese: false, asDecimal: "1.5", whole: "1", fraction: "500")),
        .requiredEmpty(FieldName(name: "name", header: "Tên HTX")),
        .duplicateCooperative(id: "6700001", first: SourcePosition(file: "c.csv", line: 2, column: 1)),
        .duplicateUnit(code: "660", first: at),
        .duplicateIndicator(indicator: "Số HTX thành lập mới", unit: "67", period: "2025", first: at),
        .duplicateReport(report: "annual-ket-report", unit: "664", period: "2025", first: at),
        .duplicateTask(task: "KH127.PL.II.8", unit: "SCT", period: "2024", first: at),
        .duplicateTask(task: "KH127.PL.II.3", unit: "SKHDT", period: nil, first: at),
        .reportAfterPrepared(submitted: "15/01/2026", prepared: "10/01/2026"),
        .unitCeased(FieldName(name: "district", header: "Huyện"), code: "664", ended: "30/06/2025", successor: "68"),
        .unitNotYetFormed(FieldName(name: "commune", header: "Xã"), code: "68001", begins: "01/07/2025"),
        .unitEndsBeforeItBegins(ends: "30/06/2025", begins: "01/07/2025"),
        .dateAfterPrepared(
            FieldName(name: "dissolved_on", header: "Ngày giải thể"), date: "31/12/9999", prepared: "10/01/2026"),
        .parentNeeded(level: .district),
        .notInUnits(FieldName(name: "commune", header: "Xã"), code: "66409", suggestion: "66401"),
        .wrongLevel(FieldName(name: "commune", header: "Xã"), code: "664", actual: .district, expected: .commune),
        .nameForCode(
            FieldName(name: "district", header: "Huyện"), name: "Đắk Mil", code: "663", unitName: "Huyện Đắk Mil"),
        .outsideUnit(
            FieldName(name: "commune", header: "Xã"), code: "66307",
            container: FieldName(name: "district", header: "Huyện"),
            containerCode: "664", actual: "663"),
        .outsideUnit(
            FieldName(name: "commune", header: "Xã"), code: "66307",
            container: FieldName(name: "district", header: "Huyện"),
            containerCode: "664", actual: nil),
        .readByNoPack(FieldName(name: "indicator", header: "Chỉ tiêu"), value: "Số tin bài", suggestion: "news_items"),
        .readByNoPack(FieldName(name: "report", header: "Báo cáo"), value: "bao-cao-x", suggestion: nil),
        .notAPeriod(FieldName(name: "period", header: "Kỳ báo cáo"), value: "năm 2025"),
        .titleRowsSkipped(count: 2, headerLine: 3), .titleRowsSkipped(count: 1, headerLine: 2),
        .blankRowsSkipped(count: 3), .blankRowsSkipped(count: 1), .totalsRowSkipped,
        .notSubmissionProvince(code: "66", province: "67"),
        .trainedMoreThanStaff(trained: 5, staff: 3, trainedField: trained, staffField: staff), .negative(members),
        .foundedAfterPeriod(founded: "15/12/2026", periodEnd: "31/12/2025"), .dissolvedDateButStatus(status: .active),
        .dissolvedBeforeFounded(dissolved: "01/01/2020", founded: "01/01/2021"), .dissolvedWithoutDate,
        .dissolvedUnionMember,
        .doneNeedsCompletionDate, .completionDateButNotDone(status: .inProgress),
        .parentNotInUnits(parent: "999", unit: "99901"),
        .successorNotInUnits(successor: "68999", unit: "66001"),
    ]

    static let source: [SourceProblem] = [
        .notADatabaseAddress("localhost:5432"), .passwordInAddress, .unknownSSLMode("always"),
    ]

    static let runConfiguration: [RunConfigurationProblem] = [
        .notSubmitted(province: "68"),
        .noConfiguration,
        .duplicateSubmissionName("dak-nong-2025", first: "Samples/dak-nong-2025", second: "old/dak-nong-2025"),
        .reservedSubmissionName("roll-up"), .badAsOf("tomorow", suggestion: "today"), .missingOutputDirectory,
        .formatTwice("json"), .noFormats(known: ["json", "html"]), .emptyPathList(key: "rules"),
        .provinceTwice("34"),
    ]

    /// Every sample as a top-level problem, one nested in a value too.
    static let upload: [UploadProblem] = [
        .tooLarge(limit: 50 << 20), .notAForm, .noFiles, .tooManyFiles(limit: 20),
        .badField("period", value: "năm 2025"),
        .timedOut(seconds: 60), .zipUnreadable, .zipPathOutside("../../etc/passwd"), .zipLink("units.csv"),
        .zipTooManyEntries(limit: 1_000), .zipTooLarge(limit: 200 << 20), .zipRatio(limit: 200),
        .busy(retryAfter: 5), .tokenRequired, .tokenNotForProvince("68"), .formExpired,
    ]

    static var all: [Problem] {
        yaml.map(Problem.yaml) + node.map(Problem.node) + expression.map(Problem.expression)
            + wording.map(Problem.wording)
            + rulePack.map(Problem.rulePack) + manifest.map(Problem.manifest) + data.map(Problem.data)
            + runConfiguration.map(Problem.runConfiguration) + upload.map(Problem.upload)
            + source.map(Problem.source)
            + [.inValue(key: "target", .wording(.aboutZero))]
    }
}
