//! The documented limits of locales added at run time: WINHTTP_ERR_MAX_ADDED_BYTES
//! of FTL per process and WINHTTP_ERR_MAX_LOCALES locales in all. Alone in its
//! process: it uses them up.

mod common;

use std::ffi::{CStr, CString};

use winhttp_err::ffi::*;

fn add(tag: &str, ftl: &[u8]) -> (u32, String) {
    common::add_locale(tag, ftl)
}

#[test]
fn locales_then_bytes_run_out_and_nothing_changes_when_they_do() {
    let cost = WINHTTP_ERR_ADD_COST;
    // Slots: every tag beyond the 64th is refused.
    let shipped = winhttp_err::Locale::all().len();
    assert_eq!(winhttp_err_locale_count(), shipped);
    for i in 0..WINHTTP_ERR_MAX_LOCALES - shipped {
        let tag = format!(
            "x{}{}",
            (b'a' + (i / 26) as u8) as char,
            (b'a' + (i % 26) as u8) as char
        );
        let (status, err) = add(&tag, b"");
        assert_eq!(status, WINHTTP_ERR_OK, "{tag}: {err}");
    }
    assert_eq!(winhttp_err_locale_count(), WINHTTP_ERR_MAX_LOCALES);
    let (status, err) = add("yo-NG", b"");
    assert_eq!(status, WINHTTP_ERR_LIMIT, "{err}");
    assert!(err.contains("at most 64 locales"), "{err}");
    assert_eq!(winhttp_err_locale_count(), WINHTTP_ERR_MAX_LOCALES);
    assert!(winhttp_err_locale_at(WINHTTP_ERR_MAX_LOCALES).is_null());
    // SAFETY: valid strings.
    let tag = unsafe { CStr::from_ptr(winhttp_err_locale(c"yo".as_ptr())) };
    assert_eq!(tag.to_str().unwrap(), "en-US");
    // The 64th locale is listed, and negotiation finds it.
    let last = winhttp_err_locale_at(WINHTTP_ERR_MAX_LOCALES - 1);
    // SAFETY: a static string of the ABI.
    let last = unsafe { CStr::from_ptr(last) }.to_str().unwrap().to_owned();
    let request = CString::new(last.clone()).unwrap();
    // SAFETY: a valid string.
    let negotiated = unsafe { CStr::from_ptr(winhttp_err_locale(request.as_ptr())) };
    assert_eq!(negotiated.to_str().unwrap(), last);

    // Bytes: overriding takes no slot, but counts its bytes and 64 KiB.
    let message = b"\nerror-winhttp-timeout = Aegumine.\n";
    let mut big = b"# ".to_vec();
    big.resize(WINHTTP_ERR_MAX_FTL_BYTES - message.len(), b'x');
    big.extend_from_slice(message);
    assert_eq!(big.len(), WINHTTP_ERR_MAX_FTL_BYTES);
    let left = WINHTTP_ERR_MAX_ADDED_BYTES - (WINHTTP_ERR_MAX_LOCALES - shipped) * cost;
    let fit = left / (WINHTTP_ERR_MAX_FTL_BYTES + cost);
    assert!(fit >= 10, "{fit}");
    for i in 0..fit {
        let (status, err) = add(&last, &big);
        assert_eq!(status, WINHTTP_ERR_OK, "add {i}: {err}");
    }
    let (status, err) = add(&last, &big);
    assert_eq!(status, WINHTTP_ERR_LIMIT, "{err}");
    assert!(err.contains("16777216 bytes"), "{err}");
    // SAFETY: a valid string.
    let text = unsafe { CStr::from_ptr(winhttp_err_message(12002, request.as_ptr())) };
    assert_eq!(text.to_str().unwrap(), "Aegumine.");
}
