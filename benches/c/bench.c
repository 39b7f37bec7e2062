/* Side-by-side benchmark of the C ABI against what a C programmer already has:
 * glibc's strerrorname_np and GNU gettext's dgettext on a .mo built from this
 * project's own French messages. Prints one row per performance target, each as
 * a median over several repetitions measured in this run, ours and the peer
 * interleaved so that machine noise hits both alike.
 *
 * Built and run by benches/run.sh (which builds the .mo and the fr_FR.UTF-8
 * locale). Usage:
 *   bench po                      the .po (msgid en-US, msgstr fr-FR) from the library itself
 *   bench run MO_DIR STRIPPED_SO  the whole table; exits 1 if a target is missed
 * and, run by `bench run` in fresh processes of its own:
 *   bench first-ours REQUEST|-    ns of the first winhttp_err_message call ("-": NULL)
 *   bench first-peer MO_DIR       ns of the first dgettext call
 *   bench memory                  RSS growth in bytes over a million distinct requests
 */
#define _GNU_SOURCE
#include "winhttp_err.h"

#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DOMAIN "winhttp_err"
#define MAX_CODES 256
#define REPS 21           /* repetitions per row; the median is reported */
#define CALLS 200000      /* calls per repetition */
#define THREAD_MS 50        /* work per thread in a scaling run */
#define THREAD_REPS 11
#define FRESH_PROCESSES 20
#define ACCEPT "is-IS, fr;q=0.8, en;q=0.5"

static size_t ncodes;
static uint32_t codes[MAX_CODES];
static const char *msgids[MAX_CODES]; /* en-US text: the gettext msgid */
static const char *french[MAX_CODES]; /* what both sides must return */
static int errnos[MAX_CODES];         /* as many errno values with a name */
static volatile uintptr_t sink;       /* keeps results observable */
static int missed, checked, busy_machine;

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, size_t n) {
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void die(const char *what) {
    fprintf(stderr, "bench: %s\n", what);
    exit(2);
}

/* ---- the timed loops: one call per iteration, cycling through every code ---- */

#define LOOP(fn, expr)                                                  \
    static uintptr_t fn(size_t n) {                                     \
        uintptr_t acc = 0;                                              \
        size_t k = 0;                                                   \
        for (size_t i = 0; i < n; i++) {                                \
            acc += (uintptr_t)(expr);                                   \
            if (++k == ncodes) k = 0;                                   \
        }                                                               \
        return acc;                                                     \
    }

LOOP(ours_name, winhttp_err_name(codes[k]))
LOOP(peer_name, strerrorname_np(errnos[k]))
LOOP(ours_tag, winhttp_err_message(codes[k], "fr-FR"))
LOOP(ours_accept, winhttp_err_message(codes[k], ACCEPT))
LOOP(ours_default, winhttp_err_message(codes[k], NULL))
LOOP(peer_gettext, dgettext(DOMAIN, msgids[k]))
LOOP(ours_title, winhttp_err_text(codes[k], WINHTTP_ERR_TEXT_TITLE, "fr-FR"))
LOOP(ours_hints, winhttp_err_text(codes[k], WINHTTP_ERR_TEXT_HINTS, "fr-FR"))
/* The controls for thread scaling: no call, no shared write. The first makes one
 * load an iteration; the second keeps the execution units as busy as a warm lookup
 * does (several independent instructions a cycle): where the machine's two CPUs
 * share a core's units, such code scales less than the first, whoever wrote it. */
static volatile uintptr_t spin_seed = 1;
LOOP(control_spin, spin_seed ^ k)
static uintptr_t control_alu(size_t n) {
    uintptr_t a = 1, b = 2, c = 3, d = 4, e = 5, f = 6;
    for (size_t i = 0; i < n; i++) {
        for (int j = 0; j < 4; j++) {
            a += i, b ^= i, c += a, d ^= b, e += c, f ^= d;
            __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d), "+r"(e), "+r"(f));
        }
    }
    return a + b + c + d + e + f;
}

typedef uintptr_t (*loop_fn)(size_t);

static double time_ns_per_call(loop_fn f, size_t n) {
    double t0 = now_ns();
    sink += f(n);
    return (now_ns() - t0) / (double)n;
}

static void verdict_s(const char *what, double ours, const char *ours_unit, const char *peer,
                      double peer_v, double ratio, const char *target, const char *status) {
    char peer_col[64] = "-", ratio_col[32] = "-";
    if (peer_v >= 0) snprintf(peer_col, sizeof peer_col, "%.1f", peer_v);
    if (ratio >= 0) snprintf(ratio_col, sizeof ratio_col, "%.3fx", ratio);
    printf("| %-56s | %10.1f %-3s | %-22s | %10s | %8s | %-16s | %-5s |\n", what, ours, ours_unit,
           peer, peer_col, ratio_col, target, status);
    if (strcmp(status, "info") != 0) checked++;
    if (strncmp(status, "MISS", 4) == 0) missed++;
    if (strcmp(status, "MISS*") == 0) busy_machine = 1;
    fflush(stdout);
}

static void verdict(const char *what, double ours, const char *ours_unit, const char *peer,
                    double peer_v, double ratio, const char *target, int pass) {
    verdict_s(what, ours, ours_unit, peer, peer_v, ratio, target, pass ? "PASS" : "MISS");
}

/* Ours and the peer, interleaved, REPS times; the ratio of the medians. */
static void compare(const char *what, loop_fn ours, const char *peer_name, loop_fn peer,
                    double max_ratio, const char *target) {
    double o[REPS], p[REPS];
    ours(CALLS / 10), peer(CALLS / 10); /* warm: every string formatted, every page touched */
    for (int r = 0; r < REPS; r++) {
        o[r] = time_ns_per_call(ours, CALLS);
        p[r] = time_ns_per_call(peer, CALLS);
    }
    double mo = median(o, REPS), mp = median(p, REPS);
    verdict(what, mo, "ns", peer_name, mp, mo / mp, target, mo / mp <= max_ratio);
}

/* ---- two threads at once ---- */

struct worker {
    _Alignas(64) loop_fn f; /* a cache line each: the harness must not share one itself */
    size_t calls;
    int threads;
    double start, end;
};

static atomic_int ready;

static void *work(void *arg) {
    struct worker *w = arg;
    /* A spinning start: waking an idle CPU through a futex can take a millisecond. */
    atomic_fetch_add(&ready, 1);
    while (atomic_load(&ready) < w->threads) {
    }
    w->start = now_ns();
    sink += w->f(w->calls);
    w->end = now_ns();
    return NULL;
}

/* Wall time of `threads` threads each making `calls` calls of `f`. */
static double wall_ns(loop_fn f, size_t calls, int threads) {
    pthread_t tid[2];
    static struct worker w[2];
    atomic_store(&ready, 0);
    for (int i = 0; i < threads; i++) {
        w[i] = (struct worker){f, calls, threads, 0, 0};
        if (pthread_create(&tid[i], NULL, work, &w[i])) die("pthread_create");
    }
    double start = 1e300, end = 0;
    for (int i = 0; i < threads; i++) {
        pthread_join(tid[i], NULL);
        if (w[i].start < start) start = w[i].start;
        if (w[i].end > end) end = w[i].end;
    }
    return end - start;
}

/* Throughput of 2 threads over that of 1: 2 * t1 / t2, median of THREAD_REPS, with
 * THREAD_MS of work per thread so that starting threads is noise. */
static double scaling(loop_fn f) {
    size_t calls = (size_t)(THREAD_MS * 1e6 / time_ns_per_call(f, CALLS));
    double ratio[THREAD_REPS];
    for (int r = 0; r < THREAD_REPS; r++) {
        double t1 = wall_ns(f, calls, 1), t2 = wall_ns(f, calls, 2);
        ratio[r] = 2 * t1 / t2;
    }
    return median(ratio, THREAD_REPS);
}

/* Thread 0's own time for `calls` calls of `f` while thread 1 runs `g`. */
static double beside_ns(loop_fn f, size_t calls, loop_fn g, size_t g_calls) {
    pthread_t tid[2];
    static struct worker w[2];
    atomic_store(&ready, 0);
    w[0] = (struct worker){f, calls, 2, 0, 0};
    w[1] = (struct worker){g, g_calls, 2, 0, 0};
    for (int i = 0; i < 2; i++)
        if (pthread_create(&tid[i], NULL, work, &w[i])) die("pthread_create");
    for (int i = 0; i < 2; i++) pthread_join(tid[i], NULL);
    return w[0].end - w[0].start;
}

/* What a second thread of the same lookups costs the first, over what a second
 * thread of ALU-bound work costs it (median of THREAD_REPS): the ALU loop shares no
 * memory, so above 1 the lookups share something (a written cache line); at 1 a
 * throughput row's miss is the machine's two CPUs sharing execution units. */
static double sharing(loop_fn f) {
    size_t calls = (size_t)(THREAD_MS * 1e6 / time_ns_per_call(f, CALLS));
    size_t alu_calls = (size_t)(1.5 * THREAD_MS * 1e6 / time_ns_per_call(control_alu, CALLS / 100));
    double ratio[THREAD_REPS];
    for (int r = 0; r < THREAD_REPS; r++) {
        double same = beside_ns(f, calls, f, calls + calls / 2);
        double alu = beside_ns(f, calls, control_alu, alu_calls);
        ratio[r] = same / alu;
    }
    return median(ratio, THREAD_REPS);
}

/* ---- fresh processes ---- */

/* Runs this program with `args` and returns what it printed as a number. */
static double child(char *const args[]) {
    int fd[2];
    if (pipe(fd)) die("pipe");
    pid_t pid = fork();
    if (pid < 0) die("fork");
    if (pid == 0) {
        dup2(fd[1], 1);
        close(fd[0]);
        execv("/proc/self/exe", args);
        _exit(127);
    }
    close(fd[1]);
    char out[64] = {0};
    ssize_t n = read(fd[0], out, sizeof out - 1);
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    if (n <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) die("a child run failed");
    return strtod(out, NULL);
}

static double median_of_children(char *const args[]) {
    double v[FRESH_PROCESSES];
    for (int i = 0; i < FRESH_PROCESSES; i++) v[i] = child(args);
    return median(v, FRESH_PROCESSES);
}

/* Both first-call children start as a C program does, with setlocale(LC_ALL, "")
 * (which also sets up malloc); the peer then binds its domain. Only the first
 * call itself is timed: loading and symbol binding (-z now) come before. */
static int first_ours(const char *request) {
    const char *req = strcmp(request, "-") == 0 ? NULL : request;
    if (!setlocale(LC_ALL, "")) return 1;
    double t0 = now_ns();
    const char *text = winhttp_err_message(12002, req);
    double t1 = now_ns();
    if (text == NULL) return 1;
    printf("%.0f\n", t1 - t0);
    return 0;
}

static int first_peer(const char *mo_dir) {
    if (!setlocale(LC_ALL, "")) return 1;
    bindtextdomain(DOMAIN, mo_dir);
    bind_textdomain_codeset(DOMAIN, "UTF-8");
    const char *msgid = winhttp_err_message(12002, "en-US"); /* setup, not timed */
    double t0 = now_ns();
    const char *text = dgettext(DOMAIN, msgid);
    double t1 = now_ns();
    if (text == msgid) return 1; /* untranslated: the .mo was not used */
    printf("%.0f\n", t1 - t0);
    return 0;
}

static long rss_bytes(void) {
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f || fscanf(f, "%ld %ld", &pages, &resident) != 2) die("/proc/self/statm");
    fclose(f);
    return resident * sysconf(_SC_PAGESIZE);
}

/* A million distinct requests, every 1000th a long one; RSS growth after warming up. */
static int memory(void) {
    char buf[2048];
    for (unsigned i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "w%u-x, fr;q=0.%u", i, i % 10);
        sink += (uintptr_t)winhttp_err_message(12002, buf);
    }
    long before = rss_bytes();
    for (unsigned i = 0; i < 1000000; i++) {
        int n = snprintf(buf, sizeof buf, "x%u-%c%c, fr;q=0.%u, en_%c%c.UTF-8", i, 'a' + i % 26,
                         'a' + i / 26 % 26, i % 10, 'A' + i % 23, 'A' + i / 23 % 26);
        if (i % 1000 == 0) memset(buf + n, 'z', sizeof buf - n - 1), buf[sizeof buf - 1] = 0;
        if (winhttp_err_message(12002, buf) == NULL) return 1;
    }
    printf("%ld\n", rss_bytes() - before);
    return 0;
}

/* ---- the .po, from the library itself ---- */

static void po_string(const char *s) {
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') putchar('\\');
        if (*s == '\n') fputs("\\n", stdout);
        else putchar(*s);
    }
    puts("\"");
}

static int po(void) {
    printf("msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: winhttp-err %s\\n\"\n"
           "\"Language: fr\\n\"\n\"MIME-Version: 1.0\\n\"\n"
           "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
           "\"Content-Transfer-Encoding: 8bit\\n\"\n\n",
           winhttp_err_version());
    for (size_t i = 0; i < winhttp_err_count(); i++) {
        uint32_t code = winhttp_err_code_at(i);
        const char *en = winhttp_err_message(code, "en-US");
        int seen = 0; /* msgfmt rejects a msgid given twice */
        for (size_t j = 0; j < i; j++)
            seen |= strcmp(en, winhttp_err_message(winhttp_err_code_at(j), "en-US")) == 0;
        if (seen) continue;
        printf("# %s\nmsgid ", winhttp_err_name(code));
        po_string(en);
        fputs("msgstr ", stdout);
        po_string(winhttp_err_message(code, "fr-FR"));
        putchar('\n');
    }
    return 0;
}

/* ---- the table ---- */

static int run(const char *mo_dir, const char *stripped) {
    if (!setlocale(LC_ALL, "")) die("setlocale(LC_ALL, \"\") failed: is fr_FR.UTF-8 installed?");
    setlocale(LC_NUMERIC, "C"); /* a decimal point in the table; dgettext reads LC_MESSAGES */
    if (strcmp(setlocale(LC_MESSAGES, NULL), "C") == 0) die("LC_ALL must name a French locale");
    if (!bindtextdomain(DOMAIN, mo_dir) || !bind_textdomain_codeset(DOMAIN, "UTF-8"))
        die("bindtextdomain");
    if (strcmp(winhttp_err_locale(NULL), "fr-FR") != 0) die("the process default is not fr-FR");

    /* Every code both sides translate the same way, or the comparison is meaningless. */
    ncodes = winhttp_err_count();
    if (ncodes > MAX_CODES) die("too many codes");
    for (size_t i = 0; i < ncodes; i++) {
        codes[i] = winhttp_err_code_at(i);
        msgids[i] = winhttp_err_message(codes[i], "en-US");
        french[i] = winhttp_err_message(codes[i], "fr-FR");
        const char *theirs = dgettext(DOMAIN, msgids[i]);
        if (strcmp(french[i], msgids[i]) == 0) die("a French message equals its English one");
        if (strcmp(theirs, french[i]) != 0) {
            fprintf(stderr, "dgettext(%s) = \"%s\", want \"%s\"\n", winhttp_err_name(codes[i]),
                    theirs, french[i]);
            die("dgettext does not return the French translation");
        }
        if (winhttp_err_message(codes[i], ACCEPT) != french[i] ||
            winhttp_err_message(codes[i], NULL) != french[i])
            die("winhttp_err_message does not return the French text");
        static int e = 0;
        while (strerrorname_np(++e) == NULL)
            if (e > 4096) die("not enough errno values have a name");
        errnos[i] = e;
    }
    printf("codes: %zu; dgettext verified to return the French text of every one; "
           "medians of %d repetitions (%d fresh processes for first calls)\n\n",
           ncodes, REPS, FRESH_PROCESSES);
    printf("| %-56s | %14s | %-22s | %10s | %8s | %-16s | %-5s |\n", "what", "ours", "peer",
           "peer", "ratio", "target", "");
    printf("|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------------------------------------------",
           "----------------", "------------------------", "------------", "----------",
           "------------------", "-------");

    compare("winhttp_err_name", ours_name, "strerrorname_np ns", peer_name, 1.0, "<= 1.0x");
    compare("winhttp_err_message(code, \"fr-FR\")", ours_tag, "dgettext ns", peer_gettext, 0.1,
            "<= 0.1x");
    compare("winhttp_err_message(code, \"" ACCEPT "\")", ours_accept, "dgettext ns",
            peer_gettext, 0.5, "<= 0.5x");
    compare("winhttp_err_message(code, NULL)", ours_default, "dgettext ns", peer_gettext, 0.1,
            "<= 0.1x");
    /* The end-user parts are static tables like the descriptions: as fast. */
    compare("winhttp_err_text(code, TITLE, \"fr-FR\")", ours_title, "dgettext ns", peer_gettext,
            0.1, "<= 0.1x");
    compare("winhttp_err_text(code, HINTS, \"fr-FR\")", ours_hints, "message(\"fr-FR\") ns",
            ours_tag, 1.25, "<= 1.25x");

    /* What the machine gives two threads right now: other load on a shared
     * machine caps every program's scaling, ours and the peer's alike. */
    double ceiling = scaling(control_spin);
    double ceiling_alu = scaling(control_alu);
    double peer2 = scaling(peer_gettext);
    verdict_s("2 threads / 1 thread: arithmetic loop (ceiling)", ceiling, "x", "dgettext, x",
              peer2, -1, "(control)", "info");
    verdict_s("2 threads / 1 thread: ALU-bound loop (ceiling)", ceiling_alu, "x", "-", -1, -1,
              "(control)", "info");
    const char *busy = ceiling < 1.7 || ceiling_alu < 1.7 ? "MISS*" : "MISS";
    double ours2 = scaling(ours_accept);
    verdict_s("2 threads / 1 thread throughput, Accept-Lang.", ours2, "x", "dgettext, x", peer2,
              -1, ">= 1.7x", ours2 >= 1.7 ? "PASS" : busy);
    ours2 = scaling(ours_tag);
    verdict_s("2 threads / 1 thread throughput, \"fr-FR\"", ours2, "x", "dgettext, x", peer2, -1,
              ">= 1.7x", ours2 >= 1.7 ? "PASS" : busy);
    double shared = sharing(ours_accept);
    verdict("beside the same lookups / beside ALU work, Accept-Lang.", shared, "x", "-", -1, -1,
            "<= 1.15x", shared <= 1.15);
    shared = sharing(ours_tag);
    verdict("beside the same lookups / beside ALU work, \"fr-FR\"", shared, "x", "-", -1, -1,
            "<= 1.15x", shared <= 1.15);

    char *peer_args[] = {"bench", "first-peer", (char *)mo_dir, NULL};
    double peer_first = median_of_children(peer_args) / 1000;
    const char *firsts[][2] = {{"\"fr-FR\"", "fr-FR"}, {"Accept-Language", ACCEPT},
                               {"NULL (LC_ALL=fr_FR.UTF-8)", "-"}};
    for (size_t i = 0; i < 3; i++) {
        char what[64];
        char *args[] = {"bench", "first-ours", (char *)firsts[i][1], NULL};
        double us = median_of_children(args) / 1000;
        snprintf(what, sizeof what, "first call, fresh process, %s", firsts[i][0]);
        verdict(what, us, "us", "dgettext first, us", peer_first, us / peer_first, "<= 1.0x",
                us <= peer_first);
    }

    struct stat st;
    if (stat(stripped, &st)) die("cannot stat the stripped cdylib");
    double kib = (double)st.st_size / 1024;
    verdict("stripped release cdylib, 41 locales", kib, "KiB", "-", -1, -1, "<= 1280 KiB",
            kib <= 1280);

    char *mem_args[] = {"bench", "memory", NULL};
    double grow = child(mem_args) / 1024;
    verdict("RSS growth, 1,000,000 distinct `locales`", grow, "KiB", "-", -1, -1, "< 2048 KiB",
            grow < 2048);

    printf("\ntargets met: %d of %d\n", checked - missed, checked);
    if (busy_machine)
        printf("MISS*: the machine itself gave two threads less than 1.7x (a control row): other\n"
               "processes hold the cores, or its two CPUs share one core's execution units\n"
               "(the ALU-bound row); rerun on an idle machine with cores of their own.\n");
    return missed ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "po") == 0) return po();
    if (argc == 3 && strcmp(argv[1], "first-ours") == 0) return first_ours(argv[2]);
    if (argc == 3 && strcmp(argv[1], "first-peer") == 0) return first_peer(argv[2]);
    if (argc == 2 && strcmp(argv[1], "memory") == 0) return memory();
    if (argc == 4 && strcmp(argv[1], "run") == 0) return run(argv[2], argv[3]);
    fprintf(stderr, "usage: %s po | run MO_DIR STRIPPED_SO\n", argv[0]);
    return 2;
}
