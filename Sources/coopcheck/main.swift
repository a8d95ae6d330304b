import CoopCheckCLI
import DataLoading

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

Interruption.install()
AddressSpace.economiseUnderLimit()
exit(CoopCheckMain.run(Array(CommandLine.arguments.dropFirst())))
