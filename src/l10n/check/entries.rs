//! The files as read: those fit to parse, parsed once by Fluent's own
//! parser, and their entries, each id once.

use super::*;

/// Each file's text (UTF-8 up to where it stops being so), and the files fit to
/// parse: UTF-8, within [`MAX_FTL_BYTES`], and not nested deeper than the
/// parser's unbounded recursion can be trusted with.
pub(super) fn admit<'a>(
    files: &[FtlFile<'a>],
    findings: &mut Findings,
) -> (Vec<&'a str>, Vec<usize>) {
    let mut texts = vec![""; files.len()];
    let mut admitted = Vec::new();
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
                admitted.push(i);
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
    (texts, admitted)
}

/// A file as Fluent's parser read it. The AST borrows the resource's copy of
/// the text, so positions are taken in that copy (the same text: the same
/// offsets, lines and columns as the file's).
pub(super) struct Parsed {
    pub(super) file: usize,
    pub(super) resource: FluentResource,
}

/// Parses each admitted file once, with fluent's own parser (the one the
/// library runs), reporting its syntax errors.
pub(super) fn parse(texts: &[&str], admitted: &[usize], findings: &mut Findings) -> Vec<Parsed> {
    let mut parsed = Vec::with_capacity(admitted.len());
    for &file in admitted {
        let (resource, errors) = match FluentResource::try_new(texts[file].to_owned()) {
            Ok(r) => (r, Vec::new()),
            Err(both) => both,
        };
        let text = resource.source();
        for e in errors {
            let message = format!("{} (this entry is ignored)", e.kind);
            let at = syntax_error_at(text, e.pos.start);
            let (at, message) = bad_variable_name(text, at).unwrap_or((at, message));
            findings.at(file, at, Kind::Syntax, message);
        }
        parsed.push(Parsed { file, resource });
    }
    parsed
}

/// The entries of all the files, each id once.
pub(super) struct Entries<'s> {
    pub(super) messages: BTreeMap<&'s str, Defined<'s>>,
    pub(super) terms: BTreeSet<&'s str>,
}

/// A message as the files define it: its file, that file's text, the AST.
pub(super) struct Defined<'s> {
    pub(super) file: usize,
    pub(super) text: &'s str,
    pub(super) message: &'s ast::Message<&'s str>,
}

impl<'s> Entries<'s> {
    /// The messages and terms of `parsed`; a second definition is reported and
    /// left out.
    pub(super) fn collect(parsed: &'s [Parsed], findings: &mut Findings) -> Self {
        let mut messages = BTreeMap::new();
        let mut terms = BTreeSet::new();
        for Parsed { file, resource } in parsed {
            let (file, text) = (*file, resource.source());
            for entry in resource.entries() {
                let (id, new, what) = match entry {
                    ast::Entry::Message(message) => {
                        let id = message.id.name;
                        let new = !messages.contains_key(id);
                        if new {
                            messages.insert(
                                id,
                                Defined {
                                    file,
                                    text,
                                    message,
                                },
                            );
                        }
                        (id, new, format!("\"{id}\""))
                    }
                    ast::Entry::Term(term) => {
                        let id = term.id.name;
                        (id, terms.insert(id), format!("term \"-{id}\""))
                    }
                    _ => continue,
                };
                if !new {
                    let at = offset_of(text, id);
                    findings.at(
                        file,
                        at,
                        Kind::Duplicate,
                        format!("{what} is defined twice"),
                    );
                }
            }
        }
        Entries { messages, terms }
    }
}
