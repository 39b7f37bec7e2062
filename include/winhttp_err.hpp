/*
 * winhttp_err.hpp: the C++17 face of winhttp_err.h. Header-only, over the C ABI:
 * link the same library (-lwinhttp_err, winhttp_err.dll).
 *
 *   std::error_code ec = winhttp_err::make_error_code(GetLastError());
 *   ec.message();                        // the description, in the user's language
 *   ec == std::errc::timed_out;          // true for 12002 (see default_error_condition)
 *   throw std::system_error(ec, "WinHttpSendRequest");
 *   winhttp_err::title(12002, "fr-FR");  // "Délai de connexion dépassé"
 *
 * Rules, as in the C header: codes are given in Win32 form (12002) or
 * HRESULT_FROM_WIN32 form (0x80072EE2); `locales` is NULL (the process default: LC_ALL,
 * LC_MESSAGES, LANG, LANGUAGE on POSIX, the user's UI languages on Windows) or a
 * request such as "fr-CA", "fr_FR.UTF-8" or "sv-SE, fr;q=0.8". Views point at the
 * library's static strings, which never move and are never freed: they cannot dangle.
 * Everything is thread-safe.
 *
 * Nothing here throws an exception of its own. Functions returning std::string_view or
 * std::optional are noexcept; those returning std::string or std::vector allocate, and
 * the allocator's std::bad_alloc is all that can escape them. show_error_dialog is
 * noexcept and returns E_OUTOFMEMORY instead.
 */
#ifndef WINHTTP_ERR_HPP
#define WINHTTP_ERR_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#if defined(_WIN32_WINNT) && _WIN32_WINNT >= 0x0600
#include <commctrl.h>
#define WINHTTP_ERR_HPP_TASK_DIALOG 1
#endif
#endif

#include "winhttp_err.h"

namespace winhttp_err {

/// The Win32 code of `code`: 0x80072EE2 (HRESULT_FROM_WIN32) gives 12002; any other
/// value is returned as it is.
constexpr std::uint32_t win32_code(std::uint32_t code) noexcept {
    return (code & 0xFFFF0000u) == 0x80070000u ? code & 0xFFFFu : code;
}

/// The HRESULT_FROM_WIN32 form of `code`: 12002 gives 0x80072EE2; 0, values above
/// 0xFFFF and HRESULTs are returned as they are.
constexpr std::uint32_t hresult_code(std::uint32_t code) noexcept {
    return code != 0 && code <= 0xFFFFu ? 0x80070000u | code : code;
}

namespace detail {

inline std::optional<std::string_view> view(const char *p) noexcept {
    if (p == nullptr) return std::nullopt;
    return std::string_view{p};
}

/// Fills a string from an snprintf-like C function `fill(buf, len)` that returns the
/// whole length: measure, then write; again if the text grew meanwhile (a locale
/// added by another thread).
template <class Char, class Fill>
std::basic_string<Char> filled(Fill fill) {
    std::basic_string<Char> out;
    std::size_t len = fill(nullptr, 0);
    for (int attempt = 0; attempt < 4; ++attempt) {
        out.resize(len + 1);
        std::size_t got = fill(&out[0], out.size());
        if (got <= len) {
            out.resize(got);
            return out;
        }
        len = got;
    }
    out.resize(std::char_traits<Char>::length(out.c_str()));
    return out;
}

/// "a\nb" as {"a", "b"}; "" as {}.
template <class Char>
std::vector<std::basic_string_view<Char>> lines(std::basic_string_view<Char> text) {
    std::vector<std::basic_string_view<Char>> out;
    while (!text.empty()) {
        std::size_t end = text.find(Char('\n'));
        out.push_back(text.substr(0, end));
        if (end == text.npos) break;
        text.remove_prefix(end + 1);
    }
    return out;
}

/// A host as the C functions take it: NUL-terminated, at most 256 units (the C side
/// reads no more, and a host over 255 is no host), NULs dropped like the other
/// control characters the C side removes.
template <class Char>
struct host_buffer {
    Char text[257];
    const Char *get() const noexcept { return text[0] != 0 ? text : nullptr; }
    explicit host_buffer(std::basic_string_view<Char> host) noexcept {
        std::size_t n = 0;
        for (Char c : host) {
            if (n == 256) break;
            if (c != 0) text[n++] = c;
        }
        text[n] = 0;
    }
};

}  // namespace detail

/// What kind of failure a code is (winhttp_err_category): for an icon, grouping logs,
/// or whom to send the user to. A later library may return a value not listed here.
enum class kind : std::uint32_t {
    unknown = WINHTTP_ERR_CATEGORY_UNKNOWN,
    network = WINHTTP_ERR_CATEGORY_NETWORK,
    timeout = WINHTTP_ERR_CATEGORY_TIMEOUT,
    name_resolution = WINHTTP_ERR_CATEGORY_NAME_RESOLUTION,
    proxy = WINHTTP_ERR_CATEGORY_PROXY,
    security = WINHTTP_ERR_CATEGORY_SECURITY,
    authentication = WINHTTP_ERR_CATEGORY_AUTHENTICATION,
    server = WINHTTP_ERR_CATEGORY_SERVER,
    request = WINHTTP_ERR_CATEGORY_REQUEST,
    usage = WINHTTP_ERR_CATEGORY_USAGE,
    system = WINHTTP_ERR_CATEGORY_SYSTEM,
};

/// "ERROR_WINHTTP_TIMEOUT" for 12002; nullopt for an unknown code.
inline std::optional<std::string_view> name(std::uint32_t code) noexcept {
    return detail::view(winhttp_err_name(code));
}

/// The Win32 code named `name`, any ASCII case, surrounding blanks ignored
/// (winhttp_err_code); nullopt when it names nothing. A NUL inside is no name.
inline std::optional<std::uint32_t> code_of(std::string_view name) noexcept {
    char buf[66];
    if (name.size() > 64 || name.find('\0') != name.npos) return std::nullopt;
    name.copy(buf, name.size());
    buf[name.size()] = '\0';
    std::uint32_t code = winhttp_err_code(buf);
    if (code == 0) return std::nullopt;
    return code;
}

/// Every code of the catalogue, in ascending order.
inline std::vector<std::uint32_t> codes() {
    std::vector<std::uint32_t> all(winhttp_err_count());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = winhttp_err_code_at(i);
    return all;
}

/// The technical description (winhttp_err_message), for logs; nullopt when unknown.
inline std::optional<std::string_view> description(std::uint32_t code,
                                                   const char *locales = nullptr) noexcept {
    return detail::view(winhttp_err_message(code, locales));
}

/// One complete line, never empty for a known or unknown code (winhttp_err_format):
/// "description (NAME, 12002)", or "Unknown WinHTTP error N (0x…)." localized.
inline std::string report(std::uint32_t code, const char *locales = nullptr) {
    return detail::filled<char>(
        [&](char *buf, std::size_t len) { return winhttp_err_format(code, locales, buf, len); });
}

/// The tag `locales` negotiates to, such as "fr-FR" (winhttp_err_locale).
inline std::string_view locale(const char *locales = nullptr) noexcept {
    return winhttp_err_locale(locales);
}

/// A short heading for an end user, "Connection timed out"; nullopt when unknown.
inline std::optional<std::string_view> title(std::uint32_t code,
                                             const char *locales = nullptr) noexcept {
    return detail::view(winhttp_err_text(code, WINHTTP_ERR_TEXT_TITLE, locales));
}

/// One or two plain sentences for an end user, naming the server `host` when it is
/// given (winhttp_err_summary: `host` is untrusted and cleaned; one over 255 bytes,
/// not UTF-8 or left empty is no host). An unknown code gets a generic summary that
/// shows the number.
inline std::string summary(std::uint32_t code, std::string_view host = {},
                           const char *locales = nullptr) {
    detail::host_buffer<char> h(host);
    return detail::filled<char>([&](char *buf, std::size_t len) {
        return winhttp_err_summary(code, locales, h.get(), buf, len);
    });
}

/// One to three things the user can try, most useful first; empty when unknown.
inline std::vector<std::string_view> hints(std::uint32_t code, const char *locales = nullptr) {
    const char *text = winhttp_err_text(code, WINHTTP_ERR_TEXT_HINTS, locales);
    return detail::lines(std::string_view{text != nullptr ? text : ""});
}

/// What kind of failure `code` is; kind::unknown when it is not in the catalogue.
inline kind category_of(std::uint32_t code) noexcept {
    return static_cast<kind>(winhttp_err_category(code));
}

/// True when sending the same request again later may succeed.
inline bool is_transient(std::uint32_t code) noexcept { return winhttp_err_is_transient(code) != 0; }

/// Why a secure connection failed: one sentence per WINHTTP_CALLBACK_STATUS_FLAG_* bit
/// of `flags`, lowest first; unknown bits as one last sentence showing them in hex.
inline std::vector<std::string> cert_reasons(std::uint32_t flags, const char *locales = nullptr) {
    std::string text = detail::filled<char>(
        [&](char *buf, std::size_t len) { return winhttp_err_cert_flags(flags, locales, buf, len); });
    std::vector<std::string> out;
    for (std::string_view line : detail::lines(std::string_view{text})) out.emplace_back(line);
    return out;
}

/// "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA" for 0x8; nullopt unless one known bit.
inline std::optional<std::string_view> cert_flag_name(std::uint32_t flag) noexcept {
    return detail::view(winhttp_err_cert_flag_name(flag));
}

#ifdef WINHTTP_ERR_DIRECTION_RTL
/// Which way the negotiated language is written, for a dialog's layout.
enum class text_direction : std::uint32_t {
    ltr = WINHTTP_ERR_DIRECTION_LTR,
    rtl = WINHTTP_ERR_DIRECTION_RTL,
};

/// The writing direction of the language `locales` negotiates to.
inline text_direction direction(const char *locales = nullptr) noexcept {
    return static_cast<text_direction>(winhttp_err_direction(locales));
}
#endif

namespace detail {

/// The "winhttp" error category: its values are Win32 codes (make_error_code stores
/// the Win32 form of an HRESULT_FROM_WIN32), its messages the library's descriptions.
class category_impl final : public std::error_category {
public:
    const char *name() const noexcept override { return "winhttp"; }

    /// The description in the process's default language, or the localized
    /// "Unknown WinHTTP error N (0x…)." line for a code the catalogue lacks.
    std::string message(int value) const override {
        auto code = static_cast<std::uint32_t>(value);
        if (const char *text = winhttp_err_message(code, nullptr)) return text;
        return report(code, nullptr);
    }

    /// The portable condition where one truly fits; the code itself otherwise.
    ///
    ///   8 ERROR_NOT_ENOUGH_MEMORY                 not_enough_memory
    ///   6 ERROR_INVALID_HANDLE                    invalid_argument (as MSVC's system_category)
    ///  50 ERROR_NOT_SUPPORTED                     not_supported
    ///  87 ERROR_INVALID_PARAMETER                 invalid_argument
    /// 12002 ERROR_WINHTTP_TIMEOUT                 timed_out
    /// 12017 ERROR_WINHTTP_OPERATION_CANCELLED     operation_canceled
    /// 12029 ERROR_WINHTTP_CANNOT_CONNECT          connection_refused
    /// 12030 ERROR_WINHTTP_CONNECTION_ERROR        connection_reset (reset or closed by the peer)
    /// 12193 ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED  not_supported
    /// 10050 WSAENETDOWN                           network_down
    /// 10051 WSAENETUNREACH                        network_unreachable
    /// 10053 WSAECONNABORTED                       connection_aborted
    /// 10054 WSAECONNRESET                         connection_reset
    /// 10060 WSAETIMEDOUT                          timed_out
    /// 10061 WSAECONNREFUSED                       connection_refused
    /// 10065 WSAEHOSTUNREACH                       host_unreachable
    ///
    /// No std::errc says "name not resolved", "bad certificate", "proxy" or "invalid
    /// server response" without stretching it: those codes keep their own condition.
    std::error_condition default_error_condition(int value) const noexcept override {
        switch (win32_code(static_cast<std::uint32_t>(value))) {
            case 6: return std::errc::invalid_argument;
            case 8: return std::errc::not_enough_memory;
            case 50: return std::errc::not_supported;
            case 87: return std::errc::invalid_argument;
            case 12002: return std::errc::timed_out;
            case 12017: return std::errc::operation_canceled;
            case 12029: return std::errc::connection_refused;
            case 12030: return std::errc::connection_reset;
            case 12193: return std::errc::not_supported;
            case 10050: return std::errc::network_down;
            case 10051: return std::errc::network_unreachable;
            case 10053: return std::errc::connection_aborted;
            case 10054: return std::errc::connection_reset;
            case 10060: return std::errc::timed_out;
            case 10061: return std::errc::connection_refused;
            case 10065: return std::errc::host_unreachable;
            default: return std::error_condition(value, *this);
        }
    }
};

}  // namespace detail

/// The "winhttp" std::error_category. One object per program (per module on Windows:
/// an error_code made in one DLL compares unequal to one made in another, as with
/// every header-only category).
inline const std::error_category &category() noexcept {
    static const detail::category_impl instance;
    return instance;
}

/// A std::error_code of the "winhttp" category holding the Win32 form of `code`
/// (12002 or 0x80072EE2 both give value 12002). Other HRESULTs are kept as they are.
inline std::error_code make_error_code(std::uint32_t code) noexcept {
    return std::error_code(static_cast<int>(win32_code(code)), category());
}

#ifdef _WIN32
/// GetLastError()'s DWORD (unsigned long, a type of its own beside std::uint32_t).
inline std::error_code make_error_code(DWORD code) noexcept {
    return make_error_code(static_cast<std::uint32_t>(code));
}

/// An HRESULT, as COM and .NET report it (HRESULT_FROM_WIN32(12002) gives 12002).
inline std::error_code make_error_code(HRESULT hr) noexcept {
    return make_error_code(static_cast<std::uint32_t>(hr));
}

/// A plain int (a literal, a code kept as int), so that make_error_code(12002) is not
/// ambiguous between the overloads above.
inline std::error_code make_error_code(int code) noexcept {
    return make_error_code(static_cast<std::uint32_t>(code));
}

namespace detail {

inline const wchar_t *wide(const std::uint16_t *p) noexcept {
    return reinterpret_cast<const wchar_t *>(p);
}
inline const std::uint16_t *units(const wchar_t *p) noexcept {
    return reinterpret_cast<const std::uint16_t *>(p);
}
inline std::optional<std::wstring_view> view(const std::uint16_t *p) noexcept {
    if (p == nullptr) return std::nullopt;
    return std::wstring_view{wide(p)};
}

}  // namespace detail

// UTF-16 twins for Win32's wide APIs: the same texts, in the same language, as
// std::wstring_view over the library's static UTF-16 strings. NULL `locales` is the
// user's preferred Windows UI languages.

inline std::optional<std::wstring_view> name_w(std::uint32_t code) noexcept {
    return detail::view(winhttp_err_name_w(code));
}

inline std::optional<std::wstring_view> description_w(std::uint32_t code,
                                                      const wchar_t *locales = nullptr) noexcept {
    return detail::view(winhttp_err_message_w(code, detail::units(locales)));
}

inline std::wstring report_w(std::uint32_t code, const wchar_t *locales = nullptr) {
    return detail::filled<wchar_t>([&](wchar_t *buf, std::size_t len) {
        return winhttp_err_format_w(code, detail::units(locales),
                                    reinterpret_cast<std::uint16_t *>(buf), len);
    });
}

inline std::wstring_view locale_w(const wchar_t *locales = nullptr) noexcept {
    return detail::wide(winhttp_err_locale_w(detail::units(locales)));
}

inline std::optional<std::wstring_view> title_w(std::uint32_t code,
                                                const wchar_t *locales = nullptr) noexcept {
    return detail::view(winhttp_err_text_w(code, WINHTTP_ERR_TEXT_TITLE, detail::units(locales)));
}

inline std::wstring summary_w(std::uint32_t code, std::wstring_view host = {},
                              const wchar_t *locales = nullptr) {
    detail::host_buffer<wchar_t> h(host);
    return detail::filled<wchar_t>([&](wchar_t *buf, std::size_t len) {
        return winhttp_err_summary_w(code, detail::units(locales), detail::units(h.get()),
                                     reinterpret_cast<std::uint16_t *>(buf), len);
    });
}

inline std::vector<std::wstring_view> hints_w(std::uint32_t code, const wchar_t *locales = nullptr) {
    const std::uint16_t *text = winhttp_err_text_w(code, WINHTTP_ERR_TEXT_HINTS, detail::units(locales));
    return detail::lines(std::wstring_view{text != nullptr ? detail::wide(text) : L""});
}

inline std::vector<std::wstring> cert_reasons_w(std::uint32_t flags, const wchar_t *locales = nullptr) {
    std::wstring text = detail::filled<wchar_t>([&](wchar_t *buf, std::size_t len) {
        return winhttp_err_cert_flags_w(flags, detail::units(locales),
                                        reinterpret_cast<std::uint16_t *>(buf), len);
    });
    std::vector<std::wstring> out;
    for (std::wstring_view line : detail::lines(std::wstring_view{text})) out.emplace_back(line);
    return out;
}

#ifdef WINHTTP_ERR_DIRECTION_RTL
inline text_direction direction_w(const wchar_t *locales = nullptr) noexcept {
    return static_cast<text_direction>(winhttp_err_direction_w(detail::units(locales)));
}
#endif

/// The texts of the error dialog show_error_dialog opens, for a program that draws
/// its own: the title as the main instruction; the summary naming `host`, then the
/// hints as a bulleted list, as the content; the description, the name and the code
/// ("12002 (0x80072EE2)") as the collapsed details. An unknown code has no title or
/// hints: its summary (which shows the number) leads, content is empty and the
/// details are the report line.
struct dialog_text {
    std::wstring main_instruction;
    std::wstring content;
    std::wstring details;
    bool right_to_left = false;
};

inline dialog_text error_dialog_text(std::uint32_t code, std::wstring_view host = {},
                                     const wchar_t *locales = nullptr) {
    dialog_text d;
    std::wstring summary = summary_w(code, host, locales);
    std::optional<std::wstring_view> heading = title_w(code, locales);
    std::optional<std::wstring_view> n = name_w(code);
    std::wstring bullets;
    for (std::wstring_view hint : hints_w(code, locales)) {
        if (!bullets.empty()) bullets += L'\n';
        bullets += L"\u2022 ";
        bullets += hint;
    }
    if (heading && n) {
        d.main_instruction = std::wstring(*heading);
        d.content = summary;
        if (!bullets.empty()) d.content += L"\n\n" + bullets;
        std::uint32_t win32 = win32_code(code);
        std::wstring hex(8, L'0');
        std::uint32_t hr = hresult_code(win32);
        for (int i = 7; i >= 0; --i, hr >>= 4) hex[i] = L"0123456789ABCDEF"[hr & 0xF];
        d.details = std::wstring(description_w(code, locales).value_or(L"")) + L"\n\n" +
                    std::wstring(*n) + L", " + std::to_wstring(win32) + L" (0x" + hex + L")";
    } else {
        d.main_instruction = summary;
        d.details = report_w(code, locales);
    }
#ifdef WINHTTP_ERR_DIRECTION_RTL
    d.right_to_left = direction_w(locales) == text_direction::rtl;
#endif
    return d;
}

namespace detail {

#ifdef WINHTTP_ERR_HPP_TASK_DIALOG
using task_dialog_fn = HRESULT(WINAPI *)(const TASKDIALOGCONFIG *, int *, int *, BOOL *);

template <class Fn>
Fn proc(HMODULE module, const char *name) noexcept {
    // Through a generic function pointer: GCC's -Wcast-function-type accepts that.
    return module != nullptr ? reinterpret_cast<Fn>(reinterpret_cast<void (*)(void)>(
                                   GetProcAddress(module, name)))
                             : nullptr;
}

/// TaskDialogIndirect lives in Common Controls 6 only. A program whose manifest asks
/// for it has it loaded already; otherwise an activation context made from the
/// manifest Windows ships inside shell32.dll (resource 124, the one the shell uses
/// for Common Controls 6) loads it for the time of the call.
inline HRESULT task_dialog(const TASKDIALOGCONFIG &config) noexcept {
    if (auto fn = proc<task_dialog_fn>(LoadLibraryW(L"comctl32.dll"), "TaskDialogIndirect"))
        return fn(&config, nullptr, nullptr, nullptr);
    wchar_t shell32[MAX_PATH + 16];
    UINT len = GetSystemDirectoryW(shell32, MAX_PATH);
    if (len == 0 || len >= MAX_PATH) return E_NOTIMPL;
    lstrcpyW(shell32 + len, L"\\shell32.dll");
    ACTCTXW actctx = {};
    actctx.cbSize = sizeof actctx;
    actctx.dwFlags = ACTCTX_FLAG_RESOURCE_NAME_VALID;
    actctx.lpSource = shell32;
    actctx.lpResourceName = MAKEINTRESOURCEW(124);
    HANDLE context = CreateActCtxW(&actctx);
    if (context == INVALID_HANDLE_VALUE) return E_NOTIMPL;
    HRESULT shown = E_NOTIMPL;
    ULONG_PTR cookie = 0;
    if (ActivateActCtx(context, &cookie)) {
        if (auto fn = proc<task_dialog_fn>(LoadLibraryW(L"comctl32.dll"), "TaskDialogIndirect"))
            shown = fn(&config, nullptr, nullptr, nullptr);
        DeactivateActCtx(0, cookie);
    }
    ReleaseActCtx(context);
    return shown;
}
#endif

inline HRESULT show_dialog(HWND owner, const dialog_text &d) noexcept {
    HRESULT shown = E_NOTIMPL;
#ifdef WINHTTP_ERR_HPP_TASK_DIALOG
    TASKDIALOGCONFIG config = {};
    config.cbSize = sizeof config;
    config.hwndParent = owner;
    config.dwFlags = TDF_ALLOW_DIALOG_CANCELLATION | (d.right_to_left ? TDF_RTL_LAYOUT : 0);
    config.dwCommonButtons = TDCBF_CLOSE_BUTTON;
    config.pszMainIcon = TD_ERROR_ICON;  // no window title: Windows shows the program's name
    config.pszMainInstruction = d.main_instruction.c_str();
    config.pszContent = d.content.empty() ? nullptr : d.content.c_str();
    config.pszExpandedInformation = d.details.c_str();
    shown = task_dialog(config);
    if (SUCCEEDED(shown)) return shown;
#endif
    // The same parts in a message box: the main instruction as the caption.
    std::wstring all = d.content.empty() ? d.details : d.content + L"\n\n" + d.details;
    UINT style = MB_OK | MB_ICONERROR | (d.right_to_left ? MB_RTLREADING | MB_RIGHT : 0);
    if (MessageBoxW(owner, all.c_str(), d.main_instruction.c_str(), style) != 0) return S_OK;
    DWORD error = GetLastError();
    return error != 0 ? HRESULT_FROM_WIN32(error) : shown;
}

}  // namespace detail

/// Shows a WinHTTP failure to the user in one call: a TaskDialog (error_dialog_text's
/// parts, right-to-left when the language is), or a message box with the same parts
/// where TaskDialog is missing. Modal to `owner` (may be NULL). Returns what
/// TaskDialogIndirect returned (S_OK once the user closed it), S_OK for the message
/// box, E_OUTOFMEMORY when the texts could not be allocated, or the failure
/// (HRESULT_FROM_WIN32(GetLastError())) when no window could be shown. Never throws.
inline HRESULT show_error_dialog(HWND owner, std::uint32_t code, std::wstring_view host = {},
                                 const wchar_t *locales = nullptr) noexcept {
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
    try {
        return detail::show_dialog(owner, error_dialog_text(code, host, locales));
    } catch (...) {
        return E_OUTOFMEMORY;
    }
#else
    return detail::show_dialog(owner, error_dialog_text(code, host, locales));
#endif
}
#endif  // _WIN32

}  // namespace winhttp_err

#endif  // WINHTTP_ERR_HPP
