#include "CAllocator.h"
#include <stdlib.h>   // defines __GLIBC__ under glibc

#if defined(__GLIBC__)
#include <malloc.h>

int gz_keep_freed_memory(size_t mmap_threshold, size_t trim_threshold) {
    // mallopt takes an int; glibc caps the mapping threshold at 32 MiB on 64-bit systems.
    int mapped = mallopt(M_MMAP_THRESHOLD, (int)mmap_threshold);
    int trimmed = mallopt(M_TRIM_THRESHOLD, (int)trim_threshold);
    return mapped == 1 && trimmed == 1;
}
#else
int gz_keep_freed_memory(size_t mmap_threshold, size_t trim_threshold) {
    (void)mmap_threshold;
    (void)trim_threshold;
    return 0;
}
#endif
