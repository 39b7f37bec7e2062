//! WinHTTP error codes → symbolic names and localized descriptions.
//!
//! ```
//! use winhttp_err::{ErrorCode, Locale};
//!
//! let timeout = ErrorCode::new(0x8007_2EE2).unwrap(); // HRESULT or plain 12002
//! assert_eq!(timeout.name(), "ERROR_WINHTTP_TIMEOUT");
//! let fr = Locale::negotiate("is-IS, fr;q=0.8, en;q=0.5");
//! assert_eq!(fr.tag(), "fr-FR");
//! assert!(timeout.message(fr).starts_with("Le délai"));
//! ```
//!
//! # Two audiences
//! - Developers and support desks: [`ErrorCode::name`] and the technical
//!   [`ErrorCode::message`], for logs and bug reports.
//! - End users: [`ErrorCode::title`], [`ErrorCode::summary`] (naming the server
//!   when the application knows it) and [`ErrorCode::hints`], in plain words, for
//!   an error dialog; [`ErrorCode::category`] and [`ErrorCode::is_transient`] tell
//!   the program what kind of failure it is and whether to offer a retry.
//!
//! ```
//! use winhttp_err::{Category, ErrorCode, Locale};
//!
//! let timeout = ErrorCode::new(12002).unwrap();
//! let en = Locale::EN_US;
//! assert_eq!(timeout.title(en), "Connection timed out");
//! assert!(timeout.summary(en, Some("example.com")).contains("example.com"));
//! assert!(timeout.hints(en).count() >= 1);
//! assert_eq!((timeout.category(), timeout.is_transient()), (Category::Timeout, true));
//! ```
//!
//! # Codes
//! Every function taking a code accepts the Win32 form (`12002`, as `GetLastError`
//! returns it) and the `HRESULT_FROM_WIN32` form (`0x80072EE2`, as `WinHttpRequest`
//! reports it).
//!
//! # Locale requests
//! A request names the languages the caller wants, best first, in any of these forms:
//! - a BCP 47 tag in any case, extensions ignored: `fr-CA`, `FR-fr`, `fr-Latn-FR-u-ca-gregory`;
//! - a POSIX locale name: `fr_CA.UTF-8`, `fr_FR@euro`; `C` and `POSIX` mean en-US;
//! - an HTTP Accept-Language list, sorted by q-weight: `is-IS, fr;q=0.8, en;q=0.5`;
//! - a GNU `LANGUAGE` list: `sv:fr`.
//!
//! The empty request means the process default ([`Locale::system`]). Negotiation
//! (fluent-langneg) matches on language when the region differs (`fr-BE` → fr-FR,
//! `en-GB` → en-US). Anything unusable, however long or malformed, yields en-US.
//! Only the first [`MAX_REQUEST_BYTES`] bytes and [`MAX_ITEMS`] items are read.

// `unsafe` lives in the C ABI alone (`ffi`, which allows it); the compiler refuses
// it anywhere else, `#[no_mangle]` included.
#![deny(unsafe_code)]
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]
#![warn(missing_docs)]

pub mod bidi;
pub mod catalog;
pub mod cert_flags;
#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "capi")]
pub mod ffi;
pub mod host;
pub mod l10n;
pub mod locale;
#[cfg(feature = "lookup")]
pub mod lookup;
mod shipped;
mod text;

use std::borrow::Cow;

pub use bidi::Direction;
pub use catalog::{Category, ErrorCode, Hint};
pub use cert_flags::CertFlags;
pub use l10n::Part;
pub use locale::request::{MAX_ITEMS, MAX_REQUEST_BYTES};
pub use locale::{Locale, LocaleRequest};

/// The symbolic name of `code`, e.g. `"ERROR_WINHTTP_TIMEOUT"`.
pub fn name(code: u32) -> Option<&'static str> {
    ErrorCode::new(code).map(ErrorCode::name)
}

/// The description of `code` in the best locale for `locales` (see the crate docs).
pub fn message(code: u32, locales: &str) -> Option<&'static str> {
    Some(ErrorCode::new(code)?.message(Locale::negotiate(locales)))
}

/// The end-user summary of any `code` in the best locale for `locales`, naming
/// `host` when given: a localized generic summary with the number when the
/// catalogue lacks the code.
pub fn summary(code: u32, locales: &str, host: Option<&str>) -> Cow<'static, str> {
    let host = host.and_then(host::clean);
    l10n::summary(code, Locale::negotiate(locales), host.as_ref())
}

/// One user-facing line for any `code`: a localized "unknown WinHTTP error" line
/// when the catalogue lacks it.
pub fn report(code: u32, locales: &str) -> Cow<'static, str> {
    l10n::report(code, Locale::negotiate(locales))
}
