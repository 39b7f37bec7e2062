/* Concurrency stress test: THREADS threads start together behind a barrier on a
 * cold library (no call before it), so first calls race on every lazy table, and
 * each runs the same workload (mixed codes, locales, NULL) from a different
 * starting point, ROUNDS times. After the join, every thread's results must be
 * identical (same pointers, same formatted lines) and match known strings.
 * Usage: stress EXPECTED_DEFAULT_TAG [ROUNDS]   (prints "N passed, M failed") */
#define _POSIX_C_SOURCE 200809L
#include "winhttp_err.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 8

#include "check.h"

static const uint32_t codes[] = {12002, 0x80072EE2u, 6, 122, 12029, 12175, 12193, 54321, 0, 0xFFFFFFFFu};
static const char *const locales[] = {NULL, "", "fr-FR", "en-US", "fr", "fr-CA", "is-IS, fr;q=0.8",
                                      "is:fr", "C", "zz", "\xff\xfe", "en-CA;q=0.9, fr;q=0.1", "en-AU"};
#define NCODES (sizeof codes / sizeof codes[0])
#define NLOCALES (sizeof locales / sizeof locales[0])
#define NWORK (NCODES * NLOCALES)

/* What one (code, locales) pair gave. */
struct result {
    const char *name, *message, *locale, *title, *hints;
    const uint16_t *title_w;
    uint32_t code_back, category, direction, direction_w;
    int transient;
    size_t need;
    char line[512];
    char summary[512]; /* naming a host */
    char reasons[1024]; /* certificate flags derived from the code */
};

static struct result results[THREADS][NWORK];
static pthread_barrier_t start;
static int rounds = 50;
static int mismatches[THREADS];
static int cache_errors[THREADS];

static void run(uint32_t code, const char *loc, struct result *r) {
    char small[7];
    r->name = winhttp_err_name(code);
    r->message = winhttp_err_message(code, loc);
    r->locale = winhttp_err_locale(loc);
    r->code_back = winhttp_err_code(r->name);
    r->need = winhttp_err_format(code, loc, r->line, sizeof r->line);
    if (winhttp_err_format(code, loc, small, sizeof small) != r->need || strlen(small) >= sizeof small)
        r->need = (size_t)-1;
    r->title = winhttp_err_text(code, WINHTTP_ERR_TEXT_TITLE, loc);
    r->hints = winhttp_err_text(code, WINHTTP_ERR_TEXT_HINTS, loc);
    r->title_w = winhttp_err_text_w(code, WINHTTP_ERR_TEXT_TITLE, NULL);
    r->category = winhttp_err_category(code);
    r->transient = winhttp_err_is_transient(code);
    r->direction = winhttp_err_direction(loc);
    r->direction_w = winhttp_err_direction_w(NULL);
    winhttp_err_summary(code, loc, "b\xC3\xBC" "cher.example\xE2\x80\xAE", r->summary, sizeof r->summary);
    winhttp_err_cert_flags(code ^ 0x80000028u, loc, r->reasons, sizeof r->reasons);
}

/* Same pointers, same texts. */
static int same(const struct result *a, const struct result *b) {
    return a->name == b->name && a->message == b->message && a->locale == b->locale &&
           a->title == b->title && a->hints == b->hints && a->title_w == b->title_w &&
           a->code_back == b->code_back && a->category == b->category && a->transient == b->transient &&
           a->direction == b->direction && a->direction_w == b->direction_w &&
           a->need == b->need && strcmp(a->line, b->line) == 0 && strcmp(a->summary, b->summary) == 0 &&
           strcmp(a->reasons, b->reasons) == 0;
}

static void *worker(void *arg) {
    int t = (int)(size_t)arg, round;
    size_t i;
    char unique[64];
    pthread_barrier_wait(&start);
    for (round = 0; round < rounds; round++) {
        for (i = 0; i < NWORK; i++) {
            /* Each thread walks the workload from its own offset. */
            size_t k = (i + (size_t)t * 7 + (size_t)round) % NWORK;
            struct result r;
            const char *tag;
            run(codes[k / NLOCALES], locales[k % NLOCALES], round == 0 ? &results[t][k] : &r);
            if (round > 0 && !same(&r, &results[t][k])) mismatches[t]++;
            /* Requests nobody else sends: concurrent cache writes to every slot. */
            snprintf(unique, sizeof unique, "xx-%d-%d-%zu, fr;q=0.%d", t, round, i, 1 + (int)(i % 9));
            tag = winhttp_err_locale(unique);
            if (strcmp(tag, "fr-FR") != 0) cache_errors[t]++;
            snprintf(unique, sizeof unique, "q%d-%d-%zu", t, round, i);
            if (strcmp(winhttp_err_locale(unique), "en-US") != 0) cache_errors[t]++;
        }
    }
    return NULL;
}

static const struct result *find(uint32_t code, const char *loc) {
    size_t c, l;
    for (c = 0; c < NCODES; c++)
        for (l = 0; l < NLOCALES; l++)
            if (codes[c] == code && locales[l] == loc) return &results[0][c * NLOCALES + l];
    return NULL;
}

int main(int argc, char **argv) {
    pthread_t threads[THREADS];
    size_t t, k;
    const char *expected_default;
    if (argc < 2) {
        fprintf(stderr, "usage: %s EXPECTED_DEFAULT_TAG [ROUNDS]\n", argv[0]);
        return 2;
    }
    expected_default = argv[1];
    if (argc > 2) rounds = atoi(argv[2]);
    pthread_barrier_init(&start, NULL, THREADS);
    for (t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, worker, (void *)t);
    for (t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    pthread_barrier_destroy(&start);

    /* Every thread saw exactly what thread 0 saw, and the same in every round. */
    for (t = 0; t < THREADS; t++) {
        CHECK(mismatches[t] == 0);
        CHECK(cache_errors[t] == 0);
        for (k = 0; k < NWORK; k++) {
            const struct result *a = &results[0][k], *b = &results[t][k];
            CHECK(same(a, b));
            CHECK(a->need != (size_t)-1 && a->need == strlen(a->line));
            CHECK((a->name == NULL) == (a->message == NULL));
        }
    }
    /* And what they agree on is right. */
    CHECK(strncmp(find(12002, "fr-FR")->message, "Le délai", strlen("Le délai")) == 0);
    CHECK(find(0x80072EE2u, "fr")->message == find(12002, "fr-FR")->message);
    CHECK(find(12002, "is-IS, fr;q=0.8")->message == find(12002, "fr-FR")->message);
    CHECK(find(12002, "en-CA;q=0.9, fr;q=0.1")->message == find(12002, "en-US")->message);
    CHECK(find(12002, "fr-CA")->message != find(12002, "fr-FR")->message);
    /* en-AU reads the partial en-GB: its own 12002, en-US's 12029. */
    CHECK(strstr(find(12002, "en-AU")->message, "behaviour") != NULL);
    CHECK(strcmp(find(12029, "en-AU")->message, find(12029, "en-US")->message) == 0);
    CHECK(strcmp(find(6, "en-AU")->locale, "en-GB") == 0);
    CHECK(strncmp(find(12002, "en-US")->message, "The request timed out", 21) == 0);
    CHECK(strcmp(find(12002, "en-US")->name, "ERROR_WINHTTP_TIMEOUT") == 0);
    CHECK(find(12002, "en-US")->code_back == 12002);
    CHECK(strstr(find(12002, "en-US")->line, "(ERROR_WINHTTP_TIMEOUT, 12002)") != NULL);
    CHECK(strstr(find(54321, "fr")->line, "54321") != NULL && find(54321, "fr")->message == NULL);
    CHECK(strcmp(find(6, NULL)->locale, expected_default) == 0);
    CHECK(find(6, "")->locale == find(6, NULL)->locale);
    CHECK(strcmp(find(6, "\xff\xfe")->locale, "en-US") == 0);
    CHECK(strcmp(find(6, "is:fr")->locale, "fr-FR") == 0);
    CHECK(strcmp(find(6, "C")->locale, "en-US") == 0);
    CHECK(strcmp(find(12002, "en-US")->title, "Connection timed out") == 0);
    CHECK(find(12002, "fr")->title == winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "fr-FR"));
    CHECK(strstr(find(12002, "fr")->summary, "b\xC3\xBC" "cher.example") != NULL);
    CHECK(strstr(find(12002, "fr")->summary, "\xE2\x80\xAE") == NULL);
    CHECK(find(12002, "en-US")->category == WINHTTP_ERR_CATEGORY_TIMEOUT && find(12002, "en-US")->transient == 1);
    CHECK(find(54321, "fr")->title == NULL && find(54321, "fr")->category == WINHTTP_ERR_CATEGORY_UNKNOWN);
    CHECK(strstr(find(54321, "en-US")->summary, "54321") != NULL);
    CHECK(strchr(find(12002, "en-US")->reasons, '\n') != NULL);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
