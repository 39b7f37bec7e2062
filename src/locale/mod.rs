//! Which shipped locale answers a request: parsing ([`request`]), negotiation
//! with fluent-langneg, a bounded cache of results, and the process default (`system`).

mod cache;
pub mod request;
mod system;

use std::ffi::CStr;
use std::fmt;
use std::sync::LazyLock;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

pub use request::LocaleRequest;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A locale the library ships, e.g. `en-US` or `fr-FR`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(u8);

/// Number of shipped locales.
pub(crate) const COUNT: usize = EMBEDDED.len();

const fn find(tag: &str) -> u8 {
    let mut i = 0;
    while i < EMBEDDED.len() {
        let (t, b) = (EMBEDDED[i].0.as_bytes(), tag.as_bytes());
        if t.len() == b.len() {
            let mut j = 0;
            while j < t.len() && t[j] == b[j] {
                j += 1;
            }
            if j == t.len() {
                return i as u8;
            }
        }
        i += 1;
    }
    panic!("locale not shipped")
}

static AVAILABLE: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    EMBEDDED
        .iter()
        .map(|(tag, _, _)| tag.parse().expect("shipped tags are valid BCP 47"))
        .collect()
});

impl Locale {
    /// American English: the source language and the fallback of every negotiation.
    pub const EN_US: Locale = Locale(find("en-US"));

    /// Every shipped locale, sorted by tag.
    pub fn all() -> impl ExactSizeIterator<Item = Locale> + Clone {
        (0..COUNT as u8).map(Locale)
    }

    /// The canonical BCP 47 tag, e.g. `"fr-FR"`.
    pub fn tag(self) -> &'static str {
        EMBEDDED[self.index()].0
    }

    pub(crate) fn tag_cstr(self) -> &'static CStr {
        EMBEDDED[self.index()].1
    }

    pub(crate) fn sources(self) -> &'static [&'static str] {
        EMBEDDED[self.index()].2
    }

    /// Position among the shipped locales; the key of per-locale tables.
    #[inline]
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    /// The shipped locale whose tag is exactly `tag` (ASCII case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Self::all().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The process default: the user's language from the environment (POSIX) or
    /// the user's UI languages (Windows), read once.
    pub fn system() -> Locale {
        system::locale()
    }

    /// The best shipped locale for a `locales` request (see the crate docs);
    /// an empty request means [`Locale::system`]. Never fails: nothing usable is en-US.
    #[inline]
    pub fn negotiate(request: &str) -> Locale {
        Self::negotiate_bytes(request.as_bytes())
    }

    /// Like [`negotiate`](Self::negotiate), for bytes that need not be UTF-8.
    #[inline]
    pub fn negotiate_bytes(request: &[u8]) -> Locale {
        if request.is_empty() {
            return Self::system();
        }
        // Bytes past the parser's bound cannot change the answer; don't hash them.
        let request = &request[..request.len().min(request::MAX_REQUEST_BYTES + 1)];
        // Exact canonical tags skip hashing and parsing altogether.
        if let Some(i) = EMBEDDED
            .iter()
            .position(|(t, _, _)| t.as_bytes() == request)
        {
            return Locale(i as u8);
        }
        cache::get_or_insert(request, |r| LocaleRequest::parse_bytes(r).negotiate())
    }
}

impl LocaleRequest {
    /// The best shipped locale for these languages, or en-US.
    pub fn negotiate(&self) -> Locale {
        let default = &AVAILABLE[Locale::EN_US.index()];
        let best = negotiate_languages(
            self.languages(),
            &AVAILABLE,
            Some(default),
            NegotiationStrategy::Lookup,
        );
        best.first()
            .and_then(|b| AVAILABLE.iter().position(|a| a == *b))
            .map_or(Locale::EN_US, |i| Locale(i as u8))
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.tag())
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn neg(r: &str) -> &'static str {
        let cached = Locale::negotiate(r).tag();
        assert_eq!(cached, LocaleRequest::parse(r).negotiate().tag(), "{r}");
        // Twice: the second answer comes from the cache.
        assert_eq!(cached, Locale::negotiate(r).tag(), "{r}");
        cached
    }

    #[test]
    fn ships_en_us_and_fr_fr() {
        let tags: Vec<_> = Locale::all().map(Locale::tag).collect();
        assert!(
            tags.contains(&"en-US") && tags.contains(&"fr-FR"),
            "{tags:?}"
        );
        assert_eq!(Locale::EN_US.tag(), "en-US");
        assert_eq!(Locale::from_tag("FR-fr").unwrap().tag(), "fr-FR");
    }

    #[test]
    fn negotiation() {
        for (req, want) in [
            ("fr-FR", "fr-FR"),
            ("fr-CA", "fr-FR"),
            ("FR-fr", "fr-FR"),
            ("fr-BE", "fr-FR"),
            ("fr", "fr-FR"),
            ("fr-Latn-FR-u-ca-gregory", "fr-FR"),
            ("fr_CA.UTF-8", "fr-FR"),
            ("fr_FR@euro", "fr-FR"),
            ("de-DE, fr;q=0.8, en;q=0.5", "fr-FR"),
            ("de-DE, en;q=0.5, fr;q=0.8", "fr-FR"),
            ("en;q=0.9, fr", "fr-FR"),
            ("de:fr", "fr-FR"),
            ("en-GB", "en-US"),
            ("en", "en-US"),
            ("de", "en-US"),
            ("C", "en-US"),
            ("POSIX", "en-US"),
            ("zz-ZZ", "en-US"),
            ("garbage!!", "en-US"),
        ] {
            assert_eq!(neg(req), want, "{req}");
        }
    }

    #[test]
    fn invalid_utf8_and_huge_requests_are_en_us_or_their_usable_part() {
        assert_eq!(Locale::negotiate_bytes(b"\xff\xfe\xfd").tag(), "en-US");
        assert_eq!(Locale::negotiate_bytes(b"\xff,fr").tag(), "fr-FR");
        let huge = "q".repeat(1 << 20);
        assert_eq!(neg(&huge), "en-US");
    }
}
