"""Checks the built wheels as an index would receive them (bindings/test.sh):

    python check_wheels.py VERSION LICENCE_DIR WHEEL...

Each wheel's tags, its one native library (an ELF for Linux, a PE of the right machine
for Windows, found beside the package's __init__.py where ctypes looks), the
repository's licence texts under dist-info/licenses, the metadata's licence
expression and version, and every RECORD hash."""

import base64
import hashlib
import os
import struct
import sys
import zipfile

# Wheel platform tag → (library file, what its header must say).
NATIVE = {
    "manylinux2014_x86_64.manylinux_2_17_x86_64": ("libwinhttp_err.so", "elf-x86_64"),
    "win_amd64": ("winhttp_err.dll", "pe-0x8664"),
    "win32": ("winhttp_err.dll", "pe-0x14c"),
}


def kind(data: bytes) -> str:
    if data[:4] == b"\x7fELF":
        machine = struct.unpack_from("<H", data, 18)[0]
        return "elf-x86_64" if data[4] == 2 and machine == 0x3E else f"elf-{machine:#x}"
    if data[:2] == b"MZ":
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        assert data[pe : pe + 4] == b"PE\0\0", "no PE header"
        characteristics = struct.unpack_from("<H", data, pe + 22)[0]
        assert characteristics & 0x2000, "not a DLL"
        return f"pe-{struct.unpack_from('<H', data, pe + 4)[0]:#x}"
    return "unknown"


def check(path: str, version: str, licences: str) -> None:
    name = os.path.basename(path)
    prefix = f"winhttp_err-{version}-py3-none-"
    assert name.startswith(prefix) and name.endswith(".whl"), name
    plat = name[len(prefix) : -len(".whl")]
    assert plat in NATIVE, f"{name}: unexpected platform {plat}"
    library, header = NATIVE[plat]
    info = f"winhttp_err-{version}.dist-info"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        natives = {n for n in names if n.endswith((".so", ".dll", ".dylib", ".pyd"))}
        assert natives == {f"winhttp_err/{library}"}, f"{name}: {natives}"
        assert kind(z.read(f"winhttp_err/{library}")) == header, name
        assert {"winhttp_err/__init__.py", "winhttp_err/py.typed"} <= names, name
        wheel = z.read(f"{info}/WHEEL").decode()
        tags = sorted(line.split(": ", 1)[1] for line in wheel.splitlines() if line.startswith("Tag: "))
        assert tags == sorted(f"py3-none-{p}" for p in plat.split(".")), (name, tags)
        assert "Root-Is-Purelib: false" in wheel, name
        for text in ("LICENSE-MIT", "LICENSE-APACHE"):
            with open(os.path.join(licences, text), "rb") as f:
                assert z.read(f"{info}/licenses/{text}") == f.read(), f"{name}: {text}"
        meta = z.read(f"{info}/METADATA").decode()
        for line in (f"Version: {version}", "License-Expression: MIT OR Apache-2.0",
                     "License-File: LICENSE-MIT", "License-File: LICENSE-APACHE", "Requires-Python: >=3.8"):
            assert line in meta.splitlines(), f"{name}: no {line!r}"
        record = z.read(f"{info}/RECORD").decode().splitlines()
        listed = set()
        for row in record:
            file, digest, size = row.rsplit(",", 2)
            listed.add(file)
            if file == f"{info}/RECORD":
                continue
            data = z.read(file)
            want = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == want and int(size) == len(data), f"{name}: RECORD of {file}"
        assert listed == {n for n in names if not n.endswith("/")}, f"{name}: RECORD lists other files"
    print(f"python: {name}: {library} ({header}), licences, RECORD")


if __name__ == "__main__":
    version, licences, *wheels = sys.argv[1:]
    assert sorted(os.path.basename(w).split("-py3-none-")[1] for w in wheels) == sorted(
        f"{p}.whl" for p in NATIVE
    ), wheels
    for wheel in wheels:
        check(wheel, version, licences)
