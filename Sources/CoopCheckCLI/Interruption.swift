import Dispatch
import Foundation
import Messages
import Reporters

/// What an interrupted run does: SIGINT (Ctrl-C) or SIGTERM stop it at once, with no report
/// half-written, and exit 130 or 143 (128 + the signal), the shell's convention, so a nightly
/// job can tell an interruption from findings (1) and invalid input (2).
public enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; called once by the executable, never by the in-process tests. The
    /// message is said in the environment's language, as the command has not been read yet.
    public static func install() {
        let message = Data(
            (Catalogues.of(.preferred(by: ProcessInfo.processInfo.environment)).phrase(.notice(.interrupted)) + "\n")
                .utf8)
        for signal in [SIGINT, SIGTERM] {
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                AtomicFile.removeUnfinished()
                FileHandle.standardError.write(message)
                _exit(128 + signal)
            }
            source.resume()
            sources.append(source)
        }
    }
}
