#!/usr/bin/env bash
# Builds the C library once for every binding and prints the prefix it is installed in.
#
#   prefix=$(bash bindings/native.sh)      # → target/bindings/prefix (lib/, include/, pkgconfig)
#
# It is scripts/install.sh (release cdylib, capi only, SONAME libwinhttp_err.so.0.y) into
# ${CARGO_TARGET_DIR:-target}/bindings/prefix: the same cargo command and target folder
# as tests/install.rs, so one release build serves the install test and all four
# bindings; cargo rebuilds nothing when the sources have not changed. Build output goes
# to stderr, the prefix alone to stdout.
#
# WINHTTP_ERR_PREFIX=DIR, a prefix made by scripts/install.sh, packages that library
# instead (e.g. one built on an older distribution for a lower glibc floor).
set -euo pipefail
if [ -n "${WINHTTP_ERR_PREFIX:-}" ]; then
    [ -f "$WINHTTP_ERR_PREFIX/lib/pkgconfig/winhttp_err.pc" ] ||
        { echo "native.sh: $WINHTTP_ERR_PREFIX is not a prefix made by scripts/install.sh" >&2; exit 1; }
    (cd "$WINHTTP_ERR_PREFIX" && pwd)
    exit 0
fi
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${CARGO_TARGET_DIR:-$root/target}/bindings/prefix
bash "$root/scripts/install.sh" --prefix "$prefix" >&2
(cd "$prefix" && pwd)
