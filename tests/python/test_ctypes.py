"""The library through Python ctypes, via the example bindings.
Run by tests/python.rs with WINHTTP_ERR_LIB pointing at the fresh cdylib."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "examples", "python"))
import winhttp_err as w  # noqa: E402

passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAILED:", what, file=sys.stderr)


check(w.name(12002) == "ERROR_WINHTTP_TIMEOUT", "name")
check(w.name(0x80072EE2) == "ERROR_WINHTTP_TIMEOUT", "name of HRESULT")
check(w.name(-2147012894) == "ERROR_WINHTTP_TIMEOUT", "name of signed HRESULT")
check(w.name(12003) is None, "unknown name")
check(w.message(12002, "fr-FR").startswith("Le délai d’attente"), "French message")
check(w.message(12002, "sv-SE, fr;q=0.8, en;q=0.5") == w.message(12002, "fr-FR"), "Accept-Language")
check(w.message(12002, "en-GB").startswith("The request timed out"), "en-GB")
check(w.message(12002, b"\xff\xfe") == w.message(12002, "en-US"), "invalid UTF-8")
check(w.message(12003, "fr") is None, "unknown message")
check(w.message(12002) == w.message(12002, os.environ["EXPECTED_DEFAULT"]), "process default")
check(w.locale() == os.environ["EXPECTED_DEFAULT"], "default locale")
check(w.locale("fr_CA.UTF-8") == "fr-FR", "POSIX name")
line = w.report(12175, "fr")
check(line.endswith("(ERROR_WINHTTP_SECURE_FAILURE, 12175)"), "report line")
check(w.report(54321, "en").startswith("Unknown WinHTTP error 54321"), "unknown report")
check(w.code("error_winhttp_timeout") == 12002, "reverse lookup")
check(w.code("nope") is None, "reverse unknown")
codes = w.codes()
check(len(codes) == 62 and codes == sorted(codes), "enumeration")
for c in codes:
    for tag in ("en-US", "fr-FR"):
        m = w.message(c, tag)
        check(m and "\u2068" not in m and "\u2069" not in m, f"isolation marks in {c} {tag}")
check(all(w.message(c, "en") != w.message(c, "fr") for c in codes), "every code translated")
check(w.version().count(".") == 2, "version")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
