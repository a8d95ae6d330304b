import Foundation

/// Compares text with a golden file committed under `Tests/**/Fixtures/`. With
/// `COOPCHECK_UPDATE_GOLDEN=1` (what `make golden` sets) it rewrites the file instead; review
/// the diff before committing it.
public enum Golden {
    /// Nil when `actual` matches the golden file, or a message showing the first difference.
    public static func mismatch(_ actual: String, goldenFile path: URL) -> String? {
        if ProcessInfo.processInfo.environment["COOPCHECK_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try actual.write(to: path, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "cannot write golden file \(path.path): \(error)"
            }
        }
        // Decoded from the bytes as they are: a byte-order mark is part of the text compared.
        guard let bytes = try? Data(contentsOf: path) else {
            return "missing golden file \(path.path); run `make golden` to create it"
        }
        let expected = String(decoding: bytes, as: UTF8.self)
        guard actual != expected else { return nil }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let line =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? actualLines[line] : "<end of output>"
        let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
        return
            "output differs from \(path.lastPathComponent) at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\nrun `make golden` and review the diff if the change is intended"
    }
}

/// Paths of the test sources, found from this file's location so fixtures need not be copied.
public enum TestPaths {
    /// The repository's `Tests/` folder.
    public static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The repository root.
    public static let root = tests.deletingLastPathComponent()
}
