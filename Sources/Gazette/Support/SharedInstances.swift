import Foundation

/// Immutable stage data built once per process and key, then shared by every pipeline that
/// asks for it: the workers of a batch, and the pipelines a ``LanguageRouter`` builds for each
/// language it meets. A second worker's French pipeline then costs its ICU iterators and
/// scratch buffers, not the compiled gazetteer, the date vocabulary and the trigger tables
/// again (several milliseconds per language and worker, a large part of a batch of small
/// articles). Thread-safe: the first caller of a key builds the value under the lock
/// (values take milliseconds to build; callers of other keys wait that long).
final class SharedInstances<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The value for `key`, made by `make` on the first request; a failure is not kept.
    func value<E: Error>(for key: String, make: () throws(E) -> Value) throws(E) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let found = values[key] { return found }
        let made = try make()
        values[key] = made
        return made
    }
}
