#include "ShimError.h"
#include <string.h>
#include <unicode/utypes.h>

void gz_set_error(char *err, size_t cap, const char *message) {
    if (err == NULL || cap == 0) return;
    strncpy(err, message, cap - 1);
    err[cap - 1] = '\0';
}

void gz_set_icu_error(char *err, size_t cap, int32_t status) {
    gz_set_error(err, cap, u_errorName((UErrorCode)status));
}

int32_t gz_result(int32_t length, int32_t cap, int32_t status, char *err, size_t errCap) {
    UErrorCode s = (UErrorCode)status;
    if (s == U_BUFFER_OVERFLOW_ERROR || (U_SUCCESS(s) && length > cap)) return -length;
    if (U_FAILURE(s)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
    return length;
}
