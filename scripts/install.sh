#!/usr/bin/env bash
# Builds the C library and installs it into a prefix, ready for C/C++ build systems:
#
#   bash scripts/install.sh --prefix /usr/local        # or any folder, e.g. /tmp/x
#
#   PREFIX/include/winhttp_err.h
#   PREFIX/include/winhttp_err.hpp                     the C++17 header (header-only, over the C ABI)
#   PREFIX/lib/libwinhttp_err.so.0.1.0                 the shared library, SONAME libwinhttp_err.so.0.1
#   PREFIX/lib/libwinhttp_err.so.0.1 -> ….so.0.1.0     for the loader
#   PREFIX/lib/libwinhttp_err.so -> ….so.0.1           for the linker (-lwinhttp_err)
#   PREFIX/lib/libwinhttp_err.a                        the static library
#   PREFIX/lib/pkgconfig/winhttp_err.pc                pkg-config --cflags --libs winhttp_err
#   PREFIX/lib/cmake/winhttp_err/winhttp_errConfig.cmake, …ConfigVersion.cmake
#                                                      find_package(winhttp_err) → winhttp_err::winhttp_err
#                                                      and winhttp_err::winhttp_err_static
#
# The soname follows Cargo's semver rule, as cargo-c does: 0.y.z is compatible within
# one 0.y (libwinhttp_err.so.0.y), x.y.z with x >= 1 within one x (libwinhttp_err.so.x).
# The library is built without the CLI's dependencies (--no-default-features --features capi)
# in its own target folder (target/install), so target/release keeps the plain cargo build.
# Linux (ELF) only.
set -euo pipefail

usage() {
    echo "usage: bash scripts/install.sh [--prefix DIR] [--libdir DIR]"
    echo "  --prefix DIR  where to install (default /usr/local); created if missing"
    echo "  --libdir DIR  library folder, relative to the prefix (default lib; e.g. lib64)"
}

prefix=/usr/local
libdir=lib
includedir=include
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        --libdir) [ $# -ge 2 ] || { usage >&2; exit 2; }; libdir=$2; shift 2 ;;
        --libdir=*) libdir=${1#*=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$libdir" in
    /*|*..*|"") echo "install.sh: --libdir must be a relative path inside the prefix" >&2; exit 2 ;;
esac
libdir=${libdir%/}
if [ "$(uname -s)" != Linux ]; then
    echo "install.sh: only Linux (ELF shared libraries) is supported" >&2
    exit 1
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Version from Cargo.toml, via cargo: "path+file:///…#winhttp-err@0.1.0" → 0.1.0
version=$(cargo pkgid --quiet | sed 's/.*[#@]//')
IFS=. read -r major minor patch <<<"${version%%[-+]*}"
full="$major.$minor.$patch"
if [ "$major" = 0 ]; then sover="0.$minor"; else sover="$major"; fi
soname="libwinhttp_err.so.$sover"

# Build: one rustc run gives the cdylib (with the soname) and the staticlib.
target_dir=${CARGO_TARGET_DIR:-$root/target}/install
cargo rustc --quiet --release --lib --no-default-features --features capi \
    --crate-type cdylib,staticlib --target-dir "$target_dir" \
    -- -C "link-arg=-Wl,-soname,$soname"
built="$target_dir/release"

# The system libraries a Rust staticlib needs (from std), as rustc reports them for
# an empty crate: this library adds none of its own.
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
libs_private=$(echo "" | rustc --crate-type staticlib --crate-name probe \
    --print native-static-libs -o "$probe/libprobe.a" - 2>&1 |
    sed -n 's/^note: native-static-libs: //p')
[ -n "$libs_private" ] || { echo "install.sh: rustc did not report native-static-libs" >&2; exit 1; }
cmake_libs=$(echo "$libs_private" | sed 's/-l//g; s/ \+/;/g')

mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
lib="$prefix/$libdir"
cmake_dir="$lib/cmake/winhttp_err"
# From cmake_dir back up to the prefix: one ../ per component of libdir, plus cmake/winhttp_err.
up=$(echo "$libdir/cmake/winhttp_err" | sed 's|[^/]\+|..|g')

install -d "$prefix/$includedir" "$lib/pkgconfig" "$cmake_dir"
install -m 644 include/winhttp_err.h "$prefix/$includedir/winhttp_err.h"
install -m 644 include/winhttp_err.hpp "$prefix/$includedir/winhttp_err.hpp"
install -m 755 "$built/libwinhttp_err.so" "$lib/libwinhttp_err.so.$full"
ln -sfn "libwinhttp_err.so.$full" "$lib/$soname"
ln -sfn "$soname" "$lib/libwinhttp_err.so"
install -m 644 "$built/libwinhttp_err.a" "$lib/libwinhttp_err.a"

# pkg-config files escape spaces in paths (as Meson writes them): "/opt/my\ libs".
# Doubled here because sed's replacement text eats one backslash.
pc_prefix=$(printf '%s' "$prefix" | sed 's/ /\\\\ /g')
# Fills @NAME@ placeholders of a template; values must not contain '|'.
fill() {
    sed -e "s|@PC_PREFIX@|$pc_prefix|g" -e "s|@PREFIX@|$prefix|g" -e "s|@LIBDIR@|$libdir|g" -e "s|@INCLUDEDIR@|$includedir|g" \
        -e "s|@VERSION@|$full|g" -e "s|@VERSION_MAJOR@|$major|g" -e "s|@VERSION_MINOR@|$minor|g" \
        -e "s|@SOVERSION@|$sover|g" -e "s|@LIBS_PRIVATE@|$libs_private|g" \
        -e "s|@CMAKE_LIBS_PRIVATE@|$cmake_libs|g" -e "s|@PREFIX_FROM_CMAKE_DIR@|$up|g" \
        -e "s|@SIZEOF_VOID_P@|$(getconf LONG_BIT | awk '{ print $1 / 8 }')|g" "$1"
}
case "$prefix$libdir" in *'|'*) echo "install.sh: paths must not contain '|'" >&2; exit 2 ;; esac
fill packaging/winhttp_err.pc.in >"$lib/pkgconfig/winhttp_err.pc"
fill packaging/winhttp_errConfig.cmake.in >"$cmake_dir/winhttp_errConfig.cmake"
fill packaging/winhttp_errConfigVersion.cmake.in >"$cmake_dir/winhttp_errConfigVersion.cmake"
chmod 644 "$lib/pkgconfig/winhttp_err.pc" "$cmake_dir"/*.cmake

echo "installed winhttp_err $full (SONAME $soname) into $prefix:"
for f in "$includedir/winhttp_err.h" "$includedir/winhttp_err.hpp" "$libdir/libwinhttp_err.so.$full" "$libdir/$soname" \
    "$libdir/libwinhttp_err.so" "$libdir/libwinhttp_err.a" "$libdir/pkgconfig/winhttp_err.pc" \
    "$libdir/cmake/winhttp_err/winhttp_errConfig.cmake" \
    "$libdir/cmake/winhttp_err/winhttp_errConfigVersion.cmake"; do
    echo "  $f"
done
