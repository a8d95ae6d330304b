/// Scalar interpretation under the YAML 1.2 core schema: only plain scalars resolve to null,
/// booleans and numbers, and only `true`/`false` are booleans (not `yes`/`no`, which YAML 1.1
/// treats as booleans and which would turn the Norwegian country code into `false`).
extension Node {
    /// A plain `null`, `~` or empty scalar.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The boolean a plain `true`/`false` scalar stands for.
    public var bool: Bool? {
        guard case .scalar(let text, .plain) = content else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The integer a plain decimal scalar (`42`, `-7`, `+3`) stands for.
    public var int: Int? {
        guard case .scalar(let text, .plain) = content else { return nil }
        return Int(text)
    }
}
