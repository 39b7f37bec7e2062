"""Tests of the installed wheel (bindings/test.sh runs them in a fresh virtual
environment, from a folder outside the source tree)."""

import importlib.metadata
import os
import subprocess
import sys
import sysconfig
import threading

import pytest

import winhttp_err as w
from winhttp_err import Category

TIMEOUT_HRESULT = 0x80072EE2  # HRESULT_FROM_WIN32(12002)
TIMEOUT_SIGNED = -2147012894  # the same, as .NET's Exception.HResult and COM report it


def test_imported_from_the_installed_wheel_with_its_library():
    here = os.path.dirname(w.__file__)
    assert os.path.commonpath([here, sysconfig.get_paths()["platlib"]]) == sysconfig.get_paths()["platlib"]
    assert sys.prefix != sys.base_prefix, "run in a virtual environment"
    native = "winhttp_err.dll" if sys.platform == "win32" else "libwinhttp_err.so"
    assert os.path.isfile(os.path.join(here, native))
    assert os.path.isfile(os.path.join(here, "py.typed"))
    assert w.version() == EXPECTED_VERSION


def test_package_version_is_the_wheels():
    assert w.__version__ == EXPECTED_VERSION
    assert importlib.metadata.version("winhttp-err") == w.__version__
    assert "__version__" in w.__all__
    licences = {os.path.basename(str(f)) for f in importlib.metadata.files("winhttp-err") or [] if "licenses" in str(f)}
    assert licences == {"LICENSE-MIT", "LICENSE-APACHE"}


def test_category_prints_its_label_on_every_python():
    # IntEnum's own str() is 'Category.TIMEOUT' before 3.11 and '2' since.
    timeout = w.category(12002)
    assert str(timeout) == "timeout" and f"{timeout}" == "timeout"
    assert "%s" % timeout == "timeout" and "{}".format(timeout) == "timeout"
    assert f"[{timeout:>9}]" == "[  timeout]"
    assert str(Category.NAME_RESOLUTION) == "name_resolution"
    assert repr(timeout) == "<Category.TIMEOUT: 2>"
    assert timeout == 2 and int(timeout) == 2 and f"{timeout.value:d}" == "2"
    assert [str(c) for c in Category][:3] == ["unknown", "network", "timeout"]


def test_names_from_win32_and_hresult_codes():
    assert w.name(12002) == "ERROR_WINHTTP_TIMEOUT"
    assert w.name(TIMEOUT_HRESULT) == "ERROR_WINHTTP_TIMEOUT"
    assert w.name(TIMEOUT_SIGNED) == "ERROR_WINHTTP_TIMEOUT"
    assert w.name(0x80072EFD) == "ERROR_WINHTTP_CANNOT_CONNECT"
    assert w.name(12175) == "ERROR_WINHTTP_SECURE_FAILURE"


def test_unknown_codes_give_none_not_an_exception():
    for unknown in (0, 5, 54321, 0x80070005, 2**40, -(2**40)):
        assert w.name(unknown) is None
        assert w.message(unknown, "fr-FR") is None
        assert w.title(unknown) is None
        assert w.summary(unknown, host="example.com") is None
        assert w.hints(unknown) is None
        assert w.category(unknown) is Category.UNKNOWN
        assert w.is_transient(unknown) is False
    assert w.code("ERROR_WINHTTP_NOPE") is None
    assert w.code("") is None
    with pytest.raises(TypeError):
        w.name("12002")


def test_descriptions_in_english_and_french():
    assert w.message(12029, "en-US") == "The connection to the server could not be established."
    assert w.message(12029, "fr-FR") == "La connexion au serveur n’a pas pu être établie."
    assert w.message(TIMEOUT_SIGNED, "is-IS, fr;q=0.8").startswith("Le délai d’attente")
    assert w.message(12002, ["is-IS", "fr-FR"]).startswith("Le délai d’attente")


def test_titles_in_english_and_french():
    assert w.title(12002, "en-US") == TITLE_12002_EN
    assert w.title(TIMEOUT_HRESULT, "fr-FR") == TITLE_12002_FR
    assert w.title(12175, "fr") == TITLE_12175_FR
    for c in w.codes():
        for loc in ("en-US", "fr-FR"):
            t = w.title(c, loc)
            assert t and len(t) <= 60 and not t.endswith(".")


def test_hostile_hosts_are_no_host():
    bare_en, bare_fr = w.summary(12002, "en-US"), w.summary(12002, "fr-FR")
    assert bare_en == SUMMARY_12002_EN and "exa" not in bare_en
    # A NUL would cut the name ("The server at exa ..."): no host at all, as in C.
    assert w.summary(12002, "en-US", host="exa\0mple.com") == bare_en
    assert w.summary(12002, "fr-FR", host="\0") == bare_fr
    # A lone surrogate is no Unicode text: not "ex?ample.com".
    assert w.summary(12002, "en-US", host="ex\ud800ample.com") == bare_en
    assert w.summary(12002, "en-US", host="ex\udfffample.com") == bare_en
    assert w.code("ERROR_WINHTTP_TIMEOUT\0junk") is None
    assert w.code("ERROR_WINHTTP_TIMEOUT\ud800") is None
    assert w.code("ERROR_WINHTTP_TIMEOUT") == 12002


def test_summary_names_the_host_when_given():
    assert w.summary(12002, "en-US") == SUMMARY_12002_EN
    assert w.summary(12002, "en-US", host="example.com") == SUMMARY_12002_EN_HOST
    assert w.summary(TIMEOUT_SIGNED, "fr-FR", host="example.com") == SUMMARY_12002_FR_HOST
    assert w.summary(12002, "fr-FR", host="") == w.summary(12002, "fr-FR")
    # Untrusted host: controls and bidi overrides never come out.
    tricky = w.summary(12002, "en-US", host="exa\u202emple.com\n\x07")
    assert "example.com" in tricky
    assert not any(ch in tricky for ch in "\u202e\n\x07")


def test_hints_are_a_list_of_sentences():
    assert w.hints(12002, "en-US") == HINTS_12002_EN
    fr = w.hints(12002, "fr-FR")
    assert isinstance(fr, list) and len(fr) == 3 and fr != HINTS_12002_EN
    for c in w.codes():
        h = w.hints(c, "fr-FR")
        assert 1 <= len(h) <= 3 and all(s.strip() == s and s for s in h)


def test_categories_and_retry_advice():
    assert w.category(12002) is Category.TIMEOUT == 2
    assert w.category(TIMEOUT_SIGNED) is Category.TIMEOUT
    assert w.category(12007) is Category.NAME_RESOLUTION
    assert w.category(0x80072EFD) is Category.NETWORK
    assert w.category(12175) is Category.SECURITY
    assert w.category(12180) is Category.PROXY
    assert w.category(12018) is Category.USAGE
    assert [m.value for m in Category] == list(range(11))
    assert w.is_transient(12002) is True
    assert w.is_transient(TIMEOUT_HRESULT) is True
    assert w.is_transient(12175) is False
    assert w.is_transient(12018) is False
    assert all(w.category(c) is not Category.UNKNOWN for c in w.codes())


def test_certificate_flags():
    assert w.cert_flags(0) == []
    lines = w.cert_flags(0x28, "en-US")  # INVALID_CA | CERT_DATE_INVALID
    assert lines == CERT_0x28_EN
    fr = w.cert_flags(0x28, "fr-FR")
    assert len(fr) == 2 and fr != lines
    unknown_bit = w.cert_flags(0x100, "en-US")
    assert len(unknown_bit) == 1 and "0x00000100" in unknown_bit[0]
    assert len(w.cert_flags(0x8000007F)) == 8
    assert w.cert_flag_name(0x20) == "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID"
    assert w.cert_flag_name(0x80000000) == "WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR"
    assert w.cert_flag_name(0x28) is None
    assert w.cert_flag_name(0) is None


def test_locale_negotiation():
    assert w.locale("fr_CA.UTF-8") == "fr-CA"
    assert w.locale("is-IS, fr;q=0.8") == "fr-FR"
    assert w.locale(["is", "cy-GB"]) == "en-US"
    assert w.locale("zz") == "en-US"
    assert w.locale() in ("en-US", "fr-FR")
    assert w.direction("fr") == "ltr"
    assert w.direction("fr-FR") == "ltr"
    assert w.direction() == "ltr"
    assert w.direction("ar-EG") == ("rtl" if w.locale("ar-EG") == "ar-SA" else "ltr")
    assert w.direction(["iw", "fr"]) == ("rtl" if w.locale("iw") == "he-IL" else "ltr")


def test_process_default_follows_the_environment():
    code = "import winhttp_err as w; print(w.locale(), w.title(12002) == w.title(12002, w.locale()))"
    for lang, expected in ((None, "en-US"), ("fr_FR.UTF-8", "fr-FR"), ("is_IS.UTF-8", "en-US")):
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
        if lang:
            env["LANG"] = lang
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
        assert out.stdout.split() == [expected, "True"]


def test_requests_as_bytes_lists_and_garbage():
    assert w.message(12002, b"\xff\xfe") == w.message(12002, "en-US")
    assert w.title(12002, b"fr-FR") == TITLE_12002_FR
    assert w.locale(["is-IS", "fr;q=0.8"]) == "fr-FR"
    assert w.locale("x" * 100_000) == "en-US"


def test_every_code_has_text_in_both_languages():
    for c in w.codes():
        for part in (w.message, w.title, w.summary):
            en, fr = part(c, "en-US"), part(c, "fr-FR")
            assert en and fr and en != fr, (part.__name__, c)
            assert not any(mark in en + fr for mark in "\u2068\u2069"), (part.__name__, c)


def test_reverse_lookup_and_list_of_codes():
    assert w.code("ERROR_WINHTTP_TIMEOUT") == 12002
    assert w.code(" error_winhttp_cannot_connect ") == 12029
    all_codes = w.codes()
    assert len(all_codes) == 78 and all_codes == sorted(all_codes)
    assert all_codes[0] == 2 and all_codes[-1] == 12193
    assert all(w.code(w.name(c)) == c for c in all_codes)


def test_log_line():
    assert w.line(12002, "en-US").endswith("(ERROR_WINHTTP_TIMEOUT, 12002)")
    assert w.line(54321, "fr-FR") == "Erreur WinHTTP inconnue\u00a0: 54321 (0x0000D431)."


def test_a_text_that_grows_between_measure_and_write_is_written_again():
    # What a locale added by another thread between the two C calls does: the second
    # call reports more than the buffer holds. The text comes back whole, not cut.
    texts = iter(["short", "a longer text", "a longer text"])
    calls = []

    def call(buf, n):
        text = next(texts).encode()
        calls.append(n)
        if buf is not None:
            buf[: min(n - 1, len(text))] = text[: n - 1]
        return len(text)

    assert w._snprintf(call) == "a longer text"
    assert calls == [0, 6, 14]


def test_threads_agree():
    expected = [w.summary(c, "fr-FR", "example.com") for c in w.codes()]
    results = []

    def run():
        results.append([w.summary(c, "fr-FR", "example.com") for c in w.codes()])

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


# Expected texts, read from the library's catalogue and FTL files (cargo run -- 12002 --lang fr-FR).
EXPECTED_VERSION = os.environ.get("WINHTTP_ERR_VERSION", "0.1.0")
TITLE_12002_EN = "Connection timed out"
TITLE_12002_FR = "Délai de connexion dépassé"
TITLE_12175_FR = "Échec de la connexion sécurisée"
SUMMARY_12002_EN = "The server took too long to respond."
SUMMARY_12002_EN_HOST = "The server at example.com took too long to respond."
SUMMARY_12002_FR_HOST = "Le serveur example.com a mis trop de temps à répondre."
HINTS_12002_EN = [
    "Check your network connection.",
    "Wait a moment, then try again.",
    "Check your proxy settings, or ask your network administrator.",
]
CERT_0x28_EN = [
    "The certificate was issued by an authority that this computer does not trust.",
    "The certificate has expired or is not valid yet.",
]


# Locales added at run time are the process's for good: each test adds its own tags.
IS_FTL = "error-winhttp-timeout = Tími beiðninnar rann út.\n    .title = Tíminn rann út\n"


def test_add_locale_from_text():
    before = w.locales()
    assert "en-US" in before and "fr-FR" in before and "is-IS" not in before
    line = w.add_locale("is-IS", IS_FTL)
    assert line.startswith("is-IS added: 2 of "), line
    assert w.locales() == before + ["is-IS"]
    assert w.locale("is") == "is-IS"
    assert w.title(12002, "is") == "Tíminn rann út"
    assert w.message(0x80072EE2, "is") == "Tími beiðninnar rann út."
    # What it lacks comes in en-US.
    assert w.summary(12002, "is-IS") == SUMMARY_12002_EN
    # Bytes are the same text; adding again overrides and the list does not grow.
    w.add_locale("is-IS", IS_FTL.replace("Tíminn rann út", "Tíminn er útrunninn").encode("utf-8"))
    assert w.title(12002, "is-IS") == "Tíminn er útrunninn"
    assert w.locales() == before + ["is-IS"]


def test_an_added_hebrew_locale_is_right_to_left():
    assert w.direction("ar-SA") == "rtl" and w.direction("he") == "rtl"  # shipped
    w.add_locale("he-IL", "error-winhttp-timeout = תם הזמן שהוקצב לבקשה.\n    .title = תם הזמן\n")
    assert w.locale("he") == "he-IL"
    assert w.direction("he") == "rtl"
    assert w.direction("iw") == "rtl"
    assert w.direction("fr-FR") == "ltr"
    assert "תם הזמן" in w.title(12002, "he")


def test_bad_locales_raise_and_add_nothing(tmp_path):
    before = w.locales()
    with pytest.raises(w.LocaleError) as bad_ftl:
        w.add_locale("ga-IE", "error-winhttp-timeout = {\n")
    assert bad_ftl.value.status == 3 and isinstance(bad_ftl.value, ValueError)
    assert bad_ftl.value.message.startswith("line 1, column 26: error: "), bad_ftl.value.message
    assert str(bad_ftl.value) == bad_ftl.value.message
    with pytest.raises(w.LocaleError) as bad_tag:
        w.add_locale("not a tag", IS_FTL)
    assert bad_tag.value.status == 2 and "not a tag" in bad_tag.value.message
    with pytest.raises(w.LocaleError) as nul_tag:
        w.add_locale("ga-IE\0", IS_FTL)
    assert nul_tag.value.status == 2
    with pytest.raises(w.LocaleError) as missing:
        w.add_locale_dir(tmp_path / "missing")
    assert missing.value.status == 6 and "missing" in missing.value.message
    assert w.locales() == before
    assert w.locale("ga-IE") == "en-US"


# Hostile files, the shapes of the Rust tests' (tests/common/hostile.rs): each would
# overflow a small stack if the library recursed as deep as the file nests.
MAX_FTL_BYTES = 1 << 20  # WINHTTP_ERR_MAX_FTL_BYTES
ADD_STACK = 256 * 1024  # the stack of the thread that adds: a quarter of Windows' default


def deep_placeables() -> str:
    return "error-winhttp-timeout = " + "{" * 2000 + "$x" + "}" * 2000 + "\n"


def deep_calls() -> str:
    return "error-winhttp-timeout = { " + "F(" * 2000 + "1" + ")" * 2000 + " }\n"


def attribute_chain() -> str:
    """Messages each referring to the next one's attribute, up to the size limit."""
    lines = ["error-winhttp-timeout = { m0.a }\n"]
    size, i = len(lines[0]), 0
    while size < MAX_FTL_BYTES - 100:
        lines.append(f"m{i} =\n    .a = {{ m{i + 1}.a }}\n")
        size += len(lines[-1])
        i += 1
    return "".join(lines)


def many_bad_entries() -> str:
    """1 MiB of small bad entries (an unknown id each), some 90,000 errors."""
    lines, size, i = [], 0, 0
    line = "a0 = x\n"
    while size + len(line) <= MAX_FTL_BYTES:
        lines.append(line)
        size += len(line)
        i += 1
        line = f"a{i} = x\n"
    return "".join(lines)


def test_hostile_locales_are_refused_on_a_small_stack():
    hostile = [
        (deep_placeables(), "line 1, column 41: error: placeables or calls nested more than 16 deep"),
        (deep_calls(), "nested more than 16 deep"),
        (attribute_chain(), "nests placeables more than 16 deep"),
        (many_bad_entries(), 'line 1, column 1: error: en-US has no message "a0"'),
    ]
    assert all(len(ftl.encode("utf-8")) <= MAX_FTL_BYTES for ftl, _ in hostile)
    before = w.locales()
    assert w.title(12002, "fr-FR") == TITLE_12002_FR
    outcomes = []

    def add_each():
        for ftl, _ in hostile:
            try:
                outcomes.append(w.add_locale("fr-FR", ftl))
            except Exception as e:  # checked below, on the test's thread
                outcomes.append(e)

    previous = threading.stack_size(ADD_STACK)
    try:
        thread = threading.Thread(target=add_each)
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join(60)
    assert not thread.is_alive() and len(outcomes) == len(hostile)
    for (_, expect), got in zip(hostile, outcomes):
        assert isinstance(got, w.LocaleError), got
        assert got.status == 3 and expect in got.message, got.message
    assert w.title(12002, "fr-FR") == TITLE_12002_FR
    assert w.locales() == before


def test_add_locale_dir(tmp_path):
    before = w.locales()
    (tmp_path / "cy-GB").mkdir()
    (tmp_path / "cy-GB" / "app.ftl").write_text(
        "error-winhttp-timeout = Daeth amser y cais i ben.\n    .title = Daeth yr amser i ben\n", "utf-8"
    )
    (tmp_path / "notes.txt").write_text("not a locale", "utf-8")
    line = w.add_locale_dir(tmp_path)
    assert "cy-GB added" in line, line
    assert w.locales() == before + ["cy-GB"]
    assert w.title(12002, "cy") == "Daeth yr amser i ben"
    # A bad file: its path and line in the message, nothing added (all or nothing).
    (tmp_path / "mt-MT").mkdir()
    (tmp_path / "mt-MT" / "bad.ftl").write_text("error-winhttp-timeout = {\n", "utf-8")
    with pytest.raises(w.LocaleError) as bad:
        w.add_locale_dir(str(tmp_path))
    assert bad.value.status == 3
    assert "bad.ftl:1:" in bad.value.message, bad.value.message
    assert w.locales() == before + ["cy-GB"]
