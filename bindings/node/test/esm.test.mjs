// The package as an ES module imports it (bindings/test.sh runs it with the others): the
// default import is module.exports, and named imports come through Node's CommonJS
// export detection.
import test from 'node:test';
import assert from 'node:assert/strict';
import w, { title, summary, category, LocaleError, CATEGORIES } from 'winhttp-err';
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('winhttp-err/package.json');

test('default and named imports from ESM', () => {
  assert.equal(w.title, title);
  assert.equal(title(0x80072ee2, 'fr-FR'), 'Délai de connexion dépassé');
  assert.equal(summary(12002, 'en-US', 'example.com'), 'The server at example.com took too long to respond.');
  assert.equal(category(12002), 'timeout');
  assert.equal(CATEGORIES[2], 'timeout');
  assert.throws(() => w.addLocale('not a tag', ''), LocaleError);
  assert.equal(w.version(), pkg.version);
});
