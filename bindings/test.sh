#!/usr/bin/env bash
# Builds each binding's package as a user gets it, installs it in a scratch place and
# runs its tests there (style item 22: test the package as installed, not the tree).
#
#   bash bindings/test.sh                  # python node dotnet go
#   bash bindings/test.sh python go        # some of them
#
# python  build.sh → wheel; a fresh venv; `pip install --no-index <wheel>` (no compiler,
#         no Rust, nothing else); pytest and mypy (py.typed) from a folder outside the tree
# node    pack.sh → tarball; a scratch project; `npm install ./winhttp-err-<v>.tgz`;
#         `node --test`, and `tsc --strict` on a file using the declarations
# dotnet  pack.sh → .nupkg (Mono's mcs + nuget); `nuget install` from that folder; the
#         assembly and runtimes/linux-x64/native/ laid beside a test program as the .NET
#         SDK does; mcs + mono
# go      scripts/install.sh prefix (bindings/native.sh); `go vet`, `go test` (with
#         ExampleName) through pkg-config, shared and -tags winhttperr_static; the
#         CGO_ENABLED=0 message; a scratch module that requires it by its published path,
#         linked statically and run with no LD_LIBRARY_PATH; the tests cross-compiled
#         for windows/amd64 and windows/386 (MinGW-w64, bindings/windows.sh's zips) and
#         run under Wine
#
# One release build of the C library serves all four (bindings/native.sh). Tools are
# installed only when missing (apt: python3-venv, nodejs, npm, mono-devel, nuget, mono-xbuild,
# golang-go, pkg-config; PyPI: build tools, pytest, mypy; npm: koffi, typescript).
# Scratch folders: ${CARGO_TARGET_DIR:-target}/bindings/<language>.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
version=$(cd "$root" && cargo pkgid --quiet | sed 's/.*[#@]//')
# Tests check the default language: nothing from the caller's locale may leak in; and
# the packages must find their own library, not one on the caller's LD_LIBRARY_PATH
# (cargo test puts target/debug/deps there).
unset LC_ALL LC_MESSAGES LANG LANGUAGE LD_LIBRARY_PATH

apt_install() {
    local missing=()
    for tool in "$@"; do
        command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

fresh() {
    rm -rf "$1"
    mkdir -p "$1"
}

# A short digest of files' contents.
digest() {
    cat "$@" | sha256sum | cut -c1-16
}

test_python() {
    local dir=$target/bindings/python/test
    fresh "$dir"
    local wheel
    wheel=$(bash "$root/bindings/python/build.sh" "$dir/dist")
    echo "python: $(basename "$wheel")"
    python3 -m venv "$dir/venv"
    local pip=("$dir/venv/bin/pip" install -q --disable-pip-version-check)
    "${pip[@]}" --no-index "$wheel"
    "${pip[@]}" pytest==8.3.4 mypy==1.13.0
    cp "$root"/bindings/python/tests/*.py "$dir/"
    cd "$dir"
    "$dir/venv/bin/python" -c 'import winhttp_err as w; print("python:", w.title(0x80072EE2, "fr-FR"))'
    # The installed package and a program using it, both under mypy --strict.
    "$dir/venv/bin/mypy" --strict --no-incremental -p winhttp_err -m typing_check
    WINHTTP_ERR_VERSION=$version "$dir/venv/bin/python" -m pytest -q -p no:cacheprovider test_winhttp_err.py
}

test_node() {
    local dir=$target/bindings/node/test
    fresh "$dir/app"
    local tgz
    tgz=$(bash "$root/bindings/node/pack.sh" "$dir")
    echo "node: $(basename "$tgz")"
    cd "$dir/app"
    cp "$tgz" .
    mkdir test
    cp "$root"/bindings/node/test/* test/
    echo '{ "name": "scratch", "version": "1.0.0", "private": true }' >package.json
    npm install --no-audit --no-fund --loglevel=error "./$(basename "$tgz")" typescript@5.6.3
    node -e 'const w = require("winhttp-err"); console.log("node:", w.title(0x80072EE2, "fr-FR"))'
    npx --no-install tsc --noEmit --strict --module commonjs --moduleResolution node test/types.ts
    node --test test/
}

test_dotnet() {
    local dir=$target/bindings/dotnet/test
    # All of it: nuget install keeps a WinHttpErr.<v> already in packages/, however old.
    fresh "$dir"
    mkdir "$dir/app"
    local nupkg
    nupkg=$(bash "$root/bindings/dotnet/pack.sh" "$dir/dist")
    echo "dotnet: $(basename "$nupkg")"
    # -NoCache: never an older WinHttpErr.<v> from the machine-wide cache.
    nuget install WinHttpErr -Version "$version" -Source "$dir/dist" -OutputDirectory "$dir/packages" \
        -NonInteractive -NoCache </dev/null >/dev/null
    local pkg=$dir/packages/WinHttpErr.$version
    # The package as published: its files, nuspec fields, each native's machine.
    python3 "$root/bindings/dotnet/tests/layout.py" "$nupkg" "$pkg" "$version"
    # What the .NET SDK does for a linux-x64 application: the assembly, and the package's
    # runtimes/linux-x64/native/ files, copied beside the program; once with lib/net462
    # (.NET Framework, Mono) and once with lib/netstandard2.0 (.NET Core and later).
    local tfm
    for tfm in net462 netstandard2.0; do
        mkdir -p "$dir/app/$tfm"
        cp "$pkg/lib/$tfm/WinHttpErr.dll" "$pkg/runtimes/linux-x64/native/libwinhttp_err.so" "$dir/app/$tfm/"
    done
    mcs -nologo -sdk:4.6.2 -warnaserror+ -r:"$dir/app/net462/WinHttpErr.dll" -r:System.Net.Http.dll \
        -out:"$dir/app/Tests.exe" "$root/bindings/dotnet/tests/Tests.cs"
    cp "$dir/app/Tests.exe" "$dir/app/net462/"
    cp "$dir/app/Tests.exe" "$dir/app/netstandard2.0/"
    (cd "$dir/app/net462" && WINHTTP_ERR_VERSION=$version mono Tests.exe)
    (cd "$dir/app/netstandard2.0" && WINHTTP_ERR_VERSION=$version WINHTTP_ERR_TFM=.NETStandard,Version=v2.0 mono Tests.exe)
    test_dotnet_targets "$pkg"
}

# The package's build targets, as MSBuild (Mono's xbuild) runs them for a .NET Framework
# project: x86 and x64 get their DLL beside the program, AnyCPU both in x86/ and x64/.
test_dotnet_targets() {
    local pkg=$1 dir=$target/bindings/dotnet/test/targets platform
    command -v xbuild >/dev/null || { echo "dotnet: xbuild is missing (mono-xbuild)" >&2; return 1; }
    mkdir -p "$dir"
    for platform in x86 x64 AnyCPU; do
        cat >"$dir/$platform.proj" <<PROJ
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003" DefaultTargets="Copy">
  <PropertyGroup>
    <TargetFrameworkIdentifier>.NETFramework</TargetFrameworkIdentifier>
    <PlatformTarget>$platform</PlatformTarget>
    <OutDir>out-$platform/</OutDir>
  </PropertyGroup>
  <Import Project="$pkg/buildTransitive/net462/WinHttpErr.targets" />
  <Target Name="Copy">
    <Copy SourceFiles="@(None)" DestinationFiles="@(None->'\$(OutDir)%(Link)')" Condition="'%(None.CopyToOutputDirectory)' == 'PreserveNewest'" />
  </Target>
</Project>
PROJ
        (cd "$dir" && xbuild /nologo /verbosity:quiet "$platform.proj" >"$platform.log" 2>&1) ||
            { cat "$dir/$platform.log" >&2; return 1; }
    done
    python3 - "$dir" "$pkg" <<'PY'
import filecmp, os, sys
dir, pkg = sys.argv[1:]
def native(arch):
    return os.path.join(pkg, "runtimes", "win-" + arch, "native", "winhttp_err.dll")
want = {
    "x86": {"winhttp_err.dll": native("x86")},
    "x64": {"winhttp_err.dll": native("x64")},
    "AnyCPU": {"x86/winhttp_err.dll": native("x86"), "x64/winhttp_err.dll": native("x64")},
}
for platform, files in want.items():
    out = os.path.join(dir, "out-" + platform)
    got = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs)
    assert got == sorted(files), f"{platform}: copied {got}, want {sorted(files)}"
    for name, source in files.items():
        assert filecmp.cmp(os.path.join(out, name), source, shallow=False), f"{platform}: {name} is not {source}"
print("dotnet: build targets copy win-x86 for x86, win-x64 for x64, both for AnyCPU")
PY
}

test_go() {
    apt_install go:golang-go pkg-config:pkg-config cc:gcc
    local dir=$target/bindings/go/test prefix
    local module=github.com/winhttp-err/winhttp-err/bindings/go/winhttperr
    fresh "$dir"
    mkdir "$dir/app"
    prefix=$(bash "$root/bindings/native.sh")
    export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
    # Offline and reproducible: no module downloads (the binding has no dependency), no
    # toolchain switch. The build cache is kept between runs (the standard library for
    # windows/amd64 and windows/386 takes a minute to build), but go tracks neither C
    # headers nor libraries outside the package: a digest of the ones used goes into
    # CGO_CFLAGS, which go does track, so a new library is never linked from a stale build.
    export GOPROXY=off GOFLAGS=-mod=mod GOTOOLCHAIN=local GOCACHE=$target/bindings/go/cache
    export CGO_CFLAGS="-O2 -g -DWINHTTP_ERR_INPUTS=$(digest "$prefix"/include/*.h "$prefix"/lib/libwinhttp_err.*)"
    cd "$root/bindings/go/winhttperr"
    test -z "$(gofmt -l .)" || { gofmt -l . >&2; echo "go: gofmt wants changes" >&2; return 1; }
    go vet ./...
    # The shared library, found through LD_LIBRARY_PATH; then the tests linked with
    # -tags winhttperr_static, which need no library at run time.
    LD_LIBRARY_PATH=$prefix/lib WINHTTP_ERR_VERSION=$version go test -count=1 ./...
    WINHTTP_ERR_VERSION=$version go test -count=1 -tags winhttperr_static ./...
    # cgo off (CGO_ENABLED=0, the cross-compiling default): a message naming the cause.
    local nocgo
    nocgo=$(CGO_ENABLED=0 go build ./... 2>&1) && { echo "go: built without cgo" >&2; return 1; }
    grep -q winhttperr_needs_cgo__build_with_CGO_ENABLED_1 <<<"$nocgo" ||
        { echo "go: CGO_ENABLED=0 gave: $nocgo" >&2; return 1; }
    # A user's module that requires the binding by its published path, linked statically:
    # the binary runs with no LD_LIBRARY_PATH and needs no libwinhttp_err.so.
    cd "$dir/app"
    go mod init scratch 2>/dev/null
    go mod edit -require=$module@v0.1.0 -replace="$module=$root/bindings/go/winhttperr"
    cat >main.go <<'GOMAIN'
package main

import (
	"fmt"

	"github.com/winhttp-err/winhttp-err/bindings/go/winhttperr"
)

func main() {
	title, _ := winhttperr.Title(0x80072EE2, "fr-FR")
	fmt.Println("go:", title)
}
GOMAIN
    go build -tags winhttperr_static -o app .
    if readelf -d app | grep -q 'NEEDED.*winhttp_err'; then
        echo "go: the static build needs libwinhttp_err: $(readelf -d app | grep NEEDED)" >&2
        return 1
    fi
    local said
    said=$(./app)
    echo "$said"
    [ "$said" = "go: Délai de connexion dépassé" ] || { echo "go: static app said: $said" >&2; return 1; }
    test_go_windows
}

# The package's tests cross-compiled for Windows with MinGW-w64 (cgo, the zip's import
# library through its winhttp_err.pc), x64 and x86 (windows/386: the 32-bit build of
# the HRESULT constants), and run under Wine beside the zip's DLL, each bounded in time.
test_go_windows() {
    local win wine=${WINE:-/usr/lib/wine/wine64} dir=$target/bindings/go/test/windows
    [ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
    [ -n "$wine" ] || { echo "go: Wine is missing (bash .ci/run installs wine64 and wine32)" >&2; return 1; }
    win=$(bash "$root/bindings/windows.sh")
    mkdir -p "$dir/prefix"
    export WINEPREFIX=$dir/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    local server
    server=$(dirname "$wine")/wineserver
    [ -x "$server" ] || server=wineserver
    # Our own server, detached from our pipes (a first wine would start one that keeps
    # the caller's stdout open); it quits 5 s after the last Windows process.
    "$server" -p5 </dev/null >/dev/null 2>&1
    timeout 120 "$wine" wineboot --init >"$dir/wineboot.log" 2>&1 ||
        { cat "$dir/wineboot.log" >&2; echo "go: wineboot failed" >&2; return 1; }
    cd "$root/bindings/go/winhttperr"
    local goarch zip cc run
    for goarch in amd64 386; do
        case $goarch in
            amd64) zip=x86_64 cc=x86_64-w64-mingw32-gcc ;;
            386) zip=i686 cc=i686-w64-mingw32-gcc ;;
        esac
        run=$dir/$goarch
        mkdir -p "$run"
        local pkg=$win/winhttp-err-$version-windows-$zip
        CGO_CFLAGS="-O2 -g -DWINHTTP_ERR_INPUTS=$(digest "$pkg"/include/*.h "$pkg"/lib/*.a "$pkg"/bin/*.dll)" \
            PKG_CONFIG_LIBDIR=$pkg/lib/pkgconfig PKG_CONFIG_PATH= GOOS=windows GOARCH=$goarch CGO_ENABLED=1 \
            CC=$cc go test -c -o "$run/winhttperr.test.exe" .
        cp "$pkg/bin/winhttp_err.dll" "$run/"
        # Test-only: Debian 12's Wine 8 lacks bcryptprimitives.dll, which Rust's std imports.
        "$cc" -O2 -shared -Wl,--kill-at "$root/tests/windows/process_prng_shim.c" -ladvapi32 \
            -o "$run/bcryptprimitives.dll"
        (cd "$run" && WINHTTP_ERR_VERSION=$version timeout 300 "$wine" winhttperr.test.exe -test.count=1) ||
            { echo "go: windows/$goarch tests failed under Wine" >&2; return 1; }
        echo "go: windows/$goarch tests passed under Wine"
    done
    "$server" -k 2>/dev/null || true
}

langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(python node dotnet go)
for lang in "${langs[@]}"; do
    case "$lang" in
        python | node | dotnet | go) (set -euo pipefail; "test_$lang") ;;
        *) echo "bindings/test.sh: unknown language: $lang (python, node, dotnet, go)" >&2; exit 2 ;;
    esac
done
