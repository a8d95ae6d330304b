import Foundation
import TestSupport
import Testing

/// A run stopped by SIGTERM or SIGINT exits 128 + the signal and leaves no report, whole or
/// partial, where it was to be written.
@Suite struct InterruptionTests {
    static func run(_ arguments: [String], addressSpace: Int? = nil) throws -> Process {
        let process = Process()
        ProcessRun.command(arguments, addressSpace: addressSpace, into: process)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Whether the built executable starts at all under `ulimit -v 100000`.
    /// Address space, in kilobytes, about the size of the debug program itself (with the web
    /// server's libraries linked in): it starts, and has little room beyond.
    static let tightAddressSpace = 160_000

    static var startsUnderALimit: Bool {
        (try? ProcessRun(["--version"], timeout: 60, addressSpace: tightAddressSpace).status) == 0
    }

    /// A new scratch folder, once the executable is known to be built.
    static func scratch(_ name: String) throws -> URL {
        try #require(
            FileManager.default.isExecutableFile(atPath: Run.executable.path),
            "build coopcheck first: \(Run.executable.path)")
        return FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-\(name)-\(UUID().uuidString)")
    }

    /// The path of a generated national submission in `folder/big`.
    static func generated(cooperatives: Int, seed: Int, in folder: URL) throws -> String {
        let data = folder.appendingPathComponent("big").path
        let generate = try run(["generate", "--cooperatives", "\(cooperatives)", "--seed", "\(seed)", "--out", data])
        generate.waitUntilExit()
        #expect(generate.terminationStatus == 0)
        return data
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedCheckLeavesNoReport(signal: Int32) throws {
        let folder = try Self.scratch("interrupt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.generated(cooperatives: 400000, seed: 3, in: folder)
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

    /// Under `ulimit -v 160000` (about the size of the program itself) a check of a 300,000-
    /// cooperative registry either completes or is refused in words with exit 2 — never a crash,
    /// never a hang — and SIGTERM still ends it at once.
    @Test(
        .enabled(
            if: startsUnderALimit,
            "the executable cannot start under ulimit -v 160000 (a sanitizer build reserves terabytes of shadow memory)"
        ))
    func underAMemoryLimitACheckEndsInWordsAndStopsWhenTold() throws {
        let folder = try Self.scratch("memory")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.generated(cooperatives: 300000, seed: 5, in: folder)
        let arguments = [
            "check", "--rules", TestPaths.root.appendingPathComponent("Rules").path, "--data", data, "--lang", "en",
        ]
        let limited = try ProcessRun(arguments, timeout: 60, addressSpace: Self.tightAddressSpace)
        #expect(!limited.timedOut && limited.exited, "ended on its own: \(limited.err.prefix(300))")
        #expect([0, 1, 2].contains(limited.status), "\(limited.err.prefix(300))")
        if limited.status == 2 {
            #expect(limited.err.contains("more memory than this process may use"), "\(limited.err.prefix(300))")
        }
        // With room to read but not much more, a signal is still answered.
        let check = try Self.run(arguments, addressSpace: Self.tightAddressSpace + 300_000)
        Thread.sleep(forTimeInterval: 0.5)
        kill(check.processIdentifier, SIGTERM)
        check.waitUntilExit()
        #expect(check.terminationReason == .exit && check.terminationStatus == 128 + SIGTERM)
    }
}
