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

use crate::bidi::{self, Direction};
use crate::locale::Locale;

mod chains;
mod depth;
mod files;
mod findings;
mod patterns;
mod position;
mod reference;

use findings::*;
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

/// A message as the files define it: where, and the AST.
struct Defined<'s> {
    file: usize,
    message: &'s ast::Message<&'s str>,
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
    // The text each file's offsets point into.
    let mut texts: Vec<&str> = vec![""; files.len()];
    let mut out = Checked::default();
    // Index into `files` of each of `out.sources`.
    let mut source_files = Vec::new();

    for (i, file) in files.iter().enumerate() {
        if file.bytes.len() > MAX_FTL_BYTES {
            findings.at(
                i,
                0,
                Kind::TooLarge,
                format!(
                    "the file has {} bytes; at most {MAX_FTL_BYTES} are accepted",
                    file.bytes.len()
                ),
            );
            continue;
        }
        match std::str::from_utf8(file.bytes) {
            Ok(text) => {
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                texts[i] = text;
                // Refused before the parser sees it: its recursion has no limit.
                if let Some(at) = depth::too_deep(text) {
                    findings.at(
                        i,
                        at,
                        Kind::Syntax,
                        format!(
                            "placeables or calls nested more than {MAX_DEPTH} deep; \
                             translations need one or two levels (this file is ignored)"
                        ),
                    );
                    continue;
                }
                out.sources.push(text);
                source_files.push(i);
            }
            Err(e) => {
                let valid = std::str::from_utf8(&file.bytes[..e.valid_up_to()]).unwrap_or("");
                texts[i] = valid;
                findings.at(
                    i,
                    valid.len(),
                    Kind::NotUtf8,
                    "the file is not UTF-8 here; save it as UTF-8".to_owned(),
                );
            }
        }
    }

    // Parse each file once, with fluent's own FluentResource (the parser the
    // library runs; its AST borrows the resource's copy of the text, so
    // positions are taken in that copy). Collect messages and terms, reporting
    // syntax errors and duplicates.
    let mut unit_resources = Vec::with_capacity(out.sources.len());
    let mut syntax_errors = Vec::new();
    for &text in &out.sources {
        let (resource, errors) = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        unit_resources.push(resource);
        syntax_errors.push(errors);
    }
    let mut messages: BTreeMap<&str, Defined> = BTreeMap::new();
    let mut terms: BTreeSet<&str> = BTreeSet::new();
    for ((resource, errors), &file) in unit_resources.iter().zip(&syntax_errors).zip(&source_files)
    {
        let text = resource.source();
        texts[file] = text;
        for e in errors {
            let message = format!("{} (this entry is ignored)", e.kind);
            let at = syntax_error_at(text, e.pos.start);
            let (at, message) = bad_variable_name(text, at).unwrap_or((at, message));
            findings.at(file, at, Kind::Syntax, message);
        }
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    if messages.contains_key(id) {
                        let at = offset_of(text, id);
                        findings.at(
                            file,
                            at,
                            Kind::Duplicate,
                            format!("\"{id}\" is defined twice"),
                        );
                    } else {
                        messages.insert(id, Defined { file, message });
                    }
                }
                ast::Entry::Term(term) => {
                    let id = term.id.name;
                    if !terms.insert(id) {
                        let at = offset_of(text, id);
                        findings.at(
                            file,
                            at,
                            Kind::Duplicate,
                            format!("term \"-{id}\" is defined twice"),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    let text_of = |file: usize| {
        unit_resources[source_files.iter().position(|&f| f == file).unwrap()].source()
    };

    let deep: BTreeSet<&str> = chains::too_deep(unit_resources.iter().flat_map(|r| r.entries()))
        .into_iter()
        .filter_map(|(term, id)| (!term).then_some(id))
        .collect();
    let reference = &*REFERENCE;
    let langid: LanguageIdentifier = tag.and_then(|t| t.parse().ok()).unwrap_or_else(en_us);
    let bundle = new_bundle(&langid, &unit_resources);
    let is_reference = langid == en_us();
    let direction = tag.map_or(Direction::Ltr, bidi::direction_of_tag);
    let samples = sample_args(Direction::Ltr);
    // The values as a right-to-left locale's sentences get them, for the lengths.
    let shown_samples = direction.is_rtl().then(|| sample_args(direction));

    for (&id, defined) in &messages {
        let text = text_of(defined.file);
        let file = defined.file;
        let m = &defined.message;
        // Not formatted: the resolver would recurse as deep.
        if deep.contains(id) {
            findings.at(
                file,
                offset_of(text, id),
                Kind::BadReference,
                format!(
                    "\"{id}\" nests placeables more than {MAX_DEPTH} deep, counting those of the \
                     messages and terms it refers to; translations need one or two levels"
                ),
            );
            continue;
        }
        let Some(expected) = reference.messages.get(id) else {
            let hint = if findings.room(file) {
                suggest(id, reference.messages.keys().map(String::as_str))
            } else {
                String::new()
            };
            findings.at(
                file,
                offset_of(text, id),
                Kind::UnknownMessage,
                format!("en-US has no message \"{id}\"; it would never be shown{hint}"),
            );
            continue;
        };
        // (attribute name or None for the value, the pattern, the id's slice)
        let mut parts: Vec<(Option<&str>, &ast::Pattern<&str>, &str)> = Vec::new();
        match (&m.value, &expected.value) {
            (Some(p), Some(_)) => parts.push((None, p, id)),
            (Some(_), None) => findings.at(file, offset_of(text, id),
                Kind::UnknownAttribute,
                format!("en-US's \"{id}\" has attributes only, no value; this value would never be shown"),
            ),
            (None, Some(_)) => {
                out.missing += 1;
                findings.at(file, offset_of(text, id),
                    Kind::MissingAttribute,
                    format!("\"{id}\" has no value; en-US's is shown instead"),
                );
            }
            (None, None) => {}
        }
        let mut seen = BTreeSet::new();
        for attribute in &m.attributes {
            let name = attribute.id.name;
            let at = offset_of(text, name);
            if !seen.insert(name) {
                findings.at(
                    file,
                    at,
                    Kind::Duplicate,
                    format!("\"{id}.{name}\" is defined twice"),
                );
            } else if expected.attributes.contains_key(name) {
                parts.push((Some(name), &attribute.value, name));
            } else {
                let hint = if findings.room(file) {
                    suggest(name, expected.attributes.keys().map(String::as_str))
                } else {
                    String::new()
                };
                findings.at(file, at,
                    Kind::UnknownAttribute,
                    format!("en-US's \"{id}\" has no attribute \".{name}\"; it would never be shown{hint}"),
                );
            }
        }
        let lacking: Vec<String> = expected
            .attributes
            .keys()
            .filter(|name| !seen.contains(name.as_str()))
            .map(|name| format!(".{name}"))
            .collect();
        if !lacking.is_empty() {
            out.missing += lacking.len();
            let (list, shown) = match lacking.len() {
                1 => (lacking[0].clone(), "en-US's is"),
                _ => (lacking.join(", "), "en-US's are"),
            };
            findings.at(
                file,
                offset_of(text, id),
                Kind::MissingAttribute,
                format!("\"{id}\" has no {list}; {shown} shown instead"),
            );
        }

        for (attr, pattern, at) in parts {
            out.translated += 1;
            let expected = match attr {
                None => expected.value.as_ref(),
                Some(a) => expected.attributes.get(a),
            }
            .expect("only parts en-US has");
            let part = attr.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"));
            let at = offset_of(text, at);
            let errors_before = findings.len();
            let context = (&messages, &terms);
            check_pattern(
                &mut findings,
                file,
                text,
                &part,
                at,
                pattern,
                expected,
                context,
            );
            if findings.len() > errors_before {
                continue; // the formatted text would not be meaningful
            }
            let formatted = match format_part(&bundle, id, attr, &samples) {
                Ok(t) => t,
                Err(e) => {
                    findings.at(
                        file,
                        at,
                        Kind::BadReference,
                        format!("\"{part}\" does not format: {e}"),
                    );
                    continue;
                }
            };
            if formatted.trim().is_empty() {
                findings.at(file, at, Kind::BadText, format!("\"{part}\" is empty"));
            } else if let Some(c) = formatted.chars().find(|c| c.is_control()) {
                findings.at(file, at,
                    Kind::BadText,
                    format!(
                        "\"{part}\" holds the control character U+{:04X}; each text is one line: write it on one line of the file",
                        u32::from(c)
                    ),
                );
            }
            if let Some(limit) = limit_of(id, attr) {
                // The text as handed out: with its marks in a right-to-left locale.
                let shown = shown_samples.as_ref().map(|args| {
                    let text = format_part(&bundle, id, attr, args).unwrap_or_default();
                    bidi::paragraphs(text, direction)
                });
                let length = shown.as_ref().unwrap_or(&formatted).chars().count();
                if length > limit {
                    let host = if expected.variables.contains("host") {
                        " with $host = example.com"
                    } else {
                        ""
                    };
                    let marks = if shown.is_some() {
                        ", counting the right-to-left marks the library adds"
                    } else {
                        ""
                    };
                    findings.at(
                        file,
                        at,
                        Kind::TooLong,
                        format!(
                            "\"{part}\" is {length} characters long{host}{marks}; the limit is {limit}"
                        ),
                    );
                }
            }
            if !is_reference && expected.has_words && formatted == expected.text {
                findings.at(
                    file,
                    at,
                    Kind::Untranslated,
                    format!("\"{part}\" is the same as in en-US; is it translated?"),
                );
            }
        }
    }

    for (id, expected) in &reference.messages {
        if !messages.contains_key(id.as_str()) {
            out.missing += usize::from(expected.value.is_some()) + expected.attributes.len();
            findings.whole(
                whole,
                Kind::MissingMessage,
                format!("no message \"{id}\"; en-US's is shown instead"),
            );
        }
    }

    out.findings = findings.finish(&texts);
    out.partial = texts
        .iter()
        .any(|t| t.lines().any(|l| l.starts_with(PARTIAL_MARK)));
    if out.partial {
        out.findings
            .retain(|f| !matches!(f.kind, Kind::MissingMessage | Kind::MissingAttribute));
    }
    out
}

/// Static checks of one pattern: its variables against en-US's, its references.
#[allow(clippy::too_many_arguments)] // one call site; a struct would only rename them
fn check_pattern(
    findings: &mut Findings,
    file: usize,
    text: &str,
    part: &str,
    at: usize,
    pattern: &ast::Pattern<&str>,
    expected: &RefPart,
    (messages, terms): (&BTreeMap<&str, Defined>, &BTreeSet<&str>),
) {
    let mut used = BTreeSet::new();
    let mut problems: Vec<(usize, Kind, String)> = Vec::new();
    walk(pattern, &mut |e| match e {
        ast::InlineExpression::VariableReference { id } => {
            used.insert(id.name);
            if !expected.variables.contains(id.name) {
                let known: Vec<String> =
                    expected.variables.iter().map(|v| format!("${v}")).collect();
                let known = if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                };
                problems.push((
                    offset_of(text, id.name),
                    Kind::UnknownVariable,
                    format!(
                        "\"{part}\" uses ${}, which en-US's does not (it has: {known})",
                        id.name
                    ),
                ));
            }
        }
        ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. } => {
            let (what, defined) = match e {
                ast::InlineExpression::MessageReference { .. } => (
                    format!("message \"{}\"", id.name),
                    messages.contains_key(id.name),
                ),
                _ => (format!("term \"-{}\"", id.name), terms.contains(id.name)),
            };
            if !defined {
                problems.push((
                    offset_of(text, id.name),
                    Kind::BadReference,
                    format!("\"{part}\" refers to {what}, which these files do not define"),
                ));
            }
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            problems.push((
                offset_of(text, id.name),
                Kind::BadReference,
                format!(
                    "\"{part}\" calls {}(), and no function is available",
                    id.name
                ),
            ));
        }
        _ => {}
    });
    for missing in expected
        .variables
        .iter()
        .filter(|v| !used.contains(v.as_str()))
    {
        problems.push((
            at,
            Kind::MissingVariable,
            format!("\"{part}\" does not use ${missing}, which en-US's does"),
        ));
    }
    for (offset, kind, message) in problems {
        findings.at(file, offset, kind, message);
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
