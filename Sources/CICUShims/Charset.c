#include "CICUShims.h"
#include "ShimError.h"
#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>

int32_t gz_detect_charsets(const char *bytes, int32_t length, char *names, int32_t *confidences,
                           int32_t maxMatches, char *err, size_t errCap) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return -1; }
    ucsdet_setText(det, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &status);
    if (U_FAILURE(status)) {
        /* U_INVALID_CHAR_FOUND: no charset fits at all. Not an error of the call. */
        int32_t result = status == U_INVALID_CHAR_FOUND ? 0 : -1;
        if (result < 0) gz_set_icu_error(err, errCap, status);
        ucsdet_close(det);
        return result;
    }
    int32_t n = found < maxMatches ? found : maxMatches;
    for (int32_t i = 0; i < n; i++) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        int32_t conf = ucsdet_getConfidence(matches[i], &s);
        if (U_FAILURE(s) || name == NULL) name = "";
        strncpy(names + i * 64, name, 63);
        names[i * 64 + 63] = '\0';
        confidences[i] = conf;
    }
    ucsdet_close(det);
    return n;
}

int32_t gz_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t cap, int strict, char *err, size_t errCap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
    if (strict) {
        ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    }
    int32_t n = ucnv_toUChars(cnv, (UChar *)out, cap, bytes, length, &status);
    ucnv_close(cnv);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return gz_result(n, cap, status, err, errCap);
}
