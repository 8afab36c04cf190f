/// A growable byte buffer whose appends are a capacity test and a store: the storage of
/// ``JSONWriter``, which appends a few bytes at a time (an `Array` append also checks that its
/// buffer is unique and goes through more code each time).
///
/// A reference: ``JSONWriter`` copies it before writing when it is shared, so that writers
/// keep value semantics. Not thread-safe.
final class ByteBuffer {
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes, as an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always)
    func append(_ byte: UInt8) {
        if _slowPath(count == capacity) { grow(to: count + 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if _slowPath(count + bytes.count > capacity) { grow(to: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count &+= bytes.count
    }

    func append<S: Sequence<UInt8>>(contentsOf bytes: S) {
        for byte in bytes { append(byte) }
    }

    /// Forgets the bytes, keeping the capacity.
    func removeAll() { count = 0 }

    /// A buffer of its own with the same bytes.
    func copy() -> ByteBuffer {
        let copy = ByteBuffer(capacity: capacity)
        copy.append(UnsafeBufferPointer(start: base, count: count))
        return copy
    }

    @inline(never)
    private func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
