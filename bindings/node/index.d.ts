// Type declarations for winhttp-err (index.js).

/** A language request: 'fr-FR', 'de-DE, fr;q=0.8', an array of tags, or null for the process default. */
export type Locales = string | readonly string[] | null | undefined;

/** What kind of failure a code is (WINHTTP_ERR_CATEGORY_* in the C header). */
export type Category =
  | 'unknown'
  | 'network'
  | 'timeout'
  | 'name_resolution'
  | 'proxy'
  | 'security'
  | 'authentication'
  | 'server'
  | 'request'
  | 'usage'
  | 'system';

/** The categories, indexed by their C value ('unknown' is 0). */
export const CATEGORIES: readonly Category[];

/** The symbolic name, e.g. 'ERROR_WINHTTP_TIMEOUT' for 12002 or 0x80072EE2; null if unknown. */
export function name(code: number | bigint): string | null;
/** The technical description (from Microsoft's reference), localized; null if unknown. */
export function message(code: number | bigint, locales?: Locales): string | null;
/** A short heading for an end user (at most 60 characters); null if unknown. */
export function title(code: number | bigint, locales?: Locales): string | null;
/** One or two plain sentences for an end user, naming `host` when given; null if unknown. */
export function summary(code: number | bigint, locales?: Locales, host?: string | null): string | null;
/** One to three things an end user can try, most useful first; null if unknown. */
export function hints(code: number | bigint, locales?: Locales): string[] | null;
/** The kind of failure; 'unknown' for a code not in the catalogue. */
export function category(code: number | bigint): Category;
/** Whether retrying the same request later may succeed; false if unknown. */
export function isTransient(code: number | bigint): boolean;
/** One plain sentence per certificate-failure flag set in `flags`, lowest bit first; [] for 0. */
export function certFlags(flags: number | bigint, locales?: Locales): string[];
/** The name of one certificate flag bit, e.g. 'WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID'; null otherwise. */
export function certFlagName(flag: number | bigint): string | null;
/** The shipped locale a request negotiates to, e.g. 'fr-FR'. */
export function locale(locales?: Locales): string;
/** How that locale is written, as HTML's `dir` takes it: 'rtl' for Arabic, Hebrew, ... */
export function direction(locales?: Locales): 'ltr' | 'rtl';
/** The Win32 code of a symbolic name (any case); null if there is none. */
export function code(symbolicName: string): number | null;
/** Every code in the catalogue (Win32 form), ascending. */
export function codes(): number[];
/** One log line for any code, known or not: description, name and code. */
export function line(code: number | bigint, locales?: Locales): string;
/** The version of the bundled C library, e.g. '0.1.0'. */
export function version(): string;

/** A locale addLocale or addLocaleDir did not add; `status` is the C WINHTTP_ERR_* status. */
export class LocaleError extends Error {
  readonly status: number;
}
/** Adds (or overrides) a locale from Fluent text; returns the library's summary line. */
export function addLocale(tag: string, ftl: string | Uint8Array): string;
/** Adds every locale of a folder (one folder per tag, with *.ftl files). */
export function addLocaleDir(dir: string): string;
/** Every locale's tag: shipped ones (sorted), then added ones. */
export function locales(): string[];
