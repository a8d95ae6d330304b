import Foundation

/// SQL run on a file by another SQLite than coopcheck's (Python's sqlite3): to make files as other
/// programs would, and to read them without GRDB.
public enum OtherSQLite {
    /// Runs one statement, commits, and returns its rows, a line each with `|` between values.
    @discardableResult
    public static func run(_ path: String, _ statement: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); c.commit(); "
                + "print('\\n'.join('|'.join(str(v) for v in row) for row in r))",
            path, statement,
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
