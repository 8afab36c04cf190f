#include "CICUShims.h"
#include "ShimError.h"
#include <math.h>
#include <stdio.h>
#include <unicode/ucal.h>

#define GZ_MS_PER_DAY 86400000.0

/* Opens a calendar of kind `calendar` in UTC, or NULL with the error written. */
static UCalendar *gz_open_calendar(const char *calendar, char *err, size_t errCap) {
    char locale[96];
    snprintf(locale, sizeof locale, "en@calendar=%s", calendar);
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode status = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, 3, locale, UCAL_DEFAULT, &status);
    if (U_FAILURE(status)) {
        gz_set_icu_error(err, errCap, status);
        if (cal) ucal_close(cal);
        return NULL;
    }
    return cal;
}

int32_t gz_calendar_days(const char *calendar, const int32_t *fields, int32_t count,
                         int64_t *days, char *err, size_t errCap) {
    UCalendar *cal = gz_open_calendar(calendar, err, errCap);
    if (!cal) return -1;
    for (int32_t i = 0; i < count; i++) {
        const int32_t *f = fields + 4 * i;
        ucal_clear(cal);
        ucal_set(cal, UCAL_EXTENDED_YEAR, f[0]);
        ucal_set(cal, UCAL_MONTH, f[1]);
        ucal_set(cal, UCAL_IS_LEAP_MONTH, f[3]);
        ucal_set(cal, UCAL_DATE, f[2]);
        UErrorCode status = U_ZERO_ERROR;
        UDate ms = ucal_getMillis(cal, &status);
        if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); ucal_close(cal); return -1; }
        days[i] = (int64_t)floor(ms / GZ_MS_PER_DAY);
    }
    ucal_close(cal);
    return count;
}

int32_t gz_calendar_dates(const char *calendar, const int64_t *days, int32_t count,
                          int32_t *fields, char *err, size_t errCap) {
    UCalendar *cal = gz_open_calendar(calendar, err, errCap);
    if (!cal) return -1;
    for (int32_t i = 0; i < count; i++) {
        UErrorCode status = U_ZERO_ERROR;
        ucal_setMillis(cal, (UDate)days[i] * GZ_MS_PER_DAY + GZ_MS_PER_DAY / 2, &status);
        int32_t *f = fields + 4 * i;
        f[0] = ucal_get(cal, UCAL_EXTENDED_YEAR, &status);
        f[1] = ucal_get(cal, UCAL_MONTH, &status);
        f[2] = ucal_get(cal, UCAL_DATE, &status);
        f[3] = ucal_get(cal, UCAL_IS_LEAP_MONTH, &status);
        if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); ucal_close(cal); return -1; }
    }
    ucal_close(cal);
    return count;
}
