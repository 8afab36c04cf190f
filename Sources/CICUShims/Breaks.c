#include "CICUShims.h"
#include "ShimError.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

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
