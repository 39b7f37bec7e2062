//! Simple language lists (`de-DE, fr;q=0.8, en`, `sv_SE:fr`, `fr_FR.UTF-8`)
//! negotiated among the shipped locales from their bytes. They are nearly every
//! request a server passes on and nearly every process default; the general path (`request`'s parser on unic-langid, its vectors
//! and sort) costs a fresh process ~7 µs of page faults on its first request.
//! Whatever this module does not read plainly is `None`, for the general path,
//! and a test holds every answer it gives to that path's.

use super::request::{parse_qvalue, LEGACY_LANGUAGES, MAX_ITEMS, MAX_REQUEST_BYTES};
use super::{shipped_for_subtags, total, Locale, COUNT};

/// The locale [`LocaleRequest::negotiate`](super::LocaleRequest::negotiate)
/// gives `request`, when only the shipped locales exist and every item of the
/// list is a two-letter language, with a two-letter region after `-` or `_` or
/// without, a POSIX codeset or not, weighted `;q=` or not; `None` for anything else.
#[cold]
#[inline(never)]
pub(super) fn negotiate(request: &[u8]) -> Option<Locale> {
    if total() != COUNT {
        return None;
    }
    among_shipped(request)
}

/// [`negotiate`] among the shipped locales, whatever else was added.
fn among_shipped(request: &[u8]) -> Option<Locale> {
    if request.len() > MAX_REQUEST_BYTES {
        return None;
    }
    // The most preferred item a locale answers: the first of the highest weight,
    // as the general path's stable sort by weight would put it.
    let mut best: Option<(u16, usize)> = None;
    for (n, item) in request.split(|&b| b == b',' || b == b':').enumerate() {
        if n == MAX_ITEMS {
            return None;
        }
        let (language, region, weight) = item_of(item)?;
        // q=0: "not acceptable".
        if weight == 0 || best.is_some_and(|(w, _)| w >= weight) {
            continue;
        }
        if let Some(index) = shipped_for(language, region) {
            best = Some((weight, index));
        }
    }
    Some(best.map_or(Locale::EN_US, |(_, index)| Locale(index as u8)))
}

/// One item as (language, region, weight), case made canonical.
fn item_of(item: &[u8]) -> Option<([u8; 2], Option<[u8; 2]>, u16)> {
    let (tag, weight) = match item.iter().position(|&b| b == b';') {
        None => (item, 1000),
        Some(semi) => {
            let param = &item[semi + 1..];
            let eq = param.iter().position(|&b| b == b'=')?;
            if !matches!(trim(&param[..eq]), b"q" | b"Q") {
                return None;
            }
            (&item[..semi], parse_qvalue(trim(&param[eq + 1..]))?)
        }
    };
    // A POSIX name's codeset says nothing of the language; a modifier may
    // (`sr_RS@latin`): the general path reads it.
    let tag = trim(tag);
    let tag = match tag.iter().position(|&b| b == b'.') {
        _ if tag.contains(&b'@') => return None,
        Some(dot) => &tag[..dot],
        None => tag,
    };
    let letter = |b: u8| b.is_ascii_alphabetic().then_some(b);
    match *tag {
        [a, b] => Some((language(letter(a)?, letter(b)?), None, weight)),
        [a, b, b'-' | b'_', c, d] => {
            let region = [letter(c)?, letter(d)?].map(|b| b.to_ascii_uppercase());
            Some((language(letter(a)?, letter(b)?), Some(region), weight))
        }
        _ => None,
    }
}

/// A language subtag in lower case, a withdrawn code as the one that replaced it.
fn language(a: u8, b: u8) -> [u8; 2] {
    let language = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
    LEGACY_LANGUAGES
        .iter()
        .find(|(old, _)| old.as_bytes() == language)
        .map_or(language, |(_, current)| {
            [current.as_bytes()[0], current.as_bytes()[1]]
        })
}

/// Spaces and tabs off both ends: the whitespace a header list holds.
fn trim(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    while let [rest @ .., b' ' | b'\t'] = bytes {
        bytes = rest;
    }
    bytes
}

/// The shipped locale for a language and region by the rule of every shipped
/// negotiation ([`super::shipped_for`]).
fn shipped_for(language: [u8; 2], region: Option<[u8; 2]>) -> Option<usize> {
    // ASCII letters: never an error.
    let language = std::str::from_utf8(&language).ok()?;
    let region = region.as_ref().and_then(|r| std::str::from_utf8(r).ok());
    shipped_for_subtags(language, None, region)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::LocaleRequest;
    use crate::shipped::EMBEDDED;

    /// The general path among the shipped locales: what `negotiate` answers
    /// while no locale was added (other tests of this binary add some).
    fn general(request: &str) -> Locale {
        LocaleRequest::parse(request).negotiate_shipped()
    }

    /// Every language that ships and a few that do not, with every region that
    /// ships and those the families name, in both cases and separators.
    #[test]
    fn every_single_item_answers_as_the_general_path() {
        let mut languages: Vec<String> = EMBEDDED
            .iter()
            .map(|(t, _, _)| t[..2].to_string())
            .collect();
        languages.extend(["iw", "ji", "in", "nn", "no", "xx", "is"].map(String::from));
        languages.dedup();
        let mut regions: Vec<String> = EMBEDDED
            .iter()
            .map(|(t, _, _)| t[t.len() - 2..].to_string())
            .collect();
        regions.extend(
            [
                "AR", "AU", "BE", "CA", "CH", "HK", "MO", "SG", "AO", "MZ", "US", "FI", "ME", "XX",
            ]
            .map(String::from),
        );
        let mut answered = 0;
        for language in &languages {
            let mut requests = vec![language.clone(), language.to_uppercase()];
            for region in &regions {
                requests.push(format!("{language}-{region}"));
                requests.push(format!("{language}_{region}"));
                requests.push(format!("{language}_{region}.UTF-8"));
                requests.push(format!(
                    "{}-{}",
                    language.to_uppercase(),
                    region.to_lowercase()
                ));
            }
            for r in requests {
                let quick = among_shipped(r.as_bytes());
                assert_eq!(quick, Some(general(&r)), "{r}");
                answered += 1;
            }
        }
        assert!(answered > 1000, "{answered}");
    }

    /// Every shipped tag in the forms an environment gives it (`LANG`,
    /// `LANGUAGE`, Windows' list of UI languages) is answered, as itself.
    #[test]
    fn a_plain_environment_is_answered() {
        let mut answered = 0;
        for (index, (tag, _, _)) in EMBEDDED.iter().enumerate() {
            let posix = tag.replace('-', "_");
            for r in [
                tag.to_string(),
                posix.clone(),
                format!("{posix}.UTF-8"),
                format!("{tag},en-US,de-DE"),
                format!("{posix}:de:fr"),
                format!(" {tag} , ja-JP"),
            ] {
                match among_shipped(r.as_bytes()) {
                    Some(got) => {
                        assert_eq!(got, general(&r), "{r}");
                        assert_eq!(got, Locale(index as u8), "{r}");
                        answered += 1;
                    }
                    // Only the one shipped tag with a script.
                    None => assert_eq!(*tag, "sr-Latn-RS", "{r}"),
                }
            }
        }
        assert_eq!(answered, 6 * (EMBEDDED.len() - 1));
    }

    #[test]
    fn lists_answer_as_the_general_path() {
        for r in [
            "is-IS, fr;q=0.8, en;q=0.5",
            "en;q=0.5, fr;q=0.8, de-DE",
            "it, es;q=1.0, pt",
            "fr;q=0, en",
            "fr;Q = 0.5 , de ; q=0.5",
            "xx, yy;q=0.9",
            "zh-HK, zh;q=0.9",
            "iw-IL;q=0.3, ji",
            "sv:fr:de_AT",
            "pt-AO;q=0.9,pt-BR;q=0.9",
            "en-AU,en-GB,en-US;q=0.1",
            "\tfr-CA ,\tfr",
            "sv:fr:fr_FR.UTF-8",
            "fr_CA.ISO-8859-1",
            "de.UTF-8",
        ] {
            assert_eq!(among_shipped(r.as_bytes()), Some(general(r)), "{r}");
        }
    }

    /// What it leaves to the general path: scripts, three-letter languages and
    /// numeric regions, POSIX modifiers and `C`, other parameters, bad
    /// weights, wildcards, empty items, other whitespace, too much.
    #[test]
    fn anything_else_is_left_to_the_general_path() {
        let long = format!("fr,{}", "x".repeat(MAX_REQUEST_BYTES));
        let many = "fr,".repeat(MAX_ITEMS) + "de";
        for r in [
            "sr-Latn-RS",
            "zh-Hant",
            "fil",
            "es-419",
            "sr_RS@latin",
            "fr_FR@euro",
            "fr_FR.UTF-8@euro",
            "fr_FR .UTF-8",
            "C",
            "C.UTF-8",
            "fr;level=1",
            "fr;q=0.5;x=1",
            "fr;q=2",
            "fr;q=0.1234",
            "fr;q",
            "*",
            "fr,,de",
            "fr,",
            "\u{b}fr",
            "fr-FR-x-y",
            "é",
            "f1",
            &long,
            &many,
        ] {
            assert_eq!(among_shipped(r.as_bytes()), None, "{r:?}");
        }
    }
}
