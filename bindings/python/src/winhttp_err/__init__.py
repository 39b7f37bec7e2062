"""WinHTTP error codes to names, localized descriptions and end-user text.

>>> import winhttp_err
>>> winhttp_err.name(0x80072EE2)
'ERROR_WINHTTP_TIMEOUT'
>>> winhttp_err.category(12002)
<Category.TIMEOUT: 2>
>>> print(f"{winhttp_err.category(12002)}")
timeout

Codes may be given as Win32 codes (12002), as HRESULTs (0x80072EE2) or as signed
HRESULTs the way .NET and COM report them (-2147012894). A code the library does not
know gives ``None`` (``Category.UNKNOWN`` and ``False`` for :func:`category` and
:func:`is_transient`), never an exception.

``locales`` is a language request: a BCP 47 tag (``"fr-CA"``), a POSIX locale name
(``"fr_FR.UTF-8"``), an Accept-Language list (``"de-DE, fr;q=0.8"``), a GNU LANGUAGE
list (``"de:fr"``) or a sequence of tags (``["de-DE", "fr"]``); bytes pass unchanged. ``None`` means the
process default (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``); a request
nothing in the library matches gives en-US.

The functions call the C library bundled in this package (``libwinhttp_err.so``, or
``winhttp_err.dll`` on Windows, beside this file) through ctypes. They are thread-safe, and the strings they return are copies.
"""

from __future__ import annotations

import ctypes
import enum
import os
import sys
from typing import Any, Callable, List, Optional, Sequence, Union

#: This package's version (the wheel's; the bundled C library's is :func:`version`).
__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Category",
    "LocaleError",
    "Locales",
    "add_locale",
    "add_locale_dir",
    "category",
    "cert_flag_name",
    "cert_flags",
    "code",
    "codes",
    "direction",
    "hints",
    "is_transient",
    "line",
    "locale",
    "locales",
    "message",
    "name",
    "summary",
    "title",
    "version",
]

#: A language request: a string such as ``"fr-FR"`` or ``"de-DE, fr;q=0.8"`` (or its
#: bytes, passed as they are), a sequence of tags, or ``None`` for the process default.
Locales = Union[str, bytes, Sequence[str], None]

_FILE = {"win32": "winhttp_err.dll", "darwin": "libwinhttp_err.dylib"}.get(sys.platform, "libwinhttp_err.so")
_lib = ctypes.CDLL(os.path.join(os.path.dirname(os.path.abspath(__file__)), _FILE))

_u32, _size, _str = ctypes.c_uint32, ctypes.c_size_t, ctypes.c_char_p


def _proto(fn: str, restype: Any, *argtypes: Any) -> None:
    f = getattr(_lib, fn)
    f.restype = restype
    f.argtypes = list(argtypes)


# Prototypes as in winhttp_err.h. `const char *` results are static strings owned by
# the library: ctypes copies them into bytes, nothing is ever freed.
_proto("winhttp_err_name", _str, _u32)
_proto("winhttp_err_message", _str, _u32, _str)
_proto("winhttp_err_format", _size, _u32, _str, _str, _size)
_proto("winhttp_err_locale", _str, _str)
_proto("winhttp_err_direction", _u32, _str)
_proto("winhttp_err_code", _u32, _str)
_proto("winhttp_err_count", _size)
_proto("winhttp_err_code_at", _u32, _size)
_proto("winhttp_err_version", _str)
_proto("winhttp_err_text", _str, _u32, _u32, _str)
_proto("winhttp_err_summary", _size, _u32, _str, _str, _str, _size)
_proto("winhttp_err_category", _u32, _u32)
_proto("winhttp_err_is_transient", ctypes.c_int, _u32)
_proto("winhttp_err_cert_flags", _size, _u32, _str, _str, _size)
_proto("winhttp_err_cert_flag_name", _str, _u32)
_proto("winhttp_err_add_locale", _u32, _str, _str, _size, _str, _size)
_proto("winhttp_err_add_locale_dir", _u32, _str, _str, _size)
_proto("winhttp_err_locale_count", _size)
_proto("winhttp_err_locale_at", _str, _size)

# WINHTTP_ERR_TEXT_*
_DESCRIPTION, _TITLE, _SUMMARY, _HINTS = 0, 1, 2, 3


class Category(enum.IntEnum):
    """What kind of failure a code is: the ``WINHTTP_ERR_CATEGORY_*`` values of the C
    header. ``UNKNOWN`` (0, falsy) is the category of a code not in the catalogue.
    ``str()`` and f-strings give the lower-case label, e.g. ``'timeout'``."""

    # str() and format() give the lower-case label, e.g. 'timeout' (as the Node.js and Go
    # bindings spell it), on every Python: IntEnum's own changed in 3.11 from
    # 'Category.TIMEOUT' to '2', which would split log groups across upgrades.
    def __str__(self) -> str:
        return self.name.lower()

    def __format__(self, format_spec: str) -> str:
        return format(str(self), format_spec)

    UNKNOWN = 0
    #: The connection could not be made or was lost.
    NETWORK = 1
    TIMEOUT = 2
    NAME_RESOLUTION = 3
    #: Proxy, PAC file, auto-detection.
    PROXY = 4
    #: TLS and certificates.
    SECURITY = 5
    #: Login, client certificates.
    AUTHENTICATION = 6
    #: The server's response was unusable.
    SERVER = 7
    #: The URL or request as built: invalid URL, scheme, header, redirect.
    REQUEST = 8
    #: The program misused the API; obsolete codes.
    USAGE = 9
    #: Memory, shutdown, internal, not supported.
    SYSTEM = 10


class LocaleError(ValueError):
    """A locale :func:`add_locale` or :func:`add_locale_dir` did not add (nothing was
    added). ``status`` is the C library's ``WINHTTP_ERR_*`` status (2 an invalid tag, 3
    invalid FTL, 4 too large, 5 a limit, 6 a file or folder that cannot be read);
    ``message`` its one line, e.g. ``'sv-SE/app.ftl:3:5: error: ...'``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# WINHTTP_ERR_INVALID_TAG, WINHTTP_ERR_IO; room for the one-line message of an add.
_INVALID_TAG, _IO, _ERR_LEN = 2, 6, 4096


def _code(code: int) -> Optional[int]:
    """A Win32 code or HRESULT as uint32, or None when it cannot be one."""
    if isinstance(code, bool) or not isinstance(code, int):
        raise TypeError(f"a WinHTTP code is an int, not {type(code).__name__}")
    if -0x8000_0000 <= code <= 0xFFFF_FFFF:
        return code & 0xFFFF_FFFF
    return None


def _locales(locales: Locales) -> Optional[bytes]:
    if locales is None or isinstance(locales, bytes):
        return locales
    if not isinstance(locales, str):
        locales = ", ".join(locales)
    return locales.encode("utf-8", "replace")


def _exact(text: str) -> Optional[bytes]:
    """``text`` as UTF-8, or None when C could not be given all of it: a NUL would cut
    it, a lone surrogate is no Unicode text."""
    if "\0" in text:
        return None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _decode(raw: Optional[bytes]) -> Optional[str]:
    return raw.decode("utf-8") if raw is not None else None


def _snprintf(call: Callable[[Any, int], int]) -> str:
    """Measures with (NULL, 0), then writes: the C functions are snprintf-like. Again
    with the new length while the text outgrew the buffer (a locale added by another
    thread between the two calls), so it never comes back cut."""
    need = call(None, 0)
    while True:
        buf = ctypes.create_string_buffer(need + 1)
        got = call(buf, len(buf))
        if got < len(buf):
            return buf.raw[:got].decode("utf-8")
        need = got


def _text(code: int, part: int, locales: Locales) -> Optional[str]:
    c = _code(code)
    return None if c is None else _decode(_lib.winhttp_err_text(c, part, _locales(locales)))


def name(code: int) -> Optional[str]:
    """The symbolic name of ``code``, e.g. ``'ERROR_WINHTTP_TIMEOUT'`` for 12002 or
    0x80072EE2; ``None`` if the code is unknown."""
    c = _code(code)
    return None if c is None else _decode(_lib.winhttp_err_name(c))


def message(code: int, locales: Locales = None) -> Optional[str]:
    """The technical description of ``code`` (from Microsoft's reference) in the best
    language for ``locales``; ``None`` if the code is unknown."""
    return _text(code, _DESCRIPTION, locales)


def title(code: int, locales: Locales = None) -> Optional[str]:
    """A short heading for an end user, e.g. ``'Connection timed out'`` (at most 60
    characters, no final period); ``None`` if the code is unknown."""
    return _text(code, _TITLE, locales)


def summary(code: int, locales: Locales = None, host: Optional[str] = None) -> Optional[str]:
    """One or two plain sentences for an end user, naming ``host`` (the server's name,
    e.g. ``'example.com'``) when given; ``None`` if the code is unknown.

    ``host`` is treated as untrusted: control and bidi characters are dropped and only
    a bounded prefix is used (see the C header). A host containing NUL, or one that is
    not well-formed Unicode (a lone surrogate), is no host: the summary then names no
    server, as in C, rather than a cut or garbled name."""
    c = _code(code)
    if c is None or _lib.winhttp_err_name(c) is None:
        return None
    loc = _locales(locales)
    h = _exact(host) if host else None
    return _snprintf(lambda buf, n: _lib.winhttp_err_summary(c, loc, h, buf, n))


def hints(code: int, locales: Locales = None) -> Optional[List[str]]:
    """One to three things an end user can try, most useful first, each a sentence;
    ``None`` if the code is unknown."""
    text = _text(code, _HINTS, locales)
    return None if text is None else [h for h in text.split("\n") if h]


def category(code: int) -> Category:
    """The kind of failure ``code`` is (``Category.UNKNOWN`` if the code is unknown)."""
    c = _code(code)
    value = 0 if c is None else _lib.winhttp_err_category(c)
    try:
        return Category(value)
    except ValueError:  # a category added by a newer library
        return Category.UNKNOWN


def is_transient(code: int) -> bool:
    """Whether retrying the same request later may succeed (``False`` if unknown)."""
    c = _code(code)
    return c is not None and bool(_lib.winhttp_err_is_transient(c))


def cert_flags(flags: int, locales: Locales = None) -> List[str]:
    """The reasons a certificate was rejected, one plain sentence per flag set in
    ``flags`` (the ``WINHTTP_CALLBACK_STATUS_FLAG_*`` bits reported with
    ERROR_WINHTTP_SECURE_FAILURE, 12175), lowest bit first; ``[]`` for 0."""
    f = _code(flags)
    if f is None:
        raise ValueError(f"certificate flags are a 32-bit value, not {flags}")
    loc = _locales(locales)
    text = _snprintf(lambda buf, n: _lib.winhttp_err_cert_flags(f, loc, buf, n))
    return text.split("\n") if text else []


def cert_flag_name(flag: int) -> Optional[str]:
    """The name of one certificate flag bit, e.g.
    ``'WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID'`` for 0x20; ``None`` otherwise."""
    f = _code(flag)
    return None if f is None else _decode(_lib.winhttp_err_cert_flag_name(f))


def locale(locales: Locales = None) -> str:
    """The shipped locale ``locales`` negotiates to, e.g. ``'fr-FR'``: the language
    the other functions answer in for the same argument."""
    tag: bytes = _lib.winhttp_err_locale(_locales(locales))
    return tag.decode("ascii")


def direction(locales: Locales = None) -> str:
    """How that locale is written: ``'rtl'`` (Arabic, Hebrew, ...) or ``'ltr'``, as
    HTML's ``dir`` takes it. The texts carry their own bidi marks; a dialog or page
    showing them sets its direction from this."""
    rtl = _lib.winhttp_err_direction(_locales(locales)) == 1
    return "rtl" if rtl else "ltr"


def code(name: str) -> Optional[int]:
    """The Win32 code whose symbolic name is ``name`` (any case), e.g. 12002 for
    ``'error_winhttp_timeout'``; ``None`` if there is none (also for a name containing
    NUL or a lone surrogate)."""
    raw = _exact(name)
    return (_lib.winhttp_err_code(raw) or None) if raw is not None else None


def codes() -> List[int]:
    """Every code in the catalogue (Win32 form), ascending."""
    return [_lib.winhttp_err_code_at(i) for i in range(_lib.winhttp_err_count())]


def line(code: int, locales: Locales = None) -> str:
    """One log line for any code, known or not: the description, then the name and
    the code, e.g. ``'The request has timed out. (ERROR_WINHTTP_TIMEOUT, 12002)'``."""
    c = _code(code)
    if c is None:
        raise ValueError(f"not a 32-bit code: {code}")
    loc = _locales(locales)
    return _snprintf(lambda buf, n: _lib.winhttp_err_format(c, loc, buf, n))


def version() -> str:
    """The version of the bundled C library, e.g. ``'0.1.0'``."""
    v: bytes = _lib.winhttp_err_version()
    return v.decode("ascii")


def _added(status: int, err: Any) -> str:
    message: str = err.value.decode("utf-8", "replace")
    if status != 0:
        raise LocaleError(status, message)
    return message


def add_locale(tag: str, ftl: Union[str, bytes]) -> str:
    """Adds (or overrides) locale ``tag`` (e.g. ``'sv-SE'``) from the Fluent text
    ``ftl``, for the whole process: every function then answers in it when a request
    negotiates to it, and texts it lacks come in en-US. Returns the library's summary
    line (how many texts it has); raises :class:`LocaleError` (nothing added) for a bad
    tag or text. Thread-safe."""
    raw_tag = _exact(tag)
    if raw_tag is None:
        raise LocaleError(_INVALID_TAG, f"not a language tag: {tag!r}")
    data = ftl if isinstance(ftl, bytes) else ftl.encode("utf-8", "surrogatepass")
    err = ctypes.create_string_buffer(_ERR_LEN)
    return _added(_lib.winhttp_err_add_locale(raw_tag, data, len(data), err, len(err)), err)


def add_locale_dir(path: Union[str, "os.PathLike[str]"]) -> str:
    """Adds (or overrides) every locale of folder ``path``: one folder per locale,
    named by its tag, holding ``*.ftl`` files. All or nothing: any bad file raises
    :class:`LocaleError` naming it, and adds nothing. Returns the summary line."""
    p = os.fspath(path)
    raw = os.fsencode(p) if sys.platform != "win32" else p.encode("utf-8", "surrogatepass")
    if b"\0" in raw:
        raise LocaleError(_IO, f"not a folder: {p!r}")
    err = ctypes.create_string_buffer(_ERR_LEN)
    return _added(_lib.winhttp_err_add_locale_dir(raw, err, len(err)), err)


def locales() -> List[str]:
    """Every locale's tag: the shipped ones (sorted), then those added, in order."""
    tags = (_lib.winhttp_err_locale_at(i) for i in range(_lib.winhttp_err_locale_count()))
    return [t.decode("ascii") for t in tags if t is not None]
