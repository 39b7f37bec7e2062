//! Which locale answers a request: parsing ([`request`]), negotiation with
//! fluent-langneg, a bounded cache of results, the process default (`system`),
//! and the registry of locales: the shipped ones, then those added at run time.
//!
//! # Added locales
//! A [`Locale`] is a small index. The shipped locales come first, sorted by tag;
//! each locale added at run time (`winhttp_err_add_locale`) takes the next index,
//! up to [`MAX_LOCALES`] in all, and keeps it for the life of the process. The
//! registry only grows: writers serialize on one `Mutex<Registry>`; readers never lock. A
//! new tag is published in this order: its data (by the caller, in `l10n`), its
//! tag, the list negotiation reads, the count, and last the epoch that the cache
//! of negotiation results is keyed with, so that no answer cached before the add
//! is used after it. Every table is append-only (`OnceLock`s behind a published
//! count), so readers need no `unsafe` and no lock.

mod cache;
mod families;
pub(crate) mod publish;
mod quick;
pub mod request;
mod system;

use std::ffi::{CStr, CString};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, Mutex, MutexGuard, OnceLock};

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::subtags::Script;
use unic_langid::LanguageIdentifier;

pub use request::LocaleRequest;

use crate::shipped::EMBEDDED;

/// A five-byte tag (`xx-YY`: every shipped tag but `sr-Latn-RS`) as one word,
/// its bytes little-endian: equal tags, equal keys, and never 0 (a request holds
/// no NUL). A comparison of two words, where slice equality calls `memcmp`.
#[inline(always)]
const fn key_of(tag: &[u8]) -> Option<u64> {
    match *tag {
        [a, b, c, d, e] => Some(u64::from_le_bytes([a, b, c, d, e, 0, 0, 0])),
        _ => None,
    }
}

/// Bits of a slot of [`EXACT_TAGS`]: 128 slots for the shipped tags.
const EXACT_BITS: u32 = 7;

/// The slot of `key` in [`EXACT_TAGS`] for multiplier `k`: multiplicative hashing.
#[inline(always)]
const fn exact_slot(key: u64, k: u64) -> usize {
    (key.wrapping_mul(k) >> (64 - EXACT_BITS)) as usize
}

/// The shipped five-byte tags at their slots for multiplier `k`, as
/// `(key, index)`, `(0, _)` elsewhere; `None` if two share a slot.
const fn exact_slots(k: u64) -> Option<[(u64, u8); 1 << EXACT_BITS]> {
    let mut slots = [(0, u8::MAX); 1 << EXACT_BITS];
    let mut i = 0;
    while i < COUNT {
        if let Some(key) = key_of(EMBEDDED[i].0.as_bytes()) {
            let s = exact_slot(key, k);
            if slots[s].0 != 0 {
                return None;
            }
            slots[s] = (key, i as u8);
        }
        i += 1;
    }
    Some(slots)
}

/// The first odd multiplier (from the golden ratio's, by steps of another odd
/// constant's double) that gives every shipped tag a slot of its own: the build
/// finds it, and fails if it cannot (then raise [`EXACT_BITS`]).
const EXACT_MULTIPLIER: u64 = {
    let mut k: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut tries = 0;
    while exact_slots(k).is_none() {
        k = k.wrapping_add(0x6A09_E667_F3BC_C908);
        tries += 1;
        assert!(
            tries < 100_000,
            "no multiplier gives each shipped tag a slot"
        );
    }
    k
};

/// The shipped five-byte tags by [`exact_slot`]: such a tag is found with one
/// multiplication, one load and one comparison. (`sr-Latn-RS` takes the cache.)
const EXACT_TAGS: [(u64, u8); 1 << EXACT_BITS] = match exact_slots(EXACT_MULTIPLIER) {
    Some(slots) => slots,
    None => unreachable!(),
};

/// The shipped locale whose canonical tag `request` is, byte for byte, if
/// that tag has five bytes.
#[inline(always)]
fn exact_tag(request: &[u8]) -> Option<Locale> {
    let key = key_of(request)?;
    let (tag, index) = EXACT_TAGS[exact_slot(key, EXACT_MULTIPLIER)];
    (tag == key).then_some(Locale(index))
}

/// For each two-letter language `xy` (at `(x − a) × 26 + (y − a)`), the indices
/// `first..end` of the shipped tags that start with it (they are sorted, so
/// next to each other); empty when none does.
static LANGUAGES: [(u8, u8); 26 * 26] = {
    let mut ranges = [(0u8, 0u8); 26 * 26];
    let mut i = COUNT;
    while i > 0 {
        i -= 1;
        let tag = EMBEDDED[i].0.as_bytes();
        assert!(tag[0].is_ascii_lowercase() && tag[1].is_ascii_lowercase() && tag[2] == b'-');
        let at = (tag[0] - b'a') as usize * 26 + (tag[1] - b'a') as usize;
        let end = if ranges[at].1 == 0 {
            i as u8 + 1
        } else {
            ranges[at].1
        };
        ranges[at] = (i as u8, end);
    }
    ranges
};

/// The shipped tags of two-letter language `a` `b` (lowercase ASCII), as indices.
fn of_language(a: u8, b: u8) -> std::ops::Range<usize> {
    let (first, end) = LANGUAGES[usize::from(a - b'a') * 26 + usize::from(b - b'a')];
    usize::from(first)..usize::from(end)
}

/// A locale the library knows, e.g. `en-US` or `fr-FR`: shipped, or added at
/// run time. Copy, one byte; valid for the life of the process.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(u8);

/// Number of shipped locales.
pub(crate) const COUNT: usize = crate::shipped::COUNT;

/// Most locales in all, shipped and added at run time; adding a new tag beyond
/// fails (`WINHTTP_ERR_LIMIT`). Overriding a locale that exists takes no new slot.
pub const MAX_LOCALES: usize = 64;

const _: () = assert!(COUNT <= MAX_LOCALES && MAX_LOCALES <= u8::MAX as usize);

/// The writer side of the registry: every change to it, and to per-locale
/// data, is made through the one guard of [`registry`]. Readers never lock:
/// they read what a writer published (Release) with Acquire loads. The methods
/// that change the registry take `&mut self`, so the compiler checks the lock
/// is held; the order of publication (data, tag, list, count, epoch) is kept
/// inside [`Registry::register`].
#[derive(Debug)]
pub(crate) struct Registry {
    /// Generations of per-locale data published so far (`l10n`'s table).
    pub(crate) generations: usize,
    /// Bytes of FTL accepted so far, counted once an add succeeded.
    pub(crate) added_bytes: usize,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    generations: 0,
    added_bytes: 0,
});

/// The registry's writer guard. A poisoned lock only means a panic elsewhere
/// while holding it; every published state is consistent, so go on.
pub(crate) fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The tag of an added locale in the forms handed out, leaked: never freed.
struct AddedTag {
    tag: &'static str,
    cstr: &'static CStr,
    wide: &'static [u16],
}

/// Tags of added locales, by index (the first [`COUNT`] stay empty).
static ADDED: [OnceLock<AddedTag>; MAX_LOCALES] = [const { OnceLock::new() }; MAX_LOCALES];
/// Locales in all: [`COUNT`] plus those added; read and written through
/// [`publish`] alone.
static TOTAL: AtomicU64 = AtomicU64::new(COUNT as u64);
/// The list negotiation picks from once `n + 1` locales were added: set before
/// [`TOTAL`] says so, never changed, never freed (a reader may hold an older one).
static AVAILABLE_ADDED: [OnceLock<Vec<LanguageIdentifier>>; MAX_LOCALES - COUNT] =
    [const { OnceLock::new() }; MAX_LOCALES - COUNT];
/// Bumped after each new tag is published; mixed into the cache's keys.
static EPOCH: AtomicU64 = AtomicU64::new(0);

/// The current epoch of the registry: changes each time a new locale is added.
#[inline]
pub(crate) fn epoch() -> u64 {
    EPOCH.load(Ordering::Acquire)
}

/// How many locales there are, with the registration of each visible.
#[inline]
fn total() -> usize {
    publish::count(&TOTAL) as usize
}

/// The languages negotiation picks from, in index order.
#[inline]
fn available() -> &'static [LanguageIdentifier] {
    match total() - COUNT {
        0 => &SHIPPED_AVAILABLE,
        added => AVAILABLE_ADDED[added - 1]
            .get()
            .map_or(&SHIPPED_AVAILABLE[..], Vec::as_slice),
    }
}

/// Why a tag could not be registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RegisterError {
    /// Already [`MAX_LOCALES`] locales.
    Limit,
}

impl Registry {
    /// The locale `tag` (canonical BCP 47) would get: its index if it exists
    /// (shipped or added), or the next free one. Then publish its data and
    /// [`register`](Self::register) it.
    pub(crate) fn slot_for(&self, tag: &str) -> Result<(Locale, bool), RegisterError> {
        if let Some(existing) = Locale::from_tag(tag) {
            return Ok((existing, true));
        }
        let next = total();
        if next >= MAX_LOCALES {
            return Err(RegisterError::Limit);
        }
        Ok((Locale(next as u8), false))
    }

    /// Makes `locale`, a new index from [`slot_for`](Self::slot_for), visible
    /// under `tag`, after the locale's data was published.
    pub(crate) fn register(&mut self, locale: Locale, tag: &str, langid: LanguageIdentifier) {
        let index = locale.index();
        debug_assert_eq!(index, total());
        let added = AddedTag {
            tag: String::leak(tag.to_owned()),
            cstr: Box::leak(
                CString::new(tag)
                    .expect("tags are ASCII")
                    .into_boxed_c_str(),
            ),
            wide: Box::leak(tag.encode_utf16().chain([0]).collect()),
        };
        assert!(ADDED[index].set(added).is_ok(), "slot {index} taken");
        let mut list = available().to_vec();
        list.push(langid);
        assert!(
            AVAILABLE_ADDED[index - COUNT].set(list).is_ok(),
            "list {index} taken"
        );
        // Published last: the tag and the list are there for whoever sees the count.
        publish::publish(&TOTAL, index as u64 + 1);
        EPOCH.fetch_add(1, Ordering::AcqRel);
    }
}

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

/// Longest tag accepted, shipped or added, in bytes; the build fails (at compile
/// time) for a longer shipped one.
pub const MAX_TAG_BYTES: usize = 35;

/// `tag` in canonical form (`sv-se` → `sv-SE`, `sr-latn-rs` → `sr-Latn-RS`), when
/// it is a BCP 47 language tag of at most [`MAX_TAG_BYTES`] bytes: a language of
/// two or three letters (ISO 639; BCP 47's 5–8 letter languages are registered
/// none, and would make any folder named `backup` a locale; not `und`), then
/// optional script, region and variants. Extensions and private use are refused.
pub fn canonical_tag(tag: &str) -> Option<String> {
    let ascii = tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let language = tag.split('-').next().unwrap_or("");
    // "und" (undetermined) names no language: no request would ever choose it.
    let language_ok = (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && !language.eq_ignore_ascii_case("und");
    if tag.len() > MAX_TAG_BYTES || !ascii || !language_ok {
        return None;
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    let canonical = id.to_string();
    // unic-langid takes a 4-letter variant (`pt-htpppt-htpp`) that its own
    // string then gives back as a script (`pt-htpp-htpppt`): a tag whose
    // canonical form does not read back as itself would negotiate to another
    // locale than its own (found by the `add_locale` fuzz target).
    let again: LanguageIdentifier = canonical.parse().ok()?;
    (again == id).then_some(canonical)
}

/// Every shipped tag as NUL-terminated UTF-16, computed at compile time so that
/// handing one out can never fail.
static TAGS_WIDE: [[u16; MAX_TAG_BYTES + 1]; COUNT] = {
    let mut out = [[0u16; MAX_TAG_BYTES + 1]; COUNT];
    let mut i = 0;
    while i < COUNT {
        let tag = EMBEDDED[i].0.as_bytes();
        assert!(tag.len() <= MAX_TAG_BYTES, "locale tag too long");
        let mut j = 0;
        while j < tag.len() {
            out[i][j] = tag[j] as u16; // tags are ASCII: valid BCP 47
            j += 1;
        }
        i += 1;
    }
    out
};

static SHIPPED_AVAILABLE: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    EMBEDDED
        .iter()
        .map(|(tag, _, _)| tag.parse().expect("shipped tags are valid BCP 47"))
        .collect()
});

/// The script a language is written in: its own script subtag, or for Chinese
/// the one its region implies (Taiwan, Hong Kong and Macao write Traditional,
/// Hant; elsewhere Simplified, Hans). fluent-langneg matches `zh-TW` with
/// `zh-CN` on the language alone; a reader of Traditional Chinese must not get
/// Simplified. (CLDR's likely-subtags tables would answer for every language,
/// but weigh ~330 KiB; Chinese is the only split among the locales we ship.)
fn script_of(id: &LanguageIdentifier) -> Option<Script> {
    written_in(
        id.language.as_str(),
        id.script,
        id.region.as_ref().map(|r| r.as_str()),
    )
}

/// [`script_of`] of a language, script and region subtag.
fn written_in(language: &str, script: Option<Script>, region: Option<&str>) -> Option<Script> {
    if script.is_some() || language != "zh" {
        return script;
    }
    Some(chinese_script(region))
}

/// The script Chinese of `region` is written in: Traditional in Taiwan, Hong
/// Kong and Macao, Simplified elsewhere.
fn chinese_script(region: Option<&str>) -> Script {
    match region {
        Some("TW" | "HK" | "MO") => HANT,
        _ => HANS,
    }
}

const HANS: Script = unic_langid::script!("Hans");
const HANT: Script = unic_langid::script!("Hant");

impl Locale {
    /// American English: the source language and the fallback of every negotiation.
    pub const EN_US: Locale = Locale(find("en-US"));

    /// Every shipped locale, sorted by tag (not those added at run time: see
    /// [`available`](Self::available)).
    pub fn all() -> impl ExactSizeIterator<Item = Locale> + Clone {
        (0..COUNT as u8).map(Locale)
    }

    /// Every locale: the shipped ones, then those added at run time, in the
    /// order they were added.
    pub fn available() -> impl ExactSizeIterator<Item = Locale> + Clone {
        (0..Self::count() as u8).map(Locale)
    }

    /// How many locales there are, shipped and added.
    #[inline]
    pub fn count() -> usize {
        total()
    }

    /// The locale at `index` of [`available`](Self::available), if there is one.
    pub fn at(index: usize) -> Option<Locale> {
        (index < Self::count()).then_some(Locale(index as u8))
    }

    /// Whether this locale was added at run time (rather than shipped).
    pub fn is_added(self) -> bool {
        self.index() >= COUNT
    }

    /// The tag of an added locale.
    fn added(self) -> &'static AddedTag {
        ADDED[self.index()]
            .get()
            .expect("a Locale exists only once its tag is registered")
    }

    /// The canonical BCP 47 tag, e.g. `"fr-FR"`.
    pub fn tag(self) -> &'static str {
        match EMBEDDED.get(self.index()) {
            Some(shipped) => shipped.0,
            None => self.added().tag,
        }
    }

    /// The tag parsed, as Fluent takes it (for plural rules and the like).
    pub(crate) fn langid(self) -> LanguageIdentifier {
        self.tag()
            .parse()
            .expect("registered tags are valid BCP 47")
    }

    pub(crate) fn tag_cstr(self) -> &'static CStr {
        match EMBEDDED.get(self.index()) {
            Some(shipped) => shipped.1,
            None => self.added().cstr,
        }
    }

    /// The tag as NUL-terminated UTF-16 (NUL included), e.g. for Win32 wide APIs; static.
    pub fn tag_wide(self) -> &'static [u16] {
        match TAGS_WIDE.get(self.index()) {
            Some(shipped) => &shipped[..=self.tag().len()],
            None => self.added().wide,
        }
    }

    /// Position among the shipped locales; the key of per-locale tables.
    #[inline]
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    /// The locale, shipped or added, whose tag is exactly `tag` (ASCII case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Self::available().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The direction this locale's text is written in: right to left for
    /// Arabic, Hebrew, Persian, Urdu and the other languages and scripts of
    /// [`crate::bidi`]'s table, added locales included (an added `fa-IR` is
    /// right to left). Every text of a right-to-left locale starts each line
    /// with an RLM; see [`crate::bidi`] for the marks and why.
    pub fn direction(self) -> crate::Direction {
        crate::bidi::direction_of_tag(self.tag())
    }

    /// The process default: the user's language from the environment (POSIX) or
    /// the user's UI languages (Windows), read once.
    #[inline]
    pub fn system() -> Locale {
        system::locale()
    }

    /// The best locale for a `locales` request (see the crate docs), shipped or added;
    /// an empty request means [`Locale::system`]. Never fails: nothing usable is en-US.
    #[inline]
    pub fn negotiate(request: &str) -> Locale {
        Self::negotiate_bytes(request.as_bytes())
    }

    /// Like [`negotiate`](Self::negotiate), for bytes that need not be UTF-8.
    /// Always inlined: the two fast paths are a few instructions each.
    #[inline(always)]
    pub fn negotiate_bytes(request: &[u8]) -> Locale {
        if request.is_empty() {
            return Self::system();
        }
        // Exact canonical tags skip the cache and parsing altogether (a
        // `memcmp` call a tag, or a scan of the language's tags, was most of a
        // warm lookup).
        if let Some(locale) = exact_tag(request) {
            return locale;
        }
        Self::negotiate_cached(request)
    }

    /// Any request but the empty one and the exact shipped tags: through the
    /// cache of answers. Kept out of line, so that the two fast paths inline
    /// into their callers small.
    #[inline(never)]
    fn negotiate_cached(request: &[u8]) -> Locale {
        // Bytes past the parser's bound cannot change the answer; don't hash them.
        let request = &request[..request.len().min(request::MAX_REQUEST_BYTES + 1)];
        cache::get_or_insert(request, |r| {
            quick::negotiate(r).unwrap_or_else(|| LocaleRequest::parse_bytes(r).negotiate())
        })
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
    /// The best locale for these languages, shipped or added, or en-US: for
    /// the first requested language that any locale answers, the locale of the
    /// same language, script and region; else the regional variant its speakers
    /// read (`families`: es-AR → es-MX, en-AU → en-GB, nn → nb-NO); else what
    /// fluent-langneg's lookup finds among the locales of the same script.
    pub fn negotiate(&self) -> Locale {
        if total() == COUNT {
            return self.negotiate_shipped();
        }
        self.negotiate_among(available())
    }

    /// [`negotiate`](Self::negotiate) while only the shipped locales exist: the
    /// same rules, read off their tags without parsing 41 of them on a
    /// process's first request.
    fn negotiate_shipped(&self) -> Locale {
        self.languages()
            .iter()
            .find_map(shipped_for)
            .map_or(Locale::EN_US, |i| Locale(i as u8))
    }

    /// [`negotiate`](Self::negotiate) over `available`, parsed.
    fn negotiate_among(&self, available: &[LanguageIdentifier]) -> Locale {
        let position = |tag: &LanguageIdentifier| available.iter().position(|a| a == tag);
        for requested in self.languages() {
            let script = script_of(requested);
            let exact = available.iter().position(|a| {
                a.language == requested.language
                    && a.region == requested.region
                    && script_of(a) == script
            });
            let variant = || {
                let tag: LanguageIdentifier = families::variant_for(requested)?.parse().ok()?;
                position(&tag)
            };
            if let Some(i) = exact.or_else(variant) {
                return Locale(i as u8);
            }
            let candidates: Vec<&LanguageIdentifier> = available
                .iter()
                .filter(|a| {
                    let s = script_of(a);
                    script.is_none() || s.is_none() || s == script
                })
                .collect();
            let best = negotiate_languages(
                std::slice::from_ref(requested),
                &candidates,
                None,
                NegotiationStrategy::Lookup,
            );
            if let Some(i) = best.first().and_then(|b| position(b)) {
                return Locale(i as u8);
            }
        }
        Locale::EN_US
    }
}

/// The shipped locale for one requested language, by [`LocaleRequest::negotiate`]'s
/// rules, from the shipped tags' text: they are canonical (`ll-RR` or
/// `ll-Ssss-RR`), sorted, and those of one language are next to each other.
fn shipped_for(requested: &LanguageIdentifier) -> Option<usize> {
    let region = requested.region.as_ref().map(|r| r.as_str());
    shipped_for_subtags(requested.language.as_str(), requested.script, region)
}

/// [`shipped_for`] of a language, script and region subtag, canonical.
fn shipped_for_subtags(
    language: &str,
    script: Option<Script>,
    region: Option<&str>,
) -> Option<usize> {
    let script = written_in(language, script, region);
    let &[a @ b'a'..=b'z', b @ b'a'..=b'z'] = language.as_bytes() else {
        return None;
    };
    let same_language = of_language(a, b);
    // A shipped tag's script (or for Chinese the one its region implies) and region.
    let parts = |i: usize| {
        let mut subtags = EMBEDDED[i].0.split('-').skip(1);
        let (script, region) = match (subtags.next(), subtags.next()) {
            (Some(s), Some(r)) => (s.parse::<Script>().ok(), r),
            (Some(r), None) => (None, r),
            _ => (None, ""),
        };
        let script = written_in(language, script, Some(region));
        (script, region)
    };
    let exact = same_language.clone().find(|&i| {
        let (s, r) = parts(i);
        s == script && Some(r) == region
    });
    let variant = || {
        let tag = families::variant_of(language, region)?;
        EMBEDDED.iter().position(|(t, _, _)| *t == tag)
    };
    let same_script = || {
        same_language.clone().find(|&i| {
            let s = parts(i).0;
            script.is_none() || s.is_none() || s == script
        })
    };
    exact.or_else(variant).or_else(same_script)
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
    fn ships_every_windows_display_language() {
        // Windows' 38 language packs, with ca-ES, eu-ES and gl-ES.
        assert_eq!(Locale::all().len(), 41);
        let tags: Vec<_> = Locale::all().map(Locale::tag).collect();
        assert!(
            tags.contains(&"en-US") && tags.contains(&"fr-FR"),
            "{tags:?}"
        );
        assert_eq!(Locale::EN_US.tag(), "en-US");
        assert_eq!(Locale::from_tag("FR-fr").unwrap().tag(), "fr-FR");
    }

    /// The exact-tag path finds every five-byte shipped tag and nothing else:
    /// not another case, not one byte more or less, not a byte changed.
    #[test]
    fn exact_tags_are_the_shipped_tags_byte_for_byte() {
        for (i, (tag, _, _)) in EMBEDDED.iter().enumerate() {
            let want = (tag.len() == 5).then_some(Locale(i as u8));
            assert_eq!(exact_tag(tag.as_bytes()), want, "{tag}");
            assert_eq!(Locale::negotiate(tag), Locale(i as u8), "{tag}");
            let lower = tag.to_ascii_lowercase();
            assert_eq!(exact_tag(lower.as_bytes()), None, "{lower}");
            for cut in 0..tag.len() {
                assert_eq!(
                    exact_tag(&tag.as_bytes()[..cut]),
                    None,
                    "{tag} cut at {cut}"
                );
            }
            for at in 0..tag.len() {
                for byte in [
                    b'-',
                    b'_',
                    0xFF,
                    tag.as_bytes()[at] ^ 0x20,
                    tag.as_bytes()[at] + 1,
                ] {
                    let mut changed = tag.as_bytes().to_vec();
                    changed[at] = byte;
                    if changed != tag.as_bytes() {
                        assert_eq!(exact_tag(&changed), None, "{tag}: {changed:?}");
                    }
                }
            }
        }
        assert_eq!(
            exact_tag(b"sr-Latn-RS"),
            None,
            "ten bytes: through the cache"
        );
    }

    /// The shipped-only path answers as the general one does, over the shipped list.
    #[test]
    fn shipped_negotiation_is_the_general_rule() {
        let mut requests: Vec<String> = Vec::new();
        for (tag, _, _) in EMBEDDED {
            let language = tag.split('-').next().unwrap();
            requests.push(tag.to_string());
            requests.push(language.to_string());
            for region in [
                "US", "GB", "AU", "CA", "BE", "CH", "AT", "MX", "AR", "419", "PT", "AO", "BR",
                "TW", "HK", "SG", "CN", "RS", "ME", "FI", "NO", "XX",
            ] {
                requests.push(format!("{language}-{region}"));
            }
            for script in ["Latn", "Cyrl", "Hant", "Hans", "Arab"] {
                requests.push(format!("{language}-{script}"));
            }
        }
        requests.extend(
            [
                "nn",
                "no",
                "iw",
                "zh-Hant-CN",
                "zz, fr",
                "C",
                "xx-YY, de-AT",
            ]
            .map(String::from),
        );
        for r in requests {
            let request = LocaleRequest::parse(&r);
            assert_eq!(
                request.negotiate(),
                request.negotiate_among(&SHIPPED_AVAILABLE),
                "{r}"
            );
        }
    }

    #[test]
    fn negotiation() {
        for (req, want) in [
            ("fr-FR", "fr-FR"),
            ("fr-CA", "fr-CA"),
            ("fr_CA.UTF-8", "fr-CA"),
            ("fr-BE", "fr-FR"),
            ("fr-CH", "fr-FR"),
            ("fr-LU, fr-CA", "fr-FR"),
            ("FR-fr", "fr-FR"),
            ("fr", "fr-FR"),
            ("fr-Latn-FR-u-ca-gregory", "fr-FR"),
            ("fr_FR@euro", "fr-FR"),
            ("sv-SE, fr;q=0.8, en;q=0.5", "sv-SE"),
            ("xx-XX, fr;q=0.8, en;q=0.5", "fr-FR"),
            ("is-IS, en;q=0.5, fr;q=0.8", "fr-FR"),
            ("en;q=0.9, fr", "fr-FR"),
            ("is:fr", "fr-FR"),
            ("en-GB", "en-GB"),
            ("en-AU", "en-GB"),
            ("en-NZ", "en-GB"),
            ("en-IE", "en-GB"),
            ("en-IN", "en-GB"),
            ("en_GB.UTF-8", "en-GB"),
            ("en-CA", "en-US"),
            ("en", "en-US"),
            ("sv", "sv-SE"),
            ("sv-FI", "sv-SE"),
            ("no", "nb-NO"),
            ("nb", "nb-NO"),
            ("nn", "nb-NO"),
            ("nn-NO", "nb-NO"),
            ("no_NO.UTF-8", "nb-NO"),
            ("da", "da-DK"),
            ("fi", "fi-FI"),
            ("is", "en-US"),
            ("de", "de-DE"),
            ("C", "en-US"),
            ("POSIX", "en-US"),
            ("zz-ZZ", "en-US"),
            ("garbage!!", "en-US"),
            ("zh", "zh-CN"),
            ("zh-Hans", "zh-CN"),
            ("zh-SG", "zh-CN"),
            ("zh_CN.UTF-8", "zh-CN"),
            ("de-AT", "de-DE"),
            ("de-CH", "de-DE"),
            ("es", "es-ES"),
            ("es-ES", "es-ES"),
            ("es-MX", "es-MX"),
            ("es-419", "es-MX"),
            ("es-AR", "es-MX"),
            ("es-CO", "es-MX"),
            ("es-US", "es-MX"),
            ("es_CL.UTF-8", "es-MX"),
            ("es-GQ", "es-ES"),
            ("pt", "pt-BR"),
            ("pt-BR", "pt-BR"),
            ("pt-PT", "pt-PT"),
            ("pt-AO", "pt-PT"),
            ("pt-MZ", "pt-PT"),
            ("pt_PT.UTF-8", "pt-PT"),
            ("sr", "sr-Latn-RS"),
            ("sr-Latn", "sr-Latn-RS"),
            ("sr-RS", "sr-Latn-RS"),
            ("sr-Cyrl-RS", "sr-Latn-RS"),
            ("sr_RS@latin", "sr-Latn-RS"),
            ("ca", "ca-ES"),
            ("ca-AD", "ca-ES"),
            ("eu", "eu-ES"),
            ("gl", "gl-ES"),
            ("cs", "cs-CZ"),
            ("sk", "sk-SK"),
            ("hr-BA", "hr-HR"),
            ("tr", "tr-TR"),
            ("th", "th-TH"),
            ("uk", "uk-UA"),
            ("bg", "bg-BG"),
            ("el-CY", "el-GR"),
            ("ro-MD", "ro-RO"),
            ("hu", "hu-HU"),
            ("et", "et-EE"),
            ("lv", "lv-LV"),
            ("lt", "lt-LT"),
            ("sl", "sl-SI"),
            ("nl-BE", "nl-NL"),
            ("ja", "ja-JP"),
            ("ko", "ko-KR"),
            ("ru", "ru-RU"),
            ("pl", "pl-PL"),
            ("it", "it-IT"),
        ] {
            assert_eq!(neg(req), want, "{req}");
        }
        // Traditional Chinese never falls onto Simplified: zh-TW once it is
        // shipped, until then the next item; likewise Arabic and Hebrew.
        let or = |tag: &'static str, fallback: &'static str| {
            if Locale::all().any(|l| l.tag() == tag) {
                tag
            } else {
                fallback
            }
        };
        for (req, want) in [
            ("zh-TW, fr", or("zh-TW", "fr-FR")),
            ("zh-Hant, fr", or("zh-TW", "fr-FR")),
            ("zh-HK", or("zh-TW", "en-US")),
            ("zh-Hant-CN, fr", or("zh-TW", "fr-FR")),
            ("zh-MO, zh-TW", or("zh-TW", "en-US")),
            ("zh-TW, ja", or("zh-TW", "ja-JP")),
            ("zh_TW.UTF-8", or("zh-TW", "en-US")),
            ("ar-EG, fr", or("ar-SA", "fr-FR")),
            ("ar_SA.UTF-8", or("ar-SA", "en-US")),
            ("iw_IL, fr", or("he-IL", "fr-FR")),
            ("he", or("he-IL", "en-US")),
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
            "sv-SE, fr;q=0.8, en;q=0.5",
            "sv:fr",
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
            Locale::negotiate_utf16(&wide("sv\u{1F600},fr")).tag(),
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
