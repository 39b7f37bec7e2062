// show_error_dialog in one call, as a C++ program would after a WinHTTP failure:
//   dialog_cpp.exe CODE [HOST [LOCALES [LOCALES_DIR]]]
//     LOCALES      default: the user's UI languages ("-" for them too)
//     LOCALES_DIR  a folder of locales to add first (tests/fixtures/rtl: Arabic, Hebrew)
// Prints the HRESULT it returned, then exits 0 if it succeeded.
#include "winhttp_err.hpp"

#include <cstdio>
#include <cwchar>

int wmain(int argc, wchar_t **argv) {
    std::uint32_t code = argc > 1 ? static_cast<std::uint32_t>(std::wcstoul(argv[1], nullptr, 0)) : 12002;
    std::wstring_view host = argc > 2 ? argv[2] : L"";
    const wchar_t *locales = argc > 3 && std::wcscmp(argv[3], L"-") != 0 ? argv[3] : nullptr;
    if (argc > 4) {
        char dir[MAX_PATH * 3];
        if (WideCharToMultiByte(CP_UTF8, 0, argv[4], -1, dir, sizeof dir, nullptr, nullptr) == 0 ||
            winhttp_err_add_locale_dir(dir, nullptr, 0) != WINHTTP_ERR_OK)
            return 2;
    }
    HRESULT hr = winhttp_err::show_error_dialog(nullptr, code, host, locales);
    std::printf("show_error_dialog: 0x%08lX\n", static_cast<unsigned long>(hr));
    return SUCCEEDED(hr) ? 0 : 1;
}
