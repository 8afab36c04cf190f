#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants of SHA-256 (FIPS 180-4).
extern const uint32_t gz_sha256_k[64];

/// Whether this processor has the SHA extensions (x86-64 SHA-NI with SSE4.1), so that
/// gz_sha256_blocks can be called. Always 0 on other architectures.
int gz_sha256_hardware(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (the eight SHA-256 words, in
/// order) with the processor's SHA instructions. Only when gz_sha256_hardware() is 1.
void gz_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
