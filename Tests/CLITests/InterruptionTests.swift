import Foundation
import TestSupport
import Testing

/// A run stopped by SIGTERM or SIGINT exits 128 + the signal and leaves no report, whole or
/// partial, where it was to be written.
@Suite struct InterruptionTests {
    static func run(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Run.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedCheckLeavesNoReport(signal: Int32) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Run.executable.path),
            "build coopcheck first: \(Run.executable.path)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-interrupt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("big").path
        let generate = try Self.run(["generate", "--cooperatives", "400000", "--seed", "3", "--out", data])
        generate.waitUntilExit()
        #expect(generate.terminationStatus == 0)
        let report = folder.appendingPathComponent("report.json")
        let check = try Self.run([
            "check", "--rules", TestPaths.root.appendingPathComponent("Rules").path, "--data", data, "--format", "json",
            "--output", report.path,
        ])
        // Long enough for the run to be reading, far shorter than the run.
        Thread.sleep(forTimeInterval: 0.5)
        kill(check.processIdentifier, signal)
        check.waitUntilExit()
        #expect(check.terminationReason == .exit)
        #expect(check.terminationStatus == 128 + signal)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["big"], "no report and no temporary file")
    }
}
