//! The translator's checker (src/l10n/check.rs): every kind of finding, at its
//! line and column, from the fixture files in tests/fixtures/check/; and the
//! shipped locales pass it with no error and no warning.

use std::path::{Path, PathBuf};

use winhttp_err::l10n::check::{self, FtlFile, Kind, Severity, MAX_FTL_BYTES};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(path)
}

/// (line, column, kind) of every finding except the missing-part warnings,
/// which grow with en-US.
fn located(checked: &check::Checked) -> Vec<(usize, usize, Kind)> {
    checked
        .findings
        .iter()
        .filter(|f| !matches!(f.kind, Kind::MissingMessage | Kind::MissingAttribute))
        .map(|f| (f.line, f.column, f.kind))
        .collect()
}

fn check_str(tag: Option<&str>, text: &str) -> Vec<(usize, usize, Kind)> {
    let files = [FtlFile {
        name: "mem.ftl",
        bytes: text.as_bytes(),
    }];
    located(&check::check(tag, "mem", &files))
}

#[test]
fn every_kind_of_problem_is_found_at_its_line_and_column() {
    let locales = check::read_path(&fixture("sv-SE")).unwrap();
    assert_eq!(locales.len(), 1);
    assert_eq!(locales[0].tag.as_deref(), Some("sv-SE"));
    let checked = locales[0].check();
    use Kind::*;
    assert_eq!(
        located(&checked),
        [
            (5, 1, Duplicate),
            (6, 1, UnknownMessage),
            (8, 6, UnknownAttribute),
            (9, 1, MissingVariable),
            (9, 38, UnknownVariable),
            (10, 1, MissingVariable),
            (11, 32, BadReference),
            (12, 28, BadReference),
            (12, 36, UnknownVariable),
            (13, 1, BadText),
            (15, 1, BadText),
            (16, 1, Untranslated),
            (17, 50, Syntax),
        ],
        "{:#?}",
        checked.findings
    );
    let text: Vec<String> = checked.findings.iter().map(|f| f.to_string()).collect();
    let file = fixture("sv-SE/winhttp_err.ftl").display().to_string();
    assert!(text.contains(&format!(
        "{file}:6:1: error: en-US has no message \"error-winhttp-timeuot\"; it would never be shown; \
         did you mean \"error-winhttp-timeout\"? [unknown-message]"
    )), "{text:#?}");
    assert!(text.contains(&format!(
        "{file}:9:38: error: \"unknown-error\" uses $kod, which en-US's does not (it has: $code, $hex) [unknown-variable]"
    )), "{text:#?}");
    // The messages it does not define fall back: warnings, without a position.
    let missing = checked
        .findings
        .iter()
        .find(|f| f.kind == MissingMessage && f.message.contains("\"error-winhttp-timeout\""))
        .expect("error-winhttp-timeout is missing");
    assert_eq!((missing.line, missing.severity()), (0, Severity::Warning));
    assert_eq!(checked.errors(), 12);
    assert!(!checked.is_ok());
    assert_eq!(checked.first_error().unwrap().kind, Duplicate);
}

#[test]
fn a_partial_translation_has_warnings_only() {
    let locales = check::read_path(&fixture("good")).unwrap();
    assert_eq!(locales.len(), 1, "a folder of locale folders");
    assert_eq!(locales[0].tag.as_deref(), Some("da-DK"));
    let checked = locales[0].check();
    assert!(checked.is_ok(), "{:#?}", checked.findings);
    assert!(checked.warnings() > 0);
    assert_eq!(checked.translated, 2);
    assert!(checked.missing > 0);
    assert!(checked
        .findings
        .iter()
        .all(|f| matches!(f.kind, Kind::MissingMessage | Kind::MissingAttribute)));
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let locales = check::read_path(&fixture("binary/winhttp_err.ftl")).unwrap();
    assert_eq!(locales[0].tag, None, "\"binary\" is no tag");
    assert_eq!(located(&locales[0].check()), [(1, 41, Kind::NotUtf8)]);
    // A character before the bad byte counts once, not by its bytes.
    let bytes = b"hint = x\nab\xc3\xa9c\xff";
    let files = [FtlFile { name: "m", bytes }];
    assert_eq!(
        located(&check::check(None, "m", &files)),
        [(2, 5, Kind::NotUtf8)]
    );
}

#[test]
fn files_over_the_limit_are_refused_unread() {
    let big = vec![b'#'; MAX_FTL_BYTES + 1];
    let files = [FtlFile {
        name: "big.ftl",
        bytes: &big,
    }];
    let checked = check::check(Some("sv-SE"), "big", &files);
    assert_eq!(located(&checked), [(1, 1, Kind::TooLarge)]);
    let mut ok = b"# ".to_vec();
    ok.resize(MAX_FTL_BYTES, b'x');
    let files = [FtlFile {
        name: "ok.ftl",
        bytes: &ok,
    }];
    assert!(check::check(Some("sv-SE"), "ok", &files).is_ok());
}

#[test]
fn paths_that_cannot_be_read_are_io_findings() {
    for path in [fixture("folder-as-file"), fixture("does-not-exist")] {
        let finding = check::read_path(&path).unwrap_err();
        assert_eq!(finding.kind, Kind::Io, "{path:?}");
        assert_eq!(finding.severity(), Severity::Error);
    }
    #[cfg(unix)]
    {
        let dir = std::env::temp_dir().join(format!("winhttp-err-loop-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::symlink(dir.join("sv-SE"), dir.join("sv-SE")).unwrap();
        let finding = check::read_path(&dir.join("sv-SE")).unwrap_err();
        assert_eq!(finding.kind, Kind::Io);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let text = "\u{feff}# c\r\nerror-winhttp-timeout = Tidsgräns.\r\nerror-winhttp-name-not-resolved = { $x }\r\n";
    assert_eq!(
        check_str(Some("sv-SE"), text),
        [(3, 38, Kind::UnknownVariable)]
    );
}

#[test]
fn en_us_text_is_untranslated_only_outside_en_us() {
    let line = "unknown-error = Unknown WinHTTP error { $code } ({ $hex }).\n";
    assert_eq!(check_str(Some("en-GB"), line), [(1, 1, Kind::Untranslated)]);
    assert_eq!(check_str(Some("en-US"), line), []);
    // No words of its own: may stay identical.
    assert_eq!(
        check_str(
            Some("sv-SE"),
            "report-line = { $description } ({ $name }, { $code })\n"
        ),
        []
    );
}

#[test]
fn terms_and_messages_the_files_define_may_be_referenced() {
    let text = "-app = Appen\nerror-winhttp-timeout = { -app } väntade för länge.\n\
                error-winhttp-shutdown = { error-winhttp-timeout }\n";
    assert_eq!(check_str(Some("sv-SE"), text), []);
    // A cycle does not format.
    let cycle = "error-winhttp-timeout = { error-winhttp-shutdown }\n\
                 error-winhttp-shutdown = { error-winhttp-timeout }\n";
    let found = check_str(Some("sv-SE"), cycle);
    assert_eq!(
        found,
        [(1, 1, Kind::BadReference), (2, 1, Kind::BadReference)]
    );
}

#[test]
fn the_shipped_locales_pass_with_no_error_and_no_warning() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let locales = check::read_path(&root).unwrap();
    let tags: Vec<_> = locales.iter().map(|l| l.tag.clone().unwrap()).collect();
    let shipped: Vec<_> = winhttp_err::Locale::all()
        .map(|l| l.tag().to_owned())
        .collect();
    assert_eq!(tags, shipped);
    for locale in &locales {
        let checked = locale.check();
        assert!(
            checked.findings.is_empty(),
            "{}:\n{}",
            locale.path.display(),
            checked
                .findings
                .iter()
                .map(|f| format!("{f}\n"))
                .collect::<String>()
        );
        // A partial locale (en-GB) says so in its header and lacks parts on
        // purpose; every other one has them all.
        let marked = checked
            .sources
            .iter()
            .any(|t| t.lines().any(|l| l.starts_with(check::PARTIAL_MARK)));
        assert_eq!(checked.partial, marked, "{}", locale.path.display());
        if checked.partial {
            assert!(checked.translated > 0 && checked.missing > 0);
        } else {
            assert_eq!(checked.missing, 0, "{}", locale.path.display());
        }
    }
    let partial = |tag: &str| {
        let i = tags.iter().position(|t| t == tag).unwrap();
        locales[i].check().partial
    };
    assert!(partial("en-GB") && !partial("en-US") && !partial("fr-CA"));
}

#[test]
fn text_parts_are_checked_by_attribute_limits_and_variables() {
    let locales = check::read_path(&fixture("parts")).unwrap();
    let checked = locales[0].check();
    use Kind::*;
    let found: Vec<_> = checked
        .findings
        .iter()
        .filter(|f| f.kind != MissingMessage)
        .map(|f| (f.line, f.column, f.kind))
        .collect();
    assert_eq!(
        found,
        [
            (3, 6, TooLong),
            (5, 6, MissingVariable),
            (6, 1, MissingAttribute),
            (8, 6, TooLong),
            (9, 1, MissingAttribute),
            (10, 6, MissingVariable),
            (11, 6, UnknownAttribute),
            (13, 6, UnknownAttribute),
        ],
        "{:#?}",
        checked.findings
    );
    let messages: Vec<&str> = checked
        .findings
        .iter()
        .map(|f| f.message.as_str())
        .collect();
    // Characters, not bytes: the Polish title has 72 characters and more bytes.
    assert!(messages
        .contains(&"\"error-winhttp-timeout.title\" is 72 characters long; the limit is 60"));
    assert!(messages.contains(
        &"\"error-winhttp-cannot-connect.summary-host\" is 217 characters long with $host = example.com; the limit is 200"
    ));
    assert!(messages.contains(
        &"en-US's \"unknown-code\" has no attribute \".summary-hots\"; it would never be shown; did you mean \"summary-host\"?"
    ));
    assert!(messages
        .contains(&"\"error-winhttp-cannot-connect\" has no .summary; en-US's is shown instead"));
}

#[test]
fn a_title_at_its_limit_passes_and_one_more_character_fails() {
    let line = |title: &str| {
        format!(
            "error-winhttp-timeout = Limit czasu.\n    .title = {title}\n    .summary = Serwer nie odpowiedział.\n    .summary-host = Serwer {{ $host }} nie odpowiedział.\n"
        )
    };
    let at_limit = "ż".repeat(60);
    assert_eq!(check_str(Some("pl-PL"), &line(&at_limit)), []);
    let over = "ż".repeat(61);
    assert_eq!(
        check_str(Some("pl-PL"), &line(&over)),
        [(2, 6, Kind::TooLong)]
    );
}

/// Hints (100 characters) and certificate lines (120) have limits too, and a
/// right-to-left locale's texts count the marks the library adds: the checker
/// measures what a lookup returns, as tests/locales.rs measures the shipped texts.
#[test]
fn hints_and_certificate_lines_are_held_to_their_limits_as_shown() {
    let z = |n: usize| "ż".repeat(n);
    // A value: found at its id.
    let hint = |n: usize| format!("hint-check-connection = {}.\n", z(n - 1));
    assert_eq!(check_str(Some("pl-PL"), &hint(100)), []);
    assert_eq!(
        check_str(Some("pl-PL"), &hint(101)),
        [(1, 1, Kind::TooLong)]
    );
    let cert = |n: usize| format!("cert-flag-invalid-ca = {}.\n", z(n - 1));
    assert_eq!(check_str(Some("pl-PL"), &cert(120)), []);
    assert_eq!(
        check_str(Some("pl-PL"), &cert(121)),
        [(1, 1, Kind::TooLong)]
    );
    // $flags counts as a flag's hexadecimal: " (0x40000000)." is 14 characters.
    let unknown = |n: usize| format!("cert-flag-unknown = {} ({{ $flags }}).\n", z(n - 14));
    assert_eq!(check_str(Some("pl-PL"), &unknown(120)), []);
    assert_eq!(
        check_str(Some("pl-PL"), &unknown(121)),
        [(1, 1, Kind::TooLong)]
    );
    // Other values have no limit (the description is for developers).
    let long = format!("error-winhttp-timeout = {}.\n", z(400));
    assert_eq!(check_str(Some("pl-PL"), &long), []);

    // What the library shows is what was measured: the same texts, added.
    let ftl = format!("{}{}", hint(100), unknown(120));
    winhttp_err::l10n::add_locale("kl-GL", ftl.as_bytes()).unwrap();
    let kl = winhttp_err::Locale::from_tag("kl-GL").unwrap();
    let connection = winhttp_err::ErrorCode::new(12029).unwrap();
    assert_eq!(connection.hints(kl).next().unwrap().chars().count(), 100);
    let line = &winhttp_err::CertFlags::from_bits_retain(1 << 30).reasons(kl)[0];
    assert_eq!(line.chars().count(), 120, "{line}");

    // Right to left: an RLM first, LRMs around the host. 59 letters make a
    // 60-character title; 60 make 61.
    let alef = |n: usize| "\u{627}".repeat(n);
    let rtl = |title: usize, summary: usize| {
        format!(
            "error-winhttp-timeout = {a}.\n    .title = {}\n    .summary = {a}.\n    \
             .summary-host = {} {{ $host }}.\n",
            alef(title),
            alef(summary),
            a = alef(3),
        )
    };
    // " example.com." is 13 characters, the marks 3 more.
    assert_eq!(check_str(Some("fa-IR"), &rtl(59, 184)), []);
    assert_eq!(
        check_str(Some("fa-IR"), &rtl(60, 185)),
        [(2, 6, Kind::TooLong), (4, 6, Kind::TooLong)]
    );
    // Left to right, the same texts are shorter by their marks.
    assert_eq!(check_str(Some("ku-Latn-TR"), &rtl(60, 187)), []);
    let over = rtl(60, 185);
    let files = [FtlFile {
        name: "m",
        bytes: over.as_bytes(),
    }];
    let checked = check::check(Some("fa-IR"), "m", &files);
    assert!(
        checked.findings[0].message.contains(
            "is 61 characters long, counting the right-to-left marks the library adds; the limit is 60"
        ),
        "{:#?}",
        checked.findings
    );
    winhttp_err::l10n::add_locale("fa-IR", rtl(59, 184).as_bytes()).unwrap();
    let fa = winhttp_err::Locale::from_tag("fa-IR").unwrap();
    let timeout = winhttp_err::ErrorCode::new(12002).unwrap();
    assert_eq!(timeout.title(fa).chars().count(), 60);
    let shown = timeout.summary(fa, Some("example.com"));
    assert_eq!(shown.chars().count(), 200, "{shown:?}");
}

#[test]
fn a_renamed_variable_is_shown_where_it_is() {
    // Not ASCII: a syntax error, shown at the "$", not at the parser's guess.
    let text = "error-winhttp-timeout = Délai dépassé.\n    .summary-host = Le serveur { $hôte } ne répond pas.\n";
    assert_eq!(check_str(Some("fr-CA"), text), [(2, 34, Kind::Syntax)]);
    let files = [FtlFile {
        name: "m",
        bytes: text.as_bytes(),
    }];
    let checked = check::check(Some("fr-CA"), "m", &files);
    let syntax = checked
        .findings
        .iter()
        .find(|f| f.kind == Kind::Syntax)
        .unwrap();
    assert!(
        syntax
            .message
            .starts_with("\"$hôte\" is not a valid variable name"),
        "{}",
        syntax.message
    );
    // ASCII: an unknown variable, and $host missing.
    let text = "error-winhttp-timeout = Délai dépassé.\n    .summary-host = Le serveur { $hote } ne répond pas.\n";
    assert_eq!(
        check_str(Some("fr-CA"), text),
        [
            (2, 6, Kind::MissingVariable),
            (2, 35, Kind::UnknownVariable)
        ]
    );
}
