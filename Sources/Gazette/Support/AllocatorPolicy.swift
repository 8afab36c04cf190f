import CAllocator

/// How a process running Gazette asks the C allocator to treat freed memory.
///
/// A document's layers are a few large arrays (tokens: 8 bytes a token, the folded view: about
/// 17 bytes a token plus the text, …). By default glibc maps every block above 128 KiB afresh
/// and unmaps it when freed, so each document touches new pages: on this project's benchmark
/// machine a first touch costs about 1.7 µs a page, and a folder of 40 articles of 500 KB made
/// 42,000 page faults (a tenth of the CPU time). Kept in the heap, the memory of one document
/// serves the next: 5,800 faults for the same folder. Resident memory then stays at its high
/// mark instead of falling between documents; it still does not grow with their number.
///
/// Process-wide, so the library never calls it: executables do, once, at start
/// (`ingest`, `gazette-bench`).
public enum AllocatorPolicy {
    /// Blocks up to this size come from the heap (glibc's largest accepted value).
    public static let heapBlockLimit = 32 << 20
    /// Free memory kept at the top of the heap before it is returned to the system.
    public static let retainedFreeMemory = 256 << 20

    /// Keeps freed memory for reuse (see the type's documentation); returns whether the
    /// allocator took the settings (false where it is not glibc's).
    @discardableResult
    public static func keepFreedMemory() -> Bool {
        gz_keep_freed_memory(heapBlockLimit, retainedFreeMemory) == 1
    }
}
