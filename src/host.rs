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

/// Characters never shown: Unicode `Cc` (C0, DEL, C1), the bidi controls
/// (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph
/// separators U+2028/U+2029, which would break the sentence.
pub fn is_dropped(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// The host to show, or `None` for a host-less text: `None` when `host` is
/// empty, longer than [`MAX_HOST_LEN`] bytes, or holds nothing but dropped
/// characters and white space. Dropped characters are removed, surrounding white space trimmed.
pub fn clean(host: &str) -> Option<String> {
    if host.len() > MAX_HOST_LEN {
        return None;
    }
    let kept: String = host.chars().filter(|&c| !is_dropped(c)).collect();
    let kept = kept.trim();
    (!kept.is_empty()).then(|| kept.to_owned())
}

/// [`clean`] for bytes: invalid UTF-8 is no host.
pub fn clean_bytes(host: &[u8]) -> Option<String> {
    clean(std::str::from_utf8(host).ok()?)
}

/// [`clean`] for UTF-16 units: more than [`MAX_HOST_LEN`] units, or an unpaired
/// surrogate, is no host.
pub fn clean_utf16(host: &[u16]) -> Option<String> {
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
