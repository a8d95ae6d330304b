import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Rules
import TestSupport
import Testing
import WebService

/// The server through HummingbirdTesting's in-process client: the page, the JSON API, and every
/// refusal — hostile archives, oversize and slow uploads, a full server, forged forms, tokens.
@Suite(.serialized) struct CheckServiceTests {
    static let packs = RuleLoader.loadEmbedded().packs
    static let sample = TestPaths.root.appendingPathComponent("Samples/dak-nong-2025")

    static func configuration(_ change: (inout ServiceConfiguration) -> Void = { _ in }) -> ServiceConfiguration {
        var configuration = ServiceConfiguration(packs: packs)
        configuration.currentYear = 2026
        change(&configuration)
        return configuration
    }

    /// A multipart/form-data body with text fields and files.
    static func form(_ fields: [(String, String)], files: [(name: String, data: Data)]) -> (HTTPFields, ByteBuffer) {
        let boundary = "coopcheck-test-boundary"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    static func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

    /// No upload folder is left behind once an answer is sent.
    static func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])
            .filter { $0.hasPrefix("coopcheck-upload-") }
    }

    @Test func healthAndSecurityHeaders() async throws {
        let app = Application(router: CheckService.router(Self.configuration()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response.body) == "ok\n")
                #expect(
                    response.headers[.contentSecurityPolicy]
                        == "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
                )
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func thePageIsAFormInVietnameseWithBothMapsOfProvinces() async throws {
        let app = Application(router: CheckService.router(Self.configuration()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = Self.text(response.body)
                #expect(response.status == .ok)
                #expect(page.contains("<html lang=\"vi\">"))
                #expect(page.contains("<h1>coopcheck — kiểm tra hồ sơ kinh tế tập thể</h1>"))
                #expect(page.contains("<option value=\"68\">68 — Tỉnh Lâm Đồng</option>"))
                #expect(page.contains("<option value=\"67\">67 — Tỉnh Đắk Nông</option>"))
                let checkForm = page.components(separatedBy: "</select>")[0]
                #expect(checkForm.components(separatedBy: "<option value=").count - 1 == 34 + 63)
                #expect(page.contains("<form method=\"get\" action=\"/template\">"))
                #expect(page.contains("<option selected>2025</option>"))
                #expect(!page.contains("<script"))
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasSuffix("; Path=/; HttpOnly; SameSite=Strict"))
                let token = cookie.dropFirst("coopcheck_csrf=".count).prefix { $0 != ";" }
                #expect(page.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"))
            }
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                #expect(Self.text(response.body).contains("<h1>coopcheck — check a collective-economy submission</h1>"))
            }
        }
    }

    @Test func theTemplateIsAWorkbookToDownload() async throws {
        let app = Application(router: CheckService.router(Self.configuration()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/template?province=68&period=2025", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"so-lieu-68-2025.xlsx\"")
                #expect(Data(buffer: response.body).starts(with: [0x50, 0x4B, 0x03, 0x04]))
            }
            try await client.execute(uri: "/template?province=67&period=2026", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theAPIChecksTheSampleWorkbookAsCheckDoesTheFolder() async throws {
        guard let book = try Python.workbook(of: Self.sample) else { return }
        defer { try? FileManager.default.removeItem(at: book.deletingLastPathComponent()) }
        let app = Application(router: CheckService.router(Self.configuration()))
        let (headers, body) = Self.form(
            [("province", "67"), ("period", "2025")], files: [("so-lieu-2025.xlsx", try Data(contentsOf: book))])
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                #expect(json["submissions"] as? [String] == ["so-lieu-2025.xlsx"])
                let summary = json["summary"] as! [String: Int]
                #expect(summary["violated"] == 140)
                #expect(summary["at_risk"] == 14)
                #expect(summary["met"] == 27)
            }
        }
        #expect(Self.leftovers() == [])
    }

    /// A workbook whose one cooperative has kind `HTXX`: an error at `'Hợp tác xã'!C2`.
    static let invalidWorkbook = """
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Hợp tác xã"
        ws.append(["Mã HTX", "Tên HTX", "Loại hình", "Lĩnh vực", "Ngày thành lập", "Tình trạng"])
        ws.append(["6700001", "HTX Tiêu", "HTXX", "nông nghiệp", "01/02/2020", "đang hoạt động"])
        wb.save("book.xlsx")
        """

    @Test func anInvalidUploadIs422WithEveryProblemAtItsCell() async throws {
        guard let folder = try Python.run(Self.invalidWorkbook) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: CheckService.router(Self.configuration()))
        let (headers, body) = Self.form(
            [("province", "67"), ("period", "2025")],
            files: [("book.xlsx", try Data(contentsOf: folder.appendingPathComponent("book.xlsx")))])
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                #expect(json["valid"] as? Bool == false)
                let errors = (json["diagnostics"] as! [[String: Any]]).filter { $0["severity"] as? String == "error" }
                #expect(errors.count == 1)
                #expect(errors.first?["file"] as? String == "book.xlsx")
                #expect(errors.first?["sheet"] as? String == "Hợp tác xã")
                #expect(errors.first?["cell"] as? String == "C2")
            }
        }
    }

    @Test func theClerkGetsTheWorkbookBackWithItsProblemsMarked() async throws {
        guard let folder = try Python.run(Self.invalidWorkbook) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: CheckService.router(Self.configuration()))
        var (form, body) = Self.form(
            [("csrf", "t"), ("province", "67"), ("period", "2025")],
            files: [("book.xlsx", try Data(contentsOf: folder.appendingPathComponent("book.xlsx")))])
        form[.cookie] = "coopcheck_csrf=t"
        let (headers, upload) = (form, body)
        let page = try await app.test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: headers, body: upload) { response in
                Self.text(response.body)
            }
        }
        #expect(page.contains("Sổ tính của tỉnh có đánh dấu các vấn đề (.xlsx)"))
        #expect(page.contains("<td>book.xlsx:&apos;Hợp tác xã&apos;!C2</td>"))
        let prefix =
            "download=\"book-van-de.xlsx\" href=\"data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,"
        let encoded = try #require(page.components(separatedBy: prefix).dropFirst().first?.prefix { $0 != "\"" })
        let marked = folder.appendingPathComponent("marked.xlsx")
        try #require(Data(base64Encoded: String(encoded))).write(to: marked)
        guard
            let read = try Python.run(
                """
                wb = openpyxl.load_workbook("\(marked.path)")
                problems = wb["Danh mục vấn đề"]
                row = [c.value for c in problems[2]]
                fill = wb["Hợp tác xã"]["C2"].fill.fgColor.rgb
                open("out.txt", "w").write(f"{wb.sheetnames}|{row[:3]}|{fill}|{wb['Hợp tác xã']['C2'].value}")
                """)
        else { return }
        defer { try? FileManager.default.removeItem(at: read) }
        #expect(
            try String(contentsOf: read.appendingPathComponent("out.txt"), encoding: .utf8)
                == "['Danh mục vấn đề', 'Hợp tác xã']|['Hợp tác xã', 'C2', 'lỗi']|FFFF9999|HTXX")
    }

    @Test func theFormNeedsItsAntiForgeryTokenAndShowsProblemsThenTheScorecard() async throws {
        guard let book = try Python.workbook(of: Self.sample) else { return }
        defer { try? FileManager.default.removeItem(at: book.deletingLastPathComponent()) }
        let app = Application(router: CheckService.router(Self.configuration()))
        let data = try Data(contentsOf: book)
        try await app.test(.router) { client in
            let (forged, forgedBody) = Self.form([("csrf", "guess"), ("province", "67")], files: [("b.xlsx", data)])
            try await client.execute(uri: "/check", method: .post, headers: forged, body: forgedBody) { response in
                #expect(response.status == .forbidden)
                #expect(Self.text(response.body).contains("biểu mẫu đã hết hạn"))
            }
            var (headers, body) = Self.form(
                [("csrf", "token-1"), ("province", "67"), ("period", "2025")], files: [("so-lieu.xlsx", data)])
            headers[.cookie] = "coopcheck_csrf=token-1"
            try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { response in
                let page = Self.text(response.body)
                #expect(response.status == .ok)
                #expect(page.contains("<h1>Kết quả: so-lieu.xlsx — tỉnh 67, kỳ 2025</h1>"))
                #expect(page.contains("<h2>Vấn đề của dữ liệu</h2>"))
                #expect(page.contains("<h2>Tóm tắt</h2>"))
                #expect(page.contains("download=\"coopcheck.json\""))
                #expect(page.contains("<svg class=\"chart\""))
                #expect(!page.contains("style=\""))
            }
        }
    }

    static func zip(_ script: String) throws -> Data? {
        guard let folder = try Python.run(script + "\n", needs: "zipfile") else { return nil }
        defer { try? FileManager.default.removeItem(at: folder) }
        return try Data(contentsOf: folder.appendingPathComponent("upload.zip"))
    }

    @Test func hostileArchivesAndOversizeUploadsAreRefusedWithTheirReason() async throws {
        guard
            let traversal = try Self.zip(
                #"z = zipfile.ZipFile("upload.zip", "w"); z.writestr("../../etc/cron.d/x", "x"); z.close()"#),
            let bomb = try Self.zip(
                #"z = zipfile.ZipFile("upload.zip", "w", zipfile.ZIP_DEFLATED); z.writestr("cooperatives.csv", b"0" * (64 << 20)); z.close()"#
            )
        else { return }
        let app = Application(
            router: CheckService.router(Self.configuration { $0.limits.maxUploadBytes = 1 << 20 }))
        try await app.test(.router) { client in
            for (data, status, code) in [
                (traversal, HTTPResponse.Status.unprocessableContent, "zipPathOutside"),
                (bomb, .unprocessableContent, "zipRatio"),
                (Data(count: 2 << 20), .contentTooLarge, "tooLarge"),
            ] {
                let (headers, body) = Self.form([("province", "67")], files: [("upload.zip", data)])
                try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == status)
                    #expect(Self.text(response.body).hasPrefix("{\"error\": {\"code\": \"\(code)\""))
                }
            }
        }
        #expect(Self.leftovers() == [])
    }

    @Test func aFullServerAnswers503WithRetryAfter() async throws {
        let app = Application(router: CheckService.router(Self.configuration { $0.limits.maxConcurrentChecks = 0 }))
        let (headers, body) = Self.form([], files: [("a.csv", Data("x".utf8))])
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
            }
        }
    }

    @Test func tokensOpenTheirProvinceOnly() async throws {
        let tokens = try AccessTokens.parse("# province tokens\n0123456789abcdef 67\n").get()
        let app = Application(router: CheckService.router(Self.configuration { $0.tokens = tokens }))
        try await app.test(.router) { client in
            for (fields, status) in [
                ([("province", "67")], HTTPResponse.Status.unauthorized),
                ([("province", "68"), ("token", "0123456789abcdef")], .forbidden),
                ([("province", "67"), ("token", "0123456789abcdef")], .badRequest),
            ] {
                // The last one passes the token and fails on what it sent: no file.
                let (headers, body) = Self.form(fields, files: [])
                try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == status)
                }
            }
        }
        switch AccessTokens.parse("short 67\n") {
        case .success: Issue.record("a short token was accepted")
        case .failure(let error): #expect(error.line == 1)
        }
    }
}
