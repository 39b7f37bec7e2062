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
        "is-IS, fr;q=0.8, en;q=0.5",
        "sv-SE, fr;q=0.8, en;q=0.5",
        "fr_CA.UTF-8",
        "is:fr",
        "en-AU",
        "es-419",
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

/// A list of two-letter languages, with a region or without, in any case,
/// weighted or not, as Accept-Language headers and `LANGUAGE` send them.
fn simple_list() -> impl Strategy<Value = String> {
    let language = prop::sample::select(vec![
        "fr", "FR", "en", "de", "es", "pt", "zh", "sr", "nb", "no", "nn", "iw", "he", "ar", "sv",
        "ja", "is", "xx", "Tr", "fI",
    ]);
    let region = prop::sample::select(vec![
        "", "-FR", "_fr", "-CA", "-BE", "-US", "-GB", "-AU", "-MX", "-AR", "-BR", "-PT", "-AO",
        "-TW", "-HK", "-cn", "-RS", "-FI", "-SE", "-IL", "-XX",
    ]);
    let weight = prop::sample::select(vec![
        "",
        ";q=0",
        ";q=0.5",
        ";q=1",
        ";q=0.8",
        " ; Q = 0.123",
        ";q=1.000",
        ";q=0.",
        ";q=0.9",
    ]);
    let item = (language, region, weight).prop_map(|(l, r, w)| format!("{l}{r}{w}"));
    let separator = prop::sample::select(vec![",", ", ", ":", " ,\t"]);
    (prop::collection::vec(item, 1..6), separator).prop_map(|(items, sep)| items.join(sep))
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
            "sv, fr;q=0.8",
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

/// snprintf's contract for every buffer size from 0 to one past the fit, for a
/// UTF-8 function called as `fill(buf, buf_len)`; the whole text.
fn snprintf_contract(fill: impl Fn(*mut c_char, usize) -> usize) -> Result<String, TestCaseError> {
    let into = |size: usize| {
        let mut buf = vec![0xA5u8; size + 1];
        (fill(buf.as_mut_ptr().cast(), size), buf)
    };
    let need = fill(ptr::null_mut(), 0);
    let (n, full) = into(need + 1);
    prop_assert_eq!(n, need);
    let full = std::str::from_utf8(&full[..need])
        .expect("UTF-8")
        .to_owned();
    for size in 0..=need + 1 {
        let (n, buf) = into(size);
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
        // Only a character that does not fit is dropped: up to 3 bytes of room
        // stay unused (a 4-byte character, as a host may hold, needs 4).
        prop_assert!(out.len() == need.min(size - 1) || out.len() + 4 >= size);
    }
    Ok(full)
}

/// [`snprintf_contract`] for a UTF-16 function, counted in units: never a split
/// surrogate pair.
fn snprintf_contract_w(fill: impl Fn(*mut u16, usize) -> usize) -> Result<String, TestCaseError> {
    let into = |size: usize| {
        let mut buf = vec![0xDBFFu16; size + 1];
        (fill(buf.as_mut_ptr(), size), buf)
    };
    let need = fill(ptr::null_mut(), 0);
    let (n, full) = into(need + 1);
    prop_assert_eq!(n, need);
    prop_assert_eq!(full[need], 0);
    let full = full[..need].to_vec();
    let text = String::from_utf16(&full);
    prop_assert!(text.is_ok(), "whole text not UTF-16");
    for size in 0..=need + 1 {
        let (n, buf) = into(size);
        prop_assert_eq!(n, need, "size {}", size);
        prop_assert_eq!(buf[size], 0xDBFF, "wrote past buf_len {}", size);
        if size == 0 {
            continue;
        }
        let nul = buf[..size].iter().position(|&u| u == 0);
        prop_assert!(nul.is_some(), "not NUL-terminated within {}", size);
        let out = &buf[..nul.unwrap()];
        prop_assert!(
            String::from_utf16(out).is_ok(),
            "a pair split at size {}",
            size
        );
        prop_assert!(full.starts_with(out));
        // Only a surrogate pair that does not fit is dropped.
        prop_assert!(out.len() == need.min(size - 1) || out.len() + 2 == size);
    }
    Ok(text.unwrap())
}

/// A server name as applications pass it: real names, names with hostile
/// characters (controls, bidi overrides, line separators), arbitrary text.
fn host() -> impl Strategy<Value = String> {
    let hostile = prop::sample::select(vec![
        '\n',
        '\r',
        '\t',
        '\u{1b}',
        '\u{7f}',
        '\u{85}',
        '\u{9b}',
        '\u{202e}',
        '\u{202a}',
        '\u{2066}',
        '\u{2069}',
        '\u{200f}',
        '\u{61c}',
        '\u{2028}',
        'é',
        '\u{1F600}',
        'x',
    ]);
    prop_oneof![
        "[a-z0-9.-]{1,40}",
        (
            "[a-z.]{0,20}",
            prop::collection::vec(hostile, 0..8),
            "[a-z.]{0,20}"
        )
            .prop_map(|(a, h, b)| format!("{a}{}{b}", h.into_iter().collect::<String>())),
        "\\PC{0,300}",
    ]
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
        // SAFETY: `locales` is NULL or a C string; the buffers are as long as said.
        snprintf_contract(|buf, n| unsafe { winhttp_err_format(code, loc, buf, n) })?;
    }

    /// The summary and the certificate reasons keep the same contract, in both
    /// encodings, and the UTF-16 text is the UTF-8 text converted.
    #[test]
    fn summaries_and_cert_flags_keep_the_contract_in_both_encodings(
        code in code(),
        flags in prop_oneof![any::<u32>(), (0u32..8).prop_map(|b| 1 << b), Just(0)],
        locales in locales(),
        host in prop::option::of(host()),
    ) {
        let loc = arg(&locales);
        // SAFETY: NULL or a C string; the tag is static.
        let tag = CString::new(tag(unsafe { winhttp_err_locale(loc) })).unwrap();
        let tag_w: Vec<u16> = tag.to_str().unwrap().encode_utf16().chain([0]).collect();
        let host_c = host.as_ref().map(|h| CString::new(h.replace('\0', "")).unwrap());
        let host_w: Option<Vec<u16>> = host_c
            .as_ref()
            .map(|h| h.to_str().unwrap().encode_utf16().chain([0]).collect());
        let hp = host_c.as_ref().map_or(ptr::null(), |h| h.as_ptr());
        let hp_w = host_w.as_ref().map_or(ptr::null(), |h| h.as_ptr());
        // SAFETY: NUL-terminated arguments, buffers as long as said.
        let summary = snprintf_contract(|b, n| unsafe { winhttp_err_summary(code, tag.as_ptr(), hp, b, n) })?;
        // SAFETY: as above.
        let summary_w = snprintf_contract_w(|b, n| unsafe { winhttp_err_summary_w(code, tag_w.as_ptr(), hp_w, b, n) })?;
        prop_assert_eq!(&summary, &summary_w);
        // SAFETY: as above.
        let reasons = snprintf_contract(|b, n| unsafe { winhttp_err_cert_flags(flags, loc, b, n) })?;
        // SAFETY: as above.
        let reasons_w = snprintf_contract_w(|b, n| unsafe { winhttp_err_cert_flags_w(flags, tag_w.as_ptr(), b, n) })?;
        prop_assert_eq!(&reasons, &reasons_w);
        prop_assert_eq!(reasons.is_empty(), flags == 0);
        prop_assert!(!reasons.ends_with('\n'));
        // The host appears cleaned, and nothing it carried that could break the text does:
        // the only bidi controls are our marks, and in a left-to-right locale only
        // the two around a host with right-to-left letters.
        use winhttp_err::bidi::{is_rtl_char, LRM, RLM};
        let mut controls = summary.chars().filter(|&c| winhttp_err::host::is_dropped(c));
        prop_assert!(controls.all(|c| c == LRM || c == RLM), "{:?}", summary);
        let locale = winhttp_err::Locale::negotiate_bytes(tag.as_bytes());
        if !locale.direction().is_rtl() {
            let clean = host.as_deref().and_then(winhttp_err::host::clean);
            let wrapped = clean.is_some_and(|h| h.chars().any(is_rtl_char));
            prop_assert_eq!(summary.matches(LRM).count(), if wrapped { 2 } else { 0 });
            prop_assert!(!summary.contains(RLM));
        }
        if let Some(clean) = host.as_deref().and_then(winhttp_err::host::clean) {
            prop_assert!(summary.contains(clean.as_str()), "{:?} lacks {:?}", summary, clean);
        }
    }

    /// `winhttp_err_text` and its twin: static, the same pointer for the same
    /// input, NULL exactly for unknown codes and parts, equal texts.
    #[test]
    fn text_parts_are_static_and_equal_in_both_encodings(
        code in code(),
        part in prop_oneof![0u32..4, any::<u32>()],
        locales in locales_w(),
    ) {
        let loc = arg_w(&locales);
        // SAFETY: NULL or NUL-terminated; the tag is static.
        let tag = CString::new(wide(unsafe { winhttp_err_locale_w(loc) })).unwrap();
        // SAFETY: NULL or NUL-terminated arguments; results are static strings.
        let (p16, p16_again, p8) = unsafe {
            (
                winhttp_err_text_w(code, part, loc),
                winhttp_err_text_w(code, part, loc),
                winhttp_err_text(code, part, tag.as_ptr()),
            )
        };
        prop_assert_eq!(p16, p16_again);
        let known = ENTRIES.iter().any(|e| e.code == win32_code(code));
        prop_assert_eq!(p16.is_null(), !known || part > 3);
        prop_assert_eq!(p8.is_null(), p16.is_null());
        if !p8.is_null() {
            prop_assert_eq!(wide(p16), self::tag(p8));
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

    /// Simple language lists, which a shortcut negotiates without the general
    /// parser, answer as the parser and negotiation do.
    #[test]
    fn simple_lists_negotiate_as_parsed(list in simple_list()) {
        prop_assert_eq!(
            Locale::negotiate(&list),
            LocaleRequest::parse(&list).negotiate(),
            "{:?}", list
        );
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
        for (head, want) in [
            (&b"fr,"[..], "fr-FR"),
            (b"en-GB;q=1,", "en-GB"),
            (b"en-AU;q=1,", "en-GB"),
            (b"pt-AO,", "pt-PT"),
            (b"nn,", "nb-NO"),
        ] {
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
        // SAFETY: `locales` is NULL or NUL-terminated; the buffers are as long as said.
        let line = snprintf_contract_w(|buf, n| unsafe { winhttp_err_format_w(code, loc, buf, n) })?;
        // SAFETY: NULL or NUL-terminated.
        let tag = CString::new(wide(unsafe { winhttp_err_locale_w(loc) })).unwrap();
        let (n8, line8) = format_into(code, tag.as_ptr(), 4096);
        prop_assert_eq!(line, std::str::from_utf8(&line8[..n8]).unwrap(), "format_w vs format");
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
