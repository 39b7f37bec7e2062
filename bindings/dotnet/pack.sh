#!/usr/bin/env bash
# Makes the NuGet package WinHttpErr into DIR without a .NET SDK (Debian has none), from a
# clean checkout:
#
#   bash bindings/dotnet/pack.sh DIR       # → DIR/WinHttpErr.<v>.nupkg
#
#   lib/net462/WinHttpErr.dll, .xml              C#, compiled by Mono's mcs (XML docs, warnings as errors)
#   runtimes/linux-x64/native/libwinhttp_err.so  bindings/native.sh (one release build for every binding)
#   runtimes/win-x64/native/winhttp_err.dll      cargo build --release --target x86_64-pc-windows-gnu,
#                                                in target/windows like tests/windows.rs: built once for both
#
# packed by nuget (Mono) from WinHttpErr.nuspec. The staging folder,
# target/bindings/dotnet/stage, is also where WinHttpErr.csproj takes the native
# libraries from for `dotnet pack` on a machine with the SDK. Installs, when missing:
# mono-devel and nuget (apt), the Rust target and MinGW-w64 (to link the DLL).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: bash bindings/dotnet/pack.sh DIR" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
stage=$target/bindings/dotnet/stage
win_target=x86_64-pc-windows-gnu

need_apt=()
command -v mcs >/dev/null || need_apt+=(mono-devel)
command -v nuget >/dev/null || need_apt+=(nuget)
command -v x86_64-w64-mingw32-gcc >/dev/null || need_apt+=(gcc-mingw-w64-x86-64)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
rustup target list --installed 2>/dev/null | grep -qx "$win_target" || rustup target add "$win_target"

prefix=$(bash "$root/bindings/native.sh")
(cd "$root" && CARGO_TARGET_DIR="$target/windows" cargo build --quiet --release --lib --target "$win_target")

rm -rf "$stage"
mkdir -p "$stage/lib/net462" "$stage/runtimes/linux-x64/native" "$stage/runtimes/win-x64/native"
install -m 755 "$(readlink -f "$prefix/lib/libwinhttp_err.so")" "$stage/runtimes/linux-x64/native/libwinhttp_err.so"
install -m 755 "$target/windows/$win_target/release/winhttp_err.dll" "$stage/runtimes/win-x64/native/winhttp_err.dll"
cp "$here/WinHttpErr.nuspec" "$here/README.md" "$stage/"
mcs -nologo -target:library -sdk:4.6.2 -optimize+ -warnaserror+ \
    -out:"$stage/lib/net462/WinHttpErr.dll" -doc:"$stage/lib/net462/WinHttpErr.xml" \
    "$here/WinHttpErr/WinHttpError.cs"

rm -f "$out"/WinHttpErr.*.nupkg
# -NoPackageAnalysis: its one warning is that winhttp_err.dll lies outside lib/, which
# is the point (a native library, not an assembly to reference).
nuget pack "$stage/WinHttpErr.nuspec" -BasePath "$stage" -OutputDirectory "$out" -NonInteractive \
    -NoPackageAnalysis </dev/null >&2
ls "$out"/WinHttpErr.*.nupkg
