//! Finding codes from what a person types or a log shows: numbers in every form
//! WinHTTP codes take, names and unique parts of names, close names for typos,
//! and accent- and case-insensitive search in the descriptions and titles.
//!
//! ```
//! use winhttp_err::lookup::{resolve, search, LookupError};
//! use winhttp_err::Locale;
//!
//! for arg in ["12002", "0x2EE2", "0x80072EE2", "-2147012894", "ERROR_WINHTTP_TIMEOUT", "timeout"] {
//!     assert_eq!(resolve(arg).unwrap().code(), 12002, "{arg}");
//! }
//! assert!(matches!(resolve("cert"), Err(LookupError::Ambiguous { .. })));
//! let fr = Locale::from_tag("fr-FR").unwrap();
//! assert!(search("delai", fr).iter().any(|c| c.code() == 12002));
//! ```

use std::fmt;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::catalog::win32_code;
use crate::{ErrorCode, Locale};

/// How far (in code units) a known code may be from an unknown one to be suggested.
const NEARBY_CODES: u32 = 5;
/// Most suggestions given for one unknown argument.
const MAX_SUGGESTIONS: usize = 3;
/// Least similarity (0 to 1, normalized Damerau-Levenshtein) for a name to be suggested.
const MIN_SIMILARITY: f64 = 0.75;

/// Why an argument names no code. Every variant carries what a person needs next.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LookupError {
    /// The argument is empty or only whitespace.
    Empty,
    /// A number too large for a 32-bit code, even as a signed HRESULT.
    OutOfRange,
    /// A well-formed number the catalogue does not know.
    UnknownCode {
        /// The number as parsed (Win32 or HRESULT form, as given).
        code: u32,
        /// Known codes within a few units of it, closest first.
        nearby: Vec<ErrorCode>,
    },
    /// Text that is no name and no part of one.
    UnknownName {
        /// Names that look like it, most alike first (may be empty).
        suggestions: Vec<ErrorCode>,
    },
    /// Text that is part of several names.
    Ambiguous {
        /// Every code whose name contains it, in catalogue order.
        matches: Vec<ErrorCode>,
    },
}

impl LookupError {
    /// The codes worth showing with this error: close, nearby or candidate codes.
    pub fn suggestions(&self) -> &[ErrorCode] {
        match self {
            Self::Empty | Self::OutOfRange => &[],
            Self::UnknownCode { nearby, .. } => nearby,
            Self::UnknownName { suggestions } => suggestions,
            Self::Ambiguous { matches } => matches,
        }
    }
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("empty argument"),
            Self::OutOfRange => f.write_str("number out of the 32-bit range of codes"),
            Self::UnknownCode { code, .. } => {
                write!(f, "{code} ({code:#X}) is not a known WinHTTP error code")
            }
            Self::UnknownName { .. } => f.write_str("no error code has such a name"),
            Self::Ambiguous { matches } => write!(f, "part of {} names", matches.len()),
        }
    }
}

impl std::error::Error for LookupError {}

/// Parses a number in the forms logs and APIs show: decimal (`12002`), hexadecimal
/// with `0x` (`0x2EE2`, `0x80072EE2`) and a negative decimal HRESULT as .NET and VB
/// print it (`-2147012894`, taken as its two's complement).
///
/// Returns `None` when `arg` is not written as a number at all (then it may be a
/// name), `Some(Err(OutOfRange))` when it is one but fits no 32-bit code.
pub fn parse_number(arg: &str) -> Option<Result<u32, LookupError>> {
    let arg = arg.trim();
    let (negative, digits) = match arg.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, arg),
    };
    if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        if negative || hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        return Some(u32::from_str_radix(hex, 16).map_err(|_| LookupError::OutOfRange));
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let Ok(magnitude) = digits.parse::<u64>() else {
        return Some(Err(LookupError::OutOfRange));
    };
    Some(if negative {
        // -2147012894 is 0x80072EE2 read as a signed 32-bit HRESULT.
        i32::try_from(-(magnitude as i128))
            .map(|signed| signed as u32)
            .map_err(|_| LookupError::OutOfRange)
    } else {
        u32::try_from(magnitude).map_err(|_| LookupError::OutOfRange)
    })
}

/// The code `arg` names: any form [`parse_number`] reads, a full symbolic name
/// (`ERROR_WINHTTP_TIMEOUT`), a name without its `ERROR_WINHTTP_`, `ERROR_` or
/// `WSA` prefix (`secure_failure`, `econnreset` as a Unix programmer knows it), or a part of exactly one name (`timeout`). Case does
/// not matter, and `-` or a space may stand for `_` (`name-not-resolved`).
///
/// A complete name wins over parts of others: `secure_failure` is
/// `ERROR_WINHTTP_SECURE_FAILURE` although `ERROR_WINHTTP_SECURE_FAILURE_PROXY`
/// contains it too.
pub fn resolve(arg: &str) -> Result<ErrorCode, LookupError> {
    let arg = arg.trim();
    if arg.is_empty() {
        return Err(LookupError::Empty);
    }
    if let Some(number) = parse_number(arg) {
        let code = number?;
        return ErrorCode::new(code).ok_or_else(|| LookupError::UnknownCode {
            code,
            nearby: nearby_codes(code),
        });
    }
    let key = name_key(arg);
    let exact = |prefix: &str| {
        ErrorCode::all().find(|c| {
            c.name()
                .strip_prefix(prefix)
                .is_some_and(|rest| rest == key)
        })
    };
    if let Some(code) = exact("")
        .or_else(|| exact("ERROR_WINHTTP_"))
        .or_else(|| exact("ERROR_"))
        .or_else(|| exact("WSA"))
    {
        return Ok(code);
    }
    let matches: Vec<ErrorCode> = ErrorCode::all()
        .filter(|c| c.name().contains(&key))
        .collect();
    match matches[..] {
        [one] => Ok(one),
        [] => Err(LookupError::UnknownName {
            suggestions: suggest_names(arg),
        }),
        _ => Err(LookupError::Ambiguous { matches }),
    }
}

/// `arg` as it would appear inside a symbolic name: upper case, `_` between words.
fn name_key(arg: &str) -> String {
    arg.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// Known codes at most [`NEARBY_CODES`] away from `code`'s Win32 value, closest first.
fn nearby_codes(code: u32) -> Vec<ErrorCode> {
    let code = win32_code(code);
    let mut near: Vec<ErrorCode> = ErrorCode::all()
        .filter(|c| c.code().abs_diff(code) <= NEARBY_CODES)
        .collect();
    near.sort_by_key(|c| (c.code().abs_diff(code), c.code()));
    near.truncate(MAX_SUGGESTIONS);
    near
}

/// Names that look like `arg`, most alike first: `timout` → `ERROR_WINHTTP_TIMEOUT`,
/// `cert_revoke` → `ERROR_WINHTTP_SECURE_CERT_REVOKED`. Hexadecimal digits without
/// `0x` that read as a known code (`80072EE2`) suggest that code first.
pub fn suggest_names(arg: &str) -> Vec<ErrorCode> {
    let mut found = Vec::new();
    let hex = arg.trim();
    if !hex.is_empty() && hex.len() <= 8 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        if let Some(code) = u32::from_str_radix(hex, 16).ok().and_then(ErrorCode::new) {
            found.push(code);
        }
    }
    let key = name_key(arg);
    let mut scored: Vec<(f64, ErrorCode)> = ErrorCode::all()
        .map(|c| (similarity(&key, c.name()), c))
        .filter(|&(score, c)| score >= MIN_SIMILARITY && !found.contains(&c))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    found.extend(scored.into_iter().map(|(_, c)| c));
    found.truncate(MAX_SUGGESTIONS);
    found
}

/// How much `key` looks like `name` or any run of as many of its words (0 to 1).
fn similarity(key: &str, name: &str) -> f64 {
    let words: Vec<&str> = name.split('_').collect();
    let width = key.split('_').count().clamp(1, words.len());
    let windows = words.windows(width).map(|w| w.join("_"));
    std::iter::once(name.to_owned())
        .chain(windows)
        .map(|candidate| strsim::normalized_damerau_levenshtein(key, &candidate))
        .fold(0.0, f64::max)
}

/// Text reduced for comparison: compatibility-decomposed (NFKD) with the combining
/// marks dropped, so `délai` and `DELAI` meet; lower case, with the letters that
/// lower-casing alone does not bring together folded too (Greek final `ς` as `σ`,
/// so `ΣΎΝΔΕΣΗΣ` meets `σύνδεσης`; Turkish dotless `ı` as `i`, so `BAĞLANTI` meets
/// `bağlantı`; German `ß` as `ss`, so `GROSSE` meets `Größe`); typographic
/// apostrophes as `'`; `_` and runs of whitespace (no-break spaces too) as one space;
/// no bidirectional marks (the right-to-left mark that starts an Arabic or Hebrew
/// title, copied with it from a dialog, is no letter of the word).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true; // drops leading whitespace
    for c in text.nfkd().filter(|&c| !is_combining_mark(c)) {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
            '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => continue,
            c if c == '_' || c.is_whitespace() => {
                if !space {
                    out.push(' ');
                }
                space = true;
                continue;
            }
            c => {
                for c in c.to_lowercase() {
                    match c {
                        'ς' => out.push('σ'),
                        'ı' => out.push('i'),
                        'ß' => out.push_str("ss"),
                        c => out.push(c),
                    }
                }
            }
        }
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Codes whose name, description or title in `locale` contains every word of
/// `text`, compared after [`fold`]: `delai` finds `délai`, `NAME NOT` finds
/// `ERROR_WINHTTP_NAME_NOT_RESOLVED`, `connection` finds 12002 by its title
/// "Connection timed out" (the heading a user saw). A word is matched anywhere,
/// not only at word boundaries, so languages written without spaces (Thai,
/// Japanese, Chinese) are found by any part of a text. Text with no word
/// matches nothing.
pub fn search(text: &str, locale: Locale) -> Vec<ErrorCode> {
    let query = fold(text);
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    ErrorCode::all()
        .filter(|c| {
            let haystack = fold(&format!(
                "{} {} {}",
                c.name(),
                c.message(locale),
                c.title(locale)
            ));
            words.iter().all(|w| haystack.contains(w))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(arg: &str) -> u32 {
        resolve(arg)
            .unwrap_or_else(|e| panic!("{arg}: {e:?}"))
            .code()
    }

    fn names(codes: &[ErrorCode]) -> Vec<&'static str> {
        codes.iter().map(|c| c.name()).collect()
    }

    #[test]
    fn numbers_in_every_form() {
        for arg in [
            "12002",
            " 12002 ",
            "0x2EE2",
            "0x2ee2",
            "0X00002EE2",
            "0x80072EE2",
            "2147954402",
            "-2147012894",
        ] {
            assert_eq!(code(arg), 12002, "{arg}");
        }
        assert_eq!(code("8"), 8);
        assert_eq!(code("0x80070008"), 8);
        assert_eq!(parse_number("-1"), Some(Ok(u32::MAX)));
        assert_eq!(parse_number("-0"), Some(Ok(0)));
        assert_eq!(parse_number("-2147483648"), Some(Ok(0x8000_0000)));
        assert_eq!(parse_number("4294967295"), Some(Ok(u32::MAX)));
    }

    #[test]
    fn numbers_out_of_range_or_malformed() {
        for arg in [
            "4294967296",
            "-2147483649",
            "0x100000000",
            "99999999999999999999999",
        ] {
            assert_eq!(
                parse_number(arg),
                Some(Err(LookupError::OutOfRange)),
                "{arg}"
            );
            assert_eq!(resolve(arg), Err(LookupError::OutOfRange), "{arg}");
        }
        // Not written as numbers: left to the name lookup.
        for arg in ["0x", "0xZZ", "-0x5", "12e3", "--5", "-", "+5", "１２００２"] {
            assert_eq!(parse_number(arg), None, "{arg}");
        }
        assert_eq!(resolve("  "), Err(LookupError::Empty));
    }

    #[test]
    fn unknown_codes_suggest_their_neighbours() {
        let Err(LookupError::UnknownCode { code, nearby }) = resolve("0x80072EE3") else {
            panic!("12003 is not in the catalogue");
        };
        assert_eq!(code, 0x8007_2EE3);
        assert_eq!(
            names(&nearby),
            [
                "ERROR_WINHTTP_TIMEOUT",
                "ERROR_WINHTTP_INTERNAL_ERROR",
                "ERROR_WINHTTP_OUT_OF_HANDLES"
            ]
        );
        assert_eq!(
            resolve("54321"),
            Err(LookupError::UnknownCode {
                code: 54321,
                nearby: vec![]
            })
        );
    }

    #[test]
    fn names_prefixes_and_fragments() {
        assert_eq!(code("ERROR_WINHTTP_TIMEOUT"), 12002);
        assert_eq!(code("error_winhttp_timeout"), 12002);
        assert_eq!(code("timeout"), 12002);
        assert_eq!(code("TimeOut"), 12002);
        assert_eq!(code("name-not-resolved"), 12007);
        assert_eq!(code("name not resolved"), 12007);
        assert_eq!(code("not_enough_memory"), 8);
        assert_eq!(code("invalid_handle"), 6);
        // A complete short name beats the longer names containing it.
        assert_eq!(code("secure_failure"), 12175);
        assert_eq!(code("secure_failure_proxy"), 12188);
        assert_eq!(code("header_not_found"), 12150);
        assert_eq!(code("fast_forwarding"), 12193);
    }

    #[test]
    fn every_name_and_its_short_form_resolve_to_itself() {
        for c in ErrorCode::all() {
            assert_eq!(resolve(c.name()), Ok(c));
            assert_eq!(resolve(&c.name().to_lowercase()), Ok(c));
            let short = c
                .name()
                .strip_prefix("ERROR_WINHTTP_")
                .or_else(|| c.name().strip_prefix("ERROR_"))
                .or_else(|| c.name().strip_prefix("WSA"))
                .unwrap();
            assert_eq!(resolve(short), Ok(c), "{short}");
        }
    }

    #[test]
    fn ambiguous_fragments_list_every_candidate() {
        let Err(LookupError::Ambiguous { matches }) = resolve("cert") else {
            panic!("cert is in many names");
        };
        assert!(matches.len() > 5);
        assert!(matches.iter().all(|c| c.name().contains("CERT")));
        assert!(matches.windows(2).all(|w| w[0] < w[1]));
        let Err(e) = resolve("error") else { panic!() };
        let with_error = ErrorCode::all().filter(|c| c.name().contains("ERROR"));
        assert_eq!(e.suggestions().len(), with_error.count());
        // Winsock's names are found without their prefix, as Unix spells them.
        assert_eq!(resolve("ECONNRESET").map(|c| c.code()), Ok(10054));
        assert_eq!(resolve("wsaetimedout").map(|c| c.code()), Ok(10060));
    }

    #[test]
    fn unknown_names_suggest_close_names() {
        for (typo, want) in [
            ("timout", "ERROR_WINHTTP_TIMEOUT"),
            ("ERROR_WINHTTP_TIMOUT", "ERROR_WINHTTP_TIMEOUT"),
            ("conect", "ERROR_WINHTTP_CANNOT_CONNECT"),
            ("cert_revokd", "ERROR_WINHTTP_SECURE_CERT_REVOKED"),
            ("80072EE2", "ERROR_WINHTTP_TIMEOUT"),
            ("2ee2", "ERROR_WINHTTP_TIMEOUT"),
        ] {
            let Err(LookupError::UnknownName { suggestions }) = resolve(typo) else {
                panic!("{typo} resolved");
            };
            assert_eq!(
                names(&suggestions).first(),
                Some(&want),
                "{typo}: {suggestions:?}"
            );
            assert!(suggestions.len() <= MAX_SUGGESTIONS);
        }
        assert_eq!(
            resolve("zzzzzzzz"),
            Err(LookupError::UnknownName {
                suggestions: vec![]
            })
        );
    }

    #[test]
    fn folding_removes_accents_case_and_typography() {
        assert_eq!(fold("Le délai d’attente"), "le delai d'attente");
        assert_eq!(fold("  ÉCHEC\u{a0}\u{202f}: ça  "), "echec : ca");
        assert_eq!(fold("NAME_NOT_RESOLVED"), "name not resolved");
        assert_eq!(fold("ﬁchier"), "fichier");
        assert_eq!(fold(""), "");
        // Letters lower-casing alone leaves apart.
        assert_eq!(fold("ΣΎΝΔΕΣΗΣ"), fold("σύνδεσης"));
        assert_eq!(fold("σύνδεσης"), "συνδεσησ");
        assert_eq!(fold("BAĞLANTI"), fold("bağlantı"));
        assert_eq!(fold("İstek"), "istek");
        assert_eq!(fold("GRÖSSE"), fold("Größe"));
        assert_eq!(fold("GRÖẞE"), "grosse");
        assert_eq!(fold("ИСТЕКЛО Время"), "истекло время");
        assert_eq!(fold("\u{200F}انتهت \u{2067}مهلة\u{2069}"), "انتهت مهلة");
    }

    #[test]
    fn search_reads_titles_and_finds_words_of_every_script() {
        let timeout = |tag: &str, query: &str| {
            let locale = Locale::from_tag(tag).unwrap();
            search(query, locale).iter().any(|c| c.code() == 12002)
        };
        // The title's word, not in the description.
        assert!(!ErrorCode::new(12002)
            .unwrap()
            .message(Locale::EN_US)
            .contains("onnection"));
        assert!(timeout("en-US", "connection"));
        assert!(timeout("en-GB", "CONNECTION TIMED"));
        // Inside a text without spaces; in the other case; with final sigma.
        assert!(timeout("th-TH", "หมดเวลา"));
        assert!(timeout("ja-JP", "タイムアウト"));
        assert!(timeout("zh-CN", "超时"));
        assert!(timeout("el-GR", "ΣΎΝΔΕΣΗΣ"));
        assert!(timeout("el-GR", "συνδεσης"));
        assert!(timeout("tr-TR", "BAĞLANTI"));
        assert!(timeout("tr-TR", "baglanti"));
        assert!(timeout("ru-RU", "ИСТЕКЛО"));
        assert!(timeout("uk-UA", "ОЧІКУВАННЯ"));
        assert!(timeout("pl-PL", "POŁĄCZENIA"));
        assert!(timeout("ar-SA", "\u{200F}الاتصال"));
        assert!(!timeout("th-TH", "หมดเวลาx"));
    }

    #[test]
    fn search_is_accent_and_case_insensitive_in_the_chosen_language() {
        let fr = Locale::from_tag("fr-FR").unwrap();
        let en = Locale::EN_US;
        let with_accent = search("délai", fr);
        assert!(with_accent.iter().any(|c| c.code() == 12002));
        assert_eq!(search("DELAI", fr), with_accent);
        assert_eq!(search("delai", fr), with_accent);
        // The French word is not in the English text, the English one is.
        assert!(search("délai", en).is_empty());
        assert!(search("timed out", en).iter().any(|c| c.code() == 12002));
        // Names are searched in every language; every word must appear.
        assert_eq!(
            names(&search("name not resolved", fr)),
            ["ERROR_WINHTTP_NAME_NOT_RESOLVED"]
        );
        assert!(search("timeout zzz", en).is_empty());
        assert!(search(" ", en).is_empty());
        for c in search("proxy", en) {
            let text = format!("{} {} {}", c.name(), c.message(en), c.title(en)).to_lowercase();
            assert!(text.contains("proxy"), "{c}");
        }
    }
}
