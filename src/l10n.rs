//! Localized text: the embedded Fluent bundles and the per-locale string tables
//! built from them.
//!
//! A locale's FTL is parsed on its first use only, and each message is formatted
//! once, then kept for the life of the process: every later lookup is a load
//! from a table, and the same (code, locale) always yields the same pointer.
//! Strings are stored as [`NulText`]: UTF-8 with a trailing NUL, so that both the
//! Rust API (`&str`) and the C ABI (`const char *`) get them in O(1).
//! A message missing from a locale falls back to en-US.

use std::borrow::Cow;
use std::ffi::c_char;
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
    messages: [OnceLock<NulText>; ENTRIES.len()],
    reports: [OnceLock<NulText>; ENTRIES.len()],
}

static DATA: [LocaleData; locale::COUNT] = [const {
    LocaleData {
        bundle: OnceLock::new(),
        messages: [const { OnceLock::new() }; ENTRIES.len()],
        reports: [const { OnceLock::new() }; ENTRIES.len()],
    }
}; locale::COUNT];

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
    DATA[locale.index()].messages[code.index()].get_or_init(|| {
        let text = format(locale, &message_id(code.name()), None);
        NulText::new(text.unwrap_or_else(|| code.name().to_owned()))
    })
}

/// One user-facing line: description, name and number, static.
pub(crate) fn report_text(code: ErrorCode, locale: Locale) -> &'static NulText {
    DATA[locale.index()].reports[code.index()].get_or_init(|| {
        let mut args = FluentArgs::new();
        let description = message_text(code, locale).as_str();
        args.set("description", description);
        args.set("name", code.name());
        args.set("code", code.code().to_string());
        let line = format(locale, REPORT_LINE, Some(&args));
        NulText::new(line.unwrap_or_else(|| format!("{description} ({code})")))
    })
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
        Some(known) => Cow::Borrowed(report_text(known, locale).as_str()),
        None => Cow::Owned(unknown_report(code, locale)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                assert!(std::ptr::eq(message_text(code, locale), message_text(code, locale)));
            }
        }
    }
}
