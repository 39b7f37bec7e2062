// C++17 over the C ABI: std::string_view over the library's static strings (no
// copies, nothing to free), std::optional for "unknown code".
//
//   c++ -std=c++17 -Wall -Wextra -Werror -I include examples/cpp/winhttp_err.cpp
//       -L target/release -lwinhttp_err -Wl,-rpath,"$PWD/target/release" -o winhttp_err_cpp
//   ./winhttp_err_cpp fr-FR 12002 0x80072EFD -2147012894 54321
//
// Prints each code's name and description in the negotiated language; exits 1 if
// one is unknown, 2 on bad arguments.
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "winhttp_err.h"

namespace winhttp_err {

// The library's strings are static and never move: a view of them never dangles.
inline std::optional<std::string_view> name(std::uint32_t code) {
    if (const char *p = winhttp_err_name(code)) return std::string_view{p};
    return std::nullopt;
}

inline std::optional<std::string_view> message(std::uint32_t code, const char *locales) {
    if (const char *p = winhttp_err_message(code, locales)) return std::string_view{p};
    return std::nullopt;
}

inline std::string_view locale(const char *locales) { return winhttp_err_locale(locales); }

// winhttp_err_format works like snprintf: measure, then write.
inline std::string report(std::uint32_t code, const char *locales) {
    std::vector<char> buf(winhttp_err_format(code, locales, nullptr, 0) + 1);
    std::size_t len = winhttp_err_format(code, locales, buf.data(), buf.size());
    return std::string(buf.data(), len < buf.size() ? len : buf.size() - 1);
}

inline std::vector<std::uint32_t> codes() {
    std::vector<std::uint32_t> all(winhttp_err_count());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = winhttp_err_code_at(i);
    return all;
}

}  // namespace winhttp_err

// Decimal, 0x hex, or a negative HRESULT as .NET prints it (-2147012894).
static std::optional<std::uint32_t> parse_code(const char *arg) {
    errno = 0;
    char *end = nullptr;
    long long value = std::strtoll(arg, &end, 0);
    if (errno != 0 || end == arg || *end != '\0' || value < -2147483648LL || value > 0xFFFFFFFFLL)
        return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " LOCALES CODE...\n";
        return 2;
    }
    const char *locales = argv[1];
    std::cout << "locale: " << winhttp_err::locale(locales) << " (library " << winhttp_err_version()
              << ", " << winhttp_err::codes().size() << " codes)\n";

    // string_view sizes are free once made: find the longest name without copying any.
    std::string_view longest;
    for (std::uint32_t code : winhttp_err::codes()) {
        std::string_view n = winhttp_err::name(code).value_or("");
        if (n.size() > longest.size()) longest = n;
    }
    std::cout << "longest name: " << longest << " (" << longest.size() << " characters)\n";

    int status = 0;
    for (int i = 2; i < argc; ++i) {
        auto code = parse_code(argv[i]);
        if (!code) {
            std::cerr << "not a code: " << argv[i] << '\n';
            return 2;
        }
        if (auto n = winhttp_err::name(*code)) {
            std::string_view text = winhttp_err::message(*code, locales).value_or("");
            std::cout << *n << " (" << argv[i] << "): " << text << '\n';
        } else {
            std::cout << winhttp_err::report(*code, locales) << '\n';
            status = 1;
        }
    }
    return status;
}
