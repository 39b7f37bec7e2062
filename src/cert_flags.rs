//! Why a secure connection failed: the `WINHTTP_CALLBACK_STATUS_FLAG_*` bits
//! WinHTTP reports beside `ERROR_WINHTTP_SECURE_FAILURE` (12175).
//!
//! Several bits may be set at once; each known bit has a symbolic name and a
//! plain-language line per locale (those lines are formatted above, in
//! `text.rs`: this module is data, below `l10n`). Unknown bits are kept, so that a flags value
//! from a newer Windows still says that something else was wrong.
//!
//! ```
//! use winhttp_err::{CertFlags, Locale};
//!
//! let flags = CertFlags::from_bits_retain(0x28);
//! assert_eq!(flags, CertFlags::INVALID_CA | CertFlags::CERT_DATE_INVALID);
//! let lines = flags.reasons(Locale::EN_US);
//! assert_eq!(lines.len(), 2);
//! assert_eq!(CertFlags::INVALID_CA.name(), Some("WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"));
//! ```

use std::borrow::Cow;
use std::ffi::CStr;

bitflags::bitflags! {
    /// The `WINHTTP_CALLBACK_STATUS_FLAG_*` certificate-failure bits of `winhttp.h`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct CertFlags: u32 {
        /// Revocation could not be checked (the revocation server was unreachable).
        const CERT_REV_FAILED = 0x0000_0001;
        /// The certificate is not valid.
        const INVALID_CERT = 0x0000_0002;
        /// The certificate was revoked.
        const CERT_REVOKED = 0x0000_0004;
        /// The chain ends in a root that is not trusted.
        const INVALID_CA = 0x0000_0008;
        /// The certificate's name does not match the server's.
        const CERT_CN_INVALID = 0x0000_0010;
        /// The certificate has expired or is not valid yet.
        const CERT_DATE_INVALID = 0x0000_0020;
        /// The certificate is not meant for this use.
        const CERT_WRONG_USAGE = 0x0000_0040;
        /// The secure channel itself failed.
        const SECURITY_CHANNEL_ERROR = 0x8000_0000;
    }
}

/// One reason a secure connection failed, from [`CertFlags::explain`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reason {
    /// The flag it explains, or the unknown bits together.
    pub bits: CertFlags,
    /// The flag's `winhttp.h` name; `None` for unknown bits.
    pub name: Option<&'static str>,
    /// The reason in plain words.
    pub text: Cow<'static, str>,
}

/// Per known flag, lowest bit first: the flag, its `winhttp.h` name and its message id.
pub(crate) const KNOWN: [(CertFlags, &CStr, &str); 8] = [
    (
        CertFlags::CERT_REV_FAILED,
        c"WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED",
        "cert-flag-rev-failed",
    ),
    (
        CertFlags::INVALID_CERT,
        c"WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT",
        "cert-flag-invalid-cert",
    ),
    (
        CertFlags::CERT_REVOKED,
        c"WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED",
        "cert-flag-cert-revoked",
    ),
    (
        CertFlags::INVALID_CA,
        c"WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA",
        "cert-flag-invalid-ca",
    ),
    (
        CertFlags::CERT_CN_INVALID,
        c"WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID",
        "cert-flag-cert-cn-invalid",
    ),
    (
        CertFlags::CERT_DATE_INVALID,
        c"WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID",
        "cert-flag-cert-date-invalid",
    ),
    (
        CertFlags::CERT_WRONG_USAGE,
        c"WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE",
        "cert-flag-cert-wrong-usage",
    ),
    (
        CertFlags::SECURITY_CHANNEL_ERROR,
        c"WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR",
        "cert-flag-security-channel-error",
    ),
];

/// The message id of the line for bits this library does not know.
pub(crate) const UNKNOWN_ID: &str = "cert-flag-unknown";

/// Position of a single known flag in [`KNOWN`].
fn position(flag: u32) -> Option<usize> {
    KNOWN.iter().position(|(f, _, _)| f.bits() == flag)
}

impl CertFlags {
    /// The `winhttp.h` name of a single flag, e.g.
    /// `"WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"`; `None` for no flag, several
    /// flags or an unknown bit.
    pub fn name(self) -> Option<&'static str> {
        self.c_name().map(|n| n.to_str().expect("names are ASCII"))
    }

    /// [`name`](Self::name), NUL-terminated.
    pub fn c_name(self) -> Option<&'static CStr> {
        position(self.bits()).map(|i| KNOWN[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_the_flag_set_lowest_bit_first() {
        let mut all = CertFlags::empty();
        for (i, (flag, name, id)) in KNOWN.iter().enumerate() {
            assert_eq!(flag.bits().count_ones(), 1);
            assert!(i == 0 || KNOWN[i - 1].0.bits() < flag.bits());
            let stem = name.to_str().unwrap();
            assert!(stem.starts_with("WINHTTP_CALLBACK_STATUS_FLAG_"));
            assert_eq!(flag.name(), Some(stem));
            assert!(id.starts_with("cert-flag-"));
            all |= *flag;
        }
        assert_eq!(all, CertFlags::all());
        for not_one in [0, 0x3, 0x100, 0x8000_0001, u32::MAX] {
            assert_eq!(
                CertFlags::from_bits_retain(not_one).name(),
                None,
                "{not_one:#x}"
            );
        }
    }
}
