import CoopCheckCLI
import Diagnostics
import Foundation
import Synchronization

/// Runs coopcheck in-process and captures what it writes.
struct Run {
    /// The coopcheck executable built next to this test bundle, for the tests that need a process
    /// of its own (signals, hang guards).
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("coopcheck")

    let status: Int32
    let out: String
    let err: String

    init(_ arguments: String...) {
        self.init(arguments)
    }

    /// `language` is the console's, what the environment would ask for.
    init(_ arguments: [String], language: Language = .en) {
        let out = Mutex("")
        let err = Mutex("")
        let console = Console(
            out: { text in out.withLock { $0 += text } },
            err: { text in err.withLock { $0 += text } }, language: language)
        status = CoopCheckMain.run(arguments, console: console)
        self.out = out.withLock { $0 }
        self.err = err.withLock { $0 }
    }
}

/// Runs the coopcheck executable as a process of its own, for what needs one: an environment of
/// its own, a signal, the real exit status.
struct ProcessRun {
    /// Sets `process` to run coopcheck with `arguments`, under `ulimit -v addressSpace` (kilobytes)
    /// when given.
    static func command(_ arguments: [String], addressSpace: Int?, into process: Process) {
        guard let addressSpace else {
            process.executableURL = Run.executable
            process.arguments = arguments
            return
        }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(addressSpace) && exec \"$0\" \"$@\"", Run.executable.path] + arguments
    }

    let status: Int32
    /// Whether it exited (rather than being killed by a signal).
    let exited: Bool
    let out: String
    let err: String

    /// Whether it was stopped for running past its time.
    let timedOut: Bool

    /// The process runs in the test's environment without its locale (so it speaks English, as the
    /// golden files do), plus `environment`; it is stopped (SIGKILL) after `timeout` seconds. With
    /// `addressSpace` (in kilobytes) it runs under `ulimit -v`.
    init(
        _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 300,
        addressSpace: Int? = nil
    ) throws {
        let process = Process()
        Self.command(arguments, addressSpace: addressSpace, into: process)
        var inherited = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { inherited[name] = nil }
        process.environment = inherited.merging(["LANG": "C.UTF-8"]) { $1 }.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stopped = Mutex(false)
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem {
            stopped.withLock { $0 = true }
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes to the end before waiting, so a full pipe cannot stall the process.
        let errData = Mutex(Data())
        let reader = Thread { errData.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while reader.isExecuting || !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        status = process.terminationStatus
        exited = process.terminationReason == .exit
        watchdog.cancel()
        timedOut = stopped.withLock { $0 }
        self.out = String(decoding: outData, as: UTF8.self)
        self.err = errData.withLock { String(decoding: $0, as: UTF8.self) }
    }
}
