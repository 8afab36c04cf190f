#ifndef GAZETTE_CALLOCATOR_H
#define GAZETTE_CALLOCATOR_H

#include <stddef.h>

/// Asks the C allocator to keep freed memory for reuse instead of returning it to the system:
/// blocks up to `mmap_threshold` bytes come from the heap (not from a fresh mapping each), and
/// the heap is not trimmed until `trim_threshold` bytes are free at its top. Returns 1 when the
/// allocator took both settings, 0 where it has no such settings (not glibc).
int gz_keep_freed_memory(size_t mmap_threshold, size_t trim_threshold);

#endif
