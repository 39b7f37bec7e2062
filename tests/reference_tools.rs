//! Every shipped locale through tools this project did not write: Mozilla's
//! reference Fluent parser (`fluent.syntax`) and `compare-locales`, the checker
//! Firefox's localizations pass; and `--search` of the command finding a code by a
//! word of each locale's own text.

mod common;
use common::*;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::Value;
use winhttp_err::{ErrorCode, Locale};

/// The Python packages, pinned with what they pull in, so a run checks with the
/// same rules every time; the cached environment's name is made of them.
const PACKAGES: &[(&str, &str)] = &[
    ("fluent.syntax", "0.19.0"),
    ("compare-locales", "9.0.5"),
    ("six", "1.17.0"),
    ("toml", "0.10.2"),
    ("typing_extensions", "4.16.0"),
];

/// Parses every file given with the reference parser; prints, per file, its
/// Junk, every annotation anywhere in the tree, and each message's attributes.
const PARSE: &str = r#"
import json, sys
from fluent.syntax import FluentParser, Visitor, ast

class Annotations(Visitor):
    def __init__(self):
        super().__init__()
        self.found = []
    def generic_visit(self, node):
        for a in getattr(node, "annotations", None) or []:
            self.found.append(f"{a.code}: {a.message} at {a.span.start if a.span else '?'}")
        super().generic_visit(node)

out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    resource = FluentParser(with_spans=True).parse(text)
    visitor = Annotations()
    visitor.visit(resource)
    junk = [
        f"line {text.count(chr(10), 0, e.span.start) + 1}: {e.content.strip()[:80]!r}"
        for e in resource.body if isinstance(e, ast.Junk)
    ]
    messages = {
        e.id.name: [a.id.name for a in e.attributes]
        for e in resource.body if isinstance(e, ast.Message)
    }
    out[path] = {"junk": junk, "annotations": visitor.found, "messages": messages}
json.dump(out, sys.stdout)
"#;

/// What `compare-locales` runs, as its installed script does.
const COMPARE_LOCALES: &str =
    "import sys; from compare_locales.commands import CompareLocales; sys.exit(CompareLocales.call())";

/// A virtual environment with [`PACKAGES`], made once under target/ and reused
/// while its name (the pins) and its imports still hold.
fn tools_venv() -> PathBuf {
    let key: Vec<String> = PACKAGES.iter().map(|(n, v)| format!("{n}-{v}")).collect();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("reference-tools")
        .join(format!("venv-{}", key.join("+")));
    let python = dir.join("bin/python");
    let works = |python: &Path| {
        Command::new(python)
            .args(["-c", "import fluent.syntax, compare_locales"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if works(&python) {
        return dir;
    }
    // Built beside, then renamed: an interrupted install is never taken for a
    // cached one. (Only `python` is run, which finds its environment wherever it is.)
    let building = dir.with_file_name(format!("building-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&building);
    run_ok(Command::new("python3").arg("-m").arg("venv").arg(&building));
    let pins: Vec<String> = PACKAGES.iter().map(|(n, v)| format!("{n}=={v}")).collect();
    run_ok(
        Command::new(building.join("bin/python"))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(&pins),
    );
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&building, &dir).unwrap();
    assert!(works(&python), "{} cannot import the tools", dir.display());
    dir
}

/// The shipped locales' folders, by tag, and whether each says it is partial.
fn locale_dirs() -> BTreeMap<String, bool> {
    let dirs: BTreeMap<String, bool> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let tag = e.file_name().into_string().unwrap();
            let ftl = std::fs::read_to_string(e.path().join("winhttp_err.ftl")).unwrap();
            let partial = ftl
                .lines()
                .any(|l| l.starts_with(winhttp_err::l10n::check::PARTIAL_MARK));
            (tag, partial)
        })
        .collect();
    let mut shipped: Vec<&str> = Locale::all().map(|l| l.tag()).collect();
    shipped.sort_unstable();
    assert_eq!(dirs.keys().map(String::as_str).collect::<Vec<_>>(), shipped);
    dirs
}

/// compare-locales' `details`, a tree of the paths' common prefixes
/// (`{"locales": {"en-GB/winhttp_err.ftl": [...], "fr-FR/...": [...]}}`, or one
/// key when one file has findings), as full path → findings.
fn flatten(prefix: &str, tree: &Value, out: &mut BTreeMap<String, Value>) {
    match tree {
        Value::Object(children) => {
            for (name, child) in children {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}/{name}")
                };
                flatten(&path, child, out);
            }
        }
        findings => {
            out.insert(prefix.to_owned(), findings.clone());
        }
    }
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn the_reference_parser_and_compare_locales_accept_every_locale() {
    let start = Instant::now();
    let venv = tools_venv();
    let python = venv.join("bin/python");
    let installed = start.elapsed();
    let locales = locale_dirs();

    // (a) fluent.syntax: no Junk, no annotation, in any file.
    let files: Vec<PathBuf> = locales
        .keys()
        .map(|tag| root().join("locales").join(tag).join("winhttp_err.ftl"))
        .collect();
    let out = run_ok(Command::new(&python).arg("-c").arg(PARSE).args(&files));
    let parsed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let messages = |tag: &str| -> BTreeMap<String, BTreeSet<String>> {
        let file = root().join("locales").join(tag).join("winhttp_err.ftl");
        let m = parsed[file.to_str().unwrap()]["messages"]
            .as_object()
            .unwrap();
        m.iter()
            .map(|(id, attrs)| {
                let attrs = attrs.as_array().unwrap().iter();
                (
                    id.clone(),
                    attrs.map(|a| a.as_str().unwrap().to_owned()).collect(),
                )
            })
            .collect()
    };
    for file in &files {
        let report = &parsed[file.to_str().unwrap()];
        for field in ["junk", "annotations"] {
            assert_eq!(
                report[field],
                serde_json::json!([]),
                "{}: {field}",
                file.display()
            );
        }
    }
    // The parser read the messages the catalogue needs.
    let reference = messages("en-US");
    for code in ErrorCode::all() {
        let id = winhttp_err::l10n::message_id(code.name());
        let attrs = reference
            .get(&id)
            .unwrap_or_else(|| panic!("en-US lacks {id}"));
        assert!(
            ["title", "summary", "summary-host"]
                .iter()
                .all(|a| attrs.contains(*a)),
            "{id}: {attrs:?}"
        );
    }

    // (b) compare-locales, every locale against en-US.
    let work = scratch("reference-tools");
    let l10n: Vec<String> = locales
        .keys()
        .filter(|t| *t != "en-US")
        .map(|t| toml_str(t))
        .collect();
    let config = work.join("l10n.toml");
    std::fs::write(
        &config,
        format!(
            "basepath = {}\nlocales = [{}]\n\n[[paths]]\n    reference = \"locales/en-US/*.ftl\"\n    l10n = \"locales/{{locale}}/*.ftl\"\n",
            toml_str(root().to_str().unwrap()),
            l10n.join(", ")
        ),
    )
    .unwrap();
    let json = work.join("compare-locales.json");
    let _ = std::fs::remove_file(&json);
    // Its exit status is 1 whenever something is reported, missing entries too:
    // the report says what.
    let out = Command::new(&python)
        .args(["-c", COMPARE_LOCALES, "--json"])
        .arg(&json)
        .arg(&config)
        .arg(root())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&std::fs::read(&json).unwrap_or_else(|e| {
        panic!(
            "compare-locales wrote no report ({e}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    }))
    .unwrap();
    let summary = report[0]["summary"].as_object().unwrap();
    let mut details = BTreeMap::new();
    flatten("", &report[0]["details"], &mut details);
    assert_eq!(
        summary.keys().collect::<Vec<_>>(),
        locales.keys().filter(|t| *t != "en-US").collect::<Vec<_>>()
    );
    for path in details.keys() {
        let tag = path
            .strip_prefix("locales/")
            .and_then(|p| p.strip_suffix("/winhttp_err.ftl"));
        assert!(
            tag.is_some_and(|t| locales.contains_key(t)),
            "findings in {path}"
        );
    }
    let count = |tag: &str, what: &str| summary[tag][what].as_u64().unwrap();
    for (tag, &partial) in locales.iter().filter(|(t, _)| *t != "en-US") {
        let file = format!("locales/{tag}/winhttp_err.ftl");
        let found = details.get(&file).cloned().unwrap_or(serde_json::json!([]));
        assert_eq!(count(tag, "warnings"), 0, "{tag}: {found:#}");
        assert_eq!(count(tag, "obsolete"), 0, "{tag}: {found:#}");
        assert!(count(tag, "changed") > 0, "{tag}: nothing compared");
        if !partial {
            assert_eq!(count(tag, "errors"), 0, "{tag}: {found:#}");
            assert_eq!(count(tag, "missing"), 0, "{tag}: {found:#}");
            assert_eq!(messages(tag), reference, "{tag}");
            continue;
        }
        // A partial locale lacks whole messages, which fall back to en-US; and a
        // message it gives without attributes keeps en-US's (the library falls
        // back part by part, as the file's header says), which compare-locales,
        // holding a message to be one unit, reports as missing attributes. Those
        // and nothing else.
        let own = messages(tag);
        let mut want_missing: BTreeSet<String> = reference.keys().cloned().collect();
        let mut want_errors = BTreeSet::new();
        for (id, attrs) in &own {
            assert!(want_missing.remove(id), "{tag}: {id} is not in en-US");
            if attrs.is_empty() {
                for attr in &reference[id] {
                    want_errors.insert(format!("Missing attribute: {attr} for {id}"));
                }
                let code = ErrorCode::all()
                    .find(|c| winhttp_err::l10n::message_id(c.name()) == *id)
                    .unwrap();
                let (locale, en) = (Locale::from_tag(tag).unwrap(), Locale::EN_US);
                assert_eq!(code.title(locale), code.title(en), "{tag} {id}");
                assert_ne!(code.message(locale), code.message(en), "{tag} {id}");
            } else {
                assert_eq!(*attrs, reference[id], "{tag} {id}");
            }
        }
        let mut missing = BTreeSet::new();
        let mut errors = BTreeSet::new();
        for entry in found.as_array().unwrap() {
            if let Some(id) = entry["missingEntity"].as_str() {
                missing.insert(id.to_owned());
            } else if let Some(error) = entry["error"].as_str() {
                // "Missing attribute: title at line 16, column 1 for error-winhttp-timeout"
                let (what, id) = error.split_once(" at line ").unwrap_or((error, ""));
                let id = id.split_once(" for ").map_or("", |(_, id)| id);
                errors.insert(format!("{what} for {id}"));
            } else {
                panic!("{tag}: {entry}");
            }
        }
        assert_eq!(missing, want_missing, "{tag}");
        assert_eq!(errors, want_errors, "{tag}");
        assert_eq!(count(tag, "errors"), want_errors.len() as u64, "{tag}");
    }
    eprintln!(
        "reference tools: {:.1?} in all ({:.1?} to find or make the environment)",
        start.elapsed(),
        installed
    );
}

#[test]
fn search_finds_the_time_out_by_a_word_of_its_title_in_every_locale() {
    let timeout = ErrorCode::new(12002).unwrap();
    let found = |query: &str, tag: &str| -> bool {
        let out = clean_env(env!("CARGO_BIN_EXE_winhttp-err"))
            .args(["--json", "--search", query, "--lang", tag])
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["locale"], tag, "{query}: searched in another language");
        let codes = doc["codes"].as_array().unwrap();
        // Exit status 1 exactly when nothing was found.
        assert_eq!(
            out.status.code(),
            Some(i32::from(codes.is_empty())),
            "{query}"
        );
        codes.iter().any(|c| c["code"] == 12002)
    };
    let mut missed = Vec::new();
    for locale in Locale::all() {
        let title = timeout.title(locale);
        // The longest word: a whole title in languages written without spaces.
        let word = title
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .max_by_key(|w| w.chars().count())
            .unwrap();
        assert!(!word.is_empty(), "{locale}: {title}");
        for query in [word.to_owned(), word.to_uppercase(), word.to_lowercase()] {
            if !found(&query, locale.tag()) {
                missed.push(format!("{locale}: {query} ({title})"));
            }
        }
    }
    assert!(
        missed.is_empty(),
        "12002 not found by:\n{}",
        missed.join("\n")
    );
}
