'use strict';
// Node.js bindings for libwinhttp_err through koffi (an FFI package from npm),
// and a small demo:
//
//   cd examples/node && npm ci && node winhttp_err.js 0x80072EE2 fr-FR
//
// The library is looked up in $WINHTTP_ERR_LIB, then next to this file, then by
// the system loader (e.g. after scripts/install.sh into a prefix on its path).

const fs = require('node:fs');
const path = require('node:path');
const koffi = require('koffi');

const FILE = { win32: 'winhttp_err.dll', darwin: 'libwinhttp_err.dylib' }[process.platform] || 'libwinhttp_err.so';

function libraryPath() {
  if (process.env.WINHTTP_ERR_LIB) return process.env.WINHTTP_ERR_LIB;
  const here = path.join(__dirname, FILE);
  return fs.existsSync(here) ? here : FILE;
}

const lib = koffi.load(libraryPath());

// Prototypes as in include/winhttp_err.h. koffi turns `const char *` results into
// JS strings (UTF-8 decoded, NULL → null) and JS strings into temporary UTF-8
// C strings (null → NULL); the library's strings are static, nothing to free.
const c = {
  name: lib.func('const char *winhttp_err_name(uint32_t code)'),
  message: lib.func('const char *winhttp_err_message(uint32_t code, const char *locales)'),
  format: lib.func('size_t winhttp_err_format(uint32_t code, const char *locales, uint8_t *buf, size_t buf_len)'),
  locale: lib.func('const char *winhttp_err_locale(const char *locales)'),
  code: lib.func('uint32_t winhttp_err_code(const char *name)'),
  count: lib.func('size_t winhttp_err_count(void)'),
  codeAt: lib.func('uint32_t winhttp_err_code_at(size_t index)'),
  version: lib.func('const char *winhttp_err_version(void)'),
};

/** A code as uint32: signed HRESULTs as .NET prints them (-2147012894) included. */
function u32(code) {
  if (!Number.isInteger(code) || code < -0x80000000 || code > 0xffffffff) {
    throw new RangeError(`not a 32-bit code: ${code}`);
  }
  return code >>> 0;
}

/** Symbolic name of `code`, or null if unknown. */
const name = (code) => c.name(u32(code));
/** Localized description of `code` (locales: null for the process default), or null. */
const message = (code, locales = null) => c.message(u32(code), locales);
/** The shipped locale `locales` negotiates to, e.g. 'fr-FR'. */
const locale = (locales = null) => c.locale(locales);
/** The code named `symbolicName` (case-insensitive), or null. */
const code = (symbolicName) => c.code(symbolicName) || null;
/** Every known code, ascending. */
const codes = () => Array.from({ length: c.count() }, (_, i) => c.codeAt(i));
/** The library's version, e.g. '0.1.0'. */
const version = () => c.version();

/** One user-facing line for any code, known or not: measured, then written. */
function report(value, locales = null) {
  const need = c.format(u32(value), locales, null, 0);
  const buf = Buffer.alloc(need + 1);
  c.format(u32(value), locales, buf, buf.length);
  return buf.toString('utf8', 0, need);
}

module.exports = { name, message, report, locale, code, codes, version };

if (require.main === module) {
  const [arg, locales = null] = process.argv.slice(2);
  if (arg === undefined) {
    console.error('usage: node winhttp_err.js CODE [LOCALES]');
    process.exit(2);
  }
  const value = Number(arg);
  if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
    console.error(`not a code: ${arg}`);
    process.exit(2);
  }
  console.log(`[${locale(locales)}] ${report(value, locales)}`);
  process.exitCode = name(value) ? 0 : 1;
}
