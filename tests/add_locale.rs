//! Locales added at run time through the C ABI (winhttp_err_add_locale,
//! winhttp_err_add_locale_dir, winhttp_err_locale_count/_at), called from Rust:
//! success, every failure status, all-or-nothing, overriding, pointers kept.
//!
//! Adding is process-wide and only grows: each test adds its own tags and looks
//! only at them, so the tests of this binary may run in parallel. The limits
//! (64 locales, 16 MiB) are tested in tests/add_locale_limits.rs, alone in their
//! process.

mod common;

use std::ffi::{c_char, CStr, CString};
use std::path::{Path, PathBuf};
use std::ptr;

use winhttp_err::ffi::*;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/add")
        .join(path)
}

fn add(tag: &str, ftl: &[u8]) -> (u32, String) {
    common::add_locale(tag, ftl)
}

fn add_dir(dir: &Path) -> (u32, String) {
    let dir = CString::new(dir.to_str().unwrap()).unwrap();
    let mut err = [0 as c_char; 1024];
    // SAFETY: valid string and buffer.
    let status = unsafe { winhttp_err_add_locale_dir(dir.as_ptr(), err.as_mut_ptr(), err.len()) };
    (status, text(err.as_ptr()))
}

fn text(p: *const c_char) -> String {
    assert!(!p.is_null());
    // SAFETY: the ABI's strings (and our buffers) are NUL-terminated.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned()
}

fn message(code: u32, locales: &str) -> *const c_char {
    let locales = CString::new(locales).unwrap();
    // SAFETY: a valid string.
    unsafe { winhttp_err_message(code, locales.as_ptr()) }
}

fn negotiated(locales: &str) -> String {
    let locales = CString::new(locales).unwrap();
    // SAFETY: a valid string.
    text(unsafe { winhttp_err_locale(locales.as_ptr()) })
}

fn tags() -> Vec<String> {
    (0..winhttp_err_locale_count())
        .map(|i| text(winhttp_err_locale_at(i)))
        .collect()
}

const EN_TIMEOUT: &str = "The request timed out.";

#[test]
fn an_added_locale_answers_negotiates_and_falls_back_per_message() {
    let ftl = "error-winhttp-timeout = Ombi limechukua muda mrefu mno.\n";
    // Swahili: no shipped locale, no Windows display language.
    let (status, err) = add("sw-ke", ftl.as_bytes());
    assert_eq!(status, WINHTTP_ERR_OK, "{err}");
    assert!(err.starts_with("sw-KE added: 1 of "), "{err}");
    assert!(err.contains(" shown in en-US"), "{err}");

    // The canonical tag, listed after the shipped ones.
    let all = tags();
    let shipped = winhttp_err::Locale::all().len();
    assert!(
        all[..shipped].contains(&"en-US".to_owned())
            && all[..shipped].contains(&"fr-FR".to_owned())
    );
    assert!(all[shipped..].contains(&"sw-KE".to_owned()), "{all:?}");
    assert!(winhttp_err_locale_at(winhttp_err_locale_count()).is_null());
    assert!(winhttp_err_locale_at(usize::MAX).is_null());

    // Negotiation sees it: region fallback, lists, POSIX names.
    for request in [
        "sw-KE",
        "sw",
        "sw-TZ",
        "eo, sw;q=0.5",
        "sw_KE.UTF-8",
        "eo:sw",
    ] {
        assert_eq!(negotiated(request), "sw-KE", "{request}");
    }
    assert_eq!(
        text(message(12002, "sw-TZ")),
        "Ombi limechukua muda mrefu mno."
    );
    // A message it lacks: en-US's, for that message alone.
    assert!(text(message(12029, "sw")).starts_with("The connection to the server"));
    // The same pointer every time.
    assert_eq!(message(12002, "sw-KE"), message(12002, "sw"));

    // The _w functions see it too.
    let wide: Vec<u16> = "sw-TZ\0".encode_utf16().collect();
    // SAFETY: a NUL-terminated UTF-16 string.
    let w = unsafe { winhttp_err_message_w(12002, wide.as_ptr()) };
    let mut units = Vec::new();
    // SAFETY: a NUL-terminated static string of the ABI.
    unsafe {
        let mut p = w;
        while *p != 0 {
            units.push(*p);
            p = p.add(1);
        }
    }
    assert_eq!(
        String::from_utf16(&units).unwrap(),
        "Ombi limechukua muda mrefu mno."
    );
    // Report lines use the locale's description and en-US's composite line.
    let mut buf = [0 as c_char; 256];
    let req = CString::new("sw").unwrap();
    // SAFETY: valid string and buffer.
    unsafe { winhttp_err_format(12002, req.as_ptr(), buf.as_mut_ptr(), buf.len()) };
    assert_eq!(
        text(buf.as_ptr()),
        "Ombi limechukua muda mrefu mno. (ERROR_WINHTTP_TIMEOUT, 12002)"
    );
}

#[test]
fn a_file_with_an_error_adds_nothing_and_says_where() {
    let ftl = "error-winhttp-timeout = Tempo esgotado.\n\nunknown-error = Erro { $kode }.\n";
    let (status, err) = add("is-IS", ftl.as_bytes());
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
    assert!(
        err.starts_with("line 3, column 1: error: \"unknown-error\" does not use $code"),
        "{err}"
    );
    assert!(!tags().contains(&"is-IS".to_owned()));
    assert_eq!(negotiated("is-IS"), "en-US");

    let (status, err) = add("is-IS", b"error-winhttp-timeout = Tempo { $x\n");
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
    assert!(err.contains("[syntax]"), "{err}");
    let (status, err) = add("is-IS", b"error-winhttp-timeout = Tempo \xff\n");
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
    assert!(
        err.starts_with("line 1, column 31: error: the file is not UTF-8"),
        "{err}"
    );
    let (status, err) = add("is-IS", b"error-winhttp-timout = Tempo\n");
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
    assert!(
        err.contains("did you mean \"error-winhttp-timeout\"?"),
        "{err}"
    );
    assert!(!tags().contains(&"is-IS".to_owned()));
    assert!(text(message(12002, "is-IS")).starts_with(EN_TIMEOUT));
}

#[test]
fn bad_tags_and_null_arguments_have_their_status() {
    let ftl = b"error-winhttp-timeout = x y z\n";
    for tag in [
        "",
        "not a tag",
        "x",
        "backup",
        "und",
        "UND-us",
        "pt-htpppt-htpp-tTemp",
        "de_DE",
        "en-US-u-ca-gregory",
        &"a".repeat(40),
    ] {
        let (status, err) = add(tag, ftl);
        assert_eq!(status, WINHTTP_ERR_INVALID_TAG, "{tag:?}: {err}");
    }
    let mut err = [0 as c_char; 64];
    // SAFETY: NULL pointers are part of the contract; `err` is writable.
    unsafe {
        let tag = c"lb-LU";
        let s = winhttp_err_add_locale(ptr::null(), ftl.as_ptr().cast(), 3, err.as_mut_ptr(), 64);
        assert_eq!(s, WINHTTP_ERR_NULL_ARGUMENT);
        assert_eq!(text(err.as_ptr()), "tag is NULL");
        let s = winhttp_err_add_locale(tag.as_ptr(), ptr::null(), 0, err.as_mut_ptr(), 64);
        assert_eq!(s, WINHTTP_ERR_NULL_ARGUMENT);
        let s = winhttp_err_add_locale_dir(ptr::null(), ptr::null_mut(), 0);
        assert_eq!(s, WINHTTP_ERR_NULL_ARGUMENT);
        // A tag that is not UTF-8.
        let s =
            winhttp_err_add_locale(c"\xff".as_ptr(), ftl.as_ptr().cast(), 3, ptr::null_mut(), 0);
        assert_eq!(s, WINHTTP_ERR_INVALID_TAG);
        // A 100 MiB claim with a short buffer: refused before anything is read.
        let s = winhttp_err_add_locale(
            tag.as_ptr(),
            ftl.as_ptr().cast(),
            100 << 20,
            err.as_mut_ptr(),
            64,
        );
        assert_eq!(s, WINHTTP_ERR_TOO_LARGE);
        let s = winhttp_err_add_locale(
            tag.as_ptr(),
            ftl.as_ptr().cast(),
            WINHTTP_ERR_MAX_FTL_BYTES + 1,
            ptr::null_mut(),
            0,
        );
        assert_eq!(s, WINHTTP_ERR_TOO_LARGE);
    }
    assert!(!tags().contains(&"lb-LU".to_owned()));
}

#[test]
fn an_empty_file_adds_a_locale_shown_in_en_us() {
    let (status, err) = add("br-FR", b"");
    assert_eq!(status, WINHTTP_ERR_OK, "{err}");
    assert!(err.starts_with("br-FR added: 0 of "), "{err}");
    assert_eq!(negotiated("br"), "br-FR");
    assert!(text(message(12002, "br")).starts_with(EN_TIMEOUT));
}

#[test]
fn the_err_buffer_is_written_like_snprintf() {
    let ftl = b"unknown-error = { $nope }\n";
    for len in [0usize, 1, 2, 10] {
        let mut err = [0x55 as c_char; 16];
        // SAFETY: `err` is writable for 16 >= len bytes.
        let status = unsafe {
            winhttp_err_add_locale(
                c"hu-HU".as_ptr(),
                ftl.as_ptr().cast(),
                ftl.len(),
                err.as_mut_ptr(),
                len,
            )
        };
        assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
        if len > 0 {
            assert_eq!(text(err.as_ptr()).len(), len - 1);
        }
        assert!(err[len..].iter().all(|&b| b == 0x55), "wrote past {len}");
    }
}

#[test]
fn overriding_keeps_every_pointer_handed_out() {
    let first =
        "error-winhttp-timeout = Aikakatkaisu yksi.\nerror-winhttp-cannot-connect = Ei yhteyttä.\n";
    assert_eq!(add("gd-GB", first.as_bytes()).0, WINHTTP_ERR_OK);
    let old_timeout = message(12002, "gd");
    let old_connect = message(12029, "gd");
    assert_eq!(text(old_timeout), "Aikakatkaisu yksi.");

    let (status, err) = add("gd-GB", b"error-winhttp-timeout = Aikakatkaisu kaksi.\n");
    assert_eq!(status, WINHTTP_ERR_OK, "{err}");
    assert!(err.starts_with("gd-GB overridden: "), "{err}");
    assert_eq!(tags().iter().filter(|t| *t == "gd-GB").count(), 1);
    // Later calls see the new text; the message it does not redefine is kept.
    assert_eq!(text(message(12002, "gd")), "Aikakatkaisu kaksi.");
    assert_eq!(text(message(12029, "gd")), "Ei yhteyttä.");
    // Pointers from before: still readable, unchanged.
    assert_eq!(text(old_timeout), "Aikakatkaisu yksi.");
    assert_eq!(text(old_connect), "Ei yhteyttä.");

    // A failed override changes nothing.
    let (status, _) = add("gd-GB", b"error-winhttp-timeout = { $x }\n");
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
    assert_eq!(text(message(12002, "gd")), "Aikakatkaisu kaksi.");
}

#[test]
fn a_folder_of_locales_is_added_whole() {
    let (status, err) = add_dir(&fixture("two"));
    assert_eq!(status, WINHTTP_ERR_OK, "{err}");
    assert!(err.contains("ga-IE added: 1 of "), "{err}");
    assert!(err.contains("af-ZA added: 3 of "), "{err}");
    assert_eq!(negotiated("af-NA"), "af-ZA");
    assert_eq!(negotiated("ga"), "ga-IE");
    assert_eq!(
        text(message(12002, "af-NA")),
        "Die versoek se tyd het verstryk."
    );
    // Both files of af-ZA count: its report line comes from the second.
    let mut buf = [0 as c_char; 256];
    // SAFETY: valid string and buffer.
    unsafe { winhttp_err_format(12029, c"af".as_ptr(), buf.as_mut_ptr(), buf.len()) };
    assert_eq!(
        text(buf.as_ptr()),
        "Kon nie aan die bediener koppel nie. [ERROR_WINHTTP_CANNOT_CONNECT, 12029]"
    );
}

#[test]
fn a_folder_with_one_bad_file_adds_nothing() {
    let (status, err) = add_dir(&fixture("one-bad"));
    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
    let file = fixture("one-bad/cy-GB/winhttp_err.ftl");
    assert!(
        err.starts_with(&format!("{}:2:1: error: ", file.display())),
        "{err}"
    );
    // mt-MT, which was fine, was not added either.
    assert!(!tags().iter().any(|t| t == "mt-MT" || t == "cy-GB"));
    assert_eq!(negotiated("mt"), "en-US");
    assert_eq!(negotiated("cy-GB"), "en-US");

    let (status, err) = add_dir(&fixture("bad-name"));
    assert_eq!(status, WINHTTP_ERR_INVALID_TAG, "{err}");
    assert!(err.contains("not_a_tag"), "{err}");
}

#[test]
fn folders_that_cannot_be_read_are_io_errors() {
    let scratch = common::scratch("add_locale_io");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();

    // Missing, a file, empty, not UTF-8, no locale folder in it.
    assert_eq!(add_dir(&scratch.join("missing")).0, WINHTTP_ERR_IO);
    assert_eq!(add_dir(&fixture("two/README.txt")).0, WINHTTP_ERR_IO);
    assert_eq!(add_dir(&scratch).0, WINHTTP_ERR_IO);
    let mut err = [0 as c_char; 128];
    // SAFETY: NUL-terminated strings; `err` is writable.
    unsafe {
        let s = winhttp_err_add_locale_dir(c"".as_ptr(), err.as_mut_ptr(), 128);
        assert_eq!(s, WINHTTP_ERR_IO);
        let s = winhttp_err_add_locale_dir(c"/tmp/\xff".as_ptr(), err.as_mut_ptr(), 128);
        assert_eq!(s, WINHTTP_ERR_IO);
        assert!(text(err.as_ptr()).contains("not UTF-8"));
    }

    // A "file" that is a folder.
    let dir = scratch.join("folder-file");
    std::fs::create_dir_all(dir.join("fy-NL/winhttp_err.ftl")).unwrap();
    let (status, err) = add_dir(&dir);
    assert_eq!(status, WINHTTP_ERR_IO, "{err}");
    assert!(err.contains("fy-NL/winhttp_err.ftl"), "{err}");

    #[cfg(target_os = "linux")]
    {
        // A symlink loop for a locale folder.
        let dir = scratch.join("loop");
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::symlink(dir.join("fy-NL"), dir.join("fy-NL")).unwrap();
        std::fs::create_dir_all(dir.join("se-NO")).unwrap();
        std::fs::write(
            dir.join("se-NO/a.ftl"),
            "error-winhttp-timeout = Áigi nogai.\n",
        )
        .unwrap();
        let (status, err) = add_dir(&dir);
        // The loop is no folder (is_dir follows it and fails): skipped, se-NO added.
        assert_eq!(status, WINHTTP_ERR_OK, "{err}");
        // A symlink loop as the folder itself.
        std::os::unix::fs::symlink(scratch.join("self"), scratch.join("self")).unwrap();
        let (status, err) = add_dir(&scratch.join("self"));
        assert_eq!(status, WINHTTP_ERR_IO, "{err}");
        assert!(err.contains("symbolic links"), "{err}");

        // A file that cannot be read (root reads any mode: use one the kernel refuses).
        let dir = scratch.join("unreadable/fy-NL");
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", dir.join("winhttp_err.ftl")).unwrap();
        let (status, err) = add_dir(&scratch.join("unreadable"));
        assert_eq!(status, WINHTTP_ERR_IO, "{err}");
        assert!(err.contains("cannot read"), "{err}");
    }
    assert!(!tags().contains(&"fy-NL".to_owned()));
}

#[test]
fn text_parts_hints_and_summaries_come_from_the_added_locale_attribute_by_attribute() {
    let ftl = "\
error-winhttp-timeout = Aikakatkaisu.
    .title = Yhteys aikakatkaistiin
    .summary-host = Palvelin { $host } ei vastannut ajoissa.
hint-check-connection = Tarkista verkkoyhteys.
cert-flag-invalid-ca = Varmenteen myöntäjään ei luoteta.
";
    // A tag no other test of this file adds or expects absent: they run in parallel.
    let (status, err) = add("kl-GL", ftl.as_bytes());
    assert_eq!(status, WINHTTP_ERR_OK, "{err}");
    let part = |code, part| {
        // SAFETY: a valid string.
        text(unsafe { winhttp_err_text(code, part, c"kl".as_ptr()) })
    };
    assert_eq!(
        part(12002, WINHTTP_ERR_TEXT_TITLE),
        "Yhteys aikakatkaistiin"
    );
    // .summary is missing: en-US's, for that attribute alone.
    assert_eq!(
        part(12002, WINHTTP_ERR_TEXT_SUMMARY),
        part_en(12002, WINHTTP_ERR_TEXT_SUMMARY)
    );
    // Hints: the translated one first (12002's first hint), en-US for the others.
    let hints = part(12002, WINHTTP_ERR_TEXT_HINTS);
    assert!(hints.starts_with("Tarkista verkkoyhteys.\n"), "{hints}");
    let mut buf = [0 as c_char; 256];
    // SAFETY: valid strings and buffer.
    unsafe {
        winhttp_err_summary(
            12002,
            c"kl".as_ptr(),
            c"example.com".as_ptr(),
            buf.as_mut_ptr(),
            256,
        )
    };
    assert_eq!(
        text(buf.as_ptr()),
        "Palvelin example.com ei vastannut ajoissa."
    );
    // SAFETY: valid string and buffer.
    unsafe { winhttp_err_cert_flags(0x8, c"kl".as_ptr(), buf.as_mut_ptr(), 256) };
    assert_eq!(text(buf.as_ptr()), "Varmenteen myöntäjään ei luoteta.");
}

fn part_en(code: u32, part: u32) -> String {
    // SAFETY: a valid string.
    text(unsafe { winhttp_err_text(code, part, c"en-US".as_ptr()) })
}

#[test]
fn an_added_chinese_locale_is_negotiated_by_script() {
    let (status, err) = add("zh-TW", "error-winhttp-timeout = 要求逾時。\n".as_bytes());
    assert_eq!(status, WINHTTP_ERR_OK, "{err}");
    // Traditional Chinese requests find it; Simplified ones keep the shipped zh-CN.
    for request in ["zh-TW", "zh-HK", "zh-Hant", "zh_MO.UTF-8"] {
        assert_eq!(negotiated(request), "zh-TW", "{request}");
    }
    for request in ["zh-CN", "zh", "zh-Hans", "zh-SG"] {
        assert_eq!(negotiated(request), "zh-CN", "{request}");
    }
    assert_eq!(text(message(12002, "zh-HK")), "要求逾時。");
}

#[test]
fn the_utf16_functions_answer_as_their_utf8_twins_in_an_added_locale() {
    let ftl = "error-winhttp-timeout = Czas minął.\n    .title = Przekroczono czas\n\
               hint-check-connection = Sprawdź połączenie.\n";
    // Silesian, a three-letter language written like Polish.
    assert_eq!(add("szl-PL", ftl.as_bytes()).0, WINHTTP_ERR_OK);
    let wide = |s: &str| s.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let from_wide = |p: *const u16| {
        assert!(!p.is_null());
        let mut units = Vec::new();
        // SAFETY: a NUL-terminated static string of the ABI.
        unsafe {
            let mut q = p;
            while *q != 0 {
                units.push(*q);
                q = q.add(1);
            }
        }
        String::from_utf16(&units).unwrap()
    };
    for request in ["szl-PL", "szl-CZ", "eo, szl;q=0.5"] {
        let (l8, l16) = (CString::new(request).unwrap(), wide(request));
        // SAFETY: valid NUL-terminated strings.
        unsafe {
            assert_eq!(
                from_wide(winhttp_err_locale_w(l16.as_ptr())),
                text(winhttp_err_locale(l8.as_ptr()))
            );
            for i in 0..winhttp_err_count() {
                let code = winhttp_err_code_at(i);
                for part in 0..4 {
                    assert_eq!(
                        from_wide(winhttp_err_text_w(code, part, l16.as_ptr())),
                        text(winhttp_err_text(code, part, l8.as_ptr())),
                        "{request} {code} {part}"
                    );
                }
            }
        }
    }
    assert_eq!(negotiated("szl-CZ"), "szl-PL");
    // Czech itself is shipped, and still answers in Czech.
    assert_eq!(negotiated("cs-SK"), "cs-CZ");
}
