//! Stress: threads adding and overriding locales while others look up every
//! code, every part, in every locale. Every pointer a lookup returned stays
//! readable and holds, at the end, what it held when returned; and every text
//! is one that its locale ever had (or en-US's, for a text the locale lacks).
//! Alone in its process: it adds locales.

use std::collections::{BTreeSet, HashMap};
use std::ffi::{c_char, CStr, CString};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use winhttp_err::catalog::ENTRIES;
use winhttp_err::ffi::*;

const WRITERS: usize = 2;
const READERS: usize = 4;
const ROUNDS: usize = 60;
/// Tags the writers add, then override; fr-FR is shipped and overridden too.
const TAGS: [&str; 4] = ["fr-FR", "kl-GL", "mt-MT", "is-IS"];

fn ftl(tag: &str, generation: usize) -> String {
    // Generation 0 of a tag translates 12002 only; later ones 12002 and 12029,
    // with a title: overrides change some texts, add others, keep the rest.
    let mut text = format!("error-winhttp-timeout = {tag} timeout {generation}\n");
    if generation > 0 {
        text += &format!(
            "    .title = {tag} title {generation}\n\
             error-winhttp-cannot-connect = {tag} connect {generation}\n"
        );
    }
    text
}

fn c(p: *const c_char) -> String {
    assert!(!p.is_null());
    // SAFETY: every non-NULL string of the ABI is NUL-terminated and static.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned()
}

/// What a lookup of `code`/`part` in `tag` may return: the shipped texts of
/// en-US (and of fr-FR for fr-FR), or one written by `ftl`.
fn allowed(
    tag: &str,
    code: u32,
    part: u32,
    text: &str,
    shipped: &HashMap<(String, u32, u32), String>,
) -> bool {
    if shipped
        .get(&("en-US".into(), code, part))
        .is_some_and(|t| t == text)
    {
        return true;
    }
    if shipped
        .get(&(tag.into(), code, part))
        .is_some_and(|t| t == text)
    {
        return true;
    }
    let prefix = match (code, part) {
        (12002, WINHTTP_ERR_TEXT_DESCRIPTION) => format!("{tag} timeout "),
        (12002, WINHTTP_ERR_TEXT_TITLE) => format!("{tag} title "),
        (12029, WINHTTP_ERR_TEXT_DESCRIPTION) => format!("{tag} connect "),
        _ => return false,
    };
    text.strip_prefix(&prefix)
        .is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n < ROUNDS * WRITERS))
}

#[test]
fn lookups_racing_with_adds_see_whole_texts_and_keep_their_pointers() {
    let parts = [
        WINHTTP_ERR_TEXT_DESCRIPTION,
        WINHTTP_ERR_TEXT_TITLE,
        WINHTTP_ERR_TEXT_SUMMARY,
        WINHTTP_ERR_TEXT_HINTS,
    ];
    let requests: Vec<CString> = TAGS.iter().map(|t| CString::new(*t).unwrap()).collect();
    // The shipped texts, before any add.
    let mut shipped = HashMap::new();
    for tag in ["en-US", "fr-FR"] {
        let req = CString::new(tag).unwrap();
        for e in ENTRIES {
            for part in parts {
                // SAFETY: a valid string.
                let p = unsafe { winhttp_err_text(e.code, part, req.as_ptr()) };
                shipped.insert((tag.to_owned(), e.code, part), c(p));
            }
        }
    }
    let shipped = Arc::new(shipped);
    let start = Arc::new(Barrier::new(WRITERS + READERS));
    let writing = Arc::new(AtomicBool::new(true));

    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                for round in 0..ROUNDS {
                    let tag = TAGS[(round + w) % TAGS.len()];
                    let text = ftl(tag, w * ROUNDS + round);
                    let t = CString::new(tag).unwrap();
                    let mut err = [0 as c_char; 256];
                    // SAFETY: valid string, buffer and lengths.
                    let status = unsafe {
                        winhttp_err_add_locale(
                            t.as_ptr(),
                            text.as_ptr().cast(),
                            text.len(),
                            err.as_mut_ptr(),
                            256,
                        )
                    };
                    assert_eq!(status, WINHTTP_ERR_OK, "{}", c(err.as_ptr()));
                    // Now and then, a file that fails: it must change nothing.
                    let bad = "error-winhttp-timeout = { $nope }\n";
                    // SAFETY: as above.
                    let status = unsafe {
                        winhttp_err_add_locale(
                            t.as_ptr(),
                            bad.as_ptr().cast(),
                            bad.len(),
                            std::ptr::null_mut(),
                            0,
                        )
                    };
                    assert_eq!(status, WINHTTP_ERR_INVALID_FTL);
                }
            })
        })
        .collect();

    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let start = Arc::clone(&start);
            let shipped = Arc::clone(&shipped);
            let writing = Arc::clone(&writing);
            let requests = requests.clone();
            std::thread::spawn(move || {
                // (pointer, text when returned)
                let mut kept: Vec<(usize, String)> = Vec::new();
                let mut bad = Vec::new();
                let mut seen = BTreeSet::new();
                start.wait();
                let mut round = 0;
                while writing.load(Ordering::Relaxed) || round < 3 {
                    for (i, req) in requests.iter().enumerate() {
                        let tag = TAGS[i];
                        // SAFETY: a valid string.
                        let negotiated = c(unsafe { winhttp_err_locale(req.as_ptr()) });
                        assert!(
                            negotiated == tag || negotiated == "en-US",
                            "{tag}: {negotiated}"
                        );
                        for e in ENTRIES {
                            for part in parts {
                                // SAFETY: a valid string.
                                let p = unsafe { winhttp_err_text(e.code, part, req.as_ptr()) };
                                let text = c(p);
                                if !allowed(tag, e.code, part, &text, &shipped) {
                                    bad.push(format!("{tag} {} {part}: {text:?}", e.code));
                                }
                                if e.code == 12002 || e.code == 12029 {
                                    seen.insert(text.clone());
                                    kept.push((p as usize, text));
                                }
                            }
                            let mut line = [0 as c_char; 512];
                            // SAFETY: valid string and buffer.
                            let n = unsafe {
                                winhttp_err_format(e.code, req.as_ptr(), line.as_mut_ptr(), 512)
                            };
                            assert!(n > 0 && n < 512);
                        }
                    }
                    round += 1;
                }
                (kept, bad, seen)
            })
        })
        .collect();

    for w in writers {
        w.join().unwrap();
    }
    writing.store(false, Ordering::Relaxed);
    let mut seen_all = BTreeSet::new();
    for r in readers {
        let (kept, bad, seen) = r.join().unwrap();
        assert!(
            bad.is_empty(),
            "{} texts no locale had: {:?}",
            bad.len(),
            &bad[..bad.len().min(5)]
        );
        for (p, text) in &kept {
            // Still readable, still the same.
            assert_eq!(&c(*p as *const c_char), text);
        }
        seen_all.extend(seen);
    }
    // The readers saw overrides happen, not only the first or last state.
    let generations = seen_all.iter().filter(|t| t.contains(" timeout ")).count();
    assert!(generations > 2, "{seen_all:?}");
    // And lookups now answer with each tag's last generation.
    for tag in TAGS {
        let req = CString::new(tag).unwrap();
        // SAFETY: a valid string.
        let text = c(unsafe { winhttp_err_message(12002, req.as_ptr()) });
        assert!(
            text.starts_with(&format!("{tag} timeout ")),
            "{tag}: {text}"
        );
    }
    // The shipped locales and the three added tags (fr-FR only overridden).
    assert_eq!(
        winhttp_err_locale_count(),
        winhttp_err::Locale::all().len() + 3
    );
}
