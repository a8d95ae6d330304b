import Foundation
import Synchronization

/// Writes a report so that a reader never sees it half-written: into a temporary file next to
/// it, then renamed over it. A symbolic link is followed (the file it points to is replaced, the
/// link stays); a device or FIFO (`/dev/stdout`) is written through, since it cannot be replaced.
public enum AtomicFile {
    /// Why a report could not be written, with the operating system's words for it.
    public struct WriteError: LocalizedError, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { reason }
        public var errorDescription: String? { reason }
    }

    /// Temporary files being written now, for `removeUnfinished` when the run is interrupted.
    private static let unfinished = Mutex<Set<String>>([])

    /// The process that wrote a temporary file of this program's naming, `.NAME.PID.UUID.tmp`;
    /// nil for any other name.
    static func writer(ofTemporary name: String) -> Int32? {
        let parts = name.split(separator: ".")
        guard name.hasPrefix("."), parts.count >= 4, parts.last == "tmp",
            UUID(uuidString: String(parts[parts.count - 2])) != nil
        else { return nil }
        return Int32(parts[parts.count - 3])
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        let target = try destination(of: path)
        guard let target else { return try writeThrough(text, to: path, shownAs: path) }
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        unfinished.withLock { _ = $0.insert(temporary.path) }
        defer { unfinished.withLock { _ = $0.remove(temporary.path) } }
        do throws(WriteError) {
            try writeThrough(text, to: temporary.path, shownAs: path, create: true)
            guard rename(temporary.path, target) == 0 else { throw WriteError(path: path, reason: systemReason()) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// The regular file to replace for `path` — the file a symbolic link points to — or nil for a
    /// device or FIFO, which is written through.
    private static func destination(of path: String) throws(WriteError) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if lstat(path, &status) == 0 { throw WriteError(path: path, reason: "it is a link to nothing") }
            return path
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            guard let real = realpath(path, nil) else { throw WriteError(path: path, reason: systemReason()) }
            defer { free(real) }
            return String(cString: real)
        case S_IFDIR:
            throw WriteError(path: path, reason: "it is a folder")
        default:
            return nil
        }
    }

    /// Writes all of `text` to a file, a device or a FIFO, with no temporary file.
    private static func writeThrough(_ text: String, to path: String, shownAs shown: String, create: Bool = false)
        throws(WriteError)
    {
        let descriptor =
            create ? open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) : open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: shown, reason: systemReason()) }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: shown, reason: systemReason())
            }
            bytes = bytes.dropFirst(written)
        }
        if create, fsync(descriptor) != 0 { throw WriteError(path: shown, reason: systemReason()) }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }

    /// Removes the temporary files of writes under way, so an interrupted run leaves nothing half-written.
    public static func removeUnfinished() {
        // Inside the lock, without copying the set: the answer to a signal must not allocate.
        unfinished.withLock { paths in for path in paths { unlink(path) } }
    }

    /// Removes the temporary files an earlier, killed run of this program left in `folder` (those
    /// named `.NAME.PID.UUID.tmp` whose process is gone) and returns their names.
    public static func removeStale(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = writer(ofTemporary: name) else { continue }
            // This process's own files, and a live process's (another run writing now), are kept.
            if pid == getpid() || kill(pid, 0) == 0 { continue }
            if unlink((folder as NSString).appendingPathComponent(name)) == 0 { removed.append(name) }
        }
        return removed
    }
}
