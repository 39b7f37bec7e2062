/* A real data race next to library calls: the canary that shows the helgrind
 * filter of tests/stress.rs still reports races that are not std's (an
 * unsynchronized counter written by two threads).
 * Usage: race_canary   (prints "N passed, M failed") */
#define _POSIX_C_SOURCE 200809L
#include "winhttp_err.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static long counter; /* written by both threads without synchronization */

static void *worker(void *arg) {
    int i, ok = 1;
    for (i = 0; i < 1000; i++) {
        counter++;
        ok &= strcmp(winhttp_err_locale(i % 2 ? "fr" : "en"), i % 2 ? "fr-FR" : "en-US") == 0;
    }
    *(int *)arg = ok;
    return NULL;
}

int main(void) {
    pthread_t a, b;
    int ok_a = 0, ok_b = 0;
    pthread_create(&a, NULL, worker, &ok_a);
    pthread_create(&b, NULL, worker, &ok_b);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d passed, %d failed\n", ok_a + ok_b, 2 - ok_a - ok_b);
    return ok_a && ok_b ? 0 : 1;
}
