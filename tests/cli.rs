//! The `winhttp-err` command end to end: the built binary, run as a user or a
//! script would, with its output, exit status and JSON checked.

mod common;
use common::*;
#[path = "common/hostile.rs"]
mod hostile;

use std::io::Write;
use std::process::{Command, Output, Stdio};

const TIMEOUT_NUMBERS: &str = "12002 = 0x2EE2, HRESULT 0x80072EE2 = -2147012894";

fn cli() -> Command {
    clean_env(env!("CARGO_BIN_EXE_winhttp-err"))
}

/// Runs the command with `args` and `stdin`; checks it never colours its output.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = cli()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run winhttp-err");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    for stream in [&out.stdout, &out.stderr] {
        assert!(
            !stream.contains(&0x1b),
            "{args:?}: escape sequence in output"
        );
    }
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// (exit status, stdout, stderr)
fn sh(args: &[&str]) -> (i32, String, String) {
    let out = run(args, "");
    (
        out.status.code().unwrap(),
        text(&out.stdout),
        text(&out.stderr),
    )
}

fn assert_fits_80_columns(output: &str) {
    for line in output.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
}

#[test]
fn every_form_of_a_code_decodes_to_the_same_report() {
    for arg in [
        "12002",
        "0x2EE2",
        "0x80072EE2",
        "-2147012894",
        "ERROR_WINHTTP_TIMEOUT",
        "error_winhttp_timeout",
        "timeout",
        "TimeOut",
    ] {
        let (status, out, err) = sh(&[arg]);
        assert_eq!((status, err.as_str()), (0, ""), "{arg}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "ERROR_WINHTTP_TIMEOUT", "{arg}");
        assert_eq!(lines[1], format!("  {TIMEOUT_NUMBERS}"), "{arg}");
        assert_eq!(
            lines[2], "  category timeout, transient: retrying later may help",
            "{arg}"
        );
        assert_eq!(lines[3], "  Connection timed out", "{arg}");
        assert!(out.contains("\n  The request timed out."), "{arg}: {out}");
    }
}

#[test]
fn lang_follows_the_abi_rules_and_defaults_to_the_environment() {
    // The beginning of 12002's description in each locale the requests reach.
    let fr = "  Le délai d’attente de la requête a expiré. Cette";
    let fr_ca = "  Le délai d’attente de la requête a expiré. Cela";
    let en = "  The request timed out. This can also result from TCP/IP time-out behavior,";
    let en_gb = "  The request timed out. This can also result from TCP/IP time-out behaviour,";
    for (args, vars, want) in [
        (&["12002", "--lang", "fr-FR"][..], &[][..], fr),
        (&["12002", "--lang", "fr_CA.UTF-8"], &[], fr_ca),
        (&["12002", "--lang", "fr_BE.UTF-8"], &[], fr),
        (&["12002", "--lang", "is-IS, fr;q=0.8, en;q=0.5"], &[], fr),
        (&["12002", "--lang", "is:fr"], &[], fr),
        (
            &["12002", "--lang", "en-US"],
            &[("LANG", "fr_FR.UTF-8")],
            en,
        ),
        (
            &["12002", "--lang", "en-GB"],
            &[("LANG", "fr_FR.UTF-8")],
            en_gb,
        ),
        (&["12002", "--lang", "en-AU"], &[], en_gb),
        (&["12002", "--lang", "zz"], &[], en),
        (&["12002"], &[], en),
        (&["12002"], &[("LANG", "fr_FR.UTF-8")], fr),
        (&["12002"], &[("LANG", "en_NZ.UTF-8")], en_gb),
        (
            &["12002"],
            &[("LANG", "is_IS.UTF-8"), ("LANGUAGE", "is:fr")],
            fr,
        ),
        (&["12002"], &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")], en),
    ] {
        let out = cli()
            .args(args)
            .envs(vars.iter().copied())
            .output()
            .unwrap();
        let out = text(&out.stdout);
        assert!(out.contains(want), "{args:?} {vars:?}: {out}");
    }
}

#[test]
fn several_codes_in_one_call_keep_their_order() {
    let (status, out, _) = sh(&["12029", "0x80072EE7", "secure_failure", "8"]);
    assert_eq!(status, 0);
    let names: Vec<&str> = out.lines().filter(|l| l.starts_with("ERROR_")).collect();
    assert_eq!(
        names,
        [
            "ERROR_WINHTTP_CANNOT_CONNECT",
            "ERROR_WINHTTP_NAME_NOT_RESOLVED",
            "ERROR_WINHTTP_SECURE_FAILURE",
            "ERROR_NOT_ENOUGH_MEMORY"
        ]
    );
    // One blank line between reports.
    assert_eq!(out.matches("\n\nERROR_").count(), 3, "{out}");
}

#[test]
fn dash_reads_codes_from_stdin() {
    let out = run(
        &["12007", "-", "--lang", "fr"],
        "0x80072EE2\n12029, \"-2147012894\"\n\n(timeout)\r\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = text(&out.stdout);
    let names: Vec<&str> = out.lines().filter(|l| l.starts_with("ERROR_")).collect();
    assert_eq!(
        names,
        [
            "ERROR_WINHTTP_NAME_NOT_RESOLVED",
            "ERROR_WINHTTP_TIMEOUT",
            "ERROR_WINHTTP_CANNOT_CONNECT",
            "ERROR_WINHTTP_TIMEOUT",
            "ERROR_WINHTTP_TIMEOUT"
        ]
    );
    assert!(out.contains("Le délai"), "{out}");
}

#[test]
fn unknown_codes_exit_1_with_suggestions_on_stderr() {
    let (status, out, err) = sh(&["timout", "12002", "54321", "0x80072EE3", "proxy"]);
    assert_eq!(status, 1);
    // What was found is still printed, and only that, on stdout.
    assert_eq!(out.lines().next(), Some("ERROR_WINHTTP_TIMEOUT"));
    assert_eq!(out.matches("ERROR_").count(), 1, "{out}");
    for want in [
        "winhttp-err: no error code is named \"timout\"\n  did you mean:\n  12002  ERROR_WINHTTP_TIMEOUT\n",
        "winhttp-err: 54321 (0xD431) is not a known WinHTTP error code\n  (winhttp-err --list shows every code)\n",
        "winhttp-err: 2147954403 (0x80072EE3) is not a known WinHTTP error code\n  nearby known codes:\n  12002  ERROR_WINHTTP_TIMEOUT\n",
        "winhttp-err: \"proxy\" is part of ",
        "  12188  ERROR_WINHTTP_SECURE_FAILURE_PROXY\n",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert_fits_80_columns(&err);

    let (status, _, err) = sh(&["4294967296"]);
    assert_eq!(status, 1);
    assert!(err.contains("too large for a 32-bit code"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["--no-such-flag"],
        &["--list", "12002"],
        &["--search", "x", "12002"],
        &["--list", "--search", "x"],
        &["--search", ""],
        &["--lang"],
    ] {
        let (status, out, err) = sh(args);
        assert_eq!(status, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
    }
    let (status, out, _) = sh(&["--help"]);
    assert_eq!(status, 0);
    assert!(out.contains("--search <TEXT>"), "{out}");
    assert_fits_80_columns(&out);
    let (status, out, _) = sh(&["--version"]);
    assert_eq!(
        (status, out.trim()),
        (0, concat!("winhttp-err ", env!("CARGO_PKG_VERSION")))
    );
}

#[test]
fn list_shows_every_code_in_80_columns() {
    let (status, out, _) = sh(&["--list"]);
    assert_eq!(status, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 78);
    assert_eq!(lines[0], "    2  0x80070002  ERROR_FILE_NOT_FOUND");
    assert!(lines.contains(&"10054  0x80072746  WSAECONNRESET"));
    assert!(lines.contains(&"12002  0x80072EE2  ERROR_WINHTTP_TIMEOUT"));
    assert_eq!(
        lines[77],
        "12193  0x80072FA1  ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED"
    );
    assert_fits_80_columns(&out);
}

#[test]
fn every_description_fits_80_columns_in_every_language() {
    let (_, list, _) = sh(&["--list"]);
    let codes: Vec<&str> = list
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    for lang in ["en-US", "fr-FR"] {
        let mut args = codes.clone();
        args.extend(["--lang", lang]);
        let (status, out, _) = sh(&args);
        assert_eq!(status, 0);
        let blocks = out.matches("\n\nERROR_").count() + out.matches("\n\nWSA").count();
        assert_eq!(blocks, codes.len() - 1, "{lang}");
        assert_fits_80_columns(&out);
        // The long descriptions were wrapped, not cut.
        assert!(out.lines().any(|l| l.chars().count() > 70), "{lang}");
    }
}

#[test]
fn search_ignores_accents_and_case() {
    let (status, accented, _) = sh(&["--search", "délai", "--lang", "fr-FR"]);
    assert_eq!(status, 0);
    // The Winsock time-outs speak of a délai too; 12002 is among them.
    assert!(
        accented.starts_with("WSAECONNABORTED\n")
            && accented.contains("\n\nERROR_WINHTTP_TIMEOUT\n"),
        "{accented}"
    );
    for query in ["delai", "DELAI", "DÉLAI", "Délai"] {
        let (status, out, _) = sh(&["--search", query, "--lang", "fr-FR"]);
        assert_eq!((status, &out), (0, &accented), "{query}");
    }
    // Several words, each anywhere; the English name is searched in any language.
    let (_, out, _) = sh(&["-s", "certificat REVOKED", "--lang", "fr"]);
    assert!(
        out.starts_with("ERROR_WINHTTP_SECURE_CERT_REVOKED\n"),
        "{out}"
    );
    // Nothing matches: exit 1, a message naming the language.
    let (status, out, err) = sh(&["--search", "délai", "--lang", "en"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        err.contains("no name or en-US description contains \"délai\""),
        "{err}"
    );
}

#[test]
fn json_output_is_stable_and_parseable() {
    let (status, out, err) = sh(&[
        "--json",
        "--lang",
        "fr-CA",
        "0x80072EE2",
        "timout",
        "-2147012867",
    ]);
    assert_eq!(status, 1);
    assert!(err.contains("timout"), "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&doc), ["codes", "direction", "locale", "unknown"]);
    // Canadian French is a locale of its own.
    assert_eq!(doc["locale"], "fr-CA");
    assert_eq!(doc["direction"], "ltr");
    let codes = doc["codes"].as_array().unwrap();
    assert_eq!(codes.len(), 2);
    assert_eq!(
        keys(&codes[0]),
        [
            "category",
            "code",
            "code_hex",
            "description",
            "hints",
            "hresult",
            "hresult_hex",
            "hresult_signed",
            "input",
            "name",
            "summary",
            "title",
            "transient"
        ]
    );
    assert_eq!(codes[0]["input"], "0x80072EE2");
    assert_eq!(codes[0]["name"], "ERROR_WINHTTP_TIMEOUT");
    assert_eq!(codes[0]["code"], 12002);
    assert_eq!(codes[0]["code_hex"], "0x2EE2");
    assert_eq!(codes[0]["hresult"], 0x8007_2EE2u32);
    assert_eq!(codes[0]["hresult_hex"], "0x80072EE2");
    assert_eq!(codes[0]["hresult_signed"], -2147012894);
    assert!(codes[0]["description"]
        .as_str()
        .unwrap()
        .starts_with("Le délai d’attente"));
    assert_eq!(codes[1]["name"], "ERROR_WINHTTP_CANNOT_CONNECT");
    let unknown = &doc["unknown"][0];
    assert_eq!(keys(unknown), ["error", "input", "suggestions"]);
    assert_eq!(unknown["input"], "timout");
    assert_eq!(
        unknown["suggestions"],
        serde_json::json!(["ERROR_WINHTTP_TIMEOUT"])
    );

    // --list and --search give the same shape, with no input.
    let (status, out, _) = sh(&["--json", "--list", "--lang", "en"]);
    assert_eq!(status, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes = doc["codes"].as_array().unwrap();
    assert_eq!(codes.len(), 78);
    assert!(codes
        .iter()
        .all(|c| c["input"].is_null() && c["description"].is_string()));
    assert_eq!(doc["unknown"], serde_json::json!([]));
}

#[test]
fn a_reader_that_leaves_early_is_no_error() {
    // 20 000 reports (~5 MB) overflow any pipe buffer; the reader closes at once.
    let mut child = cli()
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all("12002\n".repeat(20_000).as_bytes());
    });
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn search_finds_codes_by_a_word_of_every_language() {
    for (lang, word) in [("de", "Zeitüberschreitung"), ("ja", "タイムアウト")] {
        let (status, out, err) = sh(&["--search", word, "--lang", lang]);
        assert_eq!(status, 0, "{lang} {word}: {err}");
        assert!(
            out.contains("ERROR_WINHTTP_TIMEOUT"),
            "{lang} {word}: {out}"
        );
    }
    // In every shipped language, the longest word of 12029's description finds it.
    for locale in winhttp_err::Locale::all() {
        let description = winhttp_err::ErrorCode::new(12029).unwrap().message(locale);
        let word = description
            .split(|c: char| {
                c.is_whitespace() || c.is_ascii_punctuation() || "。、，：（）".contains(c)
            })
            .max_by_key(|w| w.chars().count())
            .unwrap();
        let (status, out, err) = sh(&["--search", word, "--lang", locale.tag()]);
        assert_eq!(status, 0, "{locale} {word}: {err}");
        assert!(
            out.contains("ERROR_WINHTTP_CANNOT_CONNECT"),
            "{locale} {word}: {out}"
        );
    }
}

#[test]
fn check_locale_lists_every_problem_and_exits_1_on_an_error() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check");
    let bad = format!("{fixtures}/sv-SE");
    let (status, out, err) = sh(&["check-locale", &bad]);
    assert_eq!((status, err.as_str()), (1, ""), "{out}");
    let file = format!("{bad}/winhttp_err.ftl");
    assert!(
        out.contains(&format!("{file}:9:38: error: \"unknown-error\" uses $kod")),
        "{out}"
    );
    assert!(
        out.contains(&format!("{file}:17:50: error: Expected")),
        "{out}"
    );
    assert!(out.contains(&format!("{bad}: 12 errors, ")), "{out}");

    // Warnings alone: exit 0.
    let (status, out, _) = sh(&["check-locale", &format!("{fixtures}/good/da-DK")]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains(": 0 errors, "), "{out}");

    // The shipped locales: nothing to say.
    let locales = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let (status, out, _) = sh(&["check-locale", locales]);
    assert_eq!(status, 0, "{out}");
    assert!(
        out.contains("/locales/fr-FR: 0 errors, 0 warnings;"),
        "{out}"
    );

    // Usage errors stay 2.
    assert_eq!(sh(&["check-locale"]).0, 2);
}

#[test]
fn check_locale_json_has_the_documented_fields() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check");
    let (status, out, _) = sh(&[
        "check-locale",
        "--json",
        &format!("{fixtures}/sv-SE"),
        &format!("{fixtures}/nope"),
    ]);
    assert_eq!(status, 1);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["errors"], 13);
    let sv = &doc["locales"][0];
    assert_eq!(sv["tag"], "sv-SE");
    assert_eq!(sv["errors"], 12);
    let unknown = sv["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "unknown-message")
        .unwrap();
    assert_eq!(unknown["line"], 6);
    assert_eq!(unknown["column"], 1);
    assert_eq!(unknown["severity"], "error");
    assert!(unknown["file"]
        .as_str()
        .unwrap()
        .ends_with("winhttp_err.ftl"));
    assert!(unknown["message"].as_str().unwrap().contains("timeuot"));
    assert!(sv["translated"].is_u64() && sv["missing"].is_u64());
    let nope = &doc["locales"][1];
    assert_eq!(nope["findings"][0]["kind"], "io");
    assert_eq!(nope["tag"], serde_json::Value::Null);
}

#[test]
fn json_says_the_direction_of_an_added_right_to_left_locale() {
    let rtl = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rtl");
    for (lang, tag, direction) in [
        ("ar-EG", "ar-SA", "rtl"),
        ("iw", "he-IL", "rtl"),
        ("fa", "fa-IR", "rtl"),
        ("ur", "ur-PK", "rtl"),
        ("ku-Latn", "ku-Latn-TR", "ltr"),
        ("zh-HK", "zh-TW", "ltr"),
    ] {
        let (status, out, err) = sh(&["--locales-dir", rtl, "12002", "--lang", lang, "--json"]);
        assert_eq!((status, err.as_str()), (0, ""), "{out}");
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            (&doc["locale"], &doc["direction"]),
            (&tag.into(), &direction.into()),
            "{lang}"
        );
    }
    let (_, out, _) = sh(&[
        "--locales-dir",
        rtl,
        "12002",
        "--lang",
        "he",
        "--json",
        "--host",
        "1.example.com",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["codes"][0]["summary"],
        "\u{200F}\u{200E}1.example.com\u{200E} לא הגיב בזמן."
    );
}

#[test]
fn locales_dir_adds_the_locales_of_a_folder() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/add");
    let two = format!("{fixtures}/two");
    let (status, out, err) = sh(&["--locales-dir", &two, "12002", "--lang", "af-NA", "--json"]);
    assert_eq!((status, err.as_str()), (0, ""), "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["locale"], "af-ZA");
    assert_eq!(
        doc["codes"][0]["description"],
        "Die versoek se tyd het verstryk."
    );
    // A part af-ZA lacks is en-US's.
    assert_eq!(doc["codes"][0]["title"], "Connection timed out");

    // A folder with an error: nothing is shown, exit 2, the first error on stderr.
    let bad = format!("{fixtures}/one-bad");
    let (status, out, err) = sh(&["--locales-dir", &bad, "12002"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains("one-bad/cy-GB/winhttp_err.ftl:2:1: error: "),
        "{err}"
    );
    assert!(err.contains("check-locale"), "{err}");
    let (status, _, err) = sh(&["--locales-dir", "/nonexistent", "12002"]);
    assert_eq!(status, 2, "{err}");
}

/// The hostile files of tests/add_locale_hostile.rs through `check-locale` and
/// `--locales-dir`, with the process's stack cut to 256 KiB (`ulimit -s`): each is
/// refused with an error, none overflows.
#[test]
fn hostile_files_are_refused_on_a_small_stack() {
    let dir = scratch("hostile");
    let files: [(&str, Vec<u8>, &str); 4] = [
        (
            "deep",
            hostile::deep_placeables(),
            "nested more than 16 deep",
        ),
        ("calls", hostile::deep_calls(), "nested more than 16 deep"),
        (
            "chain",
            hostile::attribute_chain(),
            "nests placeables more than 16 deep",
        ),
        ("many", hostile::many_bad_entries(), "… and "),
    ];
    for (name, ftl, expect) in files {
        let locale = dir.join(name).join("fr-FR");
        std::fs::create_dir_all(&locale).unwrap();
        let file = locale.join("winhttp_err.ftl");
        std::fs::write(&file, ftl).unwrap();
        for args in [
            vec!["check-locale".to_owned(), file.display().to_string()],
            vec![
                "--locales-dir".to_owned(),
                dir.join(name).display().to_string(),
                "12002".to_owned(),
            ],
        ] {
            let out = clean_env("sh")
                .arg("-c")
                .arg("ulimit -s 256 && exec \"$0\" \"$@\"")
                .arg(env!("CARGO_BIN_EXE_winhttp-err"))
                .args(&args)
                .output()
                .unwrap();
            let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
            // check-locale exits 1 on errors; a lookup with bad locales, 2.
            let code = if args[0] == "check-locale" { 1 } else { 2 };
            assert_eq!(out.status.code(), Some(code), "{name} {args:?}: {all}");
            if args[0] == "check-locale" {
                assert!(all.contains(expect), "{name}: {all}");
            } else {
                assert!(all.contains("error: "), "{name}: {all}");
            }
        }
    }
}
