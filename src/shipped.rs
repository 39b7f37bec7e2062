//! The shipped locales' text, as build.rs compiled it from `locales/<tag>/*.ftl`:
//! for every message id of [`IDS`] and attribute of [`ATTRS`] (`""`: the value),
//! one slot holding the pattern as plain text with its variables marked. A
//! locale is [`BLOCKS`] LZ4 blocks, by attribute ([`ATTR_PLACES`]): the values
//! (descriptions, hints, certificate lines), the titles, the summaries. Each is
//! decompressed whole on its first use and kept for the life of the process, so
//! that a first description decompresses a third of its locale, and a title a
//! little more; a lookup then decodes a slot, without parsing Fluent. en-US, the
//! dictionary, is stored uncompressed. The bottom of the house: it knows no
//! locale type, only positions in [`EMBEDDED`].
//!
//! A slot's bytes: ASCII as itself; [`VAR`] then [`FIRST_VAR`] + the index of a
//! variable of [`VARS`]; in a windowed locale (`Blob::window` ≠ 0) a byte from
//! 0x80 is the character `window + byte − 0x80` and [`ESCAPE`] precedes a
//! character written as UTF-8; otherwise text is UTF-8. [`ABSENT`] alone: the
//! locale does not have that slot. Each slot ends with a NUL.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

const VAR: u8 = 0x01;
const FIRST_VAR: u8 = 0x20;
const ABSENT: u8 = 0x03;
const ESCAPE: u8 = 0x05;

/// One shipped locale as build.rs stored it.
pub(crate) struct Blob {
    /// First character of the one-byte window; 0: the text is UTF-8.
    window: u32,
    /// Whether the blocks are LZ4 blocks, each compressed with the text of
    /// [`BLOCK_DICTIONARY`] as its dictionary: en-US's slots
    /// (`DICTIONARY_BYTES`) or an earlier block's; en-US itself is stored as it is.
    compressed: bool,
    /// The slots of the attributes [`ATTR_PLACES`] puts in each block, in
    /// message order.
    blocks: [Block; BLOCKS],
}

/// One block of a locale's slots as stored.
pub(crate) struct Block {
    /// Bytes of the slots once decompressed.
    size: usize,
    data: &'static [u8],
}

/// Number of shipped locales.
pub(crate) const COUNT: usize = EMBEDDED.len();

/// A block's slots, decompressed, and where each starts (one more: the end).
struct Slots {
    bytes: &'static [u8],
    starts: Box<[u32]>,
}

static SLOTS: [[OnceLock<Slots>; BLOCKS]; COUNT] =
    [const { [const { OnceLock::new() }; BLOCKS] }; COUNT];

fn slots(locale: usize, block: usize) -> &'static Slots {
    SLOTS[locale][block].get_or_init(|| {
        let blob = &EMBEDDED[locale].2;
        let stored = &blob.blocks[block];
        // Written by build.rs; the tests decompress every block.
        let bytes: &'static [u8] = if blob.compressed {
            let dictionary = match BLOCK_DICTIONARY[block] {
                None => DICTIONARY_BYTES,
                Some(earlier) => slots(locale, earlier).bytes,
            };
            lz4_flex::block::decompress_with_dict(stored.data, stored.size, dictionary)
                .expect("an embedded locale")
                .leak()
        } else {
            stored.data
        };
        let starts = slot_starts(bytes);
        assert_eq!(
            starts.len(),
            IDS.len() * BLOCK_ATTRS[block] + 1,
            "slot count"
        );
        Slots {
            bytes,
            starts: starts.into_boxed_slice(),
        }
    })
}

/// Where each NUL-terminated slot of `bytes` starts, and the end. Eight bytes
/// at a time (a zero byte sets its word's high bit in `(w − 0x01…) & !w & 0x80…`):
/// a first lookup finds a locale's ~700 slots in ~2 µs, where one `CStr` search
/// per slot took ~15 µs.
fn slot_starts(bytes: &[u8]) -> Vec<u32> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut starts = Vec::with_capacity(IDS.len() * ATTRS.len() + 1);
    starts.push(0);
    let mut at = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let mut zeros = w.wrapping_sub(ONES) & !w & HIGHS;
        while zeros != 0 {
            // Exact for the lowest zero byte; a 0x01 byte above a zero may be
            // flagged too, hence the check.
            let i = zeros.trailing_zeros() as usize / 8;
            if chunk[i] == 0 {
                starts.push((at + i + 1) as u32);
            }
            zeros &= zeros - 1;
        }
        at += 8;
    }
    for (i, &b) in chunks.remainder().iter().enumerate() {
        if b == 0 {
            starts.push((at + i + 1) as u32);
        }
    }
    starts
}

/// The pattern of one slot: text with its variables marked.
#[derive(Clone, Copy)]
pub(crate) struct Pattern {
    bytes: &'static [u8],
    window: u32,
}

/// The slot of message `id`, attribute `attr` (`None`: the value), in shipped
/// locale `locale`, if the locale has it.
pub(crate) fn pattern(locale: usize, id: &str, attr: Option<&str>) -> Option<Pattern> {
    let message = IDS.binary_search(&id).ok()?;
    let attr = ATTRS.binary_search(&attr.unwrap_or("")).ok()?;
    slot(locale, message, attr)
}

/// Indices of [`ATTRS`], those of the first block first: asking whether a
/// locale has a message seldom decompresses the second.
fn attrs_by_block() -> impl Iterator<Item = usize> {
    (0..BLOCKS).flat_map(|block| (0..ATTRS.len()).filter(move |&a| ATTR_PLACES[a].0 == block))
}

/// Whether shipped `locale` has message `id` at all (its value or an attribute).
pub(crate) fn defines(locale: usize, id: &str) -> bool {
    IDS.binary_search(&id)
        .is_ok_and(|m| attrs_by_block().any(|a| slot(locale, m, a).is_some()))
}

/// The slot of message `message` (of [`IDS`]), attribute `attr` (of [`ATTRS`]).
fn slot(locale: usize, message: usize, attr: usize) -> Option<Pattern> {
    let (block, place) = ATTR_PLACES[attr];
    let slots = slots(locale, block);
    let index = message * BLOCK_ATTRS[block] + place;
    let (start, end) = (
        slots.starts[index] as usize,
        slots.starts[index + 1] as usize,
    );
    let bytes = &slots.bytes[start..end - 1];
    (bytes != [ABSENT]).then_some(Pattern {
        bytes,
        window: EMBEDDED[locale].2.window,
    })
}

/// The length of the UTF-8 sequence `lead` starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// One piece of a pattern.
enum Piece<'a> {
    Text(&'a str),
    Char(char),
    Var(&'static str),
}

impl Pattern {
    /// Calls `each` with the pattern's pieces in order; `None` if the bytes are
    /// not what build.rs writes (the tests decode every slot).
    fn pieces(&self, mut each: impl FnMut(Piece<'_>) -> Option<()>) -> Option<()> {
        let b = self.bytes;
        let mut i = 0;
        while i < b.len() {
            let byte = b[i];
            i += 1;
            match byte {
                VAR => {
                    each(Piece::Var(
                        VARS.get(usize::from(b.get(i)?.checked_sub(FIRST_VAR)?))?,
                    ))?;
                    i += 1;
                }
                0..=0x7F if byte != ESCAPE => {
                    // A run of ASCII at once.
                    let run = b[i..]
                        .iter()
                        .take_while(|&&c| c < 0x80 && c != VAR && c != ESCAPE)
                        .count();
                    each(Piece::Text(std::str::from_utf8(&b[i - 1..i + run]).ok()?))?;
                    i += run;
                }
                _ if byte >= 0x80 && self.window != 0 => {
                    each(Piece::Char(char::from_u32(
                        self.window + u32::from(byte - 0x80),
                    )?))?;
                }
                _ => {
                    // UTF-8: after ESCAPE, or anywhere in a locale without a window.
                    let start = if byte == ESCAPE { i } else { i - 1 };
                    let end = start + utf8_len(*b.get(start)?);
                    each(Piece::Text(std::str::from_utf8(b.get(start..end)?).ok()?))?;
                    i = end;
                }
            }
        }
        Some(())
    }

    /// The text, with each variable's value from `arg`; `None` if one is missing,
    /// as Fluent reports an error for it.
    pub(crate) fn format<'v>(&self, arg: impl Fn(&str) -> Option<&'v str>) -> Option<String> {
        let mut out = String::with_capacity(self.bytes.len() + 32);
        self.pieces(|piece| {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Char(c) => out.push(c),
                Piece::Var(v) => out.push_str(arg(v)?),
            }
            Some(())
        })?;
        Some(out)
    }

    /// The pattern as Fluent source, for an entry `id = …` or `.attr = …`: text
    /// that Fluent would read otherwise (braces, spaces at either end, a new
    /// line's first character) goes in string literals.
    fn write_ftl(&self, out: &mut String) {
        let mut text = String::new();
        let complete = self.pieces(|piece| {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Char(c) => text.push(c),
                Piece::Var(v) => {
                    literal_text(&text, out);
                    text.clear();
                    out.push_str("{ $");
                    out.push_str(v);
                    out.push_str(" }");
                }
            }
            Some(())
        });
        debug_assert!(complete.is_some(), "slots decode (tests check)");
        literal_text(&text, out);
    }
}

/// `text` as the text of a Fluent pattern.
fn literal_text(text: &str, out: &mut String) {
    let last = text.chars().count().saturating_sub(1);
    let mut after_newline = false;
    for (n, c) in text.chars().enumerate() {
        let literal = matches!(c, '{' | '}')
            || ((n == 0 || n == last) && c == ' ')
            || (after_newline && matches!(c, ' ' | '[' | '*' | '.'));
        if literal {
            out.push_str("{\"");
            out.push(c);
            out.push_str("\"}");
        } else if c == '\n' {
            out.push_str("\n    ");
        } else {
            out.push(c);
        }
        after_newline = c == '\n';
    }
}

/// Shipped `locale` as one Fluent file (no comments), made on first use: the
/// whole-file bundle and the translator's checker read it; lookups never do.
pub(crate) fn ftl(locale: usize) -> &'static str {
    static FTL: [OnceLock<String>; COUNT] = [const { OnceLock::new() }; COUNT];
    FTL[locale].get_or_init(|| {
        let mut out = String::new();
        for (m, id) in IDS.iter().enumerate() {
            let parts: Vec<(&str, Pattern)> = ATTRS
                .iter()
                .enumerate()
                .filter_map(|(a, attr)| Some((*attr, slot(locale, m, a)?)))
                .collect();
            if parts.is_empty() {
                continue;
            }
            out.push_str(id);
            out.push_str(" =");
            for (attr, pattern) in parts {
                if !attr.is_empty() {
                    out.push_str("\n    .");
                    out.push_str(attr);
                    out.push_str(" =");
                }
                out.push(' ');
                if pattern.bytes.is_empty() {
                    out.push_str("{\"\"}");
                }
                pattern.write_ftl(&mut out);
            }
            out.push('\n');
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every slot of every locale decodes: what the runtime trusts of build.rs.
    #[test]
    fn every_slot_decodes() {
        for (locale, (tag, _, blob)) in EMBEDDED.iter().enumerate() {
            for block in 0..BLOCKS {
                assert_eq!(
                    slots(locale, block).bytes.len(),
                    blob.blocks[block].size,
                    "{tag}"
                );
            }
            for (message, id) in IDS.iter().enumerate() {
                for (attr, name) in ATTRS.iter().enumerate() {
                    if let Some(p) = slot(locale, message, attr) {
                        let text = p.format(|_| Some("x"));
                        assert!(text.is_some(), "{tag} {id} {name}");
                    }
                }
            }
        }
    }

    /// A description needs the first block alone, a title that and a small one;
    /// the summaries, half a locale's text, are a block of their own.
    #[test]
    fn a_description_decompresses_the_first_block_alone() {
        let block = |attr: &str| ATTR_PLACES[ATTRS.binary_search(&attr).unwrap()].0;
        assert_eq!(block(""), 0);
        assert_eq!(BLOCK_DICTIONARY[0], None, "en-US's text");
        for attr in ["title", "summary", "summary-host"] {
            assert_ne!(block(attr), 0, "{attr:?}");
            assert_eq!(BLOCK_DICTIONARY[block(attr)], Some(0), "{attr:?}");
        }
        assert_eq!(block("summary"), block("summary-host"));
        let fr = EMBEDDED.iter().position(|e| e.0 == "fr-FR").unwrap();
        let sizes: Vec<usize> = EMBEDDED[fr].2.blocks.iter().map(|b| b.size).collect();
        let share = sizes[0] as f64 / sizes.iter().sum::<usize>() as f64;
        assert!((0.25..0.5).contains(&share), "{sizes:?}");
    }

    /// Negotiation binary-searches the tags by their bytes.
    #[test]
    fn tags_are_sorted_by_their_bytes() {
        assert!(EMBEDDED
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
    }

    #[test]
    fn literal_text_escapes_what_fluent_would_read() {
        let mut out = String::new();
        literal_text(" a {b}\n.c ", &mut out);
        assert_eq!(out, "{\" \"}a {\"{\"}b{\"}\"}\n    {\".\"}c{\" \"}");
    }
}
