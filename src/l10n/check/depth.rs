//! The nesting limit, checked in one linear pass before any file is parsed.
//!
//! Fluent's parser (fluent-syntax) recurses once per nested placeable `{`, per
//! nested call `(`, and per select expression inside a variant; so do the AST's
//! drop, the checker's walks and the resolver. No limit of its own stops it, and
//! a stack overflow is no panic: it ends the host process. Real translations
//! nest one or two levels; [`MAX_DEPTH`] levels bound every later recursion over
//! the text to a few KiB of stack.
//!
//! The scan follows the grammar's nesting only as far as it must to never count
//! fewer levels than the parser opens: every `{` opens a level, in text or in an
//! expression; inside an expression, `(` opens one, and a string literal is
//! skipped (a `{"{"}` is how a translator writes a brace). A variant key's `]`
//! starts the variant's text, where `(` and `"` are prose, until a line that
//! starts with `[` or `*[` (the next key) or the `}` that closes the select.
//! Where a malformed file makes it disagree with the parser, it counts more
//! levels, never fewer; such a file has a syntax error anyway.

/// Deepest nesting of placeables and calls accepted in a file: 16 levels.
pub const MAX_DEPTH: usize = 16;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Inside `{ … }`; `text` in a variant's text after its key.
    Brace { text: bool },
    /// Inside a call's `( … )`.
    Paren,
}

/// The byte offset of the first `{` or `(` that opens a level beyond
/// [`MAX_DEPTH`], if there is one. Linear in `text`, no allocation.
pub(super) fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut stack = [Frame::Paren; MAX_DEPTH];
    let mut depth = 0usize;
    // Only blanks since the last line break (or the start).
    let mut line_start = true;
    let mut column0 = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let top = depth.checked_sub(1).map(|d| stack[d]);
        let starts_line = line_start;
        let at_column0 = column0;
        line_start = b == b'\n' || (line_start && (b == b' ' || b == b'\r'));
        column0 = b == b'\n';
        let open = match top {
            // Text outside any placeable: a comment line has no placeables.
            None => {
                if at_column0 && b == b'#' {
                    i += bytes[i..]
                        .iter()
                        .position(|&c| c == b'\n')
                        .unwrap_or(bytes.len() - i);
                    continue;
                }
                b == b'{'
            }
            Some(Frame::Brace { text: true }) => match b {
                b'{' => true,
                b'}' => {
                    depth -= 1;
                    false
                }
                b'[' | b'*' if starts_line => {
                    stack[depth - 1] = Frame::Brace { text: false };
                    false
                }
                _ => false,
            },
            Some(frame) => match b {
                b'{' | b'(' => true,
                b'"' => {
                    i = skip_string(bytes, i + 1);
                    line_start = false;
                    continue;
                }
                b')' if frame == Frame::Paren => {
                    depth -= 1;
                    false
                }
                b'}' => {
                    while depth > 0 {
                        depth -= 1;
                        if matches!(stack[depth], Frame::Brace { .. }) {
                            break;
                        }
                    }
                    false
                }
                b']' if frame != Frame::Paren => {
                    stack[depth - 1] = Frame::Brace { text: true };
                    false
                }
                _ => false,
            },
        };
        if open {
            if depth == MAX_DEPTH {
                return Some(i);
            }
            stack[depth] = if b == b'(' {
                Frame::Paren
            } else {
                Frame::Brace { text: false }
            };
            depth += 1;
        }
        i += 1;
    }
    None
}

/// The index after the string literal whose text starts at `i`: after its
/// closing quote, or at the line break or end that leaves it open.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return i + 1,
            b'\n' => return i,
            b'\\' if bytes.get(i + 1).is_some_and(|&c| c != b'\n') => i += 2,
            _ => i += 1,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, close: &str, levels: usize) -> String {
        format!("m = {}$x{}\n", open.repeat(levels), close.repeat(levels))
    }

    #[test]
    fn placeables_and_calls_count_up_to_the_limit() {
        assert_eq!(too_deep(&nested("{", "}", MAX_DEPTH)), None);
        let deep = nested("{", "}", MAX_DEPTH + 1);
        assert_eq!(too_deep(&deep), Some(4 + MAX_DEPTH));
        let calls = format!(
            "m = {{{}$x{} }}\n",
            "F(".repeat(MAX_DEPTH),
            ")".repeat(MAX_DEPTH)
        );
        assert!(too_deep(&calls).is_some());
        let calls = format!(
            "m = {{{}$x{} }}\n",
            "F(".repeat(MAX_DEPTH - 1),
            ")".repeat(MAX_DEPTH - 1)
        );
        assert_eq!(too_deep(&calls), None);
    }

    #[test]
    fn levels_close_and_prose_does_not_count() {
        // Many shallow placeables, parentheses and quotes in text, comments with
        // braces, braces in string literals: none of it nests.
        let mut ftl = String::from("# {{{{{{{{{{{{{{{{{{{{ ((((((((((((((((((\n");
        for i in 0..100 {
            ftl.push_str(&format!(
                "m{i} = a ( b \" {{ $x }} ((( {{\"{{\"}} {{ \"}}\" }}\n"
            ));
        }
        ftl.push_str(
            "s = { $n ->\n    [one] one ( \" ((((((((((((((((((((\n   *[other] { $n } (\n}\n",
        );
        assert_eq!(too_deep(&ftl), None);
    }

    #[test]
    fn variants_nest_and_text_hides_nothing() {
        // A select inside a variant inside a select…: one level each.
        let mut ftl = String::from("m =");
        for _ in 0..MAX_DEPTH + 1 {
            ftl.push_str(" { $n ->\n *[a] x");
        }
        ftl.push('\n');
        assert!(too_deep(&ftl).is_some());
        // In a variant's text a quote is prose: the braces after it count.
        let quoted = format!("m = {{ $n ->\n *[a] \" {}\n}}\n", "{".repeat(MAX_DEPTH));
        assert!(too_deep(&quoted).is_some());
        // Column 0 does not end an expression for the parser: still counted.
        let lines = format!("m = {}$x\n", "{\n".repeat(MAX_DEPTH + 1));
        assert!(too_deep(&lines).is_some());
    }
}
