//! The C programs of tests/c/ under valgrind's memcheck: no invalid read or
//! write, no use of uninitialized memory, no "definitely lost" block. The
//! library's process-lifetime tables may stay "still reachable". Also runs
//! tests/c/bounds.c natively: guard pages right after every argument's bound.
//! valgrind must be installed (.ci/run installs it); the test fails without it.

#[path = "common/cc.rs"]
mod cc;
mod common;

use common::*;
use std::path::Path;
use std::process::Command;

/// `valgrind --tool=memcheck` with errors (and definite leaks) as exit code 1.
fn memcheck(exe: &Path) -> Command {
    let probe = Command::new("valgrind").arg("--version").output();
    assert!(
        probe.is_ok_and(|o| o.status.success()),
        "valgrind is not installed: .ci/run installs it (apt-get install valgrind)"
    );
    let mut cmd = clean_env("valgrind");
    cmd.args([
        "--tool=memcheck",
        "--error-exitcode=1",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite",
        "--show-leak-kinds=definite",
        "--track-origins=yes",
    ])
    .arg(exe);
    cmd
}

/// Runs under memcheck, asserts a clean report, and returns its summary lines.
fn assert_clean(cmd: &mut Command) -> String {
    let out = run_ok(cmd);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert!(report.contains("ERROR SUMMARY: 0 errors"), "{report}");
    let lost_nothing = report.contains("definitely lost: 0 bytes in 0 blocks")
        || report.contains("All heap blocks were freed");
    assert!(lost_nothing, "{report}");
    let summary: Vec<&str> = report
        .lines()
        .filter(|l| {
            [
                "ERROR SUMMARY",
                "definitely lost",
                "possibly lost",
                "still reachable",
                "in use at exit",
                "All heap",
            ]
            .iter()
            .any(|k| l.contains(k))
        })
        .collect();
    let summary = summary.join("\n");
    eprintln!("{}\n{summary}", stdout.trim());
    summary
}

#[test]
fn contract_is_memcheck_clean() {
    let exe = cc::build("contract");
    for (vars, expected) in [
        (&[][..], "en-US"),
        (&[("LANG", "fr_FR.UTF-8")][..], "fr-FR"),
    ] {
        let mut cmd = memcheck(&exe);
        cmd.arg(expected).envs(vars.iter().copied());
        assert_clean(&mut cmd);
    }
}

#[test]
fn bounds_hold_natively_and_under_memcheck() {
    let exe = cc::build("bounds");
    let out = run_ok(&mut clean_env(&exe));
    assert!(String::from_utf8_lossy(&out.stdout).contains(" passed, 0 failed"));
    assert_clean(&mut memcheck(&exe));
}

/// tests/c/locales.c: adding locales from C (memory and folders, every status),
/// and threads overriding locales while others look texts up. Natively, then
/// under memcheck: no invalid read of a pointer handed out before an override,
/// no read past a short FTL buffer whose length claims 100 MiB.
#[test]
fn added_locales_are_memcheck_clean() {
    let exe = cc::build("locales");
    let fixtures = root().join("tests/fixtures/add");
    let out = run_ok(clean_env(&exe).arg(&fixtures));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert_clean(memcheck(&exe).arg(&fixtures));
}
