#!/usr/bin/env bash
# Builds the Windows release archives a C or C++ developer takes as they are:
#
#   bash scripts/dist-windows.sh OUTDIR
#
#   OUTDIR/winhttp-err-<version>-windows-x86_64.zip    64-bit (x64)
#   OUTDIR/winhttp-err-<version>-windows-i686.zip      32-bit (x86)
#   OUTDIR/SHA256SUMS
#
# Each zip holds one folder, winhttp-err-<version>-windows-<arch>/, with
#   bin/winhttp_err.dll            the C library alone (no command-line code), stripped
#   bin/winhttp-err.exe            the command, stripped
#   lib/winhttp_err.lib            MSVC import library (llvm-dlltool, from the .def)
#   lib/libwinhttp_err.dll.a       MinGW-w64 import library
#   lib/winhttp_err.def            the DLL's exports
#   lib/cmake/winhttp_err/         find_package(winhttp_err) → winhttp_err::winhttp_err
#   lib/pkgconfig/winhttp_err.pc   MinGW-w64 and pkg-config users
#   include/                       every public header
#   LICENSE-MIT LICENSE-APACHE README.md
#
# Needs the Rust targets x86_64-pc-windows-gnu and i686-pc-windows-gnu, MinGW-w64
# (gcc, windres), llvm-dlltool and python3 (.ci/run installs them). Builds go to
# ${CARGO_TARGET_DIR:-target}/windows-dist (library) and …/windows-dist-cli (command), so a
# rerun, and tests/windows.rs, reuse them. The archives are reproducible: entries
# sorted, every timestamp the last commit's (or SOURCE_DATE_EPOCH), PE headers
# without a link time.
#
# ARM64 is not built: Rust's aarch64-pc-windows-gnullvm standard library comes from
# rustup's server, which is not among the registries CI relies on (crates.io, PyPI,
# Debian, npm), and linking it needs an LLVM MinGW toolchain with an ARM64 runtime,
# which Debian 12 does not package (zig from PyPI might serve; not tried yet).
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: bash scripts/dist-windows.sh OUTDIR" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version=$(cargo pkgid --quiet | sed 's/.*[#@]//')
IFS=. read -r major minor _ <<<"${version%%[-+]*}"
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}
base=${CARGO_TARGET_DIR:-$root/target}
case "$base" in /*) ;; *) base=$root/$base ;; esac
dlltool=${LLVM_DLLTOOL:-llvm-dlltool}

stage_root=$(mktemp -d)
trap 'rm -rf "$stage_root"' EXIT
zips=()
for arch in x86_64 i686; do
    target=$arch-pc-windows-gnu
    case $arch in
        x86_64) machine=i386:x86-64 pointer=8 ;;
        i686) machine=i386 pointer=4 ;;
    esac
    # The DLL: the C ABI alone, one crate type, so that LTO keeps only what the
    # exports reach (with the staticlib beside it, std's unused code stays: 1.4 MiB).
    # Stripped by the linker: strip(1) would stamp the PE header with the time.
    export CARGO_PROFILE_RELEASE_STRIP=symbols
    CARGO_TARGET_DIR=$base/windows-dist cargo rustc --quiet --release --lib --target "$target" \
        --no-default-features --features capi --crate-type cdylib
    CARGO_TARGET_DIR=$base/windows-dist-cli cargo build --quiet --release --bin winhttp-err \
        --target "$target"
    built=$base/windows-dist/$target/release

    name=winhttp-err-$version-windows-$arch
    stage=$stage_root/$name
    mkdir -p "$stage/bin" "$stage/lib/cmake/winhttp_err" "$stage/lib/pkgconfig" "$stage/include"
    cp "$built/winhttp_err.dll" "$stage/bin/"
    cp "$base/windows-dist-cli/$target/release/winhttp-err.exe" "$stage/bin/"
    cp "$built/libwinhttp_err.dll.a" "$stage/lib/"
    cp include/winhttp_err.def "$stage/lib/"
    # An MSVC-style (short import) library; on x86 the C names get their "_".
    "$dlltool" -m "$machine" -d include/winhttp_err.def -D winhttp_err.dll \
        -l "$stage/lib/winhttp_err.lib"
    for header in include/*.h include/*.hpp; do
        [ -e "$header" ] && cp "$header" "$stage/include/"
    done
    sed "s|@ARCH@|$arch|g" packaging/winhttp_errConfig-windows.cmake.in \
        >"$stage/lib/cmake/winhttp_err/winhttp_errConfig.cmake"
    sed -e "s|@VERSION@|$version|g" -e "s|@VERSION_MAJOR@|$major|g" \
        -e "s|@VERSION_MINOR@|$minor|g" -e "s|@SOVERSION@|$major.$minor|g" \
        -e "s|libwinhttp_err.so.|winhttp_err.dll |g" -e "s|@SIZEOF_VOID_P@|$pointer|g" \
        packaging/winhttp_errConfigVersion.cmake.in \
        >"$stage/lib/cmake/winhttp_err/winhttp_errConfigVersion.cmake"
    # Relocatable: the prefix is found from the .pc file's own folder.
    sed -e 's|@PC_PREFIX@|${pcfiledir}/../..|' -e 's|@LIBDIR@|lib|' -e 's|@INCLUDEDIR@|include|' \
        -e "s|@VERSION@|$version|" -e '/^Libs.private:/d' packaging/winhttp_err.pc.in \
        >"$stage/lib/pkgconfig/winhttp_err.pc"
    cp LICENSE-MIT LICENSE-APACHE README.md "$stage/"
    zips+=("$name.zip")

    # Sorted entries, fixed times and modes: the same inputs give the same bytes.
    python3 - "$stage_root" "$name" "$out/$name.zip" "$epoch" <<'PY'
import os, sys, time, zipfile
root, name, dest, epoch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
stamp = time.gmtime(max(epoch, 315532800))[:6]
files = []
for folder, dirs, names in os.walk(os.path.join(root, name)):
    files += [os.path.join(folder, n) for n in names]
with zipfile.ZipFile(dest + ".tmp", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for path in sorted(files, key=lambda p: os.path.relpath(p, root).replace(os.sep, "/")):
        info = zipfile.ZipInfo(os.path.relpath(path, root).replace(os.sep, "/"), stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = (0o100755 if path.endswith((".exe", ".dll")) else 0o100644) << 16
        with open(path, "rb") as f:
            z.writestr(info, f.read(), compresslevel=9)
os.replace(dest + ".tmp", dest)
PY
done
(cd "$out" && sha256sum "${zips[@]}" >SHA256SUMS)
for zip in "${zips[@]}"; do echo "$out/$zip"; done
echo "$out/SHA256SUMS"
