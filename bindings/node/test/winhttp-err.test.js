'use strict';
// Tests of the installed package: bindings/test.sh runs `node --test` in a scratch
// project after `npm install ./winhttp-err-<v>.tgz`.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const w = require('winhttp-err');

const TIMEOUT_HRESULT = 0x80072ee2; // HRESULT_FROM_WIN32(12002)
const TIMEOUT_SIGNED = -2147012894; // the same, as .NET's Exception.HResult reports it

// Expected texts, from the library's catalogue and FTL files (cargo run -- 12002 --lang fr-FR).
const TITLE_12002_EN = 'Connection timed out';
const TITLE_12002_FR = 'Délai de connexion dépassé';
const SUMMARY_12002_EN = 'The server took too long to respond.';
const SUMMARY_12002_EN_HOST = 'The server at example.com took too long to respond.';
const SUMMARY_12002_FR_HOST = 'Le serveur example.com a mis trop de temps à répondre.';
const HINTS_12002_EN = [
  'Check your network connection.',
  'Wait a moment, then try again.',
  'Check your proxy settings, or ask your network administrator.',
];
const CERT_0x28_EN = [
  'The certificate was issued by an authority that this computer does not trust.',
  'The certificate has expired or is not valid yet.',
];

test('loads from node_modules with the library of its platform package', () => {
  const fs = require('node:fs');
  const main = require.resolve('winhttp-err');
  assert.match(main, /node_modules[/\\]winhttp-err[/\\]index\.js$/);
  const pkg = require('winhttp-err/package.json');
  assert.equal(w.version(), pkg.version);
  assert.ok(fs.existsSync(path.join(path.dirname(main), 'index.d.ts')));
  assert.ok(fs.existsSync(path.join(path.dirname(main), 'LICENSE-MIT')));
  // The main package admits every platform that has a library package, and depends on each.
  assert.ok(pkg.os.includes(process.platform) && pkg.cpu.includes(process.arch));
  const platform = `${process.platform}-${process.arch}`;
  assert.deepEqual(Object.keys(pkg.optionalDependencies).sort(), [
    '@winhttp-err/linux-x64',
    '@winhttp-err/win32-ia32',
    '@winhttp-err/win32-x64',
  ]);
  // This platform's package is installed, says exactly where it loads, and holds the
  // library; no other platform's was installed.
  const native = require(`@winhttp-err/${platform}/package.json`);
  assert.equal(native.version, pkg.version);
  assert.deepEqual(native.os, [process.platform]);
  assert.deepEqual(native.cpu, [process.arch]);
  assert.deepEqual(native.libc, process.platform === 'linux' ? ['glibc'] : undefined);
  const dir = path.dirname(require.resolve(`@winhttp-err/${platform}/package.json`));
  const file = process.platform === 'win32' ? 'winhttp_err.dll' : 'libwinhttp_err.so';
  assert.deepEqual(native.files, [file, 'LICENSE-MIT', 'LICENSE-APACHE']);
  assert.ok(fs.existsSync(path.join(dir, file)) && fs.existsSync(path.join(dir, 'LICENSE-APACHE')));
  for (const other of Object.keys(pkg.optionalDependencies)) {
    if (other === `@winhttp-err/${platform}`) continue;
    assert.throws(() => require.resolve(`${other}/package.json`), { code: 'MODULE_NOT_FOUND' }, other);
  }
});

test('names from Win32 and HRESULT codes', () => {
  assert.equal(w.name(12002), 'ERROR_WINHTTP_TIMEOUT');
  assert.equal(w.name(TIMEOUT_HRESULT), 'ERROR_WINHTTP_TIMEOUT');
  assert.equal(w.name(TIMEOUT_SIGNED), 'ERROR_WINHTTP_TIMEOUT');
  assert.equal(w.name(0x80072efd), 'ERROR_WINHTTP_CANNOT_CONNECT');
  assert.equal(w.name(12175), 'ERROR_WINHTTP_SECURE_FAILURE');
});

test('unknown codes give null, not an exception', () => {
  for (const unknown of [0, 5, 54321, 0x80070005, 2 ** 40, -(2 ** 40), 1.5]) {
    assert.equal(w.name(unknown), null);
    assert.equal(w.message(unknown, 'fr-FR'), null);
    assert.equal(w.title(unknown), null);
    assert.equal(w.summary(unknown, null, 'example.com'), null);
    assert.equal(w.hints(unknown), null);
    assert.equal(w.category(unknown), 'unknown');
    assert.equal(w.isTransient(unknown), false);
  }
  assert.equal(w.code('ERROR_WINHTTP_NOPE'), null);
  assert.throws(() => w.name('12002'), TypeError);
});

test('descriptions in English and French', () => {
  assert.equal(w.message(12029, 'en-US'), 'The connection to the server could not be established.');
  assert.equal(w.message(12029, 'fr-FR'), 'La connexion au serveur n’a pas pu être établie.');
  assert.match(w.message(TIMEOUT_SIGNED, 'is-IS, fr;q=0.8'), /^Le délai d’attente/);
  assert.match(w.message(12002, ['is-IS', 'fr-FR']), /^Le délai d’attente/);
});

test('titles in English and French', () => {
  assert.equal(w.title(12002, 'en-US'), TITLE_12002_EN);
  assert.equal(w.title(TIMEOUT_HRESULT, 'fr-FR'), TITLE_12002_FR);
  assert.equal(w.title(12175, 'fr'), 'Échec de la connexion sécurisée');
  for (const c of w.codes()) {
    for (const loc of ['en-US', 'fr-FR']) {
      const t = w.title(c, loc);
      assert.ok(t && t.length <= 60 && !t.endsWith('.'), `${c} ${loc}: ${t}`);
    }
  }
});

test('summary names the host when given', () => {
  assert.equal(w.summary(12002, 'en-US'), SUMMARY_12002_EN);
  assert.equal(w.summary(12002, 'en-US', 'example.com'), SUMMARY_12002_EN_HOST);
  assert.equal(w.summary(TIMEOUT_SIGNED, 'fr-FR', 'example.com'), SUMMARY_12002_FR_HOST);
  assert.equal(w.summary(12002, 'fr-FR', ''), w.summary(12002, 'fr-FR'));
  const tricky = w.summary(12002, 'en-US', 'exa\u202emple.com\n\x07');
  assert.ok(tricky.includes('example.com'), tricky);
  assert.doesNotMatch(tricky, /[\u202e\n\x07]/);
});

test('a host with NUL or a lone surrogate is no host', () => {
  const bareEn = w.summary(12002, 'en-US');
  assert.equal(bareEn, SUMMARY_12002_EN);
  // A NUL would cut the name ("The server at exa ..."): no host at all, as in C.
  assert.equal(w.summary(12002, 'en-US', 'exa\0mple.com'), bareEn);
  assert.equal(w.summary(12002, 'fr-FR', '\0'), w.summary(12002, 'fr-FR'));
  // Lone surrogates: not "ex\uFFFDample.com".
  assert.equal(w.summary(12002, 'en-US', 'ex\uD800ample.com'), bareEn);
  assert.equal(w.summary(12002, 'en-US', 'ex\uDFFFample.com'), bareEn);
  assert.equal(w.summary(12002, 'en-US', 'example.com\uD83D'), bareEn);
  // A well-formed pair is no lone surrogate: the host stays.
  assert.notEqual(w.summary(12002, 'en-US', 'example.com\uD83D\uDE00'), bareEn);
  assert.equal(w.code('ERROR_WINHTTP_TIMEOUT\0junk'), null);
  assert.equal(w.code('ERROR_WINHTTP_TIMEOUT\uDC00'), null);
  assert.equal(w.code('ERROR_WINHTTP_TIMEOUT'), 12002);
});

test('hints are an array of sentences', () => {
  assert.deepEqual(w.hints(12002, 'en-US'), HINTS_12002_EN);
  const fr = w.hints(12002, 'fr-FR');
  assert.equal(fr.length, 3);
  assert.notDeepEqual(fr, HINTS_12002_EN);
  for (const c of w.codes()) {
    const h = w.hints(c, 'fr-FR');
    assert.ok(h.length >= 1 && h.length <= 3 && h.every((s) => s.length > 0 && s.trim() === s), `${c}`);
  }
});

test('categories and retry advice', () => {
  assert.equal(w.category(12002), 'timeout');
  assert.equal(w.category(TIMEOUT_SIGNED), 'timeout');
  assert.equal(w.category(12007), 'name_resolution');
  assert.equal(w.category(0x80072efd), 'network');
  assert.equal(w.category(12175), 'security');
  assert.equal(w.category(12180), 'proxy');
  assert.equal(w.category(12018), 'usage');
  assert.equal(w.CATEGORIES.length, 11);
  assert.equal(w.isTransient(12002), true);
  assert.equal(w.isTransient(TIMEOUT_HRESULT), true);
  assert.equal(w.isTransient(12175), false);
  assert.equal(w.isTransient(12018), false);
  assert.ok(w.codes().every((c) => w.category(c) !== 'unknown'));
});

test('certificate flags', () => {
  assert.deepEqual(w.certFlags(0), []);
  const lines = w.certFlags(0x28, 'en-US'); // INVALID_CA | CERT_DATE_INVALID
  assert.deepEqual(lines, CERT_0x28_EN);
  const fr = w.certFlags(0x28, 'fr-FR');
  assert.equal(fr.length, 2);
  assert.notDeepEqual(fr, lines);
  const unknownBit = w.certFlags(0x100, 'en-US');
  assert.equal(unknownBit.length, 1);
  assert.ok(unknownBit[0].includes('0x00000100'), unknownBit[0]);
  assert.equal(w.certFlags(0x8000007f).length, 8);
  assert.equal(w.certFlagName(0x20), 'WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID');
  assert.equal(w.certFlagName(0x80000000), 'WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR');
  assert.equal(w.certFlagName(0x28), null);
});

test('locale negotiation', () => {
  assert.equal(w.locale('fr_CA.UTF-8'), 'fr-CA');
  assert.equal(w.locale('is-IS, fr;q=0.8'), 'fr-FR');
  assert.equal(w.locale(['is', 'cy-GB']), 'en-US');
  assert.equal(w.locale('zz'), 'en-US');
  assert.ok(['en-US', 'fr-FR'].includes(w.locale()));
  assert.equal(w.direction('fr'), 'ltr');
  assert.equal(w.direction('fr-FR'), 'ltr');
  assert.equal(w.direction(), 'ltr');
  assert.equal(w.direction('ar-EG'), w.locale('ar-EG') === 'ar-SA' ? 'rtl' : 'ltr');
  assert.equal(w.direction(['iw', 'fr']), w.locale('iw') === 'he-IL' ? 'rtl' : 'ltr');
});

test('reverse lookup and the list of codes', () => {
  assert.equal(w.code('ERROR_WINHTTP_TIMEOUT'), 12002);
  assert.equal(w.code(' error_winhttp_cannot_connect '), 12029);
  const all = w.codes();
  assert.equal(all.length, 78);
  assert.equal(all[0], 2);
  assert.equal(all[77], 12193);
  assert.ok(all.every((c) => w.code(w.name(c)) === c));
});

test('log line', () => {
  assert.match(w.line(12002, 'en-US'), /\(ERROR_WINHTTP_TIMEOUT, 12002\)$/);
  assert.match(w.line(54321, 'fr-FR'), /^Erreur WinHTTP inconnue.*54321 \(0x0000D431\)\.$/);
});
