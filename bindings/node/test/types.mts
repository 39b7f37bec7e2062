// Compiled with `tsc --noEmit --strict --module nodenext` against the installed
// package: the declarations as an ES module (.mts) sees them, default and named imports.
import w, { title, type Category, LocaleError } from 'winhttp-err';

const t: string | null = title(0x80072ee2, ['fr-FR']);
const kind: Category = w.category(12002);
const big: string | null = w.name(BigInt(0x80072ee2));
const tags: readonly string[] = w.locales();
try {
  w.addLocaleDir('locales');
} catch (e) {
  if (e instanceof LocaleError) console.log(e.status, e.message);
}
console.log(t, kind, big, tags.length, w.direction());
