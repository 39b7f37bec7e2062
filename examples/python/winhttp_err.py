"""ctypes bindings for libwinhttp_err, and a small demo.

    python3 examples/python/winhttp_err.py 12002 fr-FR

The library is looked up in $WINHTTP_ERR_LIB, then next to this file, then by
the system loader (ctypes.util.find_library).
"""

import ctypes
import ctypes.util
import os
import sys

_NAMES = {"linux": "libwinhttp_err.so", "darwin": "libwinhttp_err.dylib", "win32": "winhttp_err.dll"}


def _load():
    candidates = [os.environ.get("WINHTTP_ERR_LIB")]
    here = os.path.dirname(os.path.abspath(__file__))
    candidates.append(os.path.join(here, _NAMES.get(sys.platform, "libwinhttp_err.so")))
    candidates.append(ctypes.util.find_library("winhttp_err"))
    for path in candidates:
        if path and (os.path.exists(path) or not os.path.dirname(path)):
            return ctypes.CDLL(path)
    raise OSError("libwinhttp_err not found: set WINHTTP_ERR_LIB to its path")


_lib = _load()
_lib.winhttp_err_name.argtypes = [ctypes.c_uint32]
_lib.winhttp_err_name.restype = ctypes.c_char_p
_lib.winhttp_err_message.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
_lib.winhttp_err_message.restype = ctypes.c_char_p
_lib.winhttp_err_format.argtypes = [ctypes.c_uint32, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t]
_lib.winhttp_err_format.restype = ctypes.c_size_t
_lib.winhttp_err_locale.argtypes = [ctypes.c_char_p]
_lib.winhttp_err_locale.restype = ctypes.c_char_p
_lib.winhttp_err_code.argtypes = [ctypes.c_char_p]
_lib.winhttp_err_code.restype = ctypes.c_uint32
_lib.winhttp_err_count.argtypes = []
_lib.winhttp_err_count.restype = ctypes.c_size_t
_lib.winhttp_err_code_at.argtypes = [ctypes.c_size_t]
_lib.winhttp_err_code_at.restype = ctypes.c_uint32
_lib.winhttp_err_version.argtypes = []
_lib.winhttp_err_version.restype = ctypes.c_char_p


def _locales(locales):
    # None means the process default; str is encoded, bytes pass through untouched.
    return locales.encode() if isinstance(locales, str) else locales


def _code(code):
    # Accept signed HRESULTs as .NET reports them (-2147012894 == 0x80072EE2).
    return code & 0xFFFFFFFF


def name(code):
    """Symbolic name of `code`, or None if unknown."""
    raw = _lib.winhttp_err_name(_code(code))
    return raw.decode("ascii") if raw is not None else None


def message(code, locales=None):
    """Localized description of `code`, or None if unknown."""
    raw = _lib.winhttp_err_message(_code(code), _locales(locales))
    return raw.decode("utf-8") if raw is not None else None


def report(code, locales=None):
    """One user-facing line, for any code (known or not)."""
    need = _lib.winhttp_err_format(_code(code), _locales(locales), None, 0)
    buf = ctypes.create_string_buffer(need + 1)
    _lib.winhttp_err_format(_code(code), _locales(locales), buf, len(buf))
    return buf.value.decode("utf-8")


def locale(locales=None):
    """The shipped locale `locales` negotiates to, e.g. 'fr-FR'."""
    return _lib.winhttp_err_locale(_locales(locales)).decode("ascii")


def code(symbolic_name):
    """The code named `symbolic_name` (case-insensitive), or None."""
    value = _lib.winhttp_err_code(symbolic_name.encode() if isinstance(symbolic_name, str) else symbolic_name)
    return value or None


def codes():
    """Every known code, ascending."""
    return [_lib.winhttp_err_code_at(i) for i in range(_lib.winhttp_err_count())]


def version():
    return _lib.winhttp_err_version().decode("ascii")


def main(argv):
    if len(argv) < 2:
        print("usage: winhttp_err.py CODE [LOCALES]", file=sys.stderr)
        return 2
    value = int(argv[1], 0)
    locales = argv[2] if len(argv) > 2 else None
    print(f"[{locale(locales)}] {report(value, locales)}")
    return 0 if name(value) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
