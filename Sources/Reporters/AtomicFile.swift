import Foundation
import Synchronization

/// Writes a report so that readers see either the old file or the whole new one: the text goes
/// to a temporary file in the same folder, which is then renamed into place. Concurrent runs
/// writing the same report each use their own temporary file; the last rename wins, whole.
public enum AtomicFile {
    /// Temporary files being written now, for `removeUnfinished` when the run is interrupted.
    private static let unfinished = Mutex<Set<String>>([])

    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        unfinished.withLock { _ = $0.insert(temporary.path) }
        defer { unfinished.withLock { _ = $0.remove(temporary.path) } }
        do {
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Removes the temporary files of writes under way, so an interrupted run leaves nothing half-written.
    public static func removeUnfinished() {
        for path in unfinished.withLock({ $0 }) { unlink(path) }
    }
}
