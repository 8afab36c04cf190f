#include "CICUShims.h"
#include "ShimError.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/udata.h>
#include <string.h>

struct gz_breaker {
    UBreakIterator *iter;
};

gz_breaker *gz_breaker_open(gz_break_kind kind, const char *locale, char *err, size_t errCap) {
    UBreakIteratorType type;
    switch (kind) {
    case GZ_BREAK_WORD: type = UBRK_WORD; break;
    case GZ_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    case GZ_BREAK_LINE: type = UBRK_LINE; break;
    case GZ_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    default: gz_set_error(err, errCap, "unknown break kind"); return NULL;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iter = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        gz_set_icu_error(err, errCap, status);
        return NULL;
    }
    gz_breaker *b = malloc(sizeof *b);
    if (b == NULL) { ubrk_close(iter); gz_set_error(err, errCap, "out of memory"); return NULL; }
    b->iter = iter;
    return b;
}

void gz_breaker_close(gz_breaker *b) {
    if (b == NULL) return;
    ubrk_close(b->iter);
    free(b);
}

int32_t gz_breaker_segment(gz_breaker *b, const uint16_t *text, int32_t length,
                           int32_t *ends, int32_t *statuses, int32_t cap,
                           char *err, size_t errCap) {
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(b->iter, length > 0 ? (const UChar *)text : empty, length, &status);
    if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
    int32_t count = 0;
    ubrk_first(b->iter);
    for (int32_t pos = ubrk_next(b->iter); pos != UBRK_DONE; pos = ubrk_next(b->iter)) {
        if (count < cap) {
            ends[count] = pos;
            if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(b->iter);
        }
        count++;
    }
    /* Detach from the caller's buffer so that a later free of it is harmless. */
    ubrk_setText(b->iter, empty, 0, &status);
    return count <= cap ? count : -count;
}

int32_t gz_word_break_property(uint32_t codePoint) {
    return u_getIntPropertyValue((UChar32)codePoint, UCHAR_WORD_BREAK);
}

int32_t gz_breaker_segment_windows(gz_breaker *b, const uint16_t *text, int32_t length,
                                   const int32_t *windows, int32_t windowCount,
                                   int32_t *ends, int32_t *statuses, int32_t cap,
                                   char *err, size_t errCap) {
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = 0;
    for (int32_t w = 0; w < windowCount; w++) {
        int32_t start = windows[2 * w], end = windows[2 * w + 1], keepEnd = end >= 0;
        if (!keepEnd) end = -end;
        ubrk_setText(b->iter, (const UChar *)text + start, end - start, &status);
        if (U_FAILURE(status)) { gz_set_icu_error(err, errCap, status); return INT32_MIN; }
        ubrk_first(b->iter);
        for (int32_t pos = ubrk_next(b->iter); pos != UBRK_DONE; pos = ubrk_next(b->iter)) {
            if (start + pos == end && !keepEnd) break;
            if (count < cap) {
                ends[count] = start + pos;
                statuses[count] = ubrk_getRuleStatus(b->iter);
            }
            count++;
        }
    }
    ubrk_setText(b->iter, empty, 0, &status);
    return count <= cap ? count : -count;
}

void gz_sentence_break_properties(uint8_t *out, int32_t count) {
    for (int32_t c = 0; c < count; c++) out[c] = (uint8_t)u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

int32_t gz_sentence_exceptions_max_length(const char *locale) {
    char value[32];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uloc_getKeywordValue(locale, "ss", value, sizeof value, &status);
    if (U_FAILURE(status) || n <= 0 || strcmp(value, "standard") != 0) return 0;
    char name[ULOC_FULLNAME_CAPACITY];
    status = U_ZERO_ERROR;
    uloc_getBaseName(locale, name, sizeof name, &status);
    if (U_FAILURE(status)) return 0;
    for (;;) {
        status = U_ZERO_ERROR;
        UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", name[0] ? name : "root", &status);
        UResourceBundle *all = U_SUCCESS(status) ? ures_getByKey(bundle, "exceptions", NULL, &status) : NULL;
        UResourceBundle *list = U_SUCCESS(status) ? ures_getByKey(all, "SentenceBreak", NULL, &status) : NULL;
        int32_t longest = -1;
        if (U_SUCCESS(status)) {
            longest = 0;
            while (ures_hasNext(list)) {
                int32_t len = 0;
                ures_getNextString(list, &len, NULL, &status);
                if (U_FAILURE(status)) break;
                if (len > longest) longest = len;
            }
        }
        ures_close(list);
        ures_close(all);
        ures_close(bundle);
        if (longest >= 0) return longest;
        if (name[0] == 0) return 0;
        char parent[ULOC_FULLNAME_CAPACITY];
        status = U_ZERO_ERROR;
        uloc_getParent(name, parent, sizeof parent, &status);
        if (U_FAILURE(status)) return 0;
        strcpy(name, parent);
    }
}
