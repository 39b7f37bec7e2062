//! The documentation cannot rot: README.md and the guides in docs/ are checked
//! against the library and against each other.
//!
//! - Tables that restate the catalogue (categories, languages) are the catalogue's.
//! - Every fenced snippet is run (console transcripts against the built command, C
//!   compiled with the checked-in header and run when it has a `main`, Python against
//!   the binding's sources, the Rust API snippet) or is marked, on the line right
//!   before its fence, `<!-- not run: REASON -->`.
//! - Every relative link names a file that exists, and every `#anchor` a heading.
//! - Every heading and fact of the README as it was before the guides (commit
//!   cc3dc10: that of 379b85b, where the guides started, and what main added to it
//!   since) landed in exactly one place, listed in [`MOVED`].

mod common;
use common::*;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use winhttp_err::{ErrorCode, Locale};

/// README.md, then every guide, as (path relative to the root, text).
fn pages() -> Vec<(String, String)> {
    let mut names = vec!["README.md".to_owned()];
    let mut guides: Vec<String> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    guides.sort();
    names.extend(guides);
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(root().join(&n)).unwrap();
            (n, text)
        })
        .collect()
}

fn page(name: &str) -> String {
    std::fs::read_to_string(root().join(name)).unwrap()
}

/// The lines between `<!-- NAME` and `<!-- /NAME -->` that are table rows, without
/// the header and separator rows.
fn table_rows<'a>(text: &'a str, name: &str) -> Vec<&'a str> {
    let start = text
        .find(&format!("<!-- {name}"))
        .unwrap_or_else(|| panic!("the start marker of the {name} table"));
    let end = text
        .find(&format!("<!-- /{name} -->"))
        .unwrap_or_else(|| panic!("the end marker of the {name} table"));
    text[start..end]
        .lines()
        .filter(|l| l.starts_with("| "))
        .skip(1)
        .filter(|l| !l.starts_with("| ---"))
        .collect()
}

// ---------------------------------------------------------------- tables

#[test]
fn the_category_table_is_the_catalogue() {
    let guide = page("docs/c-and-cpp.md");
    let want: Vec<String> = ErrorCode::all()
        .map(|c| {
            let transient = if c.is_transient() { "yes" } else { "no" };
            format!(
                "| {} | `{}` | {} | {transient} |",
                c.code(),
                c.name(),
                c.category()
            )
        })
        .collect();
    assert_eq!(table_rows(&guide, "categories"), want);
}

/// The backticked items of a table cell.
fn ticked(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

#[test]
fn the_language_tables_are_what_negotiation_does() {
    let readme = page("README.md");
    let translators = page("docs/translators.md");
    let rows = table_rows(&readme, "languages");
    assert_eq!(
        rows,
        table_rows(&translators, "languages"),
        "README.md and docs/translators.md show the same table"
    );
    let mut tags: Vec<&str> = rows
        .iter()
        .map(|r| r.split(" | ").nth(1).unwrap())
        .collect();
    let mut shipped: Vec<&str> = Locale::all().map(|l| l.tag()).collect();
    tags.sort_unstable();
    shipped.sort_unstable();
    assert_eq!(tags, shipped, "one row per shipped locale");
    for row in rows {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").collect();
        let (tag, also) = (cells[1].trim(), cells[2]);
        assert_eq!(Locale::negotiate(tag).tag(), tag);
        let (answers, never) = also.split_once("never").unwrap_or((also, ""));
        let answers = ticked(answers);
        assert!(!answers.is_empty(), "{row}");
        for request in answers {
            assert_eq!(
                Locale::negotiate(request).tag(),
                tag,
                "{request:?} in {row}"
            );
        }
        for request in ticked(never) {
            assert_ne!(
                Locale::negotiate(request).tag(),
                tag,
                "{request:?} in {row}"
            );
        }
    }
    // "every unusable request" in en-US's row:
    for junk in ["xx-YY", "12345", "\u{1F600}", "zz"] {
        assert_eq!(Locale::negotiate(junk).tag(), "en-US", "{junk:?}");
    }
}

#[test]
fn every_shipped_text_follows_the_typography_rules_of_every_locale() {
    // docs/translators.md: titles have no final period; summaries are sentences,
    // which end with a period except in Thai, which has none.
    for locale in Locale::all() {
        let thai = locale.tag() == "th-TH";
        for code in ErrorCode::all() {
            let title = code.title(locale);
            assert!(!title.ends_with(['.', '。']), "{locale} {code}: {title}");
            let summary = code.summary(locale, None);
            assert!(
                summary.ends_with(['.', '。']) != thai,
                "{locale} {code}: {summary}"
            );
        }
    }
}

// ---------------------------------------------------------------- the front door

#[test]
fn the_readme_is_a_front_door() {
    let readme = page("README.md");
    let words = readme.split_whitespace().count();
    assert!(
        words <= 2500,
        "README.md has {words} words; the limit is 2,500"
    );

    // The two commands for a fresh machine come first: the main job, then the suite.
    let first = fences(&readme).into_iter().next().unwrap();
    let lines: Vec<&str> = first.body.lines().collect();
    assert_eq!(first.lang, "sh");
    assert_eq!(lines.len(), 2, "{}", first.body);
    let args = lines[0]
        .strip_prefix("cargo run --release -- ")
        .expect("the main job runs the command")
        .split('#')
        .next()
        .unwrap();
    let out = clean_env(env!("CARGO_BIN_EXE_winhttp-err"))
        .args(args.split_whitespace())
        .output()
        .unwrap();
    assert!(out.status.success(), "{args}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("ERROR_WINHTTP_TIMEOUT"), "{stdout}");
    assert!(stdout.contains("Délai de connexion dépassé"), "{stdout}");
    assert!(lines[1].starts_with("bash .ci/run "), "{}", lines[1]);
    let ci = page(".ci/run");
    let last = ci.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert_eq!(
        last, "cargo test",
        ".ci/run ends in the README's test command"
    );
    assert!(lines[1].contains("`cargo test`"), "{}", lines[1]);
}

// ---------------------------------------------------------------- snippets

struct Fence {
    page: String,
    line: usize,
    lang: String,
    body: String,
    /// The reason given by `<!-- not run: REASON -->` on the line before.
    not_run: Option<String>,
}

fn fences(text: &str) -> Vec<Fence> {
    fences_of("", text)
}

fn fences_of(page: &str, text: &str) -> Vec<Fence> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        if let Some(lang) = trimmed.strip_prefix("```") {
            let indent = lines[i].len() - trimmed.len();
            let before = if i > 0 { lines[i - 1].trim() } else { "" };
            let not_run = before
                .strip_prefix("<!-- not run:")
                .and_then(|r| r.strip_suffix("-->"))
                .map(|r| r.trim().to_owned());
            let start = i;
            let mut body = String::new();
            i += 1;
            while i < lines.len() && lines[i].trim() != "```" {
                body.push_str(lines[i].get(indent..).unwrap_or(lines[i].trim_start()));
                body.push('\n');
                i += 1;
            }
            out.push(Fence {
                page: page.to_owned(),
                line: start + 1,
                lang: lang.trim().to_owned(),
                body,
                not_run,
            });
        }
        i += 1;
    }
    out
}

fn all_fences() -> Vec<Fence> {
    pages()
        .iter()
        .flat_map(|(name, text)| fences_of(name, text))
        .collect()
}

/// A folder with `winhttp-err` in it, for the transcripts' PATH.
fn bin_dir() -> PathBuf {
    let dir = scratch("docs-bin");
    let link = dir.join("winhttp-err");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_winhttp-err"), &link).unwrap();
    dir
}

fn path_with_bin() -> String {
    format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A fresh folder for one snippet, holding `locales` (the shipped ones, or
/// `locales_from`).
fn snippet_dir(fence: &Fence, locales_from: &Path) -> PathBuf {
    let dir =
        scratch("docs-snippets").join(format!("{}-{}", fence.page.replace('/', "_"), fence.line));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(locales_from, dir.join("locales")).unwrap();
    dir
}

/// A console transcript: each `$ command` runs in one shell, in order, with the
/// built `winhttp-err` on PATH and no locale in the environment; its output (stdout
/// and stderr) must be the lines that follow it.
fn run_console(fence: &Fence) {
    let mut script = String::new();
    let mut expected: Vec<Vec<&str>> = Vec::new();
    for line in fence.body.lines() {
        if let Some(cmd) = line.strip_prefix("$ ") {
            script.push_str(&format!(
                "{{ {cmd}\n}} 2>&1; __status=$?; echo '\u{1}'; (exit $__status)\n"
            ));
            expected.push(Vec::new());
        } else {
            expected
                .last_mut()
                .unwrap_or_else(|| {
                    panic!("{}:{}: output before a $ command", fence.page, fence.line)
                })
                .push(line);
        }
    }
    let dir = snippet_dir(fence, &root().join("locales"));
    let out = clean_env("sh")
        .args(["-c", &script])
        .current_dir(&dir)
        .env("PATH", path_with_bin())
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let got: Vec<Vec<&str>> = stdout
        .split("\u{1}\n")
        .map(|chunk| chunk.lines().collect())
        .take(expected.len())
        .collect();
    assert_eq!(
        got.len(),
        expected.len(),
        "{}:{}: {stdout}",
        fence.page,
        fence.line
    );
    for (i, (got, want)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(
            got,
            want,
            "{}:{}: command {} of the transcript",
            fence.page,
            fence.line,
            i + 1
        );
    }
}

/// Shell commands: run with `set -e` in a fresh folder holding the shipped
/// `locales`, with the built `winhttp-err` on PATH.
fn run_sh(fence: &Fence) {
    let dir = snippet_dir(fence, &root().join("locales"));
    let out = clean_env("sh")
        .args(["-ec", &fence.body])
        .current_dir(&dir)
        .env("PATH", path_with_bin())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}:{}: {}\n{}",
        fence.page,
        fence.line,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// C: compiled as C11 with every warning an error, against the checked-in header.
/// A snippet with a `main` is linked to the built library and run (in a folder whose
/// `locales` holds two added locales, tests/fixtures/add/two): it must exit 0 and
/// write nothing to stderr. Others are checked for syntax and types: declarations
/// in them must agree with the header's.
fn run_c(fence: &Fence, cxx: bool) {
    let dir = snippet_dir(fence, &root().join("tests/fixtures/add/two"));
    let src = dir.join(if cxx { "snippet.cpp" } else { "snippet.c" });
    let prelude = "#include <stdio.h>\n#include <stdint.h>\n#include \"winhttp_err.h\"\n";
    std::fs::write(&src, format!("{prelude}{}", fence.body)).unwrap();
    let mut cc = Command::new(if cxx { "c++" } else { "cc" });
    cc.arg(if cxx { "-std=c++17" } else { "-std=c11" })
        .args(["-Wall", "-Wextra", "-Werror", "-pedantic", "-I"])
        .arg(root().join("include"))
        .arg(&src);
    let has_main = fence.body.contains("int main(");
    if !has_main {
        run_ok(cc.arg("-fsyntax-only"));
        return;
    }
    let lib = lib_dir();
    let exe = dir.join("snippet");
    run_ok(
        cc.arg("-L")
            .arg(&lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lwinhttp_err", "-o"])
            .arg(&exe),
    );
    let out = clean_env(&exe).current_dir(&dir).output().unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}:{}: {}\n{}",
        fence.page,
        fence.line,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Python: run with the binding's sources (bindings/python/src) and the built
/// library beside them; each `print(...)  # TEXT` must print TEXT.
fn run_python(fence: &Fence) {
    let dir = snippet_dir(fence, &root().join("locales"));
    let pkg = dir.join("winhttp_err");
    std::fs::create_dir_all(&pkg).unwrap();
    for entry in std::fs::read_dir(root().join("bindings/python/src/winhttp_err")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), pkg.join(entry.file_name())).unwrap();
    }
    std::fs::copy(cdylib(), pkg.join(cdylib().file_name().unwrap())).unwrap();
    let want: Vec<&str> = fence
        .body
        .lines()
        .filter(|l| l.starts_with("print("))
        .map(|l| l.rsplit_once("# ").expect("print(...)  # what it prints").1)
        .collect();
    let out = clean_env("python3")
        .args(["-c", &fence.body])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}:{}: {}",
        fence.page,
        fence.line,
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        want,
        "{}:{}",
        fence.page,
        fence.line
    );
}

/// The Rust snippets, each compiled into this test and compared, token by token,
/// with the guide's text.
macro_rules! rust_snippet {
    ($($code:tt)*) => {
        (stringify!($($code)*), (|| { $($code)* }) as fn())
    };
}

fn rust_snippets() -> Vec<(&'static str, fn())> {
    vec![rust_snippet! {
        use winhttp_err::{ErrorCode, Locale};
        let code = ErrorCode::new(0x8007_2EE2).unwrap();
        let fr = Locale::negotiate("is-IS, fr;q=0.8");
        println!("{}: {}", code.name(), code.message(fr));
    }]
}

fn without_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn run_rust(fence: &Fence) {
    let body = without_space(&fence.body);
    let (_, run) = rust_snippets()
        .into_iter()
        .find(|(text, _)| without_space(text) == body)
        .unwrap_or_else(|| {
            panic!(
                "{}:{}: this Rust snippet is not in rust_snippets() of tests/readme.rs",
                fence.page, fence.line
            )
        });
    run();
}

#[test]
fn every_snippet_is_run_or_says_why_not() {
    let mut ran = BTreeMap::<String, usize>::new();
    for fence in all_fences() {
        let at = format!("{}:{}", fence.page, fence.line);
        assert!(!fence.lang.is_empty(), "{at}: a fence without a language");
        if let Some(reason) = &fence.not_run {
            assert!(reason.len() > 10, "{at}: say why it is not run");
            continue;
        }
        match fence.lang.as_str() {
            "console" => run_console(&fence),
            "sh" => run_sh(&fence),
            "c" => run_c(&fence, false),
            "cpp" => run_c(&fence, true),
            "python" => run_python(&fence),
            "rust" => run_rust(&fence),
            other => panic!("{at}: no test runs {other} snippets; mark it <!-- not run: why -->"),
        }
        *ran.entry(fence.lang).or_default() += 1;
    }
    // The runners ran at all (a parser that found nothing would pass otherwise).
    for lang in ["console", "sh", "c", "python", "rust"] {
        assert!(
            ran.get(lang).copied().unwrap_or(0) > 0,
            "no {lang} snippet ran: {ran:?}"
        );
    }
}

// ---------------------------------------------------------------- links

/// GitHub's anchor for a heading: lower case, punctuation dropped except `-` and
/// `_`, spaces made `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The lines of a page outside its fences (the fence lines themselves left out).
fn prose_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut in_fence = false;
    text.lines().filter(move |line| {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            return false;
        }
        !in_fence
    })
}

/// The headings of a page outside its fences, as written (without the `#`s).
fn headings(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for line in prose_lines(text) {
        let level = line.chars().take_while(|&c| c == '#').count();
        if level > 0 && line[level..].starts_with(' ') {
            out.push((level, line[level..].trim().to_owned()));
        }
    }
    out
}

fn anchors(text: &str) -> Vec<String> {
    let mut seen = BTreeMap::<String, usize>::new();
    headings(text)
        .into_iter()
        .map(|(_, h)| {
            let s = slug(&h);
            let n = seen.entry(s.clone()).or_default();
            *n += 1;
            if *n == 1 {
                s
            } else {
                format!("{s}-{}", *n - 1)
            }
        })
        .collect()
}

/// The targets of the inline links `[text](target)` of a page, outside fences.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in prose_lines(text) {
        let mut rest = line;
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(end) = after.find(')') else { break };
            out.push(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    out
}

#[test]
fn every_link_and_anchor_exists() {
    let mut checked = 0;
    let mut pages = pages();
    for readme in [
        "bindings/python",
        "bindings/node",
        "bindings/dotnet",
        "bindings/go",
    ] {
        let name = format!("{readme}/README.md");
        pages.push((name.clone(), page(&name)));
    }
    for (name, text) in &pages {
        let dir = root().join(name).parent().unwrap().to_path_buf();
        for target in links(text) {
            if target.starts_with("http://") || target.starts_with("https://") {
                continue;
            }
            let (file, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let path = if file.is_empty() {
                root().join(name)
            } else {
                dir.join(file)
            };
            assert!(path.exists(), "{name}: the link {target} names no file");
            assert!(
                path.canonicalize().unwrap().starts_with(root()),
                "{name}: the link {target} leaves the repository"
            );
            if !anchor.is_empty() {
                let target_text = std::fs::read_to_string(&path).unwrap();
                assert!(
                    anchors(&target_text).iter().any(|a| a == anchor),
                    "{name}: the link {target}: no heading has that anchor ({:?})",
                    anchors(&target_text)
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} links found");
}

#[test]
fn every_file_of_the_layout_exists() {
    let guide = page("docs/architecture.md");
    let start = guide.find("## Layout").unwrap();
    let mut checked = 0;
    for row in guide[start..]
        .lines()
        .take_while(|l| !l.starts_with("Data flows"))
    {
        let Some(first) = row.strip_prefix("| ").and_then(|r| r.split(" | ").next()) else {
            continue;
        };
        let mut dir = PathBuf::new();
        for item in ticked(first) {
            if item.contains(['<', '*']) {
                continue;
            }
            // `src/locale/mod.rs`, `cache.rs`: a bare name is beside the one before.
            let path = if item.contains('/') {
                PathBuf::from(item)
            } else {
                dir.join(item)
            };
            assert!(
                root().join(&path).exists(),
                "the layout names {}",
                path.display()
            );
            dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} files checked");
}

#[test]
fn slugs_are_githubs() {
    assert_eq!(slug("The `locales` argument"), "the-locales-argument");
    assert_eq!(
        slug("Installing: pkg-config and CMake"),
        "installing-pkg-config-and-cmake"
    );
    assert_eq!(slug("Use it from…"), "use-it-from");
    assert_eq!(
        anchors("# A\n## A\n```sh\n# not a heading\n```\n"),
        ["a", "a-1"]
    );
}

// ---------------------------------------------------------------- the old README

/// Where each section of the README of commit cc3dc10 went: its heading, then the
/// pages that hold its text.
const MOVED: &[(&str, &[&str])] = &[
    ("# winhttp-err", &["README.md"]),
    (
        "## The `winhttp-err` command",
        &["docs/cli.md", "docs/architecture.md"],
    ),
    (
        "## What it knows",
        &["docs/architecture.md", "docs/translators.md"],
    ),
    ("## Showing an error to a user", &["docs/c-and-cpp.md"]),
    ("### Right-to-left languages", &["docs/c-and-cpp.md"]),
    ("### Categories and retry advice", &["docs/c-and-cpp.md"]),
    ("## The C ABI", &["docs/c-and-cpp.md"]),
    ("### The `locales` argument", &["docs/c-and-cpp.md"]),
    ("### Locales added at run time", &["docs/c-and-cpp.md"]),
    ("## C++: `winhttp_err.hpp`", &["docs/c-and-cpp.md"]),
    ("## Linking", &["docs/c-and-cpp.md"]),
    (
        "### Installing: pkg-config and CMake",
        &["docs/c-and-cpp.md"],
    ),
    ("## Use it from…", &["docs/bindings.md"]),
    ("## Examples", &["docs/c-and-cpp.md"]),
    ("## Rust API", &["docs/bindings.md"]),
    ("## Tests", &["docs/testing.md"]),
    ("## Windows", &["docs/windows.md"]),
    ("### UTF-16 functions", &["docs/windows.md"]),
    ("### Testing under Wine", &["docs/windows.md"]),
    ("## Reliability", &["docs/reliability.md"]),
    ("### Fuzzing", &["docs/testing.md"]),
    ("## Dependencies and licences", &["docs/architecture.md"]),
    ("## Performance", &["docs/performance.md"]),
    ("### Two versions side by side", &["docs/performance.md"]),
    ("## Adding a translation", &["docs/translators.md"]),
    ("## Layout", &["docs/architecture.md"]),
];

/// Facts reworded on the way (stale, or made runnable): the start of the old
/// text, normalized, and the new text that must be in the section's page once.
const REWORDED: &[(&str, &str)] = &[
    (
        "- **No panic crosses the ABI.** Every `extern \"C\"` function runs inside `boundary()` (src/ffi/)",
        "Every `extern \"C\"` function runs inside `boundary()` ([`src/ffi/mod.rs`]), which turns",
    ),
    (
        "`unsafe` code lives only in src/ffi/ and test code",
        "`unsafe` code lives only in `src/ffi/` and test code",
    ),
    (
        "- [`examples/demo.rs`]: the tour printed by the first command above.",
        "[`examples/demo.rs`]: the tour that `cargo run --release --example demo` prints.",
    ),
    (
        "- Twelve languages, each with every description",
        "Forty-one languages: every Windows display language",
    ),
    (
        "They are written in [Fluent] in `locales/<tag>/winhttp_err.ftl`, each opening with its translator's glossary (the Windows terms chosen for request, header, handle, proxy, certificate, callback, PAC file, timeout), and every end-user text was read back into English by a second reader who had not seen the English.",
        "each opening with its translator's glossary (the Windows terms chosen for request, header, handle, proxy, certificate, callback, PAC file, timeout) and its typography rules",
    ),
    // Stale: Swedish ships now; the example's first language is one that does not.
    (
        "use winhttp_err::{ErrorCode, Locale};\nlet code = ErrorCode::new(0x8007_2EE2).unwrap();\nlet fr = Locale::negotiate(\"sv-SE, fr;q=0.8\");\nprintln!(\"{}: {}\", code.name(), code.message(fr));",
        "use winhttp_err::{ErrorCode, Locale};\nlet code = ErrorCode::new(0x8007_2EE2).unwrap();\nlet fr = Locale::negotiate(\"is-IS, fr;q=0.8\");\nprintln!(\"{}: {}\", code.name(), code.message(fr));",
    ),
    // Stale: the shipped locales are compiled, not stored as FTL blocks.
    (
        "They are embedded at build time without their comments, LZ4-compressed in blocks of about 8 KiB, so that the first lookup in a language decompresses one block: no file is read at run time, and the stripped library stays under 1 MiB.",
        "build.rs compiles them once, at build time, into what lookups read",
    ),
    // Stale: the catalogue gained the Win32 and Winsock codes WinHTTP returns.
    (
        "- All 56 `ERROR_WINHTTP_*` codes of `winhttp.h` (12001–12193) and the six Win32 codes",
        "- All 56 `ERROR_WINHTTP_*` codes of `winhttp.h` (12001–12193); the eleven Win32 codes",
    ),
    (
        "- `--lang TAGS` takes what the C ABI's `locales` takes (see [below]);",
        "- `--lang TAGS` takes what the C ABI's `locales` takes (see [the `locales` argument]);",
    ),
    (
        "- `--locales-dir DIR` uses the locales of `DIR` too",
        "see [translators.md]); a tag that exists",
    ),
    (
        "Lookups of shipped locales stay lock-free: one extra atomic load",
        "answer cached before an add is used after it (see [performance.md]).",
    ),
    (
        "- Python, Node.js, C# and Go: the packages in [`bindings/`] (see [Use it from…])",
        "- Python, Node.js, C# and Go: the packages in [`bindings/`] (see [bindings.md])",
    ),
    // Stale: the example is a TaskDialog, with a message box only as its fallback.
    (
        "[`examples/windows/error_dialog.c`] shows a WinHTTP failure in a message box titled",
        "is the recipe of [Showing an error to a user] in Win32: a TaskDialog in the user's language",
    ),
    (
        "- `winhttp-err check-locale PATH...` is the translator's checker (below)",
        "- `winhttp-err check-locale PATH...` is the translator's checker ([translators.md]); `--json` there",
    ),
    (
        "| `locales[].findings[]` | `file`, `line` and `column`",
        "`kind` (listed in [translators.md]), `message` (English) |",
    ),
    // The catalogue grew to 78 codes; the scaling rows gained two controls.
    (
        "Each row is a median of 21 repetitions of 200,000 calls cycling through all 62 codes, ours and the peer interleaved; thread scaling is a median of 11 runs of 50 ms per thread, beside an arithmetic loop that shows what the machine itself gives two threads (on a busy machine that row says so, and ours is marked `MISS*`); first calls are the median of 20 fresh processes, timed inside the process around the call (loading and symbol binding excluded).",
        "Each row is a median of 21 repetitions of 200,000 calls cycling through all\n78 codes",
    ),
    // The memory-ordering rule joined the locale module's row.
    (
        "| `src/locale/mod.rs`, `cache.rs`, `system.rs` | the registry of shipped and added locales, negotiation, the bounded request cache (keyed with the registry's epoch), the process default |",
        "| `src/locale/mod.rs`, `cache.rs`, `system.rs`, `publish.rs` | the registry of shipped and added locales",
    ),
    // Stale: the checker became a folder of its own.
    (
        "| `src/l10n/check.rs` | the translator's checker",
        "| `src/l10n/check/` | the translator's checker: `mod.rs` the rules and `check`, its steps in order",
    ),
    // The dialog recipe became a function that compiles.
    (
        "#include \"winhttp_err.h\"\n/* After WinHttpSendRequest failed",
        "void show_error(uint32_t code, const char *host, uint32_t flags) {",
    ),
    // A transcript line needing a log file became its own block.
    (
        "$ winhttp-err 12002 0x80072EFD --lang fr-FR\nERROR_WINHTTP_TIMEOUT",
        "grep -o '0x8007[0-9A-Fa-f]*' app.log | winhttp-err - --json",
    ),
    // Stale: the wheels reach glibc 2.17 and Windows, the npm package is one per platform.
    (
        "| Python ≥ 3.8 ([README]) | `bash bindings/python/build.sh dist && pip install",
        "| Python ≥ 3.8 ([README]) | `bash bindings/python/build.sh dist && pip install --no-index --find-links dist winhttp-err` |",
    ),
    (
        "| Node.js ≥ 18 ([README]) | `bash bindings/node/pack.sh dist && npm install",
        "| Node.js ≥ 20 ([README]) | `bash bindings/node/pack.sh dist`, then publish the four tarballs",
    ),
    // The .NET and Go packages grew (netstandard2.0, win-x86, build targets; a fetchable
    // module path, static linking, Windows tests under Wine).
    (
        "| C# / .NET ([README]) |",
        "`WinHttpError.GetCategory(ex)` for an `HttpRequestException` around",
    ),
    (
        "| Go ≥ 1.19 ([README]) |",
        "go get github.com/winhttp-err/winhttp-err/bindings/go/winhttperr@v0.1.0` (until published",
    ),
    (
        "The wheel is tagged `py3-none-manylinux_2_34_x86_64`",
        "The NuGet package holds `lib/net462` and",
    ),
    (
        "`tests/cli.rs` runs the built `winhttp-err`",
        "targets under xbuild), the Go module against the installed prefix",
    ),
    (
        "`.ci/run` installs cmake, pkg-config, binutils, Node.js, npm, mono-devel,",
        "nuget, mono-xbuild, golang-go",
    ),
    (
        "| `bindings/<language>/`, `bindings/test.sh`, `bindings/native.sh` |",
        "`bindings/windows.sh`, `bindings/libs.sh` | the Python, Node.js, .NET and Go packages",
    ),
];

/// Text with link targets dropped (`[a](b)` → `[a]`) and whitespace collapsed.
fn normalize(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..=i]);
        let after = &rest[i + 2..];
        match after.find(')') {
            Some(end) => rest = &after[end + 1..],
            None => {
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fence bodies normalized line by line (each line trimmed, blank lines dropped).
fn normalize_code(body: &str) -> String {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The facts of one section: its fences, its table rows and its sentences.
fn facts(section: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    for fence in fences(section) {
        out.push((true, normalize_code(&fence.body)));
    }
    let mut prose = String::new();
    let mut in_fence = false;
    let flush = |prose: &mut String, out: &mut Vec<(bool, String)>| {
        let text = normalize(prose);
        prose.clear();
        // Sentences: split after ". " when a capital, a backtick or a bracket follows.
        let mut start = 0;
        let bytes = text.as_bytes();
        for i in 0..bytes.len().saturating_sub(2) {
            if bytes[i] == b'.'
                && bytes[i + 1] == b' '
                && (bytes[i + 2].is_ascii_uppercase() || matches!(bytes[i + 2], b'`' | b'['))
            {
                out.push((false, text[start..=i].to_owned()));
                start = i + 2;
            }
        }
        out.push((false, text[start..].to_owned()));
    };
    let lines: Vec<&str> = section.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let header_row = lines.get(i + 1).is_some_and(|l| l.starts_with("| ---"));
        if trimmed.starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || trimmed.starts_with('#') && !line.starts_with(' ') {
            continue;
        }
        if trimmed.starts_with('|') {
            flush(&mut prose, &mut out);
            if !header_row {
                out.push((false, normalize(trimmed)));
            }
        } else if trimmed.is_empty() || trimmed.starts_with("- ") || trimmed.starts_with("<!--") {
            flush(&mut prose, &mut out);
            if !trimmed.starts_with("<!--") {
                prose.push_str(trimmed);
                prose.push(' ');
            }
        } else {
            prose.push_str(trimmed);
            prose.push(' ');
        }
    }
    flush(&mut prose, &mut out);
    out.retain(|(_, f)| f.chars().count() >= 25 && !f.starts_with("| ---"));
    out
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn every_fact_of_the_old_readme_is_in_exactly_one_page() {
    let out = Command::new("git")
        .args(["show", "cc3dc10:README.md"])
        .current_dir(root())
        .output()
        .expect("git (the old README is read from the history)");
    assert!(
        out.status.success(),
        "git show cc3dc10:README.md: {} (a shallow clone lacks it: clone the whole history)",
        String::from_utf8_lossy(&out.stderr)
    );
    let old = String::from_utf8(out.stdout).unwrap();

    // Sections: every heading outside fences, with the text up to the next one.
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut in_fence = false;
    for line in old.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if !in_fence && line.starts_with('#') {
            sections.push((line.to_owned(), String::new()));
        } else {
            let body = &mut sections.last_mut().unwrap().1;
            body.push_str(line);
            body.push('\n');
        }
    }
    let headings: Vec<&str> = sections.iter().map(|(h, _)| h.as_str()).collect();
    let mapped: Vec<&str> = MOVED.iter().map(|(h, _)| *h).collect();
    assert_eq!(
        headings, mapped,
        "MOVED lists every heading of the old README, in order"
    );

    let pages = pages();
    let prose: Vec<(String, String)> = pages
        .iter()
        .map(|(n, t)| (n.clone(), normalize(t)))
        .collect();
    let code: Vec<(String, Vec<String>)> = pages
        .iter()
        .map(|(n, t)| {
            let bodies = fences(t).iter().map(|f| normalize_code(&f.body)).collect();
            (n.clone(), bodies)
        })
        .collect();

    let mut used = vec![false; REWORDED.len()];
    let mut report = Vec::new();
    let mut lost = Vec::new();
    for ((heading, body), (_, dests)) in sections.iter().zip(MOVED) {
        let (mut moved, mut reworded) = (0, 0);
        for (is_code, fact) in facts(body) {
            let where_: Vec<(&str, usize)> = if is_code {
                code.iter()
                    .map(|(n, bodies)| {
                        let c = bodies.iter().filter(|b| b.contains(fact.as_str())).count();
                        (n.as_str(), c)
                    })
                    .collect()
            } else {
                prose
                    .iter()
                    .map(|(n, t)| (n.as_str(), count(t, &fact)))
                    .collect()
            };
            let found: Vec<(&str, usize)> = where_.into_iter().filter(|(_, c)| *c > 0).collect();
            if found.len() == 1 && found[0].1 == 1 && dests.contains(&found[0].0) {
                moved += 1;
                continue;
            }
            let rewording = REWORDED.iter().position(|(old, _)| {
                let old = if is_code {
                    normalize_code(old)
                } else {
                    normalize(old)
                };
                fact.starts_with(&old)
            });
            if let Some(i) = rewording {
                used[i] = true;
            }
            match rewording.map(|i| REWORDED[i]) {
                Some((_, new)) if found.is_empty() => {
                    let new = normalize(new);
                    let at: Vec<&str> = prose
                        .iter()
                        .filter(|(n, _)| dests.contains(&n.as_str()))
                        .filter(|(_, t)| count(t, &new) == 1)
                        .map(|(n, _)| n.as_str())
                        .collect();
                    let elsewhere: usize = prose.iter().map(|(_, t)| count(t, &new)).sum();
                    if at.len() == 1 && elsewhere == 1 {
                        reworded += 1;
                    } else {
                        lost.push(format!(
                            "{heading}: reworded as {new:?}, found {elsewhere} times"
                        ));
                    }
                }
                _ => lost.push(format!(
                    "{heading}: {fact:?} is in {found:?}, not once in {dests:?}"
                )),
            }
        }
        report.push(format!(
            "{heading:40} → {} ({moved} facts moved, {reworded} reworded)",
            dests.join(", ")
        ));
    }
    println!("{}", report.join("\n"));
    for (i, (old, _)) in REWORDED.iter().enumerate() {
        assert!(
            used[i],
            "REWORDED names a text the old README does not have: {old:?}"
        );
    }
    assert!(
        lost.is_empty(),
        "facts not in exactly one page:\n{}",
        lost.join("\n")
    );
}
