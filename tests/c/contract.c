/* The C contract of include/winhttp_err.h, checked from real C against the cdylib.
 * Usage: contract EXPECTED_DEFAULT_TAG   (the tag NULL locales must negotiate to) */
#include "winhttp_err.h"
#include "winhttp_err.h" /* twice: the include guard must hold */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int starts_with(const char *s, const char *prefix) {
    return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Strict UTF-8 validation: no truncated or overlong sequence. */
static int valid_utf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        size_t k;
        if (len == 0 || i + len > n) return 0;
        for (k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80) return 0;
        i += len;
    }
    return 1;
}

static int has_isolation_marks(const char *s) {
    /* U+2068 = E2 81 A8, U+2069 = E2 81 A9 */
    return strstr(s, "\xE2\x81\xA8") != NULL || strstr(s, "\xE2\x81\xA9") != NULL;
}

static void test_names(void) {
    CHECK(strcmp(winhttp_err_name(12002), "ERROR_WINHTTP_TIMEOUT") == 0);
    CHECK(winhttp_err_name(0x80072EE2u) == winhttp_err_name(12002));
    CHECK(strcmp(winhttp_err_name(8), "ERROR_NOT_ENOUGH_MEMORY") == 0);
    CHECK(strcmp(winhttp_err_name(12193), "ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED") == 0);
    CHECK(winhttp_err_name(0) == NULL);
    CHECK(winhttp_err_name(12003) == NULL);
    CHECK(winhttp_err_name(0xFFFFFFFFu) == NULL);
    CHECK(winhttp_err_name(0x80042EE2u) == NULL); /* not FACILITY_WIN32 */
}

static void test_messages(void) {
    const char *fr = winhttp_err_message(12002, "fr-FR");
    const char *en = winhttp_err_message(12002, "en-US");
    CHECK(starts_with(fr, "Le délai d’attente"));
    CHECK(starts_with(en, "The request timed out"));
    /* Same pointer for every request that negotiates to the same locale. */
    CHECK(winhttp_err_message(12002, "fr-FR") == fr);
    CHECK(winhttp_err_message(0x80072EE2u, "fr-FR") == fr);
    CHECK(winhttp_err_message(12002, "fr-CH") == fr);
    CHECK(winhttp_err_message(12002, "FR-fr") == fr);
    CHECK(winhttp_err_message(12002, "fr-BE") == fr);
    CHECK(winhttp_err_message(12002, "fr-Latn-FR-u-ca-gregory") == fr);
    CHECK(winhttp_err_message(12002, "fr_BE.UTF-8") == fr);
    CHECK(winhttp_err_message(12002, "fr_FR@euro") == fr);
    CHECK(winhttp_err_message(12002, "is-IS, fr;q=0.8, en;q=0.5") == fr);
    CHECK(winhttp_err_message(12002, " en;q=0.5 , is-IS , fr;q=0.8 ") == fr);
    CHECK(winhttp_err_message(12002, "is:fr") == fr);
    CHECK(winhttp_err_message(12002, "en-CA") == en);
    /* Canadian French is a locale of its own. */
    CHECK(winhttp_err_message(12002, "fr-CA") != fr);
    CHECK(winhttp_err_message(12002, "fr_CA.UTF-8") == winhttp_err_message(12002, "fr-CA"));
    /* British English writes 12002 differently; Australia reads it too. */
    CHECK(winhttp_err_message(12002, "en-GB") != en);
    CHECK(strstr(winhttp_err_message(12002, "en-GB"), "behaviour") != NULL);
    CHECK(winhttp_err_message(12002, "en-AU") == winhttp_err_message(12002, "en-GB"));
    /* A partial locale: what it does not write differently is en-US's. */
    CHECK(strcmp(winhttp_err_message(12029, "en-GB"), winhttp_err_message(12029, "en-US")) == 0);
    CHECK(winhttp_err_message(12002, "C") == en);
    CHECK(winhttp_err_message(12002, "POSIX") == en);
    CHECK(winhttp_err_message(12002, "zz-ZZ, !!") == en);
    CHECK(winhttp_err_message(12002, "\xff\xfe") == en);
    CHECK(winhttp_err_message(12002, "\xff,fr") == fr);
    CHECK(winhttp_err_message(12003, "fr-FR") == NULL);
    CHECK(winhttp_err_message(0, NULL) == NULL);
    {
        size_t n = 1 << 20;
        char *huge = malloc(n + 1);
        memset(huge, 'a', n);
        huge[n] = '\0';
        CHECK(winhttp_err_message(12002, huge) == en);
        memcpy(huge, "fr,", 3);
        CHECK(winhttp_err_message(12002, huge) == fr);
        free(huge);
    }
}

static void test_every_code_in_every_locale(void) {
    static const char *const locales[] = {"en-US", "fr-FR"};
    size_t i, l, count = winhttp_err_count();
    CHECK(count == 78);
    CHECK(winhttp_err_code_at(count) == 0);
    CHECK(winhttp_err_code_at((size_t)-1) == 0);
    for (i = 0; i < count; i++) {
        uint32_t code = winhttp_err_code_at(i);
        const char *name = winhttp_err_name(code);
        CHECK(code != 0 && name != NULL);
        if (i > 0) CHECK(winhttp_err_code_at(i - 1) < code);
        CHECK(winhttp_err_code(name) == code);
        for (l = 0; l < 2; l++) {
            const char *m = winhttp_err_message(code, locales[l]);
            CHECK(m != NULL && strlen(m) > 10);
            if (!m) continue;
            CHECK(valid_utf8((const unsigned char *)m, strlen(m)));
            CHECK(!has_isolation_marks(m));
            CHECK(strchr(m, '\n') == NULL);
            CHECK(strcmp(m, name) != 0);
        }
        CHECK(strcmp(winhttp_err_message(code, "en-US"), winhttp_err_message(code, "fr-FR")) != 0);
    }
}

/* One call of an snprintf-like function: winhttp_err_format, _summary or _cert_flags. */
enum fill_kind { FORMAT, SUMMARY, CERT_FLAGS };
struct fill {
    enum fill_kind kind;
    uint32_t code; /* the flags for CERT_FLAGS */
    const char *locales, *host;
};

static size_t call_fill(const struct fill *f, char *buf, size_t buf_len) {
    switch (f->kind) {
    case FORMAT: return winhttp_err_format(f->code, f->locales, buf, buf_len);
    case SUMMARY: return winhttp_err_summary(f->code, f->locales, f->host, buf, buf_len);
    default: return winhttp_err_cert_flags(f->code, f->locales, buf, buf_len);
    }
}

/* The snprintf contract, shared by every function that writes into a buffer. */
static void test_fill(const struct fill *f, const char *must_contain) {
    char buf[1024];
    size_t need = call_fill(f, NULL, 0), size;
    CHECK(need < sizeof buf - 8);
    CHECK(call_fill(f, buf, sizeof buf) == need);
    CHECK(strlen(buf) == need);
    CHECK(strstr(buf, must_contain) != NULL);
    CHECK(!has_isolation_marks(buf));
    CHECK(valid_utf8((unsigned char *)buf, need));
    /* Every size from 0 to one past the fit: a guard byte right after buf_len. */
    for (size = 0; size <= need + 1; size++) {
        char small[1100];
        size_t len;
        memset(small, 'G', sizeof small);
        CHECK(call_fill(f, small, size) == need);
        CHECK(small[size] == 'G');
        if (size == 0) {
            CHECK(small[0] == 'G');
            continue;
        }
        len = strlen(small);
        CHECK(len < size);
        CHECK(memcmp(small, buf, len) == 0);
        CHECK(valid_utf8((unsigned char *)small, len));
        /* Cut only where a whole character does not fit (at most 3 bytes lost). */
        CHECK(len + 1 == size || (len + 4 >= size && len < need));
    }
    CHECK(call_fill(f, NULL, 10) == need);
}

static void test_format(const char *locales, uint32_t code, const char *must_contain) {
    struct fill f = {FORMAT, 0, NULL, NULL};
    f.code = code;
    f.locales = locales;
    CHECK(call_fill(&f, NULL, 0) > 0);
    test_fill(&f, must_contain);
}

static void test_formats(void) {
    char buf[256];
    test_format("en-US", 12002, "(ERROR_WINHTTP_TIMEOUT, 12002)");
    test_format("fr-FR", 0x80072EE2u, "(ERROR_WINHTTP_TIMEOUT, 12002)");
    test_format("fr-FR", 12002, "Le délai");
    test_format("en-US", 54321, "Unknown WinHTTP error 54321 (0x0000D431)");
    test_format("fr", 54321, "inconnue");
    test_format("en", 0x80070005u, "2147942405 (0x80070005)");
    winhttp_err_format(12175, "fr-FR", buf, sizeof buf);
    CHECK(starts_with(buf, winhttp_err_message(12175, "fr-FR")) ||
          strlen(winhttp_err_message(12175, "fr-FR")) >= sizeof buf - 1);
}

/* The text of a snprintf-like call, in a static buffer. */
static const char *filled(const struct fill *f) {
    static char buf[2048];
    call_fill(f, buf, sizeof buf);
    return buf;
}

static int has_identifier(const char *s) {
    return strchr(s, '_') != NULL || strstr(s, "WinHttp") != NULL || strstr(s, "WinHTTP") != NULL ||
           strstr(s, "handle") != NULL || strstr(s, "callback") != NULL || strstr(s, "rappel") != NULL;
}

static void test_text_parts(void) {
    static const char *const locales[] = {"en-US", "fr-FR"};
    size_t i, l, count = winhttp_err_count();
    uint32_t part;
    CHECK(strcmp(winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "en-US"), "Connection timed out") == 0);
    CHECK(winhttp_err_text(12002, WINHTTP_ERR_TEXT_DESCRIPTION, "fr") == winhttp_err_message(12002, "fr"));
    CHECK(winhttp_err_text(12002, 4, "fr") == NULL);
    CHECK(winhttp_err_text(12002, 0xFFFFFFFFu, "fr") == NULL);
    CHECK(winhttp_err_text(12003, WINHTTP_ERR_TEXT_TITLE, "fr") == NULL);
    CHECK(winhttp_err_text(0x80072EE2u, WINHTTP_ERR_TEXT_TITLE, "fr-BE") ==
          winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "fr-FR"));
    for (i = 0; i < count; i++) {
        uint32_t code = winhttp_err_code_at(i);
        for (l = 0; l < 2; l++) {
            for (part = WINHTTP_ERR_TEXT_TITLE; part <= WINHTTP_ERR_TEXT_HINTS; part++) {
                const char *t = winhttp_err_text(code, part, locales[l]);
                size_t n = t != NULL ? strlen(t) : 0;
                CHECK(t != NULL && n > 0);
                if (t == NULL) continue;
                /* Static: the same pointer on every call. */
                CHECK(winhttp_err_text(code, part, locales[l]) == t);
                CHECK(valid_utf8((const unsigned char *)t, n));
                CHECK(!has_isolation_marks(t) && !has_identifier(t));
                CHECK(strchr(t, '{') == NULL && strchr(t, '$') == NULL);
                CHECK(t[n - 1] != '\n' && t[0] != '\n' && strstr(t, "\n\n") == NULL);
                if (part != WINHTTP_ERR_TEXT_HINTS) CHECK(strchr(t, '\n') == NULL);
            }
            CHECK(winhttp_err_category(code) >= WINHTTP_ERR_CATEGORY_NETWORK &&
                  winhttp_err_category(code) <= WINHTTP_ERR_CATEGORY_SYSTEM);
            CHECK(winhttp_err_is_transient(code) == 0 || winhttp_err_is_transient(code) == 1);
        }
    }
    CHECK(winhttp_err_category(12002) == WINHTTP_ERR_CATEGORY_TIMEOUT);
    CHECK(winhttp_err_category(0x80072F8Fu) == WINHTTP_ERR_CATEGORY_SECURITY);
    CHECK(winhttp_err_category(12007) == WINHTTP_ERR_CATEGORY_NAME_RESOLUTION);
    CHECK(winhttp_err_category(12019) == WINHTTP_ERR_CATEGORY_USAGE);
    CHECK(winhttp_err_category(12003) == WINHTTP_ERR_CATEGORY_UNKNOWN);
    CHECK(winhttp_err_is_transient(12002) == 1 && winhttp_err_is_transient(12175) == 0);
    CHECK(winhttp_err_is_transient(0) == 0);
}

static void test_summaries(void) {
    struct fill f = {SUMMARY, 12002, "en-US", "example.com"};
    const char *plain = winhttp_err_text(12002, WINHTTP_ERR_TEXT_SUMMARY, "en-US");
    test_fill(&f, "example.com");
    f.locales = "fr-FR";
    test_fill(&f, "example.com");
    f.code = 12175;
    f.host = "b\xC3\xBC" "cher.de";
    test_fill(&f, "b\xC3\xBC" "cher.de"); /* a multi-byte host is cut only between characters */
    /* NULL, empty, invalid UTF-8 and too long are the host-less summary. */
    f.code = 12002;
    f.locales = "en-US";
    f.host = NULL;
    CHECK(strcmp(filled(&f), plain) == 0);
    f.host = "";
    CHECK(strcmp(filled(&f), plain) == 0);
    f.host = "exa\xFFmple.com";
    CHECK(strcmp(filled(&f), plain) == 0);
    f.host = " \t\n\xE2\x80\xAE "; /* only white space and a bidi control */
    CHECK(strcmp(filled(&f), plain) == 0);
    {
        size_t n = 1 << 20;
        char *huge = malloc(n + 1);
        memset(huge, 'h', n);
        huge[n] = '\0';
        f.host = huge;
        CHECK(strcmp(filled(&f), plain) == 0);
        huge[255] = '\0'; /* 255 bytes: the longest host shown */
        CHECK(strstr(filled(&f), huge) != NULL);
        huge[256] = '\0';
        huge[255] = 'h'; /* 256: too long */
        CHECK(strcmp(filled(&f), plain) == 0);
        free(huge);
    }
    /* Control and bidi characters never come out; the rest of the host does. */
    f.host = "evil\xE2\x80\xAEmoc.elpmaxe\xE2\x80\xAC\r\n\x1B[31m\x7F\xC2\x85\xE2\x81\xA6x";
    {
        const char *s = filled(&f);
        CHECK(strstr(s, "evilmoc.elpmaxe[31mx") != NULL);
        CHECK(strstr(s, "\xE2\x80\xAE") == NULL && strstr(s, "\xE2\x80\xAC") == NULL);
        CHECK(strstr(s, "\xE2\x81\xA6") == NULL && strstr(s, "\xC2\x85") == NULL);
        CHECK(strchr(s, '\r') == NULL && strchr(s, '\n') == NULL && strchr(s, 0x1B) == NULL &&
              strchr(s, 0x7F) == NULL);
    }
    /* Unknown codes: a generic summary with the code, with or without the host. */
    f.code = 54321;
    f.host = NULL;
    test_fill(&f, "54321");
    f.host = "example.com";
    test_fill(&f, "example.com");
    f.locales = "fr";
    test_fill(&f, "54321");
}

static void test_cert_flags(void) {
    struct fill f = {CERT_FLAGS, 0x28, "en-US", NULL};
    const char *s;
    test_fill(&f, "\n");
    s = filled(&f);
    CHECK(strchr(s, '\n') == strrchr(s, '\n')); /* two lines */
    CHECK(s[strlen(s) - 1] != '\n');
    f.locales = "fr-FR";
    test_fill(&f, "\n");
    f.code = 0x80000101u; /* two known flags and an unknown bit */
    test_fill(&f, "0x00000100");
    f.code = 0;
    CHECK(call_fill(&f, NULL, 0) == 0);
    {
        char buf[4] = "xyz";
        CHECK(call_fill(&f, buf, sizeof buf) == 0 && buf[0] == '\0');
    }
    CHECK(strcmp(winhttp_err_cert_flag_name(0x8), "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA") == 0);
    CHECK(strcmp(winhttp_err_cert_flag_name(0x80000000u),
                 "WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR") == 0);
    CHECK(strcmp(winhttp_err_cert_flag_name(0x1), "WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED") == 0);
    CHECK(winhttp_err_cert_flag_name(0) == NULL);
    CHECK(winhttp_err_cert_flag_name(0x28) == NULL);
    CHECK(winhttp_err_cert_flag_name(0x100) == NULL);
}

static void test_locale(const char *expected_default) {
    CHECK(strcmp(winhttp_err_locale(NULL), expected_default) == 0);
    CHECK(strcmp(winhttp_err_locale(""), expected_default) == 0);
    CHECK(winhttp_err_message(12002, NULL) == winhttp_err_message(12002, expected_default));
    CHECK(strcmp(winhttp_err_locale("fr-BE"), "fr-FR") == 0);
    CHECK(strcmp(winhttp_err_locale("fr-CA"), "fr-CA") == 0);
    CHECK(strcmp(winhttp_err_locale("en-CA"), "en-US") == 0);
    CHECK(strcmp(winhttp_err_locale("en-GB"), "en-GB") == 0);
    CHECK(strcmp(winhttp_err_locale("\xff"), "en-US") == 0);
    CHECK(strcmp(winhttp_err_locale("is-IS, fr;q=0.8"), "fr-FR") == 0);
    CHECK(strcmp(winhttp_err_locale("sv-SE, fr;q=0.8"), "sv-SE") == 0);
    CHECK(winhttp_err_locale("fr") == winhttp_err_locale("fr-FR"));
}

/* `tag` if a locale has exactly that tag, else `fallback`: the right-to-left
 * and Traditional Chinese locales are checked as they are shipped, or not yet. */
static const char *shipped_or(const char *tag, const char *fallback) {
    size_t i;
    for (i = 0; i < winhttp_err_locale_count(); i++)
        if (strcmp(winhttp_err_locale_at(i), tag) == 0) return tag;
    return fallback;
}

/* Every shipped language from the requests users send, in every form. */
static void test_negotiation(void) {
    static const char *const later[][3] = {
        /* request, the locale once shipped, the answer until then */
        {"zh-TW", "zh-TW", "en-US"}, {"zh-HK", "zh-TW", "en-US"}, {"zh-Hant", "zh-TW", "en-US"},
        {"zh-MO", "zh-TW", "en-US"}, {"zh_TW.UTF-8", "zh-TW", "en-US"},
        {"zh-TW, ja;q=0.5", "zh-TW", "ja-JP"}, {"zh-Hant-HK:ko", "zh-TW", "ko-KR"},
        {"zh-TW, zh;q=0.5", "zh-TW", "zh-CN"},
        {"ar", "ar-SA", "en-US"}, {"ar-EG", "ar-SA", "en-US"}, {"ar_SA.UTF-8", "ar-SA", "en-US"},
        {"he", "he-IL", "en-US"}, {"iw", "he-IL", "en-US"}, {"iw_IL", "he-IL", "en-US"},
        {"he_IL.UTF-8", "he-IL", "en-US"},
    };
    static const char *const table[][2] = {
        {"de-AT", "de-DE"}, {"de-CH", "de-DE"}, {"de_AT.UTF-8", "de-DE"}, {"de", "de-DE"},
        {"es", "es-ES"}, {"es-GQ", "es-ES"}, {"es-MX", "es-MX"}, {"es-419", "es-MX"},
        {"es_MX.UTF-8", "es-MX"}, {"es-AR", "es-MX"}, {"es-US", "es-MX"},
        {"pt", "pt-BR"}, {"pt-PT", "pt-PT"}, {"pt_PT.UTF-8", "pt-PT"}, {"pt-AO", "pt-PT"},
        {"pt-MZ", "pt-PT"}, {"fr-CA", "fr-CA"}, {"fr-BE", "fr-FR"}, {"fr-CH", "fr-FR"},
        {"en-GB", "en-GB"}, {"en-AU", "en-GB"}, {"en-NZ", "en-GB"}, {"en-IE", "en-GB"},
        {"en-IN", "en-GB"}, {"en-CA", "en-US"}, {"en", "en-US"},
        {"no", "nb-NO"}, {"nb", "nb-NO"}, {"nn-NO", "nb-NO"},
        {"sr", "sr-Latn-RS"}, {"sr-Cyrl", "sr-Latn-RS"}, {"sr-RS", "sr-Latn-RS"},
        {"sv-FI", "sv-SE"}, {"da", "da-DK"}, {"fi", "fi-FI"}, {"ca-AD", "ca-ES"},
        {"eu", "eu-ES"}, {"gl", "gl-ES"}, {"th", "th-TH"}, {"is", "en-US"},
        {"nl-BE", "nl-NL"}, {"nl_BE.UTF-8", "nl-NL"},
        {"zh", "zh-CN"}, {"zh-Hans", "zh-CN"}, {"zh-SG", "zh-CN"}, {"zh_CN.UTF-8", "zh-CN"},
        {"zh-Hans-HK", "zh-CN"},
        {"ja", "ja-JP"}, {"ko", "ko-KR"}, {"ru", "ru-RU"}, {"pl", "pl-PL"}, {"it", "it-IT"},
        {"ja_JP.UTF-8", "ja-JP"}, {"ko_KR.UTF-8", "ko-KR"}, {"ru_UA.UTF-8", "ru-RU"},
        {"pl_PL.UTF-8", "pl-PL"}, {"it_CH.UTF-8", "it-IT"},
    };
    size_t i;
    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        const char *got = winhttp_err_locale(table[i][0]);
        if (strcmp(got, table[i][1]) != 0) fprintf(stderr, "%s -> %s\n", table[i][0], got);
        CHECK(strcmp(got, table[i][1]) == 0);
        CHECK(winhttp_err_message(12002, table[i][0]) == winhttp_err_message(12002, table[i][1]));
    }
    for (i = 0; i < sizeof later / sizeof later[0]; i++) {
        const char *want = shipped_or(later[i][1], later[i][2]);
        const char *got = winhttp_err_locale(later[i][0]);
        if (strcmp(got, want) != 0) fprintf(stderr, "%s -> %s\n", later[i][0], got);
        CHECK(strcmp(got, want) == 0);
    }
}

/* Text direction: of the shipped locales, then of an added Persian one, and its
 * marks: an RLM (E2 80 8F) first, the host between LRMs (E2 80 8E), no other
 * bidi control. Adds a locale: run last. */
static void test_directions(const char *expected_default) {
    static const char fa[] = "error-winhttp-timeout = \xd9\x85\xd9\x87\xd9\x84\xd8\xaa.\n"
                             "    .title = \xd9\x85\xd9\x87\xd9\x84\xd8\xaa\n"
                             "    .summary-host = \xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1 { $host }.\n";
    struct fill f = {SUMMARY, 12002, "fa", "1.example.com"};
    const char *s;
    size_t i;
    CHECK(WINHTTP_ERR_DIRECTION_LTR == 0 && WINHTTP_ERR_DIRECTION_RTL == 1);
    CHECK(winhttp_err_direction(NULL) == winhttp_err_direction(expected_default));
    CHECK(winhttp_err_direction("") == winhttp_err_direction(expected_default));
    for (i = 0; i < winhttp_err_locale_count(); i++) {
        const char *tag = winhttp_err_locale_at(i);
        uint32_t want = strcmp(tag, "ar-SA") == 0 || strcmp(tag, "he-IL") == 0
                            ? WINHTTP_ERR_DIRECTION_RTL
                            : WINHTTP_ERR_DIRECTION_LTR;
        CHECK(winhttp_err_direction(tag) == want);
    }
    CHECK(winhttp_err_direction("\xff") == WINHTTP_ERR_DIRECTION_LTR);
    CHECK(winhttp_err_direction("fa-IR") == WINHTTP_ERR_DIRECTION_LTR); /* not there: en-US */
    CHECK(winhttp_err_add_locale("fa-IR", fa, sizeof fa - 1, NULL, 0) == WINHTTP_ERR_OK);
    CHECK(winhttp_err_direction("fa-AF") == WINHTTP_ERR_DIRECTION_RTL);
    CHECK(winhttp_err_direction("is, fa;q=0.1") == WINHTTP_ERR_DIRECTION_RTL);
    CHECK(starts_with(winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "fa"), "\xE2\x80\x8F"));
    test_fill(&f, "\xE2\x80\x8E" "1.example.com" "\xE2\x80\x8E");
    CHECK(starts_with(filled(&f), "\xE2\x80\x8F"));
    /* The caller's bidi controls go; ours stay. */
    f.host = "\xE2\x80\xAE" "1.example.com\xE2\x80\x8F\xE2\x81\xA6";
    s = filled(&f);
    CHECK(strstr(s, "\xE2\x80\x8E" "1.example.com" "\xE2\x80\x8E.") != NULL);
    CHECK(strstr(s, "\xE2\x80\xAE") == NULL && strstr(s, "\xE2\x81\xA6") == NULL);
    CHECK(strstr(s + 3, "\xE2\x80\x8F") == NULL); /* one RLM: the first */
}

static void test_reverse(void) {
    CHECK(winhttp_err_code("ERROR_WINHTTP_TIMEOUT") == 12002);
    CHECK(winhttp_err_code("error_winhttp_timeout") == 12002);
    CHECK(winhttp_err_code(" Error_WinHttp_Timeout\n") == 12002);
    CHECK(winhttp_err_code("ERROR_INSUFFICIENT_BUFFER") == 122);
    CHECK(winhttp_err_code("TIMEOUT") == 0);
    CHECK(winhttp_err_code("") == 0);
    CHECK(winhttp_err_code(NULL) == 0);
    CHECK(winhttp_err_code("\xff\xfe") == 0);
}

static void test_version(void) {
    CHECK(strcmp(winhttp_err_version(), WINHTTP_ERR_VERSION) == 0);
    CHECK(WINHTTP_ERR_VERSION_NUMBER ==
          ((WINHTTP_ERR_VERSION_MAJOR << 16) | (WINHTTP_ERR_VERSION_MINOR << 8) | WINHTTP_ERR_VERSION_PATCH));
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s EXPECTED_DEFAULT_TAG\n", argv[0]);
        return 2;
    }
    test_locale(argv[1]);
    test_names();
    test_messages();
    test_every_code_in_every_locale();
    test_formats();
    test_text_parts();
    test_summaries();
    test_cert_flags();
    test_negotiation();
    test_reverse();
    test_version();
    test_directions(argv[1]); /* last: it adds a locale */
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
