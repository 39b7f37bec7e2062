//! Localized text: the embedded Fluent bundles and the per-locale string tables
//! built from them.
//!
//! Each message is formatted once, then kept for the life of the process: every
//! later lookup is a load from a table, and the same (code, locale) always yields
//! the same pointer. Formatting a message parses that message's entry alone, not
//! its locale's whole file (see `format`).
//! Strings are stored as `NulText`: UTF-8 with a trailing NUL, so that both the
//! Rust API (`&str`) and the C ABI (`const char *`) get them in O(1).
//! A message or attribute missing from a locale falls back to en-US, for that
//! text alone.
//!
//! Locales added or overridden at run time (`added`) get a new generation of
//! `LocaleData` per change, published through one atomic pointer per locale;
//! `data` is the one place that reads it. Functions that build a table entry
//! from other entries load the generation once and pass it on, so that an entry
//! never mixes two generations.
//! The UTF-16 twins of the tables (for Win32's wide APIs and the `_w` C
//! functions) are built the same way, from the UTF-8 text, on first use of each entry.

use std::borrow::Cow;
use std::ffi::c_char;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::OnceLock;

use once_cell::race::OnceBox;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};

use crate::bidi;
use crate::catalog::{ErrorCode, Hint, ENTRIES};
use crate::cert_flags;
use crate::host::CleanHost;
use crate::locale::{self, Locale};
use crate::shipped;

mod added;
mod bundle;
pub mod check;

pub(crate) use added::ADD_COST;
pub use added::{add_locale, add_locale_dir, AddError, Added, MAX_ADDED_BYTES};

/// Message ids outside the catalogue.
pub(crate) const REPORT_LINE: &str = "report-line";
pub(crate) const UNKNOWN_ERROR: &str = "unknown-error";
/// Attributes only: the summaries of a code the catalogue does not know.
pub(crate) const UNKNOWN_CODE: &str = "unknown-code";

/// Attribute of a code's message holding the summary that names the server.
const SUMMARY_HOST: &str = "summary-host";

/// One part of a code's text. The values are the C ABI's `WINHTTP_ERR_TEXT_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
#[non_exhaustive]
pub enum Part {
    /// The technical description, for developers and support (the message's value).
    Description = 0,
    /// A short heading for an end user (`.title`).
    Title = 1,
    /// One or two plain sentences for an end user, naming no server (`.summary`).
    Summary = 2,
    /// The code's hint sentences, one per line, most useful first.
    Hints = 3,
}

impl Part {
    /// Every part, in value order.
    pub const ALL: [Part; 4] = [Self::Description, Self::Title, Self::Summary, Self::Hints];

    /// The part whose C value is `value`.
    pub fn from_u32(value: u32) -> Option<Part> {
        Self::ALL.get(usize::try_from(value).ok()?).copied()
    }

    /// The Fluent attribute of the code's message that holds this part, if any.
    fn attribute(self) -> Option<&'static str> {
        match self {
            Self::Title => Some("title"),
            Self::Summary => Some("summary"),
            Self::Description | Self::Hints => None,
        }
    }
}

const PARTS: usize = Part::ALL.len();

/// A table entry, written once. Empty, it is a null pointer, all zeros: a
/// static table of them costs neither file size nor memory until a page of it is
/// touched (std's `OnceLock` starts non-zero, so a first lookup had to allocate
/// and fill ~17 KiB of them, which took about half of its time). Two threads that
/// race to fill one both format the text and one of them wins; every caller then
/// gets the winner's, at the same address, for good.
type Entry<T> = OnceBox<T>;

/// One part of one code's text: the text, and its address for the C functions
/// once it is set (a warm C lookup loads the address itself, where the text's
/// entry takes two dependent loads, a sixth of such a lookup). Side by side, so
/// that a first lookup touches one page of the tables, not two.
struct PartEntry {
    text: Entry<NulText>,
    c: AtomicPtr<c_char>,
}

impl PartEntry {
    const fn new() -> Self {
        PartEntry {
            text: Entry::new(),
            c: AtomicPtr::new(std::ptr::null_mut()),
        }
    }
}

/// Everything a locale's lookups read: its FTL files, its bundle and its tables.
/// A shipped locale's lives in [`DATA`]; a locale added or overridden at run time
/// gets a new one (a generation, see `added`) for each change.
struct LocaleData {
    /// The FTL files; `None` for a shipped locale's static data (its embedded files).
    sources: Option<&'static [&'static Source]>,
    bundle: Entry<Bundle>,
    parts: [[PartEntry; PARTS]; ENTRIES.len()],
    /// `parts` as NUL-terminated UTF-16.
    parts_wide: [[Entry<Box<[u16]>>; PARTS]; ENTRIES.len()],
    reports: [Entry<NulText>; ENTRIES.len()],
    hints: [Entry<NulText>; Hint::ALL.len()],
    cert_flags: [Entry<NulText>; cert_flags::KNOWN.len()],
}

impl LocaleData {
    const fn new(sources: Option<&'static [&'static Source]>) -> Self {
        LocaleData {
            sources,
            bundle: Entry::new(),
            parts: [const { [const { PartEntry::new() }; PARTS] }; ENTRIES.len()],
            parts_wide: [const { [const { Entry::new() }; PARTS] }; ENTRIES.len()],
            reports: [const { Entry::new() }; ENTRIES.len()],
            hints: [const { Entry::new() }; Hint::ALL.len()],
            cert_flags: [const { Entry::new() }; cert_flags::KNOWN.len()],
        }
    }

    /// The files of this data, which is `locale`'s.
    fn sources(&self, locale: Locale) -> &'static [&'static Source] {
        self.sources.unwrap_or_else(|| shipped_sources(locale))
    }

    /// The bundle of this data's whole FTL (`locale`'s), made on first use;
    /// later files override earlier ones, message by message.
    fn bundle(&'static self, locale: Locale) -> &'static Bundle {
        self.bundle.get_or_init(|| {
            let resources = self.sources(locale).iter().map(|s| s.resource());
            Box::new(bundle::of(locale.langid(), resources))
        })
    }
}

/// The shipped locales' data, used until a locale is overridden: all zeros, in
/// `.bss` (see [`Entry`]).
static DATA: [LocaleData; locale::COUNT] = [const { LocaleData::new(None) }; locale::COUNT];

/// The tables of `locale` as they stand: one Acquire load, then the shipped
/// data unless the locale was added or overridden at run time.
#[inline]
fn data(locale: Locale) -> &'static LocaleData {
    added::published(locale).unwrap_or_else(|| &DATA[locale.index()])
}

/// A whole locale's bundle. It borrows its resources: a new generation of a
/// locale reuses the parsed files of the one before and adds its own, so memory
/// grows with the text added, not with the number of generations.
type Bundle = FluentBundle<&'static FluentResource>;

/// One FTL file of a locale: its text and, parsed on first use, its resource.
/// Shared by every generation that has it; never freed.
pub(crate) struct Source {
    text: Text,
    resource: OnceLock<FluentResource>,
}

/// Where a file's text is.
enum Text {
    /// Added at run time: the text itself.
    Added(&'static str),
    /// Shipped: `locale`'s compiled text (`crate::shipped`).
    Shipped(Locale),
}

impl Source {
    /// A source for `text`, leaked: it lives as long as the process.
    fn leak(text: Text) -> &'static Source {
        Box::leak(Box::new(Source {
            text,
            resource: OnceLock::new(),
        }))
    }

    /// The file's whole text; a shipped locale's as one file rebuilt from its
    /// compiled text (lookups never need it).
    pub(crate) fn text(&self) -> &'static str {
        match self.text {
            Text::Added(text) => text,
            Text::Shipped(locale) => shipped::ftl(locale.index()),
        }
    }

    /// The file parsed. Shipped files are checked by the test suite, added ones
    /// by `check` before they are added; at run time keep what parsed.
    fn resource(&'static self) -> &'static FluentResource {
        self.resource.get_or_init(|| {
            FluentResource::try_new(self.text().to_owned()).unwrap_or_else(|(r, _)| r)
        })
    }
}

/// The shipped locales' files as [`Source`]s, made on first use.
static SHIPPED: [OnceLock<&'static [&'static Source]>; locale::COUNT] =
    [const { OnceLock::new() }; locale::COUNT];

fn shipped_sources(locale: Locale) -> &'static [&'static Source] {
    SHIPPED[locale.index()].get_or_init(|| vec![Source::leak(Text::Shipped(locale))].leak())
}

/// The FTL files of `locale` as they stand.
pub(crate) fn sources(locale: Locale) -> &'static [&'static Source] {
    data(locale).sources(locale)
}

/// The catalogue names as NUL-terminated UTF-16; names do not depend on the locale.
static NAMES_WIDE: [OnceLock<Box<[u16]>>; ENTRIES.len()] =
    [const { OnceLock::new() }; ENTRIES.len()];

/// The ids of the messages that belong to no code: report lines, the unknown
/// code's summaries, hints and certificate-flag lines. With the codes' ids
/// ([`message_id`]), every message a locale has.
pub fn shared_message_ids() -> impl Iterator<Item = &'static str> {
    [
        REPORT_LINE,
        UNKNOWN_ERROR,
        UNKNOWN_CODE,
        cert_flags::UNKNOWN_ID,
    ]
    .into_iter()
    .chain(Hint::ALL.map(Hint::message_id))
    .chain(cert_flags::KNOWN.map(|(_, _, id)| id))
}

/// The Fluent message id of a catalogue name: `ERROR_WINHTTP_TIMEOUT` → `error-winhttp-timeout`.
pub fn message_id(name: &str) -> String {
    name.to_ascii_lowercase().replace('_', "-")
}

/// An empty bundle for `locale`.
fn new_bundle<R>(locale: Locale) -> FluentBundle<R> {
    bundle::empty(locale.langid())
}

/// The bundle of `locale`'s whole FTL as it stands, made on first use.
#[cfg(test)]
fn bundle(locale: Locale) -> &'static Bundle {
    data(locale).bundle(locale)
}

/// Formats message `id` (its attribute `attr`, if given) in `locale`, whose
/// data is `data` (one generation, loaded once by the caller), falling back to
/// en-US for that message or attribute alone, then to `None`.
///
/// The newest file that defines the message answers: an added file by its
/// entry alone (a first lookup parses ~200 bytes, not the whole file), or the
/// whole bundle when the entry does not format by itself (it references a term
/// or another message); a shipped locale by its compiled text, which build.rs
/// made from the same Fluent (the tests compare the two for every text).
///
/// Text of a right-to-left locale gets its marks here ([`bidi::paragraphs`]),
/// once per table entry: warm lookups pay nothing for them.
fn format(
    locale: Locale,
    data: &'static LocaleData,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let in_one = |l: Locale, data: &'static LocaleData| {
        for source in data.sources(l).iter().rev() {
            match source.text {
                Text::Shipped(shipped) if shipped::defines(shipped.index(), id) => {
                    let pattern = shipped::pattern(shipped.index(), id, attr)?;
                    return pattern.format(|name| string_arg(args, name));
                }
                Text::Added(text) => {
                    let Some(entry) = entry_source(text, id) else {
                        continue;
                    };
                    let pattern = pattern_source(entry, attr);
                    return format_alone(l, &pattern, id, attr, args)
                        .or_else(|| format_in(data.bundle(l), id, attr, args));
                }
                Text::Shipped(_) => {}
            }
        }
        None
    };
    // The marks follow the language the text is in: an en-US fallback in a
    // right-to-left locale gets none.
    let marked = |l: Locale, text: String| bidi::paragraphs(text, l.direction());
    in_one(locale, data)
        .map(|text| marked(locale, text))
        .or_else(|| {
            (locale != Locale::EN_US)
                .then(|| in_one(Locale::EN_US, self::data(Locale::EN_US)))
                .flatten()
                .map(|text| marked(Locale::EN_US, text))
        })
}

/// The value of variable `name` in `args`: every variable of ours is a string.
fn string_arg<'a>(args: Option<&'a FluentArgs>, name: &str) -> Option<&'a str> {
    // `FluentArgs::get` would want `name` to live as long as the arguments.
    match args?.iter().find(|(key, _)| *key == name)?.1 {
        FluentValue::String(value) => Some(value),
        _ => None,
    }
}

/// Formats message `id` (or its attribute `attr`) of `bundle`; `None` if it is
/// missing or did not resolve.
fn format_in<R: std::borrow::Borrow<FluentResource>>(
    bundle: &FluentBundle<R>,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    bundle::format(bundle, id, attr, args).ok()
}

/// Formats message `id` from `source`, the text of its entry alone.
fn format_alone(
    locale: Locale,
    source: &str,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let resource = FluentResource::try_new(source.to_owned()).ok()?;
    // Borrowing, as `Bundle` does: one instance of Fluent's resolver.
    let mut bundle: FluentBundle<&FluentResource> = new_bundle(locale);
    bundle.add_resource(&resource).ok()?;
    format_in(&bundle, id, attr, args)
}

/// The part of message entry `entry` that holds its value (`attr` None) or its
/// attribute `attr`, as an entry of its own: a first lookup parses a few
/// hundred bytes rather than the whole message with all its parts. Attribute
/// lines are the indented ones that start with `.`; nothing else in Fluent does.
fn pattern_source<'a>(entry: &'a str, attr: Option<&str>) -> Cow<'a, str> {
    let is_attribute = |line: &str| line.trim_start_matches(' ').starts_with('.');
    let mut lines = entry.split_inclusive('\n');
    let Some(attr) = attr else {
        let end: usize = lines.take_while(|l| !is_attribute(l)).map(str::len).sum();
        return Cow::Borrowed(&entry[..end]);
    };
    let head = lines.next().unwrap_or_default();
    let id = head.split('=').next().unwrap_or_default().trim_end();
    let mut out = format!("{id} =\n");
    let mut inside = false;
    for line in lines {
        if is_attribute(line) {
            let name = line.trim_start_matches(' ')[1..]
                .split('=')
                .next()
                .unwrap_or_default();
            inside = name.trim_end() == attr;
        }
        if inside {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

/// The text of entry `id` in FTL `source`: its `id =` line and the lines that
/// continue it, up to the next line that starts an entry or a comment (in
/// Fluent, only those begin with a letter, `-` or `#` in column 0; a pattern's
/// continuation lines, variants, attributes and closing braces do not).
///
/// `source` is bytes: a shipped block is checked for UTF-8 only where the entry
/// is (a whole 8 KiB block took ~14 µs of a process's first lookup).
fn entry_source<'a, S: AsRef<[u8]> + ?Sized>(source: &'a S, id: &str) -> Option<&'a str> {
    let source = source.as_ref();
    if id.is_empty() {
        return None;
    }
    let defines = |line: &[u8]| {
        line.strip_prefix(id.as_bytes()).is_some_and(|rest| {
            let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
            rest.first() == Some(&b'=')
        })
    };
    let mut lines = source.split_inclusive(|&b| b == b'\n');
    let mut start = 0;
    loop {
        let line = lines.next()?;
        if defines(line) {
            break;
        }
        start += line.len();
    }
    let mut end = start
        + source[start..]
            .split_inclusive(|&b| b == b'\n')
            .next()?
            .len();
    for line in source[end..].split_inclusive(|&b| b == b'\n') {
        let begins_entry = line
            .first()
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'-' || c == b'#');
        if begins_entry {
            break;
        }
        end += line.len();
    }
    std::str::from_utf8(&source[start..end]).ok()
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

/// Part `part` of `code`'s text in `locale`, static: formatted on first use,
/// then the same text at the same address on every call.
#[inline(always)]
pub(crate) fn part_text(code: ErrorCode, locale: Locale, part: Part) -> &'static NulText {
    // The warm path inline: one load for the generation, one for the entry.
    let data = data(locale);
    match data.parts[code.index()][part as usize].text.get() {
        Some(text) => text,
        None => part_in(code, locale, data, part),
    }
}

/// [`part_text`] as a C string: the same text at the same address.
#[inline(always)]
pub(crate) fn part_c(code: ErrorCode, locale: Locale, part: Part) -> *const c_char {
    let data = data(locale);
    // Acquire, paired with the Release below: the text's bytes, written before
    // its entry was published, are visible to whoever gets its address.
    let c = data.parts[code.index()][part as usize]
        .c
        .load(Ordering::Acquire);
    if c.is_null() {
        part_c_in(code, locale, data, part)
    } else {
        c
    }
}

/// [`part_c`]'s first lookup in generation `data`: the text, then its address
/// kept. Racing threads store the same address (the entry's winner).
#[cold]
#[inline(never)]
fn part_c_in(
    code: ErrorCode,
    locale: Locale,
    data: &'static LocaleData,
    part: Part,
) -> *const c_char {
    let entry = &data.parts[code.index()][part as usize];
    // Another thread may have formatted the text since the caller looked: part_in
    // then only reads it.
    let text = part_in(code, locale, data, part);
    entry.c.store(text.as_ptr().cast_mut(), Ordering::Release);
    text.as_ptr()
}

/// [`part_text`] in generation `data` of `locale`: the first lookup of the entry.
#[cold]
#[inline(never)]
fn part_in(
    code: ErrorCode,
    locale: Locale,
    data: &'static LocaleData,
    part: Part,
) -> &'static NulText {
    data.parts[code.index()][part as usize]
        .text
        .get_or_init(|| {
            let text = match part {
                Part::Hints => Some(
                    code.hint_kinds()
                        .iter()
                        .map(|&h| hint_in(h, locale, data).as_str())
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                _ => format(
                    locale,
                    data,
                    &message_id(code.name()),
                    part.attribute(),
                    None,
                ),
            };
            // Only a locale with neither the part nor an en-US fallback gets here
            // (an added file with a broken pattern): say what the code is.
            Box::new(NulText::new(text.unwrap_or_else(|| code.name().to_owned())))
        })
}

/// The description of `code` in `locale`, static.
#[inline]
pub(crate) fn message_text(code: ErrorCode, locale: Locale) -> &'static NulText {
    part_text(code, locale, Part::Description)
}

/// The sentence of hint `hint` in `locale`, static.
pub(crate) fn hint_text(hint: Hint, locale: Locale) -> &'static NulText {
    hint_in(hint, locale, data(locale))
}

fn hint_in(hint: Hint, locale: Locale, data: &'static LocaleData) -> &'static NulText {
    shared_text(&data.hints[hint as usize], locale, data, hint.message_id())
}

/// The line of the known certificate flag at `index` of [`cert_flags::KNOWN`], static.
pub(crate) fn cert_flag_text(index: usize, locale: Locale) -> &'static NulText {
    let data = data(locale);
    shared_text(
        &data.cert_flags[index],
        locale,
        data,
        cert_flags::KNOWN[index].2,
    )
}

/// Message `id` (no variables) of generation `data`, kept in `slot`: formatted on
/// first use; its id if no locale has it.
fn shared_text(
    slot: &'static Entry<NulText>,
    locale: Locale,
    data: &'static LocaleData,
    id: &str,
) -> &'static NulText {
    slot.get_or_init(|| {
        Box::new(NulText::new(
            format(locale, data, id, None, None).unwrap_or_else(|| id.to_owned()),
        ))
    })
}

/// The line for certificate flag bits this library does not know, in hex.
pub(crate) fn cert_flags_unknown(bits: u32, locale: Locale) -> String {
    let hex = format!("0x{bits:08X}");
    let mut args = FluentArgs::new();
    args.set("flags", bidi::value(&hex, locale.direction()));
    format(
        locale,
        data(locale),
        cert_flags::UNKNOWN_ID,
        None,
        Some(&args),
    )
    .unwrap_or(hex)
}

/// One user-facing line: description, name and number, static.
pub(crate) fn report_text(code: ErrorCode, locale: Locale) -> &'static NulText {
    let data = data(locale);
    data.reports[code.index()].get_or_init(|| {
        let mut args = FluentArgs::new();
        let description = part_in(code, locale, data, Part::Description).as_str();
        // Name and number unmarked: log tools find "(NAME, CODE)" in every
        // language, and a name followed by digits is one left-to-right run anyway.
        args.set("description", description);
        args.set("name", code.name());
        args.set("code", code.code().to_string());
        let line = format(locale, data, REPORT_LINE, None, Some(&args));
        Box::new(NulText::new(
            line.unwrap_or_else(|| format!("{description} ({code})")),
        ))
    })
}

/// `text` as UTF-16 with a trailing NUL. Our text has no interior NUL (see `NulText`).
fn to_wide(text: &str) -> Box<[u16]> {
    text.encode_utf16().chain([0]).collect()
}

/// [`ErrorCode::text`] as NUL-terminated UTF-16 (NUL included), e.g. for `MessageBoxW`
/// or `TaskDialog`: built on first use, then the same static slice on every call.
pub fn part_wide(code: ErrorCode, locale: Locale, part: Part) -> &'static [u16] {
    let data = data(locale);
    data.parts_wide[code.index()][part as usize]
        .get_or_init(|| Box::new(to_wide(part_in(code, locale, data, part).as_str())))
}

/// The description of `code` in `locale` as NUL-terminated UTF-16 (NUL included).
pub fn message_wide(code: ErrorCode, locale: Locale) -> &'static [u16] {
    part_wide(code, locale, Part::Description)
}

/// The symbolic name of `code` as NUL-terminated UTF-16, static (NUL included).
pub fn name_wide(code: ErrorCode) -> &'static [u16] {
    NAMES_WIDE[code.index()].get_or_init(|| to_wide(code.name()))
}

/// The line for a code the catalogue does not know, with the code as given.
pub(crate) fn unknown_report(code: u32, locale: Locale) -> String {
    // Numbers unmarked, as in the report line of a known code: "N (0xHHHHHHHH)"
    // keeps its order by itself (digits are left to right, the brackets take the
    // sentence's direction).
    let mut args = FluentArgs::new();
    args.set("code", code.to_string());
    args.set("hex", format!("0x{code:08X}"));
    format(locale, data(locale), UNKNOWN_ERROR, None, Some(&args))
        .unwrap_or_else(|| format!("Unknown WinHTTP error {code} (0x{code:08X})."))
}

/// The end-user summary of any `code` in `locale`, naming `host` when it is
/// given: a [`CleanHost`], which only the sanitizer makes; it goes into the
/// text between LRMs where the bidi rules say so (`bidi::host`).
pub fn summary(code: u32, locale: Locale, host: Option<&CleanHost>) -> Cow<'static, str> {
    let known = ErrorCode::new(code);
    let data = data(locale);
    if let (Some(known), None) = (known, host) {
        return Cow::Borrowed(part_in(known, locale, data, Part::Summary).as_str());
    }
    let direction = locale.direction();
    let mut args = FluentArgs::new();
    let attr = match host {
        Some(host) => {
            args.set("host", bidi::host(host.as_str(), direction));
            SUMMARY_HOST
        }
        None => "summary",
    };
    let id = match known {
        Some(known) => message_id(known.name()),
        None => {
            args.set(
                "code",
                bidi::value(&code.to_string(), direction).into_owned(),
            );
            args.set(
                "hex",
                bidi::value(&format!("0x{code:08X}"), direction).into_owned(),
            );
            UNKNOWN_CODE.to_owned()
        }
    };
    let text = format(locale, data, &id, Some(attr), Some(&args));
    Cow::Owned(text.unwrap_or_else(|| {
        match known {
            Some(known) => part_in(known, locale, data, Part::Summary)
                .as_str()
                .to_owned(),
            None => format!("WinHTTP error {code} (0x{code:08X})."),
        }
    }))
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

    /// Every (id, attribute) a locale may have, with the variables of each.
    fn every_text() -> Vec<(String, Option<&'static str>)> {
        let codes = ErrorCode::all().flat_map(|c| {
            let id = message_id(c.name());
            [None, Some("title"), Some("summary"), Some(SUMMARY_HOST)].map(|a| (id.clone(), a))
        });
        let others = [REPORT_LINE, UNKNOWN_ERROR, cert_flags::UNKNOWN_ID]
            .into_iter()
            .chain(Hint::ALL.map(Hint::message_id))
            .chain(cert_flags::KNOWN.map(|k| k.2))
            .map(|id| (id.to_owned(), None))
            .chain([Some("summary"), Some(SUMMARY_HOST)].map(|a| (UNKNOWN_CODE.into(), a)));
        codes.chain(others).collect()
    }

    fn test_args() -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for name in ["description", "name", "code", "hex", "host", "flags"] {
            args.set(name, format!("<{name}>"));
        }
        args
    }

    /// What build.rs compiled is what Fluent makes of the files in locales/:
    /// every text of every shipped locale, formatted both ways. And the file
    /// rebuilt from the compiled text (the checker's reference, the whole
    /// bundle) formats the same again.
    #[test]
    fn shipped_text_formats_as_fluent_formats_the_files() {
        let args = test_args();
        for locale in Locale::all() {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(locale.tag());
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|f| f.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            files.sort();
            let resources: Vec<FluentResource> = files
                .iter()
                .map(|f| FluentResource::try_new(std::fs::read_to_string(f).unwrap()).unwrap())
                .collect();
            let mut from_files: FluentBundle<&FluentResource> = new_bundle(locale);
            for r in &resources {
                from_files.add_resource_overriding(r);
            }
            let mut present = 0;
            for (id, attr) in every_text() {
                let want = format_in(&from_files, &id, attr, Some(&args));
                let compiled = shipped::pattern(locale.index(), &id, attr)
                    .and_then(|p| p.format(|n| string_arg(Some(&args), n)));
                assert_eq!(compiled, want, "{locale} {id} {attr:?}");
                let rebuilt = format_in(bundle(locale), &id, attr, Some(&args));
                assert_eq!(rebuilt, want, "{locale} {id} {attr:?}: the rebuilt file");
                present += usize::from(want.is_some());
            }
            assert!(present > 0, "{locale}");
        }
    }

    /// Added files format a message from its entry alone; the shipped files,
    /// rebuilt, are the test bed: the same text as the whole bundle.
    #[test]
    fn an_entry_alone_formats_as_in_the_whole_bundle() {
        let args = test_args();
        for locale in Locale::all() {
            let ftl = sources(locale)[0].text();
            for (id, attr) in every_text() {
                let Some(entry) = entry_source(ftl, &id) else {
                    continue;
                };
                let alone =
                    format_alone(locale, &pattern_source(entry, attr), &id, attr, Some(&args));
                let whole = format_in(bundle(locale), &id, attr, Some(&args));
                assert_eq!(alone, whole, "{id} {attr:?}");
            }
        }
    }

    #[test]
    fn a_pattern_is_cut_from_its_entry_alone() {
        let entry = "m = first\n    second\n    .title = T\n    .summary = S\n        more\n    .summary-host = H { $host }\n";
        assert_eq!(pattern_source(entry, None), "m = first\n    second\n");
        assert_eq!(
            pattern_source(entry, Some("title")),
            "m =\n    .title = T\n"
        );
        assert_eq!(
            pattern_source(entry, Some("summary")),
            "m =\n    .summary = S\n        more\n"
        );
        assert_eq!(
            pattern_source(entry, Some("summary-host")),
            "m =\n    .summary-host = H { $host }\n"
        );
        assert_eq!(pattern_source(entry, Some("none")), "m =\n");
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
        let alone = |src: &str| format_alone(fr, src, "m", None, None);
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
                let parts = Part::ALL.map(|p| part_text(code, locale, p));
                for text in parts.into_iter().chain([report_text(code, locale)]) {
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
