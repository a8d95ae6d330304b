import Foundation

// Writes a Swift source holding rule-pack files as string literals: `embed-rule-packs OUT FILE...`.
// Each file is named `Rules/<its name>`, as the packs are named when read from the repository.

/// A raw multi-line literal of `text`, with enough `#` that nothing in the text ends it or
/// escapes from it.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    // The newline before the closing delimiter is not part of the literal.
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-rule-packs OUT FILE...\n".utf8))
    exit(2)
}
var source = """
    // Generated at build time by embed-rule-packs from Rules/*.yaml; not committed, not edited.

    extension EmbeddedRulePacks {
        /// The shipped rule packs, each named as its file in the repository, with its text.
        public static let files: [(name: String, text: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-rule-packs: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    source += "(\"Rules/\(url.lastPathComponent)\", \(literal(text))),\n"
}
source += "]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-rule-packs: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
