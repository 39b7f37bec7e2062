//! Localized text: the embedded Fluent bundles and the per-locale string tables
//! built from them.
//!
//! A locale's FTL is parsed on its first use only, and each message is formatted
//! once, then kept for the life of the process: every later lookup is a load
//! from a table, and the same (code, locale) always yields the same pointer.
//! Strings are stored with a trailing NUL so the C ABI can hand them out as is.
//! A message missing from a locale falls back to en-US. The UTF-16 twins of the
//! tables (for Win32's wide APIs and the `_w` C functions) are built the same way,
//! from the UTF-8 text, on first use of each entry.

use std::borrow::Cow;
use std::ffi::CStr;
use std::sync::OnceLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};

use crate::catalog::{ErrorCode, ENTRIES};
use crate::locale::{self, Locale};

/// Message ids outside the catalogue.
pub(crate) const REPORT_LINE: &str = "report-line";
pub(crate) const UNKNOWN_ERROR: &str = "unknown-error";

struct LocaleData {
    bundle: OnceLock<FluentBundle<FluentResource>>,
    messages: [OnceLock<Box<CStr>>; ENTRIES.len()],
    reports: [OnceLock<Box<CStr>>; ENTRIES.len()],
    /// `messages` as NUL-terminated UTF-16.
    messages_wide: [OnceLock<Box<[u16]>>; ENTRIES.len()],
}

static DATA: [LocaleData; locale::COUNT] = [const {
    LocaleData {
        bundle: OnceLock::new(),
        messages: [const { OnceLock::new() }; ENTRIES.len()],
        reports: [const { OnceLock::new() }; ENTRIES.len()],
        messages_wide: [const { OnceLock::new() }; ENTRIES.len()],
    }
}; locale::COUNT];

/// The catalogue names as NUL-terminated UTF-16; names do not depend on the locale.
static NAMES_WIDE: [OnceLock<Box<[u16]>>; ENTRIES.len()] =
    [const { OnceLock::new() }; ENTRIES.len()];

/// The Fluent message id of a catalogue name: `ERROR_WINHTTP_TIMEOUT` → `error-winhttp-timeout`.
pub fn message_id(name: &str) -> String {
    name.to_ascii_lowercase().replace('_', "-")
}

/// The bundle of `locale`, parsed on first use. Isolation marks are off: the
/// text goes to C strings, terminals and dialogs, where U+2068/U+2069 show as junk.
pub(crate) fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    DATA[locale.index()].bundle.get_or_init(|| {
        let langid = locale.tag().parse().expect("shipped tags are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for source in locale.sources() {
            // Syntax errors are caught by the test suite; at run time keep what parsed.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
        }
        bundle
    })
}

/// Formats message `id` in `locale`, falling back to en-US, then to `None`.
fn format(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    [locale, Locale::EN_US].into_iter().find_map(|l| {
        let bundle = bundle(l);
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    })
}

fn to_cstr(text: String) -> Box<CStr> {
    // Interior NULs cannot come from our FTL files (tests check); cut there if they did.
    let mut bytes = text.into_bytes();
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        bytes.truncate(nul);
    }
    std::ffi::CString::new(bytes)
        .expect("no interior NUL")
        .into_boxed_c_str()
}

/// The description of `code` in `locale`, NUL-terminated, static.
pub(crate) fn message_cstr(code: ErrorCode, locale: Locale) -> &'static CStr {
    DATA[locale.index()].messages[code.index()].get_or_init(|| {
        let text = format(locale, &message_id(code.name()), None);
        to_cstr(text.unwrap_or_else(|| code.name().to_owned()))
    })
}

/// One user-facing line: description, name and number, NUL-terminated, static.
pub(crate) fn report_cstr(code: ErrorCode, locale: Locale) -> &'static CStr {
    DATA[locale.index()].reports[code.index()].get_or_init(|| {
        let mut args = FluentArgs::new();
        args.set("description", as_str(message_cstr(code, locale)));
        args.set("name", code.name());
        args.set("code", code.code().to_string());
        let line = format(locale, REPORT_LINE, Some(&args));
        to_cstr(line.unwrap_or_else(|| format!("{} ({code})", as_str(message_cstr(code, locale)))))
    })
}

/// `text` as UTF-16 with a trailing NUL. Our text has no interior NUL (see [`to_cstr`]).
fn to_wide(text: &str) -> Box<[u16]> {
    text.encode_utf16().chain([0]).collect()
}

/// The description of `code` in `locale` as NUL-terminated UTF-16, e.g. for
/// `MessageBoxW`: the same text as [`ErrorCode::message`], built on first use,
/// then the same static slice (NUL included) on every call.
pub fn message_wide(code: ErrorCode, locale: Locale) -> &'static [u16] {
    DATA[locale.index()].messages_wide[code.index()]
        .get_or_init(|| to_wide(as_str(message_cstr(code, locale))))
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
    format(locale, UNKNOWN_ERROR, Some(&args))
        .unwrap_or_else(|| format!("Unknown WinHTTP error {code} (0x{code:08X})."))
}

/// A report line for any code, known or not.
pub fn report(code: u32, locale: Locale) -> Cow<'static, str> {
    match ErrorCode::new(code) {
        Some(known) => Cow::Borrowed(as_str(report_cstr(known, locale))),
        None => Cow::Owned(unknown_report(code, locale)),
    }
}

/// Our tables hold only text that came from `String`s: always UTF-8.
pub(crate) fn as_str(text: &'static CStr) -> &'static str {
    text.to_str().expect("tables hold UTF-8")
}
