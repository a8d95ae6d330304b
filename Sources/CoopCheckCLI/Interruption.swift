import Dispatch
import Foundation
import Reporters

/// What an interrupted run does: SIGINT (Ctrl-C) or SIGTERM stop it at once, with no report
/// half-written, and exit 130 or 143 (128 + the signal), the shell's convention, so a nightly
/// job can tell an interruption from findings (1) and invalid input (2).
public enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; called once by the executable, never by the in-process tests.
    public static func install() {
        for signal in [SIGINT, SIGTERM] {
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                AtomicFile.removeUnfinished()
                FileHandle.standardError.write(Data("coopcheck: interrupted; no report is left half-written\n".utf8))
                _exit(128 + signal)
            }
            source.resume()
            sources.append(source)
        }
    }
}
