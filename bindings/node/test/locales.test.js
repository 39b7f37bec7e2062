'use strict';
// Locales added at run time are the process's for good: this file runs in its own
// process (node --test), and each test adds its own tags.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
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

// Hostile files, the shapes of the Rust tests' (tests/common/hostile.rs): each would
// overflow a small stack if the library recursed as deep as the file nests.
const MAX_FTL_BYTES = 1 << 20; // WINHTTP_ERR_MAX_FTL_BYTES
const ADD_STACK = 256 * 1024; // the stack the adds run on: a quarter of Windows' default

const deepPlaceables = () => `error-winhttp-timeout = ${'{'.repeat(2000)}$x${'}'.repeat(2000)}\n`;
const deepCalls = () => `error-winhttp-timeout = { ${'F('.repeat(2000)}1${')'.repeat(2000)} }\n`;

/** Messages each referring to the next one's attribute, up to the size limit. */
function attributeChain() {
  const lines = ['error-winhttp-timeout = { m0.a }\n'];
  for (let i = 0, size = lines[0].length; size < MAX_FTL_BYTES - 100; i++) {
    lines.push(`m${i} =\n    .a = { m${i + 1}.a }\n`);
    size += lines[i + 1].length;
  }
  return lines.join('');
}

/** 1 MiB of small bad entries (an unknown id each), some 90,000 errors. */
function manyBadEntries() {
  const lines = [];
  for (let i = 0, size = 0; size + `a${i} = x\n`.length <= MAX_FTL_BYTES; i++) {
    lines.push(`a${i} = x\n`);
    size += lines[i].length;
  }
  return lines.join('');
}

// The worker's code. koffi makes synchronous calls on a stack of its own
// (sync_stack_size, 2 MiB by default), not on the calling thread's, so the native add
// runs on that stack whatever the thread's: it is that stack that is cut to 256 KiB,
// in a worker because koffi takes the setting only before a library is loaded (this
// thread's copy of the package loaded it on require). The worker's thread stack
// (resourceLimits.stackSizeMb) is real, but the library never runs on it; and at 0.25
// MB Node leaves JavaScript 64 KiB of it (192 KiB stay for native code), too little
// to load koffi ("Maximum call stack size exceeded").
const ADD_IN_WORKER = `
  const { workerData, parentPort } = require('node:worker_threads');
  const koffi = require(workerData.koffi);
  koffi.config({ sync_stack_size: workerData.stack });
  const w = require(workerData.pkg);
  const outcomes = workerData.files.map((ftl) => {
    try {
      return { added: w.addLocale('fr-FR', ftl) };
    } catch (e) {
      return { localeError: e instanceof w.LocaleError, status: e.status, message: e.message };
    }
  });
  parentPort.postMessage({ stack: koffi.config().sync_stack_size, outcomes });
`;

test('hostile files are refused on a 256 KiB stack, and the process lives', async () => {
  const hostile = [
    [deepPlaceables(), 'line 1, column 41: error: placeables or calls nested more than 16 deep'],
    [deepCalls(), 'nested more than 16 deep'],
    [attributeChain(), 'nests placeables more than 16 deep'],
    [manyBadEntries(), 'line 1, column 1: error: en-US has no message "a0"'],
  ];
  assert.ok(hostile.every(([ftl]) => Buffer.byteLength(ftl) <= MAX_FTL_BYTES));
  const before = w.locales();
  const title = w.title(12002, 'fr-FR');
  assert.equal(title, 'Délai de connexion dépassé');
  const pkg = require.resolve('winhttp-err');
  const worker = new Worker(ADD_IN_WORKER, {
    eval: true,
    workerData: {
      pkg,
      koffi: require.resolve('koffi', { paths: [path.dirname(pkg)] }),
      stack: ADD_STACK,
      files: hostile.map(([ftl]) => ftl),
    },
  });
  const said = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it answered`)));
  });
  assert.equal(said.stack, ADD_STACK);
  said.outcomes.forEach((got, i) => {
    assert.ok(got.localeError && got.status === 3 && got.message.includes(hostile[i][1]), JSON.stringify(got));
  });
  assert.equal(w.title(12002, 'fr-FR'), title);
  assert.deepEqual(w.locales(), before);
});
