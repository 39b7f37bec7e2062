/* The header's read and write bounds, checked with guard pages: every argument
 * is placed so that its last allowed byte is the last byte before a PROT_NONE
 * page, so a read or write one byte further kills the process (SIGSEGV).
 * Found by the `ffi` fuzz target: the library read 1025 bytes of an unterminated
 * `locales` while the header promised 1024; the header now says 1025. The UTF-16
 * functions have the same bounds counted in units: `locales` 1025 readable units,
 * `buf_len` units written at most. winhttp_err_add_locale reads at most 36
 * bytes of an unterminated `tag` and exactly `ftl_len` bytes of `ftl`, and
 * writes at most `err_len` bytes of `err`.
 * Usage: bounds   (prints "N passed, M failed") */
#define _DEFAULT_SOURCE
#include "winhttp_err.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

static unsigned char *arena;
static size_t page;

/* `n` bytes ending right before the guard page (n <= one page). */
static unsigned char *tail(size_t n) {
    return arena + page - n;
}

/* `n` unterminated bytes: `pattern` repeated. */
static const char *unterminated(size_t n, const char *pattern) {
    unsigned char *p = tail(n);
    size_t i, k = strlen(pattern);
    for (i = 0; i < n; i++) p[i] = (unsigned char)pattern[i % k];
    return (const char *)p;
}

static void test_locales_read_bound(void) {
    /* The documented bound: NUL-terminated, or at least 1025 readable bytes. */
    const char *junk = unterminated(1025, "zz-ZZ,");
    CHECK(strcmp(winhttp_err_locale(junk), "en-US") == 0);
    CHECK(winhttp_err_message(12002, junk) == winhttp_err_message(12002, "en-US"));
    CHECK(winhttp_err_format(12002, junk, NULL, 0) == winhttp_err_format(12002, "en-US", NULL, 0));
    CHECK(winhttp_err_direction(junk) == WINHTTP_ERR_DIRECTION_LTR);
    junk = unterminated(1025, "fr,");
    CHECK(winhttp_err_direction(junk) == WINHTTP_ERR_DIRECTION_LTR);
    CHECK(strcmp(winhttp_err_locale(junk), "fr-FR") == 0);
    CHECK(winhttp_err_message(12002, junk) == winhttp_err_message(12002, "fr-FR"));
    /* A string whose NUL is the last readable byte. */
    memcpy(tail(3), "fr", 3);
    CHECK(strcmp(winhttp_err_locale((const char *)tail(3)), "fr-FR") == 0);
}

/* `n` unterminated UTF-16 units: the ASCII `pattern` repeated, widened. */
static const uint16_t *unterminated_w(size_t n, const char *pattern) {
    uint16_t *p = (uint16_t *)tail(n * sizeof *p);
    size_t i, k = strlen(pattern);
    for (i = 0; i < n; i++) p[i] = (unsigned char)pattern[i % k];
    return p;
}

/* `s` widened into `out`, NUL included. */
static const uint16_t *widen(const char *s, uint16_t *out) {
    size_t i = 0;
    do out[i] = (unsigned char)s[i]; while (s[i++] != 0);
    return out;
}

/* True when the NUL-terminated UTF-16 `w` equals the ASCII `s`. */
static int wide_eq(const uint16_t *w, const char *s) {
    size_t i = 0;
    if (w == NULL) return 0;
    for (; s[i] != 0; i++)
        if (w[i] != (unsigned char)s[i]) return 0;
    return w[i] == 0;
}

static void test_locales_w_read_bound(void) {
    /* NUL-terminated, or at least 1025 readable units. */
    uint16_t en[8], fr[8];
    const uint16_t *junk = unterminated_w(1025, "zz-ZZ,");
    widen("en-US", en);
    widen("fr-FR", fr);
    CHECK(wide_eq(winhttp_err_locale_w(junk), "en-US"));
    CHECK(winhttp_err_message_w(12002, junk) == winhttp_err_message_w(12002, en));
    CHECK(winhttp_err_format_w(12002, junk, NULL, 0) == winhttp_err_format_w(12002, en, NULL, 0));
    CHECK(winhttp_err_direction_w(junk) == WINHTTP_ERR_DIRECTION_LTR);
    junk = unterminated_w(1025, "fr,");
    CHECK(winhttp_err_direction_w(junk) == WINHTTP_ERR_DIRECTION_LTR);
    CHECK(wide_eq(winhttp_err_locale_w(junk), "fr-FR"));
    CHECK(winhttp_err_message_w(12002, junk) == winhttp_err_message_w(12002, fr));
    CHECK(winhttp_err_format_w(12002, junk, NULL, 0) == winhttp_err_format_w(12002, fr, NULL, 0));
    /* A string whose NUL is the last readable unit. */
    junk = widen("fr", (uint16_t *)tail(3 * sizeof(uint16_t)));
    CHECK(wide_eq(winhttp_err_locale_w(junk), "fr-FR"));
}

static void test_name_read_bound(void) {
    /* NUL-terminated, or at least 65 readable bytes. */
    const char *name = unterminated(65, "ERROR_WINHTTP_TIMEOUT ");
    CHECK(winhttp_err_code(name) == 0); /* longer than any name */
    memcpy(tail(22), "ERROR_WINHTTP_TIMEOUT", 22);
    CHECK(winhttp_err_code((const char *)tail(22)) == 12002);
}

static void test_format_write_bound(void) {
    static const uint32_t codes[] = {12002, 12175, 54321, 0x80072EE2u};
    static const char *const locales[] = {"en-US", "fr-FR"};
    size_t c, l, size;
    for (c = 0; c < sizeof codes / sizeof codes[0]; c++) {
        for (l = 0; l < 2; l++) {
            size_t need = winhttp_err_format(codes[c], locales[l], NULL, 0);
            CHECK(need > 0 && need < page);
            for (size = 0; size <= need + 1; size++) {
                char *buf = (char *)tail(size);
                memset(buf, 'G', size);
                CHECK(winhttp_err_format(codes[c], locales[l], buf, size) == need);
                if (size > 0) CHECK(memchr(buf, 0, size) != NULL);
            }
        }
    }
}

static void test_format_w_write_bound(void) {
    static const uint32_t codes[] = {12002, 12175, 54321, 0x80072EE2u};
    static const char *const locales[] = {"en-US", "fr-FR"};
    size_t c, l, size, i;
    for (c = 0; c < sizeof codes / sizeof codes[0]; c++) {
        for (l = 0; l < 2; l++) {
            uint16_t loc[8];
            size_t need = winhttp_err_format_w(codes[c], widen(locales[l], loc), NULL, 0);
            CHECK(need > 0 && need < page / sizeof(uint16_t));
            for (size = 0; size <= need + 1; size++) {
                uint16_t *buf = (uint16_t *)tail(size * sizeof *buf);
                for (i = 0; i < size; i++) buf[i] = 0x4747;
                CHECK(winhttp_err_format_w(codes[c], loc, buf, size) == need);
                if (size > 0) {
                    for (i = 0; i < size && buf[i] != 0; i++) continue;
                    CHECK(i < size); /* NUL-terminated within `size` units */
                }
            }
        }
    }
}

/* `host`: NUL-terminated, or at least 256 readable bytes (units for _w). */
static void test_host_read_bound(void) {
    char plain[512], got[512];
    uint16_t plain_w[512], got_w[512], en[8];
    const char *host;
    const uint16_t *host_w;
    widen("en-US", en);
    winhttp_err_summary(12002, "en-US", NULL, plain, sizeof plain);
    winhttp_err_summary_w(12002, en, NULL, plain_w, 512);
    /* 256 unterminated bytes: longer than a host may be, the host-less summary. */
    host = unterminated(256, "h");
    winhttp_err_summary(12002, "en-US", host, got, sizeof got);
    CHECK(strcmp(got, plain) == 0);
    host_w = unterminated_w(256, "h");
    {
        size_t n = winhttp_err_summary_w(12002, en, host_w, got_w, 512);
        CHECK(n == winhttp_err_summary_w(12002, en, NULL, NULL, 0));
        CHECK(n < 512 && memcmp(got_w, plain_w, (n + 1) * sizeof *got_w) == 0);
    }
    /* 255 bytes whose NUL is the last readable byte: shown. */
    memset(tail(256), 'h', 255);
    tail(256)[255] = 0;
    winhttp_err_summary(12002, "en-US", (const char *)tail(256), got, sizeof got);
    CHECK(strstr(got, (const char *)tail(256)) != NULL);
    host_w = unterminated_w(256, "h");
    ((uint16_t *)host_w)[255] = 0;
    CHECK(winhttp_err_summary_w(12002, en, host_w, got_w, 512) > winhttp_err_summary_w(12002, en, NULL, NULL, 0) + 200);
    /* The other text functions' `locales`: 1025 readable bytes or units. */
    host = unterminated(1025, "fr,");
    CHECK(winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, host) ==
          winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "fr-FR"));
    CHECK(winhttp_err_summary(12002, host, NULL, NULL, 0) == winhttp_err_summary(12002, "fr-FR", NULL, NULL, 0));
    CHECK(winhttp_err_cert_flags(0x28, host, NULL, 0) == winhttp_err_cert_flags(0x28, "fr-FR", NULL, 0));
    host_w = unterminated_w(1025, "fr,");
    CHECK(winhttp_err_text_w(12002, WINHTTP_ERR_TEXT_TITLE, host_w) != NULL);
    CHECK(winhttp_err_summary_w(12002, host_w, NULL, NULL, 0) > 0);
    CHECK(winhttp_err_cert_flags_w(0x28, host_w, NULL, 0) > 0);
}

/* One snprintf-like call with its buffer: the write bound of every such function. */
static size_t fill8(int which, uint32_t code, const char *locales, char *buf, size_t n) {
    switch (which) {
    case 0: return winhttp_err_format(code, locales, buf, n);
    case 1: return winhttp_err_summary(code, locales, "example.com", buf, n);
    default: return winhttp_err_cert_flags(code, locales, buf, n);
    }
}

static size_t fill16(int which, uint32_t code, const uint16_t *locales, uint16_t *buf, size_t n) {
    static const uint16_t host[] = {'e', 'x', 'a', 'm', 'p', 'l', 'e', '.', 'c', 'o', 'm', 0};
    switch (which) {
    case 0: return winhttp_err_format_w(code, locales, buf, n);
    case 1: return winhttp_err_summary_w(code, locales, host, buf, n);
    default: return winhttp_err_cert_flags_w(code, locales, buf, n);
    }
}

static void test_end_user_write_bounds(void) {
    static const uint32_t codes[] = {12175, 54321, 0x800000FFu};
    static const char *const locales[] = {"en-US", "fr-FR"};
    size_t c, l, size, i;
    int which;
    for (which = 1; which <= 2; which++) {
        for (c = 0; c < sizeof codes / sizeof codes[0]; c++) {
            for (l = 0; l < 2; l++) {
                uint16_t loc[8];
                size_t need = fill8(which, codes[c], locales[l], NULL, 0);
                size_t need_w = fill16(which, codes[c], widen(locales[l], loc), NULL, 0);
                CHECK(need > 0 && need < page && need_w > 0 && need_w < page / 2);
                for (size = 0; size <= need + 1; size++) {
                    char *buf = (char *)tail(size);
                    memset(buf, 'G', size);
                    CHECK(fill8(which, codes[c], locales[l], buf, size) == need);
                    if (size > 0) CHECK(memchr(buf, 0, size) != NULL);
                }
                for (size = 0; size <= need_w + 1; size++) {
                    uint16_t *buf = (uint16_t *)tail(size * sizeof *buf);
                    for (i = 0; i < size; i++) buf[i] = 0x4747;
                    CHECK(fill16(which, codes[c], loc, buf, size) == need_w);
                    if (size > 0) {
                        for (i = 0; i < size && buf[i] != 0; i++) continue;
                        CHECK(i < size);
                    }
                }
            }
        }
    }
}

static void test_add_locale_bounds(void) {
    char err[256];
    const char *ftl = "error-winhttp-timeout = Aikakatkaisu.\n";
    size_t n = strlen(ftl);
    unsigned char *p;
    /* `tag`: NUL-terminated, or at least 36 readable bytes (35 is the longest tag). */
    const char *tag = unterminated(36, "sv-SE-");
    CHECK(winhttp_err_add_locale(tag, ftl, n, err, sizeof err) == WINHTTP_ERR_INVALID_TAG);
    memcpy(tail(6), "kl-GL", 6);
    CHECK(winhttp_err_add_locale((const char *)tail(6), ftl, n, NULL, 0) == WINHTTP_ERR_OK);
    /* `ftl`: exactly `ftl_len` bytes read, no NUL needed. */
    p = tail(n);
    memcpy(p, ftl, n);
    CHECK(winhttp_err_add_locale("kl-GL", (const char *)p, n, err, sizeof err) == WINHTTP_ERR_OK);
    /* `err`: at most `err_len` bytes written, NUL-terminated. */
    p = tail(16);
    memset(p, 'x', 16);
    CHECK(winhttp_err_add_locale("kl-GL", "{", 1, (char *)p, 16) == WINHTTP_ERR_INVALID_FTL);
    CHECK(strlen((const char *)p) == 15);
    CHECK(winhttp_err_add_locale_dir("/nonexistent", (char *)p, 16) == WINHTTP_ERR_IO);
    CHECK(strlen((const char *)p) == 15);
    CHECK(strcmp(winhttp_err_message(12002, "kl"), "Aikakatkaisu.") == 0);
}

int main(void) {
    page = (size_t)sysconf(_SC_PAGESIZE);
    arena = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (arena == MAP_FAILED || mprotect(arena + page, page, PROT_NONE) != 0) {
        perror("mmap");
        return 2;
    }
    test_locales_read_bound();
    test_name_read_bound();
    test_format_write_bound();
    test_locales_w_read_bound();
    test_format_w_write_bound();
    test_host_read_bound();
    test_end_user_write_bounds();
    /* Last: it adds a locale. */
    test_add_locale_bounds();
    munmap(arena, 2 * page);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
