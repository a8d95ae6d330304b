import Dispatch
import Foundation
import Reporters
import Testing

/// Reports written at the same time to the same file never mix: the file always holds one of
/// them whole, and no temporary file is left behind.
@Suite struct AtomicFileTests {
    @Test func concurrentWritersLeaveOneWholeReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        let reports = (0..<4).map { writer in String(repeating: "report \(writer)\n", count: 50_000) }
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            for _ in 0..<10 { try? AtomicFile.write(reports[writer], to: path) }
        }
        let final = try String(contentsOfFile: path, encoding: .utf8)
        #expect(reports.contains(final))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }
}
