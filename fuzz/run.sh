#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each, one after the other:
#   bash fuzz/run.sh 600                # all targets, 10 minutes each
#   bash fuzz/run.sh 60 ffi reverse     # just these
# Needs cargo-fuzz (`cargo install cargo-fuzz`); libFuzzer's nightly flags are
# enabled on the stable toolchain with RUSTC_BOOTSTRAP=1. New corpus entries go to
# fuzz/corpus/<target> (not committed), crashes to fuzz/artifacts/<target>, each
# run's log to fuzz/artifacts/<target>.log; turn every crash into a file of
# fuzz/regressions/<target>/ so tests/fuzz_regressions.rs replays it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(locales ffi ffi_w reverse text add_locale)
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cargo fuzz build -O

# add_locale: the 1 MiB limit of one file, plus the mode byte in front.
declare -A max_len=([locales]=4096 [ffi]=2048 [ffi_w]=4096 [reverse]=160 [text]=2048 [add_locale]=1048577)
status=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    log="artifacts/$t.log"
    echo "== $t: ${seconds}s"
    # The first corpus folder receives new inputs; seeds and past findings are read-only.
    if ! cargo fuzz run -O "$t" "corpus/$t" "seeds/$t" $( [ -d "regressions/$t" ] && echo "regressions/$t") -- \
        -max_total_time="$seconds" -max_len="${max_len[$t]:-4096}" -timeout=10 \
        -print_final_stats=1 >"$log" 2>&1; then
        status=1
        echo "   FINDING: see $log and artifacts/$t/"
    fi
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|Done [0-9]+ runs' "$log" | sed 's/^/   /' || true
    grep -E 'ERROR: |panicked at' "$log" | head -3 | sed 's/^/   /' || true
done
exit $status
