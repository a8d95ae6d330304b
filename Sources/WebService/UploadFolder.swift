import Diagnostics
import Foundation
import ZIPFoundation

/// A private folder for one upload (mode 0700, a random name under the system's temporary
/// folder), removed when the answer is sent: nothing of an upload is kept. Every name written
/// into it is a plain file name made safe, so nothing from an upload — a file name, a zip entry —
/// reaches outside it.
struct UploadFolder: Sendable {
    let path: String

    static func make(under parent: String = NSTemporaryDirectory()) throws -> UploadFolder {
        let path = (parent as NSString).appendingPathComponent("coopcheck-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return UploadFolder(path: path)
    }

    /// Where an uploaded .zip is unpacked, inside this folder.
    var unpacked: UploadFolder { UploadFolder(path: (path as NSString).appendingPathComponent("unpacked")) }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A name for an uploaded file: its last path component (a browser may send a path), without
    /// control characters, slashes, or a leading dot; never empty, and not one already taken.
    func safeName(_ name: String, taken: Set<String>) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        if cleaned.isEmpty { cleaned = "upload" }
        cleaned = String(cleaned.prefix(120))
        var candidate = cleaned
        var number = 2
        while taken.contains(candidate) {
            let stem = (cleaned as NSString).deletingPathExtension
            let ext = (cleaned as NSString).pathExtension
            candidate = ext.isEmpty ? "\(stem)-\(number)" : "\(stem)-\(number).\(ext)"
            number += 1
        }
        return candidate
    }
}

/// Unpacks a zip of a submission into an upload folder, refusing what could escape it or exhaust
/// the disk: absolute names, `..`, links, too many entries, too many bytes once inflated (counted
/// as they are inflated, not as the archive claims), a ratio past a zip bomb's.
enum ZipUpload {
    static let maxEntries = 1_000
    static let maxRatio = 200

    static func unpack(_ archivePath: String, into folder: UploadFolder, maxBytes: Int) throws(UploadProblem) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read, pathEncoding: nil)
        } catch {
            throw .zipUnreadable
        }
        var entries: [Entry] = []
        for entry in archive {
            entries.append(entry)
            if entries.count > maxEntries { throw .zipTooManyEntries(limit: maxEntries) }
        }
        var total = 0
        for entry in entries {
            let name = entry.path
            let parts = name.split(separator: "/", omittingEmptySubsequences: true)
            if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("\\") || parts.contains("..")
                || parts.contains(where: { $0.contains(":") })
            {
                throw .zipPathOutside(name)
            }
            if entry.type == .symlink { throw .zipLink(name) }
            // macOS's resource forks are no part of a submission.
            if parts.first == "__MACOSX" || parts.last?.hasPrefix("._") == true { continue }
            let target = URL(fileURLWithPath: folder.path).appendingPathComponent(parts.joined(separator: "/"))
            guard target.standardizedFileURL.path.hasPrefix(folder.path + "/") else { throw .zipPathOutside(name) }
            if entry.type == .directory {
                try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                continue
            }
            try? FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: target.path, contents: nil),
                let handle = FileHandle(forWritingAtPath: target.path)
            else { throw .zipUnreadable }
            defer { try? handle.close() }
            let compressed = max(Int(entry.compressedSize), 1)
            var written = 0
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    written += chunk.count
                    if total + written > maxBytes { throw ZipStop.tooLarge }
                    if written > 1 << 20, written / compressed > maxRatio { throw ZipStop.ratio }
                    handle.write(chunk)
                }
            } catch ZipStop.tooLarge {
                throw .zipTooLarge(limit: maxBytes)
            } catch ZipStop.ratio {
                throw .zipRatio(limit: maxRatio)
            } catch {
                throw .zipUnreadable
            }
            total += written
        }
    }

    private enum ZipStop: Error { case tooLarge, ratio }
}
