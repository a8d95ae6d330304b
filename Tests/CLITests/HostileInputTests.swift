import Foundation
import TestSupport
import Testing

/// Submissions written to harm or simply broken: each is rejected by `validate` with exit 2 and
/// a positioned message, without crashing, hanging or reading past its limits. Every case is a
/// copy of the Đắk Nông sample with one thing done to it, validated by the coopcheck executable
/// in a process of its own, which is stopped if it has not finished within `bound` (a guard
/// against hangs; the cases take milliseconds). The first problem of each is in
/// `Fixtures/hostile.expected` (`make golden` rewrites it).
@Suite struct HostileInputTests {
    typealias Damage = @Sendable (_ folder: URL) throws -> Void

    /// Ten levels of ten aliases each: 10^10 nodes once expanded ("billion laughs").
    static var aliasBomb: String {
        var text = "bomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text +=
                "bomb\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return text
    }

    static func append(_ file: String, _ bytes: [UInt8]) -> Damage {
        { folder in
            let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(file))
            try handle.seekToEnd()
            try handle.write(contentsOf: bytes)
            try handle.close()
        }
    }

    static func replace(_ file: String, _ target: String, with replacement: String) -> Damage {
        { folder in
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: target, with: replacement).write(
                to: url, atomically: true, encoding: .utf8)
        }
    }

    static func swapTasks(_ make: @escaping @Sendable (URL) throws -> Void) -> Damage {
        { folder in
            let tasks = folder.appendingPathComponent("tasks.csv")
            try FileManager.default.removeItem(at: tasks)
            try make(tasks)
        }
    }

    static let manifest = "submission.yaml"
    static let cases: [(name: String, damage: Damage)] = [
        ("yaml-alias-bomb", append(manifest, Array(aliasBomb.utf8))),
        (
            "yaml-deep-nesting",
            append(
                manifest,
                Array(
                    ("deep: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n").utf8
                ))
        ),
        (
            "yaml-huge-scalar",
            append(
                manifest,
                Array("note: \"".utf8) + Array(repeating: UInt8(ascii: "x"), count: 2 << 20) + Array("\"\n".utf8))
        ),
        ("yaml-duplicate-key", replace(manifest, "period: 2025", with: "period: 2025\nperiod: 2024")),
        ("yaml-arbitrary-type-tag", replace(manifest, "unit: SKHDT", with: "unit: !!python/object:os.system SKHDT")),
        ("yaml-invalid-utf8", append(manifest, [0x23, 0x20, 0xC3, 0x28, 0x0A])),
        ("manifest-parent-path", replace(manifest, "path: tasks.csv", with: "path: ../../etc/passwd")),
        ("manifest-absolute-path", replace(manifest, "path: tasks.csv", with: "path: /etc/passwd")),
        (
            "data-link-leading-out",
            swapTasks {
                try FileManager.default.createSymbolicLink(
                    at: $0, withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
            }
        ),
        (
            "data-is-a-folder",
            swapTasks { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) }
        ),
        ("data-is-a-fifo", swapTasks { url in #expect(mkfifo(url.path, 0o600) == 0) }),
        (
            "csv-invalid-utf8",
            append("tasks.csv", Array("T9,".utf8) + [0xC3, 0x28] + Array(",x,2025,done,01/01/2025\n".utf8))
        ),
        ("csv-nul-byte", append("tasks.csv", Array("T9,SKHDT".utf8) + [0] + Array(",x,2025,done,01/01/2025\n".utf8))),
        ("csv-unterminated-quote", append("tasks.csv", Array("T9,\"SKHDT,x,2025,done,01/01/2025\n".utf8))),
        (
            "csv-100-mb-field",
            append(
                "tasks.csv",
                Array("T9,".utf8) + Array(repeating: UInt8(ascii: "x"), count: 100 << 20)
                    + Array(",x,2025,done,01/01/2025\n".utf8))
        ),
        ("csv-more-fields", append("tasks.csv", Array("T9,SKHDT,x,2025,done,01/01/2025,extra\n".utf8))),
        ("csv-fewer-fields", append("tasks.csv", Array("T9,SKHDT\n".utf8))),
        ("csv-utf16", swapTasks { try Data([0xFF, 0xFE] + Array("t\0a\0".utf8)).write(to: $0) }),
        // The second round (issue 17).
        ("csv-utf32", swapTasks { try Data([0xFF, 0xFE, 0, 0] + Array("t\0\0\0".utf8)).write(to: $0) }),
        ("manifest-dot-path", replace(manifest, "path: tasks.csv", with: "path: \".\"")),
        (
            "data-link-loop",
            swapTasks { try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: "tasks.csv") }
        ),
        (
            "data-dangling-link",
            swapTasks { try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: "gone.csv") }
        ),
        ("csv-duplicate-header", replace("tasks.csv", "task,lead_unit", with: "task,task,lead_unit")),
        ("csv-zero-width-code", replace("cooperatives.csv", ";HTX;", with: ";HTX\u{200B};")),
        ("csv-terminal-escape", append("tasks.csv", Array("T9,SKHDT,x,2025,\u{1B}[2Jdone,01/01/2025\n".utf8))),
    ]

    static let bound: TimeInterval = 60

    /// Runs `coopcheck validate` on a folder: its exit status (nil if stopped) and first output line.
    static func validate(_ folder: URL) throws -> (status: Int32?, first: String) {
        let process = Process()
        process.executableURL = Run.executable
        process.arguments = ["validate", folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Each case prints a few lines, well within the pipe's buffer, so waiting first is safe.
        let deadline = Date().addingTimeInterval(bound)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard !process.isRunning else {
            process.terminate()
            return (nil, "did not finish within \(Int(bound)) s")
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let first = String(decoding: text, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "(nothing)"
        return (process.terminationReason == .exit ? process.terminationStatus : nil, first)
    }

    @Test func everyHostileSubmissionIsRejectedWithAPositionedMessage() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Run.executable.path))
        let sample = TestPaths.root.appendingPathComponent("Samples/dak-nong-2025")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var lines: [String] = []
        for (name, damage) in Self.cases {
            let folder = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: sample, to: folder)
            try damage(folder)
            let (status, first) = try Self.validate(folder)
            lines.append(
                "\(name): exit \(status.map(String.init) ?? "none"): \(first.replacingOccurrences(of: scratch.path + "/", with: ""))"
            )
            #expect(status == 2, "\(name): \(first)")
            let positioned = first.firstMatch(of: #/^\S+:\d+:\d+: error: /#) != nil
            #expect(positioned, "\(name): \(first)")
        }
        let golden = TestPaths.tests.appendingPathComponent("CLITests/Fixtures/hostile.expected")
        if let problem = Golden.mismatch(lines.joined(separator: "\n") + "\n", goldenFile: golden) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
