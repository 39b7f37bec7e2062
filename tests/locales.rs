//! The Fluent files: every code has a message in every locale, no message lacks a
//! code, every file parses cleanly, and the text is fit for C strings and dialogs.

use std::collections::BTreeSet;
use std::path::Path;

use fluent::FluentResource;
use fluent_syntax::ast;
use winhttp_err::catalog::ENTRIES;
use winhttp_err::l10n::check::PARTIAL_MARK;
use winhttp_err::l10n::{message_id, shared_message_ids};
use winhttp_err::{CertFlags, ErrorCode, Hint, Locale, Part};

fn ftl_files() -> Vec<(String, std::path::PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(root).unwrap() {
        let dir = dir.unwrap().path();
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "ftl") {
                files.push((dir.file_name().unwrap().to_str().unwrap().to_owned(), f));
            }
        }
    }
    files.sort();
    files
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A message's value (`None`) or one of its attributes, by message id.
type PartId = (String, Option<String>);

/// The parts a partial locale's files define, `None` for a complete locale.
/// A partial locale says so in its header, with the mark the checker reads
/// (`### Partial locale: …`); what it lacks is en-US's, part by part.
fn partial_parts(locale: Locale) -> Option<BTreeSet<PartId>> {
    let files: Vec<String> = ftl_files()
        .into_iter()
        .filter(|(tag, _)| tag == locale.tag())
        .map(|(_, path)| std::fs::read_to_string(path).unwrap())
        .collect();
    if !files
        .iter()
        .any(|f| f.lines().any(|l| l.starts_with(PARTIAL_MARK)))
    {
        return None;
    }
    let mut parts = BTreeSet::new();
    for source in files {
        let resource = FluentResource::try_new(source).unwrap();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let id = m.id.name.to_owned();
                if m.value.is_some() {
                    parts.insert((id.clone(), None));
                }
                for a in &m.attributes {
                    parts.insert((id.clone(), Some(a.id.name.to_owned())));
                }
            }
        }
    }
    Some(parts)
}

/// Whether `locale` defines the part itself: always for a complete locale.
fn defines(partial: &Option<BTreeSet<PartId>>, id: &str, attribute: Option<&str>) -> bool {
    match partial {
        None => true,
        Some(parts) => parts.contains(&(id.to_owned(), attribute.map(str::to_owned))),
    }
}

/// The message ids of the known certificate flags' lines, lowest bit first
/// (the order of `CertFlags::all().reasons`).
fn cert_line_ids() -> Vec<&'static str> {
    shared_message_ids()
        .filter(|id| id.starts_with("cert-flag-") && *id != "cert-flag-unknown")
        .collect()
}

#[test]
fn en_gb_is_the_partial_locale_and_falls_back_part_by_part() {
    let partial: Vec<&str> = Locale::all()
        .filter(|&l| partial_parts(l).is_some())
        .map(Locale::tag)
        .collect();
    assert_eq!(partial, ["en-GB"]);
    let gb = Locale::from_tag("en-GB").unwrap();
    let parts = partial_parts(gb).unwrap();
    assert!(!parts.is_empty());
    let (en, timeout, cancelled) = (
        Locale::EN_US,
        ErrorCode::new(12002).unwrap(),
        ErrorCode::new(12017).unwrap(),
    );
    // Its own description, en-US's title and summaries.
    assert!(defines(&Some(parts.clone()), "error-winhttp-timeout", None));
    assert!(timeout.message(gb).contains("behaviour"));
    assert_eq!(timeout.title(gb), timeout.title(en));
    assert_eq!(timeout.summary(gb, None), timeout.summary(en, None));
    assert!(cancelled.title(gb).contains("cancelled"));
    // A message it lacks: en-US's.
    let connect = ErrorCode::new(12029).unwrap();
    assert!(!defines(&Some(parts), "error-winhttp-cannot-connect", None));
    assert_eq!(connect.message(gb), connect.message(en));
    assert_eq!(connect.report(gb), connect.report(en));
    for hint in connect.hints(gb).zip(connect.hints(en)) {
        assert_eq!(hint.0, hint.1);
    }
}

#[test]
fn the_embedded_locales_are_the_folders() {
    let mut dirs: Vec<String> = ftl_files().into_iter().map(|(tag, _)| tag).collect();
    dirs.dedup();
    let shipped: Vec<&str> = Locale::all().map(Locale::tag).collect();
    assert_eq!(dirs, shipped);
    assert!(shipped.contains(&"en-US") && shipped.contains(&"fr-FR"));
}

#[test]
fn every_file_parses_and_matches_the_catalogue_exactly() {
    let expected: BTreeSet<String> = ENTRIES
        .iter()
        .map(|e| message_id(e.name))
        .chain(shared_message_ids().map(String::from))
        .collect();
    let mut per_locale: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (tag, path) in ftl_files() {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        per_locale
            .entry(tag)
            .or_default()
            .extend(message_ids(&resource));
    }
    for (tag, ids) in per_locale {
        let set: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(set.len(), ids.len(), "{tag}: a message is defined twice");
        let missing: Vec<_> = expected.difference(&set).collect();
        let extra: Vec<_> = set.difference(&expected).collect();
        // A partial locale lacks messages on purpose (en-US's are shown).
        let partial = partial_parts(Locale::from_tag(&tag).unwrap()).is_some();
        assert!(partial || missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(!set.is_empty(), "{tag} defines nothing");
        assert!(
            extra.is_empty(),
            "{tag} has messages for no code: {extra:?}"
        );
    }
}

#[test]
fn descriptions_are_clean_single_lines_without_isolation_marks() {
    for locale in Locale::all() {
        for code in ErrorCode::all() {
            for text in [code.message(locale), code.report(locale)] {
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{locale} {code}: {text:?}"
                );
                assert!(
                    !text.contains(['\n', '\r', '\0']),
                    "{locale} {code}: {text:?}"
                );
                assert!(!text.contains("\\_") && !text.contains("](") && !text.contains("**"));
                assert!(
                    // "URL が無効です。" is short and complete; a stub is shorter.
                    text.chars().count() >= 5 && text != code.name(),
                    "{locale} {code}: {text:?}"
                );
            }
            assert!(code.report(locale).starts_with(code.message(locale)));
            assert!(code
                .report(locale)
                .contains(&format!("{}, {}", code.name(), code.code())));
        }
    }
    let unknown = winhttp_err::report(54321, "fr-FR");
    assert!(!unknown.contains(['\u{2068}', '\u{2069}']), "{unknown:?}");
}

#[test]
fn the_seeds_machine_translation_did_not_survive() {
    let fr = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr-FR/winhttp_err.ftl"),
    )
    .unwrap();
    for garbled in [
        "mémorisé en bloc",
        "Crypter",
        "Périmé n",
        " HttpRequest",
        "ERREUR \\_",
        "Winerror. h",
        "WinHTTP. h",
    ] {
        assert!(!fr.contains(garbled), "fr-FR still says {garbled:?}");
    }
}

#[test]
fn unknown_codes_use_the_fluent_variables() {
    assert_eq!(
        winhttp_err::report(54321, "en-US"),
        "Unknown WinHTTP error 54321 (0x0000D431)."
    );
    assert!(winhttp_err::report(54321, "fr").contains("54321 (0x0000D431)"));
    assert!(winhttp_err::report(54321, "fr").contains("inconnue"));
}

/// Words that belong to the technical description only, matched as whole
/// words (a plural "s" included): Danish "behandlet" is no "handle".
const IDENTIFIER_WORDS: [&str; 4] = ["winhttp", "callback", "rappel", "handle"];

/// The API jargon in `text`: an identifier word standing alone, or "_".
fn jargon(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    if lower.contains('_') {
        return Some("_");
    }
    IDENTIFIER_WORDS.into_iter().find(|word| {
        lower.match_indices(word).any(|(i, _)| {
            let rest = &lower[i + word.len()..];
            let rest = rest.strip_prefix('s').unwrap_or(rest);
            let before = lower[..i].chars().next_back();
            let after = rest.chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// How a sentence of `locale` ends. Thai writes no sentence-final period (a
/// space separates its sentences): a Thai line ends without one.
fn ends_as_a_sentence(locale: Locale, text: &str) -> bool {
    if locale.tag() == "th-TH" {
        !text.ends_with(['.', '。'])
    } else {
        text.ends_with(['.', '!', '?', '。'])
    }
}

#[test]
fn jargon_is_found_as_whole_words_only() {
    for clean in [
        "Anmodningen blev ikke behandlet.",
        "Handlen Sie jetzt.",
        "Il faut rappeler plus tard.",
        "Handleiding",
    ] {
        assert_eq!(jargon(clean), None, "{clean}");
    }
    for (text, word) in [
        ("The handle was closed.", "handle"),
        ("Ungültiges Handle-Objekt.", "handle"),
        ("Two handles.", "handle"),
        ("Erreur WinHTTP.", "winhttp"),
        ("Le rappel a échoué.", "rappel"),
        ("CALLBACK", "callback"),
        ("ERROR_X", "_"),
    ] {
        assert_eq!(jargon(text), Some(word), "{text}");
    }
}

/// The end-user parts of `code` in `locale`, named, with the summaries with and without a host.
fn end_user_parts(code: ErrorCode, locale: Locale) -> Vec<(&'static str, String)> {
    let mut parts = vec![
        ("title", code.title(locale).to_owned()),
        ("summary", code.summary(locale, None).into_owned()),
        (
            "summary-host",
            code.summary(locale, Some("example.com")).into_owned(),
        ),
    ];
    parts.extend(code.hints(locale).map(|h| ("hint", h.to_owned())));
    parts
}

/// French typography: a no-break space (U+00A0 or U+202F) before `:` `;` `!` `?`
/// and inside « », never an ordinary space, so a dialog never wraps punctuation
/// onto a line of its own.
fn french_spacing_problems(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let nbsp = |c: Option<char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
        let bad = match c {
            // "http:" and "https:" in a description are a URL scheme, not punctuation.
            ':' if text[..text.char_indices().nth(i).unwrap().0].ends_with("http") => false,
            ':' if text[..text.char_indices().nth(i).unwrap().0].ends_with("https") => false,
            ':' | ';' | '!' | '?' => !nbsp(before),
            '«' => !nbsp(after),
            '»' => !nbsp(before),
            _ => false,
        };
        if bad {
            let start = i.saturating_sub(15);
            problems.push(chars[start..(i + 2).min(chars.len())].iter().collect());
        }
    }
    problems
}

#[test]
fn every_code_has_end_user_text_within_its_limits_in_every_locale() {
    for locale in Locale::all() {
        for code in ErrorCode::all() {
            let title = code.title(locale);
            assert!(
                title.chars().count() <= 60,
                "{locale} {code} title: {title}"
            );
            assert!(
                !title.ends_with(['.', '。']),
                "{locale} {code} title: {title}"
            );
            let summary = code.summary(locale, None);
            let with_host = code.summary(locale, Some("example.com"));
            assert!(summary.chars().count() <= 200, "{locale} {code}: {summary}");
            assert!(
                with_host.chars().count() <= 200,
                "{locale} {code}: {with_host}"
            );
            assert!(
                with_host.contains("example.com"),
                "{locale} {code}: {with_host}"
            );
            assert!(!summary.contains("example.com"));
            assert_eq!(code.text(Part::Summary, locale), summary);
            let hints: Vec<_> = code.hints(locale).collect();
            assert!((1..=3).contains(&hints.len()), "{locale} {code}");
            assert_eq!(code.text(Part::Hints, locale), hints.join("\n"));
            for (part, text) in end_user_parts(code, locale) {
                if let Some(word) = jargon(&text) {
                    panic!("{locale} {code} {part} has {word:?}: {text}");
                }
                assert!(!text.contains(['{', '}', '$', '\n', '\u{2068}', '\u{2069}']));
                assert!(
                    text.trim() == text && !text.is_empty(),
                    "{locale} {code} {part}"
                );
                if part != "title" {
                    assert!(
                        ends_as_a_sentence(locale, &text),
                        "{locale} {code} {part}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn hints_and_certificate_lines_are_sentences() {
    for locale in Locale::all() {
        for hint in Hint::ALL {
            let code = ErrorCode::all()
                .find(|c| c.hint_kinds().contains(&hint))
                .unwrap();
            let i = code.hint_kinds().iter().position(|&h| h == hint).unwrap();
            let text = code.hints(locale).nth(i).unwrap();
            assert!(text.chars().count() <= 100, "{locale} {hint:?}: {text}");
            assert!(
                ends_as_a_sentence(locale, text) && !text.ends_with(['!', '?']),
                "{locale} {hint:?}: {text}"
            );
            if let Some(word) = jargon(text) {
                panic!("{locale} {hint:?} has {word:?}: {text}");
            }
        }
        for bit in 0..32 {
            let lines = CertFlags::from_bits_retain(1 << bit).reasons(locale);
            assert_eq!(lines.len(), 1);
            assert!(lines[0].chars().count() <= 120, "{locale}: {}", lines[0]);
            assert!(!lines[0].contains(['{', '$']), "{locale}: {}", lines[0]);
            assert!(
                ends_as_a_sentence(locale, &lines[0]),
                "{locale}: {}",
                lines[0]
            );
            assert_eq!(jargon(&lines[0]), None, "{locale}: {}", lines[0]);
            if CertFlags::from_bits(1 << bit).is_none() {
                assert!(lines[0].contains(&format!("0x{:08X}", 1u32 << bit)));
            }
        }
    }
}

#[test]
fn french_text_uses_french_spacing() {
    let fr = Locale::from_tag("fr-FR").unwrap();
    let mut problems = Vec::new();
    for code in ErrorCode::all() {
        let mut texts: Vec<String> = end_user_parts(code, fr).into_iter().map(|p| p.1).collect();
        texts.push(code.message(fr).to_owned());
        texts.push(code.report(fr).to_owned());
        for text in texts {
            problems.extend(french_spacing_problems(&text));
        }
    }
    problems.extend(french_spacing_problems(&CertFlags::all().describe(fr)));
    problems.extend(french_spacing_problems(&winhttp_err::report(54321, "fr")));
    problems.extend(french_spacing_problems(&winhttp_err::summary(
        54321, "fr", None,
    )));
    assert!(problems.is_empty(), "{problems:#?}");
    // The checker itself catches what it must.
    assert_eq!(french_spacing_problems("Erreur : « x »").len(), 3);
    assert!(
        french_spacing_problems("Erreur\u{a0}: «\u{a0}x\u{a0}» ok\u{202f}? http://").is_empty()
    );
}

/// The message id and attribute of each of [`end_user_parts`], in its order.
fn end_user_part_ids(code: ErrorCode) -> Vec<(String, Option<&'static str>)> {
    let id = message_id(code.name());
    let mut ids: Vec<_> = ["title", "summary", "summary-host"]
        .map(|a| (id.clone(), Some(a)))
        .into();
    ids.extend(
        code.hint_kinds()
            .iter()
            .map(|h| (h.message_id().to_owned(), None)),
    );
    ids
}

/// Every part a locale defines differs from en-US's; a partial locale (en-GB)
/// defines only some, and those it defines differ too.
#[test]
fn every_locale_translates_every_end_user_part() {
    let en = Locale::EN_US;
    for locale in Locale::all().filter(|&l| l != en) {
        let partial = partial_parts(locale);
        for code in ErrorCode::all() {
            let (en_parts, parts) = (end_user_parts(code, en), end_user_parts(code, locale));
            let ids = end_user_part_ids(code);
            assert_eq!(ids.len(), parts.len());
            for (((part, e), (_, t)), (id, attribute)) in en_parts.iter().zip(&parts).zip(&ids) {
                if defines(&partial, id, *attribute) {
                    assert_ne!(e, t, "{locale} {code} {part} untranslated");
                } else {
                    assert_eq!(e, t, "{locale} {code} {part}: not en-US's");
                }
            }
        }
        let ids = cert_line_ids();
        let (en_lines, lines) = (
            CertFlags::all().reasons(en),
            CertFlags::all().reasons(locale),
        );
        assert_eq!((en_lines.len(), lines.len()), (ids.len(), ids.len()));
        for ((e, t), id) in en_lines.iter().zip(&lines).zip(ids) {
            if defines(&partial, id, None) {
                assert!(!en_lines.contains(t), "{locale}: {t}");
            } else {
                assert_eq!(e, t, "{locale}: not en-US's");
            }
        }
    }
}

/// The characters a locale's script is written with, for the locales that do
/// not use the Latin alphabet.
fn script_of(locale: Locale) -> Option<fn(char) -> bool> {
    let kana_or_kanji = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}');
    let han = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}');
    let hangul = |c: char| matches!(c, '\u{AC00}'..='\u{D7A3}');
    let cyrillic = |c: char| matches!(c, '\u{0400}'..='\u{04FF}');
    let arabic = |c: char| matches!(c, '\u{0600}'..='\u{06FF}');
    let hebrew = |c: char| matches!(c, '\u{0590}'..='\u{05FF}');
    let greek = |c: char| matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}');
    let thai = |c: char| matches!(c, '\u{0E00}'..='\u{0E7F}');
    match locale.tag() {
        "ja-JP" => Some(kana_or_kanji),
        "zh-CN" | "zh-TW" => Some(han),
        "ar-SA" => Some(arabic),
        "he-IL" => Some(hebrew),
        "ko-KR" => Some(hangul),
        "ru-RU" | "uk-UA" | "bg-BG" => Some(cyrillic),
        "el-GR" => Some(greek),
        "th-TH" => Some(thai),
        _ => None,
    }
}

#[test]
fn non_latin_locales_write_every_sentence_in_their_script() {
    let mut checked = 0;
    for locale in Locale::all() {
        let Some(in_script) = script_of(locale) else {
            continue;
        };
        checked += 1;
        for code in ErrorCode::all() {
            let description = code.message(locale);
            assert!(
                description.chars().any(in_script),
                "{locale} {code}: {description}"
            );
            for (part, text) in end_user_parts(code, locale) {
                // Each sentence, not only the text: no sentence left in English.
                let text = text.replace("example.com", "");
                let sentences = text.split(". ").flat_map(|s| s.split_inclusive('。'));
                for sentence in sentences.filter(|s| s.trim().len() > 3) {
                    assert!(
                        sentence.chars().any(in_script),
                        "{locale} {code} {part}: {sentence:?} is not in the locale's script"
                    );
                }
            }
        }
    }
    assert_eq!(
        checked, 11,
        "ja-JP, zh-CN, zh-TW, ko-KR, ru-RU, uk-UA, bg-BG, el-GR, th-TH, ar-SA and he-IL are shipped"
    );
}

#[test]
fn every_description_is_translated() {
    let en = Locale::EN_US;
    for locale in Locale::all().filter(|&l| l != en) {
        let partial = partial_parts(locale);
        for code in ErrorCode::all() {
            if defines(&partial, &message_id(code.name()), None) {
                assert_ne!(code.message(en), code.message(locale), "{locale} {code}");
            } else {
                assert_eq!(code.message(en), code.message(locale), "{locale} {code}");
            }
        }
    }
}

#[test]
fn unknown_codes_get_a_generic_summary_with_the_code() {
    for locale in Locale::all() {
        let tag = locale.tag();
        let plain = winhttp_err::summary(54321, tag, None);
        let host = winhttp_err::summary(0x8007_D431, tag, Some("example.com"));
        assert!(plain.contains("54321"), "{tag}: {plain}");
        assert!(host.contains("example.com"), "{tag}: {host}");
        assert!(!plain.contains(['{', '$']) && !host.contains(['{', '$']));
    }
    assert_eq!(
        winhttp_err::summary(12002, "en-US", Some("")),
        winhttp_err::summary(12002, "en-US", None)
    );
}

/// Every end-user line of `locale`: each code's parts and the certificate lines.
fn end_user_lines(locale: Locale) -> Vec<String> {
    let mut lines: Vec<String> = ErrorCode::all()
        .flat_map(|c| end_user_parts(c, locale).into_iter().map(|(_, t)| t))
        .collect();
    lines.extend(
        CertFlags::all()
            .reasons(locale)
            .into_iter()
            .map(|r| r.into_owned()),
    );
    // The library's own direction marks are no punctuation.
    for line in &mut lines {
        line.retain(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'));
    }
    lines
}

/// Latin punctuation outside a host, an address or a number, with some context.
fn latin_punctuation(line: &str, marks: &[char]) -> Vec<String> {
    let line = line
        .replace("example.com", "")
        .replace("https://", "")
        .replace("http://", "");
    let chars: Vec<char> = line.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let ascii_around = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_ascii_alphanumeric())
        };
        // "0x00000001", "1.2", "a.b": inside a Latin token, not sentence punctuation.
        if marks.contains(&c) && !(ascii_around(i.checked_sub(1)) && ascii_around(Some(i + 1))) {
            let start = i.saturating_sub(12);
            found.push(chars[start..(i + 2).min(chars.len())].iter().collect());
        }
    }
    found
}

#[test]
fn arabic_text_uses_arabic_punctuation() {
    for locale in Locale::all().filter(|l| l.tag().starts_with("ar")) {
        let mut problems = Vec::new();
        for line in end_user_lines(locale) {
            problems.extend(latin_punctuation(&line, &[',', ';', '?']));
        }
        assert!(problems.is_empty(), "{locale}: {problems:#?}");
    }
    // The check itself catches what it must, and lets hosts and numbers be.
    assert_eq!(
        latin_punctuation("تعذر الاتصال, حاول لاحقًا?", &[',', '?']).len(),
        2
    );
    assert!(latin_punctuation("الخادم example.com، 0x00000001؟", &[',', '?']).is_empty());
}

#[test]
fn traditional_chinese_text_uses_full_width_punctuation_and_corner_quotes() {
    for locale in Locale::all().filter(|l| l.tag() == "zh-TW") {
        let mut problems = Vec::new();
        for line in end_user_lines(locale) {
            problems.extend(latin_punctuation(
                &line,
                &[',', '.', ':', ';', '?', '!', '(', ')'],
            ));
            for quote in ['"', '“', '”', '‘', '’', '«', '»'] {
                if line.contains(quote) {
                    problems.push(format!("{quote} in {line}"));
                }
            }
        }
        assert!(problems.is_empty(), "{locale}: {problems:#?}");
    }
    assert_eq!(
        latin_punctuation("伺服器沒有回應.請稍後再試,", &['.', ',']).len(),
        2
    );
    assert!(latin_punctuation("「example.com」逾時，請稍後再試。", &['.', ',']).is_empty());
}
