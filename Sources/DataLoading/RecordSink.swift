import DataContract

/// Where a reader sends the valid records of a submission, one at a time. A record handed to
/// `accept` is reused for the next one; a sink that keeps it keeps a copy (copy-on-write makes
/// that automatic). Parts of a large file may be read on several cores, each into a `fork`, and
/// the forks are `merge`d back in file order. A submission with errors is not to be evaluated:
/// its sink may have received records that the merge then finds to repeat a key.
public protocol RecordSink: SendableMetatype {
    mutating func accept(_ record: Record)
    /// An empty sink of the same kind, for a later part of the data.
    func fork() -> Self
    /// Adds what a fork received, as if its records had come after this sink's.
    mutating func merge(_ other: Self)
}

/// Counts records and keeps nothing: for validation alone.
public struct CountingSink: RecordSink {
    public private(set) var count = 0

    public init() {}

    public mutating func accept(_ record: Record) { count += 1 }
    public func fork() -> CountingSink { CountingSink() }
    public mutating func merge(_ other: CountingSink) { count += other.count }
}

/// Keeps every record, by data set.
public struct CollectingSink: RecordSink {
    public private(set) var records: [DatasetKind: [Record]] = [:]

    public init() {}

    public mutating func accept(_ record: Record) { records[record.kind, default: []].append(record) }
    public func fork() -> CollectingSink { CollectingSink() }
    public mutating func merge(_ other: CollectingSink) {
        records.merge(other.records) { $0 + $1 }
    }
}
