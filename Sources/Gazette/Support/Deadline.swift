#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The moment by which a document must be processed: a time budget on the monotonic clock.
///
/// Stages check it cooperatively at safe points (``Document/checkDeadline(stage:)``: the
/// pipeline before each stage, the segmenter per chunk of text, the entity stage between its
/// passes), so a document over budget stops with ``GazetteError/timedOut(file:stage:seconds:)``
/// and leaves no half-built layer behind; a batch goes on with the next document. A check
/// reads the clock once (tens of nanoseconds) and runs about once per 16 K characters.
public struct Deadline: Sendable, Hashable {
    /// The budget, in seconds, as given (named in the error).
    public let seconds: Double
    /// The monotonic clock reading, in nanoseconds, after which the budget is spent.
    public let limit: UInt64

    /// A deadline `seconds` after `start` (a ``now()`` reading; by default, now).
    public init(seconds: Double, from start: UInt64 = Deadline.now()) {
        self.seconds = seconds
        let budget = seconds <= 0 ? 0 : seconds >= 1e9 ? UInt64.max / 2 : UInt64(seconds * 1e9)
        limit = start &+ budget
    }

    /// The monotonic clock, in nanoseconds.
    public static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }

    /// Whether the budget is spent.
    public var hasPassed: Bool { Deadline.now() > limit }
}

extension Document {
    /// Throws ``GazetteError/timedOut(file:stage:seconds:)`` when the document has a
    /// ``deadline`` and it has passed. Stages call it at safe points, between units of work
    /// whose cost is bounded (a chunk, a pass), never in the middle of a layer.
    public func checkDeadline(stage: String) throws(GazetteError) {
        if let deadline, deadline.hasPassed {
            throw .timedOut(file: source ?? id, stage: stage, seconds: deadline.seconds)
        }
    }
}
