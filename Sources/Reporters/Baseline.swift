import Foundation

/// The violations an earlier check knew, by fingerprint: read from its JSON report
/// (`--write-baseline`, or any `--format json` report), so that a job fails only on new ones.
public struct Baseline: Sendable {
    public let file: String
    public let fingerprints: Set<String>

    /// Why a baseline cannot be used.
    public enum ReadError: Error, Equatable {
        case unreadable(file: String, reason: String)
        /// Not JSON, or JSON without the `violations` list of a coopcheck report.
        case notAReport(file: String)
    }

    public init(file: String, fingerprints: Set<String>) {
        self.file = file
        self.fingerprints = fingerprints
    }

    public static func read(_ file: String) throws(ReadError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw .unreadable(file: file, reason: String(cString: strerror(errno)))
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let violations = root["violations"] as? [[String: Any]]
        else { throw .notAReport(file: file) }
        return Baseline(file: file, fingerprints: Set(violations.compactMap { $0["fingerprint"] as? String }))
    }

    /// The violations it knows and the new ones, each in the order given.
    public func split(_ violations: [Violation]) -> (known: [Violation], new: [Violation]) {
        (
            violations.filter { fingerprints.contains($0.fingerprint) },
            violations.filter { !fingerprints.contains($0.fingerprint) }
        )
    }
}
