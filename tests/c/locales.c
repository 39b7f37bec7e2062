/* Locales added at run time, from C: a translator's file with an error, fixed,
 * then loaded; a folder of locales; every status; and threads overriding
 * locales while others look texts up, keeping every pointer they were given.
 * Usage: locales FIXTURES_DIR [ROUNDS]   (tests/fixtures/add; ROUNDS of adds per
 * writer, 40 by default; prints "N passed, M failed") */
#define _POSIX_C_SOURCE 200809L
#include "winhttp_err.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int starts_with(const char *s, const char *prefix) {
    return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

static const char *fixtures;

static void test_session(void) {
    char err[256];
    /* A $host renamed, as a translator might: refused, with the line and column. */
    const char *bad = "error-winhttp-timeout = Beg\xc3\xa4ran tog f\xc3\xb6r l\xc3\xa5ng tid.\n"
                      "    .summary-host = Servern { $v\xc3\xa4rd } svarade inte.\n";
    const char *good = "error-winhttp-timeout = Beg\xc3\xa4ran tog f\xc3\xb6r l\xc3\xa5ng tid.\n"
                       "    .summary-host = Servern { $host } svarade inte i tid.\n";
    size_t before = winhttp_err_locale_count();
    CHECK(winhttp_err_add_locale("is-IS", bad, strlen(bad), err, sizeof err) == WINHTTP_ERR_INVALID_FTL);
    CHECK(starts_with(err, "line 2, column 31: error: \"$v\xc3\xa4rd\" is not a valid variable name"));
    CHECK(winhttp_err_locale_count() == before);
    CHECK(strcmp(winhttp_err_locale("is"), "en-US") == 0);

    CHECK(winhttp_err_add_locale("is-IS", good, strlen(good), err, sizeof err) == WINHTTP_ERR_OK);
    CHECK(starts_with(err, "is-IS added: 2 of "));
    CHECK(winhttp_err_locale_count() == before + 1);
    CHECK(strcmp(winhttp_err_locale_at(before), "is-IS") == 0);
    CHECK(winhttp_err_locale_at(before + 1) == NULL);
    CHECK(strcmp(winhttp_err_locale("is-XX, en"), "is-IS") == 0);
    CHECK(strcmp(winhttp_err_message(12002, "is"), "Beg\xc3\xa4ran tog f\xc3\xb6r l\xc3\xa5ng tid.") == 0);
    CHECK(winhttp_err_summary(12002, "is", "example.com", err, sizeof err) > 0);
    CHECK(strcmp(err, "Servern example.com svarade inte i tid.") == 0);
    /* Missing parts: en-US's. */
    CHECK(strcmp(winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "is"),
                 winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "en-US")) == 0);

    /* A folder of locales. */
    {
        char dir[1024];
        snprintf(dir, sizeof dir, "%s/two", fixtures);
        CHECK(winhttp_err_add_locale_dir(dir, err, sizeof err) == WINHTTP_ERR_OK);
        CHECK(strstr(err, "af-ZA added") != NULL);
        CHECK(strcmp(winhttp_err_locale("af-NA"), "af-ZA") == 0);
        snprintf(dir, sizeof dir, "%s/one-bad", fixtures);
        CHECK(winhttp_err_add_locale_dir(dir, err, sizeof err) == WINHTTP_ERR_INVALID_FTL);
        CHECK(strstr(err, "cy-GB/winhttp_err.ftl:2:1: error:") != NULL);
        CHECK(strcmp(winhttp_err_locale("cy"), "en-US") == 0);
    }

    /* Every status. */
    CHECK(winhttp_err_add_locale(NULL, good, 1, NULL, 0) == WINHTTP_ERR_NULL_ARGUMENT);
    CHECK(winhttp_err_add_locale("kl-GL", NULL, 0, err, sizeof err) == WINHTTP_ERR_NULL_ARGUMENT);
    CHECK(strcmp(err, "ftl is NULL") == 0);
    CHECK(winhttp_err_add_locale("not a tag", good, strlen(good), NULL, 0) == WINHTTP_ERR_INVALID_TAG);
    CHECK(winhttp_err_add_locale("\xff", good, strlen(good), NULL, 0) == WINHTTP_ERR_INVALID_TAG);
    CHECK(winhttp_err_add_locale("kl-GL", "\xff", 1, NULL, 0) == WINHTTP_ERR_INVALID_FTL);
    /* A 100 MiB claim over a short buffer: refused unread (valgrind would see a read). */
    CHECK(winhttp_err_add_locale("kl-GL", good, (size_t)100 << 20, err, sizeof err) == WINHTTP_ERR_TOO_LARGE);
    CHECK(winhttp_err_add_locale_dir(NULL, err, sizeof err) == WINHTTP_ERR_NULL_ARGUMENT);
    CHECK(winhttp_err_add_locale_dir("/nonexistent/locales", err, sizeof err) == WINHTTP_ERR_IO);
    CHECK(winhttp_err_add_locale_dir("/nonexistent/\xff", err, 1) == WINHTTP_ERR_IO);
    CHECK(err[0] == '\0');
    CHECK(strcmp(winhttp_err_locale("kl"), "en-US") == 0);
    /* 0 bytes: a locale shown in en-US. */
    CHECK(winhttp_err_add_locale("kl-GL", "", 0, NULL, 0) == WINHTTP_ERR_OK);
    CHECK(strcmp(winhttp_err_locale("kl"), "kl-GL") == 0);
    CHECK(strcmp(winhttp_err_message(12002, "kl"), winhttp_err_message(12002, "en-US")) == 0);
}

/* Threads: WRITERS override mt-MT and fr-FR ROUNDS times each, with texts
 * "mt N" / "fr N"; READERS look up every code in every locale meanwhile, keep
 * each mt-MT/fr-FR 12002 pointer with a copy of its text, and check it later. */
#define WRITERS 2
#define READERS 4
#define KEPT 4096
static int rounds = 40;

struct kept {
    const char *p;
    char copy[64];
};
static struct kept kept[READERS][KEPT];
static size_t nkept[READERS];
static int bad_text[READERS];
static pthread_barrier_t start;
static const char *fr_shipped, *en_timeout;

/* Adds that failed, per writer: CHECK's counters are not for threads. */
static int failed_adds[WRITERS];

static void *writer(void *arg) {
    int w = (int)(size_t)arg, i;
    char ftl[128];
    pthread_barrier_wait(&start);
    for (i = 0; i < rounds; i++) {
        const char *tag = (i + w) % 2 ? "mt-MT" : "fr-FR";
        int n = snprintf(ftl, sizeof ftl, "error-winhttp-timeout = %.2s %d\n", tag, w * rounds + i);
        if (winhttp_err_add_locale(tag, ftl, (size_t)n, NULL, 0) != WINHTTP_ERR_OK)
            failed_adds[w]++;
    }
    return NULL;
}

static void *reader(void *arg) {
    int r = (int)(size_t)arg, round;
    static const char *const requests[] = {"mt-MT", "fr-FR", "en-US", "is", "af-NA", NULL};
    pthread_barrier_wait(&start);
    for (round = 0; round < rounds * 4; round++) {
        size_t c, q;
        for (q = 0; q < sizeof requests / sizeof requests[0]; q++) {
            for (c = 0; c < winhttp_err_count(); c++) {
                uint32_t code = winhttp_err_code_at(c);
                const char *m = winhttp_err_message(code, requests[q]);
                const char *t = winhttp_err_text(code, WINHTTP_ERR_TEXT_HINTS, requests[q]);
                char line[512];
                if (m == NULL || t == NULL || m[0] == '\0' || t[0] == '\0')
                    bad_text[r]++;
                if (winhttp_err_format(code, requests[q], line, sizeof line) == 0)
                    bad_text[r]++;
                if (code == 12002 && q < 2) {
                    /* "mt N", "fr N", the shipped French text, or en-US's before mt-MT exists. */
                    if (!starts_with(m, q == 0 ? "mt " : "fr ") && m != fr_shipped && m != en_timeout)
                        bad_text[r]++;
                    if (nkept[r] < KEPT) {
                        kept[r][nkept[r]].p = m;
                        strncpy(kept[r][nkept[r]].copy, m, sizeof kept[r][0].copy - 1);
                        nkept[r]++;
                    }
                }
            }
        }
    }
    return NULL;
}

static void test_threads(void) {
    pthread_t threads[WRITERS + READERS];
    int i;
    size_t k;
    fr_shipped = winhttp_err_message(12002, "fr-FR");
    en_timeout = winhttp_err_message(12002, "en-US");
    pthread_barrier_init(&start, NULL, WRITERS + READERS);
    for (i = 0; i < WRITERS; i++)
        pthread_create(&threads[i], NULL, writer, (void *)(size_t)i);
    for (i = 0; i < READERS; i++)
        pthread_create(&threads[WRITERS + i], NULL, reader, (void *)(size_t)i);
    for (i = 0; i < WRITERS + READERS; i++)
        pthread_join(threads[i], NULL);
    pthread_barrier_destroy(&start);
    for (i = 0; i < WRITERS; i++)
        CHECK(failed_adds[i] == 0);
    for (i = 0; i < READERS; i++) {
        CHECK(bad_text[i] == 0);
        CHECK(nkept[i] > 0);
        for (k = 0; k < nkept[i]; k++) {
            /* Every pointer handed out is still readable and unchanged. */
            if (strncmp(kept[i][k].p, kept[i][k].copy, sizeof kept[i][0].copy - 1) != 0) {
                CHECK(0);
                break;
            }
        }
    }
    /* The last override of each is what lookups now see. */
    CHECK(starts_with(winhttp_err_message(12002, "fr-BE"), "fr "));
    /* Canadian French is a locale of its own: overriding fr-FR leaves it be. */
    CHECK(!starts_with(winhttp_err_message(12002, "fr-CA"), "fr "));
    CHECK(starts_with(winhttp_err_message(12002, "mt"), "mt "));
    CHECK(fr_shipped != winhttp_err_message(12002, "fr-FR"));
    CHECK(starts_with(fr_shipped, "Le d\xc3\xa9lai"));
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: locales FIXTURES_DIR\n");
        return 2;
    }
    fixtures = argv[1];
    if (argc > 2)
        rounds = atoi(argv[2]);
    test_session();
    test_threads();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
