/* The assertion kit of the C test programs: CHECK counts, reports a failure on
 * stderr and goes on; each program ends by printing "N passed, M failed", the
 * line the Rust harnesses read. */
#ifndef WINHTTP_ERR_TEST_CHECK_H
#define WINHTTP_ERR_TEST_CHECK_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (cond) {                                                                   \
            passed++;                                                                 \
        } else {                                                                      \
            failed++;                                                                 \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                             \
    } while (0)

#endif
