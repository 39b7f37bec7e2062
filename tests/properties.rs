//! Property tests of the C ABI's contract, on generated codes, `locales`
//! requests and buffer sizes: what the header promises must hold for any input,
//! not only for the examples of the other tests.

use std::ffi::{c_char, CStr, CString};
use std::ptr;

use proptest::prelude::*;
use winhttp_err::catalog::{win32_code, ENTRIES};
use winhttp_err::ffi::*;
use winhttp_err::{Locale, LocaleRequest, MAX_ITEMS};

/// Known codes (both forms), HRESULTs of any low word, and anything at all.
fn code() -> impl Strategy<Value = u32> {
    let known = (0..ENTRIES.len()).prop_map(|i| ENTRIES[i].code);
    prop_oneof![
        known.clone(),
        known.prop_map(|c| 0x8007_0000 | c),
        any::<u16>().prop_map(|c| 0x8007_0000 | u32::from(c)),
        any::<u32>(),
    ]
}

/// `locales` as C passes it: NULL, or a NUL-terminated string that is a real
/// request, request-like text or arbitrary bytes.
fn locales() -> impl Strategy<Value = Option<CString>> {
    let real = prop::sample::select(vec![
        "fr-FR",
        "en-US",
        "fr",
        "fr-CA",
        "FR-fr",
        "de-DE, fr;q=0.8, en;q=0.5",
        "fr_CA.UTF-8",
        "de:fr",
        "C",
        "",
        "zz",
    ])
    .prop_map(|s| s.as_bytes().to_vec());
    let like = "[a-zA-Z_@.,;=:*0-9 -]{0,60}".prop_map(String::into_bytes);
    let junk = prop::collection::vec(any::<u8>(), 0..200);
    let cstr = prop_oneof![real, like, junk].prop_map(|mut b| {
        b.retain(|&c| c != 0);
        CString::new(b).unwrap()
    });
    prop_oneof![1 => Just(None), 9 => cstr.prop_map(Some)]
}

/// A UTF-16 `locales` as C passes it: NULL, or NUL-terminated units that are
/// the byte requests above widened (ASCII stays ASCII), or arbitrary units,
/// unpaired surrogates included.
fn locales_w() -> impl Strategy<Value = Option<Vec<u16>>> {
    let widened = locales().prop_filter_map("NULL", |c| {
        c.map(|c| c.as_bytes().iter().map(|&b| u16::from(b)).collect())
    });
    // A real request with one unit made non-ASCII: replaced by a unit whose low
    // byte is the ASCII one (U+0166 is not 'f'), or an inserted unpaired
    // surrogate, Latin-1 letter or pair. Only the item holding it may change.
    let spoiled = (
        prop::sample::select(vec![
            "fr",
            "fr,en",
            "en,fr",
            "de, fr;q=0.8",
            "fr_FR.UTF-8:en",
        ]),
        any::<prop::sample::Index>(),
        prop::sample::select(vec![0x100u16, 0xFF00, 0xD800, 0xDC00, 0xE9, 0x80]),
        any::<bool>(),
    )
        .prop_map(|(req, at, unit, replace)| {
            let mut u: Vec<u16> = req.encode_utf16().collect();
            let i = at.index(u.len());
            match (replace, unit) {
                (true, 0x100 | 0xFF00) => u[i] = u[i].wrapping_add(unit),
                (true, _) => u[i] = unit,
                (false, 0x80) => u.splice(i..i, "\u{1F600}".encode_utf16()).for_each(drop),
                (false, _) => u.insert(i, unit),
            }
            u
        });
    let junk = prop::collection::vec(1u16.., 0..200);
    let units = prop_oneof![widened, spoiled, junk].prop_map(|mut u: Vec<u16>| {
        u.push(0);
        u
    });
    prop_oneof![1 => Just(None), 9 => units.prop_map(Some)]
}

fn arg_w(locales: &Option<Vec<u16>>) -> *const u16 {
    locales.as_ref().map_or(ptr::null(), |u| u.as_ptr())
}

/// Calls `winhttp_err_format_w` with exactly `size` units followed by one guard unit.
fn format_w_into(code: u32, locales: *const u16, size: usize) -> (usize, Vec<u16>) {
    let mut buf = vec![0xDBFFu16; size + 1];
    // SAFETY: `locales` is NULL or NUL-terminated; `buf` has `size + 1` writable units.
    let n = unsafe { winhttp_err_format_w(code, locales, buf.as_mut_ptr(), size) };
    (n, buf)
}

/// A static NUL-terminated UTF-16 result of the library, as text.
fn wide(p: *const u16) -> String {
    assert!(!p.is_null());
    let mut units = Vec::new();
    // SAFETY: non-NULL wide results of the library are static NUL-terminated
    // strings, read up to their NUL.
    while let u @ 1.. = unsafe { *p.add(units.len()) } {
        units.push(u);
    }
    String::from_utf16(&units).unwrap()
}

fn arg(locales: &Option<CString>) -> *const c_char {
    locales.as_ref().map_or(ptr::null(), |c| c.as_ptr())
}

fn tag(p: *const c_char) -> &'static str {
    assert!(!p.is_null());
    // SAFETY: non-NULL results of the library are static C strings.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap()
}

/// Calls `winhttp_err_format` with exactly `size` bytes followed by one guard byte.
fn format_into(code: u32, locales: *const c_char, size: usize) -> (usize, Vec<u8>) {
    let mut buf = vec![0xA5u8; size + 1];
    // SAFETY: `locales` is NULL or a C string; `buf` has `size + 1` writable bytes.
    let n = unsafe { winhttp_err_format(code, locales, buf.as_mut_ptr().cast(), size) };
    (n, buf)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// snprintf's contract for every buffer size from 0 to one past the fit.
    #[test]
    fn format_is_bounded_terminated_whole_characters_and_same_length(
        code in code(),
        locales in locales(),
    ) {
        let loc = arg(&locales);
        // SAFETY: NULL buffer with length 0 measures.
        let need = unsafe { winhttp_err_format(code, loc, ptr::null_mut(), 0) };
        let (n, full) = format_into(code, loc, need + 1);
        prop_assert_eq!(n, need);
        let full = std::str::from_utf8(&full[..need]).expect("UTF-8").to_owned();
        for size in 0..=need + 1 {
            let (n, buf) = format_into(code, loc, size);
            prop_assert_eq!(n, need, "size {}", size);
            prop_assert_eq!(buf[size], 0xA5, "wrote past buf_len {}", size);
            if size == 0 {
                continue;
            }
            let nul = buf[..size].iter().position(|&b| b == 0);
            prop_assert!(nul.is_some(), "not NUL-terminated within {}", size);
            let out = std::str::from_utf8(&buf[..nul.unwrap()]);
            prop_assert!(out.is_ok(), "a character split at size {}", size);
            let out = out.unwrap();
            prop_assert!(full.starts_with(out));
            // Only a character that does not fit is dropped.
            prop_assert!(out.len() == need.min(size - 1) || out.len() + 4 > size);
        }
    }

    /// The negotiated locale is always one we ship, from C and from Rust.
    #[test]
    fn negotiation_always_gives_a_shipped_locale(
        locales in locales(),
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        // SAFETY: NULL or a C string.
        let t = tag(unsafe { winhttp_err_locale(arg(&locales)) });
        prop_assert!(Locale::from_tag(t).is_some(), "{} not shipped", t);
        let l = Locale::negotiate_bytes(&bytes);
        prop_assert!(Locale::all().any(|s| s == l));
        let request = LocaleRequest::parse_bytes(&bytes);
        prop_assert!(request.languages().len() <= MAX_ITEMS);
        if !bytes.is_empty() {
            // The cache never answers differently from a fresh negotiation.
            prop_assert_eq!(request.negotiate(), l);
        }
    }

    /// Same input, same pointer; and every request negotiating to the same
    /// locale shares it.
    #[test]
    fn same_input_gives_the_same_pointer(code in code(), locales in locales()) {
        let loc = arg(&locales);
        // SAFETY: NULL or C strings; the tag is the library's static string.
        let (m1, m2, t1, t2) = unsafe {
            (
                winhttp_err_message(code, loc),
                winhttp_err_message(code, loc),
                winhttp_err_locale(loc),
                winhttp_err_locale(loc),
            )
        };
        prop_assert_eq!(m1, m2);
        prop_assert_eq!(t1, t2);
        // SAFETY: `t1` is a static C string.
        prop_assert_eq!(unsafe { winhttp_err_message(code, t1) }, m1);
        let known = ENTRIES.iter().any(|e| e.code == win32_code(code));
        prop_assert_eq!(m1.is_null(), !known);
        prop_assert_eq!(winhttp_err_name(code).is_null(), !known);
        if known {
            prop_assert_eq!(winhttp_err_name(code), winhttp_err_name(win32_code(code)));
        }
    }

    /// A shipped language named first wins, whatever junk follows it.
    #[test]
    fn a_shipped_language_first_wins(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for (head, want) in [(&b"fr,"[..], "fr-FR"), (b"en-GB;q=1,", "en-US")] {
            let mut request = head.to_vec();
            request.extend_from_slice(&bytes);
            prop_assert_eq!(Locale::negotiate_bytes(&request).tag(), want);
        }
    }

    /// Reverse lookup finds every name in any ASCII case, with surrounding
    /// whitespace, and nothing else; arbitrary bytes never crash it.
    #[test]
    fn reverse_lookup(
        index in 0..ENTRIES.len(),
        flips in prop::collection::vec(any::<bool>(), 64),
        pad in "[ \t\r\n]{0,3}",
        junk in prop::collection::vec(1u8..=255, 0..100),
    ) {
        let entry = &ENTRIES[index];
        let cased: String = entry.name.chars().zip(&flips).map(|(c, &f)| {
            if f { c.to_ascii_lowercase() } else { c }
        }).collect();
        let name = CString::new(format!("{pad}{cased}{pad}")).unwrap();
        // SAFETY: C strings.
        let (found, other) = unsafe {
            (winhttp_err_code(name.as_ptr()), winhttp_err_code(CString::new(junk.clone()).unwrap().as_ptr()))
        };
        prop_assert_eq!(found, entry.code);
        let junk_is_a_name = std::str::from_utf8(&junk).ok()
            .and_then(|s| ENTRIES.iter().find(|e| e.name.eq_ignore_ascii_case(s.trim_ascii())));
        prop_assert_eq!(other, junk_is_a_name.map_or(0, |e| e.code));
    }

    /// `format`'s properties for `format_w`, counted in UTF-16 units: bounded,
    /// NUL-terminated, never a split surrogate pair, the same length every time,
    /// and the UTF-8 line of the same code and locale, converted.
    #[test]
    fn format_w_is_bounded_terminated_whole_characters_and_same_length(
        code in code(),
        locales in locales_w(),
    ) {
        let loc = arg_w(&locales);
        // SAFETY: NULL buffer with length 0 measures.
        let need = unsafe { winhttp_err_format_w(code, loc, ptr::null_mut(), 0) };
        let (n, full) = format_w_into(code, loc, need + 1);
        prop_assert_eq!(n, need);
        prop_assert_eq!(full[need], 0);
        let full = &full[..need];
        let line = String::from_utf16(full);
        prop_assert!(line.is_ok(), "whole line not UTF-16");
        // SAFETY: NULL or NUL-terminated.
        let tag = CString::new(wide(unsafe { winhttp_err_locale_w(loc) })).unwrap();
        let (n8, line8) = format_into(code, tag.as_ptr(), 4096);
        prop_assert_eq!(line.unwrap(), std::str::from_utf8(&line8[..n8]).unwrap(), "format_w vs format");
        for size in 0..=need + 1 {
            let (n, buf) = format_w_into(code, loc, size);
            prop_assert_eq!(n, need, "size {}", size);
            prop_assert_eq!(buf[size], 0xDBFF, "wrote past buf_len {}", size);
            if size == 0 {
                continue;
            }
            let nul = buf[..size].iter().position(|&u| u == 0);
            prop_assert!(nul.is_some(), "not NUL-terminated within {}", size);
            let out = &buf[..nul.unwrap()];
            prop_assert!(String::from_utf16(out).is_ok(), "a pair split at size {}", size);
            prop_assert!(full.starts_with(out));
            // Only a surrogate pair that does not fit is dropped.
            prop_assert!(out.len() == need.min(size - 1) || out.len() + 2 == size);
        }
    }

    /// The UTF-16 functions answer like their UTF-8 twins: the same locale as
    /// the request converted to UTF-8 (unpaired surrogates as U+FFFD), the same
    /// message, one pointer per input.
    #[test]
    fn wide_functions_answer_like_their_utf8_twins(code in code(), locales in locales_w()) {
        let loc = arg_w(&locales);
        let utf8 = locales.as_ref().map(|u| {
            CString::new(String::from_utf16_lossy(&u[..u.len() - 1])).unwrap()
        });
        // SAFETY: NULL or NUL-terminated arguments; results are static strings.
        let (t16, t16_again, t8, m16, m16_again) = unsafe {
            (
                winhttp_err_locale_w(loc),
                winhttp_err_locale_w(loc),
                winhttp_err_locale(arg(&utf8)),
                winhttp_err_message_w(code, loc),
                winhttp_err_message_w(code, loc),
            )
        };
        prop_assert_eq!(t16, t16_again);
        prop_assert_eq!(m16, m16_again);
        // Within the byte bound the UTF-8 request means the same (every generated
        // request is shorter than 1024 bytes).
        prop_assert_eq!(wide(t16), tag(t8));
        prop_assert_eq!(m16.is_null(), winhttp_err_name(code).is_null());
        prop_assert_eq!(winhttp_err_name_w(code).is_null(), m16.is_null());
        if !m16.is_null() {
            // SAFETY: `t8` is a static C string.
            prop_assert_eq!(wide(m16), tag(unsafe { winhttp_err_message(code, t8) }));
            prop_assert_eq!(wide(winhttp_err_name_w(code)), tag(winhttp_err_name(code)));
        }
    }
}
