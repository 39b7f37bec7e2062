//! The measure of every locale: what the shipped en-US defines (ids, values,
//! attributes, the variables of each pattern), parsed once, and the bundle and
//! sample values the checks format with.

use super::*;

/// One part (value or attribute) of an en-US message.
#[derive(Debug)]
pub(super) struct RefPart {
    /// Variables the pattern uses.
    pub(super) variables: BTreeSet<String>,
    /// The pattern formatted with [`SAMPLES`].
    pub(super) text: String,
    /// Whether the pattern has words of its own (letters outside placeables);
    /// `{ $description } ({ $name }, { $code })` has none and may stay identical.
    pub(super) has_words: bool,
}

#[derive(Debug, Default)]
pub(super) struct RefMessage {
    pub(super) value: Option<RefPart>,
    pub(super) attributes: BTreeMap<String, RefPart>,
}

/// What en-US defines: the measure of every other locale.
#[derive(Debug)]
pub(super) struct Reference {
    pub(super) messages: BTreeMap<String, RefMessage>,
}

/// The shipped en-US, parsed once.
pub(super) static REFERENCE: LazyLock<Reference> =
    LazyLock::new(|| Reference::new(&[crate::shipped::ftl(Locale::EN_US.index())]));

impl Reference {
    pub(super) fn new(sources: &[&str]) -> Self {
        let resources = resources(sources);
        let bundle = bundle::of(en_us(), &resources);
        let samples = sample_args(Direction::Ltr);
        let mut messages = BTreeMap::new();
        for resource in &resources {
            for entry in resource.entries() {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let part = |attr: Option<&str>, pattern: &ast::Pattern<&str>| RefPart {
                    variables: variables(pattern),
                    text: bundle::format(&bundle, m.id.name, attr, Some(&samples))
                        .unwrap_or_default(),
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

pub(super) fn en_us() -> LanguageIdentifier {
    Locale::EN_US.tag().parse().expect("a valid tag")
}

/// `sources` parsed, keeping what parsed.
pub(super) fn resources(sources: &[&str]) -> Vec<FluentResource> {
    sources
        .iter()
        .map(|s| FluentResource::try_new((*s).to_owned()).unwrap_or_else(|(r, _)| r))
        .collect()
}

/// [`SAMPLES`] as the library passes such values into a sentence written in
/// `direction`: in a right-to-left one, the host and the numbers between LRMs.
pub(super) fn sample_args(direction: Direction) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in SAMPLES {
        let value = match name {
            "host" => bidi::host(value, direction),
            "code" | "hex" | "flags" => bidi::value(value, direction),
            _ => value.into(),
        };
        args.set(name, value.into_owned());
    }
    args
}
