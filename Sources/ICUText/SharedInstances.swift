#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Immutable values built once per process and key, then shared by every caller that asks.
///
/// The break iterators' fast paths, one per locale: building one and checking it against ICU
/// costs far more than opening the iterator (the word breaker runs ICU over about 2,000 code
/// units in seven contexts, then over a de Bruijn sample: 18 M instructions), and for one
/// locale and one ICU the answer is always the same (a failed check is kept too, as nil). The
/// stages' data per language (compiled gazetteers, date vocabularies, event tables): the
/// workers of a batch and the pipelines a language router builds share them instead of building
/// them again (several milliseconds per language and worker).
///
/// Thread-safe: the first caller of a key builds the value under the lock (values take
/// milliseconds to build; callers of other keys wait that long). A failure is not kept.
public final class SharedInstances<Value>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private var lock = pthread_mutex_t()

    public init() { pthread_mutex_init(&lock, nil) }

    /// The value for `key`, made by `make` on the first request.
    public func value<E: Error>(for key: String, make: () throws(E) -> Value) throws(E) -> Value {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let found = values[key] { return found }
        let made = try make()
        values[key] = made
        return made
    }
}
