//! The checks behind the fuzz targets, one function per target. Each takes the
//! fuzzer's bytes, feeds them to the library and asserts the documented contract,
//! panicking (a libFuzzer finding) on any breach.
//!
//! The same file is compiled into the normal test suite (tests/fuzz_regressions.rs),
//! which replays the seeds and every saved finding, so the checks build on stable
//! and every finding stays a regression test.

use std::ffi::{c_char, CStr};
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use winhttp_err::catalog::{win32_code, ENTRIES};
use winhttp_err::ffi::*;
use winhttp_err::{l10n, Locale, LocaleRequest, MAX_ITEMS, MAX_REQUEST_BYTES};

/// What the header promises may be read of a `locales` argument that has no NUL.
pub const LOCALES_READABLE: usize = 1025;
/// What the header promises may be read of a UTF-16 `locales` argument that has
/// no NUL, in units.
pub const LOCALES_READABLE_W: usize = 1025;
/// What the header promises may be read of a `name` argument that has no NUL.
pub const NAME_READABLE: usize = 65;

/// A pointer argument built from fuzzer bytes, in one of the forms the header allows.
pub struct CArg {
    bytes: Option<Box<[u8]>>,
}

impl CArg {
    /// `mode % 3`: 0 NULL; 1 the bytes up to their first NUL, NUL-terminated;
    /// 2 exactly `readable` bytes with no NUL guaranteed, in an allocation of
    /// that size, so that AddressSanitizer catches a read one byte further.
    pub fn new(mode: u8, data: &[u8], readable: usize) -> Self {
        let bytes = match mode % 3 {
            0 => None,
            1 => {
                let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
                let mut v = data[..end].to_vec();
                v.push(0);
                Some(v.into_boxed_slice())
            }
            _ => {
                let fill: &[u8] = if data.is_empty() { b"a" } else { data };
                let v: Vec<u8> = fill.iter().copied().cycle().take(readable).collect();
                Some(v.into_boxed_slice())
            }
        };
        Self { bytes }
    }

    /// The argument to pass.
    pub fn ptr(&self) -> *const c_char {
        self.bytes
            .as_ref()
            .map_or(ptr::null(), |b| b.as_ptr().cast())
    }

    /// The bytes the library may look at: up to the NUL, or all of them.
    pub fn content(&self) -> &[u8] {
        let b = self.bytes.as_deref().unwrap_or(&[]);
        &b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())]
    }
}

/// A UTF-16 pointer argument built from fuzzer units, like [`CArg`].
pub struct WArg {
    units: Option<Box<[u16]>>,
}

impl WArg {
    /// `mode % 3` as for [`CArg::new`], in units: 0 NULL; 1 NUL-terminated;
    /// 2 exactly `readable` units, no NUL guaranteed, in an allocation of that size.
    pub fn new(mode: u8, data: &[u16], readable: usize) -> Self {
        let units = match mode % 3 {
            0 => None,
            1 => {
                let end = data.iter().position(|&u| u == 0).unwrap_or(data.len());
                let mut v = data[..end].to_vec();
                v.push(0);
                Some(v.into_boxed_slice())
            }
            _ => {
                let fill: &[u16] = if data.is_empty() { &[0x61] } else { data };
                let v: Vec<u16> = fill.iter().copied().cycle().take(readable).collect();
                Some(v.into_boxed_slice())
            }
        };
        Self { units }
    }

    /// The argument to pass.
    pub fn ptr(&self) -> *const u16 {
        self.units.as_ref().map_or(ptr::null(), |u| u.as_ptr())
    }

    /// The units the library may look at: up to the NUL, or all of them.
    pub fn content(&self) -> &[u16] {
        let u = self.units.as_deref().unwrap_or(&[]);
        &u[..u.iter().position(|&c| c == 0).unwrap_or(u.len())]
    }

    /// The same argument in bytes, when every unit the library may read is ASCII:
    /// NULL, NUL-terminated or unterminated exactly as this one, each unit one byte.
    pub fn ascii_twin(&self) -> Option<CArg> {
        let Some(units) = &self.units else {
            return Some(CArg { bytes: None });
        };
        let read = &units[..units.len().min(self.content().len() + 1)];
        read.iter()
            .map(|&u| u8::try_from(u).ok().filter(u8::is_ascii))
            .collect::<Option<Vec<u8>>>()
            .map(|b| CArg {
                bytes: Some(b.into_boxed_slice()),
            })
    }
}

fn static_str<'a>(p: *const c_char, what: &str) -> &'a str {
    assert!(!p.is_null(), "{what}: NULL");
    // SAFETY: the library returns NULL or a static NUL-terminated string; checked non-NULL.
    let s = unsafe { CStr::from_ptr(p) };
    s.to_str()
        .unwrap_or_else(|_| panic!("{what}: not UTF-8: {s:?}"))
}

/// The units of a static NUL-terminated UTF-16 string from the library, checked
/// to be well-formed UTF-16; returns them (without the NUL) and their text.
fn static_wide<'a>(p: *const u16, what: &str) -> (&'a [u16], String) {
    assert!(!p.is_null(), "{what}: NULL");
    assert!(p.is_aligned(), "{what}: misaligned");
    let mut len = 0;
    // SAFETY: the library returns NULL or a static NUL-terminated UTF-16 string;
    // checked non-NULL, read up to its NUL (the bound only stops a runaway).
    while unsafe { *p.add(len) } != 0 {
        len += 1;
        assert!(len < 1 << 16, "{what}: no NUL in 64 Ki units");
    }
    // SAFETY: the `len` units just read.
    let units = unsafe { std::slice::from_raw_parts(p, len) };
    let text =
        String::from_utf16(units).unwrap_or_else(|_| panic!("{what}: not UTF-16: {units:x?}"));
    (units, text)
}

/// Target `locales`: the request parser and negotiation, on arbitrary bytes.
pub fn locales(data: &[u8]) {
    let request = LocaleRequest::parse_bytes(data);
    let langs = request.languages();
    assert!(langs.len() <= MAX_ITEMS, "{} items", langs.len());
    for (i, lang) in langs.iter().enumerate() {
        assert!(!lang.language.is_empty(), "{lang} requests nothing");
        assert!(!langs[..i].contains(lang), "{lang} twice");
    }
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(LocaleRequest::parse(text), request);
    }
    // Bytes past the bound never change the parse.
    let head = &data[..data.len().min(MAX_REQUEST_BYTES + 1)];
    assert_eq!(LocaleRequest::parse_bytes(head), request);

    let locale = Locale::negotiate_bytes(data);
    assert!(Locale::all().any(|l| l == locale), "{locale:?} not shipped");
    assert_eq!(Locale::negotiate_bytes(data), locale, "cache disagrees");
    if !data.is_empty() {
        assert_eq!(request.negotiate(), locale, "cached vs fresh negotiation");
    }
    // A shipped language put first wins, whatever follows.
    for tag in ["fr", "en-US"] {
        let mut first = format!("{tag},").into_bytes();
        first.extend_from_slice(data);
        let want = Locale::negotiate(tag);
        assert_eq!(Locale::negotiate_bytes(&first), want, "{tag} first");
    }
}

/// The catalogue code selected by fuzzer bytes: raw, a known code, its HRESULT
/// form, or an HRESULT of an arbitrary low word.
fn pick_code(raw: u32, mode: u8) -> u32 {
    let known = ENTRIES[raw as usize % ENTRIES.len()].code;
    match mode % 4 {
        0 => raw,
        1 => known,
        2 => 0x8007_0000 | known,
        _ => 0x8007_0000 | (raw & 0xFFFF),
    }
}

/// What `winhttp_err_format` must leave in a buffer of `size` bytes, given the
/// whole line: the longest prefix of at most `size - 1` bytes ending on a
/// character boundary.
fn expected_prefix(full: &str, size: usize) -> &str {
    let mut n = full.len().min(size - 1);
    while !full.is_char_boundary(n) {
        n -= 1;
    }
    &full[..n]
}

/// Target `ffi`: every C entry point taking a code or `locales`, with arbitrary
/// codes, `locales` bytes (NULL, NUL-terminated or unterminated) and every
/// buffer size from 0 to one past the fit, each with a guard byte after its end.
pub fn ffi(data: &[u8]) {
    let Some((head, rest)) = data.split_first_chunk::<5>() else {
        return;
    };
    let raw = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let code = pick_code(raw, head[4]);
    let locales = CArg::new(head[4] >> 2, rest, LOCALES_READABLE);
    let loc = locales.ptr();

    // Enumeration.
    let count = winhttp_err_count();
    assert_eq!(count, ENTRIES.len());
    let at = winhttp_err_code_at(raw as usize);
    assert_eq!(at == 0, raw as usize >= count, "code_at({raw}) = {at}");
    assert!(!static_str(winhttp_err_version(), "version").is_empty());

    // Name, and the reverse lookup of it.
    let name_ptr = winhttp_err_name(code);
    let known = !name_ptr.is_null();
    assert_eq!(known, ENTRIES.iter().any(|e| e.code == win32_code(code)));
    if known {
        let name = static_str(name_ptr, "name");
        assert!(name.is_ascii());
        // SAFETY: a static NUL-terminated string from the library.
        assert_eq!(unsafe { winhttp_err_code(name_ptr) }, win32_code(code));
        assert_eq!(winhttp_err_name(code), name_ptr, "name pointer moved");
    }

    // The negotiated locale: shipped, and the same one the tag itself gives.
    // In every call below, `loc` is NULL, NUL-terminated, or LOCALES_READABLE
    // readable bytes, and tags and buffers are the library's or ours, sized as passed.
    // SAFETY: as just said.
    let tag_ptr = unsafe { winhttp_err_locale(loc) };
    let tag = static_str(tag_ptr, "locale");
    let locale = Locale::from_tag(tag).unwrap_or_else(|| panic!("{tag} not shipped"));
    // SAFETY: as above.
    let again = unsafe { winhttp_err_locale(loc) };
    assert_eq!(again, tag_ptr, "locale pointer moved");
    // Its direction, as the Rust API gives it.
    // SAFETY: as above.
    let direction = unsafe { winhttp_err_direction(loc) };
    assert_eq!(direction, locale.direction() as u32, "direction");
    if locales.ptr().is_null() || locales.content().is_empty() {
        assert_eq!(locale, Locale::system());
    } else {
        assert_eq!(locale, Locale::negotiate_bytes(locales.content()));
    }

    // The message: NULL exactly for unknown codes; one pointer per (code, locale).
    // SAFETY: as above.
    let msg_ptr = unsafe { winhttp_err_message(code, loc) };
    assert_eq!(msg_ptr.is_null(), !known);
    if known {
        let msg = static_str(msg_ptr, "message");
        assert!(!msg.is_empty() && !msg.contains('\0'));
        // SAFETY: as above.
        assert_eq!(unsafe { winhttp_err_message(code, loc) }, msg_ptr);
        // SAFETY: as above.
        assert_eq!(unsafe { winhttp_err_message(code, tag_ptr) }, msg_ptr);
    }

    // format: the snprintf contract at every size, and the Rust line.
    // SAFETY: `loc` as above; the buffers are as long as said.
    let full = check_fill("format", |b, n| unsafe {
        winhttp_err_format(code, loc, b, n)
    });
    assert!(!full.is_empty() && full.len() < 4096, "{full:?}");
    assert_eq!(full, l10n::report(code, locale), "C and Rust lines differ");
    if known {
        assert!(full.contains(static_str(name_ptr, "name")));
        assert!(full.contains(static_str(msg_ptr, "message")));
    }
}

/// What `winhttp_err_format_w` must leave in a buffer of `size` units, given the
/// whole line: the longest prefix of at most `size - 1` units that does not end
/// inside a surrogate pair.
fn expected_prefix_w(full: &[u16], size: usize) -> &[u16] {
    let mut n = full.len().min(size - 1);
    if n > 0 && n < full.len() && (0xD800..0xDC00).contains(&full[n - 1]) {
        n -= 1;
    }
    &full[..n]
}

/// Target `ffi_w`: the UTF-16 entry points (`winhttp_err_*_w`), with arbitrary
/// codes, UTF-16 `locales` (NULL, NUL-terminated or exactly 1025 unterminated
/// units; either each input byte widened to a unit, so that text seeds stay
/// readable, or little-endian pairs, for any unit and unpaired surrogates) and
/// every `format_w` buffer size from 0 to one past the fit, each with a guard
/// unit. Each answer must also equal its UTF-8 twin's, converted.
pub fn ffi_w(data: &[u8]) {
    let Some((head, rest)) = data.split_first_chunk::<5>() else {
        return;
    };
    let raw = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let mode = head[4];
    let code = pick_code(raw, mode);
    let units: Vec<u16> = if mode & 0x80 != 0 {
        rest.iter().map(|&b| u16::from(b)).collect()
    } else {
        rest.chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect()
    };
    let locales = WArg::new(mode >> 2, &units, LOCALES_READABLE_W);
    let loc = locales.ptr();

    // Name: the UTF-8 name, widened; one pointer per code, whatever its form.
    let name_w = winhttp_err_name_w(code);
    let name8 = winhttp_err_name(code);
    assert_eq!(name_w.is_null(), name8.is_null(), "name_w vs name");
    let known = !name8.is_null();
    if known {
        let (units, text) = static_wide(name_w, "name_w");
        assert!(units.iter().all(|&u| u < 0x80), "name_w not ASCII");
        assert_eq!(text, static_str(name8, "name"));
        assert_eq!(winhttp_err_name_w(code), name_w, "name_w pointer moved");
        assert_eq!(winhttp_err_name_w(win32_code(code)), name_w, "HRESULT form");
    }

    // The negotiated locale. In every call below, `loc` is NULL, NUL-terminated,
    // or LOCALES_READABLE_W readable units; the 8-bit twins are NULL,
    // NUL-terminated or LOCALES_READABLE bytes; tags and buffers are the
    // library's or ours, sized as passed.
    // SAFETY: as just said.
    let tag_w = unsafe { winhttp_err_locale_w(loc) };
    let (tag_units, tag) = static_wide(tag_w, "locale_w");
    assert!(tag_units.iter().all(|&u| u < 0x80), "locale_w not ASCII");
    let locale = Locale::from_tag(&tag).unwrap_or_else(|| panic!("{tag} not shipped"));
    // SAFETY: as above.
    let again = unsafe { winhttp_err_locale_w(loc) };
    assert_eq!(again, tag_w, "locale_w moved");
    // SAFETY: as above.
    let direction = unsafe { winhttp_err_direction_w(loc) };
    assert_eq!(direction, locale.direction() as u32, "direction_w");
    if locales.content().is_empty() {
        assert_eq!(locale, Locale::system());
    } else {
        assert_eq!(locale, Locale::negotiate_utf16(locales.content()));
    }
    // The UTF-8 twin of the request, when there is one, negotiates alike.
    let twin = locales.ascii_twin();
    if let Some(twin) = &twin {
        // SAFETY: as above.
        let t8 = static_str(unsafe { winhttp_err_locale(twin.ptr()) }, "locale");
        assert_eq!(tag, t8, "locale_w vs locale of the ASCII twin");
    } else {
        // Not ASCII: the same request in UTF-8 (unpaired surrogates as U+FFFD),
        // while it stays within the byte bound, spoils the same items.
        let text = String::from_utf16_lossy(locales.content());
        if text.len() <= MAX_REQUEST_BYTES {
            let c = std::ffi::CString::new(text).expect("no NUL in content");
            // SAFETY: as above.
            let t8 = static_str(unsafe { winhttp_err_locale(c.as_ptr()) }, "locale");
            assert_eq!(tag, t8, "locale_w vs locale of the UTF-8 request");
        }
    }
    // The tag, as bytes, for the UTF-8 calls below.
    let tag8 = winhttp_err_locale_tag(locale);

    // The message: the UTF-8 message of the same code and locale, converted.
    // SAFETY: as above.
    let msg_w = unsafe { winhttp_err_message_w(code, loc) };
    assert_eq!(msg_w.is_null(), !known, "message_w NULL for a known code");
    // SAFETY: as above.
    let msg8 = unsafe { winhttp_err_message(code, tag8) };
    if known {
        let (_, text) = static_wide(msg_w, "message_w");
        assert!(!text.is_empty());
        assert_eq!(text, static_str(msg8, "message"), "message_w vs message");
        // SAFETY: as above.
        unsafe {
            assert_eq!(winhttp_err_message_w(code, loc), msg_w, "message_w moved");
            assert_eq!(winhttp_err_message_w(code, tag_w), msg_w, "tag_w back in");
            if let Some(twin) = &twin {
                assert_eq!(winhttp_err_message(code, twin.ptr()), msg8, "ASCII twin");
            }
        }
    }

    // format_w: the snprintf contract at every size; the Rust line, and the C
    // UTF-8 line of the same request.
    // SAFETY: `loc` as above; the buffers are as long as said.
    let line = check_fill_w("format_w", |b, n| unsafe {
        winhttp_err_format_w(code, loc, b, n)
    });
    assert!(
        !line.is_empty() && line.encode_utf16().count() < 4096,
        "{line:?}"
    );
    let line8 = l10n::report(code, locale);
    assert_eq!(line, line8, "format_w vs the Rust line");
    // SAFETY: as above; NULL with 0 measures.
    let need8 = unsafe { winhttp_err_format(code, tag8, ptr::null_mut(), 0) };
    assert_eq!(need8, line8.len(), "format vs the Rust line");
}

/// The UTF-8 C tag of a shipped locale, static, as `winhttp_err_locale` returns it.
fn winhttp_err_locale_tag(locale: Locale) -> *const c_char {
    let tag = std::ffi::CString::new(locale.tag()).expect("a tag has no NUL");
    // SAFETY: a C string; the result is the library's static string.
    let p = unsafe { winhttp_err_locale(tag.as_ptr()) };
    assert_eq!(static_str(p, "locale"), locale.tag());
    p
}

/// The catalogue code whose name is `bytes` (ASCII case-insensitive, surrounding
/// ASCII whitespace ignored), or 0; the oracle for `winhttp_err_code`.
fn expected_code(bytes: &[u8]) -> u32 {
    if bytes.len() > NAME_READABLE - 1 || std::str::from_utf8(bytes).is_err() {
        return 0;
    }
    let trimmed = bytes.trim_ascii();
    ENTRIES
        .iter()
        .find(|e| e.name.as_bytes().eq_ignore_ascii_case(trimmed))
        .map_or(0, |e| e.code)
}

/// Target `reverse`: `winhttp_err_code` on arbitrary names, NULL, NUL-terminated
/// or unterminated; half the inputs start from a real name, mutated.
pub fn reverse(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut bytes = rest.to_vec();
    if mode & 0x80 != 0 {
        // Splice a real name in so that near-misses are common.
        let entry = &ENTRIES[usize::from(mode & 0x3F) % ENTRIES.len()];
        let at = usize::from(rest.first().copied().unwrap_or(0)) % (bytes.len() + 1);
        bytes.splice(at..at, entry.name.bytes());
    }
    let name = CArg::new(mode, &bytes, NAME_READABLE);
    // SAFETY: NULL, NUL-terminated, or NAME_READABLE readable bytes.
    let got = unsafe { winhttp_err_code(name.ptr()) };
    let want = if name.ptr().is_null() {
        0
    } else {
        expected_code(name.content())
    };
    assert_eq!(got, want, "{:?}", String::from_utf8_lossy(name.content()));
    if got != 0 {
        let back = static_str(winhttp_err_name(got), "name");
        assert!(back
            .as_bytes()
            .eq_ignore_ascii_case(name.content().trim_ascii()));
    }
}

/// The `add_locale` target's reader thread.
struct Lookups {
    thread: std::thread::Thread,
    active: &'static AtomicBool,
    failed: &'static AtomicBool,
}

/// Starts the reader thread on first use: while `active`, it looks up 12002 in
/// every tag of [`ADD_TAGS`] and sets `failed` on a NULL or empty text.
fn lookups() -> &'static Lookups {
    static LOOKUPS: OnceLock<Lookups> = OnceLock::new();
    LOOKUPS.get_or_init(|| {
        let active: &'static AtomicBool = Box::leak(Box::new(AtomicBool::new(false)));
        let failed: &'static AtomicBool = Box::leak(Box::new(AtomicBool::new(false)));
        let handle = std::thread::spawn(move || loop {
            if !active.load(Ordering::SeqCst) {
                std::thread::park();
                continue;
            }
            for t in ADD_TAGS {
                // SAFETY: NUL-terminated tags.
                let p = unsafe { winhttp_err_message(12002, t.as_ptr()) };
                // SAFETY: non-NULL results are static NUL-terminated strings.
                if p.is_null() || unsafe { *p } == 0 {
                    failed.store(true, Ordering::SeqCst);
                }
            }
        });
        Lookups {
            thread: handle.thread().clone(),
            active,
            failed,
        }
    })
}

/// Tags the `add_locale` target mostly adds to, so that its adds override
/// each other (and a shipped locale) rather than use up the 64 slots.
/// Tags the `add_locale` target adds under: new ones, a shipped one, a right-to-left one.
const ADD_TAGS: [&CStr; 4] = [c"sv-SE", c"fr-FR", c"fa-IR", c"sv-FI"];

/// What one (code, part, tag) lookup returned: the pointer and its text.
fn snapshot() -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for tag in ADD_TAGS {
        for code in [12002, 12029, 12175] {
            for part in 0..4 {
                // SAFETY: a NUL-terminated tag.
                let p = unsafe { winhttp_err_text(code, part, tag.as_ptr()) };
                out.push((p as usize, static_str(p, "text").to_owned()));
            }
        }
    }
    out
}

/// Fuzz target `add_locale`: arbitrary tags and FTL bytes to
/// `winhttp_err_add_locale`, while another thread looks texts up. It never
/// crashes or reports an internal failure; `err` is one NUL-terminated UTF-8
/// line within `err_len`; an error leaves every text as it was (same pointers,
/// same locales); a success is visible to the next lookup; every pointer handed
/// out before stays readable and unchanged.
///
/// Input: byte 0 picks the tag (mostly one of [`ADD_TAGS`]; else the bytes up
/// to the first newline are the tag) and `err_len`; the rest is the FTL.
pub fn add_locale(data: &[u8]) {
    // On a 256 KiB stack, a quarter of a Windows thread's: a file that would
    // recurse too deep anywhere (parse, check, drop, lookup) overflows here
    // and ends the fuzzer, instead of passing on its 8 MiB main stack.
    std::thread::scope(|s| {
        let add = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn_scoped(s, || add_locale_on_this_thread(data))
            .expect("a thread");
        if let Err(panic) = add.join() {
            std::panic::resume_unwind(panic);
        }
    });
}

fn add_locale_on_this_thread(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (tag, ftl): (Vec<u8>, &[u8]) = if mode & 0x7 != 0 {
        let tag = ADD_TAGS[usize::from(mode & 0x3)].to_bytes().to_vec();
        (tag, rest)
    } else {
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let tag: Vec<u8> = rest[..end].iter().copied().filter(|&b| b != 0).collect();
        (tag, rest.get(end + 1..).unwrap_or(&[]))
    };
    let err_len = [0usize, 1, 7, 64, 512][usize::from(mode >> 3) % 5];

    let before = snapshot();
    let count = winhttp_err_locale_count();
    let tag_c = std::ffi::CString::new(tag.clone()).unwrap();
    let mut err = vec![0x55u8; 512];
    // Lookups meanwhile, in a thread that lives as long as the fuzzer (one per
    // input would cost more than the input, and leave LeakSanitizer the thread's
    // exit to report); it runs only while the add does.
    let reader = lookups();
    reader.active.store(true, Ordering::SeqCst);
    reader.thread.unpark();
    // SAFETY: a NUL-terminated tag; `ftl` readable for its length; `err`
    // writable for 512 >= err_len bytes.
    let status = unsafe {
        winhttp_err_add_locale(
            tag_c.as_ptr(),
            ftl.as_ptr().cast(),
            ftl.len(),
            err.as_mut_ptr().cast(),
            err_len,
        )
    };
    reader.active.store(false, Ordering::SeqCst);
    assert!(
        !reader.failed.load(Ordering::SeqCst),
        "a lookup failed during an add"
    );

    assert!(status <= WINHTTP_ERR_LIMIT, "status {status}");
    assert!(
        err[err_len..].iter().all(|&b| b == 0x55),
        "wrote past err_len"
    );
    if err_len > 0 {
        let line = CStr::from_bytes_until_nul(&err[..err_len]).expect("err NUL-terminated");
        let line = line.to_str().expect("err is UTF-8");
        assert!(!line.contains('\n'), "err is one line: {line:?}");
    }
    // Pointers from before: readable, unchanged.
    for (p, text) in &before {
        assert_eq!(static_str(*p as *const c_char, "kept"), text);
    }
    let after = snapshot();
    if status == WINHTTP_ERR_OK {
        // SAFETY: a NUL-terminated tag.
        let negotiated = static_str(unsafe { winhttp_err_locale(tag_c.as_ptr()) }, "locale");
        let canonical =
            winhttp_err::locale::canonical_tag(std::str::from_utf8(&tag).unwrap()).unwrap();
        assert_eq!(negotiated, canonical, "the locale added answers at once");
        // Its direction, and in a right-to-left one the host between LRMs.
        // SAFETY: a NUL-terminated tag.
        let direction = unsafe { winhttp_err_direction(tag_c.as_ptr()) };
        let want = winhttp_err::bidi::direction_of_tag(&canonical);
        assert_eq!(direction, want as u32, "direction of {canonical}");
        let locale = Locale::from_tag(&canonical).expect("added");
        let summary = l10n::summary(
            12002,
            locale,
            winhttp_err::host::clean("1.example.com").as_ref(),
        );
        if want.is_rtl() && summary.contains("1.example.com") {
            assert!(
                summary.contains("\u{200E}1.example.com\u{200E}"),
                "{summary:?}"
            );
        }
        let index = Locale::available()
            .position(|l| l.tag() == canonical)
            .expect("listed");
        let new = usize::from(index >= count);
        assert_eq!(winhttp_err_locale_count(), count + new);
        // A new generation: the overridden tag's texts are new table entries.
        if let Some(i) = ADD_TAGS
            .iter()
            .position(|t| t.to_bytes() == canonical.as_bytes())
        {
            let per_tag = before.len() / ADD_TAGS.len();
            let range = i * per_tag..(i + 1) * per_tag;
            assert!(
                range.clone().all(|k| after[k].0 != before[k].0),
                "override not visible"
            );
        }
    } else {
        assert_eq!(winhttp_err_locale_count(), count, "an error added a locale");
        assert_eq!(after, before, "an error changed a text");
    }
}

/// What the header promises may be read of a `host` argument that has no NUL
/// (bytes, or units for the `_w` functions).
pub const HOST_READABLE: usize = 256;

/// Whether [`check_fill`] and [`check_fill_w`] try every buffer size (the
/// replay in tests/ does), or only the sizes where a cut can go wrong (the
/// fuzzer: every size of three functions in two encodings made each input
/// cost a hundred calls, and the fuzzer ran some 17 inputs a second).
pub static FULL_SWEEP: AtomicBool = AtomicBool::new(false);

/// The buffer sizes to try for a text of `need` units: all of them in a full
/// sweep, else 0, 1, a cut inside the character at `inside` (if any), the
/// middle, exactly the text, and one more.
fn sizes(need: usize, inside: Option<usize>) -> Vec<usize> {
    if FULL_SWEEP.load(Ordering::Relaxed) {
        return (0..=need + 1).collect();
    }
    // A cut at `inside + 1` leaves `inside` units and the NUL: mid-character.
    let mut sizes = vec![0, 1, need / 2, need, need + 1];
    sizes.extend(inside.map(|i| i + 2));
    sizes.sort_unstable();
    sizes.dedup();
    sizes.retain(|&s| s <= need + 1);
    sizes
}

/// The snprintf contract of a UTF-8 function called as `fill(buf, buf_len)`:
/// the same length for every size, a NUL within `buf_len`, nothing written past
/// it or past the NUL, whole characters only. Returns the whole text.
fn check_fill(what: &str, fill: impl Fn(*mut c_char, usize) -> usize) -> String {
    const GUARD: u8 = 0xA5;
    let need = fill(ptr::null_mut(), 0);
    assert!(need < 1 << 16, "{what}: need {need}");
    // Pre-filled with the guard, so that the NUL is the library's.
    let mut full = vec![GUARD; need + 1];
    assert_eq!(fill(full.as_mut_ptr().cast(), full.len()), need, "{what}");
    assert_eq!(full.pop(), Some(0), "{what}: not NUL-terminated");
    let full = String::from_utf8(full).expect("whole text is UTF-8");
    assert!(!full.contains('\0'), "{what}: NUL inside");
    let inside = full
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .map(|(i, _)| i);
    for size in sizes(need, inside) {
        // Exactly `size` bytes for the library, plus one guard byte.
        let mut buf = vec![GUARD; size + 1].into_boxed_slice();
        assert_eq!(
            fill(buf.as_mut_ptr().cast(), size),
            need,
            "{what}: size {size}"
        );
        assert_eq!(buf[size], GUARD, "{what}: wrote past buf_len {size}");
        if size == 0 {
            continue;
        }
        let nul = buf[..size].iter().position(|&b| b == 0).expect("a NUL");
        let out = std::str::from_utf8(&buf[..nul]).expect("cut inside a character");
        assert_eq!(out, expected_prefix(&full, size), "{what}: size {size}");
        assert!(
            buf[nul + 1..size].iter().all(|&b| b == GUARD),
            "{what}: past the NUL"
        );
    }
    // A NULL buffer with a non-zero length writes nothing and still measures.
    assert_eq!(fill(ptr::null_mut(), 99), need, "{what}: NULL buffer");
    full
}

/// [`check_fill`] for a UTF-16 function, in units; returns the whole text.
fn check_fill_w(what: &str, fill: impl Fn(*mut u16, usize) -> usize) -> String {
    // A lone high surrogate: never a valid last unit.
    const GUARD: u16 = 0xDBFF;
    let need = fill(ptr::null_mut(), 0);
    assert!(need < 1 << 16, "{what}: need {need}");
    let mut full = vec![GUARD; need + 1];
    assert_eq!(fill(full.as_mut_ptr(), full.len()), need, "{what}");
    assert_eq!(full.pop(), Some(0), "{what}: not NUL-terminated");
    assert!(!full.contains(&0), "{what}: NUL inside");
    let text = String::from_utf16(&full).expect("whole text is UTF-16");
    let inside = full.iter().position(|u| (0xD800..0xDC00).contains(u));
    for size in sizes(need, inside) {
        // Exactly `size` units for the library, plus one guard unit.
        let mut buf = vec![GUARD; size + 1].into_boxed_slice();
        assert_eq!(fill(buf.as_mut_ptr(), size), need, "{what}: size {size}");
        assert_eq!(buf[size], GUARD, "{what}: wrote past buf_len {size}");
        if size == 0 {
            continue;
        }
        let nul = buf[..size].iter().position(|&u| u == 0).expect("a NUL");
        assert!(
            String::from_utf16(&buf[..nul]).is_ok(),
            "{what}: size {size}: a pair split"
        );
        assert_eq!(
            &buf[..nul],
            expected_prefix_w(&full, size),
            "{what}: size {size}"
        );
        assert!(
            buf[nul + 1..size].iter().all(|&u| u == GUARD),
            "{what}: past the NUL"
        );
    }
    assert_eq!(fill(ptr::null_mut(), 99), need, "{what}: NULL buffer");
    text
}

/// Target `text`: the end-user entry points (`winhttp_err_text`, `_summary`,
/// `_cert_flags`, `_cert_flag_name`, `_category`, `_is_transient` and the `_w`
/// twins) with arbitrary codes, parts, flags, `locales` and untrusted `host`
/// bytes (NULL, NUL-terminated or unterminated at the documented bound), every
/// buffer size with a guard after its end; UTF-16 must equal UTF-8.
pub fn text(data: &[u8]) {
    let Some((head, rest)) = data.split_first_chunk::<11>() else {
        return;
    };
    let raw = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let code = pick_code(raw, head[4]);
    let flags = u32::from_le_bytes([head[5], head[6], head[7], head[8]]);
    let part = u32::from(head[9] % 6);
    let split = (head[10] as usize).min(rest.len());
    let (loc_bytes, host_bytes) = rest.split_at(split);
    let locales = CArg::new(head[4] >> 2, loc_bytes, LOCALES_READABLE);
    let host = CArg::new(head[4] >> 4, host_bytes, HOST_READABLE);
    let host_units: Vec<u16> = host_bytes
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    let host_w = WArg::new(head[4] >> 6, &host_units, HOST_READABLE);
    let (loc, hp, hp_w) = (locales.ptr(), host.ptr(), host_w.ptr());
    let known = ENTRIES.iter().any(|e| e.code == win32_code(code));

    // The negotiated locale, as UTF-8 and UTF-16 tags, for the twins.
    // SAFETY: `loc` is NULL, NUL-terminated or LOCALES_READABLE bytes.
    let tag8 = unsafe { winhttp_err_locale(loc) };
    let tag = static_str(tag8, "locale").to_owned();
    let tag16: Vec<u16> = tag.encode_utf16().chain([0]).collect();
    let locale = Locale::from_tag(&tag).expect("a shipped tag");

    // text: static, NULL exactly for unknown codes and parts, equal twins.
    // SAFETY: as above; tags are NUL-terminated.
    let (t8, t16) = unsafe {
        (
            winhttp_err_text(code, part, loc),
            winhttp_err_text_w(code, part, tag16.as_ptr()),
        )
    };
    assert_eq!(t8.is_null(), !known || part > 3, "text NULL");
    assert_eq!(t16.is_null(), t8.is_null(), "text_w NULL");
    if !t8.is_null() {
        assert_eq!(static_wide(t16, "text_w").1, static_str(t8, "text"));
        // SAFETY: `tag8` is the library's static C string.
        let again = unsafe { winhttp_err_text(code, part, tag8) };
        assert_eq!(again, t8, "text moved");
    }

    // summary: the contract, in both encodings; the host cleaned, never breaking the text.
    // SAFETY: `loc` as above; `hp` NULL, NUL-terminated or HOST_READABLE bytes.
    let summary = check_fill("summary", |b, n| unsafe {
        winhttp_err_summary(code, loc, hp, b, n)
    });
    let shown = winhttp_err::host::clean_bytes(host.content());
    assert_eq!(
        summary,
        l10n::summary(code, locale, shown.as_ref()),
        "C and Rust summaries"
    );
    // No control the host carried: the only bidi controls are our marks, and
    // in a left-to-right locale only the two around a host with right-to-left letters.
    let (lrm, rlm) = (winhttp_err::bidi::LRM, winhttp_err::bidi::RLM);
    assert!(
        summary
            .chars()
            .filter(|&c| winhttp_err::host::is_dropped(c))
            .all(|c| c == lrm || c == rlm),
        "{summary:?}"
    );
    if !locale.direction().is_rtl() {
        let wrapped = shown
            .as_deref()
            .is_some_and(|h| h.chars().any(winhttp_err::bidi::is_rtl_char));
        assert_eq!(
            summary.matches(lrm).count(),
            if wrapped { 2 } else { 0 },
            "{summary:?}"
        );
        assert!(!summary.contains(rlm), "{summary:?}");
    }
    // SAFETY: `tag16` NUL-terminated; `hp_w` NULL, NUL-terminated or HOST_READABLE units.
    let summary_w = check_fill_w("summary_w", |b, n| unsafe {
        winhttp_err_summary_w(code, tag16.as_ptr(), hp_w, b, n)
    });
    let shown_w = winhttp_err::host::clean_utf16(host_w.content());
    assert_eq!(
        summary_w,
        l10n::summary(code, locale, shown_w.as_ref()),
        "summary_w"
    );

    // cert_flags: the contract, one line per reason, equal twins.
    // SAFETY: as above.
    let reasons = check_fill("cert_flags", |b, n| unsafe {
        winhttp_err_cert_flags(flags, loc, b, n)
    });
    // SAFETY: as above.
    let reasons_w = check_fill_w("cert_flags_w", |b, n| unsafe {
        winhttp_err_cert_flags_w(flags, tag16.as_ptr(), b, n)
    });
    assert_eq!(reasons, reasons_w);
    assert_eq!(reasons.is_empty(), flags == 0);
    let unknown_bits = flags & !winhttp_err::CertFlags::all().bits();
    let lines = (flags & !unknown_bits).count_ones() + u32::from(unknown_bits != 0);
    assert_eq!(
        reasons.split('\n').filter(|l| !l.is_empty()).count(),
        lines as usize
    );

    // The language-independent answers.
    let name = winhttp_err_cert_flag_name(flags);
    assert_eq!(name.is_null(), flags.count_ones() != 1 || unknown_bits != 0);
    let category = winhttp_err_category(code);
    assert!(category <= WINHTTP_ERR_CATEGORY_SYSTEM);
    assert_eq!(category == WINHTTP_ERR_CATEGORY_UNKNOWN, !known);
    let transient = winhttp_err_is_transient(code);
    assert!(transient == 0 || (transient == 1 && known));
}
