#!/usr/bin/env bash
# Makes the npm package of winhttp-err into DIR, from a clean checkout:
#
#   bash bindings/node/pack.sh DIR       # → DIR/winhttp-err-<v>.tgz
#
# The C library is built once for every binding (bindings/native.sh) and copied into a
# staged copy of this folder as native/<platform>-<arch>/libwinhttp_err.so; package.json
# gets "os" and "cpu" for that platform, so npm refuses to install the package where the
# bundled library cannot load. Then `npm pack`. Node.js and npm are installed when missing.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: bash bindings/node/pack.sh DIR" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${CARGO_TARGET_DIR:-$root/target}/bindings/node

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi

prefix=$(bash "$root/bindings/native.sh")
platform=$(node -p 'process.platform + "-" + process.arch')

rm -rf "$work/package"
mkdir -p "$work/package/native/$platform"
cp "$here/package.json" "$here/index.js" "$here/index.d.ts" "$here/README.md" "$work/package/"
install -m 755 "$(readlink -f "$prefix/lib/libwinhttp_err.so")" "$work/package/native/$platform/libwinhttp_err.so"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.os = [process.platform];
  pkg.cpu = [process.arch];
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$work/package/package.json"
rm -f "$out"/winhttp-err-*.tgz
(cd "$work/package" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"/winhttp-err-*.tgz
