//! Certificate-failure flags: why a secure connection failed.

use std::ffi::{c_char, CStr};
use std::ptr;

use super::{boundary, negotiate, write_text, Unit};
use crate::cert_flags::CertFlags;

/// # Safety
/// As for the public functions.
unsafe fn cert_flags<U: Unit>(flags: u32, locales: *const U, buf: *mut U, buf_len: usize) -> usize {
    // SAFETY: `locales` and `buf` per the caller's contract.
    unsafe {
        write_text(buf, buf_len, || {
            if flags == 0 {
                return "".into();
            }
            CertFlags::from_bits_retain(flags)
                .describe(negotiate(locales))
                .into()
        })
    }
}

/// Writes why a secure connection failed into `buf`, like snprintf: one plain,
/// localized sentence per flag set in `flags`, lowest bit first, separated by
/// "\n" (no trailing "\n"). `flags` is the WINHTTP_CALLBACK_STATUS_FLAG_* value
/// WinHTTP reports with WINHTTP_CALLBACK_STATUS_SECURE_FAILURE (the status
/// callback's lpvStatusInformation) for ERROR_WINHTTP_SECURE_FAILURE (12175), e.g.
/// 0x28 for INVALID_CA | CERT_DATE_INVALID. Bits this library does not know
/// become one last line that shows them in hex ("... (0x00000100)."). 0 writes ""
/// and returns 0.
///
/// `locales` follows the rules of winhttp_err_message; `buf` and `buf_len` those
/// of winhttp_err_format (bytes, NUL-terminated when `buf_len > 0`, cut only
/// between characters, NULL with 0 measures). Returns the length in bytes of the
/// whole text without the NUL; 0, with an empty string in `buf`, also on an
/// internal failure. Thread-safe.
///
/// # Safety
/// `locales` as for winhttp_err_message; `buf` is NULL or valid for `buf_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_cert_flags(
    flags: u32,
    locales: *const c_char,
    buf: *mut c_char,
    buf_len: usize,
) -> usize {
    // SAFETY: forwarded from this function's contract.
    unsafe { cert_flags(flags, locales.cast::<u8>(), buf.cast::<u8>(), buf_len) }
}

/// Returns the winhttp.h name of one certificate-failure flag, e.g.
/// "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA" for 0x8.
///
/// Returns NULL when `flag` is 0, has several bits set, or is a bit this library
/// does not know. The string is ASCII, static and NUL-terminated: never free it;
/// valid until the library is unloaded. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_cert_flag_name(flag: u32) -> *const c_char {
    boundary(ptr::null(), || {
        CertFlags::from_bits_retain(flag)
            .c_name()
            .map_or(ptr::null(), CStr::as_ptr)
    })
}

/// Writes winhttp_err_cert_flags's text as UTF-16 into `buf`, like snprintf,
/// counting in UTF-16 units: one localized sentence per flag set in `flags`,
/// lowest bit first, separated by "\n"; unknown bits as one last line in hex; 0
/// writes L"" and returns 0.
///
/// `locales` follows the rules of winhttp_err_message_w; `buf` and `buf_len` those
/// of winhttp_err_format_w (units, never a split surrogate pair, NUL-terminated
/// when `buf_len > 0`, NULL with 0 measures). Returns the length in units without
/// the NUL; 0, with an empty string in `buf`, also on an internal failure.
/// Thread-safe.
///
/// # Safety
/// `locales` as for winhttp_err_message_w; `buf` is NULL or valid, and 2-byte
/// aligned, for `buf_len` uint16_t writes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_cert_flags_w(
    flags: u32,
    locales: *const u16,
    buf: *mut u16,
    buf_len: usize,
) -> usize {
    // SAFETY: forwarded from this function's contract.
    unsafe { cert_flags(flags, locales, buf, buf_len) }
}
