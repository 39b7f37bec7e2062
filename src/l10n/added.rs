//! Locales added at run time, from memory or from a folder: validated by
//! [`check`](super::check), then published as a new generation of the locale's data.
//!
//! Each locale slot has one atomic generation number. It stays 0 for a shipped
//! locale never overridden, whose lookups read the shipped tables (one Acquire
//! load, no lock). Adding a locale, or overriding one that exists, builds a new
//! generation (the files it had, then the new ones, later overriding earlier
//! message by message), appends it to a table of every generation and publishes
//! its number. Old generations stay in that table on purpose: every pointer
//! handed out before stays valid and unchanged. Writers serialize on
//! [`locale::registry`]'s guard; readers never lock, and no `unsafe` is needed.
//!
//! # Limits
//! - [`MAX_FTL_BYTES`](check::MAX_FTL_BYTES) per file or buffer (`WINHTTP_ERR_TOO_LARGE`);
//! - [`MAX_LOCALES`] locales in all, shipped included (`WINHTTP_ERR_LIMIT`);
//! - [`MAX_ADDED_BYTES`] of FTL accepted per process, all calls together, each
//!   locale published counting `ADD_COST` (64 KiB) more for its tables
//!   (`WINHTTP_ERR_LIMIT`). Memory kept is about three times that budget at most
//!   (text, parsed form, texts formatted from it, tables); nothing is freed
//!   before the process ends.

use std::fmt;
use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::OnceLock;

use unic_langid::LanguageIdentifier;

use super::check::{self, Finding, FtlFile, Kind, LocaleFiles};
use super::{LocaleData, Source, Text};
use crate::locale::{self, publish, Locale, RegisterError, MAX_LOCALES};

/// Most bytes of FTL accepted in a process, all additions together: 16 MiB,
/// each locale published counting `ADD_COST` (64 KiB) bytes more than its files.
pub const MAX_ADDED_BYTES: usize = 16 << 20;

/// What each locale published counts against [`MAX_ADDED_BYTES`] besides its
/// files: its tables (a generation's texts, their UTF-16 twins, its bundle's
/// index). Without it, adding empty files again and again would grow memory
/// without bound. It allows 256 adds of tiny files.
pub(crate) const ADD_COST: usize = 64 << 10;

/// Every generation ever published, in order: append-only, never freed (texts
/// handed out point into them). The add budget bounds how many there can be:
/// each counts `ADD_COST` (64 KiB) against [`MAX_ADDED_BYTES`].
const MAX_GENERATIONS: usize = MAX_ADDED_BYTES / ADD_COST;
static GENERATIONS: [OnceLock<&'static LocaleData>; MAX_GENERATIONS] =
    [const { OnceLock::new() }; MAX_GENERATIONS];
// (How many are published is `Registry::generations`, under its lock.)

/// Per locale slot: 1 + the index in [`GENERATIONS`] of its current data, or 0
/// while it has none (a shipped locale never overridden). Safe code all the way:
/// a generation is set before its number is published, and read after the
/// number (`locale::publish`'s rule, which its loom model checks). One for every value of a `Locale`'s byte, not only the
/// [`MAX_LOCALES`] that exist: a warm lookup indexes it with no bounds check.
static CURRENT: [AtomicU64; 256] = [const { AtomicU64::new(0) }; 256];

/// The data published for `locale`, if it was added or overridden.
#[inline]
pub(super) fn published(locale: Locale) -> Option<&'static LocaleData> {
    let current = publish::count(&CURRENT[locale.index()]);
    match current {
        0 => None,
        n => GENERATIONS.get(n as usize - 1)?.get().copied(),
    }
}

/// Why nothing was added. Each maps to one `WINHTTP_ERR_*` status.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AddError {
    /// The tag (or a folder's name) is not a BCP 47 language tag.
    InvalidTag(String),
    /// A file is not UTF-8, or has a syntax error, an unknown id or variable…
    /// (the first error of all; `winhttp-err check-locale` lists them all).
    InvalidFtl(Finding),
    /// A file is larger than [`MAX_FTL_BYTES`](check::MAX_FTL_BYTES).
    TooLarge(Finding),
    /// [`MAX_LOCALES`] or [`MAX_ADDED_BYTES`] would be exceeded.
    Limit(String),
    /// A folder or file could not be read.
    Io(Finding),
}

impl AddError {
    fn from_finding(finding: Finding) -> Self {
        match finding.kind {
            Kind::TooLarge => Self::TooLarge(finding),
            Kind::Io => Self::Io(finding),
            _ => Self::InvalidFtl(finding),
        }
    }
}

/// One line: the file (for a folder), the line and column, and what is wrong.
impl fmt::Display for AddError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidTag(tag) => write!(f, "\"{tag}\" is not a BCP 47 language tag"),
            Self::InvalidFtl(finding) | Self::TooLarge(finding) | Self::Io(finding) => {
                if !finding.file.is_empty() {
                    finding.fmt(f)
                } else if finding.line > 0 {
                    let Finding { line, column, .. } = finding;
                    write!(f, "line {line}, column {column}: ")?;
                    write!(
                        f,
                        "{}: {} [{}]",
                        finding.severity(),
                        finding.message,
                        finding.kind
                    )
                } else {
                    write!(
                        f,
                        "{}: {} [{}]",
                        finding.severity(),
                        finding.message,
                        finding.kind
                    )
                }
            }
            Self::Limit(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for AddError {}

/// A locale added or overridden.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Added {
    /// The locale, new or overridden.
    pub locale: Locale,
    /// Whether the tag existed (shipped or added) and was overridden.
    pub overridden: bool,
    /// Texts (values and attributes) of en-US the files translate.
    pub translated: usize,
    /// Texts of en-US the files lack: shown in en-US (or, for an overridden
    /// locale, as it had them when the message is not in the new files).
    pub missing: usize,
    /// Warnings of the check (missing texts, texts identical to en-US).
    pub warnings: usize,
}

/// A one-line summary, e.g. `sv-SE added: 270 of 276 texts, 6 shown in en-US, 6 warnings`.
impl fmt::Display for Added {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.overridden {
            "overridden"
        } else {
            "added"
        };
        write!(
            f,
            "{} {verb}: {} of {} texts, {} shown in en-US, {} warnings",
            self.locale.tag(),
            self.translated,
            self.translated + self.missing,
            self.missing,
            self.warnings
        )
    }
}

/// A locale's files, checked, waiting to be published.
struct Ready {
    tag: String,
    langid: LanguageIdentifier,
    texts: Vec<String>,
    added: Added,
}

/// Checks `files` for `tag`; the first error, or the texts to publish.
fn prepare(tag: &str, whole: &str, files: &[FtlFile]) -> Result<Ready, AddError> {
    let tag =
        crate::locale::canonical_tag(tag).ok_or_else(|| AddError::InvalidTag(tag.to_owned()))?;
    let langid: LanguageIdentifier = tag.parse().map_err(|_| AddError::InvalidTag(tag.clone()))?;
    let checked = check::check(Some(&tag), whole, files);
    if let Some(error) = checked.first_error() {
        return Err(AddError::from_finding(error.clone()));
    }
    Ok(Ready {
        added: Added {
            locale: Locale::EN_US, // set by `apply`
            overridden: false,
            translated: checked.translated,
            missing: checked.missing,
            warnings: checked.warnings(),
        },
        texts: checked.sources.iter().map(|s| (*s).to_owned()).collect(),
        tag,
        langid,
    })
}

/// Publishes every locale of `ready`, or none of them.
fn apply(ready: Vec<Ready>) -> Result<Vec<Added>, AddError> {
    let mut registry = locale::registry();

    // Limits first, so that nothing changes when one is exceeded.
    let mut new_tags: Vec<&str> = ready
        .iter()
        .map(|r| r.tag.as_str())
        .filter(|t| Locale::from_tag(t).is_none())
        .collect();
    new_tags.sort_unstable();
    new_tags.dedup();
    if Locale::count() + new_tags.len() > MAX_LOCALES {
        return Err(AddError::Limit(format!(
            "at most {MAX_LOCALES} locales in all; there are {} and these files add {}",
            Locale::count(),
            new_tags.len()
        )));
    }
    let bytes: usize = ready
        .iter()
        .map(|r| ADD_COST + r.texts.iter().map(String::len).sum::<usize>())
        .sum();
    let before = registry.added_bytes;
    if before + bytes > MAX_ADDED_BYTES {
        return Err(AddError::Limit(format!(
            "at most {MAX_ADDED_BYTES} bytes of FTL can be added in a process, each locale \
             counting {ADD_COST} more; {before} were, and these files count {bytes}"
        )));
    }

    let mut done = Vec::with_capacity(ready.len());
    for ready in ready {
        let (locale, overridden) = match registry.slot_for(&ready.tag) {
            Ok(slot) => slot,
            Err(RegisterError::Limit) => unreachable!("limits checked above"),
        };
        let mut sources: Vec<&'static Source> = if overridden {
            super::sources(locale).to_vec()
        } else {
            Vec::new()
        };
        sources.extend(
            ready
                .texts
                .into_iter()
                .map(|text| Source::leak(Text::Added(String::leak(text)))),
        );
        let sources: &'static [&'static Source] = Box::leak(sources.into_boxed_slice());
        let data: &'static LocaleData = Box::leak(Box::new(LocaleData::new(Some(sources))));
        let generation = registry.generations;
        let published = GENERATIONS
            .get(generation)
            .is_some_and(|slot| slot.set(data).is_ok());
        // The budget check above keeps the count under MAX_GENERATIONS.
        assert!(published, "generation {generation} beyond the add budget");
        registry.generations = generation + 1;
        publish::publish(&CURRENT[locale.index()], generation as u64 + 1);
        if !overridden {
            registry.register(locale, &ready.tag, ready.langid);
        }
        done.push(Added {
            locale,
            overridden,
            ..ready.added
        });
    }
    // Charged only now that every locale is published: an add that fails
    // (a panic above) spends nothing, as WINHTTP_ERR_INTERNAL promises.
    registry.added_bytes = before + bytes;
    Ok(done)
}

/// Adds the locale `tag` from `ftl`, the text of one FTL file, or overrides the
/// locale `tag` names (shipped or added) message by message. All or nothing:
/// when the file has any error, nothing changes.
pub fn add_locale(tag: &str, ftl: &[u8]) -> Result<Added, AddError> {
    let files = [FtlFile {
        name: "",
        bytes: ftl,
    }];
    let ready = prepare(tag, tag, &files)?;
    Ok(apply(vec![ready])?.remove(0))
}

/// Adds (or overrides) every locale of `dir`: one folder per locale, named by
/// its tag, with `*.ftl` files (the layout of the crate's `locales/`). Other
/// entries of `dir` are ignored. All or nothing: when any file has an error,
/// or a folder's name is not a tag, nothing changes.
pub fn add_locale_dir(dir: &Path) -> Result<Vec<Added>, AddError> {
    let io = |e: std::io::Error, what: &str| {
        AddError::Io(Finding {
            file: dir.display().to_string(),
            line: 0,
            column: 0,
            kind: Kind::Io,
            message: format!("{what}: {e}"),
        })
    };
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io(e, "cannot read the folder"))? {
        let path = entry.map_err(|e| io(e, "cannot read the folder"))?.path();
        if path.is_dir() {
            folders.push(path);
        }
    }
    folders.sort_unstable();
    let mut locales: Vec<LocaleFiles> = Vec::new();
    for folder in folders {
        let files = check::read_locale_dir(&folder).map_err(AddError::from_finding)?;
        if files.files.is_empty() {
            continue;
        }
        if files.tag.is_none() {
            let name = folder.file_name().unwrap_or_default().to_string_lossy();
            return Err(AddError::InvalidTag(name.into_owned()));
        }
        locales.push(files);
    }
    if locales.is_empty() {
        let e = std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no locale folder with .ftl files",
        );
        return Err(io(e, "nothing to add"));
    }
    let mut ready = Vec::with_capacity(locales.len());
    for locale in &locales {
        let files: Vec<FtlFile> = locale
            .files
            .iter()
            .map(|(name, bytes)| FtlFile { name, bytes })
            .collect();
        let tag = locale.tag.as_deref().unwrap_or_default();
        ready.push(prepare(tag, &locale.path.display().to_string(), &files)?);
    }
    apply(ready)
}
