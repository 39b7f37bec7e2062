#!/usr/bin/env bash
# Builds the Windows release zips once for every binding that ships or tests on
# Windows (.NET's win-x64/win-x86 natives, Go's cross-compiled tests) and prints the
# folder they are unpacked in:
#
#   win=$(bash bindings/windows.sh)   # → $win/winhttp-err-<v>-windows-x86_64/ and …-i686/
#
# It is scripts/dist-windows.sh (the stripped, capi-only DLL and its import libraries)
# into ${CARGO_TARGET_DIR:-target}/bindings/windows: the same cargo folders as
# tests/windows.rs (target/windows-dist*), so the DLLs are built once for the release
# zips, the Windows tests and the bindings. Build output goes to stderr, the folder
# alone to stdout. Installs, when missing, what dist-windows.sh needs: the Rust
# targets, MinGW-w64, llvm-dlltool.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${CARGO_TARGET_DIR:-$root/target}/bindings/windows

need_apt=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need_apt+=(gcc-mingw-w64-x86-64)
command -v i686-w64-mingw32-gcc >/dev/null || need_apt+=(gcc-mingw-w64-i686)
command -v llvm-dlltool >/dev/null || need_apt+=(llvm)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
fi
for t in x86_64-pc-windows-gnu i686-pc-windows-gnu; do
    rustup target list --installed 2>/dev/null | grep -qx "$t" || rustup target add "$t" >&2
done

rm -rf "$out"
mkdir -p "$out/zips" "$out/unpacked"
bash "$root/scripts/dist-windows.sh" "$out/zips" >&2
for zip in "$out"/zips/*.zip; do
    python3 -m zipfile -e "$zip" "$out/unpacked"
done
echo "$out/unpacked"
