/* Prints the VERSIONINFO of a file as Windows reads it (GetFileVersionInfoW,
 * VerQueryValueW), one "Key: value" line per field, for tests/windows.rs. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

static void print_utf8(const wchar_t *key, const wchar_t *value) {
    char k[128], v[512];
    WideCharToMultiByte(CP_UTF8, 0, key, -1, k, sizeof k, NULL, NULL);
    WideCharToMultiByte(CP_UTF8, 0, value, -1, v, sizeof v, NULL, NULL);
    printf("%s: %s\n", k, v);
}

int wmain(int argc, wchar_t **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: version_info FILE\n");
        return 2;
    }
    DWORD ignored = 0;
    DWORD size = GetFileVersionInfoSizeW(argv[1], &ignored);
    if (size == 0) {
        printf("no version resource (error %u)\n", (unsigned)GetLastError());
        return 1;
    }
    void *data = malloc(size);
    if (!data || !GetFileVersionInfoW(argv[1], 0, size, data)) {
        printf("GetFileVersionInfoW failed (error %u)\n", (unsigned)GetLastError());
        return 1;
    }
    VS_FIXEDFILEINFO *fixed = NULL;
    UINT len = 0;
    if (!VerQueryValueW(data, L"\\", (void **)&fixed, &len) || len < sizeof *fixed ||
        fixed->dwSignature != 0xFEEF04BD) {
        printf("no VS_FIXEDFILEINFO\n");
        return 1;
    }
    printf("FileVersion (fixed): %u.%u.%u.%u\n", (unsigned)HIWORD(fixed->dwFileVersionMS),
           (unsigned)LOWORD(fixed->dwFileVersionMS), (unsigned)HIWORD(fixed->dwFileVersionLS),
           (unsigned)LOWORD(fixed->dwFileVersionLS));
    printf("ProductVersion (fixed): %u.%u.%u.%u\n", (unsigned)HIWORD(fixed->dwProductVersionMS),
           (unsigned)LOWORD(fixed->dwProductVersionMS),
           (unsigned)HIWORD(fixed->dwProductVersionLS),
           (unsigned)LOWORD(fixed->dwProductVersionLS));
    printf("FileType: %u\n", (unsigned)fixed->dwFileType);
    /* The string table the Translation entry names, as Explorer looks it up. */
    struct { WORD language, codepage; } *translation = NULL;
    if (!VerQueryValueW(data, L"\\VarFileInfo\\Translation", (void **)&translation, &len) ||
        len < sizeof *translation) {
        printf("no Translation\n");
        return 1;
    }
    static const wchar_t *keys[] = {L"ProductName", L"FileDescription", L"FileVersion",
                                    L"ProductVersion", L"LegalCopyright", L"OriginalFilename",
                                    L"CompanyName"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        wchar_t query[128];
        swprintf(query, 128, L"\\StringFileInfo\\%04x%04x\\%ls", translation->language,
                 translation->codepage, keys[i]);
        wchar_t *value = NULL;
        if (VerQueryValueW(data, query, (void **)&value, &len) && len > 0)
            print_utf8(keys[i], value);
        else
            print_utf8(keys[i], L"(missing)");
    }
    free(data);
    return 0;
}
