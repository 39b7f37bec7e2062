//! Each message of the files against en-US's: which parts it has, then each
//! part's pattern (variables, references) and its text as formatted (empty,
//! one line, length, translated).

use super::*;

/// A value or attribute of a message that en-US's message also has.
pub(super) struct Part<'s> {
    /// The attribute's name; `None` for the value.
    pub(super) attr: Option<&'s str>,
    /// `id` or `id.attr`, for the findings.
    pub(super) name: String,
    pub(super) pattern: &'s ast::Pattern<&'s str>,
    /// Where the findings about it point: its id or attribute name.
    pub(super) at: usize,
}

/// The checks of each message against en-US's, and what they measure with.
pub(super) struct Checker<'s, 'n> {
    findings: Findings<'n>,
    entries: &'s Entries<'s>,
    /// Messages that nest too deep, with what they refer to, to be formatted:
    /// the resolver would recurse as deep.
    deep: BTreeSet<&'s str>,
    /// The files are en-US's own: a text identical to en-US's is no finding.
    is_reference: bool,
    bundle: FluentBundle<&'s FluentResource>,
    samples: FluentArgs<'static>,
    /// In a right-to-left locale: its direction and the samples as its
    /// sentences get them (between marks), for the lengths.
    shown: Option<(Direction, FluentArgs<'static>)>,
    translated: usize,
    missing: usize,
}

impl<'s, 'n> Checker<'s, 'n> {
    /// A checker of `parsed`, whose entries are `entries`, as locale `tag`'s
    /// (en-US when `None`), reporting to `findings`.
    pub(super) fn new(
        tag: Option<&str>,
        parsed: &'s [Parsed],
        entries: &'s Entries<'s>,
        findings: Findings<'n>,
    ) -> Self {
        let langid: LanguageIdentifier = tag.and_then(|t| t.parse().ok()).unwrap_or_else(en_us);
        let direction = tag.map_or(Direction::Ltr, bidi::direction_of_tag);
        Checker {
            findings,
            entries,
            deep: chains::too_deep(parsed.iter().flat_map(|p| p.resource.entries()))
                .into_iter()
                .filter_map(|(term, id)| (!term).then_some(id))
                .collect(),
            is_reference: langid == en_us(),
            bundle: bundle::of(langid, parsed.iter().map(|p| &p.resource)),
            samples: sample_args(Direction::Ltr),
            shown: direction
                .is_rtl()
                .then(|| (direction, sample_args(direction))),
            translated: 0,
            missing: 0,
        }
    }

    /// The findings, and the counts of parts translated and missing.
    pub(super) fn finish(self) -> (Findings<'n>, usize, usize) {
        (self.findings, self.translated, self.missing)
    }

    /// Checks message `id`: whether en-US has it, then its parts one by one.
    pub(super) fn message(&mut self, id: &'s str, defined: &Defined<'s>) {
        let (file, at) = (defined.file, offset_of(defined.text, id));
        if self.deep.contains(id) {
            self.findings.at(
                file,
                at,
                Kind::BadReference,
                format!(
                    "\"{id}\" nests placeables more than {MAX_DEPTH} deep, counting those of the \
                     messages and terms it refers to; translations need one or two levels"
                ),
            );
            return;
        }
        let Some(expected) = REFERENCE.messages.get(id) else {
            let hint = self.suggest(file, id, REFERENCE.messages.keys());
            self.findings.at(
                file,
                at,
                Kind::UnknownMessage,
                format!("en-US has no message \"{id}\"; it would never be shown{hint}"),
            );
            return;
        };
        for part in self.parts(id, defined, expected) {
            let reference = match part.attr {
                None => expected.value.as_ref(),
                Some(a) => expected.attributes.get(a),
            };
            self.part(
                id,
                file,
                defined.text,
                &part,
                reference.expect("only parts en-US has"),
            );
        }
    }

    /// "; did you mean …?" when a known name is close to `name` (and the file
    /// still has room for findings: the search is not free).
    fn suggest<'k>(
        &self,
        file: usize,
        name: &str,
        known: impl Iterator<Item = &'k String>,
    ) -> String {
        if self.findings.room(file) {
            suggest(name, known.map(String::as_str))
        } else {
            String::new()
        }
    }

    /// The parts of `defined` that en-US's message also has; those it does not
    /// have, those defined twice and those missing are reported.
    fn parts(&mut self, id: &str, defined: &Defined<'s>, expected: &RefMessage) -> Vec<Part<'s>> {
        let (file, text, m) = (defined.file, defined.text, defined.message);
        let at = offset_of(text, id);
        let mut parts = Vec::new();
        match (&m.value, &expected.value) {
            (Some(pattern), Some(_)) => parts.push(Part {
                attr: None,
                name: id.to_owned(),
                pattern,
                at,
            }),
            (Some(_), None) => self.findings.at(
                file,
                at,
                Kind::UnknownAttribute,
                format!(
                    "en-US's \"{id}\" has attributes only, no value; this value would never be shown"
                ),
            ),
            (None, Some(_)) => {
                self.missing += 1;
                self.findings.at(
                    file,
                    at,
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
                self.findings.at(
                    file,
                    at,
                    Kind::Duplicate,
                    format!("\"{id}.{name}\" is defined twice"),
                );
            } else if expected.attributes.contains_key(name) {
                parts.push(Part {
                    attr: Some(name),
                    name: format!("{id}.{name}"),
                    pattern: &attribute.value,
                    at,
                });
            } else {
                let hint = self.suggest(file, name, expected.attributes.keys());
                self.findings.at(
                    file,
                    at,
                    Kind::UnknownAttribute,
                    format!(
                        "en-US's \"{id}\" has no attribute \".{name}\"; it would never be shown{hint}"
                    ),
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
            self.missing += lacking.len();
            let shown = if lacking.len() == 1 {
                "en-US's is"
            } else {
                "en-US's are"
            };
            self.findings.at(
                file,
                at,
                Kind::MissingAttribute,
                format!(
                    "\"{id}\" has no {}; {shown} shown instead",
                    lacking.join(", ")
                ),
            );
        }
        parts
    }

    /// Checks one part: its pattern, then its text as formatted.
    fn part(&mut self, id: &str, file: usize, text: &str, part: &Part<'s>, expected: &RefPart) {
        self.translated += 1;
        let before = self.findings.len();
        self.pattern(file, text, part, expected);
        if self.findings.len() > before {
            return; // the formatted text would not be meaningful
        }
        let (name, at) = (&part.name, part.at);
        let formatted = match self.format(id, part.attr, &self.samples) {
            Ok(t) => t,
            Err(e) => {
                let message = format!("\"{name}\" does not format: {e}");
                self.findings.at(file, at, Kind::BadReference, message);
                return;
            }
        };
        if formatted.trim().is_empty() {
            self.findings
                .at(file, at, Kind::BadText, format!("\"{name}\" is empty"));
        } else if let Some(c) = formatted.chars().find(|c| c.is_control()) {
            self.findings.at(
                file,
                at,
                Kind::BadText,
                format!(
                    "\"{name}\" holds the control character U+{:04X}; each text is one line: \
                     write it on one line of the file",
                    u32::from(c)
                ),
            );
        }
        self.length(id, file, part, &formatted, expected);
        if !self.is_reference && expected.has_words && formatted == expected.text {
            self.findings.at(
                file,
                at,
                Kind::Untranslated,
                format!("\"{name}\" is the same as in en-US; is it translated?"),
            );
        }
    }

    /// Reports a part longer than its limit, measured as the library hands
    /// the text out: with its marks in a right-to-left locale.
    fn length(&mut self, id: &str, file: usize, part: &Part, formatted: &str, expected: &RefPart) {
        let Some(limit) = limit_of(id, part.attr) else {
            return;
        };
        let shown = self.shown.as_ref().map(|(direction, args)| {
            let text = self.format(id, part.attr, args).unwrap_or_default();
            bidi::paragraphs(text, *direction)
        });
        let length = shown.as_deref().unwrap_or(formatted).chars().count();
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
            self.findings.at(
                file,
                part.at,
                Kind::TooLong,
                format!(
                    "\"{}\" is {length} characters long{host}{marks}; the limit is {limit}",
                    part.name
                ),
            );
        }
    }

    /// Static checks of a part's pattern: its variables against en-US's, its
    /// references against what the files define, no function calls.
    fn pattern(&mut self, file: usize, text: &str, part: &Part, expected: &RefPart) {
        let name = &part.name;
        let Entries { messages, terms } = self.entries;
        let mut used = BTreeSet::new();
        let mut problems: Vec<(usize, Kind, String)> = Vec::new();
        walk(part.pattern, &mut |e| match e {
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
                            "\"{name}\" uses ${}, which en-US's does not (it has: {known})",
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
                        format!("\"{name}\" refers to {what}, which these files do not define"),
                    ));
                }
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                problems.push((
                    offset_of(text, id.name),
                    Kind::BadReference,
                    format!(
                        "\"{name}\" calls {}(), and no function is available",
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
                part.at,
                Kind::MissingVariable,
                format!("\"{name}\" does not use ${missing}, which en-US's does"),
            ));
        }
        for (offset, kind, message) in problems {
            self.findings.at(file, offset, kind, message);
        }
    }

    /// Message `id`'s part `attr` formatted with `args`.
    fn format(&self, id: &str, attr: Option<&str>, args: &FluentArgs) -> Result<String, String> {
        bundle::format(&self.bundle, id, attr, Some(args)).map_err(|e| e.to_string())
    }

    /// Reports each en-US message the files do not define.
    pub(super) fn missing_messages(&mut self, whole: &str) {
        for (id, expected) in &REFERENCE.messages {
            if !self.entries.messages.contains_key(id.as_str()) {
                self.missing += usize::from(expected.value.is_some()) + expected.attributes.len();
                self.findings.whole(
                    whole,
                    Kind::MissingMessage,
                    format!("no message \"{id}\"; en-US's is shown instead"),
                );
            }
        }
    }
}
