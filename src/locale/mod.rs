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

/// The FTL sources `locale` was built with (never those added at run time).
pub(crate) fn shipped_sources(locale: Locale) -> &'static [&'static str] {
    EMBEDDED[locale.index()].2
}

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

/// Longest shipped tag; the build fails (at compile time) for a longer one.
const MAX_TAG_LEN: usize = 35;

/// Every shipped tag as NUL-terminated UTF-16, computed at compile time so that
/// handing one out can never fail.
static TAGS_WIDE: [[u16; MAX_TAG_LEN + 1]; COUNT] = {
    let mut out = [[0u16; MAX_TAG_LEN + 1]; COUNT];
    let mut i = 0;
    while i < COUNT {
        let tag = EMBEDDED[i].0.as_bytes();
        assert!(tag.len() <= MAX_TAG_LEN, "locale tag too long");
        let mut j = 0;
        while j < tag.len() {
            out[i][j] = tag[j] as u16; // tags are ASCII: valid BCP 47
            j += 1;
        }
        i += 1;
    }
    out
};

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

    /// The tag as NUL-terminated UTF-16 (NUL included), e.g. for Win32 wide APIs; static.
    pub fn tag_wide(self) -> &'static [u16] {
        &TAGS_WIDE[self.index()][..=self.tag().len()]
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

    /// Like [`negotiate`](Self::negotiate), for a UTF-16 request (Win32's `WCHAR`
    /// strings, without the NUL). Requests are ASCII, so each unit that is not
    /// becomes an invalid UTF-8 byte: the item holding it (a non-ASCII character,
    /// an unpaired surrogate) is ignored, as in [`negotiate_bytes`](Self::negotiate_bytes).
    /// Units past the parser's bound are not read.
    pub fn negotiate_utf16(request: &[u16]) -> Locale {
        let mut bytes = [0u8; request::MAX_REQUEST_BYTES + 1];
        let len = request.len().min(bytes.len());
        for (byte, &unit) in bytes.iter_mut().zip(&request[..len]) {
            *byte = u8::try_from(unit).ok().filter(u8::is_ascii).unwrap_or(0xFF);
        }
        Self::negotiate_bytes(&bytes[..len])
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

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn utf16_requests_negotiate_like_their_utf8_twins() {
        for req in [
            "fr-FR",
            "fr_CA.UTF-8",
            "de-DE, fr;q=0.8, en;q=0.5",
            "de:fr",
            "en-GB",
            "zz",
        ] {
            assert_eq!(
                Locale::negotiate_utf16(&wide(req)),
                Locale::negotiate(req),
                "{req}"
            );
        }
        // Empty: the process default.
        assert_eq!(Locale::negotiate_utf16(&[]), Locale::system());
    }

    #[test]
    fn non_ascii_units_spoil_only_their_item() {
        // U+00E9 (é) fits in a byte but is not ASCII; U+0166 must not be read as its low byte, 'f'.
        assert_eq!(Locale::negotiate_utf16(&wide("\u{e9}fr,en")).tag(), "en-US");
        assert_eq!(
            Locale::negotiate_utf16(&[0x0166, b'r' as u16]).tag(),
            "en-US"
        );
        assert_eq!(
            Locale::negotiate_utf16(&wide("de\u{1F600},fr")).tag(),
            "fr-FR"
        );
        // Unpaired surrogates.
        let mut lone = vec![0xD800];
        lone.extend(wide(",fr"));
        assert_eq!(Locale::negotiate_utf16(&lone).tag(), "fr-FR");
        let mut lone = wide("fr");
        lone.push(0xDC00);
        assert_eq!(Locale::negotiate_utf16(&lone).tag(), "en-US");
    }

    #[test]
    fn utf16_requests_are_bounded() {
        // The first MAX_REQUEST_BYTES units decide, exactly as for bytes.
        let mut long = wide("fr,");
        long.resize(request::MAX_REQUEST_BYTES * 4, u16::from(b'z'));
        assert_eq!(Locale::negotiate_utf16(&long).tag(), "fr-FR");
        let late = format!("{},fr", "z".repeat(5 * request::MAX_REQUEST_BYTES));
        assert_eq!(Locale::negotiate_utf16(&wide(&late)).tag(), "en-US");
        assert_eq!(Locale::negotiate(&late).tag(), "en-US");
    }

    #[test]
    fn wide_tags_are_the_tags_nul_terminated() {
        for locale in Locale::all() {
            let w = locale.tag_wide();
            assert_eq!(w.last(), Some(&0));
            assert_eq!(String::from_utf16(&w[..w.len() - 1]).unwrap(), locale.tag());
            assert_eq!(locale.tag_wide().as_ptr(), w.as_ptr());
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
