//! Validation of a locale's FTL files against the shipped en-US: the one check
//! behind both `winhttp-err check-locale` and `winhttp_err_add_locale`.
//!
//! Everything it knows about the expected messages comes from the embedded en-US
//! FTL: the message ids, whether each has a value, its attributes, and the
//! variables each pattern uses. Adding a message to en-US
//! teaches the checker about it; nothing here lists ids. The only fixed data are
//! the length limits, by attribute name ([`LIMITS`]) and, for the messages whose
//! value is end-user text (hints, certificate lines), by id prefix ([`VALUE_LIMITS`]).
//!
//! What is an error (the file is refused by `winhttp_err_add_locale`):
//! not UTF-8, over [`MAX_FTL_BYTES`], a syntax error, a message or attribute
//! defined twice, an id or attribute en-US does not have (it would never be
//! shown), a variable en-US's pattern does not use (it would show `{$hôte}`) or
//! one it uses that the translation drops (the server's name would vanish), a
//! reference to a message or term the files do not define, a function call, a
//! text that is empty or holds a control character (a line break would break the
//! one-line texts and the hint list), a part over its length limit.
//!
//! What is a warning (the file is accepted): a message, value or attribute
//! missing compared with en-US (en-US is shown for that part alone), and a text
//! identical to en-US's (probably untranslated; names like "Proxy" may be the same).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::bundle;
use crate::bidi::{self, Direction};
use crate::locale::Locale;

mod chains;
mod depth;
mod entries;
mod files;
mod findings;
mod messages;
mod patterns;
mod position;
mod reference;

use entries::*;
use findings::*;
use messages::*;
use patterns::*;
use position::*;
use reference::*;

pub use files::{read_locale_dir, read_path, tag_of, LocaleFiles};
pub use findings::{Finding, Kind, Severity, MAX_ERRORS};

pub use depth::MAX_DEPTH;

/// Largest FTL file (or `winhttp_err_add_locale` buffer) accepted, in bytes:
/// 1 MiB, some 25 times the size of a complete locale.
pub const MAX_FTL_BYTES: usize = 1 << 20;

/// Length limits, in characters (not bytes), by attribute name. The text is
/// measured as the library hands it out: formatted with `$host` = `example.com`
/// (and the other samples: `$flags` is as long as any flag's hexadecimal), and
/// in a right-to-left locale with the marks it adds (an RLM first, LRMs around
/// each value), as the tests of the shipped locales count it.
pub const LIMITS: [(&str, usize); 3] = [("title", 60), ("summary", 200), ("summary-host", 200)];

/// Length limits of the messages whose value is end-user text, by id prefix:
/// the hints listed under a summary and the certificate lines. Measured as
/// [`LIMITS`] are.
pub const VALUE_LIMITS: [(&str, usize); 2] = [("hint-", 100), ("cert-flag-", 120)];

/// The limit of message `id`'s value (`attr` None) or attribute, if it has one.
fn limit_of(id: &str, attr: Option<&str>) -> Option<usize> {
    match attr {
        Some(a) => LIMITS.iter().find(|(name, _)| *name == a),
        None => VALUE_LIMITS
            .iter()
            .find(|(prefix, _)| id.starts_with(prefix)),
    }
    .map(|&(_, limit)| limit)
}

/// The values variables take when a pattern is formatted for the checks, by name.
/// Other names get `x` (they are errors anyway: en-US uses none of them).
const SAMPLES: [(&str, &str); 7] = [
    ("host", "example.com"),
    ("code", "12345"),
    ("hex", "0x00003039"),
    ("flags", "0x00000100"),
    ("description", "The request timed out."),
    ("name", "ERROR_WINHTTP_TIMEOUT"),
    ("count", "3"),
];

/// One FTL file to check: its name for the findings and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct FtlFile<'a> {
    /// Shown in findings: a path, or a name such as `<memory>`.
    pub name: &'a str,
    /// The file's contents, not yet known to be UTF-8.
    pub bytes: &'a [u8],
}

/// The outcome of [`check`].
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Checked<'a> {
    /// Every finding, errors and warnings, in file order then position order;
    /// findings without a position come last.
    pub findings: Vec<Finding>,
    /// The files' text (UTF-8, a leading byte-order mark removed), one per file
    /// that was UTF-8 and small enough.
    pub sources: Vec<&'a str>,
    /// Parts (values and attributes) en-US has that the files translate.
    pub translated: usize,
    /// Parts en-US has that the files lack: they fall back to en-US.
    pub missing: usize,
    /// The files say they hold only the texts that differ from en-US (a line
    /// `### Partial locale: …` in a file's header, as en-GB's): what they lack
    /// is intended, counted in `missing` but not reported.
    pub partial: bool,
}

/// How a file says it is a partial locale: a resource comment that starts so.
pub const PARTIAL_MARK: &str = "### Partial locale:";

impl Checked<'_> {
    /// The number of errors.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity() == Severity::Error)
            .count()
    }

    /// The number of warnings.
    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    /// The first error, if any.
    pub fn first_error(&self) -> Option<&Finding> {
        self.findings
            .iter()
            .find(|f| f.severity() == Severity::Error)
    }

    /// No error: the files may be loaded.
    pub fn is_ok(&self) -> bool {
        self.first_error().is_none()
    }
}

/// Checks the FTL `files` of one locale (`tag`, e.g. `sv-SE`; `None` when not
/// known) against the shipped en-US, and returns every finding. The files
/// together make the locale: a message may be in any of them, once.
///
/// `whole` names the files as a whole (a folder), for findings without a
/// position such as a missing message. A text identical to en-US's is only
/// reported when `tag` is not en-US itself.
pub fn check<'a>(tag: Option<&str>, whole: &str, files: &[FtlFile<'a>]) -> Checked<'a> {
    let names: Vec<&str> = files.iter().map(|f| f.name).collect();
    let mut findings = Findings::new(&names);
    let (texts, admitted) = admit(files, &mut findings);
    let parsed = parse(&texts, &admitted, &mut findings);
    let entries = Entries::collect(&parsed, &mut findings);

    let mut checker = Checker::new(tag, &parsed, &entries, findings);
    for (&id, defined) in &entries.messages {
        checker.message(id, defined);
    }
    checker.missing_messages(whole);

    let partial = texts
        .iter()
        .any(|t| t.lines().any(|l| l.starts_with(PARTIAL_MARK)));
    let (findings, translated, missing) = checker.finish();
    let mut findings = findings.finish(&texts);
    if partial {
        findings.retain(|f| !matches!(f.kind, Kind::MissingMessage | Kind::MissingAttribute));
    }
    Checked {
        findings,
        sources: admitted.iter().map(|&file| texts[file]).collect(),
        translated,
        missing,
        partial,
    }
}

#[cfg(test)]
mod tests {
    use super::position::line_column;
    use super::*;

    #[test]
    fn syntax_errors_are_moved_to_the_line_at_fault() {
        // Reported at the next entry: shown at the end of the open brace's line.
        let open = "a = { $x\nb = c\n";
        assert_eq!(line_column(open, syntax_error_at(open, 9)), (1, 9));
        let crlf = "a = { $x\r\nb = c\r\n";
        assert_eq!(line_column(crlf, syntax_error_at(crlf, 10)), (1, 9));
        // Reported at an indented line: shown at its first character.
        let attr = "a = b\n    .t = { $hé }\n";
        assert_eq!(line_column(attr, syntax_error_at(attr, 6)), (2, 5));
        // Elsewhere: where the parser said.
        assert_eq!(syntax_error_at(attr, 2), 2);
        assert_eq!(
            bad_variable_name(attr, 10).map(|(at, _)| line_column(attr, at)),
            Some((2, 12))
        );
    }

    #[test]
    fn suggestions_are_close_names_only() {
        let known = ["title", "summary", "summary-host"];
        assert_eq!(
            suggest("titel", known.into_iter()),
            "; did you mean \"title\"?"
        );
        assert_eq!(
            suggest("summary-hots", known.into_iter()),
            "; did you mean \"summary-host\"?"
        );
        assert_eq!(suggest("description", known.into_iter()), "");
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
