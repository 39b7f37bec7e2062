/* The Windows contract of winhttp_err.dll, run under Wine by tests/windows.rs.
 *
 * Compiled with x86_64-w64-mingw32-gcc -Wall -Wextra -Werror with <windows.h> and
 * <winhttp.h> included BEFORE our header (order.c includes them after it), and
 * linked to the DLL through its import library libwinhttp_err.dll.a.
 *
 * Usage: contract_win EXPECTED_DEFAULT_TAG
 *   EXPECTED_DEFAULT_TAG is the tag NULL locales must negotiate to, given the
 *   Windows user language Wine derives from LANG (fr-FR for LANG=fr_FR.UTF-8).
 * Prints facts about the Windows side (lines starting "info:"), then
 * "N passed, M failed"; exits 0 only when nothing failed. */
#include <winsock2.h>
#include <windows.h>
#include <winhttp.h>

#include "winhttp_err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* In order.c, compiled with the headers the other way round. */
LPCWSTR order_tu_timeout_name(void);

/* mingw-w64 10's <winhttp.h> stops at 12190; these three are in newer SDKs. */
#ifndef ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED
#define ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED (WINHTTP_ERROR_BASE + 191)
#define NOT_IN_SDK_191 1
#endif
#ifndef ERROR_WINHTTP_FEATURE_DISABLED
#define ERROR_WINHTTP_FEATURE_DISABLED (WINHTTP_ERROR_BASE + 192)
#define NOT_IN_SDK_192 1
#endif
#ifndef ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED
#define ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED (WINHTTP_ERROR_BASE + 193)
#define NOT_IN_SDK_193 1
#endif

#include "../c/check.h"

/* Every code the WinHTTP reference lists, and the Winsock codes WinHTTP passes
 * through, by the SDK's own macro: the value comes from the real header and the
 * expected name is the macro's spelling. */
#define E(x) {(uint32_t)(x), #x}
static const struct {
    uint32_t code;
    const char *name;
} SDK_CODES[] = {
    E(ERROR_FILE_NOT_FOUND), E(ERROR_INVALID_HANDLE), E(ERROR_NOT_ENOUGH_MEMORY),
    E(ERROR_NO_MORE_FILES), E(ERROR_NOT_SUPPORTED), E(ERROR_INVALID_PARAMETER),
    E(ERROR_INSUFFICIENT_BUFFER), E(ERROR_NO_MORE_ITEMS), E(ERROR_IO_PENDING),
    E(ERROR_NOT_FOUND), E(ERROR_INVALID_OPERATION),
    E(WSAENETDOWN), E(WSAENETUNREACH), E(WSAENETRESET), E(WSAECONNABORTED),
    E(WSAECONNRESET), E(WSAETIMEDOUT), E(WSAECONNREFUSED), E(WSAEHOSTDOWN),
    E(WSAEHOSTUNREACH), E(WSAHOST_NOT_FOUND), E(WSATRY_AGAIN),
    E(ERROR_WINHTTP_OUT_OF_HANDLES), E(ERROR_WINHTTP_TIMEOUT), E(ERROR_WINHTTP_INTERNAL_ERROR),
    E(ERROR_WINHTTP_INVALID_URL), E(ERROR_WINHTTP_UNRECOGNIZED_SCHEME),
    E(ERROR_WINHTTP_NAME_NOT_RESOLVED), E(ERROR_WINHTTP_INVALID_OPTION),
    E(ERROR_WINHTTP_OPTION_NOT_SETTABLE), E(ERROR_WINHTTP_SHUTDOWN),
    E(ERROR_WINHTTP_LOGIN_FAILURE), E(ERROR_WINHTTP_OPERATION_CANCELLED),
    E(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE), E(ERROR_WINHTTP_INCORRECT_HANDLE_STATE),
    E(ERROR_WINHTTP_CANNOT_CONNECT), E(ERROR_WINHTTP_CONNECTION_ERROR),
    E(ERROR_WINHTTP_RESEND_REQUEST), E(ERROR_WINHTTP_SECURE_CERT_DATE_INVALID),
    E(ERROR_WINHTTP_SECURE_CERT_CN_INVALID), E(ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED),
    E(ERROR_WINHTTP_SECURE_INVALID_CA), E(ERROR_WINHTTP_SECURE_CERT_REV_FAILED),
    E(ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN), E(ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND),
    E(ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND), E(ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN),
    E(ERROR_WINHTTP_HEADER_NOT_FOUND), E(ERROR_WINHTTP_INVALID_SERVER_RESPONSE),
    E(ERROR_WINHTTP_INVALID_HEADER), E(ERROR_WINHTTP_INVALID_QUERY_REQUEST),
    E(ERROR_WINHTTP_HEADER_ALREADY_EXISTS), E(ERROR_WINHTTP_REDIRECT_FAILED),
    E(ERROR_WINHTTP_SECURE_CHANNEL_ERROR), E(ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT),
    E(ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT), E(ERROR_WINHTTP_SECURE_INVALID_CERT),
    E(ERROR_WINHTTP_SECURE_CERT_REVOKED), E(ERROR_WINHTTP_NOT_INITIALIZED),
    E(ERROR_WINHTTP_SECURE_FAILURE), E(ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE),
    E(ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR), E(ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR),
    E(ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE), E(ERROR_WINHTTP_AUTODETECTION_FAILED),
    E(ERROR_WINHTTP_HEADER_COUNT_EXCEEDED), E(ERROR_WINHTTP_HEADER_SIZE_OVERFLOW),
    E(ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW),
    E(ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW), E(ERROR_WINHTTP_CLIENT_CERT_NO_PRIVATE_KEY),
    E(ERROR_WINHTTP_CLIENT_CERT_NO_ACCESS_PRIVATE_KEY),
    E(ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY), E(ERROR_WINHTTP_SECURE_FAILURE_PROXY),
    E(ERROR_WINHTTP_RESERVED_189), E(ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH),
    E(ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED), E(ERROR_WINHTTP_FEATURE_DISABLED),
    E(ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED),
};
#define N_SDK_CODES (sizeof SDK_CODES / sizeof SDK_CODES[0])

/* UTF-8 -> UTF-16 by Windows itself (strict: invalid UTF-8 is an error).
 * Returns a malloc'ed string, or NULL. */
static WCHAR *widen(const char *utf8) {
    int n;
    WCHAR *w;
    if (utf8 == NULL) return NULL;
    n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, NULL, 0);
    if (n <= 0) return NULL;
    w = malloc((size_t)n * sizeof *w);
    if (w != NULL && MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, w, n) != n) {
        free(w);
        return NULL;
    }
    return w;
}

/* Our UTF-16 result equals Windows' conversion of our UTF-8 result. */
static int same_text(const uint16_t *ours_w, const char *ours_utf8) {
    WCHAR *theirs = widen(ours_utf8);
    int same = ours_w != NULL && theirs != NULL && wcscmp(ours_w, theirs) == 0;
    free(theirs);
    return same;
}

static int starts_with_w(const WCHAR *s, const WCHAR *prefix) {
    return s != NULL && wcsncmp(s, prefix, wcslen(prefix)) == 0;
}

/* Prints UTF-16 as UTF-8 (the test reads our stdout as UTF-8). */
static void print_wide(const char *label, const WCHAR *w) {
    char buf[4096];
    if (w == NULL || WideCharToMultiByte(CP_UTF8, 0, w, -1, buf, sizeof buf, NULL, NULL) == 0)
        strcpy(buf, "(none)");
    printf("info: %s: %s\n", label, buf);
}

/* The end-user parts in UTF-16 equal their UTF-8 twins (MultiByteToWideChar). */
static void test_end_user_w(uint32_t code, const char *locales, const WCHAR *locales_w) {
    uint32_t part;
    char text[1024];
    WCHAR text_w[1024];
    size_t n, n_w;
    for (part = WINHTTP_ERR_TEXT_DESCRIPTION; part <= WINHTTP_ERR_TEXT_HINTS; part++) {
        const uint16_t *t_w = winhttp_err_text_w(code, part, locales_w);
        CHECK(t_w != NULL && same_text(t_w, winhttp_err_text(code, part, locales)));
        CHECK(winhttp_err_text_w(code, part, locales_w) == t_w); /* same pointer */
    }
    CHECK(winhttp_err_text_w(code, 4, locales_w) == NULL);
    n = winhttp_err_summary(code, locales, "example.com", text, sizeof text);
    n_w = winhttp_err_summary_w(code, locales_w, L"example.com", text_w, 1024);
    CHECK(n < sizeof text && n_w < 1024 && n_w == wcslen(text_w));
    CHECK(same_text(text_w, text) && wcsstr(text_w, L"example.com") != NULL);
    n_w = winhttp_err_summary_w(code, locales_w, NULL, text_w, 1024);
    CHECK(same_text(text_w, winhttp_err_text(code, WINHTTP_ERR_TEXT_SUMMARY, locales)));
    n = winhttp_err_cert_flags(0x800000FFu, locales, text, sizeof text);
    n_w = winhttp_err_cert_flags_w(0x800000FFu, locales_w, text_w, 1024);
    CHECK(n < sizeof text && n_w == wcslen(text_w) && same_text(text_w, text));
}

/* The certificate flags' values and names are those of the SDK's <winhttp.h>. */
static void test_sdk_cert_flags(void) {
#define FLAG(f) {f, #f}
    static const struct {
        uint32_t flag;
        const char *name;
    } flags[] = {
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE),
        FLAG(WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR),
    };
#undef FLAG
    size_t i;
    for (i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        const char *name = winhttp_err_cert_flag_name(flags[i].flag);
        CHECK(name != NULL && strcmp(name, flags[i].name) == 0);
    }
}

static void test_sdk_codes(void) {
    size_t i, j;
    const char *const locales[] = {"en-US", "fr-FR"};
    const WCHAR *const locales_w[] = {L"en-US", L"fr-FR"};
    int fallback = 0;
#ifdef NOT_IN_SDK_191
    fallback++;
#endif
#ifdef NOT_IN_SDK_192
    fallback++;
#endif
#ifdef NOT_IN_SDK_193
    fallback++;
#endif
    printf("info: %u codes, %u from <winhttp.h>/<winerror.h> macros, %d defined here "
           "(newer than this SDK)\n",
           (unsigned)N_SDK_CODES, (unsigned)(N_SDK_CODES - fallback), fallback);

    /* The library knows exactly the SDK's codes. */
    CHECK(winhttp_err_count() == N_SDK_CODES);
    for (i = 0; i < winhttp_err_count(); i++) {
        int found = 0;
        for (j = 0; j < N_SDK_CODES; j++) found |= SDK_CODES[j].code == winhttp_err_code_at(i);
        CHECK(found);
    }

    for (i = 0; i < N_SDK_CODES; i++) {
        uint32_t code = SDK_CODES[i].code;
        uint32_t hr = (uint32_t)HRESULT_FROM_WIN32(code);
        const char *name = winhttp_err_name(code);
        const uint16_t *name_w = winhttp_err_name_w(code);
        CHECK(name != NULL && strcmp(name, SDK_CODES[i].name) == 0);
        CHECK(same_text(name_w, SDK_CODES[i].name));
        CHECK(winhttp_err_code(SDK_CODES[i].name) == code);
        /* HRESULT_FROM_WIN32 inputs: the same static strings. */
        CHECK(hr == (0x80070000u | code));
        CHECK(winhttp_err_name(hr) == name);
        CHECK(winhttp_err_name_w(hr) == name_w);
        CHECK(winhttp_err_name_w(code) == name_w);
        for (j = 0; j < 2; j++) {
            const char *m = winhttp_err_message(code, locales[j]);
            const uint16_t *m_w = winhttp_err_message_w(code, locales_w[j]);
            char line[1024];
            WCHAR line_w[1024];
            size_t n, n_w;
            CHECK(m != NULL && m_w != NULL);
            CHECK(same_text(m_w, m));
            CHECK(winhttp_err_message_w(code, locales_w[j]) == m_w); /* same pointer */
            CHECK(winhttp_err_message_w(hr, locales_w[j]) == m_w);
            n = winhttp_err_format(code, locales[j], line, sizeof line);
            n_w = winhttp_err_format_w(hr, locales_w[j], line_w, sizeof line_w / sizeof line_w[0]);
            CHECK(n < sizeof line && n_w < sizeof line_w / sizeof line_w[0]);
            CHECK(same_text(line_w, line));
            CHECK(n_w == wcslen(line_w));
            CHECK(wcsstr(line_w, m_w) == line_w); /* the line starts with the message */
            test_end_user_w(code, locales[j], locales_w[j]);
        }
        CHECK(wcscmp(winhttp_err_message_w(code, L"en-US"), winhttp_err_message_w(code, L"fr-FR")) != 0);
    }
    CHECK(winhttp_err_name_w(12003) == NULL);
    CHECK(winhttp_err_name_w(0) == NULL);
    CHECK(winhttp_err_name_w(0x80042EE2u) == NULL); /* not FACILITY_WIN32 */
    CHECK(winhttp_err_message_w(12003, L"fr-FR") == NULL);
    CHECK(winhttp_err_message_w(0, NULL) == NULL);
}

static void test_texts(void) {
    const uint16_t *fr = winhttp_err_message_w(ERROR_WINHTTP_TIMEOUT, L"fr-FR");
    const uint16_t *en = winhttp_err_message_w(ERROR_WINHTTP_TIMEOUT, L"en-US");
    CHECK(starts_with_w(fr, L"Le d\u00e9lai d\u2019attente"));
    CHECK(starts_with_w(en, L"The request timed out"));
    print_wide("message_w(ERROR_WINHTTP_TIMEOUT, L\"fr-FR\")", fr);
}

/* The UTF-16 `locales` argument follows the rules of the UTF-8 one. */
static void test_locales_w(void) {
    const uint16_t *fr = winhttp_err_message_w(12002, L"fr-FR");
    const uint16_t *en = winhttp_err_message_w(12002, L"en-US");
    static const WCHAR lone_high[] = {0xD800, L',', L'f', L'r', 0};
    static const WCHAR fr_lone_low[] = {L'f', L'r', 0xDC00, 0};
    static const WCHAR wide_f[] = {0x0166, L'r', 0}; /* low byte 0x66 is 'f' */
    size_t i, n = (size_t)1 << 20;
    WCHAR *huge;
    CHECK(winhttp_err_message_w(12002, L"fr-CH") == fr);
    CHECK(winhttp_err_message_w(12002, L"fr-CA") != fr); /* Canadian French: its own */
    CHECK(winhttp_err_message_w(12002, L"fr-CA") == winhttp_err_message_w(12002, L"fr_CA.UTF-8"));
    CHECK(winhttp_err_message_w(12002, L"FR-fr") == fr);
    CHECK(winhttp_err_message_w(12002, L"fr_FR.UTF-8") == fr);
    CHECK(winhttp_err_message_w(12002, L"is-IS, fr;q=0.8, en;q=0.5") == fr);
    CHECK(winhttp_err_message_w(12002, L"is:fr") == fr);
    CHECK(winhttp_err_message_w(12002, L"en-CA") == en);
    CHECK(winhttp_err_message_w(12002, L"en-GB") != en); /* "behaviour" */
    CHECK(winhttp_err_message_w(12002, L"en-AU") == winhttp_err_message_w(12002, L"en-GB"));
    CHECK(winhttp_err_message_w(12002, L"zz-ZZ, !!") == en);
    CHECK(winhttp_err_message_w(12002, L"\u00e9fr,en") == en); /* non-ASCII spoils its item */
    CHECK(winhttp_err_message_w(12002, lone_high) == fr);
    CHECK(winhttp_err_message_w(12002, fr_lone_low) == en);
    CHECK(winhttp_err_message_w(12002, wide_f) == en);
    CHECK(wcscmp(winhttp_err_locale_w(L"fr-BE"), L"fr-FR") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"en-GB"), L"en-GB") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"en-NZ"), L"en-GB") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"es-419"), L"es-MX") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"pt-AO"), L"pt-PT") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"nn-NO"), L"nb-NO") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"sr-Cyrl-RS"), L"sr-Latn-RS") == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L"is-IS"), L"en-US") == 0);
    CHECK(winhttp_err_locale_w(L"fr") == winhttp_err_locale_w(L"fr-FR"));
    CHECK(same_text(winhttp_err_locale_w(L"is, fr;q=0.5"), winhttp_err_locale("is, fr;q=0.5")));
    CHECK(same_text(winhttp_err_locale_w(L"sv, fr;q=0.5"), winhttp_err_locale("sv, fr;q=0.5")));
    huge = malloc((n + 1) * sizeof *huge);
    for (i = 0; i < n; i++) huge[i] = L'a';
    huge[n] = 0;
    CHECK(winhttp_err_message_w(12002, huge) == en);
    huge[0] = L'f', huge[1] = L'r', huge[2] = L',';
    CHECK(winhttp_err_message_w(12002, huge) == fr);
    free(huge);
}

/* snprintf rules in UTF-16 units: every size from 0 to one past the fit, with a
 * guard unit right after buf_len. */
static void test_format_w(const WCHAR *locales, uint32_t code, const WCHAR *must_contain) {
    WCHAR full[1024];
    size_t need = winhttp_err_format_w(code, locales, NULL, 0), size;
    CHECK(need > 0 && need < 1000);
    CHECK(winhttp_err_format_w(code, locales, full, 1024) == need);
    CHECK(wcslen(full) == need);
    CHECK(wcsstr(full, must_contain) != NULL);
    CHECK(winhttp_err_format_w(code, locales, NULL, 10) == need); /* NULL buf: length ignored */
    for (size = 0; size <= need + 1; size++) {
        WCHAR small[1100];
        size_t len;
        wmemset(small, L'G', 1100);
        CHECK(winhttp_err_format_w(code, locales, small, size) == need);
        CHECK(small[size] == L'G');
        if (size == 0) {
            CHECK(small[0] == L'G');
            continue;
        }
        len = wcslen(small);
        CHECK(len < size);
        CHECK(wmemcmp(small, full, len) == 0);
        /* Cut only where a whole character does not fit: one unit, or a pair. */
        CHECK(len + 1 == size || (len + 2 == size && IS_HIGH_SURROGATE(full[len])));
        CHECK(len == 0 || !IS_HIGH_SURROGATE(small[len - 1]));
    }
}

static void test_formats_w(void) {
    test_format_w(L"en-US", ERROR_WINHTTP_TIMEOUT, L"(ERROR_WINHTTP_TIMEOUT, 12002)");
    test_format_w(L"fr-FR", (uint32_t)HRESULT_FROM_WIN32(ERROR_WINHTTP_TIMEOUT),
                  L"(ERROR_WINHTTP_TIMEOUT, 12002)");
    test_format_w(L"fr-FR", ERROR_WINHTTP_TIMEOUT, L"Le d\u00e9lai");
    test_format_w(L"en-US", 54321, L"Unknown WinHTTP error 54321 (0x0000D431)");
    test_format_w(L"fr", 54321, L"inconnue");
    test_format_w(L"en", (uint32_t)E_ACCESSDENIED, L"2147942405 (0x80070005)");
}

/* The default (NULL or L"") follows the Windows user's UI languages, not the
 * POSIX variables: main() sets those to the other shipped language in this
 * process's environment before the library's first look at the default. */
static void test_default_locale(const char *expected) {
    WCHAR user[LOCALE_NAME_MAX_LENGTH], langs[512], joined[512] = L"";
    ULONG count = 0, len = 512;
    WCHAR *p, *expected_w = widen(expected);
    CHECK(GetUserDefaultLocaleName(user, LOCALE_NAME_MAX_LENGTH) > 0);
    print_wide("GetUserDefaultLocaleName", user);
    CHECK(GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &count, langs, &len));
    for (p = langs; *p; p += wcslen(p) + 1) {
        if (joined[0]) wcscat(joined, L",");
        wcscat(joined, p);
    }
    print_wide("GetUserPreferredUILanguages", joined);
    print_wide("winhttp_err_locale_w(NULL)", winhttp_err_locale_w(NULL));

    CHECK(strcmp(winhttp_err_locale(NULL), expected) == 0);
    CHECK(strcmp(winhttp_err_locale(""), expected) == 0);
    CHECK(wcscmp(winhttp_err_locale_w(NULL), expected_w) == 0);
    CHECK(wcscmp(winhttp_err_locale_w(L""), expected_w) == 0);
    /* The default is exactly what the user's UI language list negotiates to. */
    CHECK(winhttp_err_locale_w(NULL) == winhttp_err_locale_w(joined));
    CHECK(winhttp_err_message_w(12002, NULL) == winhttp_err_message_w(12002, expected_w));
    CHECK(winhttp_err_message(12002, NULL) == winhttp_err_message(12002, expected));
    free(expected_w);
}

/* The direction of the default locale (the user's UI language), then of an added
 * right-to-left locale, and its marks: an RLM first, the host between LRMs. */
static void test_directions(const char *expected) {
    static const char fa[] = "error-winhttp-timeout = \xd9\x85\xd9\x87\xd9\x84\xd8\xaa.\n"
                             "    .summary-host = \xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1 { $host }.\n";
    uint32_t want = strncmp(expected, "ar", 2) == 0 || strncmp(expected, "he", 2) == 0
                        ? WINHTTP_ERR_DIRECTION_RTL
                        : WINHTTP_ERR_DIRECTION_LTR;
    WCHAR text[256];
    size_t n;
    printf("info: winhttp_err_direction_w(NULL): %u\n", (unsigned)winhttp_err_direction_w(NULL));
    CHECK(winhttp_err_direction(NULL) == want);
    CHECK(winhttp_err_direction_w(NULL) == want);
    CHECK(winhttp_err_direction_w(L"") == want);
    CHECK(winhttp_err_direction_w(L"en-US") == WINHTTP_ERR_DIRECTION_LTR);
    CHECK(winhttp_err_direction_w(L"fa-IR") == WINHTTP_ERR_DIRECTION_LTR); /* not there yet: en-US */
    CHECK(winhttp_err_add_locale("fa-IR", fa, sizeof fa - 1, NULL, 0) == WINHTTP_ERR_OK);
    CHECK(winhttp_err_direction_w(L"fa-AF") == WINHTTP_ERR_DIRECTION_RTL);
    CHECK(winhttp_err_direction("fa") == WINHTTP_ERR_DIRECTION_RTL);
    CHECK(winhttp_err_direction_w(L"zz, fa;q=0.5") == WINHTTP_ERR_DIRECTION_RTL);
    n = winhttp_err_summary_w(12002, L"fa", L"1.example.com\x202e", text, 256);
    CHECK(n == wcslen(text) && wcscmp(text, L"\x200f\x0633\x0631\x0648\x0631 \x200e"
                                            L"1.example.com\x200e.") == 0);
}

/* What Windows itself says for 12002: printed for comparison, not asserted. */
static void probe_format_message(void) {
    WCHAR buf[1024];
    DWORD n;
    HMODULE winhttp;
    n = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                       ERROR_WINHTTP_TIMEOUT, 0, buf, 1024, NULL);
    if (n > 0)
        print_wide("FormatMessageW(FROM_SYSTEM, 12002)", buf);
    else
        printf("info: FormatMessageW(FROM_SYSTEM, 12002): fails, GetLastError() = %lu\n", GetLastError());
    winhttp = LoadLibraryW(L"winhttp.dll");
    n = winhttp == NULL ? 0
                        : FormatMessageW(FORMAT_MESSAGE_FROM_HMODULE | FORMAT_MESSAGE_IGNORE_INSERTS,
                                         winhttp, ERROR_WINHTTP_TIMEOUT, 0, buf, 1024, NULL);
    if (n > 0)
        print_wide("FormatMessageW(FROM_HMODULE winhttp.dll, 12002)", buf);
    else
        printf("info: FormatMessageW(FROM_HMODULE winhttp.dll, 12002): fails, LoadLibrary %s, "
               "GetLastError() = %lu\n",
               winhttp ? "ok" : "failed", GetLastError());
    if (winhttp) FreeLibrary(winhttp);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s EXPECTED_DEFAULT_TAG\n", argv[0]);
        return 2;
    }
    {
        /* A library reading LANG & co. on Windows would answer in this language. */
        const WCHAR *decoy = strncmp(argv[1], "fr", 2) == 0 ? L"en_US.UTF-8" : L"fr_FR.UTF-8";
        SetEnvironmentVariableW(L"LC_ALL", decoy);
        SetEnvironmentVariableW(L"LC_MESSAGES", decoy);
        SetEnvironmentVariableW(L"LANG", decoy);
        SetEnvironmentVariableW(L"LANGUAGE", decoy);
    }
    test_default_locale(argv[1]);
    test_sdk_codes();
    test_sdk_cert_flags();
    test_texts();
    test_locales_w();
    test_formats_w();
    CHECK(wcscmp(order_tu_timeout_name(), L"ERROR_WINHTTP_TIMEOUT") == 0);
    CHECK(strcmp(winhttp_err_version(), WINHTTP_ERR_VERSION) == 0);
    probe_format_message();
    test_directions(argv[1]); /* last: it adds a locale */
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
