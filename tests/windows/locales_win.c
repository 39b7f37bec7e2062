/* Locales added at run time on Windows, run under Wine by tests/windows.rs.
 *
 * The test lays out, beside this program, "spr\u00e5k\\is-IS\\winhttp_err.ftl"
 * (a folder name that is not ASCII) and "spr\u00e5k-fel\\mt-MT\\winhttp_err.ftl"
 * (a file with an error). The program finds its own folder with
 * GetModuleFileNameW, builds the paths as UTF-16, converts them to UTF-8 with
 * WideCharToMultiByte(CP_UTF8), and passes them to winhttp_err_add_locale_dir,
 * as the header asks on Windows.
 *
 * Usage: locales_win nonascii|ascii DEFAULT_AFTER
 *   nonascii: the folders above; ascii: "sprak" and "sprak-fel" (same files).
 *   DEFAULT_AFTER: the tag NULL locales must give after the add ("is-IS" when
 *   the Windows user language is Icelandic, which no shipped locale covers), or
 *   "-" not to check it. (Wine maps non-ASCII file names only under a UTF-8
 *   LC_CTYPE the host has, and sets the user language only from a locale the
 *   host has: a host without is_IS needs one run for each.)
 * Prints "N passed, M failed"; exits 0 only when nothing failed. */
#include <windows.h>

#include "winhttp_err.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "../c/check.h"

/* The folder of this program, then `leaf`, as UTF-8. */
static void path_beside(const wchar_t *leaf, char *out, int out_len) {
    wchar_t wide[MAX_PATH * 2];
    DWORD n = GetModuleFileNameW(NULL, wide, MAX_PATH);
    wchar_t *slash = wcsrchr(wide, L'\\');
    CHECK(n > 0 && slash != NULL);
    if (slash == NULL)
        return;
    slash[1] = 0;
    wcscat(wide, leaf);
    CHECK(WideCharToMultiByte(CP_UTF8, 0, wide, -1, out, out_len, NULL, NULL) > 0);
}

int main(int argc, char **argv) {
    char dir[MAX_PATH * 4], err[512];
    int ascii = argc == 3 && strcmp(argv[1], "ascii") == 0;
    const char *after = argc == 3 ? argv[2] : "-";
    const char *icelandic = "Bei\xc3\xb0nin rann \xc3\xbat \xc3\xa1 t\xc3\xadma.";
    const WCHAR *w;
    size_t before = winhttp_err_locale_count();

    CHECK(strcmp(winhttp_err_locale(NULL), "en-US") == 0);

    /* A folder with an error: nothing added, the message names the file in UTF-8. */
    path_beside(ascii ? L"sprak-fel" : L"spr\u00e5k-fel", dir, sizeof dir);
    CHECK(winhttp_err_add_locale_dir(dir, err, sizeof err) == WINHTTP_ERR_INVALID_FTL);
    CHECK(strstr(err, ascii ? "sprak-fel" : "spr\xc3\xa5k-fel") != NULL);
    CHECK(strstr(err, "mt-MT") != NULL && strstr(err, ":2:") != NULL);
    printf("info: error: %s\n", err);
    CHECK(winhttp_err_locale_count() == before);

    /* A folder whose name is not ASCII. */
    path_beside(ascii ? L"sprak" : L"spr\u00e5k", dir, sizeof dir);
    CHECK(winhttp_err_add_locale_dir(dir, err, sizeof err) == WINHTTP_ERR_OK);
    printf("info: added: %s\n", err);
    CHECK(strncmp(err, "is-IS added: ", 13) == 0);
    CHECK(winhttp_err_locale_count() == before + 1);
    CHECK(strcmp(winhttp_err_locale_at(before), "is-IS") == 0);

    /* The user's language now answers, in UTF-8 and in UTF-16. */
    if (strcmp(after, "-") != 0) {
        printf("info: default after the add: %s\n", winhttp_err_locale(NULL));
        CHECK(strcmp(winhttp_err_locale(NULL), after) == 0);
        CHECK(strcmp(winhttp_err_locale(NULL), "is-IS") != 0 ||
              strcmp(winhttp_err_message(12002, NULL), icelandic) == 0);
    }
    CHECK(strcmp(winhttp_err_message(12002, "is_IS.UTF-8"), icelandic) == 0);
    w = winhttp_err_message_w(12002, L"is, en;q=0.5");
    CHECK(w != NULL && wcscmp(w, L"Bei\u00f0nin rann \u00fat \u00e1 t\u00edma.") == 0);
    w = winhttp_err_text_w(12002, WINHTTP_ERR_TEXT_TITLE, L"is");
    CHECK(w != NULL && wcscmp(w, L"Tengingin rann \u00fat \u00e1 t\u00edma") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"is-IS"), L"is-IS") == 0);

    /* A path that does not exist, and one that is not UTF-8. */
    CHECK(winhttp_err_add_locale_dir("C:\\no\\such\\folder", err, sizeof err) == WINHTTP_ERR_IO);
    CHECK(winhttp_err_add_locale_dir("C:\\\xff", err, sizeof err) == WINHTTP_ERR_IO);

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
