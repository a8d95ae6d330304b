import CoopCheckCLI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(CoopCheckMain.run(Array(CommandLine.arguments.dropFirst())))
