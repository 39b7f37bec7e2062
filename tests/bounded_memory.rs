//! A million distinct `locales` strings through the C ABI must not grow the
//! process: the negotiation cache has a fixed number of slots (its own unit test
//! checks the slot bound) and nothing else may keep caller input. Alone in its
//! test binary, so that no other test's allocations move the resident size.

use std::ffi::CString;

use winhttp_err::ffi::{winhttp_err_format, winhttp_err_locale, winhttp_err_message};

/// Resident set size of this process in KiB (`VmRSS` of /proc/self/status).
fn rss_kib() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The `i`-th request: all distinct, in the shapes callers send.
fn request(i: u32) -> CString {
    let text = match i % 4 {
        0 => format!("x{i}-{}", i % 7),
        1 => format!("is-IS, fr;q=0.{}, en;q=0.{}, z{i}", 5 + i % 5, i % 5),
        2 => {
            let letter = |n: u32| char::from(b'A' + (n % 26) as u8);
            format!("fr_{}{}.UTF-8@m{i}", letter(i), letter(i / 26))
        }
        _ => format!("{i:x}:en-GB:zz"),
    };
    CString::new(text).unwrap()
}

fn feed(range: std::ops::Range<u32>) {
    let mut buf = [0; 256];
    for i in range {
        let r = request(i);
        // SAFETY: a C string and a buffer of the length passed.
        let tag = unsafe {
            let tag = winhttp_err_locale(r.as_ptr());
            winhttp_err_message(12002, r.as_ptr());
            winhttp_err_format(54321, r.as_ptr(), buf.as_mut_ptr(), buf.len());
            std::ffi::CStr::from_ptr(tag)
        };
        let want = match i % 4 {
            // Canadian French is its own locale; every other French region reads France's.
            2 if r.to_bytes().starts_with(b"fr_CA.") => "fr-CA",
            1 | 2 => "fr-FR",
            3 => "en-GB",
            _ => "en-US",
        };
        assert_eq!(tag.to_str().unwrap(), want, "{r:?}");
    }
}

#[test]
fn a_million_distinct_requests_stay_within_2_mib() {
    // Warm up: tables, bundles, allocator arenas, every cache slot.
    feed(0..50_000);
    let before = rss_kib();
    feed(50_000..1_050_000);
    let after = rss_kib();
    let growth = after.saturating_sub(before);
    eprintln!("RSS {before} KiB -> {after} KiB after 1,000,000 distinct requests");
    assert!(growth < 2048, "RSS grew by {growth} KiB");
}
