import Diagnostics
import Expressions
import Foundation
import HTTPTypes
import Hummingbird
import Messages
import Reporters
import SubmissionTemplates
import Synchronization

/// `coopcheck serve`: a page where a province checks its workbook, and the same as a JSON API.
///
/// - `GET /` — the form (Vietnamese; `?lang=en` for English);
/// - `POST /check` — the form's upload: the problems of the data by cell, then the scorecard;
/// - `POST /api/check` — multipart `files`, `province`, `period`: the JSON report of
///   `check --format json`, or 422 with the validation report when the data is not valid;
/// - `GET /healthz` — 200 while the server runs.
///
/// Each upload goes to a private folder removed with the answer; at most
/// `limits.maxConcurrentChecks` run at once, and past them the answer is 503 with Retry-After.
public enum CheckService {
    /// The server; `onRunning` is called once it listens.
    public static func application(
        _ configuration: ServiceConfiguration, onRunning: @escaping @Sendable () -> Void = {}
    ) -> some ApplicationProtocol {
        Application(
            router: router(configuration),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.limits.uploadSeconds)))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "coopcheck"),
            onServerRunning: { _ in onRunning() })
    }

    /// Serves until the process is told to stop (SIGINT, SIGTERM); the error that stopped it
    /// otherwise (a port in use).
    public static func serve(_ configuration: ServiceConfiguration, onRunning: @escaping @Sendable () -> Void) -> Error?
    {
        let outcome = Mutex<Error?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await application(configuration, onRunning: onRunning).runService()
            } catch {
                outcome.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        return outcome.withLock { $0 }
    }

    public static func router(_ configuration: ServiceConfiguration) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let gate = CheckGate(limit: configuration.limits.maxConcurrentChecks)
        router.middlewares.add(SecurityHeaders())
        router.get("/healthz") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Pages.style)))
        }
        router.get("/") { request, _ in
            let c = catalogue(request)
            let token = UUID().uuidString
            let year = configuration.currentYear
            var response = html(.ok, Pages.form(c, csrf: token, tokens: configuration.tokens != nil, year: year))
            response.headers[.setCookie] = "\(csrfCookie)=\(token); Path=/; HttpOnly; SameSite=Strict"
            return response
        }
        router.get("/template") { request, _ in
            let c = catalogue(request)
            let province = request.uri.queryParameters["province"].map(String.init) ?? ""
            let period =
                request.uri.queryParameters["period"].flatMap { Int(String($0)) } ?? configuration.currentYear - 1
            guard let template = SubmissionTemplate(province: province, period: period, packs: configuration.packs),
                let data = try? template.workbookData()
            else {
                let problem = UploadProblem.badField("province", value: province)
                return refusal(problem, Pages.refused(problem, c), type: htmlType)
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    .contentDisposition: "attachment; filename=\"\(template.workbookName)\"",
                ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.post("/check") { request, _ in
            let c = catalogue(request)
            let outcome = await upload(request, configuration: configuration, gate: gate, form: true)
            switch outcome {
            case .refused(let problem):
                return refusal(problem, Pages.refused(problem, c), type: htmlType)
            case .checked(let check):
                return html(.ok, Pages.result(check, c, options: ReportOptions(language: c.language)))
            }
        }
        router.post("/api/check") { request, _ in
            let outcome = await upload(request, configuration: configuration, gate: gate, form: false)
            switch outcome {
            case .refused(let problem):
                return refusal(problem, ValidationJSON.refusal(problem), type: jsonType)
            case .checked(let check):
                guard let result = check.result else {
                    return json(.unprocessableContent, ValidationJSON.generate(check.report))
                }
                return json(.ok, JSONReporter.generateReport(result, options: ReportOptions()))
            }
        }
        return router
    }

    static let csrfCookie = "coopcheck_csrf"

    /// What became of an upload.
    enum Outcome {
        case refused(UploadProblem)
        case checked(SubmissionCheck)
    }

    /// Takes a check slot, reads the upload into a private folder, checks it and removes it.
    static func upload(_ request: Request, configuration: ServiceConfiguration, gate: CheckGate, form: Bool) async
        -> Outcome
    {
        let limits = configuration.limits
        guard gate.enter() else { return .refused(.busy(retryAfter: limits.retryAfterSeconds)) }
        defer { gate.leave() }
        let folder: UploadFolder
        do { folder = try UploadFolder.make() } catch { return .refused(.notAForm) }
        defer { folder.remove() }
        do throws(UploadProblem) {
            let uploaded = try await UploadedForm.read(
                request.body, contentType: request.headers[.contentType],
                declaredLength: request.headers[.contentLength].flatMap(Int.init), into: folder, limits: limits)
            if form, uploaded.fields["csrf"] == nil || uploaded.fields["csrf"] != cookie(csrfCookie, in: request) {
                throw .formExpired
            }
            if let tokens = configuration.tokens {
                let token = uploaded.fields["token"] ?? bearer(request)
                guard token != nil, tokens.provinces[token!] != nil else { throw .tokenRequired }
                let province = uploaded.fields["province"] ?? ""
                guard tokens.allows(token, province: province) else { throw .tokenNotForProvince(province) }
            }
            let source = try SubmissionCheck.source(of: uploaded, in: folder, limits: limits)
            return .checked(
                await SubmissionCheck.run(
                    source, files: uploaded.files, fields: uploaded.fields, packs: configuration.packs,
                    shownIn: folder, language: catalogue(request).language))
        } catch {
            return .refused(error)
        }
    }

    static func status(of problem: UploadProblem) -> HTTPResponse.Status {
        switch problem {
        case .tooLarge, .zipTooLarge: .contentTooLarge
        case .timedOut: .requestTimeout
        case .busy: .serviceUnavailable
        case .tokenRequired: .unauthorized
        case .tokenNotForProvince, .formExpired: .forbidden
        case .zipPathOutside, .zipLink, .zipRatio, .zipTooManyEntries, .zipUnreadable: .unprocessableContent
        case .notAForm, .noFiles, .tooManyFiles, .badField: .badRequest
        }
    }

    /// A refusal's answer: its status and, for a full server, when to come back.
    static func refusal(_ problem: UploadProblem, _ body: String, type: String) -> Response {
        var response = Response(
            status: status(of: problem), headers: [.contentType: type],
            body: .init(byteBuffer: ByteBuffer(string: body)))
        if case .busy(let seconds) = problem { response.headers[.retryAfter] = "\(seconds)" }
        return response
    }

    /// The page's language: `?lang=en` or `?lang=vi`, Vietnamese by default.
    static func catalogue(_ request: Request) -> any Catalogue {
        Catalogues.of(request.uri.queryParameters["lang"].map(String.init) == "en" ? .en : .vi)
    }

    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, parts[0] == name { return parts[1] }
            }
        }
        return nil
    }

    static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization], value.hasPrefix("Bearer ") else { return nil }
        return String(value.dropFirst("Bearer ".count))
    }

    static let htmlType = "text/html; charset=utf-8"
    static let jsonType = "application/json; charset=utf-8"

    static func html(_ status: HTTPResponse.Status, _ page: String) -> Response {
        Response(status: status, headers: [.contentType: htmlType], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: jsonType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Headers every answer carries: a strict Content-Security-Policy (nothing but this server's
/// stylesheet; no script, frame, or form sent elsewhere), no sniffing, no referrer, no caching.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
