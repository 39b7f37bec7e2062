//! Localized text: the embedded Fluent bundles and the per-locale string tables
//! built from them.
//!
//! Each message is formatted once, then kept for the life of the process: every
//! later lookup is a load from a table, and the same (code, locale) always yields
//! the same pointer. Formatting a message parses that message's entry alone, not
//! its locale's whole file (see `format`).
//! Strings are stored as `NulText`: UTF-8 with a trailing NUL, so that both the
//! Rust API (`&str`) and the C ABI (`const char *`) get them in O(1).
//! A message missing from a locale falls back to en-US.
//! The UTF-16 twins of the tables (for Win32's wide APIs and the `_w` C
//! functions) are built the same way, from the UTF-8 text, on first use of each entry.

use std::borrow::Cow;
use std::ffi::c_char;
use std::sync::OnceLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};

use crate::catalog::{ErrorCode, ENTRIES};

mod added;
pub mod check;

use crate::locale::{self, Locale};
pub use added::{add_locale, add_locale_dir, AddError, Added, MAX_ADDED_BYTES};

/// Message ids outside the catalogue.
pub(crate) const REPORT_LINE: &str = "report-line";
pub(crate) const UNKNOWN_ERROR: &str = "unknown-error";

/// Everything a locale's lookups read: its sources, its bundle and its tables.
/// A shipped locale's lives in [`DATA`]; a locale added or overridden at run time
/// gets a new one (a generation, see `added`) for each change.
struct LocaleData {
    /// The FTL files; `None` for a shipped locale's static data (its embedded files).
    sources: Option<&'static [&'static Source]>,
    bundle: OnceLock<Bundle>,
    messages: [OnceLock<NulText>; ENTRIES.len()],
    reports: [OnceLock<NulText>; ENTRIES.len()],
    /// `messages` as NUL-terminated UTF-16.
    messages_wide: [OnceLock<Box<[u16]>>; ENTRIES.len()],
}

impl LocaleData {
    const fn new(sources: Option<&'static [&'static Source]>) -> Self {
        LocaleData {
            sources,
            bundle: OnceLock::new(),
            messages: [const { OnceLock::new() }; ENTRIES.len()],
            reports: [const { OnceLock::new() }; ENTRIES.len()],
            messages_wide: [const { OnceLock::new() }; ENTRIES.len()],
        }
    }
}

static DATA: [LocaleData; locale::COUNT] = [const { LocaleData::new(None) }; locale::COUNT];

/// A whole locale's bundle. It borrows its resources: a new generation of a
/// locale reuses the parsed files of the one before and adds its own, so memory
/// grows with the text added, not with the number of generations.
type Bundle = FluentBundle<&'static FluentResource>;

/// One FTL file of a locale: its text and, parsed on first use, its resource.
/// Shared by every generation that has it; never freed.
pub(crate) struct Source {
    text: &'static str,
    resource: OnceLock<FluentResource>,
}

impl Source {
    /// A source for `text`, leaked: it lives as long as the process.
    fn leak(text: &'static str) -> &'static Source {
        Box::leak(Box::new(Source {
            text,
            resource: OnceLock::new(),
        }))
    }

    /// The file's text.
    #[cfg(test)]
    pub(crate) fn text(&self) -> &'static str {
        self.text
    }

    /// The file parsed. Shipped files are checked by the test suite, added ones
    /// by `check` before they are added; at run time keep what parsed.
    fn resource(&'static self) -> &'static FluentResource {
        self.resource.get_or_init(|| {
            FluentResource::try_new(self.text.to_owned()).unwrap_or_else(|(r, _)| r)
        })
    }
}

/// The shipped locales' files as [`Source`]s, made on first use.
static SHIPPED: [OnceLock<&'static [&'static Source]>; locale::COUNT] =
    [const { OnceLock::new() }; locale::COUNT];

fn shipped_sources(locale: Locale) -> &'static [&'static Source] {
    SHIPPED[locale.index()].get_or_init(|| {
        let sources: Vec<_> = locale::shipped_sources(locale)
            .iter()
            .map(|text| Source::leak(text))
            .collect();
        Box::leak(sources.into_boxed_slice())
    })
}

/// The data of `locale` as it stands: one Acquire load, then the shipped static
/// data unless the locale was added or overridden.
#[inline]
fn data(locale: Locale) -> &'static LocaleData {
    added::published(locale).unwrap_or_else(|| &DATA[locale.index()])
}

/// The FTL files of `locale` as they stand.
pub(crate) fn sources(locale: Locale) -> &'static [&'static Source] {
    data(locale).sources(locale)
}

/// The catalogue names as NUL-terminated UTF-16; names do not depend on the locale.
static NAMES_WIDE: [OnceLock<Box<[u16]>>; ENTRIES.len()] =
    [const { OnceLock::new() }; ENTRIES.len()];

/// The Fluent message id of a catalogue name: `ERROR_WINHTTP_TIMEOUT` → `error-winhttp-timeout`.
pub fn message_id(name: &str) -> String {
    name.to_ascii_lowercase().replace('_', "-")
}

/// An empty bundle for `locale`. Isolation marks are off: the text goes to C
/// strings, terminals and dialogs, where U+2068/U+2069 show as junk.
fn new_bundle<R>(locale: Locale) -> FluentBundle<R> {
    let langid = locale.tag().parse().expect("tags are valid BCP 47");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle
}

impl LocaleData {
    /// The files of this data, which is `locale`'s.
    fn sources(&self, locale: Locale) -> &'static [&'static Source] {
        self.sources.unwrap_or_else(|| shipped_sources(locale))
    }

    /// The bundle of this data's whole FTL (`locale`'s), made on first use;
    /// later files override earlier ones, message by message.
    fn bundle(&'static self, locale: Locale) -> &'static Bundle {
        self.bundle.get_or_init(|| {
            let mut bundle = new_bundle(locale);
            for source in self.sources(locale) {
                bundle.add_resource_overriding(source.resource());
            }
            bundle
        })
    }
}

/// The bundle of `locale`'s whole FTL as it stands, made on first use.
pub(crate) fn bundle(locale: Locale) -> &'static Bundle {
    data(locale).bundle(locale)
}

/// Formats message `id` in `locale` (whose data is `data`: one generation,
/// loaded once by the caller), falling back to en-US, then to `None`.
///
/// A message is formatted from its own entry alone when it can be: a first
/// lookup in a fresh process then parses ~200 bytes instead of the locale's
/// whole file (~12 KB), which was most of its cost (issue 4: ~75 of ~100 µs).
/// The whole-file bundle stays the reference: it is used once it exists, and
/// whenever the entry alone does not format cleanly (say it references a term
/// or another message).
fn format(
    locale: Locale,
    data: &'static LocaleData,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let in_one = |l: Locale, data: &'static LocaleData| {
        if let Some(bundle) = data.bundle.get() {
            return format_in(bundle, id, args);
        }
        // Later files override earlier ones, as in the bundle.
        let entry = data
            .sources(l)
            .iter()
            .rev()
            .find_map(|s| entry_source(s.text, id))?;
        format_alone(l, entry, id, args).or_else(|| format_in(data.bundle(l), id, args))
    };
    in_one(locale, data).or_else(|| {
        (locale != Locale::EN_US)
            .then(|| in_one(Locale::EN_US, self::data(Locale::EN_US)))
            .flatten()
    })
}

/// Formats message `id` of `bundle`; `None` if it is missing or did not resolve.
fn format_in<R: std::borrow::Borrow<FluentResource>>(
    bundle: &FluentBundle<R>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Formats message `id` from `source`, the text of its entry alone.
fn format_alone(
    locale: Locale,
    source: &str,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let resource = FluentResource::try_new(source.to_owned()).ok()?;
    let mut bundle = new_bundle(locale);
    bundle.add_resource(resource).ok()?;
    format_in(&bundle, id, args)
}

/// The text of entry `id` in FTL `source`: its `id =` line and the lines that
/// continue it, up to the next line that starts an entry or a comment (in
/// Fluent, only those begin with a letter, `-` or `#` in column 0; a pattern's
/// continuation lines, variants, attributes and closing braces do not).
fn entry_source<'a>(source: &'a str, id: &str) -> Option<&'a str> {
    if id.is_empty() {
        return None;
    }
    // A substring search (vectorized) to the definition, rather than a walk over
    // every line before it: this runs in a process's first lookup.
    let start = source.match_indices(id).map(|(i, _)| i).find(|&i| {
        let at_line_start = i == 0 || source.as_bytes()[i - 1] == b'\n';
        let rest = source[i + id.len()..].trim_start_matches(' ');
        at_line_start && rest.starts_with('=')
    })?;
    let mut end = start;
    for (n, line) in source[start..].split_inclusive('\n').enumerate() {
        let begins_entry =
            line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if n > 0 && begins_entry {
            break;
        }
        end += line.len();
    }
    Some(&source[start..end])
}

/// Text kept with a trailing NUL. A warm lookup must not pay a `strlen` or a
/// UTF-8 check (`CStr::to_str`) over a 100–250 byte message: that alone would
/// cost more than the rest of the lookup.
pub(crate) struct NulText(Box<str>);

impl NulText {
    fn new(text: String) -> Self {
        // Interior NULs cannot come from our FTL files (tests check); cut there if they did.
        // NUL is ASCII, so the cut is on a character boundary.
        let mut text = text;
        if let Some(nul) = text.find('\0') {
            text.truncate(nul);
        }
        text.push('\0');
        NulText(text.into_boxed_str())
    }

    /// The text, without its NUL.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        &self.0[..self.0.len() - 1]
    }

    /// The text as a C string: UTF-8, NUL-terminated, no interior NUL.
    #[inline]
    pub(crate) fn as_ptr(&self) -> *const c_char {
        self.0.as_ptr().cast()
    }
}

/// The description of `code` in `locale`, static.
pub(crate) fn message_text(code: ErrorCode, locale: Locale) -> &'static NulText {
    message_in(code, locale, data(locale))
}

fn message_in(code: ErrorCode, locale: Locale, data: &'static LocaleData) -> &'static NulText {
    data.messages[code.index()].get_or_init(|| {
        let text = format(locale, data, &message_id(code.name()), None);
        NulText::new(text.unwrap_or_else(|| code.name().to_owned()))
    })
}

/// One user-facing line: description, name and number, static.
pub(crate) fn report_text(code: ErrorCode, locale: Locale) -> &'static NulText {
    let data = data(locale);
    data.reports[code.index()].get_or_init(|| {
        let mut args = FluentArgs::new();
        let description = message_in(code, locale, data).as_str();
        args.set("description", description);
        args.set("name", code.name());
        args.set("code", code.code().to_string());
        let line = format(locale, data, REPORT_LINE, Some(&args));
        NulText::new(line.unwrap_or_else(|| format!("{description} ({code})")))
    })
}

/// `text` as UTF-16 with a trailing NUL. Our text has no interior NUL (see `NulText`).
fn to_wide(text: &str) -> Box<[u16]> {
    text.encode_utf16().chain([0]).collect()
}

/// The description of `code` in `locale` as NUL-terminated UTF-16, e.g. for
/// `MessageBoxW`: the same text as [`ErrorCode::message`], built on first use,
/// then the same static slice (NUL included) on every call.
pub fn message_wide(code: ErrorCode, locale: Locale) -> &'static [u16] {
    let data = data(locale);
    data.messages_wide[code.index()]
        .get_or_init(|| to_wide(message_in(code, locale, data).as_str()))
}

/// The symbolic name of `code` as NUL-terminated UTF-16, static (NUL included).
pub fn name_wide(code: ErrorCode) -> &'static [u16] {
    NAMES_WIDE[code.index()].get_or_init(|| to_wide(code.name()))
}

/// The line for a code the catalogue does not know, with the code as given.
pub(crate) fn unknown_report(code: u32, locale: Locale) -> String {
    let mut args = FluentArgs::new();
    args.set("code", code.to_string());
    args.set("hex", format!("0x{code:08X}"));
    // Formatted on every call: from the whole bundle, parsed once.
    [locale, Locale::EN_US]
        .into_iter()
        .find_map(|l| format_in(bundle(l), UNKNOWN_ERROR, Some(&args)))
        .unwrap_or_else(|| format!("Unknown WinHTTP error {code} (0x{code:08X})."))
}

/// A report line for any code, known or not.
pub fn report(code: u32, locale: Locale) -> Cow<'static, str> {
    match ErrorCode::new(code) {
        Some(known) => Cow::Borrowed(report_text(known, locale).as_str()),
        None => Cow::Owned(unknown_report(code, locale)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_alone_formats_as_in_the_whole_bundle() {
        for locale in Locale::all() {
            let ids = ErrorCode::all().map(|c| message_id(c.name()));
            for id in ids.chain([REPORT_LINE.into(), UNKNOWN_ERROR.into()]) {
                let entry = entry_source(locale.sources()[0].text(), &id).expect(&id);
                let mut args = FluentArgs::new();
                for name in ["description", "name", "code", "hex"] {
                    args.set(name, format!("<{name}>"));
                }
                let alone = format_alone(locale, entry, &id, Some(&args));
                assert_eq!(alone, format_in(bundle(locale), &id, Some(&args)), "{id}");
                assert!(alone.is_some_and(|t| !t.is_empty()), "{locale} {id}");
            }
        }
    }

    #[test]
    fn entries_end_where_fluent_starts_the_next_one() {
        let ftl = "# comment\n\
                   a-b = one\n\
                   a = first\n    \n    second\n\n\
                   sel = { $n ->\n    [one] x\n   *[other] y\n}\n    .title = t\n\
                   ## group\n\
                   -term = T\n\
                   last=end";
        assert_eq!(
            entry_source(ftl, "a"),
            Some("a = first\n    \n    second\n\n")
        );
        assert_eq!(entry_source(ftl, "a-b"), Some("a-b = one\n"));
        assert_eq!(
            entry_source(ftl, "sel"),
            Some("sel = { $n ->\n    [one] x\n   *[other] y\n}\n    .title = t\n")
        );
        assert_eq!(entry_source(ftl, "last"), Some("last=end"));
        assert_eq!(entry_source(ftl, "-term"), Some("-term = T\n"));
        for absent in ["b", "a-", "one", "comment", "title", ""] {
            assert_eq!(entry_source(ftl, absent), None, "{absent}");
        }
    }

    #[test]
    fn an_entry_that_needs_the_rest_of_its_file_is_not_formatted_alone() {
        let fr = Locale::from_tag("fr-FR").unwrap();
        let alone = |src: &str| format_alone(fr, src, "m", None);
        assert_eq!(alone("m = { -brand } a\n"), None);
        assert_eq!(alone("m = { other }\n"), None);
        assert_eq!(alone("m = = junk {\n"), None);
        assert_eq!(alone("m = ok\n    two\n").as_deref(), Some("ok\ntwo"));
    }

    #[test]
    fn text_is_kept_with_one_trailing_nul() {
        let cut = NulText::new("before\0after".to_owned());
        assert_eq!(cut.as_str(), "before");
        assert_eq!(&*cut.0, "before\0");
        for locale in Locale::all() {
            for code in ErrorCode::all() {
                for text in [message_text(code, locale), report_text(code, locale)] {
                    let (last, body) = text.0.as_bytes().split_last().unwrap();
                    assert_eq!((*last, body), (0, text.as_str().as_bytes()));
                    assert!(!body.contains(&0) && !body.is_empty(), "{code} {locale}");
                }
                // The same text, at the same address, every time.
                assert!(std::ptr::eq(
                    message_text(code, locale),
                    message_text(code, locale)
                ));
            }
        }
    }
}
