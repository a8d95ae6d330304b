/// A submission's manifest, or a file it names, that cannot be used.
public enum ManifestProblem: Hashable, Sendable {
    case notAFolder
    case noManifest
    case missingPeriod
    case missingPreparedOn
    case missingFiles
    case badPeriod(String)
    case noFiles
    case missingKind(kinds: [String])
    case notAField(String, dataset: String, suggestion: String?)
    case columnsNotMapping
    case absolutePath(String)
    case pathLeadsOutside(String)
    case linkLeadsOutside(String)
    case noSuchFile(String)
    case pathIsFolder(String)
    /// A link that leads, through other links, back to itself.
    case linkLoop(String)
    /// A link to nothing.
    case danglingLink(String)
    case notRegularFile(String)
    case noUnitsFile
    /// A province of the earlier map for a period after 1/7/2025, when it was part of `into`.
    case provinceMerged(code: String, into: String, name: String)
    /// The data files need more memory than the process may map (`ulimit -v`), in megabytes.
    case notEnoughMemory(dataMegabytes: Int, neededMegabytes: Int, limitMegabytes: Int)
    /// A submission given as files without a manifest (a workbook, CSV files) that lacks facts a
    /// manifest would give: `province`, `period`, by their manifest keys.
    case factsMissing([String])
    /// None of the files or sheets of a submission without a manifest is a data set.
    case noDataSets
    /// A key of a workbook's submission sheet that is not a manifest key; a warning.
    case unknownFact(String, suggestion: String?)
}

/// A data file, record or cell of a submission that cannot be read, or breaks the data contract.
public enum DataProblem: Hashable, Sendable {
    // Files.
    case cannotOpen
    /// A Unicode encoding other than UTF-8, by name (`UTF-16`, `UTF-32`).
    case wideEncoding(String)
    case notUTF8(byte: UInt8)
    case nulByte
    case unknownFileType
    case emptyFile
    /// A workbook that cannot be read, or is refused.
    case workbook(WorkbookProblem)
    /// A workbook's sheet that the manifest names but the workbook lacks.
    case noSuchSheet(String, sheets: [String])
    /// A data set the manifest places in a workbook, and no sheet of it by name or header.
    case noSheetOfKind(String, sheets: [String])
    /// A sheet whose name and header match no data set: not read; a warning.
    case sheetNotRead(String)
    /// A cell holding Excel's error value (`#DIV/0!`, `#N/A`): its record is left out.
    case cellError(String)
    /// A cell with a value in a column the header leaves unnamed: not read; a warning.
    case valueWithoutHeader
    case headerInvalid
    /// Reading of a file stopped at a problem that leaves no way to find the next record: its
    /// later lines were not read.
    case readingStopped(unreadLines: Int)
    // CSV structure.
    case unclosedQuote
    case textAfterQuote
    case quoteInUnquotedField
    case tooManyFields(limit: Int)
    case recordTooLong(limit: Int)
    case fieldTooLong(limit: Int)
    case fieldCount(found: Int, expected: Int, delimiter: String)
    // YAML and JSON data files.
    case notAListOfRecords
    case recordNotMapping(found: NodeKind)
    case fieldNameNotText
    case fieldNotSingleValue(field: String, found: NodeKind)
    // Headers.
    case unknownColumn(String, dataset: String, suggestion: String?)
    case duplicateColumn(String, field: FieldName, first: SourcePosition)
    case missingColumn(FieldName)
    // Cells.
    case cell(FieldName, CellProblem)
    case requiredEmpty(FieldName)
    // Records.
    case duplicateCooperative(id: String, first: SourcePosition)
    case duplicateUnit(code: String, first: SourcePosition)
    /// The same indicator of a unit for one period (`2025`, or `2025 Q3`) twice.
    case duplicateIndicator(indicator: String, unit: String, period: String, first: SourcePosition)
    /// The same report of a unit for one period twice; a warning: the first is used.
    case duplicateReport(report: String, unit: String, period: String, first: SourcePosition)
    case duplicateTask(task: String, unit: String, period: String?, first: SourcePosition)
    case reportAfterPrepared(submitted: String, prepared: String)
    case parentNeeded(level: UnitLevel)
    case notInUnits(FieldName, code: String, suggestion: String?)
    case wrongLevel(FieldName, code: String, actual: UnitLevel, expected: UnitLevel)
    /// A unit's name written where its code goes: the one unit of that name, and its code.
    case nameForCode(FieldName, name: String, code: String, unitName: String)
    /// A cooperative's commune (or district) that the units file places outside its district (or
    /// province): `actual` is where the file places it.
    case outsideUnit(FieldName, code: String, container: FieldName, containerCode: String, actual: String?)
    /// An indicator name, report id or task id that no rule pack reads: the evaluation would pass
    /// over the record.
    case readByNoPack(FieldName, value: String, suggestion: String?)
    /// A report or task period not written as the packs count periods.
    case notAPeriod(FieldName, value: String)
    /// Rows above the header (a spreadsheet's title) that were skipped; the header is on `headerLine`.
    case titleRowsSkipped(count: Int, headerLine: Int)
    /// Blank rows of a spreadsheet (`;;;;;`, a cell of spaces), skipped: `count` in the file.
    case blankRowsSkipped(count: Int)
    /// A totals row ("Tổng cộng"), skipped: coopcheck sums the records itself.
    case totalsRowSkipped
    case notSubmissionProvince(code: String, province: String)
    case trainedMoreThanStaff(trained: Int64, staff: Int64, trainedField: FieldName, staffField: FieldName)
    case negative(FieldName)
    case foundedAfterPeriod(founded: String, periodEnd: String)
    case dissolvedDateButStatus(status: CooperativeStatus?)
    case dissolvedBeforeFounded(dissolved: String, founded: String)
    /// A dissolution or completion dated after the submission was prepared (`31/12/9999` for
    /// "not yet"); a warning.
    case dateAfterPrepared(FieldName, date: String, prepared: String)
    case dissolvedWithoutDate
    case dissolvedUnionMember
    case doneNeedsCompletionDate
    case completionDateButNotDone(status: TaskStatus?)
    case parentNotInUnits(parent: String, unit: String)
    /// A unit's `successor` that the units file does not list.
    case successorNotInUnits(successor: String, unit: String)
    /// A unit named in a period that began after the unit ceased (its register's `valid_to`).
    case unitCeased(FieldName, code: String, ended: String, successor: String?)
    /// A unit named in a period that ended before the unit was formed (`valid_from`).
    case unitNotYetFormed(FieldName, code: String, begins: String)
    case unitEndsBeforeItBegins(ends: String, begins: String)

}

/// A cell whose text is not a value of its field's type.
public enum CellProblem: Error, Hashable, Sendable {
    /// How dates are to be written, for the hint.
    public enum DateHint: Hashable, Sendable {
        /// `15/12/2025`, in a file that writes dates day first.
        case dayMonthYear
        /// Only ISO `2025-12-15`.
        case iso
        /// Either.
        case either
    }

    case notBool(String)
    case notInVocabulary(String, vocabulary: String, values: [String], aliases: [String])
    case notWholeNumber(String)
    case notADate(String, hint: DateHint)
    case notANumber(String)
    case twoDecimalMarks(String, mark: String)
    case badGrouping(String, mark: String, vietnamese: Bool)
    /// `1,500`: a decimal in one convention, a whole number in the other.
    case ambiguousNumber(String, vietnamese: Bool, asDecimal: String, whole: String, fraction: String)
}
