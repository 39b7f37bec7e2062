// A WinHTTP failure the C++ way, with include/winhttp_err.hpp: a std::error_code of the
// "winhttp" category, thrown as std::system_error, shown to the user in their language.
//
//   c++ -std=c++17 -Wall -Wextra -Werror -I include examples/cpp/winhttp_err.cpp
//       -L target/release -lwinhttp_err -Wl,-rpath,"$PWD/target/release" -o winhttp_err_cpp
//   LANG=fr_FR.UTF-8 ./winhttp_err_cpp 0x80072EE2 --host example.com
//
// Prints the title, the summary naming the host and the hints; the log line goes to
// stderr. Exits 1 (the request failed), 2 on bad arguments.
#include "winhttp_err.hpp"

#include <cstdlib>
#include <iostream>
#include <string>

// What a program's own WinHTTP wrapper does with GetLastError().
[[noreturn]] static void fail(std::uint32_t last_error, const char *call) {
    throw std::system_error(winhttp_err::make_error_code(last_error), call);
}

int main(int argc, char **argv) {
    std::string host;
    const char *code_arg = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--host" && i + 1 < argc) host = argv[++i];
        else code_arg = argv[i];
    }
    char *end = nullptr;
    unsigned long code = code_arg != nullptr ? std::strtoul(code_arg, &end, 0) : 0;
    if (code_arg == nullptr || *end != '\0' || code > 0xFFFFFFFFul) {
        std::cerr << "usage: " << argv[0] << " CODE [--host NAME]\n";
        return 2;
    }

    try {
        fail(static_cast<std::uint32_t>(code), "WinHttpSendRequest");
    } catch (const std::system_error &e) {
        // The log: "WinHttpSendRequest: " and the description, in the user's language.
        std::cerr << e.what() << '\n';
        const auto value = static_cast<std::uint32_t>(e.code().value());
        // The user: title, summary naming the server, what to try (nullptr locales:
        // the user's language).
        if (auto title = winhttp_err::title(value)) std::cout << *title << '\n';
        std::cout << winhttp_err::summary(value, host) << '\n';
        for (std::string_view hint : winhttp_err::hints(value)) std::cout << "  - " << hint << '\n';
        if (e.code() == std::errc::timed_out || winhttp_err::is_transient(value))
            std::cout << "retrying may help\n";
        return 1;
    }
}
