import Foundation

/// A file's path as SARIF names it: a relative URI reference against a base folder, every byte
/// outside RFC 3986's unreserved characters percent-encoded (`nộp báo cáo/a#1.csv` is
/// `n%E1%BB%99p%20b%C3%A1o%20c%C3%A1o/a%231.csv`), so code scanning resolves it to the file in
/// the repository.
struct ArtifactURI {
    /// The absolute folder relative paths are read against (the working directory).
    let workingDirectory: String
    /// The absolute folder URIs are relative to (`%SRCROOT%`).
    let root: String

    init(workingDirectory: String, root: String?) {
        self.workingDirectory = Self.absolute(workingDirectory, in: "/")
        self.root = Self.absolute(root ?? workingDirectory, in: self.workingDirectory)
    }

    /// The path, relative to the root (`../` where it lies outside it), percent-encoded.
    func relative(_ path: String) -> String {
        steps(to: path).map(Self.encoded).joined(separator: "/")
    }

    /// The path relative to the root, as text: the same file however the command was given it.
    func relativePath(_ path: String) -> String {
        steps(to: path).joined(separator: "/")
    }

    private func steps(to path: String) -> [String] {
        let target = Self.components(Self.absolute(path, in: workingDirectory))
        let base = Self.components(root)
        let shared = zip(target, base).prefix { $0 == $1 }.count
        return Array(repeating: "..", count: base.count - shared) + target.dropFirst(shared)
    }

    /// `file:///…/`, the root as an absolute URI for `originalUriBaseIds`.
    var rootURI: String {
        "file:///" + Self.components(root).map(Self.encoded).joined(separator: "/") + (root == "/" ? "" : "/")
    }

    /// A path made absolute against `folder`, with `.` and `..` resolved.
    static func absolute(_ path: String, in folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func components(_ absolute: String) -> [String] {
        absolute.split(separator: "/").map(String.init)
    }

    /// One path segment with every byte but `A–Z a–z 0–9 - . _ ~` percent-encoded.
    static func encoded(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
