'use strict';
// Locales added at run time are the process's for good: this file runs in its own
// process (node --test), and each test adds its own tags.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const w = require('winhttp-err');

const SUMMARY_12002_EN = 'The server took too long to respond.';
const IS_FTL = 'error-winhttp-timeout = Tími beiðninnar rann út.\n    .title = Tíminn rann út\n';

test('a locale added from text', () => {
  const before = w.locales();
  assert.ok(before.includes('en-US') && before.includes('fr-FR'));
  assert.ok(!before.includes('is-IS'));
  const line = w.addLocale('is-IS', IS_FTL);
  assert.match(line, /^is-IS added: 2 of /);
  assert.deepEqual(w.locales(), [...before, 'is-IS']);
  assert.equal(w.locale('is'), 'is-IS');
  assert.equal(w.title(12002, 'is'), 'Tíminn rann út');
  assert.equal(w.message(0x80072ee2, ['is']), 'Tími beiðninnar rann út.');
  assert.equal(w.summary(12002, 'is-IS'), SUMMARY_12002_EN); // what it lacks: en-US
  // A Buffer is the same text; adding again overrides, and the list does not grow.
  w.addLocale('is-IS', Buffer.from(IS_FTL.replace('Tíminn rann út', 'Tíminn er útrunninn')));
  assert.equal(w.title(12002, 'is-IS'), 'Tíminn er útrunninn');
  assert.deepEqual(w.locales(), [...before, 'is-IS']);
});

test('an added Hebrew locale is right to left', () => {
  assert.equal(w.direction('ar-SA'), 'rtl'); // shipped
  assert.equal(w.direction('he'), 'rtl');
  w.addLocale('he-IL', 'error-winhttp-timeout = תם הזמן שהוקצב לבקשה.\n    .title = תם הזמן\n');
  assert.equal(w.locale('he'), 'he-IL');
  assert.equal(w.direction('he'), 'rtl');
  assert.equal(w.direction('iw'), 'rtl');
  assert.equal(w.direction('fr-FR'), 'ltr');
  assert.ok(w.title(12002, 'he').includes('תם הזמן'));
});

test('bad locales throw LocaleError and add nothing', () => {
  const before = w.locales();
  assert.throws(
    () => w.addLocale('ga-IE', 'error-winhttp-timeout = {\n'),
    (e) => e instanceof w.LocaleError && e instanceof Error && e.status === 3 &&
      e.message.startsWith('line 1, column 26: error: ')
  );
  assert.throws(() => w.addLocale('not a tag', IS_FTL), (e) => e.status === 2 && e.message.includes('not a tag'));
  assert.throws(() => w.addLocale('ga-IE\0', IS_FTL), (e) => e.status === 2);
  assert.throws(() => w.addLocale('ga-\uD800', IS_FTL), (e) => e.status === 2);
  assert.throws(() => w.addLocaleDir(path.join(os.tmpdir(), 'winhttp-err-missing')), (e) => e.status === 6);
  assert.deepEqual(w.locales(), before);
  assert.equal(w.locale('ga-IE'), 'en-US');
});

test('locales added from a folder', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winhttp-err-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const before = w.locales();
  fs.mkdirSync(path.join(dir, 'cy-GB'));
  fs.writeFileSync(
    path.join(dir, 'cy-GB', 'app.ftl'),
    'error-winhttp-timeout = Daeth amser y cais i ben.\n    .title = Daeth yr amser i ben\n'
  );
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a locale');
  assert.match(w.addLocaleDir(dir), /cy-GB added/);
  assert.deepEqual(w.locales(), [...before, 'cy-GB']);
  assert.equal(w.title(12002, 'cy'), 'Daeth yr amser i ben');
  // A bad file: its path and line in the message; all or nothing.
  fs.mkdirSync(path.join(dir, 'mt-MT'));
  fs.writeFileSync(path.join(dir, 'mt-MT', 'bad.ftl'), 'error-winhttp-timeout = {\n');
  assert.throws(() => w.addLocaleDir(dir), (e) => e.status === 3 && e.message.includes('bad.ftl:1:'));
  assert.deepEqual(w.locales(), [...before, 'cy-GB']);
});
