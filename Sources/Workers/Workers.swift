#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs work on several threads of its own, or on fewer — down to the calling thread alone —
/// when the system cannot give more (under a memory limit, or at the process's thread limit).
///
/// Dispatch's `concurrentPerform` waits for a thread it cannot create, retrying for ever; here a
/// thread that cannot be had is simply not used, so the result is the same, only slower.
public enum Workers {
    /// Calls `body(k)` once for each `k` in `0..<iterations`, concurrently where threads can be
    /// made, and returns when every call has returned.
    public static func perform(iterations: Int, _ body: (Int) -> Void) {
        guard iterations > 1 else {
            if iterations == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let job = Job(body: body)
            let context = Unmanaged.passRetained(job)
            defer { context.release() }
            var started: [(thread: pthread_t, call: UnsafeMutablePointer<Call>)] = []
            started.reserveCapacity(iterations - 1)
            var leftOver: [Int] = []
            for k in 1..<iterations {
                let call = UnsafeMutablePointer<Call>.allocate(capacity: 1)
                call.initialize(to: Call(job: context.toOpaque(), index: k))
                var thread = pthread_t()
                if pthread_create(&thread, nil, runCall, call) == 0 {
                    started.append((thread, call))
                } else {
                    call.deinitialize(count: 1)
                    call.deallocate()
                    leftOver.append(k)
                }
            }
            body(0)
            for k in leftOver { body(k) }
            for (thread, call) in started {
                pthread_join(thread, nil)
                call.deinitialize(count: 1)
                call.deallocate()
            }
        }
    }
}

/// The work shared by the threads of one `perform`.
private final class Job {
    let body: (Int) -> Void
    init(body: @escaping (Int) -> Void) { self.body = body }
}

/// One thread's share: the job and the iteration it runs.
private struct Call {
    let job: UnsafeMutableRawPointer
    let index: Int
}

#if canImport(Glibc)
    private func runCall(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        let call = argument!.assumingMemoryBound(to: Call.self).pointee
        Unmanaged<Job>.fromOpaque(call.job).takeUnretainedValue().body(call.index)
        return nil
    }
#else
    private func runCall(_ argument: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
        let call = argument.assumingMemoryBound(to: Call.self).pointee
        Unmanaged<Job>.fromOpaque(call.job).takeUnretainedValue().body(call.index)
        return nil
    }
#endif
