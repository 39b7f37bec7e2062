//! Parsing of the `locales` argument: BCP 47 tags, POSIX locale names,
//! HTTP Accept-Language lists with q-weights and GNU `LANGUAGE` lists.
//!
//! The parser works on bytes because C callers may pass anything: items that
//! are not ASCII, not a language, or badly weighted are skipped, never an error.

use unic_langid::{subtags, LanguageIdentifier};

/// Only this many bytes of a request are read. Real Accept-Language headers are
/// far shorter; the bound keeps hostile input from costing time or memory.
pub const MAX_REQUEST_BYTES: usize = 1024;
/// Only this many items of a list are considered.
pub const MAX_ITEMS: usize = 32;

/// A parsed `locales` request: language identifiers, most preferred first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocaleRequest {
    languages: Vec<LanguageIdentifier>,
}

impl LocaleRequest {
    /// Parses a request string; see the crate documentation for the accepted forms.
    pub fn parse(request: &str) -> Self {
        Self::parse_bytes(request.as_bytes())
    }

    /// Like [`parse`](Self::parse), for bytes that need not be UTF-8.
    pub fn parse_bytes(request: &[u8]) -> Self {
        let request = bounded(request);
        // (q-weight in thousandths, language), sorted stably by weight.
        let mut items: Vec<(u16, LanguageIdentifier)> = request
            .split(|&b| b == b',' || b == b':')
            .take(MAX_ITEMS)
            .filter_map(parse_item)
            .collect();
        items.sort_by_key(|item| std::cmp::Reverse(item.0));
        let mut languages: Vec<LanguageIdentifier> = Vec::with_capacity(items.len());
        for (_, lang) in items {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        Self { languages }
    }

    /// The requested languages, most preferred first.
    pub fn languages(&self) -> &[LanguageIdentifier] {
        &self.languages
    }

    /// True when nothing usable was requested.
    pub fn is_empty(&self) -> bool {
        self.languages.is_empty()
    }
}

/// Cuts `request` to [`MAX_REQUEST_BYTES`], at the last item separator within the bound
/// so that no half item is read.
fn bounded(request: &[u8]) -> &[u8] {
    if request.len() <= MAX_REQUEST_BYTES {
        return request;
    }
    let head = &request[..MAX_REQUEST_BYTES];
    let cut = head
        .iter()
        .rposition(|&b| b == b',' || b == b':')
        .unwrap_or(0);
    &head[..cut]
}

/// One list item: `tag[;q=weight]`, where tag is BCP 47 or a POSIX locale name.
fn parse_item(item: &[u8]) -> Option<(u16, LanguageIdentifier)> {
    let item = std::str::from_utf8(item).ok().filter(|s| s.is_ascii())?;
    let mut parts = item.split(';');
    let tag = parts.next()?.trim();
    let mut weight = 1000;
    for param in parts {
        let (key, value) = param.split_once('=')?;
        if key.trim().eq_ignore_ascii_case("q") {
            weight = parse_qvalue(value.trim().as_bytes())?;
        }
    }
    if weight == 0 {
        return None; // "q=0" means "not acceptable".
    }
    Some((weight, parse_tag(tag)?))
}

/// RFC 9110 `qvalue`: `0[.ddd]` or `1[.000]`, in thousandths.
pub(super) fn parse_qvalue(value: &[u8]) -> Option<u16> {
    let (int, frac) = match value.iter().position(|&b| b == b'.') {
        Some(dot) => (&value[..dot], &value[dot + 1..]),
        None => (value, &[][..]),
    };
    if frac.len() > 3 || !frac.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // Thousandths, the missing digits zero; by hand, not through `format!` and
    // `parse`: a first request would fault in the formatting machinery's pages.
    let frac = (0..3).fold(0u16, |v, i| {
        v * 10 + frac.get(i).map_or(0, |d| u16::from(d - b'0'))
    });
    match int {
        b"0" => Some(frac),
        b"1" if frac == 0 => Some(1000),
        _ => None,
    }
}

/// A BCP 47 tag or POSIX locale name → language identifier.
pub(crate) fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    // POSIX: language[_territory][.codeset][@modifier]
    let (tag, modifier) = tag.split_once('@').unwrap_or((tag, ""));
    let tag = tag.split_once('.').map_or(tag, |(t, _codeset)| t);
    if tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return Some(en_us());
    }
    // unic-langid has no extensions: drop everything from the first singleton
    // (`-u-`, `-t-`, `-x-`, …) on.
    let mut end = 0;
    for (i, subtag) in tag.split(['-', '_']).enumerate() {
        if subtag.len() == 1 && i > 0 {
            break;
        }
        end += subtag.len() + usize::from(i > 0);
    }
    let mut lang = LanguageIdentifier::from_bytes(&tag.as_bytes()[..end]).ok()?;
    if lang.language.is_empty() {
        return None; // "und" or "*" asks for nothing in particular.
    }
    // ISO 639's withdrawn codes, still sent by old Java and Android systems
    // (`iw_IL`, `ji`, `in_ID`): the language the current code names.
    if let Some(&(_, current)) = LEGACY_LANGUAGES
        .iter()
        .find(|(old, _)| lang.language.as_str() == *old)
    {
        lang.language = current.parse().expect("a valid language subtag");
    }
    if lang.script.is_none() {
        lang.script = match modifier {
            m if m.eq_ignore_ascii_case("latin") => "Latn".parse::<subtags::Script>().ok(),
            m if m.eq_ignore_ascii_case("cyrillic") => "Cyrl".parse::<subtags::Script>().ok(),
            _ => None,
        };
    }
    Some(lang)
}

/// Withdrawn ISO 639 language codes and the codes that replaced them.
pub(super) const LEGACY_LANGUAGES: &[(&str, &str)] = &[("iw", "he"), ("ji", "yi"), ("in", "id")];

fn en_us() -> LanguageIdentifier {
    unic_langid::langid!("en-US")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(request: &str) -> Vec<String> {
        LocaleRequest::parse(request)
            .languages()
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn bcp47_in_any_case_with_extensions() {
        assert_eq!(tags("FR-fr"), ["fr-FR"]);
        assert_eq!(tags("fr-Latn-FR-u-ca-gregory"), ["fr-Latn-FR"]);
        assert_eq!(tags("en-x-private"), ["en"]);
        assert_eq!(tags("  fr-CA  "), ["fr-CA"]);
    }

    #[test]
    fn posix_names() {
        assert_eq!(tags("fr_CA.UTF-8"), ["fr-CA"]);
        assert_eq!(tags("fr_FR@euro"), ["fr-FR"]);
        assert_eq!(tags("sr_RS@latin"), ["sr-Latn-RS"]);
        assert_eq!(tags("C"), ["en-US"]);
        assert_eq!(tags("POSIX"), ["en-US"]);
        assert_eq!(tags("C.UTF-8"), ["en-US"]);
        assert_eq!(tags("ar_SA.UTF-8"), ["ar-SA"]);
        assert_eq!(tags("he_IL.UTF-8"), ["he-IL"]);
        assert_eq!(tags("zh_TW.UTF-8"), ["zh-TW"]);
        assert_eq!(tags("zh_HK.Big5-HKSCS"), ["zh-HK"]);
    }

    #[test]
    fn legacy_language_codes_are_the_current_ones() {
        assert_eq!(tags("iw"), ["he"]);
        assert_eq!(tags("iw_IL"), ["he-IL"]);
        assert_eq!(tags("IW-il"), ["he-IL"]);
        assert_eq!(tags("iw_IL.UTF-8"), ["he-IL"]);
        assert_eq!(tags("ji"), ["yi"]);
        assert_eq!(tags("in-ID"), ["id-ID"]);
        // Two items that now say the same: one.
        assert_eq!(tags("he-IL, iw-IL;q=0.5"), ["he-IL"]);
    }

    #[test]
    fn accept_language_sorted_by_weight() {
        assert_eq!(tags("sv-SE, fr;q=0.8, en;q=0.5"), ["sv-SE", "fr", "en"]);
        assert_eq!(tags("en;q=0.5, fr;q=0.8, de-DE"), ["de-DE", "fr", "en"]);
        // Stable for equal weights; q=0 excluded; malformed weights skip the item.
        assert_eq!(tags("it, es;q=1.0, pt"), ["it", "es", "pt"]);
        assert_eq!(tags("fr;q=0, en"), ["en"]);
        assert_eq!(tags("fr;q=2, de;q=abc, en;q=0.1234, it;Q = 0.5"), ["it"]);
        assert_eq!(tags("*, fr;q=0.1"), ["fr"]);
        for (value, thousandths) in [
            ("0", 0),
            ("0.", 0),
            ("0.5", 500),
            ("0.25", 250),
            ("0.125", 125),
            ("0.007", 7),
            ("1", 1000),
            ("1.000", 1000),
        ] {
            assert_eq!(parse_qvalue(value.as_bytes()), Some(thousandths), "{value}");
        }
        for value in ["1.5", "0.1234", "2", "", "0.a", ".5", "01"] {
            assert_eq!(parse_qvalue(value.as_bytes()), None, "{value}");
        }
    }

    #[test]
    fn gnu_language_list() {
        assert_eq!(tags("sv:fr"), ["sv", "fr"]);
        assert_eq!(tags("de_AT:fr_FR.UTF-8:en"), ["de-AT", "fr-FR", "en"]);
    }

    #[test]
    fn nonsense_gives_nothing() {
        for junk in [
            "",
            ",,,",
            "!!!",
            "12345",
            "und",
            "é",
            "x-private",
            "fr-FR-toolongsubtag",
        ] {
            assert!(tags(junk).is_empty(), "{junk:?} gave {:?}", tags(junk));
        }
        assert!(LocaleRequest::parse_bytes(b"\xff\xfe").is_empty());
        assert_eq!(
            LocaleRequest::parse_bytes(b"de\xff,fr").languages(),
            [unic_langid::langid!("fr")]
        );
    }

    #[test]
    fn huge_requests_are_bounded() {
        let mut big = "xx-YY,".repeat(10_000);
        big.push_str("fr");
        assert!(tags(&big).len() <= MAX_ITEMS);
        let long = format!("{},fr", "a".repeat(5 * MAX_REQUEST_BYTES));
        assert!(tags(&long).is_empty());
        let mut cut = "en;q=0.1,".to_string();
        cut.push_str(&"z".repeat(MAX_REQUEST_BYTES));
        assert_eq!(tags(&cut), ["en"]);
    }
}
