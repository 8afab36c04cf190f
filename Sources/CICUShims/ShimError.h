/* Internal to CICUShims: error reporting shared by the .c files. */
#ifndef GZ_SHIM_ERROR_H
#define GZ_SHIM_ERROR_H
#include <stddef.h>
#include <string.h>
#include <unicode/utypes.h>

static inline void gz_set_error(char *err, size_t cap, const char *message) {
    if (err == NULL || cap == 0) return;
    strncpy(err, message, cap - 1);
    err[cap - 1] = '\0';
}

static inline void gz_set_icu_error(char *err, size_t cap, UErrorCode status) {
    gz_set_error(err, cap, u_errorName(status));
}

/* Maps an ICU length-returning call to the shim's return convention. */
static inline int32_t gz_result(int32_t length, int32_t cap, UErrorCode status, char *err, size_t errCap) {
    if (status == U_BUFFER_OVERFLOW_ERROR || (U_SUCCESS(status) && length > cap)) return -length;
    if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
    return length;
}
#endif
