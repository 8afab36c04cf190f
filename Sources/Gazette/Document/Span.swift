/// A half-open range `[start, end)` of Unicode scalar offsets into a document's text,
/// counted from 0 — what Python, spaCy and brat call character offsets.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a span; `start <= end` is required.
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }
    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies within this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "[\(start), \(end))" }
}
