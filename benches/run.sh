#!/usr/bin/env bash
# The performance benchmark, in one command: `bash benches/run.sh`.
#
# Builds the release cdylib, the C harness (benches/c/bench.c), a gettext .mo of
# the project's own French messages (the .po comes from the library itself,
# compiled with msgfmt) and the fr_FR.UTF-8 locale, then prints the side-by-side
# table: ours against glibc's strerrorname_np and GNU gettext's dgettext, measured
# in the same run. Then what dominates the cdylib's size, and the criterion
# benchmark of the Rust API (with the naive negotiate + format_pattern path).
#
#   BENCH_SKIP_CRITERION=1  skips the criterion part (the C table alone takes ~1 min).
#
# Exits 1 when the table shows a MISS. Not part of .ci/run: timings are no test.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"

# Tools: a C compiler, msgfmt (gettext), localedef and the fr_FR source (locales).
need_apt=()
command -v cc >/dev/null || need_apt+=(gcc)
command -v msgfmt >/dev/null || need_apt+=(gettext)
{ command -v localedef >/dev/null && [ -e /usr/share/i18n/locales/fr_FR ]; } || need_apt+=(locales)
command -v strip >/dev/null || need_apt+=(binutils)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
if ! locale -a | grep -qix 'fr_FR.utf-\?8'; then
    localedef -i fr_FR -c -f UTF-8 -A /usr/share/locale/locale.alias fr_FR.UTF-8
fi

# The C library as scripts/install.sh builds it: no CLI code.
cargo build --release --lib --no-default-features --features capi
lib=target/release/libwinhttp_err.so
strip --strip-all -o "$out/libwinhttp_err.stripped.so" "$lib"

# -z now: symbols are bound at load, so the first-call rows time the call, not lazy binding.
cc -O2 -std=c11 -Wall -Wextra -Werror -I include benches/c/bench.c \
    -L target/release -Wl,-rpath,"$PWD/target/release" -lwinhttp_err -lpthread -Wl,-z,now -o "$out/bench"

mo_dir="$out/locale"
mkdir -p "$mo_dir/fr/LC_MESSAGES"
"$out/bench" po >"$out/winhttp_err.fr.po"
msgfmt --check-format --check-domain -o "$mo_dir/fr/LC_MESSAGES/winhttp_err.mo" "$out/winhttp_err.fr.po"

echo "== C ABI vs glibc / GNU gettext ($(nproc) cores, $(uname -m), glibc $(ldd --version | head -1 | awk '{print $NF}'), gettext $(msgfmt --version | head -1 | awk '{print $NF}'), load average $(cut -d" " -f1-3 /proc/loadavg))"
status=0
env -u LANGUAGE -u LANG -u LC_MESSAGES LC_ALL=fr_FR.UTF-8 \
    "$out/bench" run "$mo_dir" "$out/libwinhttp_err.stripped.so" || status=$?
[ "$status" -le 1 ] || exit "$status"

echo
echo "== What the stripped cdylib holds ($(stat -c %s "$out/libwinhttp_err.stripped.so") bytes)"
size -A "$out/libwinhttp_err.stripped.so" | awk '$1 ~ /^\./ && $2 > 4096 { printf "  %-20s %8d bytes\n", $1, $2 }'
echo "  code and read-only data by origin (symbol sizes of the unstripped build; a generic"
echo "  function counts for the first of these crates its name mentions):"
nm --size-sort -S --demangle=rust -t d "$lib" | awk '
    $3 ~ /^[tTrR]$/ {
        s = $0
        if (s ~ /gimli|addr2line|miniz_oxide|rustc_demangle|backtrace|object::read/)
            c = "std: backtraces of panic messages (gimli, addr2line, miniz_oxide, demangle)"
        else if (s ~ /winhttp_err/) c = "winhttp_err (catalogue, tables, negotiation, C ABI)"
        else if (s ~ /fluent_syntax|fluent_bundle|intl_memoizer|intl_pluralrules|fluent::/)
            c = "fluent (parser, resolver, plural rules)"
        else if (s ~ /unic_langid|fluent_langneg|tinystr/) c = "unic-langid, fluent-langneg"
        else if (s ~ /foldhash|hashbrown/) c = "foldhash, hashbrown"
        else if (s ~ /core::fmt|flt2dec|core::num/) c = "core: formatting and numbers"
        else if (s ~ /sort/) c = "core: sorting"
        else c = "other std, core, alloc, compiler-builtins"
        bytes[c] += $2; total += $2
    }
    END { for (c in bytes) printf "  %8d bytes  %5.1f%%  %s\n", bytes[c], 100 * bytes[c] / total, c }' |
    sort -rn

echo
echo "== What a locale costs: this library against the same one built with en-US alone"
one="$out/en-US-alone"
rm -rf "$one/locales" && mkdir -p "$one/locales/en-US" && cp locales/en-US/*.ftl "$one/locales/en-US/"
WINHTTP_ERR_LOCALES="$PWD/$one/locales" CARGO_TARGET_DIR="$one/target" \
    cargo build -q --release --lib --no-default-features --features capi
strip --strip-all -o "$one/libwinhttp_err.stripped.so" "$one/target/release/libwinhttp_err.so"
slots=$(ls -td target/release/build/winhttp-err-*/out | head -1)
# Each locale's stored text: its two LZ4 blocks (<tag>.0.slots, <tag>.1.slots); en-US
# is the dictionary, stored as it is, and counted in neither.
n=$(($(ls "$slots"/*.0.slots | wc -l) + 1))
full=$(stat -c %s "$out/libwinhttp_err.stripped.so")
alone=$(stat -c %s "$one/libwinhttp_err.stripped.so")
echo "  stripped: $full bytes with $n locales, $alone with en-US alone"
ls -l "$slots"/*.[0-9].slots | awk -v full="$full" -v alone="$alone" -v n="$n" '
    { f = $NF; sub(/.*\//, "", f); sub(/\.[0-9]+\.slots$/, "", f); s[f] += $5 }
    END {
        for (f in s) { if (s[f] > max) { max = s[f]; maxf = f }; if (min == "" || s[f] < min) { min = s[f]; minf = f } }
        per = (full - alone) / (n - 1)
        printf "  each of the other %d locales: %.0f bytes of the library on average (%s); stored text from %d (%s) to %d bytes (%s)\n",
            n - 1, per, per <= 8192 ? "<= 8 KiB: PASS" : "> 8 KiB: MISS", min, minf, max, maxf
        printf "  whole library: %.0f KiB (%s)\n", full / 1024, full <= 1280 * 1024 ? "<= 1.25 MiB: PASS" : "> 1.25 MiB: MISS"
    }'
if command -v x86_64-w64-mingw32-strip >/dev/null && rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu; then
    # Built as scripts/dist-windows.sh builds the release zips' DLL.
    CARGO_PROFILE_RELEASE_STRIP=symbols CARGO_TARGET_DIR=target/windows-dist cargo rustc -q --release \
        --lib --target x86_64-pc-windows-gnu --no-default-features --features capi --crate-type cdylib
    dll=$(stat -c %s target/windows-dist/x86_64-pc-windows-gnu/release/winhttp_err.dll)
    awk -v d="$dll" 'BEGIN { printf "  Windows x64 DLL, stripped: %.0f KiB (%s)\n", d / 1024, d <= 1280 * 1024 ? "<= 1.25 MiB: PASS" : "> 1.25 MiB: MISS" }'
fi

if [ -z "${BENCH_SKIP_CRITERION:-}" ]; then
    echo
    echo "== Rust API (criterion; naive = negotiate + format_pattern on every call)"
    cargo bench --bench rust_api -- --warm-up-time 1 --measurement-time 3 --noplot 2>&1 |
        awk '/time:/ || (/^[A-Za-z]/ && !/^(Benchmarking|Found|Gnuplot|WARNING)/)'
fi
exit "$status"
