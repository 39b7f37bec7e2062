#!/usr/bin/env bash
# Warm lookups of two versions of the library, in one run: `bash benches/compare.sh [REF]`
# (REF defaults to main). Builds REF's release cdylib (from `git archive`, sharing this
# checkout's target/ for the dependencies) and the working tree's, links the same C
# harness (benches/c/bench.c) to each, and runs the two alternately, ROUNDS times
# (default 2), printing the warm-lookup rows of each run. Needs what benches/run.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:-main}
rounds=${ROUNDS:-2}
out=$PWD/target/bench-compare
rm -rf "$out"
mkdir -p "$out/src" "$out/ref" "$out/tree" "$out/locale/fr/LC_MESSAGES"
if ! locale -a | grep -qix 'fr_FR.utf-\?8'; then
    localedef -i fr_FR -c -f UTF-8 -A /usr/share/locale/locale.alias fr_FR.UTF-8
fi
git archive "$ref" | tar -x -C "$out/src"
(cd "$out/src" && CARGO_TARGET_DIR="$OLDPWD/target" cargo build --release --lib)
cp target/release/libwinhttp_err.so "$out/ref/"
touch src/lib.rs # the same target/: rebuild the working tree's library
cargo build --release --lib
cp target/release/libwinhttp_err.so "$out/tree/"
for v in ref tree; do
    cc -O2 -std=c11 -Wall -Wextra -Werror -I include benches/c/bench.c -L "$out/$v" \
        -Wl,-rpath,"$out/$v" -lwinhttp_err -lpthread -Wl,-z,now -o "$out/$v/bench"
    strip --strip-all -o "$out/$v/stripped.so" "$out/$v/libwinhttp_err.so"
done
"$out/tree/bench" po >"$out/fr.po"
msgfmt --check-format --check-domain -o "$out/locale/fr/LC_MESSAGES/winhttp_err.mo" "$out/fr.po"
for round in $(seq "$rounds"); do
    for v in ref tree; do
        echo "== $([ $v = ref ] && echo "$ref" || echo "working tree") (round $round)"
        env -u LANGUAGE -u LANG -u LC_MESSAGES LC_ALL=fr_FR.UTF-8 \
            "$out/$v/bench" run "$out/locale" "$out/$v/stripped.so" |
            grep -E '^\| winhttp_err_(message|text)' || true
    done
done
