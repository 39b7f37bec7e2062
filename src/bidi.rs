//! Text direction: which locales are written right to left, and the marks that
//! make our text render in the right order wherever it is shown.
//!
//! # Direction
//! A locale's direction comes from its tag alone ([`direction_of_tag`]): an
//! explicit script decides (`az-Arab` is right to left, `ku-Latn`, `sd-Deva` and
//! `ff-Latn` left to right, `ff-Adlm` right to left); without one, a few
//! language–region pairs whose usual script differs from the language's
//! (`az-IR`, `pa-PK`, `uz-AF` are written in Arabic script, `sd-IN` in
//! Devanagari); then the language ([`RTL_LANGUAGES`]). unic-langid's
//! `character_direction` is not used: without its likely-subtags data (~330 KiB)
//! it takes every language sometimes written in Arabic script for a
//! right-to-left one (Panjabi in India, Azerbaijani, Hausa, Malay, Uzbek, Fula),
//! and does not know the legacy `iw`; the tests show where it differs.
//!
//! # Marks
//! Our text goes to plain-text renderers we do not control (MessageBoxW,
//! TaskDialog and DrawTextW through Uniscribe or DirectWrite; GTK through
//! Pango and FriBidi; Qt; browsers). Most take a paragraph's direction from its
//! first strong character, and all reorder digits and punctuation by the
//! Unicode Bidirectional Algorithm. So:
//! - every line of a right-to-left locale's text starts with U+200F RIGHT-TO-LEFT
//!   MARK (RLM): the paragraph is right to left even when it begins with a host
//!   or a number;
//! - every value put into a right-to-left end-user sentence (a host, an IP
//!   address with its port, the code and hexadecimal number of an unknown code,
//!   certificate flags), and in a left-to-right locale a host holding
//!   right-to-left letters, is put between
//!   two U+200E LEFT-TO-RIGHT MARKs (LRM): its dots, colons, brackets and digits
//!   sit between strong left-to-right characters and keep their order
//!   (`1.example.com` does not become `example.com.1`), and the sentence's
//!   punctuation after it stays with the sentence. Report lines leave
//!   "(NAME, CODE)" unmarked, so that log tools find it in every language: a
//!   name followed by digits is one left-to-right run by itself.
//!
//! Why marks rather than embeddings or isolates: LRM and RLM have no state. A
//! caller's buffer may cut a text anywhere (the snprintf-like functions), and
//! a cut LRE…PDF embedding or LRI…PDI isolate would leave the rest of the
//! caller's line inside it. The isolates (Unicode 6.3) are also not handled by
//! every renderer a C caller may use (older Uniscribe and WebKit among them),
//! some of which show them as boxes; that is also why Fluent's own isolation
//! marks stay off. Marks have been in every bidi implementation since
//! Unicode 2.0. The only bidi controls in our output are these: the host
//! sanitizer ([`crate::host`]) removes every one the caller sent.

use std::borrow::Cow;

/// The direction a locale's text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Direction {
    /// Left to right, e.g. English, Chinese, Russian. The C ABI's `WINHTTP_ERR_DIRECTION_LTR`.
    Ltr = 0,
    /// Right to left, e.g. Arabic, Hebrew, Persian. The C ABI's `WINHTTP_ERR_DIRECTION_RTL`.
    Rtl = 1,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML's `dir` attribute and CSS's `direction` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }

    /// Whether this is [`Direction::Rtl`].
    pub fn is_rtl(self) -> bool {
        self == Self::Rtl
    }
}

/// Languages written right to left in their usual script (ISO 639 codes,
/// lowercase): Arabic and Levantine Arabic, Aramaic, Southern Balochi, Balochi
/// and Western Balochi, Bakhtiari,
/// Central Kurdish (Sorani), Dhivehi, Persian and Dari, Gilaki, Hebrew (and its
/// legacy code `iw`), Yiddish (and `ji`), Khowar, Kashmiri, Northern Luri,
/// Mazanderani, N'Ko, Western Panjabi, Pashto, Sindhi, Southern Kurdish,
/// Rohingya, Saraiki, Syriac, Torwali, Uyghur, Urdu, South Azerbaijani.
pub const RTL_LANGUAGES: &[&str] = &[
    "apc", "ar", "arc", "azb", "bal", "bgn", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji",
    "khw", "ks", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "rhg", "sd", "sdh", "skr", "syr", "trw",
    "ug", "ur", "yi",
];

/// Scripts written right to left (ISO 15924): Adlam, Arabic and Nastaliq,
/// Hebrew, Thaana, Syriac, N'Ko, Hanifi Rohingya, Mandaic, Samaritan, Mende
/// Kikakui, Yezidi, and the historic ones (Imperial Aramaic, Avestan, Cypriot,
/// Chorasmian, Elymaic, Hatran, Old Hungarian, Kharoshthi, Lydian, Manichaean,
/// Meroitic, Old North and South Arabian, Nabataean, Old Turkic, Old Uyghur,
/// Palmyrene, Pahlavi, Phoenician, Parthian, Sogdian).
pub const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung", "Khar",
    "Lydi", "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm",
    "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Thaa", "Yezi",
];

/// Language and region pairs, without a script subtag, whose usual script is
/// not the language's: (language, region, direction).
const REGION_RULES: &[(&str, &str, Direction)] = &[
    ("az", "IR", Direction::Rtl), // Azerbaijani in Iran: Arabic script
    ("pa", "PK", Direction::Rtl), // Panjabi in Pakistan: Shahmukhi (Arabic)
    ("uz", "AF", Direction::Rtl), // Uzbek in Afghanistan: Arabic script
    ("sd", "IN", Direction::Ltr), // Sindhi in India: Devanagari
];

/// The direction of BCP 47 tag `tag` (any case, `-` or `_` between subtags; a
/// tag that is no language is left to right).
pub fn direction_of_tag(tag: &str) -> Direction {
    let mut subtags = tag.split(['-', '_']);
    let language = subtags.next().unwrap_or_default();
    let mut region = None;
    for (i, subtag) in subtags.take(2).enumerate() {
        let alpha = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        if i == 0 && subtag.len() == 4 && alpha {
            let rtl = RTL_SCRIPTS.iter().any(|s| s.eq_ignore_ascii_case(subtag));
            return if rtl { Direction::Rtl } else { Direction::Ltr };
        }
        let is_region = (subtag.len() == 2 && alpha)
            || (subtag.len() == 3 && subtag.bytes().all(|b| b.is_ascii_digit()));
        if is_region {
            region = Some(subtag);
            break;
        }
    }
    if let Some(region) = region {
        let rule = REGION_RULES
            .iter()
            .find(|(l, r, _)| l.eq_ignore_ascii_case(language) && r.eq_ignore_ascii_case(region));
        if let Some(&(_, _, direction)) = rule {
            return direction;
        }
    }
    if RTL_LANGUAGES
        .iter()
        .any(|l| l.eq_ignore_ascii_case(language))
    {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// U+200E LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200E}';
/// U+200F RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200F}';

/// Whether `c` belongs to a right-to-left script's block (Hebrew, Arabic,
/// Syriac, Thaana, N'Ko, Samaritan, Mandaic and their supplements and
/// presentation forms; the right-to-left ranges of the supplementary planes).
/// The blocks also hold some weak characters (Arabic-Indic digits, marks):
/// a host with any of them is wrapped, which is harmless.
pub fn is_rtl_char(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

/// `value` between two LRMs: it keeps its left-to-right order inside a
/// right-to-left sentence, and a right-to-left value cannot pull a
/// left-to-right sentence's punctuation into its run.
pub(crate) fn ltr_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2 * LRM.len_utf8());
    out.push(LRM);
    out.push_str(value);
    out.push(LRM);
    out
}

/// The host as it goes into a sentence in `direction`: wrapped
/// ([`ltr_value`]) in a right-to-left sentence, and in a left-to-right one when
/// it holds right-to-left letters; as it is otherwise.
pub(crate) fn host(host: &str, direction: Direction) -> Cow<'_, str> {
    if direction.is_rtl() || host.chars().any(is_rtl_char) {
        Cow::Owned(ltr_value(host))
    } else {
        Cow::Borrowed(host)
    }
}

/// A number or name as it goes into a sentence in `direction`.
pub(crate) fn value(value: &str, direction: Direction) -> Cow<'_, str> {
    if direction.is_rtl() {
        Cow::Owned(ltr_value(value))
    } else {
        Cow::Borrowed(value)
    }
}

/// `text` as it is handed out in `direction`: in a right-to-left locale each
/// line (a paragraph to a bidi renderer) starts with an RLM, once. Empty
/// text stays empty.
pub(crate) fn paragraphs(text: String, direction: Direction) -> String {
    if !direction.is_rtl() || text.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 3 * (1 + text.matches('\n').count()));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !line.starts_with(RLM) {
            out.push(RLM);
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::{CharacterDirection, LanguageIdentifier};

    #[test]
    fn directions_of_tags() {
        for rtl in [
            "ar",
            "ar-SA",
            "ar-EG",
            "AR_sa",
            "he",
            "he-IL",
            "iw",
            "iw-IL",
            "fa-IR",
            "fa",
            "ur-PK",
            "ps-AF",
            "sd",
            "ug-CN",
            "yi",
            "dv-MV",
            "ckb-IQ",
            "syr",
            "ks-IN",
            "az-Arab",
            "az-Arab-IR",
            "az-IR",
            "pa-PK",
            "pa-Arab",
            "ff-Adlm",
            "ff-Adlm-GN",
            "rhg-Rohg",
            "ms-Arab",
            "ha-Arab",
            "uz-AF",
            "nqo",
            "und-Hebr",
            "en-Arab",
        ] {
            assert_eq!(direction_of_tag(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in [
            "en-US",
            "fr-FR",
            "zh-CN",
            "zh-TW",
            "zh-Hant",
            "ja-JP",
            "ru-RU",
            "ku",
            "ku-Latn",
            "ku-TR",
            "az",
            "az-Latn",
            "az-Latn-IR",
            "az-AZ",
            "sd-Deva",
            "sd-IN",
            "ks-Deva",
            "pa",
            "pa-IN",
            "pa-Guru-PK",
            "ff",
            "ff-Latn",
            "uz",
            "uz-Cyrl",
            "tr",
            "",
            "x",
            "ar-Latn",
            "he-Latn-IL",
            "fa-Cyrl",
            "arab",
            "mn-Mong",
        ] {
            assert_eq!(direction_of_tag(ltr), Direction::Ltr, "{ltr}");
        }
    }

    /// Where the table and unic-langid's `character_direction` (as this crate
    /// builds it, without likely subtags) agree, and the cases where it is wrong.
    #[test]
    fn unic_langid_misreads_what_the_table_gets_right() {
        let theirs = |tag: &str| {
            let id: LanguageIdentifier = tag.parse().unwrap();
            match id.character_direction() {
                CharacterDirection::RTL => Direction::Rtl,
                _ => Direction::Ltr,
            }
        };
        for agree in [
            "ar-SA", "he-IL", "fa-IR", "ur-PK", "az-Arab", "en-US", "ku-Latn", "dv-MV", "pa-PK",
        ] {
            assert_eq!(theirs(agree), direction_of_tag(agree), "{agree}");
        }
        // It takes every language that may be written in Arabic script for
        // one that is: Panjabi in India, Azerbaijani, Hausa, Malay, Fula, Uzbek
        // and Bambara are written left to right; and it does not know `iw`.
        for differ in [
            "pa", "pa-IN", "az", "az-AZ", "ha-NG", "ms-MY", "ff", "uz", "bm", "iw-IL",
        ] {
            assert_ne!(theirs(differ), direction_of_tag(differ), "{differ}");
        }
    }

    #[test]
    fn rtl_characters() {
        for c in [
            'א',
            'ع',
            '\u{0627}',
            'ܐ',
            'ހ',
            'ߊ',
            '\u{FB50}',
            '\u{FEFC}',
            '\u{1E900}',
        ] {
            assert!(is_rtl_char(c), "{c:?}");
        }
        for c in ['a', '1', '.', ':', 'é', 'я', '中', '\u{200E}', '\u{2067}'] {
            assert!(!is_rtl_char(c), "{c:?}");
        }
    }

    #[test]
    fn marks() {
        let ltr = Direction::Ltr;
        let rtl = Direction::Rtl;
        assert_eq!(host("example.com", ltr), "example.com");
        assert_eq!(host("example.com", rtl), "\u{200E}example.com\u{200E}");
        assert_eq!(host("שרת.example", ltr), "\u{200E}שרת.example\u{200E}");
        assert_eq!(value("12002", ltr), "12002");
        assert_eq!(value("12002", rtl), "\u{200E}12002\u{200E}");
        assert_eq!(paragraphs("a\nb".into(), ltr), "a\nb");
        assert_eq!(paragraphs("א\nב".into(), rtl), "\u{200F}א\n\u{200F}ב");
        // Once per line, whatever was there before.
        assert_eq!(
            paragraphs("\u{200F}א\nב".into(), rtl),
            "\u{200F}א\n\u{200F}ב"
        );
        assert_eq!(paragraphs(String::new(), rtl), "");
    }
}
