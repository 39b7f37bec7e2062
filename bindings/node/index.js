'use strict';
/**
 * WinHTTP error codes to names, localized descriptions and end-user text.
 *
 *   const w = require('winhttp-err');
 *   w.name(0x80072EE2);                         // 'ERROR_WINHTTP_TIMEOUT'
 *   w.title(12002, 'fr-FR');                    // a short heading, in French
 *   w.summary(12002, 'en-US', 'example.com');   // one plain sentence naming the server
 *
 * Codes may be Win32 codes (12002), HRESULTs (0x80072EE2) or signed HRESULTs as .NET
 * and COM report them (-2147012894). An unknown code gives null (category 'unknown',
 * isTransient false), never an exception.
 *
 * `locales` is a language request: a BCP 47 tag ('fr-CA'), a POSIX locale name
 * ('fr_FR.UTF-8'), an Accept-Language list ('de-DE, fr;q=0.8'), a GNU LANGUAGE list
 * ('de:fr') or an array of tags (e.g. navigator.languages). null or undefined means
 * the process default (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); a request nothing
 * matches gives en-US.
 *
 * The functions call the C library of this platform's package
 * (@winhttp-err/<platform>-<arch>, an optional dependency) through koffi. They are synchronous and cheap.
 * @module winhttp-err
 */

const path = require('node:path');
const koffi = require('koffi');

const FILE = { win32: 'winhttp_err.dll', darwin: 'libwinhttp_err.dylib' }[process.platform] || 'libwinhttp_err.so';
const PLATFORM = `${process.platform}-${process.arch}`;
const SHIPPED = 'linux-x64 (glibc), win32-x64 and win32-ia32';

/**
 * The C library of this platform's package, @winhttp-err/<platform>-<arch>: an optional
 * dependency, which npm installs only where its "os", "cpu" and "libc" match.
 */
function load() {
  let dir;
  try {
    dir = path.dirname(require.resolve(`@winhttp-err/${PLATFORM}/package.json`));
  } catch {
    throw new Error(
      `winhttp-err: no native library for ${PLATFORM}: @winhttp-err/${PLATFORM} is not installed. ` +
        `The packages ship ${SHIPPED}; on Linux with musl (Alpine) there is none.`
    );
  }
  try {
    return koffi.load(path.join(dir, FILE));
  } catch (e) {
    throw new Error(`winhttp-err: cannot load ${path.join(dir, FILE)} on ${PLATFORM}: ${e.message}`);
  }
}
const lib = load();

// Prototypes as in winhttp_err.h. koffi copies `const char *` results into JS strings
// (UTF-8, NULL → null) and passes JS strings as temporary UTF-8 C strings (null →
// NULL). The library's strings are static: nothing to free.
const c = {
  name: lib.func('const char *winhttp_err_name(uint32_t code)'),
  text: lib.func('const char *winhttp_err_text(uint32_t code, uint32_t part, const char *locales)'),
  format: lib.func('size_t winhttp_err_format(uint32_t code, const char *locales, uint8_t *buf, size_t buf_len)'),
  summary: lib.func(
    'size_t winhttp_err_summary(uint32_t code, const char *locales, const char *host, uint8_t *buf, size_t buf_len)'
  ),
  category: lib.func('uint32_t winhttp_err_category(uint32_t code)'),
  isTransient: lib.func('int winhttp_err_is_transient(uint32_t code)'),
  certFlags: lib.func('size_t winhttp_err_cert_flags(uint32_t flags, const char *locales, uint8_t *buf, size_t buf_len)'),
  certFlagName: lib.func('const char *winhttp_err_cert_flag_name(uint32_t flag)'),
  locale: lib.func('const char *winhttp_err_locale(const char *locales)'),
  direction: lib.func('uint32_t winhttp_err_direction(const char *locales)'),
  code: lib.func('uint32_t winhttp_err_code(const char *name)'),
  count: lib.func('size_t winhttp_err_count(void)'),
  codeAt: lib.func('uint32_t winhttp_err_code_at(size_t index)'),
  version: lib.func('const char *winhttp_err_version(void)'),
  addLocale: lib.func(
    'uint32_t winhttp_err_add_locale(const char *tag, const uint8_t *ftl, size_t ftl_len, uint8_t *err, size_t err_len)'
  ),
  addLocaleDir: lib.func('uint32_t winhttp_err_add_locale_dir(const char *dir, uint8_t *err, size_t err_len)'),
  localeCount: lib.func('size_t winhttp_err_locale_count(void)'),
  localeAt: lib.func('const char *winhttp_err_locale_at(size_t index)'),
};

// WINHTTP_ERR_TEXT_*
const DESCRIPTION = 0;
const TITLE = 1;
const HINTS = 3;

/**
 * The categories, indexed by their WINHTTP_ERR_CATEGORY_* value.
 * @type {ReadonlyArray<string>}
 */
const CATEGORIES = Object.freeze([
  'unknown',
  'network',
  'timeout',
  'name_resolution',
  'proxy',
  'security',
  'authentication',
  'server',
  'request',
  'usage',
  'system',
]);

/** A code as uint32, or null when it cannot be a 32-bit code. */
function u32(code) {
  if (typeof code === 'bigint') code = Number(code);
  if (typeof code !== 'number') throw new TypeError(`a WinHTTP code is a number, not ${typeof code}`);
  if (!Number.isInteger(code) || code < -0x80000000 || code > 0xffffffff) return null;
  return code >>> 0;
}

function req(locales) {
  if (locales === undefined || locales === null) return null;
  return Array.isArray(locales) ? locales.join(', ') : String(locales);
}

/**
 * Calls an snprintf-like function: measures with (NULL, 0), then writes; again with the
 * new length while the text outgrew the buffer (a locale added between the two calls,
 * e.g. by a worker thread), so it never comes back cut.
 */
function snprintf(call) {
  let need = Number(call(null, 0));
  for (;;) {
    const buf = Buffer.alloc(need + 1);
    const got = Number(call(buf, buf.length));
    if (got < buf.length) return buf.toString('utf8', 0, got);
    need = got;
  }
}

// A lone surrogate (UTF-16 half of a pair) is no Unicode text; koffi would pass U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `s` when C can be given all of it, else null: a NUL would cut it. */
const exact = (s) => (s.includes('\0') || LONE_SURROGATE.test(s) ? null : s);

function text(code, part, locales) {
  const v = u32(code);
  return v === null ? null : c.text(v, part, req(locales));
}

/**
 * The symbolic name of a code, e.g. 'ERROR_WINHTTP_TIMEOUT' for 12002 or 0x80072EE2.
 * @param {number} code Win32 code or HRESULT.
 * @returns {string|null} null if the code is unknown.
 */
function name(code) {
  const v = u32(code);
  return v === null ? null : c.name(v);
}

/**
 * The technical description of a code (from Microsoft's reference), localized.
 * @param {number} code
 * @param {string|string[]|null} [locales]
 * @returns {string|null} null if the code is unknown.
 */
const message = (code, locales = null) => text(code, DESCRIPTION, locales);

/**
 * A short heading for an end user, e.g. 'Connection timed out' (at most 60 characters).
 * @param {number} code
 * @param {string|string[]|null} [locales]
 * @returns {string|null} null if the code is unknown.
 */
const title = (code, locales = null) => text(code, TITLE, locales);

/**
 * One or two plain sentences for an end user, naming `host` (the server's name) when
 * given. The host is untrusted: control and bidi characters are dropped, and a host
 * containing NUL or a lone surrogate is no host (the summary names no server, as in C,
 * rather than a cut or garbled name).
 * @param {number} code
 * @param {string|string[]|null} [locales]
 * @param {string|null} [host] e.g. 'example.com'
 * @returns {string|null} null if the code is unknown.
 */
function summary(code, locales = null, host = null) {
  const v = u32(code);
  if (v === null || c.name(v) === null) return null;
  const loc = req(locales);
  const h = host ? exact(String(host)) : null;
  return snprintf((buf, n) => c.summary(v, loc, h, buf, n));
}

/**
 * One to three things an end user can try, most useful first.
 * @param {number} code
 * @param {string|string[]|null} [locales]
 * @returns {string[]|null} null if the code is unknown.
 */
function hints(code, locales = null) {
  const t = text(code, HINTS, locales);
  return t === null ? null : t.split('\n').filter((h) => h.length > 0);
}

/**
 * The kind of failure: 'network', 'timeout', 'name_resolution', 'proxy', 'security',
 * 'authentication', 'server', 'request', 'usage', 'system', or 'unknown' for a code
 * not in the catalogue.
 * @param {number} code
 * @returns {import('./index').Category}
 */
function category(code) {
  const v = u32(code);
  return (v === null ? undefined : CATEGORIES[c.category(v)]) || 'unknown';
}

/**
 * Whether retrying the same request later may succeed (false for an unknown code).
 * @param {number} code
 * @returns {boolean}
 */
function isTransient(code) {
  const v = u32(code);
  return v !== null && c.isTransient(v) !== 0;
}

/**
 * The reasons a certificate was rejected: one plain sentence per flag set in `flags`
 * (the WINHTTP_CALLBACK_STATUS_FLAG_* bits reported with ERROR_WINHTTP_SECURE_FAILURE,
 * 12175), lowest bit first; [] for 0.
 * @param {number} flags
 * @param {string|string[]|null} [locales]
 * @returns {string[]}
 */
function certFlags(flags, locales = null) {
  const v = u32(flags);
  if (v === null) throw new RangeError(`certificate flags are a 32-bit value, not ${flags}`);
  const loc = req(locales);
  const t = snprintf((buf, n) => c.certFlags(v, loc, buf, n));
  return t === '' ? [] : t.split('\n');
}

/**
 * The name of one certificate flag bit, e.g.
 * 'WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID' for 0x20.
 * @param {number} flag
 * @returns {string|null} null unless `flag` is exactly one known bit.
 */
function certFlagName(flag) {
  const v = u32(flag);
  return v === null ? null : c.certFlagName(v);
}

/**
 * The shipped locale a request negotiates to, e.g. 'fr-FR': the language the other
 * functions answer in for the same argument.
 * @param {string|string[]|null} [locales]
 * @returns {string}
 */
const locale = (locales = null) => c.locale(req(locales));

/**
 * How that locale is written: 'rtl' (Arabic, Hebrew, ...) or 'ltr', as HTML's `dir`
 * attribute takes it. The texts carry their own bidi marks; set `dir` on the element
 * that shows them.
 * @param {string|string[]|null} [locales]
 * @returns {'ltr'|'rtl'}
 */
const direction = (locales = null) => (c.direction(req(locales)) === 1 ? 'rtl' : 'ltr');

/**
 * The Win32 code whose symbolic name is `symbolicName` (any case).
 * @param {string} symbolicName e.g. 'ERROR_WINHTTP_TIMEOUT'
 * @returns {number|null} null if there is none (also for a name with NUL or a lone surrogate).
 */
function code(symbolicName) {
  const n = exact(String(symbolicName));
  return n === null ? null : c.code(n) || null;
}

/**
 * Every code in the catalogue (Win32 form), ascending.
 * @returns {number[]}
 */
const codes = () => Array.from({ length: Number(c.count()) }, (_, i) => c.codeAt(i));

/**
 * One log line for any code, known or not: description, name and code.
 * @param {number} code
 * @param {string|string[]|null} [locales]
 * @returns {string}
 */
function line(code, locales = null) {
  const v = u32(code);
  if (v === null) throw new RangeError(`not a 32-bit code: ${code}`);
  const loc = req(locales);
  return snprintf((buf, n) => c.format(v, loc, buf, n));
}

/**
 * The version of the bundled C library, e.g. '0.1.0'.
 * @returns {string}
 */
const version = () => c.version();

/**
 * A locale addLocale or addLocaleDir did not add (nothing was added). `status` is the
 * C library's WINHTTP_ERR_* status (2 an invalid tag, 3 invalid FTL, 4 too large, 5 a
 * limit, 6 a file or folder that cannot be read); `message` its one line.
 */
class LocaleError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'LocaleError';
    this.status = status;
  }
}

// WINHTTP_ERR_INVALID_TAG, WINHTTP_ERR_IO; room for the one-line message of an add.
const INVALID_TAG = 2;
const IO = 6;
const ERR_LEN = 4096;

function added(call) {
  const err = Buffer.alloc(ERR_LEN);
  const status = call(err, err.length);
  const end = err.indexOf(0);
  const message = err.toString('utf8', 0, end < 0 ? err.length : end);
  if (status !== 0) throw new LocaleError(status, message);
  return message;
}

/**
 * Adds (or overrides) locale `tag` (e.g. 'sv-SE') from the Fluent text `ftl`, for the
 * whole process: every function then answers in it when a request negotiates to it,
 * and texts it lacks come in en-US.
 * @param {string} tag
 * @param {string|Uint8Array} ftl
 * @returns {string} the library's summary line
 * @throws {LocaleError} for a bad tag or text (nothing is added)
 */
function addLocale(tag, ftl) {
  const t = exact(String(tag));
  if (t === null) throw new LocaleError(INVALID_TAG, `not a language tag: ${JSON.stringify(tag)}`);
  const data = typeof ftl === 'string' ? Buffer.from(ftl, 'utf8') : Buffer.from(ftl);
  return added((err, n) => c.addLocale(t, data, data.length, err, n));
}

/**
 * Adds (or overrides) every locale of folder `dir`: one folder per locale, named by its
 * tag, holding *.ftl files. All or nothing: a bad file throws, naming it.
 * @param {string} dir
 * @returns {string} the library's summary line
 * @throws {LocaleError}
 */
function addLocaleDir(dir) {
  const d = exact(String(dir));
  if (d === null) throw new LocaleError(IO, `not a folder: ${JSON.stringify(dir)}`);
  return added((err, n) => c.addLocaleDir(d, err, n));
}

/**
 * Every locale's tag: the shipped ones (sorted), then those added, in order.
 * @returns {string[]}
 */
const locales = () =>
  Array.from({ length: Number(c.localeCount()) }, (_, i) => c.localeAt(i)).filter((t) => t !== null);

module.exports = {
  LocaleError,
  addLocale,
  addLocaleDir,
  locales,
  CATEGORIES,
  name,
  message,
  title,
  summary,
  hints,
  category,
  isTransient,
  certFlags,
  certFlagName,
  locale,
  direction,
  code,
  codes,
  line,
  version,
};
