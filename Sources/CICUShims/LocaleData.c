#include "CICUShims.h"
#include "ShimError.h"
#include <string.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/uversion.h>

int32_t gz_date_symbols(const char *locale, gz_date_symbol which, uint16_t *out, int32_t cap,
                        char *err, size_t errCap) {
    UDateFormatSymbolType type;
    int32_t first, count;
    switch (which) {
    case GZ_SYMBOL_MONTHS: type = UDAT_MONTHS; first = 0; count = 12; break;
    case GZ_SYMBOL_SHORT_MONTHS: type = UDAT_SHORT_MONTHS; first = 0; count = 12; break;
    case GZ_SYMBOL_STANDALONE_MONTHS: type = UDAT_STANDALONE_MONTHS; first = 0; count = 12; break;
    case GZ_SYMBOL_WEEKDAYS: type = UDAT_WEEKDAYS; first = 1; count = 7; break;
    case GZ_SYMBOL_SHORT_WEEKDAYS: type = UDAT_SHORT_WEEKDAYS; first = 1; count = 7; break;
    case GZ_SYMBOL_STANDALONE_WEEKDAYS: type = UDAT_STANDALONE_WEEKDAYS; first = 1; count = 7; break;
    default: gz_set_error(err, errCap, "unknown date symbol"); return INT32_MIN;
    }
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *fmt = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, 0, NULL, 0, &status);
    if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
    int32_t total = 0;
    UChar buf[128];
    for (int32_t i = first; i < first + count; i++) {
        UErrorCode s = U_ZERO_ERROR;
        int32_t n = udat_getSymbols(fmt, type, i, buf, 128, &s);
        if (U_FAILURE(s) || n > 127) n = 0;
        for (int32_t k = 0; k < n; k++) {
            if (total < cap) out[total] = buf[k];
            total++;
        }
        if (total < cap) out[total] = 0;
        total++;
    }
    udat_close(fmt);
    return total <= cap ? total : -total;
}

int32_t gz_region_codes(char *out, int32_t cap) {
    const char *const *codes = uloc_getISOCountries();
    int32_t total = 0;
    for (int32_t i = 0; codes[i] != NULL; i++) {
        for (const char *c = codes[i]; ; c++) {
            if (total < cap) out[total] = *c;
            total++;
            if (*c == '\0') break;
        }
    }
    return total <= cap ? total : -total;
}

int32_t gz_region_name(const char *region, const char *displayLocale, uint16_t *out, int32_t cap,
                       char *err, size_t errCap) {
    char localeID[16] = "und_";
    strncat(localeID, region, 8);
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(localeID, displayLocale, (UChar *)out, cap, &status);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    if (status == U_USING_DEFAULT_WARNING || status == U_USING_FALLBACK_WARNING) status = U_ZERO_ERROR;
    return gz_result(n, cap, status, err, errCap);
}

const char *gz_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
