/// Why an upload to `coopcheck serve` is refused before anything in it is checked. Sizes are in
/// bytes.
public enum UploadProblem: Error, Hashable, Sendable {
    /// The request is over the size limit.
    case tooLarge(limit: Int)
    /// Not multipart/form-data, or a form that cannot be read.
    case notAForm
    /// No file in the form.
    case noFiles
    /// More files than a submission has.
    case tooManyFiles(limit: Int)
    /// A form field that cannot be read: `period` not a period, an unknown province.
    case badField(String, value: String)
    /// The upload did not arrive within the time allowed.
    case timedOut(seconds: Int)
    /// A zip archive that cannot be opened.
    case zipUnreadable
    /// A zip entry whose name is absolute or climbs out with `..`: a path-traversal attempt.
    case zipPathOutside(String)
    /// A zip entry that is a symbolic link: it could point anywhere.
    case zipLink(String)
    case zipTooManyEntries(limit: Int)
    /// The entries expand past the limit: a zip bomb, or a submission too large to check here.
    case zipTooLarge(limit: Int)
    /// An entry that expands more than `limit` times its stored size: a zip bomb.
    case zipRatio(limit: Int)
    /// Every check slot is taken; try again after `retryAfter` seconds.
    case busy(retryAfter: Int)
    /// The access token is missing or unknown.
    case tokenRequired
    /// The token does not open the province asked for.
    case tokenNotForProvince(String)
    /// The form did not come from this server's page (its anti-forgery token does not match).
    case formExpired
}
