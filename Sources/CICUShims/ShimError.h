/* Internal to CICUShims: error reporting shared by the .c files. Plain C types only, like
 * every header here: ICU's headers are included by the .c files alone. */
#ifndef GZ_SHIM_ERROR_H
#define GZ_SHIM_ERROR_H
#include <stddef.h>
#include <stdint.h>

/* Copies `message` into the caller's buffer. */
void gz_set_error(char *err, size_t cap, const char *message);

/* Copies ICU's name of `status` (a UErrorCode) into the caller's buffer. */
void gz_set_icu_error(char *err, size_t cap, int32_t status);

/* Maps an ICU length-returning call to the shim's convention: the length, -(needed) when the
 * buffer was too small, INT32_MIN on error (with the error name written). */
int32_t gz_result(int32_t length, int32_t cap, int32_t status, char *err, size_t errCap);
#endif
