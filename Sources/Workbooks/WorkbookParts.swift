import Expressions
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the parts of a workbook archive within its limits and turns them into sheets.
struct WorkbookParts {
    let archive: Archive
    let file: String
    let limits: WorkbookLimits
    private var total = 0

    init(archive: Archive, file: String, limits: WorkbookLimits) {
        self.archive = archive
        self.file = file
        self.limits = limits
    }

    private enum Stop: Error {
        case tooLarge, ratio, total
    }

    /// The bytes of a part, refused past the limits (counted as they are inflated, not as the
    /// archive's headers claim) or when it declares entities.
    mutating func data(_ path: String) throws(WorkbookError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var out = Data()
        let compressed = max(Int(entry.compressedSize), 1)
        let limits = self.limits
        let before = total
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(chunk)
                if out.count > limits.maxPartBytes { throw Stop.tooLarge }
                if out.count > 1 << 20, out.count / compressed > limits.maxRatio { throw Stop.ratio }
                if before + out.count > limits.maxTotalBytes { throw Stop.total }
            }
        } catch Stop.tooLarge {
            throw .init(file, .partTooLarge(part: path, limit: limits.maxPartBytes))
        } catch Stop.ratio {
            throw .init(file, .compressionRatio(part: path, limit: limits.maxRatio))
        } catch Stop.total {
            throw .init(file, .partTooLarge(part: path, limit: limits.maxTotalBytes))
        } catch {
            throw .init(file, .notAWorkbook)
        }
        total += out.count
        if out.range(of: Data("<!DOCTYPE".utf8)) != nil || out.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .init(file, .entityDeclared(part: path))
        }
        return out
    }

    mutating func required(_ path: String) throws(WorkbookError) -> Data {
        guard let data = try data(path) else { throw .init(file, .missingPart(path)) }
        return data
    }

    mutating func workbook() throws(WorkbookError) -> Workbook {
        var count = 0
        for entry in archive {
            count += 1
            if entry.path.lowercased().hasSuffix("vbaproject.bin") { throw .init(file, .macroEnabled) }
        }
        if count > limits.maxEntries { throw .init(file, .tooManyParts(count: count, limit: limits.maxEntries)) }
        let types = try required("[Content_Types].xml")
        if types.range(of: Data("macroEnabled".utf8)) != nil { throw .init(file, .macroEnabled) }

        var date1904 = false
        var declared: [(name: String, relation: String)] = []
        try parse(try required("xl/workbook.xml"), part: "xl/workbook.xml") { element, attributes in
            if element == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value == "true"
            }
            if element == "sheet", let name = attributes["name"], let id = attributes["r:id"] {
                declared.append((name, id))
            }
        }
        var targets: [String: String] = [:]
        try parse(try required("xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels") { element, a in
            if element == "Relationship", let id = a["Id"], let target = a["Target"] { targets[id] = target }
        }
        let strings = try sharedStrings()
        let dateStyles = try dateStyleIndices()
        var sheets: [Workbook.Sheet] = []
        for (name, relation) in declared {
            guard let target = targets[relation] else { throw .init(file, .missingPart("sheet '\(name)'")) }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            sheets.append(
                try sheet(name: name, part: path, strings: strings, dateStyles: dateStyles, date1904: date1904))
        }
        return Workbook(sheets: sheets)
    }

    /// The shared strings, each the text of all its runs (phonetic guides left out).
    private mutating func sharedStrings() throws(WorkbookError) -> [String] {
        guard let data = try data("xl/sharedStrings.xml") else { return [] }
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try parse(
            data, part: "xl/sharedStrings.xml",
            start: { element, _ in
                if element == "si" { current = "" }
                if element == "rPh" { phonetic += 1 }
                if element == "t" { inText = phonetic == 0 }
            },
            text: { if inText { current += $0 } },
            end: { element in
                if element == "t" { inText = false }
                if element == "rPh" { phonetic -= 1 }
                if element == "si" { strings.append(current) }
            })
        return strings
    }

    /// The cell styles (indices into `cellXfs`) whose number format shows a date.
    private mutating func dateStyleIndices() throws(WorkbookError) -> Set<Int> {
        guard let data = try data("xl/styles.xml") else { return [] }
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        try parse(
            data, part: "xl/styles.xml",
            start: { element, a in
                if element == "numFmt", let id = a["numFmtId"].flatMap(Int.init) { codes[id] = a["formatCode"] }
                if element == "cellXfs" { inCellXfs = true }
                if element == "xf", inCellXfs { formats.append(a["numFmtId"].flatMap(Int.init) ?? 0) }
            },
            text: { _ in },
            end: { element in if element == "cellXfs" { inCellXfs = false } })
        return Set(formats.indices.filter { ExcelDate.isDateFormat(id: formats[$0], code: codes[formats[$0]]) })
    }

    private mutating func sheet(
        name: String, part: String, strings: [String], dateStyles: Set<Int>, date1904: Bool
    ) throws(WorkbookError) -> Workbook.Sheet {
        let data = try required(part)
        var rows: [Workbook.Row] = []
        var cells: [Workbook.Cell] = []
        var rowNumber = 0
        var nextColumn = 1
        var cell: (address: CellAddress, type: String, style: Int)?
        var value = ""
        var inValue = false
        var beyond: String?
        var merged: [ClosedRange<CellAddress>] = []
        let limits = self.limits
        try parse(
            data, part: part,
            start: { element, a in
                switch element {
                case "row":
                    rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
                    nextColumn = 1
                    cells = []
                case "c":
                    let address = a["r"].flatMap(CellAddress.init) ?? CellAddress(column: nextColumn, row: rowNumber)
                    if address.row > limits.maxRows || address.column > limits.maxColumns {
                        beyond = beyond ?? address.description
                    }
                    nextColumn = address.column + 1
                    cell = (address, a["t"] ?? "n", a["s"].flatMap(Int.init) ?? 0)
                    value = ""
                case "v", "t": inValue = cell != nil
                case "mergeCell":
                    let ends = (a["ref"] ?? "").split(separator: ":").compactMap { CellAddress(String($0)) }
                    if ends.count == 2, ends[0] <= ends[1] { merged.append(ends[0]...ends[1]) }
                default: break
                }
            },
            text: { if inValue { value += $0 } },
            end: { element in
                switch element {
                case "v", "t": inValue = false
                case "c":
                    if let c = cell,
                        let typed = Self.value(
                            value, type: c.type, style: c.style, strings: strings, dateStyles: dateStyles,
                            date1904: date1904)
                    {
                        cells.append(Workbook.Cell(address: c.address, value: typed))
                    }
                    cell = nil
                case "row":
                    if !cells.isEmpty { rows.append(Workbook.Row(number: rowNumber, cells: cells)) }
                default: break
                }
            })
        if let beyond { throw .init(file, .beyondSheetLimits(sheet: name, cell: beyond)) }
        return Workbook.Sheet(name: name, rows: rows, merged: merged)
    }

    /// A cell's value by its type attribute; nil for an empty cell.
    private static func value(
        _ raw: String, type: String, style: Int, strings: [String], dateStyles: Set<Int>, date1904: Bool
    ) -> CellValue? {
        switch type {
        case "s":
            guard let index = Int(raw), strings.indices.contains(index) else { return nil }
            return strings[index].isEmpty ? nil : .text(strings[index])
        case "inlineStr", "str": return raw.isEmpty ? nil : .text(raw)
        case "b": return raw.isEmpty ? nil : .bool(raw == "1")
        case "e": return .error(raw)
        default:
            guard !raw.isEmpty else { return nil }
            if dateStyles.contains(style), let serial = Double(raw),
                let day = ExcelDate.day(serial: serial, date1904: date1904)
            {
                return .date(day)
            }
            return .number(raw)
        }
    }

    func parse(
        _ data: Data, part: String, start: @escaping (String, [String: String]) -> Void
    ) throws(WorkbookError) {
        try parse(data, part: part, start: start, text: { _ in }, end: { _ in })
    }

    func parse(
        _ data: Data, part: String, start: @escaping (String, [String: String]) -> Void,
        text: @escaping (String) -> Void, end: @escaping (String) -> Void
    ) throws(WorkbookError) {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let events = Events(start: start, text: text, end: end)
        parser.delegate = events
        if !parser.parse() {
            throw .init(
                file,
                .malformedXML(
                    part: part, line: parser.lineNumber, column: parser.columnNumber,
                    reason: parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unreadable XML"))
        }
        // A part cut short: some parsers end without an error inside an open element.
        if events.depth != 0 {
            throw .init(
                file,
                .malformedXML(
                    part: part, line: parser.lineNumber, column: parser.columnNumber,
                    reason: "the part ends inside an element"))
        }
    }
}

/// Hands an XML parser's events to closures, by local element name (`x:row` as `row`) except
/// for attributes, which keep their prefix (`r:id`).
private final class Events: NSObject, XMLParserDelegate {
    let start: (String, [String: String]) -> Void
    let text: (String) -> Void
    let end: (String) -> Void
    /// Elements open at this point.
    private(set) var depth = 0

    init(
        start: @escaping (String, [String: String]) -> Void, text: @escaping (String) -> Void,
        end: @escaping (String) -> Void
    ) {
        self.start = start
        self.text = text
        self.end = end
    }

    private static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        end(Self.local(elementName))
    }
}
