//! Codes and what does not depend on the language: names, reverse lookup,
//! enumeration, categories, retry advice and the version.

use std::ffi::{c_char, c_int, CStr};
use std::ptr;

use super::{boundary, bounded};
use crate::catalog::{self, Category, ErrorCode, ENTRIES};
use crate::l10n;

/// Longest name in the catalogue, with room to spare; longer input is no name.
const MAX_NAME_BYTES: usize = 64;

// Literal values, for cbindgen; `category_values_are_the_catalogue_s` checks them.

/// winhttp_err_category: the code is not in the catalogue.
pub const WINHTTP_ERR_CATEGORY_UNKNOWN: u32 = 0;
/// winhttp_err_category: the connection could not be made or was lost.
pub const WINHTTP_ERR_CATEGORY_NETWORK: u32 = 1;
/// winhttp_err_category: the server or the network took too long.
pub const WINHTTP_ERR_CATEGORY_TIMEOUT: u32 = 2;
/// winhttp_err_category: the server's name could not be resolved.
pub const WINHTTP_ERR_CATEGORY_NAME_RESOLUTION: u32 = 3;
/// winhttp_err_category: proxy, PAC file, proxy auto-detection.
pub const WINHTTP_ERR_CATEGORY_PROXY: u32 = 4;
/// winhttp_err_category: TLS and the server's certificates.
pub const WINHTTP_ERR_CATEGORY_SECURITY: u32 = 5;
/// winhttp_err_category: logging in, client certificates.
pub const WINHTTP_ERR_CATEGORY_AUTHENTICATION: u32 = 6;
/// winhttp_err_category: the server's response was unusable.
pub const WINHTTP_ERR_CATEGORY_SERVER: u32 = 7;
/// winhttp_err_category: the URL or request as built (URL, scheme, header, redirect).
pub const WINHTTP_ERR_CATEGORY_REQUEST: u32 = 8;
/// winhttp_err_category: the program misused the API; obsolete and reserved codes.
pub const WINHTTP_ERR_CATEGORY_USAGE: u32 = 9;
/// winhttp_err_category: memory, shutdown, internal failures, unsupported features.
pub const WINHTTP_ERR_CATEGORY_SYSTEM: u32 = 10;

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
    // The hot path of the name lookup: the catalogue's branch-free table, no
    // ErrorCode in between (see catalog::c_name_of).
    boundary(ptr::null(), || catalog::c_name_of(code))
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
        let bytes = unsafe { bounded(name.cast::<u8>(), MAX_NAME_BYTES + 1) };
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

/// Returns what kind of failure `code` is: one of the WINHTTP_ERR_CATEGORY_*
/// values (NETWORK, TIMEOUT, NAME_RESOLUTION, PROXY, SECURITY, AUTHENTICATION,
/// SERVER, REQUEST, USAGE, SYSTEM), for choosing an icon, grouping logs or
/// deciding whom to send the user to.
///
/// `code` is a Win32 code or its HRESULT_FROM_WIN32 form. Returns
/// WINHTTP_ERR_CATEGORY_UNKNOWN (0) when the code is unknown, and on an internal
/// failure. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_category(code: u32) -> u32 {
    boundary(WINHTTP_ERR_CATEGORY_UNKNOWN, || {
        ErrorCode::new(code).map_or(Category::Unknown, ErrorCode::category) as u32
    })
}

/// Returns 1 when sending the same request again later may succeed (a timeout,
/// a lost connection, a server that could not be reached), so that offering
/// "Try again" or retrying with back-off makes sense; 0 when retrying as it is
/// cannot help (a bad certificate, an invalid URL, a program error).
///
/// `code` is a Win32 code or its HRESULT_FROM_WIN32 form. Returns 0 when the code
/// is unknown, and on an internal failure. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_is_transient(code: u32) -> c_int {
    boundary(0, || {
        c_int::from(ErrorCode::new(code).is_some_and(ErrorCode::is_transient))
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_values_are_the_catalogue_s() {
        let c = [
            WINHTTP_ERR_CATEGORY_UNKNOWN,
            WINHTTP_ERR_CATEGORY_NETWORK,
            WINHTTP_ERR_CATEGORY_TIMEOUT,
            WINHTTP_ERR_CATEGORY_NAME_RESOLUTION,
            WINHTTP_ERR_CATEGORY_PROXY,
            WINHTTP_ERR_CATEGORY_SECURITY,
            WINHTTP_ERR_CATEGORY_AUTHENTICATION,
            WINHTTP_ERR_CATEGORY_SERVER,
            WINHTTP_ERR_CATEGORY_REQUEST,
            WINHTTP_ERR_CATEGORY_USAGE,
            WINHTTP_ERR_CATEGORY_SYSTEM,
        ];
        assert_eq!(c, Category::ALL.map(|c| c as u32));
        assert_eq!(
            winhttp_err_category(0x8007_2EE2),
            WINHTTP_ERR_CATEGORY_TIMEOUT
        );
        assert_eq!(winhttp_err_category(12003), WINHTTP_ERR_CATEGORY_UNKNOWN);
        assert_eq!(winhttp_err_is_transient(12029), 1);
        assert_eq!(winhttp_err_is_transient(12175), 0);
        assert_eq!(winhttp_err_is_transient(12003), 0);
    }
}
