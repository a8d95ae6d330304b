import Foundation
import Messages
import Reporters

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an interrupted run does: SIGINT (Ctrl-C) or SIGTERM stop it at once, with no report
/// half-written, and exit 130 or 143 (128 + the signal), the shell's convention, so a nightly
/// job can tell an interruption from findings (1) and invalid input (2).
///
/// The signals are taken by a thread of their own, started before any other and waiting in
/// `sigwait`: answering needs no new thread and no allocation, so a run that has exhausted its
/// memory or its threads still stops when told to.
public enum Interruption {
    /// The notice, in bytes ready for write(2).
    nonisolated(unsafe) private static var message: [UInt8] = []
    nonisolated(unsafe) private static var signals = sigset_t()

    /// Installs the handler; called once by the executable, first, never by the in-process tests.
    /// The message is said in the environment's language, as the command has not been read yet.
    public static func install() {
        message = Array(
            (Catalogues.of(.preferred(by: ProcessInfo.processInfo.environment)).phrase(.notice(.interrupted)) + "\n")
                .utf8)
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        // Blocked here, and so in every thread started later, which inherit the mask: only the
        // waiting thread takes them.
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        var thread = pthread_t()
        if pthread_create(&thread, nil, waitForSignal, nil) != 0 {
            // No thread to wait with: the signals keep their default action, which ends the run.
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        }
    }

    fileprivate static func answer() -> Never {
        var signal: Int32 = 0
        while sigwait(&signals, &signal) != 0 {}
        AtomicFile.removeUnfinished()
        message.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
        _exit(128 + signal)
    }
}

#if canImport(Glibc)
    private func waitForSignal(_: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? { Interruption.answer() }
#else
    private func waitForSignal(_: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? { Interruption.answer() }
#endif
