/* A Win32 program that reports a WinHTTP failure the way a desktop app would: a
 * message box whose title is the error's symbolic name and whose text is the
 * localized description line, in the user's Windows UI language.
 *
 *   error_dialog.exe                  WinHttpCrackUrl(L"gopher://example.com/") fails;
 *                                     report GetLastError() in the user's language
 *   error_dialog.exe CODE [LOCALES]   report CODE (12002, 0x80072EE2, ...) in LOCALES
 *                                     (L"fr-FR", L"de-DE, fr;q=0.8"; default: the user's)
 *   --print (or WINHTTP_ERR_PRINT=1)  write the report to stdout as UTF-8 instead of
 *                                     opening a window (for scripts and tests)
 *
 * Build (MinGW-w64; see README.md "Windows" for MSVC):
 *   x86_64-w64-mingw32-gcc -municode -I include examples/windows/error_dialog.c \
 *       target/x86_64-pc-windows-gnu/release/libwinhttp_err.dll.a -lwinhttp -o error_dialog.exe
 * and put winhttp_err.dll beside error_dialog.exe. */
#include <windows.h>
#include <winhttp.h>

#include "winhttp_err.h"

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

/* A failure WinHTTP itself reports: an unsupported URL scheme. */
static DWORD real_winhttp_failure(void) {
    URL_COMPONENTS parts;
    ZeroMemory(&parts, sizeof parts);
    parts.dwStructSize = sizeof parts;
    parts.dwHostNameLength = (DWORD)-1;
    parts.dwUrlPathLength = (DWORD)-1;
    if (WinHttpCrackUrl(L"gopher://example.com/", 0, 0, &parts)) return 0;
    return GetLastError();
}

/* UTF-16 to stdout as UTF-8, the encoding pipes and modern consoles expect. */
static void print_utf8(const char *label, const WCHAR *text) {
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char *utf8 = n > 0 ? malloc((size_t)n) : NULL;
    if (utf8 == NULL) return;
    WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, n, NULL, NULL);
    printf("%s: %s\n", label, utf8);
    free(utf8);
}

int wmain(int argc, wchar_t **argv) {
    int print = GetEnvironmentVariableW(L"WINHTTP_ERR_PRINT", NULL, 0) > 0;
    const WCHAR *code_arg = NULL, *locales = NULL; /* NULL: the user's UI languages */
    const uint16_t *title;
    WCHAR *text;
    DWORD code;
    size_t len;
    int i;

    for (i = 1; i < argc; i++) {
        if (wcscmp(argv[i], L"--print") == 0)
            print = 1;
        else if (code_arg == NULL)
            code_arg = argv[i];
        else
            locales = argv[i];
    }
    /* Base 0: decimal, or 0x-prefixed hexadecimal for HRESULTs. */
    code = code_arg != NULL ? wcstoul(code_arg, NULL, 0) : real_winhttp_failure();

    /* Title: the symbolic name; an unknown code still gets a report line. */
    title = winhttp_err_name_w(code);
    if (title == NULL) title = L"WinHTTP";

    /* Text: measure, allocate, format (units, not bytes; the NUL is extra). */
    len = winhttp_err_format_w(code, locales, NULL, 0);
    text = malloc((len + 1) * sizeof *text);
    if (text == NULL) return 2;
    winhttp_err_format_w(code, locales, text, len + 1);

    if (print) {
        print_utf8("language", winhttp_err_locale_w(locales));
        print_utf8("title", title);
        print_utf8("text", text);
    } else {
        MessageBoxW(NULL, text, title, MB_OK | MB_ICONERROR);
    }
    free(text);
    return winhttp_err_name_w(code) != NULL ? 0 : 1;
}
