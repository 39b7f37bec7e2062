//! The `winhttp-err` command: arguments, lookups and output. It lives in the
//! library, behind the `cli` feature, so that src/bin/winhttp-err.rs stays a
//! one-line `main` and everything here is unit-tested with in-memory streams.
//!
//! Exit status: 0 when every code was found, 1 when one was not (each with a
//! message on stderr and close names), 2 for usage errors (clap's own) and a
//! `--locales-dir` that cannot be loaded.
//!
//! `winhttp-err check-locale PATH...` is the translator's checker (see
//! [`CheckArgs`]): 0 when no file has an error, 1 otherwise.
//!
//! # Text output
//! Plain text, no colour, at most 80 columns: the name; the numbers, category
//! and retry advice; then what an end user would see (title, summary, hints)
//! and last the technical description, each wrapped and indented.
//!
//! # JSON output (`--json`)
//! One object, pretty-printed; fields keep their names and types across
//! releases, new ones may be added:
//! - `locale`: the negotiated language of the descriptions, e.g. `"fr-FR"`;
//! - `codes`: the codes found (or listed, or matched), each a [`JsonCode`];
//! - `unknown`: the arguments that named no code, each a [`JsonUnknown`];
//! - `cert_flags`: with `--cert-flags`, each reason a [`JsonCertFlag`].

use std::io::{self, BufRead, Write};

use std::path::PathBuf;

use clap::builder::NonEmptyStringValueParser;
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::l10n::check::{self, Finding};
use crate::lookup::{self, LookupError};
use crate::{CertFlags, ErrorCode, Locale};

/// Widest line of the text output, in terminal columns. (Not `pub`: cbindgen
/// would put a public constant into the C header.)
const WIDTH: usize = 80;
/// Longest part of a user's argument echoed in a message, in characters.
const MAX_ECHO: usize = 60;
/// Most candidates printed for an ambiguous name fragment.
const MAX_CANDIDATES: usize = 12;

/// Decode WinHTTP error codes: symbolic name, decimal, hex, HRESULT and a
/// localized description.
#[derive(Debug, Parser)]
#[command(name = "winhttp-err", version, max_term_width = WIDTH)]
#[command(after_help = "Examples:
  winhttp-err 12002 0x80072EFD
  winhttp-err -2147012894 --lang fr-FR
  winhttp-err timeout --json
  winhttp-err 12007 --host example.com --lang fr
  winhttp-err --cert-flags 0x28
  winhttp-err --search 'délai' --lang fr
  grep -o '0x8007[0-9A-F]*' app.log | winhttp-err -
  winhttp-err check-locale locales/sv-SE")]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    /// A command other than decoding codes.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Codes to decode: 12002, 0x2EE2, 0x80072EE2, -2147012894,
    /// ERROR_WINHTTP_TIMEOUT, or a unique part of a name (timeout).
    /// `-` reads more from standard input, separated by spaces, commas or lines.
    #[arg(
        value_name = "CODE",
        allow_negative_numbers = true,
        required_unless_present_any = ["list", "search", "cert_flags"],
        conflicts_with_all = ["list", "search"],
    )]
    pub codes: Vec<String>,

    /// Language of the descriptions: a BCP 47 tag (fr-CA), a POSIX locale
    /// (fr_FR.UTF-8), an Accept-Language list (sv, fr;q=0.8) or a GNU list
    /// (sv:fr). Default: your locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE).
    #[arg(long, value_name = "TAGS")]
    pub lang: Option<String>,

    /// List every known code.
    #[arg(short, long, conflicts_with = "search")]
    pub list: bool,

    /// Find the codes whose name or description (in the chosen language)
    /// contains every word of TEXT, ignoring case and accents.
    #[arg(short, long, value_name = "TEXT", value_parser = NonEmptyStringValueParser::new())]
    pub search: Option<String>,

    /// The server's name, as the application knows it, for the summaries:
    /// "The server at NAME took too long to respond."
    #[arg(long, value_name = "NAME")]
    pub host: Option<String>,

    /// Explain certificate-failure flags (the WINHTTP_CALLBACK_STATUS_FLAG_*
    /// value reported with 12175), e.g. 0x28: one reason per flag.
    #[arg(long, value_name = "FLAGS", value_parser = parse_flags)]
    pub cert_flags: Option<u32>,

    /// Print one JSON object (fields documented in docs/cli.md) instead of text.
    #[arg(long)]
    pub json: bool,

    /// Use the locales of DIR too: one folder per locale, named by its tag
    /// (sv-SE), with .ftl files. A tag that exists is overridden message by message.
    #[arg(long, value_name = "DIR")]
    pub locales_dir: Option<PathBuf>,
}

/// The commands besides decoding.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check translations against en-US: every problem, with file:line:column.
    CheckLocale(CheckArgs),
}

/// `winhttp-err check-locale PATH...`: checks FTL files the way
/// `winhttp_err_add_locale` does before loading them, and lists every finding.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "A PATH is a locale folder (named by its tag, e.g. sv-SE, with .ftl \
files), one .ftl file, or a folder of locale folders (like locales/).

Errors (the library would refuse the files): syntax errors, message ids, attributes and \
variables en-US does not have, variables en-US uses that are missing, texts over their \
length limit (title 60, summary 200 characters), line breaks and control characters.
Warnings: messages and attributes missing (en-US is shown for them), texts identical to \
en-US (untranslated?).

Exit status: 0 when there is no error (warnings allowed), 1 otherwise."
)]
pub struct CheckArgs {
    /// FTL files, locale folders or folders of locales.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Print one JSON object (fields documented in docs/cli.md) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One finding in `check-locale --json`.
#[derive(Debug, Serialize)]
pub struct JsonFinding {
    /// The file, as found from the PATH given.
    pub file: String,
    /// 1-based line; 0 for a finding about the locale as a whole (a missing message).
    pub line: usize,
    /// 1-based column in characters; 0 with `line`.
    pub column: usize,
    /// `"error"` or `"warning"`.
    pub severity: &'static str,
    /// A stable name: `"syntax"`, `"unknown-variable"`, `"too-long"`, …
    pub kind: &'static str,
    /// One line of English.
    pub message: String,
}

impl From<&Finding> for JsonFinding {
    fn from(f: &Finding) -> Self {
        Self {
            file: f.file.clone(),
            line: f.line,
            column: f.column,
            severity: f.severity().name(),
            kind: f.kind.name(),
            message: f.message.clone(),
        }
    }
}

/// One locale checked, in `check-locale --json`.
#[derive(Debug, Serialize)]
pub struct JsonLocale {
    /// The folder (or file) checked.
    pub path: String,
    /// The locale's tag, from the folder's name; `null` when it is no tag.
    pub tag: Option<String>,
    /// Number of errors and warnings.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Parts (values and attributes) of en-US that the files translate.
    pub translated: usize,
    /// Parts of en-US the files lack (shown in en-US).
    pub missing: usize,
    /// Whether the files say they are a partial locale (see `check::PARTIAL_MARK`).
    pub partial: bool,
    /// Every finding, in file and line order.
    pub findings: Vec<JsonFinding>,
}

/// The whole `check-locale --json` document.
#[derive(Debug, Serialize)]
pub struct JsonCheck {
    /// One object per locale checked.
    pub locales: Vec<JsonLocale>,
    /// Errors in all, including paths that could not be read.
    pub errors: usize,
    /// Warnings in all.
    pub warnings: usize,
}

/// A flags value: decimal or `0x` hexadecimal, 32 bits.
fn parse_flags(arg: &str) -> Result<u32, String> {
    let arg = arg.trim();
    let parsed = match arg.strip_prefix("0x").or_else(|| arg.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16),
        None => arg.parse(),
    };
    parsed.map_err(|_| format!("{arg:?} is not a 32-bit number (decimal or 0x hexadecimal)"))
}

/// One code in the JSON output.
#[derive(Debug, Serialize)]
pub struct JsonCode {
    /// The argument this code was found from; `null` for `--list` and `--search`.
    pub input: Option<String>,
    /// Symbolic name, e.g. `"ERROR_WINHTTP_TIMEOUT"`.
    pub name: &'static str,
    /// Win32 code, e.g. `12002`.
    pub code: u32,
    /// The Win32 code in hexadecimal, e.g. `"0x2EE2"`.
    pub code_hex: String,
    /// `HRESULT_FROM_WIN32` form as an unsigned number, e.g. `2147954402`.
    pub hresult: u32,
    /// The HRESULT in hexadecimal, e.g. `"0x80072EE2"`.
    pub hresult_hex: String,
    /// The HRESULT as a signed 32-bit number, as .NET shows it, e.g. `-2147012894`.
    pub hresult_signed: i32,
    /// The description in the negotiated locale.
    pub description: &'static str,
    /// A short heading for an end user.
    pub title: &'static str,
    /// The end-user summary, naming `--host` when given.
    pub summary: String,
    /// What an end user can try, most useful first.
    pub hints: Vec<&'static str>,
    /// The category's lower-case name, e.g. `"timeout"`.
    pub category: &'static str,
    /// Whether retrying the same request later may succeed.
    pub transient: bool,
}

/// One certificate-failure reason in the JSON output.
#[derive(Debug, Serialize)]
pub struct JsonCertFlag {
    /// The flag bits this reason stands for, e.g. `"0x00000008"` (several for unknown bits).
    pub flag: String,
    /// The flag's `winhttp.h` name; `null` for bits this library does not know.
    pub name: Option<&'static str>,
    /// The reason in plain words, in the negotiated locale.
    pub reason: String,
}

impl JsonCode {
    fn new(code: ErrorCode, locale: Locale, input: Option<&str>, host: Option<&str>) -> Self {
        Self {
            input: input.map(str::to_owned),
            name: code.name(),
            code: code.code(),
            code_hex: format!("{:#X}", code.code()),
            hresult: code.hresult(),
            hresult_hex: format!("{:#X}", code.hresult()),
            hresult_signed: code.hresult() as i32,
            description: code.message(locale),
            title: code.title(locale),
            summary: code.summary(locale, host).into_owned(),
            hints: code.hints(locale).collect(),
            category: code.category().name(),
            transient: code.is_transient(),
        }
    }
}

/// An argument that named no code, in the JSON output.
#[derive(Debug, Serialize)]
pub struct JsonUnknown {
    /// The argument as given.
    pub input: String,
    /// Why it named no code, in English.
    pub error: String,
    /// Names of close, nearby or candidate codes (may be empty).
    pub suggestions: Vec<&'static str>,
}

/// The whole JSON document.
#[derive(Debug, Serialize)]
pub struct JsonOutput {
    /// The locale the descriptions are in.
    pub locale: &'static str,
    /// Its text direction, `"ltr"` or `"rtl"` (HTML's `dir` values): a page or
    /// dialog showing the texts sets it (the texts carry their bidi marks).
    pub direction: &'static str,
    /// The codes found, listed or matched, in order.
    pub codes: Vec<JsonCode>,
    /// The arguments that named no code, in order.
    pub unknown: Vec<JsonUnknown>,
    /// The reasons of `--cert-flags`, lowest bit first; absent without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_flags: Option<Vec<JsonCertFlag>>,
}

/// Parses the process arguments and runs; the exit status to return.
pub fn main() -> std::process::ExitCode {
    let args = Args::parse(); // exits 2 on a usage error, 0 for --help and --version
    let stdin = io::stdin();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut stderr = io::stderr().lock();
    let status = run(&args, &mut stdin.lock(), &mut stdout, &mut stderr).and_then(|status| {
        stdout.flush()?;
        Ok(status)
    });
    match status {
        Ok(status) => std::process::ExitCode::from(status),
        // `winhttp-err --list | head -1`: the reader left; nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(stderr, "winhttp-err: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Runs the command for `args`, reading `-` arguments from `stdin`. Returns the
/// exit status: 0 when every code was found, 1 otherwise.
pub fn run(
    args: &Args,
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    if let Some(Command::CheckLocale(check)) = &args.command {
        return check_locales(check, out);
    }
    if let Some(dir) = &args.locales_dir {
        if let Err(e) = crate::l10n::add_locale_dir(dir) {
            writeln!(err, "winhttp-err: --locales-dir: {e}")?;
            writeln!(
                err,
                "  (winhttp-err check-locale {} lists every problem)",
                dir.display()
            )?;
            return Ok(2);
        }
    }
    let locale = args
        .lang
        .as_deref()
        .map_or_else(Locale::system, Locale::negotiate);
    let host = args.host.as_deref();
    let mut found: Vec<(ErrorCode, Option<String>)> = Vec::new();
    let mut unknown: Vec<(String, LookupError)> = Vec::new();

    if args.list {
        found.extend(ErrorCode::all().map(|c| (c, None)));
    } else if let Some(text) = &args.search {
        found.extend(lookup::search(text, locale).into_iter().map(|c| (c, None)));
        if found.is_empty() {
            writeln!(
                err,
                "winhttp-err: no name or {locale} description contains \"{}\"",
                echo(text)
            )?;
        }
    } else {
        for query in queries(&args.codes, stdin)? {
            match lookup::resolve(&query) {
                Ok(code) => found.push((code, Some(query))),
                Err(e) => unknown.push((query, e)),
            }
        }
    }

    for (input, error) in &unknown {
        report_unknown(err, input, error)?;
    }
    if args.json {
        let doc = JsonOutput {
            locale: locale.tag(),
            direction: locale.direction().as_str(),
            codes: found
                .iter()
                .map(|(c, input)| JsonCode::new(*c, locale, input.as_deref(), host))
                .collect(),
            unknown: unknown
                .iter()
                .map(|(input, e)| JsonUnknown {
                    input: input.clone(),
                    error: e.to_string(),
                    suggestions: e.suggestions().iter().map(|c| c.name()).collect(),
                })
                .collect(),
            cert_flags: args.cert_flags.map(|flags| {
                CertFlags::from_bits_retain(flags)
                    .explain(locale)
                    .into_iter()
                    .map(|r| JsonCertFlag {
                        flag: format!("0x{:08X}", r.bits.bits()),
                        name: r.name,
                        reason: r.text.into_owned(),
                    })
                    .collect()
            }),
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)?;
    } else if args.list {
        for (code, _) in &found {
            writeln!(out, "{}", list_line(*code))?;
        }
    } else {
        for (i, (code, _)) in found.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            out.write_all(describe(*code, locale, host).as_bytes())?;
        }
        if let Some(flags) = args.cert_flags {
            if !found.is_empty() {
                writeln!(out)?;
            }
            out.write_all(describe_cert_flags(flags, locale).as_bytes())?;
        }
    }
    let missed = !unknown.is_empty() || (args.search.is_some() && found.is_empty());
    Ok(u8::from(missed))
}

/// `check-locale`: checks every PATH, prints the findings; 1 when one is an error.
pub fn check_locales(args: &CheckArgs, out: &mut dyn Write) -> io::Result<u8> {
    let mut doc = JsonCheck {
        locales: Vec::new(),
        errors: 0,
        warnings: 0,
    };
    for path in &args.paths {
        let locales = match check::read_path(path) {
            Ok(locales) => locales,
            Err(finding) => {
                doc.errors += 1;
                if !args.json {
                    writeln!(out, "{finding}")?;
                }
                doc.locales.push(JsonLocale {
                    path: path.display().to_string(),
                    tag: None,
                    errors: 1,
                    warnings: 0,
                    translated: 0,
                    missing: 0,
                    partial: false,
                    findings: vec![JsonFinding::from(&finding)],
                });
                continue;
            }
        };
        for locale in locales {
            let checked = locale.check();
            let (errors, warnings) = (checked.errors(), checked.warnings());
            doc.errors += errors;
            doc.warnings += warnings;
            if !args.json {
                for finding in &checked.findings {
                    writeln!(out, "{finding}")?;
                }
                writeln!(
                    out,
                    "{}: {errors} {}, {warnings} {}; {} of {} texts present, {} shown in en-US, {} identical to en-US{}",
                    locale.path.display(),
                    plural(errors, "error", "errors"),
                    plural(warnings, "warning", "warnings"),
                    checked.translated,
                    checked.translated + checked.missing,
                    checked.missing,
                    checked
                        .findings
                        .iter()
                        .filter(|f| f.kind == check::Kind::Untranslated)
                        .count(),
                    if checked.partial {
                        " (a partial locale: en-US shows the rest)"
                    } else {
                        ""
                    },
                )?;
            }
            doc.locales.push(JsonLocale {
                path: locale.path.display().to_string(),
                tag: locale.tag.clone(),
                errors,
                warnings,
                translated: checked.translated,
                partial: checked.partial,
                missing: checked.missing,
                findings: checked.findings.iter().map(JsonFinding::from).collect(),
            });
        }
    }
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)?;
    }
    Ok(u8::from(doc.errors > 0))
}

fn plural(n: usize, one: &'static str, other: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// The code arguments, with each `-` replaced by the words read from `stdin`.
fn queries(codes: &[String], stdin: &mut dyn BufRead) -> io::Result<Vec<String>> {
    let mut queries = Vec::with_capacity(codes.len());
    for arg in codes {
        if arg != "-" {
            queries.push(arg.clone());
            continue;
        }
        let mut input = Vec::new();
        stdin.read_to_end(&mut input)?;
        let input = String::from_utf8_lossy(&input);
        // Codes copied from logs come with quotes, brackets and punctuation.
        let junk = |c: char| "\"'()[]{}<>;:.,=".contains(c);
        queries.extend(
            input
                .split(|c: char| c.is_whitespace() || c == ',')
                .map(|word| word.trim_matches(junk))
                .filter(|word| !word.is_empty())
                .map(str::to_owned),
        );
    }
    Ok(queries)
}

/// A code in full: name; decimal, hex and HRESULT forms with the category and
/// retry advice; the title, summary and hints an end user would see; the
/// technical description. Text is wrapped to 80 columns.
pub fn describe(code: ErrorCode, locale: Locale, host: Option<&str>) -> String {
    let hresult = code.hresult();
    let retry = if code.is_transient() {
        "transient: retrying later may help"
    } else {
        "lasting: retrying as is will not help"
    };
    let mut text = format!(
        "{}\n  {} = {:#X}, HRESULT {hresult:#X} = {}\n  category {}, {retry}\n",
        code.name(),
        code.code(),
        code.code(),
        hresult as i32,
        code.category(),
    );
    wrap_into(&mut text, code.title(locale), "  ", "  ");
    wrap_into(&mut text, &code.summary(locale, host), "  ", "  ");
    for hint in code.hints(locale) {
        wrap_into(&mut text, hint, "  - ", "    ");
    }
    wrap_into(&mut text, code.message(locale), "  ", "  ");
    text
}

/// Appends `line` wrapped to [`WIDTH`] columns, each line ending in a newline.
/// A right-to-left text (it starts with an RLM) gets one at the start of every
/// line it is wrapped into: a bidi terminal takes each line for a paragraph.
fn wrap_into(text: &mut String, line: &str, first: &str, rest: &str) {
    let rtl_rest = format!("{rest}{}", crate::bidi::RLM);
    let rest = if line.starts_with(crate::bidi::RLM) {
        rtl_rest.as_str()
    } else {
        rest
    };
    // First fit: textwrap's default optimal fit may let a line run past the
    // width when that balances the others (a Finnish description did, by one).
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    for line in textwrap::wrap(line, options) {
        text.push_str(&line);
        text.push('\n');
    }
}

/// `--cert-flags` as text: each flag's name and number, then its reason.
pub fn describe_cert_flags(flags: u32, locale: Locale) -> String {
    let mut text = String::new();
    for reason in CertFlags::from_bits_retain(flags).explain(locale) {
        let name = reason.name.unwrap_or("(unknown flags)");
        text.push_str(&format!("{name} (0x{:08X})\n", reason.bits.bits()));
        wrap_into(&mut text, &reason.text, "  ", "  ");
    }
    if text.is_empty() {
        text.push_str("0x00000000: no certificate-failure flag is set\n");
    }
    text
}

/// One `--list` row: decimal code, HRESULT and name, aligned.
pub fn list_line(code: ErrorCode) -> String {
    format!(
        "{:>5}  {:#010X}  {}",
        code.code(),
        code.hresult(),
        code.name()
    )
}

/// At most [`MAX_ECHO`] characters of a user's argument, control characters escaped.
fn echo(input: &str) -> String {
    let mut shown: String = input.chars().take(MAX_ECHO).collect();
    if shown.len() < input.len() {
        shown.push('…');
    }
    shown.escape_debug().to_string()
}

/// The stderr message for an argument that named no code, with what may help.
fn report_unknown(err: &mut dyn Write, input: &str, error: &LookupError) -> io::Result<()> {
    let input = echo(input);
    let (message, lead) = match error {
        LookupError::Empty => ("an empty argument names no code".to_owned(), ""),
        LookupError::OutOfRange => (format!("\"{input}\" is too large for a 32-bit code"), ""),
        LookupError::UnknownCode { .. } => (format!("{error}"), "nearby known codes:"),
        LookupError::UnknownName { .. } => (
            format!("no error code is named \"{input}\""),
            "did you mean:",
        ),
        LookupError::Ambiguous { matches } => (
            format!("\"{input}\" is part of {} names; say more:", matches.len()),
            "",
        ),
    };
    writeln!(err, "winhttp-err: {message}")?;
    let candidates = error.suggestions();
    if candidates.is_empty() {
        return writeln!(err, "  (winhttp-err --list shows every code)");
    }
    if !lead.is_empty() {
        writeln!(err, "  {lead}")?;
    }
    for code in candidates.iter().take(MAX_CANDIDATES) {
        writeln!(err, "  {:>5}  {}", code.code(), code.name())?;
    }
    if candidates.len() > MAX_CANDIDATES {
        writeln!(err, "  … and {} more", candidates.len() - MAX_CANDIDATES)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the command line `argv` with `stdin`: (status, stdout, stderr).
    fn run_with(argv: &[&str], stdin: &str) -> (u8, String, String) {
        let args = Args::try_parse_from(std::iter::once("winhttp-err").chain(argv.iter().copied()))
            .unwrap_or_else(|e| panic!("{argv:?}: {e}"));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let status = run(&args, &mut stdin.as_bytes(), &mut out, &mut err).unwrap();
        (
            status,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn describes_a_code_in_every_form() {
        for arg in [
            "12002",
            "0x2EE2",
            "0x80072EE2",
            "-2147012894",
            "ERROR_WINHTTP_TIMEOUT",
            "timeout",
        ] {
            let (status, out, err) = run_with(&[arg, "--lang", "en-US"], "");
            assert_eq!((status, err.as_str()), (0, ""), "{arg}");
            assert!(
                out.starts_with(
                    "ERROR_WINHTTP_TIMEOUT\n  12002 = 0x2EE2, HRESULT 0x80072EE2 = -2147012894\n  \
                     category timeout, transient: retrying later may help\n  \
                     Connection timed out\n  The server took too long"
                ),
                "{arg}: {out}"
            );
        }
    }

    #[test]
    fn descriptions_are_wrapped_to_80_columns() {
        let (_, out, _) = run_with(&["--list", "--lang", "fr"], "");
        assert_eq!(out.lines().count(), ErrorCode::all().len());
        for locale in Locale::all() {
            for code in ErrorCode::all() {
                let text = describe(code, locale, Some("example.com"));
                // The bidi marks of a right-to-left locale take no column.
                let marks = ['\u{200E}', '\u{200F}'];
                for line in text.lines() {
                    // Nor do combining marks (Arabic vowel signs, the shadda).
                    let columns = line
                        .chars()
                        .filter(|&c| {
                            !marks.contains(&c)
                                && !unicode_normalization::char::is_combining_mark(c)
                        })
                        .count();
                    assert!(columns <= WIDTH, "{locale} {code}: {line}");
                }
                // Wrapping only broke lines at spaces and after hyphens (and began
                // each new line of a right-to-left text with its mark).
                let squeeze = |s: &str| {
                    s.split_whitespace()
                        .flat_map(str::chars)
                        .filter(|c| !marks.contains(c))
                        .collect::<String>()
                };
                let body: String = text.lines().skip(3).collect();
                let parts = [
                    code.title(locale).to_owned(),
                    code.summary(locale, Some("example.com")).into_owned(),
                    code.hints(locale).map(|h| format!("- {h}")).collect(),
                    code.message(locale).to_owned(),
                ];
                assert_eq!(squeeze(&body), squeeze(&parts.concat()));
            }
        }
    }

    #[test]
    fn unknown_arguments_exit_1_with_help_on_stderr() {
        let (status, out, err) = run_with(&["timout", "12002", "0x80072EE3", "cert"], "");
        assert_eq!(status, 1);
        // The found code is still printed.
        assert!(out.starts_with("ERROR_WINHTTP_TIMEOUT\n"), "{out}");
        assert_eq!(out.matches("ERROR_").count(), 1, "{out}");
        assert!(err.contains("no error code is named \"timout\""), "{err}");
        assert!(
            err.contains("did you mean:\n  12002  ERROR_WINHTTP_TIMEOUT"),
            "{err}"
        );
        assert!(
            err.contains("2147954403 (0x80072EE3) is not a known"),
            "{err}"
        );
        assert!(err.contains("\"cert\" is part of"), "{err}");
        assert!(err.contains("ERROR_WINHTTP_SECURE_CERT_REVOKED"), "{err}");
    }

    #[test]
    fn stdin_words_are_codes() {
        let input = "(0x80072EE2)\n12029, \"timeout\"\n\n  -2147012889;\n";
        let (status, out, err) = run_with(&["12007", "-", "-", "--lang", "en"], input);
        assert_eq!((status, err.as_str()), (0, ""));
        let names: Vec<&str> = out.lines().filter(|l| l.starts_with("ERROR_")).collect();
        assert_eq!(
            names,
            [
                "ERROR_WINHTTP_NAME_NOT_RESOLVED",
                "ERROR_WINHTTP_TIMEOUT",
                "ERROR_WINHTTP_CANNOT_CONNECT",
                "ERROR_WINHTTP_TIMEOUT",
                "ERROR_WINHTTP_NAME_NOT_RESOLVED",
            ]
        );
    }

    #[test]
    fn json_has_the_documented_fields() {
        let (status, out, _) = run_with(
            &["0x80072EE2", "nope_nope", "--json", "--lang", "fr-BE"],
            "",
        );
        assert_eq!(status, 1);
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["locale"], "fr-FR");
        assert_eq!(doc["direction"], "ltr");
        let code = &doc["codes"][0];
        assert_eq!(code["input"], "0x80072EE2");
        assert_eq!(code["name"], "ERROR_WINHTTP_TIMEOUT");
        assert_eq!(code["code"], 12002);
        assert_eq!(code["code_hex"], "0x2EE2");
        assert_eq!(code["hresult"], 2147954402u32);
        assert_eq!(code["hresult_hex"], "0x80072EE2");
        assert_eq!(code["hresult_signed"], -2147012894);
        assert!(code["description"]
            .as_str()
            .unwrap()
            .starts_with("Le délai"));
        assert_eq!(code["title"], "Délai de connexion dépassé");
        assert_eq!(code["category"], "timeout");
        assert_eq!(code["transient"], true);
        assert!(code["summary"].as_str().unwrap().starts_with("Le serveur"));
        assert_eq!(code["hints"].as_array().unwrap().len(), 3);
        assert_eq!(doc["unknown"][0]["input"], "nope_nope");
        assert!(doc["unknown"][0]["suggestions"].is_array());
        assert!(doc.get("cert_flags").is_none());
    }

    #[test]
    fn host_fills_the_summary() {
        let (status, out, _) = run_with(&["12007", "--host", "example.com", "--lang", "en"], "");
        assert_eq!(status, 0);
        let summary = ErrorCode::new(12007)
            .unwrap()
            .summary(Locale::EN_US, Some("example.com"));
        assert!(summary.contains("example.com"));
        assert!(out.contains(&*summary), "{out}");
        let (_, out, _) = run_with(&["12007", "--host", "evil\u{202e}moc.x\n", "--json"], "");
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        let summary = doc["codes"][0]["summary"].as_str().unwrap();
        assert!(summary.contains("evilmoc.x") && !summary.contains(['\u{202e}', '\n']));
    }

    #[test]
    fn cert_flags_are_explained_one_per_line() {
        let (status, out, err) = run_with(&["--cert-flags", "0x128", "--lang", "en"], "");
        assert_eq!((status, err.as_str()), (0, ""));
        let names: Vec<&str> = out.lines().filter(|l| !l.starts_with(' ')).collect();
        assert_eq!(
            names,
            [
                "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA (0x00000008)",
                "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID (0x00000020)",
                "(unknown flags) (0x00000100)",
            ]
        );
        let (_, out, _) = run_with(&["--cert-flags", "40", "--json", "--lang", "fr"], "");
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        let flags = doc["cert_flags"].as_array().unwrap();
        assert_eq!(flags.len(), 2);
        assert_eq!(flags[0]["flag"], "0x00000008");
        assert_eq!(flags[0]["name"], "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA");
        let fr = Locale::from_tag("fr-FR").unwrap();
        assert_eq!(
            flags[1]["reason"],
            *CertFlags::CERT_DATE_INVALID.reasons(fr)[0]
        );
        assert_eq!(doc["codes"].as_array().unwrap().len(), 0);
        let (_, out, _) = run_with(&["--cert-flags", "0"], "");
        assert!(out.contains("no certificate-failure flag"), "{out}");
        assert!(Args::try_parse_from(["winhttp-err", "--cert-flags", "0x1FFFFFFFF"]).is_err());
    }
}
