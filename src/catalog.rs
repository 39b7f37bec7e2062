//! The catalogue: every code WinHTTP reports, with its `winhttp.h`/`winerror.h`
//! name, its category, whether retrying may help, and which hints to show a user.
//!
//! [`ENTRIES`] is the single source of truth for everything about a code that does
//! not depend on the language; message ids, lookups and the C ABI's enumeration are
//! derived from it. Only the words live in the FTL files.

use std::ffi::{c_char, CStr};
use std::fmt;

/// `HRESULT_FROM_WIN32(x)` is `0x8007_0000 | x`: severity bit set, `FACILITY_WIN32` (7).
const HRESULT_WIN32_MASK: u32 = 0xFFFF_0000;
const HRESULT_WIN32_TAG: u32 = 0x8007_0000;

/// What kind of failure a code is: for grouping in logs, choosing an icon, or
/// deciding whom to send the user to. The values are those of the C ABI's
/// `WINHTTP_ERR_CATEGORY_*` and never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
#[non_exhaustive]
pub enum Category {
    /// The code is not in the catalogue.
    Unknown = 0,
    /// The connection could not be made or was lost.
    Network = 1,
    /// The server or the network took too long.
    Timeout = 2,
    /// The server's name could not be turned into an address.
    NameResolution = 3,
    /// Proxy, PAC file or proxy auto-detection.
    Proxy = 4,
    /// TLS and the server's certificates.
    Security = 5,
    /// Logging in, client certificates.
    Authentication = 6,
    /// The server's response was unusable.
    Server = 7,
    /// The URL or request as the program built it.
    Request = 8,
    /// The program misused the API; obsolete and reserved codes.
    Usage = 9,
    /// Memory, shutdown, internal failures, unsupported features.
    System = 10,
}

impl Category {
    /// Every category, in value order.
    pub const ALL: [Category; 11] = [
        Self::Unknown,
        Self::Network,
        Self::Timeout,
        Self::NameResolution,
        Self::Proxy,
        Self::Security,
        Self::Authentication,
        Self::Server,
        Self::Request,
        Self::Usage,
        Self::System,
    ];

    /// The lower-case name used by the CLI's JSON and the bindings: `"name_resolution"`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Network => "network",
            Self::Timeout => "timeout",
            Self::NameResolution => "name_resolution",
            Self::Proxy => "proxy",
            Self::Security => "security",
            Self::Authentication => "authentication",
            Self::Server => "server",
            Self::Request => "request",
            Self::Usage => "usage",
            Self::System => "system",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One thing a user can try. Which hints a code gets, and in which order, is the
/// same in every language; each locale words them as `hint-*` messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Hint {
    /// Check the network connection.
    CheckConnection,
    /// Try again in a few moments.
    TryAgainLater,
    /// Check the address (URL) that was typed.
    CheckAddress,
    /// Check the proxy settings or ask the network administrator.
    CheckProxy,
    /// Check that a firewall or security program does not block the application.
    CheckFirewall,
    /// Check the computer's date and time.
    CheckDateTime,
    /// Install the system's updates (root certificates, TLS versions).
    UpdateSystem,
    /// Contact the owner of the site or server.
    ContactSiteOwner,
    /// Contact the application's support.
    ContactSupport,
    /// Update the application.
    UpdateApp,
    /// Restart the application.
    RestartApp,
    /// Restart the computer.
    RestartComputer,
    /// Close other programs to free memory.
    FreeMemory,
    /// Check the user name and password.
    CheckCredentials,
    /// Check that the requested client certificate is installed and usable.
    CheckClientCertificate,
}

impl Hint {
    /// Every hint.
    pub const ALL: [Hint; 15] = [
        Self::CheckConnection,
        Self::TryAgainLater,
        Self::CheckAddress,
        Self::CheckProxy,
        Self::CheckFirewall,
        Self::CheckDateTime,
        Self::UpdateSystem,
        Self::ContactSiteOwner,
        Self::ContactSupport,
        Self::UpdateApp,
        Self::RestartApp,
        Self::RestartComputer,
        Self::FreeMemory,
        Self::CheckCredentials,
        Self::CheckClientCertificate,
    ];

    /// Its Fluent message id, e.g. `hint-check-connection`.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::CheckConnection => "hint-check-connection",
            Self::TryAgainLater => "hint-try-again-later",
            Self::CheckAddress => "hint-check-address",
            Self::CheckProxy => "hint-check-proxy",
            Self::CheckFirewall => "hint-check-firewall",
            Self::CheckDateTime => "hint-check-date-time",
            Self::UpdateSystem => "hint-update-system",
            Self::ContactSiteOwner => "hint-contact-site-owner",
            Self::ContactSupport => "hint-contact-support",
            Self::UpdateApp => "hint-update-app",
            Self::RestartApp => "hint-restart-app",
            Self::RestartComputer => "hint-restart-computer",
            Self::FreeMemory => "hint-free-memory",
            Self::CheckCredentials => "hint-check-credentials",
            Self::CheckClientCertificate => "hint-check-client-certificate",
        }
    }
}

/// One catalogue row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The Win32 error code, as `GetLastError()` returns it.
    pub code: u32,
    /// The exact macro name from the Windows SDK headers.
    pub name: &'static str,
    /// The same, NUL-terminated, for the C ABI.
    pub c_name: &'static CStr,
    /// What kind of failure it is.
    pub category: Category,
    /// Whether sending the same request again later may succeed.
    pub transient: bool,
    /// What a user can try, most useful first (one to three).
    pub hints: &'static [Hint],
}

const fn c_str(with_nul: &'static str) -> &'static CStr {
    match CStr::from_bytes_with_nul(with_nul.as_bytes()) {
        Ok(c) => c,
        Err(_) => panic!("catalogue names are identifiers"),
    }
}

macro_rules! catalogue {
    (@transient transient) => { true };
    (@transient lasting) => { false };
    ($($code:literal $name:ident $category:ident $retry:ident [$($hint:ident),+]),* $(,)?) => {
        /// All codes, sorted by code. The order is the enumeration order of the C ABI.
        pub const ENTRIES: &[Entry] = &[$(Entry {
            code: $code,
            name: stringify!($name),
            c_name: c_str(concat!(stringify!($name), "\0")),
            category: Category::$category,
            transient: catalogue!(@transient $retry),
            hints: &[$(Hint::$hint),+],
        }),*];
    };
}

// code, name, category, transient or lasting, hints (most useful first).
catalogue! {
    2 ERROR_FILE_NOT_FOUND Usage lasting [ContactSupport, UpdateApp],
    6 ERROR_INVALID_HANDLE Usage lasting [ContactSupport, RestartApp],
    8 ERROR_NOT_ENOUGH_MEMORY System transient [FreeMemory, RestartApp],
    18 ERROR_NO_MORE_FILES Usage lasting [ContactSupport],
    50 ERROR_NOT_SUPPORTED System lasting [RestartComputer, ContactSupport],
    87 ERROR_INVALID_PARAMETER Usage lasting [ContactSupport, UpdateApp],
    122 ERROR_INSUFFICIENT_BUFFER Usage lasting [ContactSupport, UpdateApp],
    259 ERROR_NO_MORE_ITEMS Usage lasting [ContactSupport],
    997 ERROR_IO_PENDING Usage lasting [ContactSupport, UpdateApp],
    1168 ERROR_NOT_FOUND Usage lasting [ContactSupport, UpdateApp],
    4317 ERROR_INVALID_OPERATION Usage lasting [ContactSupport, UpdateApp],
    // Winsock (winsock2.h), passed through by WinHTTP implementations such as Wine's.
    10050 WSAENETDOWN Network transient [CheckConnection, RestartComputer, TryAgainLater],
    10051 WSAENETUNREACH Network transient [CheckConnection, CheckProxy, TryAgainLater],
    10052 WSAENETRESET Network transient [TryAgainLater, CheckConnection],
    10053 WSAECONNABORTED Network transient [TryAgainLater, CheckFirewall, CheckConnection],
    10054 WSAECONNRESET Network transient [CheckConnection, TryAgainLater, CheckProxy],
    10060 WSAETIMEDOUT Timeout transient [CheckConnection, TryAgainLater, CheckProxy],
    10061 WSAECONNREFUSED Network transient [CheckConnection, CheckFirewall, CheckProxy],
    10064 WSAEHOSTDOWN Network transient [TryAgainLater, CheckAddress, CheckConnection],
    10065 WSAEHOSTUNREACH Network transient [CheckConnection, CheckFirewall, CheckProxy],
    11001 WSAHOST_NOT_FOUND NameResolution transient [CheckAddress, CheckConnection, CheckProxy],
    11002 WSATRY_AGAIN NameResolution transient [TryAgainLater, CheckConnection],
    12001 ERROR_WINHTTP_OUT_OF_HANDLES Usage lasting [ContactSupport, UpdateApp],
    12002 ERROR_WINHTTP_TIMEOUT Timeout transient [CheckConnection, TryAgainLater, CheckProxy],
    12004 ERROR_WINHTTP_INTERNAL_ERROR System transient [TryAgainLater, RestartApp, ContactSupport],
    12005 ERROR_WINHTTP_INVALID_URL Request lasting [CheckAddress, ContactSupport],
    12006 ERROR_WINHTTP_UNRECOGNIZED_SCHEME Request lasting [CheckAddress, ContactSupport],
    12007 ERROR_WINHTTP_NAME_NOT_RESOLVED NameResolution transient [CheckAddress, CheckConnection, CheckProxy],
    12009 ERROR_WINHTTP_INVALID_OPTION Usage lasting [ContactSupport, UpdateApp],
    12011 ERROR_WINHTTP_OPTION_NOT_SETTABLE Usage lasting [ContactSupport, UpdateApp],
    12012 ERROR_WINHTTP_SHUTDOWN System lasting [RestartApp],
    12015 ERROR_WINHTTP_LOGIN_FAILURE Authentication lasting [CheckCredentials, ContactSiteOwner],
    12017 ERROR_WINHTTP_OPERATION_CANCELLED System transient [TryAgainLater],
    12018 ERROR_WINHTTP_INCORRECT_HANDLE_TYPE Usage lasting [ContactSupport, UpdateApp],
    12019 ERROR_WINHTTP_INCORRECT_HANDLE_STATE Usage lasting [ContactSupport, UpdateApp],
    12029 ERROR_WINHTTP_CANNOT_CONNECT Network transient [CheckConnection, CheckFirewall, CheckProxy],
    12030 ERROR_WINHTTP_CONNECTION_ERROR Network transient [CheckConnection, TryAgainLater, CheckProxy],
    12032 ERROR_WINHTTP_RESEND_REQUEST Network transient [TryAgainLater],
    12037 ERROR_WINHTTP_SECURE_CERT_DATE_INVALID Security lasting [CheckDateTime, ContactSiteOwner],
    12038 ERROR_WINHTTP_SECURE_CERT_CN_INVALID Security lasting [CheckAddress, ContactSiteOwner],
    12044 ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED Authentication lasting [CheckClientCertificate, ContactSiteOwner],
    12045 ERROR_WINHTTP_SECURE_INVALID_CA Security lasting [UpdateSystem, CheckProxy, ContactSiteOwner],
    12057 ERROR_WINHTTP_SECURE_CERT_REV_FAILED Security transient [CheckConnection, TryAgainLater, CheckProxy],
    12100 ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN Usage lasting [ContactSupport, UpdateApp],
    12101 ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND Usage lasting [ContactSupport, UpdateApp],
    12102 ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND Usage lasting [ContactSupport, UpdateApp],
    12103 ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN Usage lasting [ContactSupport, UpdateApp],
    12150 ERROR_WINHTTP_HEADER_NOT_FOUND Server lasting [ContactSupport],
    12152 ERROR_WINHTTP_INVALID_SERVER_RESPONSE Server transient [TryAgainLater, CheckProxy, ContactSiteOwner],
    12153 ERROR_WINHTTP_INVALID_HEADER Request lasting [ContactSupport, UpdateApp],
    12154 ERROR_WINHTTP_INVALID_QUERY_REQUEST Usage lasting [ContactSupport, UpdateApp],
    12155 ERROR_WINHTTP_HEADER_ALREADY_EXISTS Request lasting [ContactSupport, UpdateApp],
    12156 ERROR_WINHTTP_REDIRECT_FAILED Request lasting [CheckAddress, ContactSiteOwner],
    12157 ERROR_WINHTTP_SECURE_CHANNEL_ERROR Security lasting [UpdateSystem, CheckDateTime, ContactSiteOwner],
    12166 ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT Proxy lasting [CheckProxy],
    12167 ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT Proxy transient [CheckConnection, CheckProxy],
    12169 ERROR_WINHTTP_SECURE_INVALID_CERT Security lasting [ContactSiteOwner, UpdateSystem],
    12170 ERROR_WINHTTP_SECURE_CERT_REVOKED Security lasting [ContactSiteOwner],
    12172 ERROR_WINHTTP_NOT_INITIALIZED Usage lasting [ContactSupport, UpdateApp],
    12175 ERROR_WINHTTP_SECURE_FAILURE Security lasting [CheckDateTime, UpdateSystem, ContactSiteOwner],
    12176 ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE Proxy lasting [CheckProxy],
    12177 ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR Proxy lasting [CheckProxy],
    12178 ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR Proxy transient [CheckProxy, TryAgainLater],
    12179 ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE Security lasting [ContactSiteOwner],
    12180 ERROR_WINHTTP_AUTODETECTION_FAILED Proxy transient [CheckProxy, CheckConnection],
    12181 ERROR_WINHTTP_HEADER_COUNT_EXCEEDED Server lasting [ContactSiteOwner],
    12182 ERROR_WINHTTP_HEADER_SIZE_OVERFLOW Server lasting [ContactSiteOwner],
    12183 ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW Server lasting [ContactSiteOwner],
    12184 ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW Server lasting [ContactSiteOwner, ContactSupport],
    12185 ERROR_WINHTTP_CLIENT_CERT_NO_PRIVATE_KEY Authentication lasting [CheckClientCertificate],
    12186 ERROR_WINHTTP_CLIENT_CERT_NO_ACCESS_PRIVATE_KEY Authentication lasting [CheckClientCertificate],
    12187 ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY Authentication lasting [CheckClientCertificate, CheckProxy],
    12188 ERROR_WINHTTP_SECURE_FAILURE_PROXY Security lasting [CheckProxy, CheckDateTime],
    12189 ERROR_WINHTTP_RESERVED_189 Usage lasting [ContactSupport],
    12190 ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH Server lasting [ContactSiteOwner, CheckProxy],
    12191 ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED Usage lasting [ContactSupport, RestartApp],
    12192 ERROR_WINHTTP_FEATURE_DISABLED System lasting [ContactSupport, UpdateSystem],
    12193 ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED System lasting [ContactSupport],
}

/// No entry.
const NONE: u8 = u8::MAX;

/// Bits of a slot of [`BY_CODE`]: 512 slots for the catalogue's codes.
const CODE_BITS: u32 = 9;

/// The slot of Win32 code `win32` in [`BY_CODE`] for multiplier `k`:
/// multiplicative (Fibonacci) hashing, which spreads runs of consecutive codes
/// evenly, and the WinHTTP codes are runs.
#[inline(always)]
const fn code_slot(win32: u32, k: u32) -> usize {
    (win32.wrapping_mul(k) >> (32 - CODE_BITS)) as usize
}

/// A code of the catalogue in [`BY_CODE`]: the code, its index in [`ENTRIES`]
/// and its C name, so that the name lookup makes one load after the hash.
#[derive(Clone, Copy)]
struct CodeSlot {
    code: u32,
    index: u8,
    name: *const c_char,
}

const EMPTY_SLOT: CodeSlot = CodeSlot {
    code: 0,
    index: NONE,
    name: std::ptr::null(),
};

/// Every entry at its slot for multiplier `k`, [`EMPTY_SLOT`] elsewhere;
/// `None` if two codes share a slot.
const fn code_slots(k: u32) -> Option<[CodeSlot; 1 << CODE_BITS]> {
    assert!(ENTRIES.len() < NONE as usize);
    let mut slots = [EMPTY_SLOT; 1 << CODE_BITS];
    let mut i = 0;
    while i < ENTRIES.len() {
        let code = ENTRIES[i].code;
        // The enumeration order is part of the ABI: keep the table sorted.
        assert!(i == 0 || ENTRIES[i - 1].code < code);
        let at = code_slot(code, k);
        if slots[at].index != NONE {
            return None;
        }
        slots[at] = CodeSlot {
            code,
            index: i as u8,
            name: ENTRIES[i].c_name.as_ptr(),
        };
        i += 1;
    }
    Some(slots)
}

/// The first odd multiplier from the golden ratio's (2³² / φ) on that gives
/// every code of the catalogue a slot of its own; the build fails if none does
/// within the search (then raise [`CODE_BITS`]).
const CODE_MULTIPLIER: u32 = {
    let mut k: u32 = 0x9E37_79B9;
    let mut tries = 0;
    while code_slots(k).is_none() {
        k = k.wrapping_add(2);
        tries += 1;
        assert!(
            tries < 100_000,
            "no multiplier gives each code a slot: raise CODE_BITS"
        );
    }
    k
};

/// Win32 code → index in [`ENTRIES`], built at compile time: one multiply, one
/// load, one comparison for any code, WinHTTP's, Win32's or Winsock's. (A dense
/// table with a sparse one beside it branched on which held the code, and
/// lookups that mix the two, a log or a cycle through the catalogue,
/// mispredicted that branch: ~15% of a name lookup.)
const BY_CODE: [CodeSlot; 1 << CODE_BITS] = match code_slots(CODE_MULTIPLIER) {
    Some(slots) => slots,
    None => unreachable!(),
};

/// The slot of a Win32 code: [`EMPTY_SLOT`] when the catalogue lacks it (an
/// empty slot holds `NONE` and NULL whatever the code compared).
#[inline]
fn slot_of(win32: u32) -> CodeSlot {
    let slot = BY_CODE[code_slot(win32, CODE_MULTIPLIER)];
    if slot.code == win32 {
        slot
    } else {
        EMPTY_SLOT
    }
}

/// Strips an `HRESULT_FROM_WIN32` wrapper, leaving plain Win32 codes as they are.
#[inline]
pub const fn win32_code(code: u32) -> u32 {
    if code & HRESULT_WIN32_MASK == HRESULT_WIN32_TAG {
        code & !HRESULT_WIN32_MASK
    } else {
        code
    }
}

/// `HRESULT_FROM_WIN32(code)`, as `WinHttpRequest` reports it.
#[inline]
pub const fn hresult_from_win32(code: u32) -> u32 {
    if code == 0 || code & HRESULT_WIN32_MASK != 0 {
        code
    } else {
        HRESULT_WIN32_TAG | code
    }
}

/// Index of `code` (Win32 or HRESULT form) in [`ENTRIES`].
#[inline]
pub fn index_of(code: u32) -> Option<usize> {
    let index = slot_of(win32_code(code)).index;
    (index != NONE).then_some(index as usize)
}

/// The symbolic name of `code` (Win32 or HRESULT form) as a static
/// NUL-terminated string, NULL when the catalogue lacks it: the C ABI's lookup,
/// one hash and one load, with no panic path.
#[inline]
pub(crate) fn c_name_of(code: u32) -> *const c_char {
    slot_of(win32_code(code)).name
}

/// Index of the entry whose name is `name`, compared ASCII case-insensitively.
pub fn index_of_name(name: &str) -> Option<usize> {
    let name = name.trim_ascii();
    ENTRIES
        .iter()
        .position(|e| e.name.eq_ignore_ascii_case(name))
}

/// A WinHTTP (or related Win32) error code known to the catalogue.
///
/// Construct it with [`ErrorCode::new`], which accepts the Win32 form (`12002`)
/// and the `HRESULT_FROM_WIN32` form (`0x80072EE2`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ErrorCode {
    index: u8,
}

impl ErrorCode {
    /// The known code for `code`, or `None` if the catalogue lacks it.
    #[inline]
    pub fn new(code: u32) -> Option<Self> {
        index_of(code).map(|i| Self { index: i as u8 })
    }

    /// The code whose symbolic name is `name` (ASCII case-insensitive).
    pub fn from_name(name: &str) -> Option<Self> {
        index_of_name(name).map(|i| Self { index: i as u8 })
    }

    /// Every known code, in ascending numeric order.
    pub fn all() -> impl ExactSizeIterator<Item = ErrorCode> + Clone {
        (0..ENTRIES.len()).map(|i| Self { index: i as u8 })
    }

    /// Position in [`ENTRIES`]; the key of every per-code table.
    #[inline]
    pub fn index(self) -> usize {
        self.index as usize
    }

    /// The Win32 code (`12002`).
    #[inline]
    pub fn code(self) -> u32 {
        ENTRIES[self.index()].code
    }

    /// The `HRESULT_FROM_WIN32` form (`0x80072EE2`).
    #[inline]
    pub fn hresult(self) -> u32 {
        hresult_from_win32(self.code())
    }

    /// The symbolic name (`"ERROR_WINHTTP_TIMEOUT"`).
    #[inline]
    pub fn name(self) -> &'static str {
        ENTRIES[self.index()].name
    }

    /// The symbolic name, NUL-terminated.
    #[inline]
    pub fn c_name(self) -> &'static CStr {
        ENTRIES[self.index()].c_name
    }

    /// What kind of failure this is.
    #[inline]
    pub fn category(self) -> Category {
        ENTRIES[self.index()].category
    }

    /// Whether sending the same request again later may succeed: worth an
    /// automatic retry with back-off, or a "Try again" button.
    #[inline]
    pub fn is_transient(self) -> bool {
        ENTRIES[self.index()].transient
    }

    /// What a user can try, most useful first; word them with
    /// [`ErrorCode::hints`](crate::ErrorCode::hints).
    #[inline]
    pub fn hint_kinds(self) -> &'static [Hint] {
        ENTRIES[self.index()].hints
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_round_trips_through_both_forms() {
        for (i, e) in ENTRIES.iter().enumerate() {
            assert_eq!(index_of(e.code), Some(i), "{}", e.name);
            assert_eq!(index_of(0x8007_0000 | e.code), Some(i), "{}", e.name);
            assert_eq!(c_name_of(e.code), e.c_name.as_ptr());
            assert_eq!(c_name_of(0x8007_0000 | e.code), e.c_name.as_ptr());
            assert_eq!(index_of_name(&e.name.to_ascii_lowercase()), Some(i));
        }
    }

    #[test]
    fn unknown_codes_are_rejected() {
        for code in [
            0,
            1,
            5,
            7,
            3,
            86,
            88,
            258,
            260,
            996,
            1199,
            1200,
            4316,
            10049,
            10055,
            11000,
            11003,
            11999,
            12000,
            12003,
            12194,
            12255,
            12256,
            70000,
            u32::MAX,
        ] {
            assert_eq!(index_of(code), None, "{code}");
            assert!(c_name_of(code).is_null(), "{code}");
        }
        // Exactly the catalogue's codes are found.
        let found = (0..0x2_0000).filter(|&c| !c_name_of(c).is_null()).count();
        assert_eq!(found, ENTRIES.len());
        let found = (0x8007_0000..=0x8007_FFFF)
            .filter(|&c| index_of(c).is_some())
            .count();
        assert_eq!(found, ENTRIES.len());
        // Another facility, or no severity bit, is not a Win32 HRESULT.
        assert_eq!(index_of(0x8004_2EE2), None);
        assert_eq!(index_of(0x0007_2EE2), None);
    }

    #[test]
    fn names_are_unique_and_well_formed() {
        assert_eq!(ENTRIES.len(), 78);
        let mut names: Vec<_> = ENTRIES.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ENTRIES.len());
        for e in ENTRIES {
            assert!(
                e.name.starts_with("ERROR_") || e.name.starts_with("WSA"),
                "{}",
                e.name
            );
            assert_eq!(e.code >= 12000, e.name.starts_with("ERROR_WINHTTP_"));
            // Winsock's codes are WSABASEERR (10000) and up.
            assert_eq!((10000..12000).contains(&e.code), e.name.starts_with("WSA"));
        }
    }

    #[test]
    fn every_code_has_a_category_and_one_to_three_distinct_hints() {
        for e in ENTRIES {
            assert_ne!(e.category, Category::Unknown, "{}", e.name);
            assert!((1..=3).contains(&e.hints.len()), "{}", e.name);
            for (i, h) in e.hints.iter().enumerate() {
                assert!(!e.hints[..i].contains(h), "{} repeats {h:?}", e.name);
            }
            // Misuse is never the user's fault: it sends them to the application's support.
            if e.category == Category::Usage {
                assert_eq!(e.hints[0], Hint::ContactSupport, "{}", e.name);
                assert!(!e.transient, "{}", e.name);
            }
        }
        for (value, c) in Category::ALL.iter().enumerate() {
            assert_eq!(*c as u32, value as u32);
        }
        // Every hint is used by some code.
        for h in Hint::ALL {
            assert!(ENTRIES.iter().any(|e| e.hints.contains(&h)), "{h:?} unused");
        }
        let t = ErrorCode::new(12002).unwrap();
        assert_eq!((t.category(), t.is_transient()), (Category::Timeout, true));
        let s = ErrorCode::new(0x8007_2F8F).unwrap();
        assert_eq!(
            (s.category(), s.is_transient()),
            (Category::Security, false)
        );
    }

    #[test]
    fn hresult_forms() {
        let t = ErrorCode::new(12002).unwrap();
        assert_eq!(t.hresult(), 0x8007_2EE2);
        assert_eq!(t.hresult() as i32, -2147012894);
        assert_eq!(ErrorCode::new(0x8007_2EE2), Some(t));
        assert_eq!(t.to_string(), "ERROR_WINHTTP_TIMEOUT (12002)");
    }
}
