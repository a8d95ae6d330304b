import CoopCheckCLI
import Foundation
import Synchronization

/// Runs coopcheck in-process and captures what it writes.
struct Run {
    /// The coopcheck executable built next to this test bundle, for the tests that need a process
    /// of its own (signals, hang guards).
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("coopcheck")

    let status: Int32
    let out: String
    let err: String

    init(_ arguments: String...) {
        self.init(arguments)
    }

    init(_ arguments: [String]) {
        let out = Mutex("")
        let err = Mutex("")
        let console = Console(out: { text in out.withLock { $0 += text } },
                              err: { text in err.withLock { $0 += text } })
        status = CoopCheckMain.run(arguments, console: console)
        self.out = out.withLock { $0 }
        self.err = err.withLock { $0 }
    }
}
