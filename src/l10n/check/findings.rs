//! What the checker reports: findings, their kinds and severities, and the
//! collector that caps them per file and sorts them once.

use super::*;

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
    /// A part longer than its limit ([`LIMITS`], [`VALUE_LIMITS`]).
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

/// Edit distance, for "did you mean" (ids and attribute names are short).
pub(super) fn distance(a: &str, b: &str) -> usize {
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
pub(super) fn suggest<'k>(name: &str, known: impl Iterator<Item = &'k str>) -> String {
    let best = known
        .map(|k| (distance(name, k), k))
        .min()
        .filter(|&(d, k)| d <= 3 && d * 2 <= k.chars().count());
    best.map_or_else(String::new, |(_, k)| format!("; did you mean \"{k}\"?"))
}

/// Most errors reported per file: a file with more is broken as a whole, and
/// what is past the first thousand only costs time ("… and N more errors").
pub const MAX_ERRORS: usize = 1000;

/// Collects findings with their position (file, byte offset); lines and
/// columns are computed once all are in, in one pass per file.
pub(super) struct Findings<'n> {
    pub(super) names: &'n [&'n str],
    pub(super) list: Vec<(usize, usize, Kind, String)>,
    /// Per file: errors kept, and errors left out past [`MAX_ERRORS`].
    pub(super) errors: Vec<(usize, usize)>,
    /// Findings about the files as a whole: (name, kind, message).
    pub(super) whole: Vec<(String, Kind, String)>,
}

impl<'n> Findings<'n> {
    pub(super) fn new(names: &'n [&'n str]) -> Self {
        Findings {
            names,
            list: Vec::new(),
            errors: vec![(0, 0); names.len()],
            whole: Vec::new(),
        }
    }

    /// Whether another error in `file` would be kept (an expensive message,
    /// such as a suggestion, is worth writing).
    pub(super) fn room(&self, file: usize) -> bool {
        self.errors[file].0 < MAX_ERRORS
    }

    /// The number of findings so far.
    pub(super) fn len(&self) -> usize {
        self.list.len() + self.errors.iter().map(|e| e.1).sum::<usize>()
    }

    /// A finding at byte `offset` of file `file`.
    pub(super) fn at(&mut self, file: usize, offset: usize, kind: Kind, message: String) {
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
    pub(super) fn whole(&mut self, name: &str, kind: Kind, message: String) {
        self.whole.push((name.to_owned(), kind, message));
    }

    /// Every finding in file order, then position order (then the order they
    /// were found in), then those about the files as a whole. `texts[i]` is the
    /// text of file `i` the offsets point into.
    pub(super) fn finish(self, texts: &[&str]) -> Vec<Finding> {
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
