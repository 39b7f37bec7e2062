/* What a Windows application would ship to report a WinHTTP failure to its user:
 * a TaskDialog in the user's language whose main instruction is the title
 * ("Connection timed out"), whose content is the plain summary naming the server
 * and the things to try, and whose collapsed "details" hold what a support desk
 * needs: the technical description, the symbolic name and the code. Where
 * TaskDialogIndirect is missing (comctl32 older than 6), a message box shows the
 * same parts.
 *
 *   error_dialog.exe                       WinHttpCrackUrl(L"gopher://example.com/") fails;
 *                                          report GetLastError() in the user's language
 *   error_dialog.exe CODE [LOCALES]        report CODE (12002, 0x80072EE2, ...) in LOCALES
 *                                          (L"fr-FR", L"sv-SE, fr;q=0.8"; default: the user's)
 *   --host NAME                            the server the application was talking to
 *   --locales DIR                          add the translations in DIR first (one folder
 *                                          per locale, as the project's locales/)
 *   --message-box                          a message box, even where TaskDialog exists
 *   --print (or WINHTTP_ERR_PRINT=1)       write the parts to stdout as UTF-8 instead of
 *                                          opening a window (for scripts and tests)
 *
 * Build (MinGW-w64; see README.md "Windows" for MSVC):
 *   x86_64-w64-mingw32-gcc -municode -I include examples/windows/error_dialog.c \
 *       target/x86_64-pc-windows-gnu/release/libwinhttp_err.dll.a -lwinhttp -o error_dialog.exe
 * and put winhttp_err.dll beside error_dialog.exe. A real application also embeds
 * a manifest that asks for Common Controls 6, where TaskDialogIndirect lives.
 *
 * Right to left (Arabic, Hebrew, ...: winhttp_err_direction_w says so): the text
 * carries its own marks, which fix the order inside each line (a host stays
 * "1.example.com"), but the window must be laid out and read right to left too:
 * TDF_RTL_LAYOUT for TaskDialogIndirect; MB_RTLREADING | MB_RIGHT for MessageBoxW
 * (DT_RTLREADING | DT_RIGHT for DrawTextW). */
#include <windows.h>
#include <commctrl.h>
#include <winhttp.h>

#include "winhttp_err.h"

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

typedef HRESULT(WINAPI *TaskDialogIndirectFn)(const TASKDIALOGCONFIG *, int *, int *, BOOL *);

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

static DWORD g_code;
static const WCHAR *g_locales, *g_host;

/* The summary naming the host: measure, allocate, fill (units; the NUL is extra). */
static WCHAR *summary_text(void) {
    size_t len = winhttp_err_summary_w(g_code, g_locales, g_host, NULL, 0);
    WCHAR *buf = malloc((len + 1) * sizeof *buf);
    if (buf != NULL) winhttp_err_summary_w(g_code, g_locales, g_host, buf, len + 1);
    return buf;
}

/* The one-line report ("Unknown WinHTTP error N ..." for an unknown code). */
static WCHAR *report_line(void) {
    size_t len = winhttp_err_format_w(g_code, g_locales, NULL, 0);
    WCHAR *buf = malloc((len + 1) * sizeof *buf);
    if (buf != NULL) winhttp_err_format_w(g_code, g_locales, buf, len + 1);
    return buf;
}

/* "• hint\n• hint": the hints as a list for the dialog's content. */
static WCHAR *bulleted(const WCHAR *hints) {
    size_t n = wcslen(hints), lines = 1, i, j = 0;
    WCHAR *out;
    for (i = 0; i < n; i++) lines += hints[i] == L'\n';
    out = malloc((n + 2 * lines + 1) * sizeof *out);
    if (out == NULL) return NULL;
    out[j++] = 0x2022; /* • */
    out[j++] = L' ';
    for (i = 0; i < n; i++) {
        out[j++] = hints[i];
        if (hints[i] == L'\n') {
            out[j++] = 0x2022;
            out[j++] = L' ';
        }
    }
    out[j] = 0;
    return out;
}

int wmain(int argc, wchar_t **argv) {
    int print = GetEnvironmentVariableW(L"WINHTTP_ERR_PRINT", NULL, 0) > 0, message_box = 0;
    const WCHAR *code_arg = NULL, *title, *hints, *name;
    WCHAR *summary, *details, *content, *hint_list = NULL;
    WCHAR numbers[64];
    size_t size;
    int i, known, rtl;

    g_locales = NULL; /* NULL: the user's UI languages */
    g_host = NULL;
    for (i = 1; i < argc; i++) {
        if (wcscmp(argv[i], L"--print") == 0)
            print = 1;
        else if (wcscmp(argv[i], L"--message-box") == 0)
            message_box = 1;
        else if (wcscmp(argv[i], L"--host") == 0 && i + 1 < argc)
            g_host = argv[++i];
        else if (wcscmp(argv[i], L"--locales") == 0 && i + 1 < argc) {
            /* The folder as UTF-8, as winhttp_err_add_locale_dir takes it. */
            char dir[4096], err[512] = "";
            if (WideCharToMultiByte(CP_UTF8, 0, argv[++i], -1, dir, sizeof dir, NULL, NULL) == 0 ||
                winhttp_err_add_locale_dir(dir, err, sizeof err) != WINHTTP_ERR_OK) {
                fprintf(stderr, "--locales: %s\n", err);
                return 2;
            }
        }
        else if (code_arg == NULL)
            code_arg = argv[i];
        else
            g_locales = argv[i];
    }
    /* Base 0: decimal, or 0x-prefixed hexadecimal for HRESULTs. */
    g_code = code_arg != NULL ? wcstoul(code_arg, NULL, 0) : real_winhttp_failure();
    known = winhttp_err_name_w(g_code) != NULL;
    rtl = winhttp_err_direction_w(g_locales) == WINHTTP_ERR_DIRECTION_RTL;

    /* The parts. An unknown code has no title or hints: its summary (which shows
     * the number) becomes the main instruction, and the report line the details. */
    summary = summary_text();
    if (summary == NULL) return 2;
    title = winhttp_err_text_w(g_code, WINHTTP_ERR_TEXT_TITLE, g_locales);
    hints = winhttp_err_text_w(g_code, WINHTTP_ERR_TEXT_HINTS, g_locales);
    name = winhttp_err_name_w(g_code);
    if (hints != NULL) hint_list = bulleted(hints);
    {
        /* "12002 (0x80072EE2)": the Win32 code and its HRESULT, as logs show them. */
        DWORD win32 = (g_code & 0xFFFF0000u) == 0x80070000u ? g_code & 0xFFFFu : g_code;
        DWORD hresult = win32 != 0 && win32 <= 0xFFFFu ? 0x80070000u | win32 : g_code;
        swprintf(numbers, sizeof numbers / sizeof *numbers, L"%lu (0x%08lX)",
                 (unsigned long)win32, (unsigned long)hresult);
    }
    details = known ? NULL : report_line();

    if (print) {
        print_utf8("language", winhttp_err_locale_w(g_locales));
        print_utf8("direction", rtl ? L"rtl" : L"ltr");
        print_utf8("title", title != NULL ? title : summary);
        print_utf8("summary", summary);
        if (hints != NULL) {
            const WCHAR *line = hints, *end;
            WCHAR one[512];
            while (*line) {
                end = wcschr(line, L'\n');
                size = end != NULL ? (size_t)(end - line) : wcslen(line);
                if (size >= sizeof one / sizeof *one) size = sizeof one / sizeof *one - 1;
                wmemcpy(one, line, size);
                one[size] = 0;
                print_utf8("hint", one);
                line += size + (end != NULL);
            }
        }
        print_utf8("description", known ? winhttp_err_message_w(g_code, g_locales) : details);
        print_utf8("name", known ? name : L"");
        print_utf8("code", numbers);
    } else {
        /* Content: the summary, then the hints. Expanded details: description,
         * name and code, for a support desk or a bug report. */
        size = wcslen(summary) + (hint_list != NULL ? wcslen(hint_list) : 0) + 3;
        content = malloc(size * sizeof *content);
        if (content == NULL) return 2;
        swprintf(content, size, L"%ls%ls%ls", summary, hint_list != NULL ? L"\n\n" : L"",
                 hint_list != NULL ? hint_list : L"");
        if (known) {
            const WCHAR *description = winhttp_err_message_w(g_code, g_locales);
            size = wcslen(description) + wcslen(name) + wcslen(numbers) + 8;
            details = malloc(size * sizeof *details);
            if (details == NULL) return 2;
            swprintf(details, size, L"%ls\n\n%ls, %ls", description, name, numbers);
        }
        {
            HMODULE comctl = LoadLibraryW(L"comctl32.dll");
            TaskDialogIndirectFn task_dialog =
                comctl != NULL
                    ? (TaskDialogIndirectFn)(void (*)(void))GetProcAddress(comctl, "TaskDialogIndirect")
                    : NULL;
            HRESULT shown = E_NOTIMPL;
            if (task_dialog != NULL && !message_box) {
                TASKDIALOGCONFIG config;
                ZeroMemory(&config, sizeof config);
                config.cbSize = sizeof config;
                config.dwFlags = TDF_ALLOW_DIALOG_CANCELLATION | (rtl ? TDF_RTL_LAYOUT : 0);
                config.dwCommonButtons = TDCBF_CLOSE_BUTTON;
                config.pszWindowTitle = L"Example application";
                config.pszMainIcon = TD_ERROR_ICON;
                config.pszMainInstruction = title != NULL ? title : summary;
                config.pszContent = title != NULL ? content : hint_list;
                config.pszExpandedInformation = details;
                shown = task_dialog(&config, NULL, NULL, NULL);
            }
            if (FAILED(shown)) {
                /* The same parts in a message box: title as caption, then content and details. */
                size = wcslen(content) + wcslen(details) + 3;
                WCHAR *all = malloc(size * sizeof *all);
                if (all != NULL) {
                    swprintf(all, size, L"%ls\n\n%ls", content, details);
                    MessageBoxW(NULL, all, title != NULL ? title : L"Example application",
                                MB_OK | MB_ICONERROR | (rtl ? MB_RTLREADING | MB_RIGHT : 0));
                    free(all);
                }
            }
        }
        free(content);
    }
    free(summary);
    free(details);
    free(hint_list);
    return known ? 0 : 1;
}
