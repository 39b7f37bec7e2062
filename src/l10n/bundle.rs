//! Fluent bundles as the library builds them, for the lookups and for the
//! translator's checker alike: no isolation marks, resources borrowed, a text
//! only when it formatted without error.

use std::borrow::Borrow;
use std::fmt;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentError, FluentResource};
use unic_langid::LanguageIdentifier;

/// An empty bundle for `langid`. Isolation marks are off: the text goes to C
/// strings, terminals and dialogs, where U+2068/U+2069 show as junk.
pub(crate) fn empty<R>(langid: LanguageIdentifier) -> FluentBundle<R> {
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle
}

/// A bundle of `resources`, later ones overriding earlier ones message by
/// message. Borrowing, as every bundle of the library does, so that Fluent's
/// resolver is compiled once, not once per resource type.
pub(crate) fn of<'r>(
    langid: LanguageIdentifier,
    resources: impl IntoIterator<Item = &'r FluentResource>,
) -> FluentBundle<&'r FluentResource> {
    let mut bundle = empty(langid);
    for resource in resources {
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Why a part did not format.
#[derive(Debug)]
pub(crate) enum Unformatted {
    NoMessage,
    NoPart,
    /// The first error Fluent reported.
    Fluent(FluentError),
}

impl fmt::Display for Unformatted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unformatted::NoMessage => f.write_str("no such message"),
            Unformatted::NoPart => f.write_str("no such part"),
            Unformatted::Fluent(e) => e.fmt(f),
        }
    }
}

/// Formats message `id`'s value (`attr` None) or its attribute `attr`.
pub(crate) fn format<R: Borrow<FluentResource>>(
    bundle: &FluentBundle<R>,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Result<String, Unformatted> {
    let message = bundle.get_message(id).ok_or(Unformatted::NoMessage)?;
    let pattern = match attr {
        None => message.value(),
        Some(a) => message.get_attribute(a).map(|a| a.value()),
    }
    .ok_or(Unformatted::NoPart)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    match errors.into_iter().next() {
        Some(e) => Err(Unformatted::Fluent(e)),
        None => Ok(text.into_owned()),
    }
}
