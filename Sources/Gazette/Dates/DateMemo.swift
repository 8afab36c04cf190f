/// The dates ``DateGrammar/date(at:)`` read at the cells of one sentence, found or not, until
/// ``forget()``. A reference with fixed storage (a larger sentence gets a new memo), so that
/// the grammar's non-mutating resolvers can remember without a copy of the grammar and without
/// exclusivity checks.
final class DateMemo {
    /// The number of cells it can remember.
    let capacity: Int
    /// Per cell: twice the generation in which its date was read, plus one when a date was
    /// found (it is known when the stamp is the current generation's).
    private let stamps: UnsafeMutablePointer<UInt32>
    /// Per cell: the date found, valid when its stamp is current and odd. (Not optional: a copy
    /// of an optional out of the storage goes through the type's metadata.)
    private let parts: UnsafeMutablePointer<DateGrammar.DatePart>
    /// The current generation (one value).
    private let generation: UnsafeMutablePointer<UInt32>

    init(capacity: Int) {
        self.capacity = capacity
        stamps = .allocate(capacity: capacity)
        stamps.initialize(repeating: 0, count: capacity)
        parts = .allocate(capacity: capacity)
        parts.initialize(repeating: DateGrammar.DatePart(first: 0, end: 0, point: TimePoint(), anchor: .none), count: capacity)
        generation = .allocate(capacity: 1)
        generation.initialize(to: 2)
    }

    deinit {
        parts.deinitialize(count: capacity)
        parts.deallocate()
        stamps.deallocate()
        generation.deallocate()
    }

    /// Whether the date at cell `i` (`0 ≤ i < capacity`) was read since the last ``forget()``.
    @inline(__always)
    func isKnown(_ i: Int) -> Bool { stamps[i] & ~1 == generation.pointee }

    /// The date remembered at cell `i` (when ``isKnown(_:)``).
    @inline(__always)
    func part(_ i: Int) -> DateGrammar.DatePart? { stamps[i] & 1 != 0 ? parts[i] : nil }

    /// Remembers the date read at cell `i`.
    @inline(__always)
    func remember(_ i: Int, _ d: DateGrammar.DatePart?) {
        if let d {
            parts[i] = d
            stamps[i] = generation.pointee | 1
        } else {
            stamps[i] = generation.pointee
        }
    }

    /// Forgets every date.
    @inline(__always)
    func forget() {
        generation.pointee &+= 2
        if _slowPath(generation.pointee == 0) {
            stamps.update(repeating: 0, count: capacity)
            generation.pointee = 2
        }
    }
}
