#!/usr/bin/env bash
# Builds the C library for every platform the Python wheels and the npm packages ship,
# and prints the folder holding them, keyed as Node.js names platforms:
#
#   libs=$(bash bindings/libs.sh)     # → target/bindings/libs
#
#   linux-x64/libwinhttp_err.so      glibc ≥ 2.17 (manylinux2014): cargo-zigbuild for
#                                    x86_64-unknown-linux-gnu.2.17, capi only
#   win32-x64/winhttp_err.dll        the stripped DLLs of the release zips (x86_64, i686),
#   win32-ia32/winhttp_err.dll       from bindings/windows.sh (scripts/dist-windows.sh)
#
# The Linux library links against glibc 2.17's symbol versions through zig, so one file
# serves RHEL/Alma 8, Ubuntu 20.04 and Amazon Linux 2 as well as current distributions.
# cargo-zigbuild and ziglang (PyPI, pinned) live in a virtual environment in
# target/bindings/zig, made once; their build in target/bindings/zigbuild. The Windows
# DLLs are scripts/dist-windows.sh's own, in its own target folders, so tests/windows.rs,
# the .NET and Go bindings and this script build them once between them. Build output goes to stderr, the folder
# alone to stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${CARGO_TARGET_DIR:-$root/target}
case "$base" in /*) ;; *) base=$root/$base ;; esac
out=$base/bindings/libs
zig=$base/bindings/zig

if ! "$zig/bin/python" -c 'import ziglang' 2>/dev/null || [ ! -x "$zig/bin/cargo-zigbuild" ]; then
    rm -rf "$zig"
    python3 -m venv "$zig"
    "$zig/bin/pip" install -q --disable-pip-version-check cargo-zigbuild==0.24.0 ziglang==0.17.0 >&2
fi

rm -rf "$out"
mkdir -p "$out/linux-x64" "$out/win32-x64" "$out/win32-ia32"

# cargo-zigbuild runs zig as `python3 -m ziglang`: the environment's python3 first.
(cd "$root" && PATH="$zig/bin:$PATH" cargo zigbuild --quiet --release --lib --no-default-features \
    --features capi --target x86_64-unknown-linux-gnu.2.17 --target-dir "$base/bindings/zigbuild") >&2
install -m 755 "$base/bindings/zigbuild/x86_64-unknown-linux-gnu/release/libwinhttp_err.so" "$out/linux-x64/"

win=$(bash "$root/bindings/windows.sh")
version=$(cd "$root" && cargo pkgid --quiet | sed 's/.*[#@]//')
install -m 755 "$win/winhttp-err-$version-windows-x86_64/bin/winhttp_err.dll" "$out/win32-x64/"
install -m 755 "$win/winhttp-err-$version-windows-i686/bin/winhttp_err.dll" "$out/win32-ia32/"
echo "$out"
