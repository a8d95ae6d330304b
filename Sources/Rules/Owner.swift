import Diagnostics

/// Who owes an obligation: which findings a rule gives, and on which submission each is judged.
/// A province is judged only on what it owes; a national target is judged over every
/// submission's records together, and a province's submission shows its contribution to it.
public enum Owner: Hashable, Sendable {
    /// The country as a whole: a national target ("15.000 HTX … đến năm 2025").
    case nation
    /// The province a provincial pack binds, as a whole.
    case province
    /// Units, each owing the obligation for itself: every unit of a level, named units, or the
    /// central bodies a task's lead names.
    case units([OwnerTerm])

    /// The levels whose every unit owes the obligation.
    public var levels: [UnitLevel] {
        guard case .units(let terms) = self else { return [] }
        return terms.compactMap {
            if case .each(let level) = $0 { level } else { nil }
        }
    }

    /// The unit codes named as owners.
    public var codes: [String] {
        guard case .units(let terms) = self else { return [] }
        return terms.compactMap {
            if case .unit(let code) = $0 { code } else { nil }
        }
    }

    /// Whether central bodies (not enumerated) are among the owners.
    public var includesCentral: Bool {
        guard case .units(let terms) = self else { return false }
        return terms.contains(.central)
    }
}

/// One kind of owning unit in an `owner:` list.
public enum OwnerTerm: Hashable, Sendable {
    /// Every unit of the level the units file lists (`each district`), including those that
    /// sent nothing.
    case each(UnitLevel)
    /// One unit, by its code (`SKHDT`, `MPI`).
    case unit(String)
    /// The central bodies (ministries, the central alliance) a task's `lead` names: owed by no
    /// province, so judged only on a national submission, per lead unit its register names.
    case central
}
