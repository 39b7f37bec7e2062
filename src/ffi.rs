//! The C ABI: a thin translation over the Rust API. All `unsafe` code of the
//! crate lives here.
//!
//! Every function catches panics (`boundary`) and returns its documented
//! failure value instead of unwinding into C. No pointer a caller passes is kept
//! beyond the call.

use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, UnwindSafe};
use std::ptr;

use crate::catalog::{self, ErrorCode, ENTRIES};
use crate::l10n;
use crate::locale::{request::MAX_REQUEST_BYTES, Locale};

// Last: the header lists these functions after the lookups.
mod locales;
pub use locales::*;

/// Longest name in the catalogue, with room to spare; longer input is no name.
const MAX_NAME_BYTES: usize = 64;

#[cfg(test)]
thread_local! {
    /// Test-only: makes the next [`boundary`] on this thread panic inside.
    static FORCE_PANIC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `body`, turning a panic into `failure`.
#[inline]
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

/// The bytes of a C string, reading at most `max` of them (a longer string is
/// returned cut at `max`), so that a huge or unterminated-looking argument costs
/// no more than `max` reads. NULL gives the empty slice.
///
/// # Safety
/// `p` is NULL or points to memory readable up to its NUL or `max` bytes.
unsafe fn bounded_bytes<'a>(p: *const c_char, max: usize) -> &'a [u8] {
    if p.is_null() {
        return &[];
    }
    let p = p.cast::<u8>();
    let mut len = 0;
    // SAFETY: the caller guarantees readability up to the NUL or `max`; we stop at either.
    while len < max && unsafe { *p.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: the `len` bytes just read are initialized and stay valid during the call.
    unsafe { std::slice::from_raw_parts(p, len) }
}

/// The locale a `locales` argument negotiates to.
///
/// # Safety
/// As for [`bounded_bytes`].
unsafe fn negotiate(locales: *const c_char) -> Locale {
    // SAFETY: forwarded from the caller's contract.
    Locale::negotiate_bytes(unsafe { bounded_bytes(locales, MAX_REQUEST_BYTES + 1) })
}

/// The units of a NUL-terminated UTF-16 string, reading at most `max` of them,
/// like [`bounded_bytes`].
///
/// # Safety
/// `p` is NULL or points to properly aligned `u16`s readable up to their NUL or
/// `max` units.
unsafe fn bounded_units<'a>(p: *const u16, max: usize) -> &'a [u16] {
    if p.is_null() {
        return &[];
    }
    let mut len = 0;
    // SAFETY: the caller guarantees readability up to the NUL or `max`; we stop at either.
    while len < max && unsafe { *p.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: the `len` units just read are initialized and stay valid during the call.
    unsafe { std::slice::from_raw_parts(p, len) }
}

/// The locale a UTF-16 `locales` argument negotiates to.
///
/// # Safety
/// As for [`bounded_units`].
unsafe fn negotiate_w(locales: *const u16) -> Locale {
    // SAFETY: forwarded from the caller's contract.
    Locale::negotiate_utf16(unsafe { bounded_units(locales, MAX_REQUEST_BYTES + 1) })
}

/// Copies `text` into `buf[..buf_len]` like `snprintf`: NUL-terminated when
/// `buf_len > 0`, cut on a UTF-8 character boundary; returns `text.len()`.
///
/// # Safety
/// `buf` is NULL or valid for `buf_len` bytes of writes.
unsafe fn copy_out(text: &str, buf: *mut c_char, buf_len: usize) -> usize {
    if buf.is_null() || buf_len == 0 {
        return text.len();
    }
    let mut n = text.len().min(buf_len - 1);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    // SAFETY: `n < buf_len` bytes fit in `buf`; source and destination cannot overlap
    // since `text` is ours.
    unsafe {
        ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), n);
        *buf.add(n) = 0;
    }
    text.len()
}

/// Writes `text` as UTF-16 into `out` like `snprintf`: NUL-terminated when `out`
/// is not empty, cut between characters (never inside a surrogate pair); returns
/// the length of `text` in UTF-16 units.
fn fill_utf16(text: &str, out: &mut [u16]) -> usize {
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

/// [`fill_utf16`] into a caller's buffer.
///
/// # Safety
/// `buf` is NULL or valid, and aligned, for `buf_len` `u16` writes.
unsafe fn copy_out_w(text: &str, buf: *mut u16, buf_len: usize) -> usize {
    if buf.is_null() {
        return fill_utf16(text, &mut []);
    }
    // SAFETY: `buf` is writable for `buf_len` units per the caller's contract, and
    // cannot alias `text`, which is ours.
    fill_utf16(text, unsafe {
        std::slice::from_raw_parts_mut(buf, buf_len)
    })
}

/// Returns the symbolic name of a WinHTTP error code, e.g. "ERROR_WINHTTP_TIMEOUT"
/// for 12002.
///
/// `code` is a Win32 code (12002) or its HRESULT_FROM_WIN32 form (0x80072EE2).
///
/// Returns NULL when the code is unknown. The string is ASCII, static and
/// NUL-terminated: never free it; it stays valid and at the same address until the
/// library is unloaded. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_name(code: u32) -> *const c_char {
    boundary(ptr::null(), || {
        catalog::c_name_of(code).map_or(ptr::null(), CStr::as_ptr)
    })
}

/// Returns the description of a WinHTTP error code in the best available language
/// for `locales`, e.g. "The request timed out. ..." or "Le délai d’attente ...".
///
/// `code` is a Win32 code or its HRESULT_FROM_WIN32 form. `locales` is a
/// NUL-terminated request: a BCP 47 tag ("fr-CA"), a POSIX locale name
/// ("fr_FR.UTF-8"), an Accept-Language list ("de-DE, fr;q=0.8") or a GNU LANGUAGE
/// list ("de:fr"). NULL or "" means the process default (LC_ALL, LC_MESSAGES, LANG
/// and LANGUAGE on POSIX; the user's UI languages on Windows). Items that are not
/// ASCII or not a language are ignored; nothing usable means en-US. Only the first
/// 1024 bytes of `locales` are used: at most 1025 are read, the last to see whether
/// the request ends there.
///
/// Returns NULL when the code is unknown (see winhttp_err_format for a line that is
/// never NULL). The string is UTF-8, static and NUL-terminated: never free it; the
/// same code and negotiated locale always give the same pointer, valid until the
/// library is unloaded. Thread-safe.
///
/// # Safety
/// `locales` is NULL or a NUL-terminated string (or at least 1025 readable bytes).
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_message(code: u32, locales: *const c_char) -> *const c_char {
    boundary(ptr::null(), || {
        let Some(code) = ErrorCode::new(code) else {
            return ptr::null();
        };
        // SAFETY: `locales` is NULL or readable, per this function's contract.
        let locale = unsafe { negotiate(locales) };
        l10n::message_text(code, locale).as_ptr()
    })
}

/// Writes one complete, user-facing line for `code` into `buf`, like snprintf:
/// the description, then the symbolic name and the decimal code, e.g.
/// "The request timed out. ... (ERROR_WINHTTP_TIMEOUT, 12002)". For an unknown code
/// the line is a localized "Unknown WinHTTP error N (0xHHHHHHHH)." instead.
///
/// `code` and `locales` follow the rules of winhttp_err_message.
///
/// At most `buf_len` bytes are written, always NUL-terminated when `buf_len > 0`;
/// the text is UTF-8 and is cut only between characters, never inside one.
/// Returns the length in bytes of the whole line, without the NUL: the output was
/// truncated when the result is >= `buf_len`. `buf` may be NULL when `buf_len` is
/// 0 (or is then ignored), to measure the line first. Returns 0, with an empty
/// string in `buf`, only on an internal failure. Thread-safe.
///
/// # Safety
/// `locales` as for winhttp_err_message; `buf` is NULL or valid for `buf_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_format(
    code: u32,
    locales: *const c_char,
    buf: *mut c_char,
    buf_len: usize,
) -> usize {
    let written = boundary(None, || {
        // SAFETY: `locales` is NULL or readable, per this function's contract.
        let line = l10n::report(code, unsafe { negotiate(locales) });
        // SAFETY: `buf` is NULL or writable for `buf_len` bytes, per the contract.
        Some(unsafe { copy_out(&line, buf, buf_len) })
    });
    written.unwrap_or_else(|| {
        // SAFETY: as above; the empty string fits any buffer with room for its NUL.
        unsafe { copy_out("", buf, buf_len) }
    })
}

/// Returns the locale `locales` negotiates to among the shipped ones, as a BCP 47
/// tag such as "fr-FR" or "en-US": the language winhttp_err_message and
/// winhttp_err_format answer in for the same argument.
///
/// `locales` follows the rules of winhttp_err_message (NULL or "" is the process
/// default). Never returns NULL. The string is ASCII, static and NUL-terminated:
/// never free it. Thread-safe.
///
/// # Safety
/// As for winhttp_err_message.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_locale(locales: *const c_char) -> *const c_char {
    boundary(Locale::EN_US.tag_cstr().as_ptr(), || {
        // SAFETY: `locales` is NULL or readable, per this function's contract.
        unsafe { negotiate(locales) }.tag_cstr().as_ptr()
    })
}

/// Returns the Win32 code whose symbolic name is `name`, compared without regard
/// to ASCII case ("error_winhttp_timeout" gives 12002). Surrounding ASCII
/// whitespace is ignored.
///
/// Returns 0 when `name` is NULL, not UTF-8, longer than 64 bytes or not a name of
/// the catalogue. Thread-safe.
///
/// # Safety
/// `name` is NULL or a NUL-terminated string (or at least 65 readable bytes).
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_code(name: *const c_char) -> u32 {
    boundary(0, || {
        // SAFETY: `name` is NULL or readable, per this function's contract.
        let bytes = unsafe { bounded_bytes(name, MAX_NAME_BYTES + 1) };
        std::str::from_utf8(bytes)
            .ok()
            .filter(|s| s.len() <= MAX_NAME_BYTES)
            .and_then(ErrorCode::from_name)
            .map_or(0, ErrorCode::code)
    })
}

/// Returns the number of codes in the catalogue. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_count() -> usize {
    boundary(0, || ENTRIES.len())
}

/// Returns the Win32 code at position `index` of the catalogue, in ascending
/// numeric order, for 0 <= index < winhttp_err_count(); 0 past the end. Together
/// with winhttp_err_count it enumerates every known code. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_code_at(index: usize) -> u32 {
    boundary(0, || ENTRIES.get(index).map_or(0, |e| e.code))
}

/// Returns the library's version, e.g. "0.1.0", the same as the
/// WINHTTP_ERR_VERSION macro of the header it was built with. The string is ASCII,
/// static and NUL-terminated: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_version() -> *const c_char {
    const VERSION: &CStr =
        match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
            Ok(v) => v,
            Err(_) => panic!("version has no NUL"),
        };
    // Cannot fail; wrapped like every entry point, and never NULL even then.
    boundary(VERSION.as_ptr(), || VERSION.as_ptr())
}

/// Returns winhttp_err_name(code) as UTF-16, e.g. L"ERROR_WINHTTP_TIMEOUT",
/// for Win32 wide APIs (pass it as LPCWSTR).
///
/// `code` is a Win32 code or its HRESULT_FROM_WIN32 form. Returns NULL when the
/// code is unknown. The string is UTF-16 in native byte order (ASCII characters
/// only), static and NUL-terminated: never free it; the same code always gives the
/// same pointer, valid until the library is unloaded. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_name_w(code: u32) -> *const u16 {
    boundary(ptr::null(), || {
        ErrorCode::new(code).map_or(ptr::null(), |c| l10n::name_wide(c).as_ptr())
    })
}

/// Returns winhttp_err_message(code, ...) as UTF-16, for Win32 wide APIs such as
/// MessageBoxW or TaskDialog: the same text, in the same language.
///
/// `code` is a Win32 code or its HRESULT_FROM_WIN32 form. `locales` is the
/// request of winhttp_err_message in UTF-16 (pass an LPCWSTR such as L"fr-FR" or
/// an Accept-Language list); NULL or L"" means the process default, on Windows the
/// user's preferred UI languages. Items holding a non-ASCII unit or an unpaired
/// surrogate are ignored; nothing usable means en-US. Only the first 1024 units of
/// `locales` are used: at most 1025 are read, the last to see whether the request
/// ends there.
///
/// Returns NULL when the code is unknown (see winhttp_err_format_w for a line
/// that is never NULL). The string is UTF-16 in native byte order, static and
/// NUL-terminated: never free it; the same code and negotiated locale always give
/// the same pointer, valid until the library is unloaded. Thread-safe.
///
/// # Safety
/// `locales` is NULL or a NUL-terminated, 2-byte aligned uint16_t string (or at
/// least 1025 readable units).
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_message_w(code: u32, locales: *const u16) -> *const u16 {
    boundary(ptr::null(), || {
        let Some(code) = ErrorCode::new(code) else {
            return ptr::null();
        };
        // SAFETY: `locales` is NULL or readable, per this function's contract.
        let locale = unsafe { negotiate_w(locales) };
        l10n::message_wide(code, locale).as_ptr()
    })
}

/// Writes the line of winhttp_err_format as UTF-16 into `buf`, like snprintf,
/// counting in UTF-16 units (WCHARs) instead of bytes: e.g. "The request timed
/// out. ... (ERROR_WINHTTP_TIMEOUT, 12002)", or a localized "Unknown WinHTTP error
/// N (0xHHHHHHHH)." for an unknown code.
///
/// `code` and `locales` follow the rules of winhttp_err_message_w.
///
/// At most `buf_len` units are written, always NUL-terminated when `buf_len > 0`;
/// the text is UTF-16 in native byte order and is cut only between characters,
/// never inside a surrogate pair. Returns the length in units of the whole line,
/// without the NUL: the output was truncated when the result is >= `buf_len`.
/// `buf` may be NULL when `buf_len` is 0 (or is then ignored), to measure the line
/// first. Returns 0, with an empty string in `buf`, only on an internal failure.
/// Thread-safe.
///
/// # Safety
/// `locales` as for winhttp_err_message_w; `buf` is NULL or valid, and 2-byte
/// aligned, for `buf_len` uint16_t writes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_format_w(
    code: u32,
    locales: *const u16,
    buf: *mut u16,
    buf_len: usize,
) -> usize {
    let written = boundary(None, || {
        // SAFETY: `locales` is NULL or readable, per this function's contract.
        let line = l10n::report(code, unsafe { negotiate_w(locales) });
        // SAFETY: `buf` is NULL or writable for `buf_len` units, per the contract.
        Some(unsafe { copy_out_w(&line, buf, buf_len) })
    });
    written.unwrap_or_else(|| {
        // SAFETY: as above; the empty string fits any buffer with room for its NUL.
        unsafe { copy_out_w("", buf, buf_len) }
    })
}

/// Returns winhttp_err_locale(...) as UTF-16: the tag, such as L"fr-FR", that the
/// UTF-16 request `locales` negotiates to, i.e. the language winhttp_err_message_w
/// and winhttp_err_format_w answer in for the same argument.
///
/// `locales` follows the rules of winhttp_err_message_w (NULL or L"" is the
/// process default: on Windows, the user's preferred UI languages). Never returns
/// NULL. The string is UTF-16 in native byte order (ASCII characters only), static
/// and NUL-terminated: never free it. Thread-safe.
///
/// # Safety
/// As for winhttp_err_message_w.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_locale_w(locales: *const u16) -> *const u16 {
    boundary(Locale::EN_US.tag_wide().as_ptr(), || {
        // SAFETY: `locales` is NULL or readable, per this function's contract.
        unsafe { negotiate_w(locales) }.tag_wide().as_ptr()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let got = unsafe { bounded_bytes(long.as_ptr().cast(), 4) };
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
            assert_eq!(unsafe { copy_out(text, buf.as_mut_ptr(), len) }, 4);
            // SAFETY: copy_out NUL-terminated within `len`.
            let out = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes();
            assert_eq!(out, want, "len {len}");
            assert!(buf[len..].iter().all(|&b| b == 0x55), "wrote past {len}");
        }
        // SAFETY: NULL with any length writes nothing.
        assert_eq!(unsafe { copy_out(text, ptr::null_mut(), 99) }, 4);
    }

    /// A NUL-terminated UTF-16 string from the ABI, without the NUL.
    fn w(p: *const u16) -> String {
        assert!(!p.is_null());
        // SAFETY: every non-NULL wide result of this ABI is a static NUL-terminated string.
        let units = unsafe { bounded_units(p, usize::MAX) };
        String::from_utf16(units).unwrap()
    }

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().chain([0]).collect()
    }

    #[test]
    fn fill_utf16_edges() {
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
            assert_eq!(fill_utf16(text, &mut buf[..len]), 4, "len {len}");
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
        assert_eq!(fill_utf16("", &mut []), 0);
        // SAFETY: NULL with any length writes nothing.
        assert_eq!(unsafe { copy_out_w(text, ptr::null_mut(), 99) }, 4);
    }

    #[test]
    fn wide_functions_match_their_utf8_twins() {
        for locales in ["fr-FR", "en-US", "de, fr;q=0.5", "zz"] {
            let (l8, l16) = (std::ffi::CString::new(locales).unwrap(), wide(locales));
            // SAFETY: valid NUL-terminated strings.
            unsafe {
                assert_eq!(
                    w(winhttp_err_locale_w(l16.as_ptr())),
                    s(winhttp_err_locale(l8.as_ptr()))
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

    #[test]
    fn bounded_units_stop_at_the_bound() {
        let long = [u16::from(b'a'); 10];
        // SAFETY: 10 readable units, no NUL: we read at most 4.
        assert_eq!(unsafe { bounded_units(long.as_ptr(), 4) }, &long[..4]);
        // SAFETY: NULL is allowed.
        assert!(unsafe { bounded_units(ptr::null(), 4) }.is_empty());
    }
}
