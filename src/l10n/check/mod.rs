//! Validation of a locale's FTL files against the shipped en-US: the one check
//! behind both `winhttp-err check-locale` and `winhttp_err_add_locale`.
//!
//! Everything it knows about the expected messages comes from the embedded en-US
//! FTL: the message ids, whether each has a value, its attributes, and the
//! variables each pattern uses. Adding a message to en-US
//! teaches the checker about it; nothing here lists ids. The only fixed data are
//! the length limits, by attribute name ([`LIMITS`]).
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

use crate::locale::Locale;

mod chains;
mod depth;
mod position;

pub use depth::MAX_DEPTH;

/// Largest FTL file (or `winhttp_err_add_locale` buffer) accepted, in bytes:
/// 1 MiB, some 25 times the size of a complete locale.
pub const MAX_FTL_BYTES: usize = 1 << 20;

/// Length limits, in characters (not bytes), by attribute name; the text is
/// measured as formatted, with `$host` = `example.com`.
pub const LIMITS: [(&str, usize); 3] = [("title", 60), ("summary", 200), ("summary-host", 200)];

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

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The files are refused.
    Error,
    /// The files are accepted; something probably needs a translator's look.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a finding is about. Each kind has one severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A file or folder could not be read.
    Io,
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The file is larger than [`MAX_FTL_BYTES`].
    TooLarge,
    /// A Fluent syntax error; the entry around it is ignored.
    Syntax,
    /// A message, term or attribute defined twice.
    Duplicate,
    /// A message id en-US does not have.
    UnknownMessage,
    /// An attribute (or a value) en-US's message does not have.
    UnknownAttribute,
    /// A variable en-US's pattern does not use.
    UnknownVariable,
    /// A variable en-US's pattern uses and the translation does not.
    MissingVariable,
    /// A reference to a message or term the files do not define, a function
    /// call, or a pattern that does not format (a cycle).
    BadReference,
    /// A text that is empty or holds a control character.
    BadText,
    /// A part longer than its limit ([`LIMITS`]).
    TooLong,
    /// A message en-US has and the files do not (en-US is shown instead).
    MissingMessage,
    /// A value or attribute en-US's message has and the translation does not.
    MissingAttribute,
    /// A text identical to en-US's.
    Untranslated,
    /// More errors in a file than [`MAX_ERRORS`]: those past it are counted, not listed.
    TooManyErrors,
}

impl Kind {
    /// The severity of every finding of this kind.
    pub const fn severity(self) -> Severity {
        match self {
            Self::MissingMessage | Self::MissingAttribute | Self::Untranslated => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// A stable, lower-case name for tools: `"unknown-variable"`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Io => "io",
            Self::NotUtf8 => "not-utf8",
            Self::TooLarge => "too-large",
            Self::Syntax => "syntax",
            Self::Duplicate => "duplicate",
            Self::UnknownMessage => "unknown-message",
            Self::UnknownAttribute => "unknown-attribute",
            Self::UnknownVariable => "unknown-variable",
            Self::MissingVariable => "missing-variable",
            Self::BadReference => "bad-reference",
            Self::BadText => "bad-text",
            Self::TooLong => "too-long",
            Self::MissingMessage => "missing-message",
            Self::MissingAttribute => "missing-attribute",
            Self::Untranslated => "untranslated",
            Self::TooManyErrors => "too-many-errors",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// The file's name as given to [`check`] (a path for the checker).
    pub file: String,
    /// 1-based line; 0 when the finding is about the files as a whole (a missing message).
    pub line: usize,
    /// 1-based column, in characters; 0 with `line`.
    pub column: usize,
    /// What it is.
    pub kind: Kind,
    /// One line of English for the translator.
    pub message: String,
}

impl Finding {
    /// The finding's severity (that of its kind).
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// `file:line:column: error: message [kind]`, as compilers print it.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        } else {
            write!(f, "{}: ", self.file)?;
        }
        write!(f, "{}: {} [{}]", self.severity(), self.message, self.kind)
    }
}

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

/// One part (value or attribute) of an en-US message.
#[derive(Debug)]
struct RefPart {
    /// Variables the pattern uses.
    variables: BTreeSet<String>,
    /// The pattern formatted with [`SAMPLES`].
    text: String,
    /// Whether the pattern has words of its own (letters outside placeables);
    /// `{ $description } ({ $name }, { $code })` has none and may stay identical.
    has_words: bool,
}

#[derive(Debug, Default)]
struct RefMessage {
    value: Option<RefPart>,
    attributes: BTreeMap<String, RefPart>,
}

/// What en-US defines: the measure of every other locale.
#[derive(Debug)]
struct Reference {
    messages: BTreeMap<String, RefMessage>,
}

/// The shipped en-US, parsed once.
static REFERENCE: LazyLock<Reference> =
    LazyLock::new(|| Reference::new(&[crate::shipped::ftl(Locale::EN_US.index())]));

impl Reference {
    fn new(sources: &[&str]) -> Self {
        let resources = resources(sources);
        let bundle = new_bundle(&en_us(), &resources);
        let mut messages = BTreeMap::new();
        for resource in &resources {
            for entry in resource.entries() {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let part = |attr: Option<&str>, pattern: &ast::Pattern<&str>| RefPart {
                    variables: variables(pattern),
                    text: format_part(&bundle, m.id.name, attr).unwrap_or_default(),
                    has_words: has_words(pattern),
                };
                let message = RefMessage {
                    value: m.value.as_ref().map(|p| part(None, p)),
                    attributes: m
                        .attributes
                        .iter()
                        .map(|a| (a.id.name.to_owned(), part(Some(a.id.name), &a.value)))
                        .collect(),
                };
                messages.insert(m.id.name.to_owned(), message);
            }
        }
        Reference { messages }
    }
}

fn en_us() -> LanguageIdentifier {
    Locale::EN_US.tag().parse().expect("a valid tag")
}

/// `sources` parsed, keeping what parsed.
fn resources(sources: &[&str]) -> Vec<FluentResource> {
    sources
        .iter()
        .map(|s| FluentResource::try_new((*s).to_owned()).unwrap_or_else(|(r, _)| r))
        .collect()
}

/// A bundle of `resources`, as the library builds them (no isolation marks).
/// The same bundle type as the library's own (concurrent, borrowing its
/// resources), so that Fluent's resolver is compiled once, not once per type.
fn new_bundle<'r>(
    langid: &LanguageIdentifier,
    resources: &'r [FluentResource],
) -> FluentBundle<&'r FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    for resource in resources {
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Formats a message's value (`attr` None) or attribute with [`SAMPLES`];
/// `Err` with the first formatting error.
fn format_part(
    bundle: &FluentBundle<&FluentResource>,
    id: &str,
    attr: Option<&str>,
) -> Result<String, String> {
    let message = bundle.get_message(id).ok_or("no such message")?;
    let pattern = match attr {
        None => message.value(),
        Some(a) => message.get_attribute(a).map(|a| a.value()),
    }
    .ok_or("no such part")?;
    let mut args = FluentArgs::new();
    for (name, value) in SAMPLES {
        args.set(name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    match errors.first() {
        Some(e) => Err(e.to_string()),
        None => Ok(text.into_owned()),
    }
}

/// Every variable a pattern uses.
fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(pattern, &mut |e| {
        if let ast::InlineExpression::VariableReference { id } = e {
            out.insert(id.name.to_owned());
        }
    });
    out
}

/// Calls `f` on every inline expression of `pattern`, selectors and variants included.
fn walk<'s>(pattern: &ast::Pattern<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, f);
        }
    }
}

fn walk_expression<'s>(
    expression: &ast::Expression<&'s str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, f),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, f);
            for variant in variants {
                walk(&variant.value, f);
            }
        }
    }
}

fn walk_inline<'s>(
    inline: &ast::InlineExpression<&'s str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    f(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, f);
            }
            for a in &arguments.named {
                walk_inline(&a.value, f);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, f),
        _ => {}
    }
}

fn has_words(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { value } => value.chars().any(char::is_alphabetic),
        ast::PatternElement::Placeable { .. } => false,
    })
}

/// Edit distance, for "did you mean" (ids and attribute names are short).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// `; did you mean "x"?` for the closest of `known`, when it is close.
fn suggest<'k>(name: &str, known: impl Iterator<Item = &'k str>) -> String {
    let best = known
        .map(|k| (distance(name, k), k))
        .min()
        .filter(|&(d, k)| d <= 3 && d * 2 <= k.chars().count());
    best.map_or_else(String::new, |(_, k)| format!("; did you mean \"{k}\"?"))
}

/// Where to show a syntax error the parser found at byte `pos`. It reports
/// some at the start of the line after the one at fault: an indented line it
/// could not read as part of the entry above (an attribute with a bad
/// placeable) is shown at its first character; otherwise (a brace left open)
/// at the end of the line before.
fn syntax_error_at(text: &str, pos: usize) -> usize {
    let mut at = pos.min(text.len());
    let bytes = text.as_bytes();
    if at == 0 || bytes[at - 1] != b'\n' {
        return at;
    }
    let indent = bytes[at..].iter().take_while(|&&b| b == b' ').count();
    match bytes.get(at + indent) {
        Some(b) if indent > 0 && *b != b'\n' && *b != b'\r' => at + indent,
        _ => {
            at -= 1;
            if at > 0 && bytes[at - 1] == b'\r' {
                at -= 1;
            }
            at
        }
    }
}

/// A variable name that is no Fluent identifier (`$hôte`, `$1`) on the line of
/// byte `at`: the usual cause of a syntax error there, and a clearer message
/// than the parser's "Expected one of a-zA-Z".
fn bad_variable_name(text: &str, at: usize) -> Option<(usize, String)> {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    line.match_indices('$').find_map(|(i, _)| {
        let name: String = line[i + 1..]
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '}')
            .collect();
        let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (!valid).then(|| {
            let message = format!(
                "\"${name}\" is not a valid variable name (ASCII letters, digits, \"-\" and \"_\"); \
                 keep en-US's names, such as $host (this entry is ignored)"
            );
            (start + i, message)
        })
    })
}

/// Byte offset of `slice`, a sub-slice of `text`.
fn offset_of(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .checked_sub(text.as_ptr() as usize)
        .filter(|&o| o <= text.len())
        .unwrap_or(0)
}

/// Most errors reported per file: a file with more is broken as a whole, and
/// what is past the first thousand only costs time ("… and N more errors").
pub const MAX_ERRORS: usize = 1000;

/// Collects findings with their position (file, byte offset); lines and
/// columns are computed once all are in, in one pass per file.
struct Findings<'n> {
    names: &'n [&'n str],
    list: Vec<(usize, usize, Kind, String)>,
    /// Per file: errors kept, and errors left out past [`MAX_ERRORS`].
    errors: Vec<(usize, usize)>,
    /// Findings about the files as a whole: (name, kind, message).
    whole: Vec<(String, Kind, String)>,
}

impl<'n> Findings<'n> {
    fn new(names: &'n [&'n str]) -> Self {
        Findings {
            names,
            list: Vec::new(),
            errors: vec![(0, 0); names.len()],
            whole: Vec::new(),
        }
    }

    /// Whether another error in `file` would be kept (an expensive message,
    /// such as a suggestion, is worth writing).
    fn room(&self, file: usize) -> bool {
        self.errors[file].0 < MAX_ERRORS
    }

    /// The number of findings so far.
    fn len(&self) -> usize {
        self.list.len() + self.errors.iter().map(|e| e.1).sum::<usize>()
    }

    /// A finding at byte `offset` of file `file`.
    fn at(&mut self, file: usize, offset: usize, kind: Kind, message: String) {
        if kind.severity() == Severity::Error {
            let (kept, omitted) = &mut self.errors[file];
            if *kept == MAX_ERRORS {
                *omitted += 1;
                return;
            }
            *kept += 1;
        }
        self.list.push((file, offset, kind, message));
    }

    /// A finding about the files as a whole, shown under `name`.
    fn whole(&mut self, name: &str, kind: Kind, message: String) {
        self.whole.push((name.to_owned(), kind, message));
    }

    /// Every finding in file order, then position order (then the order they
    /// were found in), then those about the files as a whole. `texts[i]` is the
    /// text of file `i` the offsets point into.
    fn finish(self, texts: &[&str]) -> Vec<Finding> {
        // Unstable sort on a key made unique by the insertion index: the same
        // order as a stable sort, with a fraction of its code in the library.
        let mut list: Vec<_> = self.list.into_iter().enumerate().collect();
        list.sort_unstable_by_key(|&(i, (file, offset, ..))| (file, offset, i));
        let mut list = list.into_iter().map(|(_, f)| f).peekable();
        let mut out = Vec::with_capacity(list.len() + self.whole.len());
        let mut lines: Option<(usize, position::Lines)> = None;
        for (file, &text) in texts.iter().enumerate() {
            while let Some((_, offset, kind, message)) = list.next_if(|f| f.0 == file) {
                let cursor = match &mut lines {
                    Some((f, lines)) if *f == file => lines,
                    _ => &mut lines.insert((file, position::Lines::new(text))).1,
                };
                let (line, column) = cursor.at(offset);
                out.push(Finding {
                    file: self.names[file].to_owned(),
                    line,
                    column,
                    kind,
                    message,
                });
            }
            let omitted = self.errors[file].1;
            if omitted > 0 {
                out.push(Finding {
                    file: self.names[file].to_owned(),
                    line: 0,
                    column: 0,
                    kind: Kind::TooManyErrors,
                    message: format!(
                        "… and {omitted} more errors (only the first {MAX_ERRORS} of a file are listed)"
                    ),
                });
            }
        }
        out.extend(self.whole.into_iter().map(|(file, kind, message)| Finding {
            file,
            line: 0,
            column: 0,
            kind,
            message,
        }));
        out
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
            let formatted = match format_part(&bundle, id, attr) {
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
            if let Some((_, limit)) = attr.and_then(|a| LIMITS.iter().find(|(n, _)| *n == a)) {
                let length = formatted.chars().count();
                if length > *limit {
                    let host = if expected.variables.contains("host") {
                        " with $host = example.com"
                    } else {
                        ""
                    };
                    findings.at(
                        file,
                        at,
                        Kind::TooLong,
                        format!(
                            "\"{part}\" is {length} characters long{host}; the limit is {limit}"
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

/// The FTL files of one locale, read from disk.
#[derive(Debug, Clone)]
pub struct LocaleFiles {
    /// The folder (or the file, when one file was named) shown for the locale.
    pub path: PathBuf,
    /// The locale's tag: the folder's name (for a file, its folder's name), when
    /// that is a BCP 47 tag.
    pub tag: Option<String>,
    /// Each `*.ftl` file, sorted by name: its path for findings and its bytes (at
    /// most [`MAX_FTL_BYTES`] + 1 of them are read: one more says it is too large).
    pub files: Vec<(String, Vec<u8>)>,
}

impl LocaleFiles {
    /// Checks these files (see [`check`]).
    pub fn check(&self) -> Checked<'_> {
        let files: Vec<FtlFile> = self
            .files
            .iter()
            .map(|(name, bytes)| FtlFile { name, bytes })
            .collect();
        check(
            self.tag.as_deref(),
            &self.path.display().to_string(),
            &files,
        )
    }
}

/// A read failure as a finding at `path`.
fn io_finding(path: &Path, what: &str, e: &std::io::Error) -> Finding {
    Finding {
        file: path.display().to_string(),
        line: 0,
        column: 0,
        kind: Kind::Io,
        message: format!("{what}: {e}"),
    }
}

/// Reads at most [`MAX_FTL_BYTES`] + 1 bytes of `path`.
fn read_bounded(path: &Path) -> Result<Vec<u8>, Finding> {
    let file = std::fs::File::open(path).map_err(|e| io_finding(path, "cannot open", &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FTL_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_finding(path, "cannot read", &e))?;
    Ok(bytes)
}

fn is_ftl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
}

/// The `*.ftl` entries of folder `dir`, sorted.
fn ftl_entries(dir: &Path) -> Result<Vec<PathBuf>, Finding> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| io_finding(dir, "cannot read the folder", &e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| io_finding(dir, "cannot read the folder", &e))?
            .path();
        if is_ftl(&path) {
            paths.push(path);
        }
    }
    paths.sort_unstable();
    Ok(paths)
}

/// The tag a folder's name gives, when it is a valid BCP 47 tag, in canonical case.
pub fn tag_of(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    crate::locale::canonical_tag(name)
}

/// Reads one locale folder: its `*.ftl` files.
pub fn read_locale_dir(dir: &Path) -> Result<LocaleFiles, Finding> {
    let mut files = Vec::new();
    for path in ftl_entries(dir)? {
        files.push((path.display().to_string(), read_bounded(&path)?));
    }
    Ok(LocaleFiles {
        path: dir.to_owned(),
        tag: tag_of(dir),
        files,
    })
}

/// What `check-locale PATH` checks: a file is one locale (its folder's name is
/// its tag); a folder with `*.ftl` files is one locale; a folder without any is
/// a folder of locales, like `locales/` (each sub-folder with `*.ftl` files).
pub fn read_path(path: &Path) -> Result<Vec<LocaleFiles>, Finding> {
    let meta = std::fs::metadata(path).map_err(|e| io_finding(path, "cannot read", &e))?;
    if !meta.is_dir() {
        let tag = path.parent().and_then(tag_of);
        let files = vec![(path.display().to_string(), read_bounded(path)?)];
        return Ok(vec![LocaleFiles {
            path: path.to_owned(),
            tag,
            files,
        }]);
    }
    if !ftl_entries(path)?.is_empty() {
        return Ok(vec![read_locale_dir(path)?]);
    }
    let mut dirs = Vec::new();
    let entries =
        std::fs::read_dir(path).map_err(|e| io_finding(path, "cannot read the folder", &e))?;
    for entry in entries {
        let sub = entry
            .map_err(|e| io_finding(path, "cannot read the folder", &e))?
            .path();
        if sub.is_dir() {
            dirs.push(sub);
        }
    }
    dirs.sort_unstable();
    let mut locales = Vec::new();
    for dir in dirs {
        if !ftl_entries(&dir)?.is_empty() {
            locales.push(read_locale_dir(&dir)?);
        }
    }
    if locales.is_empty() {
        let e = std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no .ftl file in it or in its sub-folders",
        );
        return Err(io_finding(path, "nothing to check", &e));
    }
    Ok(locales)
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
