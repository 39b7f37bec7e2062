#!/usr/bin/env bash
# Makes the npm packages of winhttp-err into DIR, from a clean checkout:
#
#   bash bindings/node/pack.sh DIR       # prints the four tarballs' paths, main first:
#     DIR/winhttp-err-<v>.tgz                 the JavaScript and its types (any platform)
#     DIR/winhttp-err-linux-x64-<v>.tgz       @winhttp-err/linux-x64: libwinhttp_err.so (glibc ≥ 2.17)
#     DIR/winhttp-err-win32-x64-<v>.tgz       @winhttp-err/win32-x64: winhttp_err.dll (x64)
#     DIR/winhttp-err-win32-ia32-<v>.tgz      @winhttp-err/win32-ia32: winhttp_err.dll (x86)
#
# koffi's own pattern: the main package lists one package per platform as an optional
# dependency, and each of those carries "os", "cpu" (and for Linux "libc": glibc) for
# the one library it holds, so npm, pnpm and yarn install only the one that loads there
# and skip the others without an error; index.js resolves it. The libraries come from
# bindings/libs.sh. Every package carries the repository's licence texts. Node.js and
# npm are installed when missing.
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

libs=$(bash "$root/bindings/libs.sh")

rm -rf "$work/package" "$work/platforms"
rm -f "$out"/winhttp-err-*.tgz
mkdir -p "$work/package"
cp "$here/package.json" "$here/index.js" "$here/index.d.ts" "$here/README.md" \
    "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$work/package/"
# The published package.json has no test script: test/ is not shipped.
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  delete pkg.scripts;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$work/package/package.json"
tarballs=("$(cd "$work/package" && npm pack --silent --pack-destination "$out")")

# One package per platform: its name, what npm checks, and the library file.
for platform in linux-x64:linux:x64:libwinhttp_err.so win32-x64:win32:x64:winhttp_err.dll \
    win32-ia32:win32:ia32:winhttp_err.dll; do
    IFS=: read -r key os cpu file <<<"$platform"
    dir=$work/platforms/$key
    mkdir -p "$dir"
    install -m 755 "$libs/$key/$file" "$dir/$file"
    cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$dir/"
    node -e '
      const fs = require("fs");
      const [main, dir, key, os, cpu, file] = process.argv.slice(1);
      const pkg = JSON.parse(fs.readFileSync(main, "utf8"));
      const out = {
        name: `@winhttp-err/${key}`,
        version: pkg.version,
        description: `The ${key} C library of winhttp-err (${file}); install winhttp-err, which depends on it`,
        license: pkg.license,
        os: [os],
        cpu: [cpu],
        ...(os === "linux" ? { libc: ["glibc"] } : {}),
        files: [file, "LICENSE-MIT", "LICENSE-APACHE"],
      };
      fs.writeFileSync(`${dir}/package.json`, JSON.stringify(out, null, 2) + "\n");
      fs.writeFileSync(`${dir}/README.md`,
        `# @winhttp-err/${key}\n\nThe ${file} that [winhttp-err](https://www.npmjs.com/package/winhttp-err) ` +
        `loads on ${key}. Install \`winhttp-err\`: npm picks this package by itself.\n`);
    ' "$here/package.json" "$dir" "$key" "$os" "$cpu" "$file"
    tarballs+=("$(cd "$dir" && npm pack --silent --pack-destination "$out")")
done
for t in "${tarballs[@]}"; do echo "$out/$t"; done
