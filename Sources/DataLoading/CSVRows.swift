import Diagnostics
import Expressions
import Foundation
import Workers

/// Reads the rows of one CSV file after its header, on one core or — for a large file — on
/// several, each scanning a stretch that starts after a line break and merging in file order.
/// A stretch boundary that falls inside a quoted field with a line break is detected (the row
/// before it runs past it) and the file is then read again on one core, so the result is always
/// the one-core result.
struct CSVRows {
    let path: String
    let displayName: String
    let columns: Int
    let headerOK: Bool
    let delimiter: UInt8

    /// Reads every row from the scanner's position to its stop, or to `end` when the rows after
    /// the stop are merged in later.
    func read<Sink>(
        _ scanner: CSVScanner, decoder: inout RecordDecoder, into state: inout SubmissionReader.Part<Sink>,
        through end: Int
    ) throws(LoadError) {
        defer { state.checker.diagnostics += decoder.takeDiagnostics() }
        let start = scanner.offset
        var rows = 0
        while try scanner.next() {
            rows += 1
            if rows == 1024 {
                // Room for every key of the file now, rather than growing the table many times.
                let estimate = rows * max(1, end - start) / max(1, scanner.offset - start)
                state.checker.reserve(estimate, for: decoder.kind)
            }
            // A blank row of a spreadsheet is no record: skipped, and counted for one note.
            if scanner.rejection == nil, scanner.recordIsBlank {
                state.skipped.blank(at: scanner.recordLine)
                continue
            }
            // A totals row ("Tổng cộng") is no record either: coopcheck sums the rows itself.
            if scanner.rejection == nil, let first = scanner.fields.first, Self.mayBeTotalsLabel(scanner.bytes(first)),
                Self.isTotalsLabel(scanner.text(first))
            {
                state.skipped.totals(at: SourcePosition(file: displayName, line: scanner.recordLine, column: 1))
                continue
            }
            state.records += 1
            // A record spoilt by a stray quote or the wrong number of fields is left out, with its
            // problem; reading goes on with the next.
            if let rejection = scanner.rejection {
                state.checker.diagnostics.append(rejection)
                state.rejected += 1
                continue
            }
            // Under a header that cannot be read no row is measured against it.
            guard headerOK else {
                state.rejected += 1
                continue
            }
            guard scanner.fields.count == columns else {
                let problem = DataProblem.fieldCount(
                    found: scanner.fields.count, expected: columns,
                    delimiter: String(Character(Unicode.Scalar(delimiter))))
                state.checker.diagnostics.append(
                    .error(at: SourcePosition(file: displayName, line: scanner.recordLine, column: 1), .data(problem)))
                state.rejected += 1
                continue
            }
            guard decoder.decodeRow(scanner) else {
                state.rejected += 1
                continue
            }
            state.take(decoder.record)
        }
    }

    /// The words a spreadsheet's totals row starts with, without diacritics.
    private static let totalsLabels: Set<String> = ["tong", "tong cong", "cong", "tong so", "total", "totals"]

    /// A cheap first look at a row's first cell, so that the text of most rows is never made:
    /// short, and starting as a totals word does — T or C, then o, ô or ổ/ộ (UTF-8 0xC3 or 0xE1).
    private static func mayBeTotalsLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes.count <= 24 else { return false }
        let first = bytes[0] & 0xDF, second = bytes[1]
        return (first == UInt8(ascii: "T") || first == UInt8(ascii: "C"))
            && (second | 0x20 == UInt8(ascii: "o") || second == 0xC3 || second == 0xE1)
    }

    static func isTotalsLabel(_ text: String) -> Bool {
        totalsLabels.contains(EnumDomain.folded(text).trimmingCharacters(in: CharacterSet(charactersIn: " :.")))
    }

    /// What one worker did with its stretch.
    private struct Outcome<Sink: RecordSink> {
        var part: SubmissionReader.Part<Sink>
        var error: LoadError?
        /// The file offset just after its last row.
        var end = 0
    }

    /// Reads the rows after the header on `workers` cores; false (having read nothing) when the
    /// file has no line break near where it would be split.
    func readInParallel<Sink>(
        from scanner: CSVScanner, size: Int, workers: Int, decoder: RecordDecoder,
        into state: inout SubmissionReader.Part<Sink>
    ) throws(LoadError) -> Bool {
        let start = scanner.offset
        let startLine = scanner.line
        let bounds = [start] + splitPoints(from: start, size: size, parts: workers)
        guard bounds.count > 1 else { return false }
        // The first stretch continues the state itself; the others start from empty forks. The
        // state as it was is kept in case the file has to be read again on one core.
        let before = state
        let outcomes = UnsafeMutableBufferPointer<Outcome<Sink>>.allocate(capacity: bounds.count)
        _ = outcomes.initialize(from: bounds.indices.map { Outcome(part: $0 == 0 ? state : state.fork()) })
        defer {
            outcomes.deinitialize()
            outcomes.deallocate()
        }
        scanner.stopOffset = bounds[1]
        nonisolated(unsafe) let shared = (outcomes: outcomes, scanner: scanner)
        Workers.perform(iterations: bounds.count) { k in
            var decoder = k == 0 ? decoder : decoder.forAnotherCore()
            do throws(LoadError) {
                let stretch =
                    k == 0
                    ? shared.scanner
                    : try CSVScanner(
                        path: path, displayName: displayName, delimiter: delimiter, offset: bounds[k],
                        line: startLine + lineBreaks(from: start, to: bounds[k]),
                        stopOffset: k + 1 < bounds.count ? bounds[k + 1] : .max)
                defer { shared.outcomes[k].end = stretch.lastRecordEnd }
                try read(
                    stretch, decoder: &decoder, into: &shared.outcomes[k].part,
                    through: k == 0 ? size : min(stretch.stopOffset, size))
            } catch {
                shared.outcomes[k].error = error
            }
        }
        let last = outcomes.firstIndex { $0.error != nil } ?? bounds.count - 1
        let clean = (0..<last).allSatisfy { outcomes[$0].end <= bounds[$0 + 1] }
        guard clean else {
            state = before
            var decoder = decoder
            let again = try CSVScanner(
                path: path, displayName: displayName, delimiter: delimiter, offset: start, line: startLine)
            try read(again, decoder: &decoder, into: &state, through: size)
            return true
        }
        state = outcomes[0].part
        for k in 0...last {
            if k > 0 { state.merge(outcomes[k].part) }
            if let error = outcomes[k].error { throw error }
        }
        return true
    }

    /// Offsets just after a line feed near each `1/parts` of the rows, in increasing order.
    private func splitPoints(from start: Int, size: Int, parts: Int) -> [Int] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        var points: [Int] = []
        for k in 1..<parts {
            let target = start + (size - start) * k / parts
            guard (try? handle.seek(toOffset: UInt64(target))) != nil,
                let window = try? handle.read(upToCount: 64 << 10),
                let newline = window.firstIndex(of: 0x0A)
            else { continue }
            let point = target + (newline - window.startIndex) + 1
            if size > point, point > (points.last ?? start) { points.append(point) }
        }
        return points
    }

    /// Line breaks (LF, CRLF or a lone CR) in the file between two offsets.
    private func lineBreaks(from start: Int, to end: Int) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path), (try? handle.seek(toOffset: UInt64(start))) != nil else {
            return 0
        }
        defer { try? handle.close() }
        var count = 0
        var offset = start
        var afterCR = false
        while offset < end, let chunk = try? handle.read(upToCount: min(CSVScanner.chunkSize, end - offset)),
            !chunk.isEmpty
        {
            chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                for b in bytes {
                    if b == 0x0A {
                        if !afterCR { count += 1 }
                    } else if b == 0x0D {
                        count += 1
                    }
                    afterCR = b == 0x0D
                }
            }
            offset += chunk.count
        }
        return count
    }
}
