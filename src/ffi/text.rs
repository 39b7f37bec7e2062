//! Text: technical descriptions and report lines for developers, titles,
//! summaries and hints for end users, and the locale they are in.

use std::ffi::c_char;
use std::ptr;

use super::{boundary, host, negotiate, write_text, Unit};
use crate::catalog::ErrorCode;
use crate::l10n::{self, Part};
use crate::locale::Locale;

// Literal values, for cbindgen; `part_values_are_the_l10n_s` checks them.

/// winhttp_err_text part: the technical description, as winhttp_err_message returns it.
pub const WINHTTP_ERR_TEXT_DESCRIPTION: u32 = 0;
/// winhttp_err_text part: a short heading for an end user ("Connection timed out").
pub const WINHTTP_ERR_TEXT_TITLE: u32 = 1;
/// winhttp_err_text part: one or two plain sentences for an end user, naming no
/// server (see winhttp_err_summary for one that does).
pub const WINHTTP_ERR_TEXT_SUMMARY: u32 = 2;
/// winhttp_err_text part: one to three things the user can try, each a sentence,
/// most useful first, separated by "\n" (no trailing "\n").
pub const WINHTTP_ERR_TEXT_HINTS: u32 = 3;

/// Part `part()` of `code`'s text for `locales`: static, or NULL. The part
/// comes as a closure so that each caller gets its own instance, in which a
/// fixed part (winhttp_err_message's) is a constant.
///
/// # Safety
/// `locales` as for the public functions.
#[inline(always)]
unsafe fn text<U: Unit>(
    code: u32,
    part: impl FnOnce() -> Option<Part> + std::panic::UnwindSafe,
    locales: *const U,
) -> *const U {
    // `move`: the closure holds the arguments, not pointers to them.
    boundary(ptr::null(), move || {
        let (Some(code), Some(part)) = (ErrorCode::new(code), part()) else {
            return ptr::null();
        };
        // SAFETY: `locales` is NULL or readable, per the caller's contract.
        U::part(code, unsafe { negotiate(locales) }, part)
    })
}

/// The negotiated locale's tag; en-US on an internal failure.
///
/// # Safety
/// As for [`text`].
unsafe fn locale<U: Unit>(locales: *const U) -> *const U {
    boundary(U::tag(Locale::EN_US), move || {
        // SAFETY: `locales` is NULL or readable, per the caller's contract.
        U::tag(unsafe { negotiate(locales) })
    })
}

/// Returns the description of a WinHTTP error code in the best available language
/// for `locales`, e.g. "The request timed out. ..." or "Le délai d’attente ...".
///
/// `code` is a Win32 code or its HRESULT_FROM_WIN32 form. `locales` is a
/// NUL-terminated request: a BCP 47 tag ("fr-CA"), a POSIX locale name
/// ("fr_FR.UTF-8"), an Accept-Language list ("sv-SE, fr;q=0.8") or a GNU LANGUAGE
/// list ("sv:fr"). NULL or "" means the process default (LC_ALL, LC_MESSAGES, LANG
/// and LANGUAGE on POSIX; the user's UI languages on Windows). Items that are not
/// ASCII or not a language are ignored; nothing usable means en-US. Only the first
/// 1024 bytes of `locales` are used: at most 1025 are read, the last to see whether
/// the request ends there.
///
/// Returns NULL when the code is unknown (see winhttp_err_format for a line that is
/// never NULL). The string is UTF-8, static and NUL-terminated: never free it; the
/// same code and negotiated locale give the same pointer until that locale is
/// overridden (winhttp_err_add_locale; later calls then get the new text at a new
/// address), and every pointer stays valid until the library is unloaded. Thread-safe.
///
/// # Safety
/// `locales` is NULL or a NUL-terminated string (or at least 1025 readable bytes).
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_message(code: u32, locales: *const c_char) -> *const c_char {
    // SAFETY: forwarded from this function's contract.
    unsafe { text(code, || Some(Part::Description), locales.cast::<u8>()) }.cast()
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
    // SAFETY: forwarded from this function's contract.
    unsafe { format(code, locales.cast::<u8>(), buf.cast::<u8>(), buf_len) }
}

/// # Safety
/// As for the public functions.
unsafe fn format<U: Unit>(code: u32, locales: *const U, buf: *mut U, buf_len: usize) -> usize {
    // SAFETY: `locales` and `buf` per the caller's contract.
    unsafe { write_text(buf, buf_len, || l10n::report(code, negotiate(locales))) }
}

/// Returns the locale `locales` negotiates to among the shipped ones and those
/// added with winhttp_err_add_locale, as a BCP 47 tag such as "fr-FR" or "en-US":
/// the language winhttp_err_message and winhttp_err_format answer in for the
/// same argument.
///
/// `locales` follows the rules of winhttp_err_message (NULL or "" is the process
/// default). Never returns NULL. The string is ASCII, static and NUL-terminated:
/// never free it. Thread-safe.
///
/// # Safety
/// As for winhttp_err_message.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_locale(locales: *const c_char) -> *const c_char {
    // SAFETY: forwarded from this function's contract.
    unsafe { locale(locales.cast::<u8>()) }.cast()
}

/// winhttp_err_direction: the locale's text is written left to right.
pub const WINHTTP_ERR_DIRECTION_LTR: u32 = 0;
/// winhttp_err_direction: the locale's text is written right to left (Arabic,
/// Hebrew, Persian, Urdu, ...).
pub const WINHTTP_ERR_DIRECTION_RTL: u32 = 1;

/// The direction of the negotiated locale; left to right on an internal failure.
///
/// # Safety
/// As for [`text`].
unsafe fn direction<U: Unit>(locales: *const U) -> u32 {
    boundary(WINHTTP_ERR_DIRECTION_LTR, || {
        // SAFETY: `locales` is NULL or readable, per the caller's contract.
        unsafe { negotiate(locales) }.direction() as u32
    })
}

/// Returns the direction of the text of the locale `locales` negotiates to
/// (the locale winhttp_err_locale names, added locales included):
/// WINHTTP_ERR_DIRECTION_RTL for a right-to-left language or script (Arabic,
/// Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Sorani, ...;
/// an explicit script decides: "az-Arab" is right to left, "ku-Latn" left to
/// right), WINHTTP_ERR_DIRECTION_LTR otherwise and on an internal failure.
///
/// Pass it on to the dialog, since our text only fixes the order inside each
/// line: MessageBoxW needs MB_RTLREADING | MB_RIGHT, TaskDialogIndirect
/// TDF_RTL_LAYOUT, DrawTextW DT_RTLREADING | DT_RIGHT; GTK
/// gtk_widget_set_direction(GTK_TEXT_DIR_RTL), Qt Qt::RightToLeft, HTML dir="rtl".
///
/// The marks in our text: every line of a right-to-left locale's text starts with
/// U+200F RIGHT-TO-LEFT MARK, so that a renderer that takes a paragraph's
/// direction from its first strong character (GTK, Qt, browsers with dir="auto")
/// shows it right to left even when it starts with a host or a number; every
/// value in such an end-user sentence (a host, IP address and port, the numbers
/// of an unknown code, certificate flags) is between two U+200E LEFT-TO-RIGHT
/// MARKs, so that "1.example.com", "192.0.2.10" or an IPv6 address in brackets
/// keep their order (winhttp_err_format's "(NAME, CODE)" stays unmarked, for log
/// tools). In a left-to-right locale, a host with right-to-left letters is
/// between two LRMs as well.
/// Marks rather than embeddings (LRE...PDF) or isolates (LRI...PDI): a mark has
/// no scope that a cut buffer could leave open, and every renderer knows marks,
/// while isolates are unknown to older Uniscribe and some browsers. These marks
/// are the only bidi controls in the output: those in a caller's host are removed.
///
/// `locales` follows the rules of winhttp_err_message: NULL or "" is the process
/// default, nothing usable is en-US (left to right). Never fails. Thread-safe.
///
/// # Safety
/// As for winhttp_err_message.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_direction(locales: *const c_char) -> u32 {
    // SAFETY: forwarded from this function's contract.
    unsafe { direction(locales.cast::<u8>()) }
}

/// Returns one part of the text of `code` in the best available language for
/// `locales`: `part` is WINHTTP_ERR_TEXT_DESCRIPTION (what winhttp_err_message
/// returns, for developers), WINHTTP_ERR_TEXT_TITLE (a short heading for an end
/// user, e.g. "Connection timed out", at most 60 characters, no final period),
/// WINHTTP_ERR_TEXT_SUMMARY (one or two plain sentences, at most 200 characters,
/// naming no server; see winhttp_err_summary to name one) or WINHTTP_ERR_TEXT_HINTS
/// (one to three sentences the user can act on, most useful first, separated by
/// "\n", with no trailing "\n"). Titles, summaries and hints hold no API name,
/// constant or jargon: they are meant for an error dialog.
///
/// `code` and `locales` follow the rules of winhttp_err_message.
///
/// Returns NULL when the code or the part is unknown, and on an internal
/// failure. The string is UTF-8, static and NUL-terminated: never free it; the
/// same code, part and negotiated locale give the same pointer until that locale
/// is overridden, and every pointer stays valid until the library is unloaded. No
/// formatting happens on later calls. Thread-safe.
///
/// # Safety
/// As for winhttp_err_message.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_text(
    code: u32,
    part: u32,
    locales: *const c_char,
) -> *const c_char {
    // SAFETY: forwarded from this function's contract.
    unsafe { text(code, move || Part::from_u32(part), locales.cast::<u8>()) }.cast()
}

/// # Safety
/// As for the public functions.
unsafe fn summary<U: Unit>(
    code: u32,
    locales: *const U,
    host_arg: *const U,
    buf: *mut U,
    buf_len: usize,
) -> usize {
    // SAFETY: `locales`, `host_arg` and `buf` per the caller's contract.
    unsafe {
        write_text(buf, buf_len, || {
            l10n::summary(code, negotiate(locales), host(host_arg).as_ref())
        })
    }
}

/// Writes the end-user summary of `code` into `buf`, like snprintf, naming the
/// server `host` when it is given: "The server at example.com took too long to
/// respond." With a NULL or empty `host` it is the summary of winhttp_err_text
/// (WINHTTP_ERR_TEXT_SUMMARY). For an unknown code it is a localized generic
/// summary that shows the code.
///
/// `code` and `locales` follow the rules of winhttp_err_message. `host` is the
/// server's name as the application knows it (e.g. from the URL) and is treated
/// as untrusted: control characters (C0, DEL, C1) and Unicode bidi controls
/// (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and U+2028/U+2029 are
/// removed, surrounding white space is trimmed, and the rest is shown as given.
/// A host that is not valid UTF-8, longer than 255 bytes, or left empty is no host
/// (the host-less summary): the text never shows a cut or garbled name. At most
/// 256 bytes of `host` are read.
///
/// `buf` and `buf_len` follow the rules of winhttp_err_format: at most `buf_len`
/// bytes are written, NUL-terminated when `buf_len > 0`, cut only between
/// characters; the result is the length in bytes of the whole summary without the
/// NUL (truncated when >= `buf_len`); NULL `buf` with 0 `buf_len` measures.
/// Returns 0, with an empty string in `buf`, only on an internal failure.
/// Thread-safe.
///
/// # Safety
/// `locales` as for winhttp_err_message; `host` is NULL or a NUL-terminated string
/// (or at least 256 readable bytes); `buf` is NULL or valid for `buf_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_summary(
    code: u32,
    locales: *const c_char,
    host: *const c_char,
    buf: *mut c_char,
    buf_len: usize,
) -> usize {
    // SAFETY: forwarded from this function's contract.
    unsafe {
        summary(
            code,
            locales.cast::<u8>(),
            host.cast::<u8>(),
            buf.cast::<u8>(),
            buf_len,
        )
    }
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
/// NUL-terminated: never free it; the same code and negotiated locale give the
/// same pointer until that locale is overridden, and every pointer stays valid
/// until the library is unloaded. Thread-safe.
///
/// # Safety
/// `locales` is NULL or a NUL-terminated, 2-byte aligned uint16_t string (or at
/// least 1025 readable units).
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_message_w(code: u32, locales: *const u16) -> *const u16 {
    // SAFETY: forwarded from this function's contract.
    unsafe { text(code, || Some(Part::Description), locales) }
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
    // SAFETY: forwarded from this function's contract.
    unsafe { format(code, locales, buf, buf_len) }
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
    // SAFETY: forwarded from this function's contract.
    unsafe { locale(locales) }
}

/// Returns winhttp_err_direction(...) for a UTF-16 request: the direction of the
/// locale winhttp_err_locale_w names, WINHTTP_ERR_DIRECTION_LTR (0) or
/// WINHTTP_ERR_DIRECTION_RTL (1); left to right on an internal failure. See
/// winhttp_err_direction for the flags a dialog needs and the marks in our text.
///
/// `locales` follows the rules of winhttp_err_message_w (NULL or L"" is the
/// process default: on Windows, the user's preferred UI languages). Thread-safe.
///
/// # Safety
/// As for winhttp_err_message_w.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_direction_w(locales: *const u16) -> u32 {
    // SAFETY: forwarded from this function's contract.
    unsafe { direction(locales) }
}

/// Returns winhttp_err_text(code, part, ...) as UTF-16, for Win32 wide APIs such
/// as TaskDialog (title as the main instruction, summary as the content): the same
/// text, in the same language.
///
/// `code` and `part` follow the rules of winhttp_err_text, `locales` those of
/// winhttp_err_message_w. Returns NULL when the code or the part is unknown, and
/// on an internal failure. The string is UTF-16 in native byte order, static and
/// NUL-terminated: never free it; the same code, part and negotiated locale give
/// the same pointer until that locale is overridden, and every pointer stays
/// valid until the library is unloaded. Thread-safe.
///
/// # Safety
/// As for winhttp_err_message_w.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_text_w(
    code: u32,
    part: u32,
    locales: *const u16,
) -> *const u16 {
    // SAFETY: forwarded from this function's contract.
    unsafe { text(code, move || Part::from_u32(part), locales) }
}

/// Writes winhttp_err_summary's text as UTF-16 into `buf`, like snprintf,
/// counting in UTF-16 units: the end-user summary of `code`, naming `host` when it
/// is given.
///
/// `code` and `locales` follow the rules of winhttp_err_message_w. `host` is
/// untrusted UTF-16 and cleaned as winhttp_err_summary says; a host with an
/// unpaired surrogate, longer than 255 units or 255 bytes once converted to UTF-8
/// (as for winhttp_err_summary), or left empty is no host. At most
/// 256 units of `host` are read. `buf` and `buf_len` follow the rules of
/// winhttp_err_format_w (units, never a split surrogate pair, NUL-terminated when
/// `buf_len > 0`, NULL with 0 measures). Returns the length in units of the whole
/// summary without the NUL; 0, with an empty string in `buf`, only on an internal
/// failure. Thread-safe.
///
/// # Safety
/// `locales` as for winhttp_err_message_w; `host` is NULL or a NUL-terminated,
/// 2-byte aligned uint16_t string (or at least 256 readable units); `buf` is NULL
/// or valid, and 2-byte aligned, for `buf_len` uint16_t writes.
#[no_mangle]
pub unsafe extern "C" fn winhttp_err_summary_w(
    code: u32,
    locales: *const u16,
    host: *const u16,
    buf: *mut u16,
    buf_len: usize,
) -> usize {
    // SAFETY: forwarded from this function's contract.
    unsafe { summary(code, locales, host, buf, buf_len) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_values_are_the_l10n_s() {
        let p = [
            WINHTTP_ERR_TEXT_DESCRIPTION,
            WINHTTP_ERR_TEXT_TITLE,
            WINHTTP_ERR_TEXT_SUMMARY,
            WINHTTP_ERR_TEXT_HINTS,
        ];
        assert_eq!(p, Part::ALL.map(|p| p as u32));
        assert_eq!(Part::from_u32(4), None);
        assert_eq!(Part::from_u32(u32::MAX), None);
    }

    #[test]
    fn direction_values_are_the_rust_api_s() {
        use crate::Direction;
        assert_eq!(WINHTTP_ERR_DIRECTION_LTR, Direction::Ltr as u32);
        assert_eq!(WINHTTP_ERR_DIRECTION_RTL, Direction::Rtl as u32);
    }
}
