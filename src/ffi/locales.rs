//! Locales added at run time: `winhttp_err_add_locale`, `winhttp_err_add_locale_dir`,
//! and the enumeration of every locale, shipped and added.

use std::ffi::c_char;
use std::path::Path;
use std::ptr;

use super::{boundary, bounded, copy_out};
use crate::l10n::{self, check, AddError};
use crate::Locale;

/// Success.
pub const WINHTTP_ERR_OK: u32 = 0;
/// A required pointer is NULL.
pub const WINHTTP_ERR_NULL_ARGUMENT: u32 = 1;
/// Not a BCP 47 language tag (or a folder of winhttp_err_add_locale_dir whose
/// name is not one).
pub const WINHTTP_ERR_INVALID_TAG: u32 = 2;
/// Not UTF-8, a syntax error, an unknown message id or variable, a text over its
/// length limit: anything `winhttp-err check-locale` reports as an error.
pub const WINHTTP_ERR_INVALID_FTL: u32 = 3;
/// A file or buffer over WINHTTP_ERR_MAX_FTL_BYTES.
pub const WINHTTP_ERR_TOO_LARGE: u32 = 4;
/// Too many locales (WINHTTP_ERR_MAX_LOCALES in all), or more FTL than
/// WINHTTP_ERR_MAX_ADDED_BYTES added in the process.
pub const WINHTTP_ERR_LIMIT: u32 = 5;
/// A folder or file could not be read.
pub const WINHTTP_ERR_IO: u32 = 6;
/// A bug: an internal failure was caught. Nothing was added from a single
/// file, and no budget was spent (a folder of several locales may have had
/// those before the failure published).
pub const WINHTTP_ERR_INTERNAL: u32 = 7;

// The limits as literals: cbindgen writes a literal, not a path, into the header.
/// Most bytes of one FTL file or buffer: 1 MiB.
pub const WINHTTP_ERR_MAX_FTL_BYTES: usize = 1048576;
/// Most locales in all, shipped and added.
pub const WINHTTP_ERR_MAX_LOCALES: usize = 64;
/// Most bytes of FTL added in a process, all calls together: 16 MiB, each
/// locale added or overridden counting 64 KiB more (its tables).
pub const WINHTTP_ERR_MAX_ADDED_BYTES: usize = 16777216;
/// What each locale added or overridden counts against
/// WINHTTP_ERR_MAX_ADDED_BYTES besides its FTL: 64 KiB, for its tables.
pub const WINHTTP_ERR_ADD_COST: usize = 65536;
/// Deepest nesting accepted in an added file: placeables and calls, counting
/// those of the messages and terms a message refers to. Deeper files are
/// refused (WINHTTP_ERR_INVALID_FTL): no lookup recurses deeper.
pub const WINHTTP_ERR_MAX_DEPTH: usize = 16;
const _: () = assert!(
    WINHTTP_ERR_ADD_COST == l10n::ADD_COST
        && WINHTTP_ERR_MAX_DEPTH == check::MAX_DEPTH
        && WINHTTP_ERR_MAX_FTL_BYTES == check::MAX_FTL_BYTES
        && WINHTTP_ERR_MAX_LOCALES == crate::locale::MAX_LOCALES
        && WINHTTP_ERR_MAX_ADDED_BYTES == l10n::MAX_ADDED_BYTES
);

/// Longest folder path read by winhttp_err_add_locale_dir, in bytes.
const MAX_PATH_BYTES: usize = 32 * 1024;

fn status(error: &AddError) -> u32 {
    match error {
        AddError::InvalidTag(_) => WINHTTP_ERR_INVALID_TAG,
        AddError::InvalidFtl(_) => WINHTTP_ERR_INVALID_FTL,
        AddError::TooLarge(_) => WINHTTP_ERR_TOO_LARGE,
        AddError::Limit(_) => WINHTTP_ERR_LIMIT,
        AddError::Io(_) => WINHTTP_ERR_IO,
    }
}

/// Runs `body` behind the panic boundary and writes its one-line message to
/// `err` like snprintf; a panic becomes WINHTTP_ERR_INTERNAL.
///
/// # Safety
/// `err` is NULL or valid for `err_len` bytes of writes.
unsafe fn with_message(
    err: *mut c_char,
    err_len: usize,
    body: impl FnOnce() -> (u32, String) + std::panic::UnwindSafe,
) -> u32 {
    let (status, message) = boundary(
        (
            WINHTTP_ERR_INTERNAL,
            "internal error (a bug in winhttp_err); nothing was added".to_owned(),
        ),
        body,
    );
    // SAFETY: `err` is NULL or writable for `err_len` bytes, per the contract.
    unsafe { copy_out(&message, err.cast::<u8>(), err_len) };
    status
}

/// Adds a locale from the text of one Fluent (FTL) file, or overrides an
/// existing one (shipped or added) message by message, for every later call.
///
/// `tag` is a NUL-terminated BCP 47 tag such as "sv-SE" (any case; at most 35
/// bytes; a language of 2 or 3 letters, then script, region, variants). `ftl` is
/// `ftl_len` bytes of UTF-8 FTL (no NUL needed), written like the en-US file:
/// a message or attribute it lacks falls back to en-US for that text alone.
///
/// All or nothing: a file with any error (not UTF-8, a syntax error, a message
/// id, attribute or variable en-US does not have, a variable en-US uses that is
/// missing, a text over its length limit; `winhttp-err check-locale` lists them
/// all) adds nothing and changes nothing. Once added, negotiation finds the
/// locale like a shipped one ("sv-FI" finds an added "sv-SE"), and every
/// function, the _w ones too, answers in it. Every pointer returned before stays
/// valid and unchanged: nothing is freed until the library is unloaded.
///
/// `err` (may be NULL when `err_len` is 0) receives one line, like snprintf
/// (NUL-terminated when `err_len > 0`, cut between UTF-8 characters): on error,
/// the line and column and what is wrong; on success a summary, e.g. how many
/// texts are missing and shown in en-US.
///
/// Returns WINHTTP_ERR_OK, or WINHTTP_ERR_NULL_ARGUMENT (`tag` or `ftl` NULL),
/// WINHTTP_ERR_INVALID_TAG, WINHTTP_ERR_INVALID_FTL, WINHTTP_ERR_TOO_LARGE
/// (`ftl_len` over WINHTTP_ERR_MAX_FTL_BYTES: `ftl` is then not read),
/// WINHTTP_ERR_LIMIT (WINHTTP_ERR_MAX_LOCALES, WINHTTP_ERR_MAX_ADDED_BYTES),
/// WINHTTP_ERR_INTERNAL. Thread-safe: lookups in other threads go on meanwhile,
/// and see the locale either whole or not at all; adds are serialized.
///
/// # Safety
/// `tag` is NULL or a NUL-terminated string (or at least 36 readable bytes).
/// `ftl` is NULL or readable for `ftl_len` bytes whenever `ftl_len` is at most
/// WINHTTP_ERR_MAX_FTL_BYTES: a length larger than the buffer is the caller's
/// bug (undefined behaviour), as for memcpy. `err` is NULL or valid for
/// `err_len` bytes of writes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_add_locale(
    tag: *const c_char,
    ftl: *const c_char,
    ftl_len: usize,
    err: *mut c_char,
    err_len: usize,
) -> u32 {
    let body = move || {
        if tag.is_null() || ftl.is_null() {
            let which = if tag.is_null() { "tag" } else { "ftl" };
            return (WINHTTP_ERR_NULL_ARGUMENT, format!("{which} is NULL"));
        }
        // SAFETY: `tag` is readable up to its NUL or 36 bytes, per the contract.
        let tag = unsafe { bounded(tag.cast::<u8>(), crate::locale::MAX_TAG_BYTES + 1) };
        let Ok(tag) = std::str::from_utf8(tag) else {
            let shown = String::from_utf8_lossy(tag).into_owned();
            return (
                WINHTTP_ERR_INVALID_TAG,
                AddError::InvalidTag(shown).to_string(),
            );
        };
        if ftl_len > check::MAX_FTL_BYTES {
            return (
                WINHTTP_ERR_TOO_LARGE,
                format!(
                    "the FTL has {ftl_len} bytes; at most {} are accepted",
                    check::MAX_FTL_BYTES
                ),
            );
        }
        // SAFETY: `ftl` is non-NULL and readable for `ftl_len` bytes (at most
        // MAX_FTL_BYTES), per the contract; it is only read during the call.
        let ftl = unsafe { std::slice::from_raw_parts(ftl.cast::<u8>(), ftl_len) };
        match l10n::add_locale(tag, ftl) {
            Ok(added) => (WINHTTP_ERR_OK, added.to_string()),
            Err(e) => (status(&e), e.to_string()),
        }
    };
    // SAFETY: `err` is NULL or writable for `err_len` bytes, per the contract.
    unsafe { with_message(err, err_len, body) }
}

/// Adds (or overrides) every locale of folder `dir`, as winhttp_err_add_locale
/// does for one: `dir` holds one folder per locale, named by its tag ("sv-SE"),
/// each with `*.ftl` files (the layout of the project's `locales/`). Entries of
/// `dir` that are not folders, and folders without `.ftl` files, are ignored.
///
/// `dir` is a NUL-terminated UTF-8 path, on Windows too (at most 32 KiB).
/// All or nothing: when any file has an error, or a locale folder's name is no
/// tag, nothing is added. `err` receives one line as for winhttp_err_add_locale,
/// naming the file, e.g. "locales/sv-SE/app.ftl:12:5: error: ...", or a summary
/// of each locale added.
///
/// Returns WINHTTP_ERR_OK, or WINHTTP_ERR_NULL_ARGUMENT (`dir` NULL),
/// WINHTTP_ERR_INVALID_TAG, WINHTTP_ERR_INVALID_FTL, WINHTTP_ERR_TOO_LARGE,
/// WINHTTP_ERR_LIMIT, WINHTTP_ERR_IO (`dir` not UTF-8, missing, not a folder,
/// unreadable, a symlink loop, holding no locale folder; a file that cannot be
/// read), WINHTTP_ERR_INTERNAL. Thread-safe, as winhttp_err_add_locale.
///
/// # Safety
/// `dir` is NULL or a NUL-terminated string; `err` is NULL or valid for
/// `err_len` bytes of writes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_add_locale_dir(
    dir: *const c_char,
    err: *mut c_char,
    err_len: usize,
) -> u32 {
    let body = move || {
        if dir.is_null() {
            return (WINHTTP_ERR_NULL_ARGUMENT, "dir is NULL".to_owned());
        }
        // SAFETY: `dir` is a NUL-terminated string, per the contract.
        let bytes = unsafe { bounded(dir.cast::<u8>(), MAX_PATH_BYTES + 1) };
        let path = match std::str::from_utf8(bytes) {
            Ok(path) if path.len() <= MAX_PATH_BYTES && !path.is_empty() => path,
            _ => {
                let why = "the folder's path is empty, too long or not UTF-8";
                return (WINHTTP_ERR_IO, why.to_owned());
            }
        };
        match l10n::add_locale_dir(Path::new(path)) {
            Ok(added) => {
                let lines: Vec<String> = added.iter().map(ToString::to_string).collect();
                (WINHTTP_ERR_OK, lines.join("; "))
            }
            Err(e) => (status(&e), e.to_string()),
        }
    };
    // SAFETY: `err` is NULL or writable for `err_len` bytes, per the contract.
    unsafe { with_message(err, err_len, body) }
}

/// Returns the number of locales: the shipped ones and those added. It only
/// grows. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_locale_count() -> usize {
    boundary(0, Locale::count)
}

/// Returns the tag of the locale at `index`, 0 <= index <
/// winhttp_err_locale_count(): the shipped locales first (sorted by tag), then
/// those added, in the order they were added; NULL past the end. The string is
/// ASCII, static and NUL-terminated: never free it; it stays valid until the
/// library is unloaded. Thread-safe.
#[no_mangle]
pub extern "C" fn winhttp_err_locale_at(index: usize) -> *const c_char {
    boundary(ptr::null(), || {
        Locale::at(index).map_or(ptr::null(), |l| l.tag_cstr().as_ptr())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn force_panic() {
        super::super::FORCE_PANIC.with(|f| f.set(true));
    }

    #[test]
    fn panics_become_internal_and_add_nothing() {
        let ftl = b"error-winhttp-timeout = Pieprasijums noilga.\n";
        let mut err = [0x55 as c_char; 128];
        force_panic();
        // SAFETY: valid strings, buffer and lengths.
        let status = unsafe {
            winhttp_err_add_locale(
                c"mt-MT".as_ptr(),
                ftl.as_ptr().cast(),
                ftl.len(),
                err.as_mut_ptr(),
                128,
            )
        };
        assert_eq!(status, WINHTTP_ERR_INTERNAL);
        // SAFETY: NUL-terminated by the call.
        let message = unsafe { CStr::from_ptr(err.as_ptr()) }.to_str().unwrap();
        assert!(message.starts_with("internal error"), "{message}");
        assert_eq!(Locale::from_tag("mt-MT"), None);

        force_panic();
        // SAFETY: a valid string; NULL/0 for err.
        let status = unsafe { winhttp_err_add_locale_dir(c"/".as_ptr(), ptr::null_mut(), 0) };
        assert_eq!(status, WINHTTP_ERR_INTERNAL);
        force_panic();
        assert_eq!(winhttp_err_locale_count(), 0);
        force_panic();
        assert!(winhttp_err_locale_at(0).is_null());
        assert!(
            !super::super::FORCE_PANIC.with(|f| f.get()),
            "a forced panic not taken"
        );

        // And with no panic forced, the same calls work.
        // SAFETY: as above.
        let status = unsafe {
            winhttp_err_add_locale(
                c"mt-MT".as_ptr(),
                ftl.as_ptr().cast(),
                ftl.len(),
                ptr::null_mut(),
                0,
            )
        };
        assert_eq!(status, WINHTTP_ERR_OK);
        assert!(winhttp_err_locale_count() >= 3);
        // SAFETY: a static string of the ABI.
        let first = unsafe { CStr::from_ptr(winhttp_err_locale_at(0)) };
        assert_eq!(first.to_str().unwrap(), Locale::all().next().unwrap().tag());
    }
}
