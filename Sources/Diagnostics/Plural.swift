/// "1 error", "2 errors": a count and its noun, as every message and report writes them.
public func counted(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}
