#include "CICUShims.h"
#include "ShimError.h"
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

int32_t gz_normalize(gz_normal_form form, const uint16_t *text, int32_t length,
                     uint16_t *out, int32_t cap, char *err, size_t errCap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *norm = NULL;
    switch (form) {
    case GZ_NFC: norm = unorm2_getNFCInstance(&status); break;
    case GZ_NFD: norm = unorm2_getNFDInstance(&status); break;
    case GZ_NFKC: norm = unorm2_getNFKCInstance(&status); break;
    case GZ_NFKD: norm = unorm2_getNFKDInstance(&status); break;
    default: gz_set_error(err, errCap, "unknown normal form"); return INT32_MIN;
    }
    if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
    int32_t n = unorm2_normalize(norm, (const UChar *)text, length, (UChar *)out, cap, &status);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return gz_result(n, cap, status, err, errCap);
}

int32_t gz_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap,
                     char *err, size_t errCap) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_strFoldCase((UChar *)out, cap, (const UChar *)text, length, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return gz_result(n, cap, status, err, errCap);
}

int32_t gz_char_category(uint32_t codePoint) {
    return (int32_t)u_charType((UChar32)codePoint);
}

int32_t gz_script(uint32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codePoint, &status);
    return U_SUCCESS(status) ? (int32_t)code : -1;
}
