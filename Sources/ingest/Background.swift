import Foundation

/// A value computed on a thread of its own from the moment it is created; ``value`` waits
/// for it. For start-up work that needs nothing the main thread is building.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?
    private var waited = false

    init(_ make: @escaping @Sendable () -> Value) {
        Thread {
            self.result = make()
            self.done.signal()
        }.start()
    }

    /// The value, once computed (the first call waits; later ones return it at once). To be
    /// read from one thread only.
    var value: Value {
        if !waited {
            done.wait()
            waited = true
        }
        return result!
    }
}
