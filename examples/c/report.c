/* Prints a localized error report for a WinHTTP code given on the command line.
 *
 *   cc -I include examples/c/report.c -L target/release -lwinhttp_err -o report
 *   ./report 12002 fr-FR        ./report 0x80072EE2        ./report -2147012894 sv,fr
 *
 * LOCALES is optional: without it the process default (LANG, LANGUAGE, ...) is used. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "winhttp_err.h"

int main(int argc, char **argv) {
    const char *locales;
    const char *name;
    char line[512];
    char *end;
    long long value;
    uint32_t code;
    size_t need;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s CODE [LOCALES]\n", argv[0]);
        return 2;
    }
    errno = 0;
    value = strtoll(argv[1], &end, 0);
    if (errno != 0 || *end != '\0' || value < -2147483648LL || value > 0xFFFFFFFFLL) {
        fprintf(stderr, "%s: not a code: %s\n", argv[0], argv[1]);
        return 2;
    }
    code = (uint32_t)value; /* a negative HRESULT keeps its bits */
    locales = argc == 3 ? argv[2] : NULL;

    need = winhttp_err_format(code, locales, line, sizeof line);
    name = winhttp_err_name(code);
    printf("language: %s\n", winhttp_err_locale(locales));
    printf("code:     %lu (0x%08lX)\n", (unsigned long)code, (unsigned long)code);
    printf("name:     %s\n", name ? name : "(unknown)");
    printf("report:   %s%s\n", line, need >= sizeof line ? "..." : "");
    return name ? 0 : 1;
}
