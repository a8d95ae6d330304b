import Foundation
import PackagePlugin

/// Compiles the rule packs of `Rules/` into the target, so the executable carries them and works
/// with no `Rules/` folder beside it (`--rules` still overrides). Runs again whenever a pack
/// changes.
@main struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let packs = try FileManager.default.contentsOfDirectory(at: rules, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulePacks+Sources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(packs.count) rule packs",
                executable: try context.tool(named: "embed-rule-packs").url,
                arguments: [output.path] + packs.map(\.path),
                inputFiles: packs, outputFiles: [output])
        ]
    }
}
