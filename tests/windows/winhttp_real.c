/* Real WinHTTP failures, decoded: each case makes Wine's winhttp.dll fail the way
 * an application sees it (a refused port, an unknown host, a server that never
 * answers (its headers come, its body never does), one that resets the connection, one that answers garbage, a
 * self-signed TLS server, a session handle used as a request, a malformed URL, a
 * URL_COMPONENTS of the wrong size, a missing header), then decodes
 * GetLastError() with winhttp_err.dll in fr-FR and ja-JP.
 *
 * Usage: winhttp_real.exe REFUSED_PORT SILENT_PORT RESET_PORT GARBAGE_PORT TLS_PORT OK_PORT
 * (servers on 127.0.0.1, started by tests/windows.rs). One line a case:
 *   case NAME: CODE NAME CATEGORY
 *   fr: SUMMARY-WITH-HOST
 *   ja: SUMMARY-WITH-HOST
 */
#include <windows.h>
#include <winhttp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "winhttp_err.h"

static void report(const char *name, DWORD error, const char *host) {
    char fr[1024], ja[1024];
    const char *symbol = winhttp_err_name(error);
    winhttp_err_summary(error, "fr-FR", host, fr, sizeof fr);
    winhttp_err_summary(error, "ja-JP", host, ja, sizeof ja);
    printf("case %s: %lu %s %u\n", name, (unsigned long)error, symbol ? symbol : "(unknown)",
           winhttp_err_category(error));
    printf("fr: %s\n", fr);
    printf("ja: %s\n", ja);
    fflush(stdout);
}

/* GET http(s)://127.0.0.1:PORT/ and report the first failing call's error. */
static void request(const char *name, const wchar_t *host, INTERNET_PORT port, DWORD flags,
                    int query_missing_header, int read_body) {
    DWORD error = 0;
    HINTERNET session = WinHttpOpen(L"winhttp-err test", WINHTTP_ACCESS_TYPE_NO_PROXY,
                                    WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    HINTERNET connection = NULL, req = NULL;
    char host_utf8[256];
    WideCharToMultiByte(CP_UTF8, 0, host, -1, host_utf8, sizeof host_utf8, NULL, NULL);
    if (!session) { report(name, GetLastError(), host_utf8); return; }
    /* Short time-outs: the silent server must fail in a second, not in 30. */
    WinHttpSetTimeouts(session, 2000, 2000, 2000, 1500);
    connection = WinHttpConnect(session, host, port, 0);
    if (connection)
        req = WinHttpOpenRequest(connection, L"GET", L"/", NULL, WINHTTP_NO_REFERER,
                                 WINHTTP_DEFAULT_ACCEPT_TYPES, flags);
    if (!connection || !req) {
        error = GetLastError();
    } else if (!WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0,
                                   WINHTTP_NO_REQUEST_DATA, 0, 0, 0) ||
               !WinHttpReceiveResponse(req, NULL)) {
        error = GetLastError();
    } else if (query_missing_header) {
        wchar_t value[256];
        DWORD size = sizeof value;
        if (!WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, L"X-Not-Sent", value, &size,
                                 WINHTTP_NO_HEADER_INDEX))
            error = GetLastError();
    } else if (read_body) {
        char body[256];
        DWORD got = 1;
        /* Read until the body ends or the read fails: the silent and the reset
           servers make it fail. */
        while (got > 0) {
            if (!WinHttpReadData(req, body, sizeof body, &got)) {
                error = GetLastError();
                break;
            }
        }
    }
    report(name, error, host_utf8);
    if (req) WinHttpCloseHandle(req);
    if (connection) WinHttpCloseHandle(connection);
    WinHttpCloseHandle(session);
}

int main(int argc, char **argv) {
    INTERNET_PORT refused, silent, reset, garbage, tls, ok;
    if (argc != 7) {
        fprintf(stderr, "usage: %s REFUSED SILENT RESET GARBAGE TLS OK\n", argv[0]);
        return 2;
    }
    refused = (INTERNET_PORT)atoi(argv[1]);
    silent = (INTERNET_PORT)atoi(argv[2]);
    reset = (INTERNET_PORT)atoi(argv[3]);
    garbage = (INTERNET_PORT)atoi(argv[4]);
    tls = (INTERNET_PORT)atoi(argv[5]);
    ok = (INTERNET_PORT)atoi(argv[6]);

    request("refused", L"127.0.0.1", refused, 0, 0, 0);
    request("unknown-host", L"no-such-host.invalid", 80, 0, 0, 0);
    request("silent", L"127.0.0.1", silent, 0, 0, 1);
    request("reset", L"127.0.0.1", reset, 0, 0, 1);
    request("garbage", L"127.0.0.1", garbage, 0, 0, 0);
    request("self-signed", L"127.0.0.1", tls, WINHTTP_FLAG_SECURE, 0, 0);
    request("missing-header", L"127.0.0.1", ok, 0, 1, 0);

    {   /* A session handle where a request handle belongs. */
        HINTERNET session = WinHttpOpen(L"winhttp-err test", WINHTTP_ACCESS_TYPE_NO_PROXY,
                                        WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
        DWORD error = 0;
        if (!WinHttpSendRequest(session, WINHTTP_NO_ADDITIONAL_HEADERS, 0,
                                WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
            error = GetLastError();
        report("session-as-request", error, NULL);
        WinHttpCloseHandle(session);
    }
    {   /* A malformed URL, and a URL_COMPONENTS whose size is wrong. */
        URL_COMPONENTS parts;
        DWORD error = 0;
        memset(&parts, 0, sizeof parts);
        parts.dwStructSize = sizeof parts;
        parts.dwHostNameLength = (DWORD)-1;
        if (!WinHttpCrackUrl(L"http//example.com/", 0, 0, &parts)) error = GetLastError();
        report("malformed-url", error, NULL);
        memset(&parts, 0, sizeof parts);
        parts.dwStructSize = 1;
        error = 0;
        if (!WinHttpCrackUrl(L"http://example.com/", 0, 0, &parts)) error = GetLastError();
        report("wrong-struct-size", error, NULL);
    }
    return 0;
}
