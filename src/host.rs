//! A server's name, as an application hands it over, made safe to show.
//!
//! The name is untrusted: it may come from a URL a user typed, a redirect or a
//! configuration file. Control characters could break the text into lines or
//! hide part of it, and bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE and the
//! like) could make `moc.elpmaxe` read as `example.com`, or reorder the sentence
//! around it. They are dropped; everything else is shown as given.

/// Most bytes (UTF-8) or units (UTF-16) of a host read. A DNS name has at most
/// 253 characters; with a port or an IPv6 literal in brackets, 255 is enough for
/// any real host. Longer input is no host, rather than a cut one that could name
/// a different server.
pub const MAX_HOST_LEN: usize = 255;

/// Characters never shown: Unicode `Cc` (C0, DEL, C1); every `Cf` (format)
/// character but ZERO WIDTH NON-JOINER and JOINER (U+200C/D, which IDNA allows
/// in context): the bidi controls (U+061C, U+200E/F, U+202A–U+202E,
/// U+2066–U+2069), ZERO WIDTH SPACE, the word joiner and invisible operators
/// (U+2060–U+2064), U+FEFF, SOFT HYPHEN, the interlinear annotations, the tag
/// characters; the other default-ignorable code points, invisible too
/// (U+034F, Hangul fillers, variation selectors, U+E0000–U+E0FFF); and the
/// line and paragraph separators U+2028/U+2029, which would break the
/// sentence. Any of them could make the name shown differ from the real one
/// while looking identical.
pub fn is_dropped(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{115F}'..='\u{1160}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'
                | '\u{200E}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// A server's name fit to show: made only by [`clean`] and its twins, so no
/// text can be given a host that was not cleaned. Reads as a `str`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CleanHost(String);

impl CleanHost {
    /// The cleaned name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for CleanHost {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CleanHost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The host to show, or `None` for a host-less text: `None` when `host` is
/// empty, longer than [`MAX_HOST_LEN`] bytes, or holds nothing but dropped
/// characters and white space. Dropped characters are removed, surrounding white space trimmed.
pub fn clean(host: &str) -> Option<CleanHost> {
    if host.len() > MAX_HOST_LEN {
        return None;
    }
    let kept: String = host.chars().filter(|&c| !is_dropped(c)).collect();
    let kept = kept.trim();
    (!kept.is_empty()).then(|| CleanHost(kept.to_owned()))
}

/// [`clean`] for bytes: invalid UTF-8 is no host.
pub fn clean_bytes(host: &[u8]) -> Option<CleanHost> {
    clean(std::str::from_utf8(host).ok()?)
}

/// [`clean`] for UTF-16 units: more than [`MAX_HOST_LEN`] units, or an unpaired
/// surrogate, is no host.
pub fn clean_utf16(host: &[u16]) -> Option<CleanHost> {
    if host.len() > MAX_HOST_LEN {
        return None;
    }
    clean(&String::from_utf16(host).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_keep_their_text_and_lose_their_controls() {
        assert_eq!(clean("example.com").as_deref(), Some("example.com"));
        assert_eq!(clean(" bücher.de ").as_deref(), Some("bücher.de"));
        assert_eq!(clean("[::1]:8443").as_deref(), Some("[::1]:8443"));
        assert_eq!(
            clean("evil\u{202E}moc.elpmaxe\u{202C}").as_deref(),
            Some("evilmoc.elpmaxe")
        );
        assert_eq!(clean("a\nb\r\t\u{7F}\u{85}\u{9B}c").as_deref(), Some("abc"));
        assert_eq!(
            clean("\u{2066}x\u{2069}\u{200E}\u{061C}\u{2028}").as_deref(),
            Some("x")
        );
        for none in ["", "   ", "\u{202E}", "\n\t"] {
            assert_eq!(clean(none), None, "{none:?}");
        }
    }

    #[test]
    fn invisible_characters_are_dropped_and_joiners_kept() {
        for c in [
            '\u{00AD}',
            '\u{200B}',
            '\u{2060}',
            '\u{2061}',
            '\u{2064}',
            '\u{FEFF}',
            '\u{FFF9}',
            '\u{FFFB}',
            '\u{E0001}',
            '\u{E0041}',
            '\u{E007F}',
            '\u{FE0F}',
            '\u{034F}',
            '\u{180E}',
        ] {
            assert!(is_dropped(c), "U+{:04X}", u32::from(c));
            assert_eq!(
                clean(&format!("exa{c}mple.com")).as_deref(),
                Some("example.com")
            );
        }
        // IDNA allows the joiners in context (Persian, Indic scripts): shown.
        assert_eq!(
            clean("\u{0645}\u{200C}\u{06CC}.ir").as_deref(),
            Some("\u{0645}\u{200C}\u{06CC}.ir")
        );
        assert!(!is_dropped('\u{200D}'));
        // Letters, digits, no-break spaces and the punctuation of hosts stay.
        for c in [
            'a', 'é', 'ж', '中', '1', '-', '.', ':', '[', ']', '\u{00A0}',
        ] {
            assert!(!is_dropped(c), "{c:?}");
        }
    }

    #[test]
    fn hosts_are_bounded_and_valid() {
        let longest = "a".repeat(MAX_HOST_LEN);
        assert_eq!(clean(&longest).as_deref(), Some(longest.as_str()));
        assert_eq!(clean(&"a".repeat(MAX_HOST_LEN + 1)), None);
        assert_eq!(clean_bytes(b"\xffexample.com"), None);
        assert_eq!(clean_bytes(b"example.com").as_deref(), Some("example.com"));
        assert_eq!(clean_utf16(&[0xD800, b'a' as u16]), None);
        let wide: Vec<u16> = "пример.рф".encode_utf16().collect();
        assert_eq!(clean_utf16(&wide).as_deref(), Some("пример.рф"));
        assert_eq!(clean_utf16(&vec![b'a' as u16; MAX_HOST_LEN + 1]), None);
    }
}
