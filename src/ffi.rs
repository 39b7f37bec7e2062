//! The C ABI: a thin translation over the Rust API. All `unsafe` code of the
//! crate lives here.
//!
//! Every function catches panics ([`boundary`]) and returns its documented
//! failure value instead of unwinding into C. No pointer a caller passes is kept
//! beyond the call.

use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, UnwindSafe};
use std::ptr;

use crate::catalog::{self, ErrorCode, ENTRIES};
use crate::l10n;
use crate::locale::{request::MAX_REQUEST_BYTES, Locale};

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
/// 1024 bytes of `locales` are read.
///
/// Returns NULL when the code is unknown (see winhttp_err_format for a line that is
/// never NULL). The string is UTF-8, static and NUL-terminated: never free it; the
/// same code and negotiated locale always give the same pointer, valid until the
/// library is unloaded. Thread-safe.
///
/// # Safety
/// `locales` is NULL or a NUL-terminated string (or at least 1024 readable bytes).
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
    ENTRIES.len()
}

/// Returns the Win32 code at position `index` of the catalogue, in ascending
/// numeric order, for 0 <= index < winhttp_err_count(); 0 past the end. Together
/// with winhttp_err_count it enumerates every known code. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_code_at(index: usize) -> u32 {
    ENTRIES.get(index).map_or(0, |e| e.code)
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
    VERSION.as_ptr()
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
        // SAFETY: NULL is allowed.
        assert_eq!(s(unsafe { winhttp_err_locale(ptr::null()) }), "en-US");
        force_panic();
        // SAFETY: a valid C string.
        assert_eq!(
            unsafe { winhttp_err_code(c"ERROR_WINHTTP_TIMEOUT".as_ptr()) },
            0
        );
        force_panic();
        let mut buf = [b'x' as c_char; 8];
        // SAFETY: `buf` is writable for its length.
        let n = unsafe { winhttp_err_format(12002, ptr::null(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!((n, buf[0]), (0, 0));
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
}
