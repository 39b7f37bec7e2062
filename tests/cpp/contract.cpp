// The C++ header checked against the C ABI it wraps: every function, every code of
// the catalogue, error_code round trips, std::errc equivalences, std::system_error,
// HRESULT input, unknown codes, hints, hosts; on Windows the wide functions and the
// dialog's texts too. Built natively and with MinGW-w64 (run under Wine).
//
//   contract [EXPECTED_DEFAULT_LOCALE [RTL_LOCALES_DIR]]
//     EXPECTED_DEFAULT_LOCALE  e.g. "fr-FR": what NULL locales negotiate to
//     RTL_LOCALES_DIR          tests/fixtures/rtl, added last to check right-to-left
//
// Ends with "N passed, M failed" (the line tests/cpp.rs and tests/windows.rs read).
#include "winhttp_err.hpp"
#ifdef _WIN32
#include <winhttp.h>
#endif

#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

static int passed, failed;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (cond) {                                                                   \
            passed++;                                                                 \
        } else {                                                                      \
            failed++;                                                                 \
            std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                             \
    } while (0)

namespace we = winhttp_err;

// A view equal to the C string, at the same address (the header copies nothing).
static bool same(std::optional<std::string_view> v, const char *c) {
    if (c == nullptr) return !v.has_value();
    return v.has_value() && v->data() == c && v->size() == std::strlen(c);
}

static std::string c_summary(std::uint32_t code, const char *locales, const char *host) {
    char buf[1024];
    std::size_t n = winhttp_err_summary(code, locales, host, buf, sizeof buf);
    return n < sizeof buf ? std::string(buf, n) : std::string();
}

static std::string c_format(std::uint32_t code, const char *locales) {
    char buf[1024];
    std::size_t n = winhttp_err_format(code, locales, buf, sizeof buf);
    return n < sizeof buf ? std::string(buf, n) : std::string();
}

static std::string joined(const std::vector<std::string_view> &lines) {
    std::string out;
    for (std::string_view l : lines) {
        if (!out.empty()) out += '\n';
        out += l;
    }
    return out;
}

static void every_code(const char *locales) {
    const std::vector<std::uint32_t> all = we::codes();
    CHECK(all.size() == winhttp_err_count() && all.size() >= 62);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::uint32_t code = all[i];
        const std::uint32_t hr = 0x80070000u | code;
        CHECK(code == winhttp_err_code_at(i));
        CHECK(we::win32_code(hr) == code && we::hresult_code(code) == hr);

        // error_code: the Win32 value, from either form; its message is the description.
        std::error_code ec = we::make_error_code(code);
        CHECK(ec.value() == static_cast<int>(code));
        CHECK(ec.category() == we::category());
        CHECK(we::make_error_code(hr) == ec);
        CHECK(ec.message() == winhttp_err_message(code, nullptr));
        CHECK(static_cast<bool>(ec));

        CHECK(same(we::name(code), winhttp_err_name(code)));
        CHECK(same(we::name(hr), winhttp_err_name(code)));
        CHECK(we::code_of(*we::name(code)) == code);
        std::string lower(*we::name(code));
        for (char &c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        CHECK(we::code_of("  " + lower + "\t") == code);

        CHECK(same(we::description(code, locales), winhttp_err_message(code, locales)));
        CHECK(same(we::title(hr, locales), winhttp_err_text(code, WINHTTP_ERR_TEXT_TITLE, locales)));
        CHECK(we::summary(code, {}, locales) == c_summary(code, locales, nullptr));
        CHECK(we::summary(hr, "example.com", locales) == c_summary(code, locales, "example.com"));
        CHECK(we::summary(code, "example.com", locales) != we::summary(code, {}, locales));
        CHECK(we::report(code, locales) == c_format(code, locales));

        std::vector<std::string_view> hints = we::hints(code, locales);
        CHECK(hints.size() >= 1 && hints.size() <= 3);
        CHECK(joined(hints) == winhttp_err_text(code, WINHTTP_ERR_TEXT_HINTS, locales));
        for (std::string_view h : hints) CHECK(!h.empty() && h.find('\n') == h.npos);

        CHECK(static_cast<std::uint32_t>(we::category_of(hr)) == winhttp_err_category(code));
        CHECK(we::category_of(code) != we::kind::unknown);
        CHECK(we::is_transient(hr) == (winhttp_err_is_transient(code) == 1));
    }
}

static void conditions() {
    struct {
        std::uint32_t code;
        std::errc cond;
    } const mapped[] = {
        {12002, std::errc::timed_out},          {12017, std::errc::operation_canceled},
        {12029, std::errc::connection_refused}, {12030, std::errc::connection_reset},
        {8, std::errc::not_enough_memory},      {87, std::errc::invalid_argument},
        {6, std::errc::invalid_argument},       {50, std::errc::not_supported},
        {12193, std::errc::not_supported},      {10050, std::errc::network_down},
        {10051, std::errc::network_unreachable}, {10053, std::errc::connection_aborted},
        {10054, std::errc::connection_reset},   {10060, std::errc::timed_out},
        {10061, std::errc::connection_refused}, {10065, std::errc::host_unreachable},
    };
    for (const auto &m : mapped) {
        CHECK(we::make_error_code(m.code) == m.cond);
        CHECK(we::make_error_code(0x80070000u | m.code) == m.cond);
        CHECK(we::make_error_code(m.code).default_error_condition() == std::make_error_condition(m.cond));
        CHECK(we::make_error_code(m.code) != std::errc::file_exists);
    }
    // The timeouts are timeouts, the refused connections network failures.
    CHECK(we::category_of(12002) == we::kind::timeout);
    CHECK(we::category_of(12029) == we::kind::network && we::category_of(12030) == we::kind::network);
    CHECK(we::category_of(8) == we::kind::system);
    // Unmapped codes keep a condition of their own category, equal to nothing portable.
    for (std::uint32_t code : {12007u, 12175u, 12152u, 54321u}) {
        std::error_condition own = we::make_error_code(code).default_error_condition();
        CHECK(own.category() == we::category() && own.value() == static_cast<int>(code));
        CHECK(we::make_error_code(code) != std::errc::timed_out);
        CHECK(we::make_error_code(code) != std::errc::connection_refused);
        CHECK(we::make_error_code(code) != std::errc::invalid_argument);
    }
    // Not the same error as the system category's 12002.
    CHECK(we::make_error_code(12002) != std::error_code(12002, std::system_category()));
    CHECK(std::string(we::category().name()) == "winhttp");
    CHECK(&we::category() == &we::category());
}

static void system_error() {
    bool caught = false;
    try {
        throw std::system_error(we::make_error_code(0x80072EFDu), "WinHttpConnect");
    } catch (const std::system_error &e) {
        caught = true;
        CHECK(e.code().value() == 12029 && e.code().category() == we::category());
        CHECK(e.code() == std::errc::connection_refused);
        std::string what = e.what();
        CHECK(what.find("WinHttpConnect") != what.npos);
        CHECK(what.find(winhttp_err_message(12029, nullptr)) != what.npos);
    }
    CHECK(caught);
}

static void unknown_and_edges(const char *locales) {
    const std::uint32_t unknown = 54321;
    std::error_code ec = we::make_error_code(unknown);
    CHECK(ec.value() == 54321);
    CHECK(ec.message() == c_format(unknown, nullptr));
    CHECK(ec.message().find("54321") != std::string::npos);
    CHECK(!we::name(unknown) && !we::title(unknown, locales) && !we::description(unknown, locales));
    CHECK(we::hints(unknown, locales).empty());
    CHECK(we::category_of(unknown) == we::kind::unknown && !we::is_transient(unknown));
    CHECK(we::summary(unknown, "example.com", locales) == c_summary(unknown, locales, "example.com"));
    CHECK(we::summary(unknown, {}, locales).find("54321") != std::string::npos);
    CHECK(we::report(unknown, locales) == c_format(unknown, locales));
    // Other HRESULTs are kept as they are, as negative ints.
    CHECK(we::make_error_code(0x80004005u).value() == static_cast<int>(0x80004005u));
    CHECK(we::make_error_code(0x80004005u).message() == c_format(0x80004005u, nullptr));
    CHECK(we::make_error_code(0u).value() == 0 && !we::make_error_code(0u));

    CHECK(!we::code_of("NO_SUCH_ERROR") && !we::code_of("") && !we::code_of(std::string(65, 'A')));
    CHECK(!we::code_of(std::string_view("ERROR_WINHTTP_TIMEOUT\0x", 23)));

    // Hosts: NULs go like other control characters; too long or empty is no host.
    const std::string none = c_summary(12002, locales, nullptr);
    CHECK(we::summary(12002, std::string_view("exa\0mple.com", 12), locales) ==
          c_summary(12002, locales, "example.com"));
    CHECK(we::summary(12002, std::string(300, 'a'), locales) == none);
    CHECK(we::summary(12002, std::string(255, 'a'), locales) != none);
    CHECK(we::summary(12002, std::string(256, 'a'), locales) == none);
    CHECK(we::summary(12002, "", locales) == none);
    CHECK(we::summary(12002, "\xff\xfe", locales) == none);

    // Certificate reasons: one sentence per bit, unknown bits last, in hex.
    char buf[2048];
    std::size_t n = winhttp_err_cert_flags(0x128, locales, buf, sizeof buf);
    std::vector<std::string> reasons = we::cert_reasons(0x128, locales);
    CHECK(reasons.size() == 3);
    std::string all;
    for (const std::string &r : reasons) all += (all.empty() ? "" : "\n") + r;
    CHECK(n < sizeof buf && all == std::string(buf, n));
    CHECK(reasons.size() == 3 && reasons[2].find("0x00000100") != std::string::npos);
    CHECK(we::cert_reasons(0, locales).empty());
    CHECK(same(we::cert_flag_name(0x8), winhttp_err_cert_flag_name(0x8)));
    CHECK(!we::cert_flag_name(0x28) && !we::cert_flag_name(0));

    CHECK(we::locale("fr-BE").data() == winhttp_err_locale("fr-BE") && we::locale("fr-BE") == "fr-FR");
    CHECK(we::locale("fr-CA") == "fr-CA" && we::locale("en-AU") == "en-GB");
    CHECK(we::locale("is-IS, ja;q=0.5") == "ja-JP");
    CHECK(we::locale("sv-SE, ja;q=0.5") == "sv-SE");
    CHECK(we::title(12002, "fr-FR") == std::string_view("Délai de connexion dépassé"));
#ifdef WINHTTP_ERR_DIRECTION_RTL
    CHECK(static_cast<std::uint32_t>(we::direction(locales)) == winhttp_err_direction(locales));
    CHECK(we::direction("en-US") == we::text_direction::ltr);
    CHECK(we::direction("fr-FR") == we::text_direction::ltr);
#endif
}

#ifdef _WIN32
static std::wstring widen(const char *utf8) {
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, nullptr, 0);
    std::wstring out(n > 0 ? static_cast<std::size_t>(n) : 1, L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8, -1, &out[0], n);
    out.resize(out.size() - 1);
    return out;
}

static bool same_w(std::optional<std::wstring_view> v, const std::uint16_t *c) {
    if (c == nullptr) return !v.has_value();
    return v.has_value() && reinterpret_cast<const void *>(v->data()) == c &&
           v->size() == std::wcslen(reinterpret_cast<const wchar_t *>(c));
}

static void wide(const wchar_t *locales_w, const char *locales) {
    const std::uint16_t *lw = reinterpret_cast<const std::uint16_t *>(locales_w);
    for (std::uint32_t code : we::codes()) {
        CHECK(same_w(we::name_w(code), winhttp_err_name_w(code)));
        CHECK(same_w(we::description_w(code, locales_w), winhttp_err_message_w(code, lw)));
        CHECK(same_w(we::title_w(code, locales_w), winhttp_err_text_w(code, WINHTTP_ERR_TEXT_TITLE, lw)));
        // The same texts as the UTF-8 functions, converted by Windows.
        CHECK(std::wstring(*we::title_w(code, locales_w)) == widen(winhttp_err_text(code, WINHTTP_ERR_TEXT_TITLE, locales)));
        CHECK(we::summary_w(code, L"example.com", locales_w) == widen(we::summary(code, "example.com", locales).c_str()));
        CHECK(we::summary_w(code, {}, locales_w) == widen(we::summary(code, {}, locales).c_str()));
        CHECK(we::report_w(code, locales_w) == widen(we::report(code, locales).c_str()));
        std::vector<std::wstring_view> hw = we::hints_w(code, locales_w);
        std::vector<std::string_view> h = we::hints(code, locales);
        CHECK(hw.size() == h.size());
        for (std::size_t i = 0; i < hw.size() && i < h.size(); ++i)
            CHECK(std::wstring(hw[i]) == widen(std::string(h[i]).c_str()));
    }
    CHECK(we::locale_w(locales_w) == widen(std::string(we::locale(locales)).c_str()));
    CHECK(we::summary_w(12002, std::wstring_view(L"exa\0mple.com", 12), locales_w) ==
          we::summary_w(12002, L"example.com", locales_w));
    CHECK(we::summary_w(12002, std::wstring(256, L'a'), locales_w) == we::summary_w(12002, {}, locales_w));
    CHECK(we::summary_w(12002, std::wstring(1, wchar_t(0xD800)), locales_w) == we::summary_w(12002, {}, locales_w));
    std::vector<std::wstring> rw = we::cert_reasons_w(0x128, locales_w);
    std::vector<std::string> r = we::cert_reasons(0x128, locales);
    CHECK(rw.size() == 3 && r.size() == 3);
    for (std::size_t i = 0; i < rw.size() && i < r.size(); ++i) CHECK(rw[i] == widen(r[i].c_str()));
    CHECK(!we::name_w(54321) && !we::title_w(54321, locales_w) && we::hints_w(54321, locales_w).empty());
#ifdef WINHTTP_ERR_DIRECTION_RTL
    CHECK(we::direction_w(locales_w) == we::direction(locales));
#endif

    // Win32's own types: DWORD from GetLastError, HRESULT, int literals.
    DWORD last = ERROR_WINHTTP_TIMEOUT;
    HRESULT hr = HRESULT_FROM_WIN32(ERROR_WINHTTP_CANNOT_CONNECT);
    CHECK(we::make_error_code(last) == std::errc::timed_out && we::make_error_code(last).value() == 12002);
    CHECK(we::make_error_code(hr).value() == 12029 && we::make_error_code(hr) == std::errc::connection_refused);
    CHECK(we::make_error_code(12017) == std::errc::operation_canceled);
    CHECK(we::make_error_code(E_FAIL).value() == static_cast<int>(E_FAIL));
    // WinHTTP's messages are not in the system table; ours are.
    CHECK(we::make_error_code(last).message() == winhttp_err_message(12002, nullptr));

    // The dialog's texts: title, summary with host and bulleted hints, details.
    we::dialog_text d = we::error_dialog_text(0x80072EE2u, L"example.com", locales_w);
    CHECK(d.main_instruction == *we::title_w(12002, locales_w));
    std::wstring content = we::summary_w(12002, L"example.com", locales_w) + L"\n\n";
    std::vector<std::wstring_view> hw = we::hints_w(12002, locales_w);
    for (std::size_t i = 0; i < hw.size(); ++i)
        content += (i ? L"\n\u2022 " : L"\u2022 ") + std::wstring(hw[i]);
    CHECK(d.content == content);
    CHECK(d.details == std::wstring(*we::description_w(12002, locales_w)) +
                           L"\n\nERROR_WINHTTP_TIMEOUT, 12002 (0x80072EE2)");
    we::dialog_text u = we::error_dialog_text(54321, {}, locales_w);
    CHECK(u.main_instruction == we::summary_w(54321, {}, locales_w) && u.content.empty());
    CHECK(u.details == we::report_w(54321, locales_w));
    CHECK(!d.right_to_left && !u.right_to_left);
}
#endif

int main(int argc, char **argv) {
    const char *expected = argc > 1 ? argv[1] : nullptr;
    if (expected != nullptr) {
        // The premise: NULL locales (ec.message()) are the language under test.
        CHECK(we::locale() == expected);
        std::printf("default locale: %s\n", std::string(we::locale()).c_str());
    }
    for (const char *locales : {static_cast<const char *>(nullptr), "fr-FR", "ja-JP", "is-IS, de;q=0.5"}) {
        every_code(locales);
        unknown_and_edges(locales);
    }
    conditions();
    system_error();
#ifdef _WIN32
    wide(nullptr, nullptr);
    wide(L"fr-FR", "fr-FR");
    wide(L"ja-JP", "ja-JP");
#endif
#ifdef WINHTTP_ERR_DIRECTION_RTL
    if (argc > 2) {
        // Right-to-left languages: Arabic and Hebrew are shipped, Persian is added at run time.
        CHECK(we::direction("ar-SA") == we::text_direction::rtl);
        CHECK(we::direction("fa-AF") == we::text_direction::ltr);  // not there yet: en-US
        char err[512];
        CHECK(winhttp_err_add_locale_dir(argv[2], err, sizeof err) == WINHTTP_ERR_OK);
        CHECK(we::direction("ar-SA") == we::text_direction::rtl);
        CHECK(we::direction("he") == we::text_direction::rtl);
        CHECK(we::direction("fa-AF") == we::text_direction::rtl);
        CHECK(we::direction("ku-Latn-TR") == we::text_direction::ltr);
        CHECK(we::direction("fr-FR, ar;q=0.5") == we::text_direction::ltr);
        CHECK(we::title(12002, "ar-SA") == std::string_view(winhttp_err_text(12002, WINHTTP_ERR_TEXT_TITLE, "ar-SA")));
        CHECK(we::hints(12002, "ar") .size() == 3);
        CHECK(we::summary(12002, "example.com", "he") == c_summary(12002, "he", "example.com"));
#ifdef _WIN32
        CHECK(we::direction_w(L"ar-SA") == we::text_direction::rtl);
        we::dialog_text d = we::error_dialog_text(12002, L"example.com", L"ar-SA");
        CHECK(d.right_to_left && d.main_instruction == *we::title_w(12002, L"ar-SA"));
        CHECK(!we::error_dialog_text(12002, L"example.com", L"fr-FR").right_to_left);
#endif
    }
#endif
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
