//! The visual order of text, as GTK shows it: FriBidi's `fribidi` command
//! (Debian's libfribidi-bin), run on our text. A test of the bidi marks must
//! see what a real renderer makes of them, not what we think it does.

use std::io::Write;
use std::process::{Command, Stdio};

use winhttp_err::bidi::{is_rtl_char, LRM, RLM};

/// How a renderer picks a paragraph's direction.
#[derive(Clone, Copy, Debug)]
pub enum Base {
    /// From its first strong character, left to right without one (GTK, Qt,
    /// HTML's dir="auto").
    FirstStrong,
    /// Right to left whatever the text (MessageBoxW with MB_RTLREADING,
    /// TaskDialog with TDF_RTL_LAYOUT, HTML's dir="rtl").
    Rtl,
}

/// One line laid out: the characters in visual order, left to right, bidi
/// controls removed, and the direction the paragraph got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub visual: String,
    pub rtl: bool,
}

/// Lays out each of `lines` (no "\n" inside) as its own paragraph.
pub fn show(lines: &[&str], base: Base) -> Vec<Shown> {
    for line in lines {
        assert!(!line.contains('\n'), "{line:?}");
    }
    let flag = match base {
        Base::FirstStrong => "--wltr",
        Base::Rtl => "--rtl",
    };
    let mut child = Command::new("fribidi")
        .args(["--nopad", "--nobreak", "--clean", "--basedir", flag])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("fribidi (Debian: apt-get install libfribidi-bin; .ci/run installs it)");
    let mut input = lines.join("\n");
    input.push('\n');
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let out = String::from_utf8(out.stdout).unwrap();
    let out: Vec<&str> = out.lines().collect();
    assert_eq!(out.len(), 2 * lines.len(), "{out:?}");
    out.chunks(2)
        .map(|pair| {
            let dir = pair[1].strip_prefix("Base direction: ").expect(pair[1]);
            Shown {
                // --clean removes embeddings and isolates; marks are ours to drop.
                visual: pair[0].chars().filter(|&c| c != LRM && c != RLM).collect(),
                rtl: dir == "R",
            }
        })
        .collect()
}

/// Whether `text` holds letters of a right-to-left script (outside `host`).
pub fn has_rtl_letters(text: &str, host: Option<&str>) -> bool {
    let rest = host.map_or(text.into(), |h| text.replace(h, ""));
    rest.chars().any(is_rtl_char)
}

/// The hosts every right-to-left locale is tested with.
pub const HOSTS: [&str; 5] = [
    "example.com",
    "1.example.com",
    "192.0.2.10",
    "example.com:8443",
    "[2001:db8::1]",
];

/// Checks every end-user text of right-to-left `locale` that is in its own
/// language (texts it lacks are en-US, and must carry no RLM): each line starts
/// with an RLM and is a right-to-left paragraph to a first-strong renderer, and
/// each of [`HOSTS`] keeps its order, whatever the paragraph's base. Returns how
/// many lines were in the locale's language.
pub fn check_rtl_locale(locale: winhttp_err::Locale) -> usize {
    use winhttp_err::{CertFlags, Direction, ErrorCode};
    assert_eq!(locale.direction(), Direction::Rtl, "{locale}");
    let tag = locale.tag();
    // (text, host in it)
    let mut texts: Vec<(String, Option<&str>)> = Vec::new();
    for code in ErrorCode::all() {
        texts.push((code.title(locale).into(), None));
        texts.push((code.summary(locale, None).into(), None));
        texts.push((code.message(locale).into(), None));
        texts.extend(code.hints(locale).map(|h| (h.to_owned(), None)));
        for host in HOSTS {
            texts.push((code.summary(locale, Some(host)).into(), Some(host)));
        }
    }
    let flags = CertFlags::all() | CertFlags::from_bits_retain(0x0100_0000);
    texts.extend(flags.reasons(locale).into_iter().map(|r| (r.into(), None)));
    for host in [None].into_iter().chain(HOSTS.map(Some)) {
        texts.push((winhttp_err::summary(12345, tag, host).into(), host));
    }
    texts.push((winhttp_err::report(12345, tag).into(), None));
    let lines: Vec<(&str, Option<&str>)> = texts
        .iter()
        .flat_map(|(t, h)| t.split('\n').map(move |l| (l, *h)))
        .collect();
    let own: Vec<(&str, Option<&str>)> = lines
        .iter()
        .copied()
        .filter(|(l, h)| has_rtl_letters(l, *h))
        .collect();
    for (line, _) in &lines {
        let ours = own.iter().any(|(l, _)| l == line);
        assert_eq!(line.starts_with(RLM), ours, "{tag}: {line:?}");
        let mut controls = line.chars().filter(|&c| winhttp_err::host::is_dropped(c));
        assert!(controls.all(|c| c == LRM || c == RLM), "{tag}: {line:?}");
    }
    let plain: Vec<&str> = own.iter().map(|(l, _)| *l).collect();
    for base in [Base::FirstStrong, Base::Rtl] {
        for (shown, (line, host)) in show(&plain, base).iter().zip(&own) {
            assert!(shown.rtl, "{tag} {base:?}: {line:?} shown {shown:?}");
            if let Some(host) = host {
                assert!(
                    shown.visual.contains(host),
                    "{tag} {base:?}: {host} reordered in {:?}",
                    shown.visual
                );
            }
        }
    }
    own.len()
}
