import CoopCheckCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

Interruption.install()
exit(CoopCheckMain.run(Array(CommandLine.arguments.dropFirst())))
