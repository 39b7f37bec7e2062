//! Hostile files given to `winhttp_err_add_locale`, each on a thread with a
//! 256 KiB stack and each in a process of its own (this binary runs itself
//! again for one test): a stack overflow cannot be caught, it ends the process,
//! and an add that succeeds changes what the other tests would see.

mod common;
#[path = "common/hostile.rs"]
mod hostile;

use std::ffi::{CStr, CString};
use std::process::Command;

use winhttp_err::ffi::*;

/// The stack of the thread that adds: a quarter of Windows' default.
const ADD_STACK: usize = 256 << 10;
/// The stack of the thread that looks an accepted text up: musl's default.
const LOOKUP_STACK: usize = 128 << 10;

/// Runs `body` on a small-stack thread in a fresh process of this test binary.
fn alone(test: &str, body: fn()) {
    if std::env::var_os("HOSTILE_CHILD").is_some_and(|t| t == test) {
        let thread = std::thread::Builder::new()
            .stack_size(ADD_STACK)
            .spawn(body)
            .unwrap();
        thread.join().unwrap();
        return;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env("HOSTILE_CHILD", test)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{test}: {:?}\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stdout.contains("1 passed"), "{test} did not run: {stdout}");
}

/// Adds `ftl` as fr-FR: refused with `expect` in the message, nothing changed.
fn refused(ftl: &[u8], expect: &str) {
    let before = timeout_text("fr-FR");
    let (status, err) = common::add_locale("fr-FR", ftl);
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL, "{err}");
    assert!(err.contains(expect), "{err}");
    assert_eq!(timeout_text("fr-FR"), before);
}

fn timeout_text(tag: &str) -> String {
    let tag = CString::new(tag).unwrap();
    // SAFETY: a valid string; the answer is a static string of the ABI.
    let text = unsafe { CStr::from_ptr(winhttp_err_message(12002, tag.as_ptr())) };
    text.to_str().unwrap().to_owned()
}

#[test]
fn deep_placeables_are_a_syntax_error_at_their_place() {
    alone("deep_placeables_are_a_syntax_error_at_their_place", || {
        refused(
            &hostile::deep_placeables(),
            "line 1, column 41: error: placeables or calls nested more than 16 deep",
        );
    });
}

#[test]
fn deep_calls_are_refused() {
    alone("deep_calls_are_refused", || {
        refused(&hostile::deep_calls(), "nested more than 16 deep");
    });
}

#[test]
fn deep_selects_are_refused() {
    alone("deep_selects_are_refused", || {
        refused(&hostile::deep_selects(), "nested more than 16 deep");
    });
}

#[test]
fn an_attribute_chain_of_a_megabyte_is_refused() {
    alone("an_attribute_chain_of_a_megabyte_is_refused", || {
        let ftl = hostile::attribute_chain();
        assert!(ftl.len() > WINHTTP_ERR_MAX_FTL_BYTES - 200);
        refused(&ftl, "nests placeables more than 16 deep");
    });
}

#[test]
fn a_term_chain_too_long_to_format_is_refused() {
    alone("a_term_chain_too_long_to_format_is_refused", || {
        refused(
            &hostile::term_chain(10_000),
            "nests placeables more than 16 deep",
        );
    });
}

#[test]
fn a_term_chain_that_formats_is_served_on_a_small_stack() {
    alone(
        "a_term_chain_that_formats_is_served_on_a_small_stack",
        || {
            // Each link is a level: 16 levels (the placeable that uses -t0,
            // then 15 links) is the deepest any accepted file recurses at lookup.
            let (status, err) = common::add_locale("sv-SE", &hostile::term_chain(16));
            assert_eq!(status, WINHTTP_ERR_OK, "{err}");
            let lookup = std::thread::Builder::new()
                .stack_size(LOOKUP_STACK)
                .spawn(|| timeout_text("sv-SE"))
                .unwrap();
            assert_eq!(lookup.join().unwrap(), "Aegumine.");
            let (status, err) = common::add_locale("da-DK", &hostile::term_chain(17));
            assert_eq!(status, WINHTTP_ERR_INVALID_FTL, "{err}");
        },
    );
}

#[test]
fn a_megabyte_of_bad_entries_is_refused_at_the_first() {
    alone("a_megabyte_of_bad_entries_is_refused_at_the_first", || {
        let ftl = hostile::many_bad_entries();
        refused(&ftl, "line 1, column 1: error: en-US has no message \"a0\"");
    });
}

#[test]
fn a_megabyte_of_placeables_is_refused() {
    alone("a_megabyte_of_placeables_is_refused", || {
        let ftl = hostile::megabyte_of_placeables();
        assert_eq!(ftl.len(), WINHTTP_ERR_MAX_FTL_BYTES);
        refused(&ftl, "does not format");
    });
}
