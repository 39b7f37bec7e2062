//! The Fluent files: every code has a message in every locale, no message lacks a
//! code, every file parses cleanly, and the text is fit for C strings and dialogs.

use std::collections::BTreeSet;
use std::path::Path;

use fluent::FluentResource;
use fluent_syntax::ast;
use winhttp_err::catalog::ENTRIES;
use winhttp_err::l10n::message_id;
use winhttp_err::{ErrorCode, Locale};

const EXTRA_IDS: [&str; 2] = ["report-line", "unknown-error"];

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
        .chain(EXTRA_IDS.map(String::from))
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
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
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
                    text.len() > 20 && text != code.name(),
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
fn every_code_is_really_translated() {
    let (en, fr) = (Locale::EN_US, Locale::from_tag("fr-FR").unwrap());
    for code in ErrorCode::all() {
        assert_ne!(code.message(en), code.message(fr), "{code} untranslated");
    }
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
