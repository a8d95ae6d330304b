import Foundation
import Rules

/// How much one request may take, and how many checks run at once.
public struct ServiceLimits: Sendable {
    /// The largest request body, in bytes.
    public var maxUploadBytes = 50 << 20
    /// The most a .zip upload may expand to, in bytes.
    public var maxUnpackedBytes = 200 << 20
    public var maxFiles = 20
    /// Checks run at once; past them a request is answered 503 with Retry-After.
    public var maxConcurrentChecks = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// The time an upload may take to arrive, in seconds.
    public var uploadSeconds = 60
    /// What a 503 answer asks the client to wait, in seconds.
    public var retryAfterSeconds = 5

    public init() {}
}

/// Who may check which province, when the server is not open to all: access tokens read from a
/// file of `TOKEN PROVINCE` lines (`*` for every province; `#` starts a comment).
public struct AccessTokens: Sendable {
    let provinces: [String: String]

    public init(provinces: [String: String]) {
        self.provinces = provinces
    }

    /// The tokens of a file's text; nil (with the line) when a line is not `TOKEN PROVINCE`.
    public static func parse(_ text: String) -> Result<AccessTokens, AccessTokensError> {
        var provinces: [String: String] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: \.isWhitespace)
            if words.isEmpty { continue }
            guard words.count == 2, words[0].count >= 16 else { return .failure(AccessTokensError(line: index + 1)) }
            provinces[String(words[0])] = String(words[1])
        }
        return .success(AccessTokens(provinces: provinces))
    }

    /// Whether `token` opens `province`.
    func allows(_ token: String?, province: String) -> Bool {
        guard let token, let allowed = provinces[token] else { return false }
        return allowed == "*" || allowed == province
    }
}

/// A line of a token file that is not `TOKEN PROVINCE` with a token of 16 characters or more.
public struct AccessTokensError: Error, Sendable {
    public let line: Int
}

/// What `coopcheck serve` serves: the rule packs, the limits, and who may use it.
public struct ServiceConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var limits = ServiceLimits()
    public var packs: [RulePack]
    /// Nil: anyone may check any province (stateless validation, the default).
    public var tokens: AccessTokens?
    /// The year the form's period list ends with (the one after it): this year by default.
    public var currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    public init(packs: [RulePack]) {
        self.packs = packs
    }
}
