//! Concurrency: threads racing on a cold library, from C (tests/c/stress.c, also
//! under valgrind's helgrind and memcheck) and from Rust. Every thread's results
//! are compared with every other's after the join, and with known strings.

#[path = "common/cc.rs"]
mod cc;
mod common;

use common::*;
use std::collections::BTreeMap;
use std::ffi::{c_char, CStr};
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::sync::{Arc, Barrier};

use winhttp_err::catalog::ENTRIES;
use winhttp_err::{ErrorCode, Locale};

/// A C program of tests/c/, built once for all tests of this binary.
fn exe(name: &'static str) -> &'static Path {
    static BUILT: Mutex<BTreeMap<&str, &'static Path>> = Mutex::new(BTreeMap::new());
    let mut built = BUILT.lock().unwrap();
    built
        .entry(name)
        .or_insert_with(|| Box::leak(cc::build(name).into_boxed_path()))
}

/// Runs `exe` under `runner` (a tool and its options, or nothing) with `args`
/// and, when given, `LANG`; checks its "N passed, 0 failed" line and returns stderr.
fn run_c(runner: &[&str], exe: &Path, args: &[&str], lang: Option<&str>) -> String {
    let mut cmd = match runner.split_first() {
        Some((tool, options)) => {
            let mut c = clean_env(tool);
            c.args(options).arg(exe);
            c
        }
        None => clean_env(exe),
    };
    cmd.args(args);
    if let Some(lang) = lang {
        cmd.env("LANG", lang);
    }
    let out = run_ok(&mut cmd);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn c_stress(runner: &[&str], lang: Option<&str>, expected: &str, rounds: u32) -> String {
    run_c(
        runner,
        exe("stress"),
        &[expected, &rounds.to_string()],
        lang,
    )
}

fn valgrind_present() {
    let probe = Command::new("valgrind").arg("--version").output();
    assert!(
        probe.is_ok_and(|o| o.status.success()),
        "valgrind is not installed: .ci/run installs it (apt-get install valgrind)"
    );
}

#[test]
fn c_threads_race_on_a_cold_library() {
    c_stress(&[], None, "en-US", 200);
    c_stress(&[], Some("fr_FR.UTF-8"), "fr-FR", 50);
}

#[test]
fn c_threads_are_memcheck_clean() {
    valgrind_present();
    let report = c_stress(
        &[
            "valgrind",
            "--error-exitcode=1",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite",
        ],
        None,
        "en-US",
        3,
    );
    assert!(report.contains("ERROR SUMMARY: 0 errors"), "{report}");
}

/// Why a race helgrind reports is not one, or `None`.
///
/// helgrind knows the happens-before edges of pthread calls only. Rust's std
/// synchronizes with atomics and futexes, which it cannot see, so it reports
/// every read of data that a `OnceLock`/`LazyLock` initializer wrote (the
/// initializer's Release store and the reader's Acquire load order them), and
/// every pair of atomic operations (which cannot race by definition). A race
/// is accepted only when it is one of these two, judged from the stacks:
/// - both accesses are `core::sync::atomic` operations;
/// - the conflicting write ran inside `std::sync::once` or `once_cell::race`
///   (an initializer; `race::OnceBox` publishes with a compare-exchange, AcqRel,
///   that readers load with Acquire), or, when helgrind has no stack for it, the
///   block was allocated there;
/// - the same for the code that adds a locale (`l10n::added`, `locale::register`):
///   it builds a new generation, then publishes it with a Release store (or swap)
///   of an atomic pointer that readers load with Acquire, as `OnceLock` does; and
///   a block it allocated, which it writes only under its writer lock (a std
///   `Mutex`, futex-based, as invisible to helgrind as the atomics).
fn explained(record: &str) -> Option<&'static str> {
    let (stacks, alloc) = record.split_once(" Address 0x").unwrap_or((record, ""));
    let (access, conflict) = stacks
        .split_once("This conflicts with a previous")
        .unwrap_or((stacks, ""));
    let top_frame = |s: &str| {
        s.lines()
            .find(|l| l.trim_start().starts_with("at 0x"))
            .unwrap_or("")
            .to_owned()
    };
    if top_frame(access).contains("core::sync::atomic::atomic_")
        && (conflict.is_empty() || top_frame(conflict).contains("core::sync::atomic::atomic_"))
    {
        return Some("atomic");
    }
    let initializer = if conflict.trim().is_empty() {
        alloc
    } else {
        conflict
    };
    // Written inside a once-initializer, or in a block allocated inside one (the
    // "previous write" is then the block's earlier life, before malloc reused
    // it): published by the Once's futex, which helgrind cannot see.
    let once = |s: &str| s.contains("std::sync::once::") || s.contains("once_cell::race::");
    if once(initializer) || once(alloc) {
        return Some("once");
    }
    // Memory the add code allocated is written only under its writer lock (a
    // std Mutex: futexes, which helgrind cannot see either) before it is published.
    let by_add = |s: &str| {
        s.contains("winhttp_err::l10n::added::") || s.contains("winhttp_err::locale::register")
    };
    (by_add(initializer) || by_add(alloc)).then_some("published")
}

const HELGRIND: &[&str] = &["valgrind", "--tool=helgrind", "--num-callers=50"];

/// helgrind's race reports (without the "==PID== " prefixes), each with why it
/// is explained or `None`; fails unless every error context is such a race.
fn helgrind_races(report: &str) -> Vec<(String, Option<&'static str>)> {
    let contexts: usize = report
        .lines()
        .find_map(|l| {
            l.split_once("ERROR SUMMARY: ")?
                .1
                .split(" from ")
                .nth(1)?
                .split(' ')
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("no helgrind summary:\n{report}"));
    let report: String = report
        .lines()
        .map(|l| l.split_once("== ").map_or(l, |(_, rest)| rest))
        .collect::<Vec<_>>()
        .join("\n");
    let races: Vec<_> = report
        .split("-".repeat(64).as_str())
        .filter(|r| r.contains("Possible data race"))
        .map(|r| (r.to_owned(), explained(r)))
        .collect();
    // Every error context is one of those races: no lock-order or API-misuse error.
    assert_eq!(races.len(), contexts, "{report}");
    races
}

#[test]
fn c_threads_under_helgrind_show_no_unexplained_race() {
    valgrind_present();
    let report = c_stress(HELGRIND, None, "en-US", 2);
    let mut kinds = BTreeMap::new();
    for (record, why) in helgrind_races(&report) {
        let why = why.unwrap_or_else(|| panic!("unexplained race:\n{record}"));
        *kinds.entry(why).or_insert(0) += 1;
    }
    eprintln!("helgrind: every race explained: {kinds:?}");
}

/// tests/c/locales.c (writers overriding locales while readers look every code
/// up) under helgrind: every race is an atomic, a once-initializer or a
/// generation published by an add.
#[test]
fn c_locale_adds_under_helgrind_show_no_unexplained_race() {
    valgrind_present();
    let fixtures = root().join("tests/fixtures/add");
    let report = run_c(
        HELGRIND,
        exe("locales"),
        &[fixtures.to_str().unwrap(), "3"],
        None,
    );
    let mut kinds = BTreeMap::new();
    for (record, why) in helgrind_races(&report) {
        let why = why.unwrap_or_else(|| panic!("unexplained race:\n{record}"));
        *kinds.entry(why).or_insert(0) += 1;
    }
    assert!(kinds.contains_key("published"), "{kinds:?}");
    eprintln!("helgrind: every race explained: {kinds:?}");
}

#[test]
fn helgrind_filter_still_reports_a_real_race() {
    valgrind_present();
    let report = run_c(HELGRIND, exe("race_canary"), &[], None);
    let races = helgrind_races(&report);
    let real: Vec<_> = races.iter().filter(|(_, why)| why.is_none()).collect();
    assert!(
        !real.is_empty(),
        "the canary's race went unreported:\n{report}"
    );
    assert!(
        real.iter().all(|(r, _)| r.contains("race_canary.c")),
        "{real:?}"
    );
}

/// Everything one thread learns about one (code, request) pair, pointers as addresses.
type Seen = (
    Locale,
    Option<usize>,
    Option<usize>,
    String,
    usize,
    usize,
    [usize; 4],
    String,
    String,
);

fn observe(code: u32, request: &str) -> Seen {
    let locale = Locale::negotiate(request);
    let known = ErrorCode::new(code);
    let c_request = std::ffi::CString::new(request).unwrap();
    let mut buf = [0 as c_char; 600];
    // SAFETY: a C string and a buffer of the length passed.
    let (c_message, c_locale, n) = unsafe {
        (
            winhttp_err::ffi::winhttp_err_message(code, c_request.as_ptr()),
            winhttp_err::ffi::winhttp_err_locale(c_request.as_ptr()),
            winhttp_err::ffi::winhttp_err_format(
                code,
                c_request.as_ptr(),
                buf.as_mut_ptr(),
                buf.len(),
            ),
        )
    };
    // SAFETY: format NUL-terminated `buf`.
    let line = unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(line.len(), n);
    assert_eq!(line, winhttp_err::report(code, request));
    if let Some(k) = known {
        assert_eq!(c_message, k.message(locale).as_ptr().cast());
    }
    // The end-user parts: static pointers, a summary naming a host, certificate reasons.
    let parts = [0, 1, 2, 3].map(|part| {
        // SAFETY: a C string.
        unsafe { winhttp_err::ffi::winhttp_err_text(code, part, c_request.as_ptr()) as usize }
    });
    if let Some(k) = known {
        assert_eq!(parts[1], k.title(locale).as_ptr() as usize);
    }
    // SAFETY: a C string.
    let direction = unsafe { winhttp_err::ffi::winhttp_err_direction(c_request.as_ptr()) };
    assert_eq!(direction, locale.direction() as u32, "{request}");
    let summary = winhttp_err::summary(code, request, Some("example.com")).into_owned();
    let reasons = winhttp_err::CertFlags::from_bits_retain(code).describe(locale);
    (
        locale,
        known.map(|k| k.message(locale).as_ptr() as usize),
        known.map(|k| k.report(locale).as_ptr() as usize),
        line,
        c_message as usize,
        c_locale as usize,
        parts,
        summary,
        reasons,
    )
}

#[test]
fn rust_threads_race_on_a_cold_library() {
    const THREADS: usize = 8;
    let requests = [
        "fr-FR",
        "en-US",
        "fr",
        "is-IS, fr;q=0.8",
        "en-GB",
        "en-AU",
        "is:fr",
        "C",
        "zz",
        "fr_CA.UTF-8",
        "",
    ];
    let mut codes: Vec<u32> = ENTRIES.iter().map(|e| e.code).collect();
    codes.extend([0x8007_2EE2, 54321, 0, u32::MAX]);
    let work: Arc<Vec<(u32, &str)>> = Arc::new(
        codes
            .iter()
            .flat_map(|&c| requests.iter().map(move |&r| (c, r)))
            .collect(),
    );
    let barrier = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let (work, barrier) = (Arc::clone(&work), Arc::clone(&barrier));
            std::thread::spawn(move || {
                barrier.wait();
                let n = work.len();
                // Each thread starts at its own offset, so first calls differ.
                let mut seen = vec![None; n];
                for i in 0..n {
                    let k = (i + t * n / THREADS) % n;
                    seen[k] = Some(observe(work[k].0, work[k].1));
                }
                seen.into_iter().map(Option::unwrap).collect::<Vec<Seen>>()
            })
        })
        .collect();
    let results: Vec<Vec<Seen>> = threads.into_iter().map(|h| h.join().unwrap()).collect();
    for (t, r) in results.iter().enumerate() {
        assert!(
            r == &results[0],
            "thread {t} saw something else than thread 0"
        );
    }
    let at = |code: u32, request: &str| {
        let k = work.iter().position(|&w| w == (code, request)).unwrap();
        &results[0][k]
    };
    assert_eq!(at(12002, "is-IS, fr;q=0.8").0.tag(), "fr-FR");
    assert_eq!(at(12002, "fr_CA.UTF-8").0.tag(), "fr-CA");
    // en-AU reads the partial en-GB: its 12002, and en-US's 12029.
    assert_eq!(at(12002, "en-AU").0.tag(), "en-GB");
    assert!(at(12002, "en-AU").3.contains("behaviour"));
    assert_eq!(at(12029, "en-AU").3, at(12029, "en-US").3);
    assert!(at(12002, "fr").3.starts_with("Le délai"));
    assert!(at(12002, "en-GB")
        .3
        .ends_with("(ERROR_WINHTTP_TIMEOUT, 12002)"));
    assert_eq!(at(0x8007_2EE2, "fr").1, at(12002, "fr-FR").1);
    assert!(at(54321, "fr").1.is_none() && at(54321, "fr").3.contains("54321"));
}
