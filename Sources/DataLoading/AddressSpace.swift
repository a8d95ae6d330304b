#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The memory a process may map, when a limit is set (`ulimit -v`, a container's rlimit), and
/// whether a submission's tables will fit in what is left: an allocation that fails in Swift
/// ends the program, so a need that can be foreseen is checked before reading, and refused in
/// words with exit 2.
public enum AddressSpace {
    /// The limit on mapped memory in bytes, or nil when there is none.
    public static var limit: Int? {
        var limit = rlimit()
        #if canImport(Glibc)
            guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else { return nil }
        #else
            guard getrlimit(RLIMIT_AS, &limit) == 0 else { return nil }
        #endif
        return limit.rlim_cur == rlim_t.max ? nil : Int(clamping: limit.rlim_cur)
    }

    /// Under a limit, makes the threads share one malloc arena instead of reserving 64 MB of
    /// address space each, which a limit of a few hundred megabytes cannot afford.
    public static func economiseUnderLimit() {
        #if canImport(Glibc)
            // mallopt is declared in <malloc.h>, which the Glibc module leaves out.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let arenaMax: Int32 = -8  // M_ARENA_MAX
            guard limit != nil, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }

    /// What reading data files of `bytes` bytes needs beyond what is mapped now, estimated from
    /// measured runs: the records, their key tables and the threads that read them.
    static func needed(forDataBytes bytes: Int) -> Int {
        bytes / 4 * 3 + min(48 << 20, 8 << 20 + bytes * 4)
    }

    /// Whether `bytes` more can be mapped now: tried by mapping that much address space, without
    /// memory behind it, and unmapping it at once. Always true when no limit is set.
    static func canReserve(_ bytes: Int) -> Bool {
        guard limit != nil else { return true }
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        guard let block = mmap(nil, bytes, PROT_NONE, flags, -1, 0), block != MAP_FAILED else { return false }
        munmap(block, bytes)
        return true
    }
}
