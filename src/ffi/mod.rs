//! The C ABI: a thin translation over the Rust API. All `unsafe` code of the
//! crate lives here.
//!
//! Every function catches panics (`boundary`) and returns its documented
//! failure value instead of unwinding into C. No pointer a caller passes is kept
//! beyond the call. The UTF-8 functions and their `_w` (UTF-16) twins share one
//! implementation, generic over the code unit (`Unit`).
//!
//! - `codes`: names, reverse lookup, enumeration, categories, the version;
//! - `text`: descriptions, report lines, end-user parts, summaries, the locale;
//! - `cert`: certificate-failure flags;
//! - `locales`: locales added at run time, and the list of every locale.

// The one module where the crate's `deny(unsafe_code)` is lifted: raw pointers
// from C and `#[no_mangle]` exports are what this module is for.
#![allow(unsafe_code)]

use std::borrow::Cow;
use std::panic::{catch_unwind, UnwindSafe};

use crate::catalog::ErrorCode;
use crate::l10n::{self, Part};
use crate::locale::{request::MAX_REQUEST_BYTES, Locale};

mod codes;
mod text;
// After `text`: the header lists the certificate functions, then the locale functions.
mod cert;
mod locales;

pub use cert::*;
pub use codes::*;
pub use locales::*;
pub use text::*;

#[cfg(test)]
thread_local! {
    /// Test-only: makes the next [`boundary`] on this thread panic inside.
    static FORCE_PANIC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `body`, turning a panic into `failure`. Always inlined: `catch_unwind`
/// then costs nothing on the path that does not panic, where a call of its own
/// was a fifth of a warm lookup.
#[inline(always)]
fn boundary<T>(failure: T, body: impl FnOnce() -> T + UnwindSafe) -> T {
    catch_unwind(|| {
        #[cfg(test)]
        if FORCE_PANIC.with(|f| f.replace(false)) {
            panic!("forced by a test");
        }
        body()
    })
    .unwrap_or(failure)
}

/// A code unit of the C strings this ABI speaks: `u8` (UTF-8, `char`) or `u16`
/// (UTF-16 in native byte order, Win32's `WCHAR`). What differs between the two
/// lives here; every function is written once over it.
pub(crate) trait Unit: Copy + PartialEq + std::panic::RefUnwindSafe + 'static {
    /// The terminator.
    const NUL: Self;
    /// The locale a request in these units negotiates to.
    fn negotiate(request: &[Self]) -> Locale;
    /// The host to show, from untrusted units (see [`crate::host`]).
    fn host(host: &[Self]) -> Option<crate::host::CleanHost>;
    /// Writes `text` into `out` like `snprintf`: NUL-terminated when `out` is not
    /// empty, cut between characters; returns the length of `text` in units.
    fn fill(text: &str, out: &mut [Self]) -> usize;
    /// The static, NUL-terminated text of `part` of `code` in `locale`.
    fn part(code: ErrorCode, locale: Locale, part: Part) -> *const Self;
    /// The static, NUL-terminated tag of `locale`.
    fn tag(locale: Locale) -> *const Self;
}

impl Unit for u8 {
    const NUL: u8 = 0;

    #[inline(always)]
    fn negotiate(request: &[u8]) -> Locale {
        Locale::negotiate_bytes(request)
    }

    fn host(host: &[u8]) -> Option<crate::host::CleanHost> {
        crate::host::clean_bytes(host)
    }

    fn fill(text: &str, out: &mut [u8]) -> usize {
        let Some(room) = out.len().checked_sub(1) else {
            return text.len();
        };
        let mut n = text.len().min(room);
        while !text.is_char_boundary(n) {
            n -= 1;
        }
        out[..n].copy_from_slice(&text.as_bytes()[..n]);
        out[n] = 0;
        text.len()
    }

    #[inline]
    fn part(code: ErrorCode, locale: Locale, part: Part) -> *const u8 {
        l10n::part_c(code, locale, part).cast()
    }

    fn tag(locale: Locale) -> *const u8 {
        locale.tag_cstr().as_ptr().cast()
    }
}

impl Unit for u16 {
    const NUL: u16 = 0;

    fn negotiate(request: &[u16]) -> Locale {
        Locale::negotiate_utf16(request)
    }

    fn host(host: &[u16]) -> Option<crate::host::CleanHost> {
        crate::host::clean_utf16(host)
    }

    fn fill(text: &str, out: &mut [u16]) -> usize {
        let total = text.encode_utf16().count();
        let Some(room) = out.len().checked_sub(1) else {
            return total;
        };
        let mut n = 0;
        for c in text.chars() {
            let len = c.len_utf16();
            if n + len > room {
                break;
            }
            c.encode_utf16(&mut out[n..n + len]);
            n += len;
        }
        out[n] = 0;
        total
    }

    fn part(code: ErrorCode, locale: Locale, part: Part) -> *const u16 {
        l10n::part_wide(code, locale, part).as_ptr()
    }

    fn tag(locale: Locale) -> *const u16 {
        locale.tag_wide().as_ptr()
    }
}

/// The units of a NUL-terminated string, reading at most `max` of them (a
/// longer string is returned cut at `max`), so that a huge or unterminated-looking
/// argument costs no more than `max` reads. NULL gives the empty slice.
///
/// # Safety
/// `p` is NULL or points to properly aligned units readable up to their NUL or
/// `max` units.
unsafe fn bounded<'a, U: Unit>(p: *const U, max: usize) -> &'a [U] {
    if p.is_null() {
        return &[];
    }
    let mut len = 0;
    // SAFETY: the caller guarantees readability up to the NUL or `max`; we stop at either.
    while len < max && unsafe { *p.add(len) } != U::NUL {
        len += 1;
    }
    // SAFETY: the `len` units just read are initialized and stay valid during the call.
    unsafe { std::slice::from_raw_parts(p, len) }
}

/// The locale a `locales` argument negotiates to.
///
/// # Safety
/// As for [`bounded`], with `max` = `MAX_REQUEST_BYTES + 1`.
unsafe fn negotiate<U: Unit>(locales: *const U) -> Locale {
    // SAFETY: forwarded from the caller's contract.
    U::negotiate(unsafe { bounded(locales, MAX_REQUEST_BYTES + 1) })
}

/// The host to show from a `host` argument: NULL, empty, too long or invalid is none.
///
/// # Safety
/// As for [`bounded`], with `max` = `MAX_HOST_LEN + 1`.
unsafe fn host<U: Unit>(host: *const U) -> Option<crate::host::CleanHost> {
    // One unit past the bound tells a host of exactly MAX_HOST_LEN from a longer one.
    // SAFETY: forwarded from the caller's contract.
    U::host(unsafe { bounded(host, crate::host::MAX_HOST_LEN + 1) })
}

/// Copies `text` into `buf[..buf_len]` like `snprintf` ([`Unit::fill`]); a NULL
/// `buf` only measures.
///
/// # Safety
/// `buf` is NULL or valid, and aligned, for `buf_len` unit writes.
unsafe fn copy_out<U: Unit>(text: &str, buf: *mut U, buf_len: usize) -> usize {
    if buf.is_null() {
        return U::fill(text, &mut []);
    }
    // SAFETY: `buf` is writable for `buf_len` units per the caller's contract, and
    // cannot alias `text`, which is ours.
    U::fill(text, unsafe {
        std::slice::from_raw_parts_mut(buf, buf_len)
    })
}

/// The body of every snprintf-like function: writes what `text` gives; on an
/// internal failure writes the empty string and returns 0.
///
/// # Safety
/// As for [`copy_out`]; `text` may only read what the caller's contract allows.
unsafe fn write_text<U: Unit>(
    buf: *mut U,
    buf_len: usize,
    text: impl FnOnce() -> Cow<'static, str> + UnwindSafe,
) -> usize {
    let written = boundary(None, || {
        let text = text();
        // SAFETY: `buf` is NULL or writable for `buf_len` units, per the contract.
        Some(unsafe { copy_out(&text, buf, buf_len) })
    });
    written.unwrap_or_else(|| {
        // SAFETY: as above; the empty string fits any buffer with room for its NUL.
        unsafe { copy_out("", buf, buf_len) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::{c_char, CStr};
    use std::ptr;

    use crate::catalog::ENTRIES;

    fn s(p: *const c_char) -> &'static str {
        assert!(!p.is_null());
        // SAFETY: every non-NULL result of this ABI is a static C string.
        unsafe { CStr::from_ptr(p) }.to_str().unwrap()
    }

    fn force_panic() {
        FORCE_PANIC.with(|f| f.set(true));
    }

    #[test]
    fn panics_become_the_documented_failure_values() {
        force_panic();
        assert!(winhttp_err_name(12002).is_null());
        force_panic();
        // SAFETY: a valid C string.
        assert!(unsafe { winhttp_err_message(12002, c"fr".as_ptr()) }.is_null());
        force_panic();
        // SAFETY: a valid C string. "fr" would give fr-FR: en-US is the failure value.
        assert_eq!(s(unsafe { winhttp_err_locale(c"fr".as_ptr()) }), "en-US");
        force_panic();
        // SAFETY: a valid C string.
        let code = unsafe { winhttp_err_code(c"ERROR_WINHTTP_TIMEOUT".as_ptr()) };
        assert_eq!(code, 0);
        force_panic();
        let mut buf = [b'x' as c_char; 8];
        // SAFETY: `buf` is writable for its length.
        let n = unsafe { winhttp_err_format(12002, ptr::null(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!((n, buf[0]), (0, 0));
        force_panic();
        assert_eq!(winhttp_err_count(), 0);
        force_panic();
        assert_eq!(winhttp_err_code_at(0), 0);
        force_panic();
        assert_eq!(s(winhttp_err_version()), env!("CARGO_PKG_VERSION"));
        // The same answer either way: check the forced panic was taken.
        assert!(!FORCE_PANIC.with(|f| f.get()), "version bypassed boundary");
        // And the next call, with no panic forced, works again.
        assert_eq!(s(winhttp_err_name(12002)), "ERROR_WINHTTP_TIMEOUT");
    }

    #[test]
    fn bounded_reads_stop_at_the_bound() {
        let long = [b'a'; 10];
        // SAFETY: 10 readable bytes, no NUL: we read at most 4.
        let got = unsafe { bounded(long.as_ptr(), 4) };
        assert_eq!(got, b"aaaa");
    }

    #[test]
    fn copy_out_edges() {
        let text = "ab\u{e9}"; // 4 bytes: a, b, 0xC3 0xA9
        for (len, want) in [
            (1, &b""[..]),
            (3, b"ab"),
            (4, b"ab"),
            (5, "ab\u{e9}".as_bytes()),
        ] {
            let mut buf = [0x55 as c_char; 8];
            // SAFETY: `buf` is writable for 8 >= len bytes.
            let n = unsafe { copy_out(text, buf.as_mut_ptr().cast::<u8>(), len) };
            assert_eq!(n, 4);
            // SAFETY: copy_out NUL-terminated within `len`.
            let out = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes();
            assert_eq!(out, want, "len {len}");
            assert!(buf[len..].iter().all(|&b| b == 0x55), "wrote past {len}");
        }
        // SAFETY: NULL with any length writes nothing.
        assert_eq!(unsafe { copy_out::<u8>(text, ptr::null_mut(), 99) }, 4);
    }

    /// A NUL-terminated UTF-16 string from the ABI, without the NUL.
    fn w(p: *const u16) -> String {
        assert!(!p.is_null());
        // SAFETY: every non-NULL wide result of this ABI is a static NUL-terminated string.
        let units = unsafe { bounded(p, usize::MAX) };
        String::from_utf16(units).unwrap()
    }

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().chain([0]).collect()
    }

    #[test]
    fn utf16_fill_edges() {
        // "a" + U+1F600 (a surrogate pair) + "b": 4 units.
        let text = "a\u{1F600}b";
        let pair: Vec<u16> = "\u{1F600}".encode_utf16().collect();
        for (len, want) in [
            (0, None),
            (1, Some(vec![])),
            (2, Some(vec![u16::from(b'a')])),
            (3, Some(vec![u16::from(b'a')])), // the pair does not fit: not split
            (4, Some([&[u16::from(b'a')][..], &pair].concat())),
            (5, Some(text.encode_utf16().collect())), // exact fit
            (8, Some(text.encode_utf16().collect())),
        ] {
            let mut buf = [0x5555u16; 8];
            assert_eq!(u16::fill(text, &mut buf[..len]), 4, "len {len}");
            match want {
                None => assert!(buf.iter().all(|&u| u == 0x5555)),
                Some(want) => {
                    assert_eq!(&buf[..want.len()], &want[..], "len {len}");
                    assert_eq!(buf[want.len()], 0, "len {len}: no NUL");
                    let end = (want.len() + 1).max(len);
                    assert!(buf[end..].iter().all(|&u| u == 0x5555), "wrote past {len}");
                }
            }
        }
        assert_eq!(u16::fill("", &mut []), 0);
        // SAFETY: NULL with any length writes nothing.
        assert_eq!(unsafe { copy_out::<u16>(text, ptr::null_mut(), 99) }, 4);
    }

    #[test]
    fn wide_functions_match_their_utf8_twins() {
        for locales in ["fr-FR", "en-US", "sv, fr;q=0.5", "zz"] {
            let (l8, l16) = (std::ffi::CString::new(locales).unwrap(), wide(locales));
            // SAFETY: valid NUL-terminated strings.
            unsafe {
                assert_eq!(
                    w(winhttp_err_locale_w(l16.as_ptr())),
                    s(winhttp_err_locale(l8.as_ptr()))
                );
                assert_eq!(
                    winhttp_err_direction_w(l16.as_ptr()),
                    winhttp_err_direction(l8.as_ptr())
                );
                for e in ENTRIES {
                    assert_eq!(w(winhttp_err_name_w(e.code)), e.name);
                    let m = winhttp_err_message_w(e.code, l16.as_ptr());
                    assert_eq!(w(m), s(winhttp_err_message(e.code, l8.as_ptr())));
                    assert_eq!(
                        winhttp_err_message_w(e.code, l16.as_ptr()),
                        m,
                        "same pointer"
                    );
                }
                for code in [12002, 0x8007_2EE2, 12003, 0] {
                    let n8 = winhttp_err_format(code, l8.as_ptr(), ptr::null_mut(), 0);
                    let mut b8 = vec![0 as c_char; n8 + 1];
                    winhttp_err_format(code, l8.as_ptr(), b8.as_mut_ptr(), b8.len());
                    let line = CStr::from_ptr(b8.as_ptr()).to_str().unwrap();
                    let n16 = winhttp_err_format_w(code, l16.as_ptr(), ptr::null_mut(), 0);
                    assert_eq!(n16, line.encode_utf16().count());
                    let mut b16 = vec![0x5555u16; n16 + 1];
                    assert_eq!(
                        winhttp_err_format_w(code, l16.as_ptr(), b16.as_mut_ptr(), b16.len()),
                        n16
                    );
                    assert_eq!(w(b16.as_ptr()), line);
                }
            }
        }
        assert!(winhttp_err_name_w(12003).is_null());
        // SAFETY: NULL locales are allowed.
        assert!(unsafe { winhttp_err_message_w(12003, ptr::null()) }.is_null());
    }

    #[test]
    fn wide_panics_become_the_documented_failure_values() {
        force_panic();
        assert!(winhttp_err_name_w(12002).is_null());
        force_panic();
        // SAFETY: NULL is allowed.
        assert!(unsafe { winhttp_err_message_w(12002, ptr::null()) }.is_null());
        force_panic();
        let fr = wide("fr");
        // SAFETY: a valid NUL-terminated UTF-16 string. "fr" would give fr-FR:
        // en-US is the failure value.
        assert_eq!(w(unsafe { winhttp_err_locale_w(fr.as_ptr()) }), "en-US");
        force_panic();
        let mut buf = [0x5555u16; 8];
        // SAFETY: `buf` is writable for its length.
        let n = unsafe { winhttp_err_format_w(12002, ptr::null(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!((n, buf[0]), (0, 0));
        assert!(!FORCE_PANIC.with(|f| f.get()), "a forced panic not taken");
        // And the next calls, with no panic forced, work again.
        assert_eq!(w(winhttp_err_name_w(12002)), "ERROR_WINHTTP_TIMEOUT");
        // SAFETY: as above.
        assert_eq!(w(unsafe { winhttp_err_locale_w(fr.as_ptr()) }), "fr-FR");
    }

    /// `f` called to measure, then into an exact buffer: the whole text.
    fn filled<U: Unit>(f: impl Fn(*mut U, usize) -> usize) -> Vec<U> {
        let n = f(ptr::null_mut(), 0);
        let mut buf = vec![U::NUL; n + 1];
        assert_eq!(f(buf.as_mut_ptr(), buf.len()), n);
        assert!(buf[n] == U::NUL);
        buf.truncate(n);
        buf
    }

    #[test]
    fn end_user_functions_answer_alike_in_utf8_and_utf16() {
        let hosts = ["example.com", "", "b\u{fc}cher.de\u{202e}", "a\nb"];
        for locales in ["fr-FR", "en-US", "sv, fr;q=0.5", "zz"] {
            let (l8, l16) = (std::ffi::CString::new(locales).unwrap(), wide(locales));
            for code in [12002, 0x8007_2F8F, 12003, 0, 8] {
                for part in 0..5 {
                    // SAFETY: valid NUL-terminated strings.
                    let (p8, p16) = unsafe {
                        (
                            winhttp_err_text(code, part, l8.as_ptr()),
                            winhttp_err_text_w(code, part, l16.as_ptr()),
                        )
                    };
                    assert_eq!(p8.is_null(), p16.is_null(), "{code} {part}");
                    assert_eq!(p8.is_null(), part > 3 || catalog_lacks(code));
                    if !p8.is_null() {
                        assert_eq!(w(p16), s(p8), "{code} {part}");
                    }
                }
                for host in hosts {
                    let (h8, h16) = (std::ffi::CString::new(host).unwrap(), wide(host));
                    // SAFETY: valid strings and buffers of the lengths given.
                    let b8 = filled(|b: *mut u8, n| unsafe {
                        winhttp_err_summary(code, l8.as_ptr(), h8.as_ptr(), b.cast(), n)
                    });
                    // SAFETY: as above.
                    let b16 = filled(|b, n| unsafe {
                        winhttp_err_summary_w(code, l16.as_ptr(), h16.as_ptr(), b, n)
                    });
                    let text = String::from_utf8(b8).unwrap();
                    assert_eq!(String::from_utf16(&b16).unwrap(), text);
                    assert!(!text.contains(['\n', '\u{202e}']), "{text}");
                }
            }
            for flags in [0, 1, 0x28, 0x8000_0000, 0x100, u32::MAX] {
                // SAFETY: valid strings and buffers of the lengths given.
                let b8 = filled(|b: *mut u8, n| unsafe {
                    winhttp_err_cert_flags(flags, l8.as_ptr(), b.cast(), n)
                });
                // SAFETY: as above.
                let b16 =
                    filled(|b, n| unsafe { winhttp_err_cert_flags_w(flags, l16.as_ptr(), b, n) });
                let text = String::from_utf8(b8).unwrap();
                assert_eq!(String::from_utf16(&b16).unwrap(), text);
                assert_eq!(text.is_empty(), flags == 0);
                assert_eq!(text.lines().count(), flags.count_ones().min(9) as usize);
            }
        }
    }

    fn catalog_lacks(code: u32) -> bool {
        ErrorCode::new(code).is_none()
    }

    #[test]
    fn end_user_panics_become_the_documented_failure_values() {
        let fr = wide("fr");
        let mut b8 = [0x55u8; 8];
        let mut b16 = [0x5555u16; 8];
        force_panic();
        // SAFETY: a valid C string.
        assert!(unsafe { winhttp_err_text(12002, 1, c"fr".as_ptr()) }.is_null());
        force_panic();
        // SAFETY: a valid UTF-16 string.
        assert!(unsafe { winhttp_err_text_w(12002, 1, fr.as_ptr()) }.is_null());
        force_panic();
        // SAFETY: valid strings; `b8` writable for its length.
        let n = unsafe {
            winhttp_err_summary(
                12002,
                c"fr".as_ptr(),
                c"x".as_ptr(),
                b8.as_mut_ptr().cast(),
                8,
            )
        };
        assert_eq!((n, b8[0]), (0, 0));
        force_panic();
        // SAFETY: as above, in UTF-16.
        let n =
            unsafe { winhttp_err_summary_w(12002, fr.as_ptr(), fr.as_ptr(), b16.as_mut_ptr(), 8) };
        assert_eq!((n, b16[0]), (0, 0));
        b8[0] = 0x55;
        force_panic();
        // SAFETY: as above.
        let n = unsafe { winhttp_err_cert_flags(0x28, c"fr".as_ptr(), b8.as_mut_ptr().cast(), 8) };
        assert_eq!((n, b8[0]), (0, 0));
        b16[0] = 0x5555;
        force_panic();
        // SAFETY: as above.
        let n = unsafe { winhttp_err_cert_flags_w(0x28, fr.as_ptr(), b16.as_mut_ptr(), 8) };
        assert_eq!((n, b16[0]), (0, 0));
        force_panic();
        assert!(winhttp_err_cert_flag_name(8).is_null());
        force_panic();
        assert_eq!(winhttp_err_category(12002), WINHTTP_ERR_CATEGORY_UNKNOWN);
        force_panic();
        assert_eq!(winhttp_err_is_transient(12002), 0);
        // Left to right is the failure value: a right-to-left answer shows the panic was not taken.
        let (ar, fa) = (c"ar-SA, fa".as_ptr(), wide("ar-SA, fa"));
        let add = c"error-winhttp-timeout = \u{645}\u{647}\u{644}\u{62A}.\n";
        // SAFETY: valid strings, `add` readable for its length.
        let added = unsafe {
            winhttp_err_add_locale(
                c"fa-IR".as_ptr(),
                add.as_ptr(),
                add.count_bytes(),
                ptr::null_mut(),
                0,
            )
        };
        assert_eq!(added, WINHTTP_ERR_OK);
        // SAFETY: a valid C string.
        let direction = || unsafe { winhttp_err_direction(ar) };
        // SAFETY: as above.
        let direction_w = || unsafe { winhttp_err_direction_w(fa.as_ptr()) };
        force_panic();
        assert_eq!(direction(), WINHTTP_ERR_DIRECTION_LTR);
        force_panic();
        assert_eq!(direction_w(), WINHTTP_ERR_DIRECTION_LTR);
        assert!(!FORCE_PANIC.with(|f| f.get()), "a forced panic not taken");
        assert_eq!(direction_w(), WINHTTP_ERR_DIRECTION_RTL);
        assert_eq!(direction(), WINHTTP_ERR_DIRECTION_RTL);
        // And the next calls, with no panic forced, work again.
        assert_eq!(winhttp_err_is_transient(12002), 1);
        assert_eq!(
            s(winhttp_err_cert_flag_name(8)),
            "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"
        );
        // SAFETY: a valid C string.
        let title = unsafe { winhttp_err_text(12002, 1, c"en".as_ptr()) };
        assert_eq!(s(title), "Connection timed out");
    }

    #[test]
    fn bounded_units_stop_at_the_bound() {
        let long = [u16::from(b'a'); 10];
        // SAFETY: 10 readable units, no NUL: we read at most 4.
        assert_eq!(unsafe { bounded(long.as_ptr(), 4) }, &long[..4]);
        // SAFETY: NULL is allowed.
        assert!(unsafe { bounded::<u16>(ptr::null(), 4) }.is_empty());
    }
}
