/* CICUShims: a small C API over system ICU with plain C types only.
 *
 * This header must never include an ICU header: Swift modules that import it also see
 * Foundation, whose bundled ICU defines the same C types. All text is UTF-16 code units
 * (uint16_t); all offsets are UTF-16 offsets into the buffer passed in. Calls are batched:
 * one call per document or paragraph, never per token.
 *
 * Error convention: functions return a negative value on failure and write ICU's error name
 * into `err` (a caller buffer of `errCap` bytes) when it is not NULL.
 */
#ifndef CICUSHIMS_H
#define CICUSHIMS_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- break iteration ------------------------------------------------------------- */

typedef enum {
    GZ_BREAK_WORD = 0,
    GZ_BREAK_SENTENCE = 1,
    GZ_BREAK_LINE = 2,
    GZ_BREAK_CHARACTER = 3
} gz_break_kind;

/* An opaque ICU break iterator, reusable across texts. Not thread-safe: one per thread. */
typedef struct gz_breaker gz_breaker;

/* Opens a break iterator for `locale` (e.g. "fr", "fr@ss=standard"). NULL on failure. */
gz_breaker *gz_breaker_open(gz_break_kind kind, const char *locale, char *err, size_t errCap);
void gz_breaker_close(gz_breaker *b);

/* Segments `text` in one pass. Writes every boundary after the first (so the end of each
 * segment; the first segment starts at 0) into `ends`, and the rule status of the segment
 * that ends there into `statuses` (may be NULL). Returns the number of boundaries written,
 * or -(needed) when `cap` is too small, or INT32_MIN on an ICU error. The iterator does not
 * keep a reference to `text` after the call. */
int32_t gz_breaker_segment(gz_breaker *b, const uint16_t *text, int32_t length,
                           int32_t *ends, int32_t *statuses, int32_t cap,
                           char *err, size_t errCap);

/* Segments only the windows [windows[2k], windows[2k+1]) of `text` (ascending, disjoint),
   each as a text of its own, in one call. Writes the boundaries found inside each window,
   as offsets into `text`, and their rule statuses; a window whose end is given negated ends
   where the text goes on, so its end is left out. Returns their number, or INT32_MIN with
   `err` set, or minus the number needed when `cap` is too small. */
int32_t gz_breaker_segment_windows(gz_breaker *b, const uint16_t *text, int32_t length,
                                   const int32_t *windows, int32_t windowCount,
                                   int32_t *ends, int32_t *statuses, int32_t cap,
                                   char *err, size_t errCap);

/* The Unicode Sentence_Break property of the code points 0..<count, in ICU's
   USentenceBreak numbering (0 Other, 1 ATerm, 2 Close, 3 Format, 4 Lower, 5 Numeric,
   6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR, 12 Extend, 13 LF, 14 SContinue). */
void gz_sentence_break_properties(uint8_t *out, int32_t count);

/* The length in UTF-16 units of the longest abbreviation after which a sentence break is
   suppressed for `locale` (`fr@ss=standard`: ICU's exception list of the locale or its
   nearest parent that has one); 0 when the locale asks for no suppression. */
int32_t gz_sentence_exceptions_max_length(const char *locale);

/* The Unicode Word_Break property of a code point, in ICU's UWordBreakValues numbering
   (0 Other, 1 ALetter, 2 Format, 3 Katakana, 4 MidLetter, 5 MidNum, 6 Numeric,
   7 ExtendNumLet, 8 CR, 9 Extend, 10 LF, 11 MidNumLet, 12 Newline, 13 Regional_Indicator,
   14 Hebrew_Letter, 15 Single_Quote, 16 Double_Quote, 17-20 emoji classes, 21 ZWJ,
   22 WSegSpace). */
int32_t gz_word_break_property(uint32_t codePoint);

/* ICU word-break rule status ranges (UWordBreak). */
enum {
    GZ_WORD_NONE = 0, GZ_WORD_NONE_LIMIT = 100,
    GZ_WORD_NUMBER = 100, GZ_WORD_NUMBER_LIMIT = 200,
    GZ_WORD_LETTER = 200, GZ_WORD_LETTER_LIMIT = 300,
    GZ_WORD_KANA = 300, GZ_WORD_KANA_LIMIT = 400,
    GZ_WORD_IDEO = 400, GZ_WORD_IDEO_LIMIT = 500
};

/* ---- conversion and charset detection ---------------------------------------------- */

/* Best charset guesses for `bytes`, most confident first. Writes up to `maxMatches` names
 * (each at most 63 bytes, NUL-terminated, in `names[i*64]`) and confidences (0-100). Returns
 * the number of matches, or -1 on error. */
int32_t gz_detect_charsets(const char *bytes, int32_t length, char *names, int32_t *confidences,
                           int32_t maxMatches, char *err, size_t errCap);

/* Converts `bytes` in `charset` to UTF-16. Returns the number of code units written, or
 * -(needed) when `cap` is too small, or INT32_MIN on error (including an unknown charset or,
 * with `strict`, a byte sequence that is illegal in the charset). */
int32_t gz_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t cap, int strict, char *err, size_t errCap);

/* ---- normalisation and case ------------------------------------------------------- */

typedef enum { GZ_NFC = 0, GZ_NFD = 1, GZ_NFKC = 2, GZ_NFKD = 3 } gz_normal_form;

/* Normalises `text` into `out`. Same return convention as gz_convert_to_utf16. */
int32_t gz_normalize(gz_normal_form form, const uint16_t *text, int32_t length,
                     uint16_t *out, int32_t cap, char *err, size_t errCap);

/* Full Unicode case folding (u_strFoldCase, default options). Same return convention. */
int32_t gz_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap,
                     char *err, size_t errCap);

/* Unicode general category of a code point (ICU's UCharCategory numbering). */
int32_t gz_char_category(uint32_t codePoint);

/* ICU script code of a code point (UScriptCode numbering). */
int32_t gz_script(uint32_t codePoint);

/* ---- locale data ------------------------------------------------------------------ */

typedef enum {
    GZ_SYMBOL_MONTHS = 0,
    GZ_SYMBOL_SHORT_MONTHS = 1,
    GZ_SYMBOL_WEEKDAYS = 2,
    GZ_SYMBOL_SHORT_WEEKDAYS = 3,
    GZ_SYMBOL_STANDALONE_MONTHS = 4,
    GZ_SYMBOL_STANDALONE_WEEKDAYS = 5
} gz_date_symbol;

/* Writes the date symbols of `locale` as NUL-separated UTF-16 strings into `out`
 * (months: 12 names January first; weekdays: 7 names Sunday first). Returns the number of
 * code units written including separators, -(needed) when `cap` is too small, INT32_MIN on
 * error. */
int32_t gz_date_symbols(const char *locale, gz_date_symbol which, uint16_t *out, int32_t cap,
                        char *err, size_t errCap);

/* Writes the ISO 3166 two-letter region codes ICU knows, NUL-separated ASCII, into `out`.
 * Returns the number of bytes written, or -(needed) when `cap` is too small. */
int32_t gz_region_codes(char *out, int32_t cap);

/* Display name of `region` (e.g. "DE") in `displayLocale` (e.g. "fr") as UTF-16.
 * Same return convention as gz_convert_to_utf16; 0 when ICU has no name. */
int32_t gz_region_name(const char *region, const char *displayLocale, uint16_t *out, int32_t cap,
                       char *err, size_t errCap);

/* ---- other calendars ---------------------------------------------------------------- */

/* Dates in another calendar (an ICU calendar keyword: "hebrew", "islamic-umalqura",
 * "islamic-civil", "chinese"…), converted in batches. A date is 4 int32 fields: ICU's
 * extended year, 0-based month in ICU's numbering for that calendar, 1-based day, and the
 * leap-month flag (Chinese). A day is counted from 1970-01-01 in the proleptic Gregorian
 * calendar (UTC). */

/* Writes the day of each of `count` dates (`fields`, 4 per date) into `days`. Returns
 * `count`, or -1 on an ICU error (unknown calendar…). */
int32_t gz_calendar_days(const char *calendar, const int32_t *fields, int32_t count,
                         int64_t *days, char *err, size_t errCap);

/* Writes the date in `calendar` (4 fields each) of each of `count` days into `fields`.
 * Returns `count`, or -1 on an ICU error. */
int32_t gz_calendar_dates(const char *calendar, const int64_t *days, int32_t count,
                          int32_t *fields, char *err, size_t errCap);

/* The ICU version string, e.g. "72.1". */
const char *gz_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
