import Diagnostics
import Foundation
import Hummingbird
import MultipartKit

/// A multipart/form-data upload as it arrives: its text fields, and its files streamed into the
/// upload's folder (never held in memory), refused past the size, count and time limits.
struct UploadedForm: Sendable {
    var fields: [String: String] = [:]
    /// The names the files were saved under, in the order they came.
    var files: [String] = []

    /// The longest text field read; a province code or a period is a few characters.
    static let maxFieldBytes = 4_096

    static func read(
        _ body: RequestBody, contentType: String?, declaredLength: Int?, into folder: UploadFolder,
        limits: ServiceLimits
    ) async throws(UploadProblem) -> UploadedForm {
        // Too large by its own account: read and let go, so the client, still sending, reads the 413.
        if let declaredLength, declaredLength > limits.maxUploadBytes {
            _ = try? await withinUploadTime(limits) {
                var iterator = body.makeAsyncIterator()
                try await letGo(&iterator, read: 0, limits: limits)
            }
            throw .tooLarge(limit: limits.maxUploadBytes)
        }
        guard let contentType, let boundary = boundary(of: contentType) else { throw .notAForm }
        do {
            guard
                let form = try await withinUploadTime(
                    limits,
                    {
                        try await parse(body, boundary: boundary, into: folder, limits: limits)
                    })
            else { throw UploadProblem.timedOut(seconds: limits.uploadSeconds) }
            return form
        } catch let error as UploadProblem {
            throw error
        } catch {
            throw .notAForm
        }
    }

    /// What `work` gives, or nil when the upload's time runs out first.
    private static func withinUploadTime<T: Sendable>(
        _ limits: ServiceLimits, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: .seconds(limits.uploadSeconds))
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    /// Reads the rest of a refused body without keeping it, up to four times the size limit (past
    /// that the connection is closed instead), so that the client, still sending, reads the answer.
    private static func letGo(_ iterator: inout RequestBody.AsyncIterator, read: Int, limits: ServiceLimits)
        async throws
    {
        var read = read
        while read <= limits.maxUploadBytes * 4, let more = try await iterator.next() { read += more.readableBytes }
    }

    /// `multipart/form-data; boundary=…`'s boundary, or nil for any other type.
    static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            let value = part.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The `name` and `filename` of a part's Content-Disposition.
    static func disposition(_ value: String) -> (name: String?, filename: String?) {
        var name: String?
        var filename: String?
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            let text =
                pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2
                ? String(pair[1].dropFirst().dropLast()) : pair[1]
            switch pair[0].lowercased() {
            case "name": name = text
            case "filename": filename = text
            default: break
            }
        }
        return (name, filename)
    }

    private static func parse(
        _ body: RequestBody, boundary: String, into folder: UploadFolder, limits: ServiceLimits
    ) async throws -> UploadedForm {
        let parser = MultipartParser(boundary: boundary)
        var form = UploadedForm()
        var failure: UploadProblem?
        var field: (name: String?, filename: String?) = (nil, nil)
        var text: [UInt8] = []
        var handle: FileHandle?
        var taken: Set<String> = []
        parser.onHeader = { key, value in
            if key.lowercased() == "content-disposition" { field = disposition(value) }
        }
        parser.onBody = { buffer in
            guard failure == nil else { return }
            if let filename = field.filename {
                if handle == nil {
                    guard form.files.count < limits.maxFiles else {
                        failure = .tooManyFiles(limit: limits.maxFiles)
                        return
                    }
                    let name = folder.safeName(filename, taken: taken)
                    taken.insert(name)
                    form.files.append(name)
                    let path = (folder.path as NSString).appendingPathComponent(name)
                    guard
                        FileManager.default.createFile(
                            atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
                    else {
                        failure = .notAForm
                        return
                    }
                    handle = FileHandle(forWritingAtPath: path)
                }
                handle?.write(Data(buffer.readableBytesView))
            } else if text.count + buffer.readableBytes <= maxFieldBytes {
                text += buffer.readableBytesView
            }
        }
        parser.onPartComplete = {
            try? handle?.close()
            if field.filename == nil, let name = field.name {
                form.fields[name] = String(decoding: text, as: UTF8.self).trimmingCharacters(
                    in: .whitespacesAndNewlines)
            }
            handle = nil
            field = (nil, nil)
            text = []
        }
        var received = 0
        var iterator = body.makeAsyncIterator()
        while let buffer = try await iterator.next() {
            received += buffer.readableBytes
            if received > limits.maxUploadBytes {
                try await letGo(&iterator, read: received, limits: limits)
                throw UploadProblem.tooLarge(limit: limits.maxUploadBytes)
            }
            do {
                try parser.execute(buffer)
            } catch {
                throw UploadProblem.notAForm
            }
            if let failure { throw failure }
        }
        try? handle?.close()
        if let failure { throw failure }
        return form
    }
}
