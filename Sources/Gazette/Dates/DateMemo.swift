/// The dates ``DateGrammar/date(at:)`` read at the cells of one sentence, found or not, until
/// ``forget()``. A reference with fixed storage (a larger sentence gets a new memo), so that
/// the grammar's non-mutating resolvers can remember without a copy of the grammar and without
/// exclusivity checks.
final class DateMemo {
    /// The number of cells it can remember.
    let capacity: Int
    /// Per cell: the generation in which its date was read (it is known when it equals the
    /// current generation).
    private let stamps: UnsafeMutablePointer<UInt32>
    /// Per cell: the date read, valid when its stamp is current.
    private let parts: UnsafeMutablePointer<DateGrammar.DatePart?>
    /// The current generation (one value).
    private let generation: UnsafeMutablePointer<UInt32>

    init(capacity: Int) {
        self.capacity = capacity
        stamps = .allocate(capacity: capacity)
        stamps.initialize(repeating: 0, count: capacity)
        parts = .allocate(capacity: capacity)
        parts.initialize(repeating: nil, count: capacity)
        generation = .allocate(capacity: 1)
        generation.initialize(to: 1)
    }

    deinit {
        parts.deinitialize(count: capacity)
        parts.deallocate()
        stamps.deallocate()
        generation.deallocate()
    }

    /// Whether the date at cell `i` (`0 ≤ i < capacity`) was read since the last ``forget()``.
    @inline(__always)
    func isKnown(_ i: Int) -> Bool { stamps[i] == generation.pointee }

    /// The date remembered at cell `i` (when ``isKnown(_:)``).
    @inline(__always)
    func part(_ i: Int) -> DateGrammar.DatePart? { parts[i] }

    /// Remembers the date read at cell `i`.
    @inline(__always)
    func remember(_ i: Int, _ d: DateGrammar.DatePart?) {
        stamps[i] = generation.pointee
        parts[i] = d
    }

    /// Forgets every date.
    func forget() {
        generation.pointee &+= 1
        if generation.pointee == 0 {
            stamps.update(repeating: 0, count: capacity)
            generation.pointee = 1
        }
    }
}
