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
    CHECK(winhttp_err_message(12002, "fr-CA") == fr);
    CHECK(winhttp_err_message(12002, "FR-fr") == fr);
    CHECK(winhttp_err_message(12002, "fr-BE") == fr);
    CHECK(winhttp_err_message(12002, "fr-Latn-FR-u-ca-gregory") == fr);
    CHECK(winhttp_err_message(12002, "fr_CA.UTF-8") == fr);
    CHECK(winhttp_err_message(12002, "fr_FR@euro") == fr);
    CHECK(winhttp_err_message(12002, "de-DE, fr;q=0.8, en;q=0.5") == fr);
    CHECK(winhttp_err_message(12002, " en;q=0.5 , de-DE , fr;q=0.8 ") == fr);
    CHECK(winhttp_err_message(12002, "de:fr") == fr);
    CHECK(winhttp_err_message(12002, "en-GB") == en);
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
    CHECK(count == 62);
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

static void test_format(const char *locales, uint32_t code, const char *must_contain) {
    char buf[1024];
    size_t need = winhttp_err_format(code, locales, NULL, 0), size;
    CHECK(need > 0 && need < sizeof buf - 8);
    CHECK(winhttp_err_format(code, locales, buf, sizeof buf) == need);
    CHECK(strlen(buf) == need);
    CHECK(strstr(buf, must_contain) != NULL);
    CHECK(!has_isolation_marks(buf));
    CHECK(valid_utf8((unsigned char *)buf, need));
    /* Every size from 0 to one past the fit: a guard byte right after buf_len. */
    for (size = 0; size <= need + 1; size++) {
        char small[1100];
        size_t len;
        memset(small, 'G', sizeof small);
        CHECK(winhttp_err_format(code, locales, small, size) == need);
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
    CHECK(winhttp_err_format(code, locales, NULL, 10) == need);
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

static void test_locale(const char *expected_default) {
    CHECK(strcmp(winhttp_err_locale(NULL), expected_default) == 0);
    CHECK(strcmp(winhttp_err_locale(""), expected_default) == 0);
    CHECK(winhttp_err_message(12002, NULL) == winhttp_err_message(12002, expected_default));
    CHECK(strcmp(winhttp_err_locale("fr-BE"), "fr-FR") == 0);
    CHECK(strcmp(winhttp_err_locale("en-GB"), "en-US") == 0);
    CHECK(strcmp(winhttp_err_locale("\xff"), "en-US") == 0);
    CHECK(strcmp(winhttp_err_locale("de-DE, fr;q=0.8"), "fr-FR") == 0);
    CHECK(winhttp_err_locale("fr") == winhttp_err_locale("fr-FR"));
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
    test_reverse();
    test_version();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
