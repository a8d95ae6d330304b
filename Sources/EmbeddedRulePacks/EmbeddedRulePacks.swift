/// The rule packs of `Rules/`, compiled into the executable by the EmbedRulePacks build plugin,
/// so `check`, `validate` and `rules` work with no `Rules/` folder; `--rules PATH` reads others.
public enum EmbeddedRulePacks {}
