import Foundation

/// Python scripts the tests write their inputs with (openpyxl for workbooks, as a clerk's Excel
/// saves them): test tooling that `make setup` installs, never a dependency of coopcheck.
public enum Python {
    /// Runs `script` (after `import module`) in a fresh folder and returns the folder; nil, having
    /// printed why, when Python or the module is not installed.
    public static func run(_ script: String, needs module: String = "openpyxl") throws -> URL? {
        try run(["-c", "import \(module)\n" + script], needs: module)
    }

    /// The Đắk Nông-style workbook of a submission folder, written by Samples/tools/workbook.py
    /// into a fresh folder as `name`; nil (having printed why) without openpyxl.
    public static func workbook(of folder: URL, named name: String = "book.xlsx", excelHabits: Bool = false) throws
        -> URL?
    {
        let script = TestPaths.root.appendingPathComponent("Samples/tools/workbook.py").path
        guard
            let out = try run([script, folder.path, name] + (excelHabits ? ["--excel-habits"] : []), needs: "openpyxl")
        else { return nil }
        return out.appendingPathComponent(name)
    }

    /// What a checking script of Tests/Tools said: its exit status and its output.
    public struct ToolRun: Sendable {
        public let status: Int32
        public let output: String
    }

    /// Runs the script `Tests/Tools/name` on `arguments`; nil, having printed why, when Python or
    /// the module it needs is not installed.
    public static func tool(_ name: String, _ arguments: [String], needs module: String) throws -> ToolRun? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.tests.appendingPathComponent("Tools/\(name)").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch {
            print("skipped: python3 is needed to check the report with Tests/Tools/\(name)")
            return nil
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0, output.contains("No module named '\(module)'") {
            print("skipped: python3 with \(module) is needed by Tests/Tools/\(name) (make setup installs it)")
            return nil
        }
        return ToolRun(status: process.terminationStatus, output: output)
    }

    private static func run(_ arguments: [String], needs module: String) throws -> URL? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            print("skipped: python3 is needed to write test inputs")
            return nil
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self)
            if text.contains("No module named") {
                print("skipped: python3 with \(module) is needed to write test workbooks (make setup installs it)")
                return nil
            }
            throw PythonError(message: text)
        }
        return folder
    }
}

/// A test script that failed for a reason other than a missing module: the test fails with it.
public struct PythonError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "python3 failed: \(message)" }
}
