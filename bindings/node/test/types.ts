// Compiled with `tsc --noEmit --strict` against the installed package's index.d.ts.
import * as w from 'winhttp-err';
import type { Category } from 'winhttp-err';

const title: string | null = w.title(0x80072ee2, ['fr-FR']);
const kind: Category = w.category(12002);
const hints: string[] | null = w.hints(12002, 'en-US');
const summary: string | null = w.summary(12002, null, 'example.com');
const transient: boolean = w.isTransient(-2147012894);
const reasons: string[] = w.certFlags(0x28);
const code: number | null = w.code('ERROR_WINHTTP_TIMEOUT');
console.log(title, kind, hints, summary, transient, reasons, code, w.codes().length, w.locale(), w.direction('fr'));
