#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fast paths of the break iterators opened so far in this process, one per locale.
///
/// Building a fast path and checking it against ICU costs far more than opening the iterator
/// (the word breaker runs ICU over about 2,000 code units in seven contexts, then over a de
/// Bruijn sample: 18 M instructions, several milliseconds), and for one locale and one ICU the
/// answer is always the same, while a batch opens iterators for each worker and each language.
/// So each is built and checked once. Values are immutable; a failed check is remembered too
/// (nil). Thread-safe.
final class FastPathCache<Value: Sendable>: @unchecked Sendable {
    private var values: [String: Value?] = [:]
    private var lock = pthread_mutex_t()

    init() { pthread_mutex_init(&lock, nil) }

    /// The value for `locale`, made by `make` on the first request (under the lock: once).
    func value(for locale: String, make: () -> Value?) -> Value? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let known = values[locale] { return known }
        let made = make()
        values[locale] = .some(made)
        return made
    }
}
