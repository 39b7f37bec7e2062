//! The memory kept by locales added at run time stays within what docs/c-and-cpp.md
//! documents: at most about three times WINHTTP_ERR_MAX_ADDED_BYTES (16 MiB),
//! however the budget is spent. Alone in its test binary: it uses the budget up,
//! and no other test's allocations move the resident size.

use std::ffi::{c_char, CString};

use winhttp_err::ffi::*;

/// Resident set size of this process in KiB (`VmRSS` of /proc/self/status).
fn rss_kib() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// A complete locale: every en-US message, each text rewritten (so none is
/// identical), `generation` making each add's texts new. About 40 KiB.
fn locale_text(generation: usize) -> String {
    let en = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/en-US/winhttp_err.ftl"
    ))
    .unwrap();
    en.replace(" the ", &format!(" the{generation} "))
}

/// Looks every part of every code up in `tag`, building all of its tables.
fn look_everything_up(tag: &CString) {
    let mut buf = [0 as c_char; 512];
    let wide: Vec<u16> = tag.to_str().unwrap().encode_utf16().chain([0]).collect();
    for i in 0..winhttp_err_count() {
        let code = winhttp_err_code_at(i);
        for part in 0..4 {
            // SAFETY: a valid string.
            assert!(!unsafe { winhttp_err_text(code, part, tag.as_ptr()) }.is_null());
        }
        // SAFETY: valid strings and buffer.
        unsafe {
            winhttp_err_format(code, tag.as_ptr(), buf.as_mut_ptr(), 512);
            winhttp_err_summary(
                code,
                tag.as_ptr(),
                c"example.com".as_ptr(),
                buf.as_mut_ptr(),
                512,
            );
            winhttp_err_message_w(code, wide.as_ptr());
        }
    }
}

#[test]
fn the_whole_budget_spent_keeps_less_than_three_times_it() {
    let tag = CString::new("sv-SE").unwrap();
    look_everything_up(&tag);
    let before = rss_kib();
    // Override one locale until the budget runs out, using every table each time.
    let mut adds = 0;
    loop {
        let text = locale_text(adds);
        // SAFETY: valid string, buffer and lengths.
        let status = unsafe {
            winhttp_err_add_locale(
                tag.as_ptr(),
                text.as_ptr().cast(),
                text.len(),
                std::ptr::null_mut(),
                0,
            )
        };
        if status == WINHTTP_ERR_LIMIT {
            break;
        }
        assert_eq!(status, WINHTTP_ERR_OK);
        look_everything_up(&tag);
        adds += 1;
    }
    let growth = rss_kib().saturating_sub(before);
    eprintln!("{adds} adds of a whole locale, every text looked up: RSS grew by {growth} KiB");
    assert!(adds > 100, "{adds}");
    assert!(
        growth < 3 * WINHTTP_ERR_MAX_ADDED_BYTES / 1024,
        "RSS grew by {growth} KiB"
    );
}
