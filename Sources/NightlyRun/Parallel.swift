import Synchronization
import Workers

/// Work items done on up to `workers` threads, each taking the next item as it finishes one, and
/// their results in the items' order, whatever order they finished in.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let next = Atomic<Int>(0)
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        Workers.perform(iterations: max(1, min(workers, count))) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                let result = body(i)
                results.withLock { $0[i] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
