import Foundation
import TestSupport
import Testing

/// `coopcheck serve` as a clerk uses it: the real executable listening on a private port, its
/// page opened in real headless Chromium (selenium and chromedriver), the Đắk Nông sample
/// uploaded as one workbook, the scorecard read off the page.
@Suite struct BrowserTests {
    /// A running `coopcheck serve` on a free port, stopped when done.
    final class Server {
        let process = Process()
        let port: Int
        private let notices = Pipe()

        init() throws {
            port = Int.random(in: 20_000..<40_000)
            process.executableURL = Run.executable
            process.arguments = ["serve", "--port", "\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = notices
            try process.run()
        }

        var url: String { "http://127.0.0.1:\(port)/" }

        /// Waits until the server says it listens; false when it stops first.
        func ready() -> Bool {
            var said = ""
            while !said.contains("coopcheck serve: open") {
                let chunk = notices.fileHandleForReading.availableData
                if chunk.isEmpty { return false }
                said += String(decoding: chunk, as: UTF8.self)
            }
            // What it says later is read and let go, so that it never waits on a full pipe.
            notices.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
            return true
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Why the browser test cannot run here, or nil when it can.
    static var missing: String? {
        for path in ["/usr/bin/chromium", "/usr/bin/chromedriver"]
        where !FileManager.default.isExecutableFile(atPath: path) {
            return "\(path) is not installed (Debian: chromium chromium-driver; .ci/run installs them)"
        }
        return nil
    }

    @Test func aClerkUploadsTheSampleWorkbookAndReadsTheScorecard() throws {
        if let missing = Self.missing {
            print("skipped: the browser test needs Chromium: \(missing)")
            return
        }
        guard let book = try Python.workbook(of: TestPaths.root.appendingPathComponent("Samples/dak-nong-2025"))
        else { return }
        defer { try? FileManager.default.removeItem(at: book.deletingLastPathComponent()) }
        let server = try Server()
        #expect(server.ready(), "coopcheck serve did not answer on \(server.url)")
        let script = TestPaths.tests.appendingPathComponent("EndToEnd/browser.py").path
        guard
            let folder = try Python.run(
                "import subprocess, sys\nout = subprocess.run([sys.executable, \"\(script)\", \"check\", \"\(server.url)\", "
                    + "\"\(book.path)\"], capture_output=True, text=True, check=True).stdout\n"
                    + "open(\"page.json\", \"w\").write(out)",
                needs: "selenium")
        else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let page =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("page.json"))) as! [String: Any]
        let form = page["form"] as! [String: Any]
        #expect(form["title"] as? String == "coopcheck — kiểm tra hồ sơ kinh tế tập thể")
        #expect(form["provinces"] as? Int == 34 + 63)
        #expect(page["heading"] as? String == "Kết quả: book.xlsx — tỉnh 67, kỳ 2025")
        #expect(page["problems"] as? String == "Không có vấn đề: dữ liệu hợp lệ.")
        // The scorecard the page shows is `check`'s on the CSV folder: the same counts.
        #expect(
            page["summary"] as? String
                == "không đạt: 140; có nguy cơ không đạt: 14; thiếu dữ liệu: 35; đúng tiến độ: 4; ngoài nghĩa vụ: 24; đạt: 27"
        )
        #expect(page["downloads"] as? [String] == ["coopcheck.html", "coopcheck.json", "coopcheck.csv"])
        #expect((page["charts"] as? Int ?? 0) > 0)
        #expect(page["console"] as? [String] == [], "the browser reported errors (a blocked style, a missing file)")
    }
}
