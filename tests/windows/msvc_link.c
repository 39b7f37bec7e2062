/* Linked the MSVC way (clang in MSVC mode, lld-link, lib/winhttp_err.lib from the
 * release zip) with no C runtime: its own entry point, kernel32 for output. Prints
 * what the DLL answers, one "key: value" line each, for tests/windows.rs to compare. */
#include <stddef.h>
#include <stdint.h>

#include "winhttp_err.h"

typedef void *HANDLE;
__declspec(dllimport) HANDLE __stdcall GetStdHandle(unsigned long which);
__declspec(dllimport) int __stdcall WriteFile(HANDLE file, const void *data, unsigned long len,
                                              unsigned long *written, void *overlapped);
__declspec(dllimport) void __stdcall ExitProcess(unsigned int status);

static HANDLE out;

static void put(const char *text) {
    size_t len = 0;
    while (text[len])
        len++;
    unsigned long written = 0;
    WriteFile(out, text, (unsigned long)len, &written, NULL);
}

static void line(const char *key, const char *value) {
    put(key);
    put(": ");
    put(value ? value : "(null)");
    put("\n");
}

void start(void) {
    out = GetStdHandle((unsigned long)-11); /* STD_OUTPUT_HANDLE */
    line("version", winhttp_err_version());
    line("name", winhttp_err_name(12002));
    line("message", winhttp_err_message(12002, "fr-FR"));
    line("locale", winhttp_err_locale("ja-JP"));
    char buf[256];
    winhttp_err_summary(12007, "de-DE", "example.com", buf, sizeof buf);
    line("summary", buf);
    const uint16_t *wide = winhttp_err_name_w(12029);
    char narrow[64];
    size_t i = 0;
    for (; wide && wide[i] && i + 1 < sizeof narrow; i++)
        narrow[i] = (char)wide[i];
    narrow[i] = 0;
    line("name_w", narrow);
    ExitProcess(winhttp_err_code("ERROR_WINHTTP_TIMEOUT") == 12002 ? 0 : 3);
}
