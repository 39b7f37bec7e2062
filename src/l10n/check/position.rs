//! Lines and columns of byte offsets, in time linear in the file: a file of
//! 1 MiB may hold tens of thousands of findings, and counting from the start of
//! the file for each of them took minutes. And where in a text a finding points:
//! a syntax error, a bad variable name, a sub-slice.

/// A file's line starts, built once; positions are asked in increasing order
/// of offset (the findings are sorted first), so a column is counted from the
/// previous position on the same line, never twice over the same characters.
pub(super) struct Lines<'t> {
    text: &'t str,
    /// Byte offset of each line's first byte.
    starts: Vec<usize>,
    /// The last position given: (offset, line index, column).
    last: (usize, usize, usize),
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Lines {
            text,
            starts,
            last: (0, 0, 1),
        }
    }

    /// 1-based line and column (in characters) of byte `offset` (an offset
    /// inside a character counts as that character's start). Fastest when each
    /// offset is at least the one before.
    pub(super) fn at(&mut self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (last_offset, last_line, last_column) = self.last;
        let (from, column) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (self.starts[line], 1)
        };
        let column = column + text[from..offset].chars().count();
        self.last = (offset, line, column);
        (line + 1, column)
    }
}

/// 1-based line and column of byte `offset` in `text`, for one position.
#[cfg(test)]
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    Lines::new(text).at(offset)
}

/// Where to show a syntax error the parser found at byte `pos`. It reports
/// some at the start of the line after the one at fault: an indented line it
/// could not read as part of the entry above (an attribute with a bad
/// placeable) is shown at its first character; otherwise (a brace left open)
/// at the end of the line before.
pub(super) fn syntax_error_at(text: &str, pos: usize) -> usize {
    let mut at = pos.min(text.len());
    let bytes = text.as_bytes();
    if at == 0 || bytes[at - 1] != b'\n' {
        return at;
    }
    let indent = bytes[at..].iter().take_while(|&&b| b == b' ').count();
    match bytes.get(at + indent) {
        Some(b) if indent > 0 && *b != b'\n' && *b != b'\r' => at + indent,
        _ => {
            at -= 1;
            if at > 0 && bytes[at - 1] == b'\r' {
                at -= 1;
            }
            at
        }
    }
}

/// A variable name that is no Fluent identifier (`$hôte`, `$1`) on the line of
/// byte `at`: the usual cause of a syntax error there, and a clearer message
/// than the parser's "Expected one of a-zA-Z".
pub(super) fn bad_variable_name(text: &str, at: usize) -> Option<(usize, String)> {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    line.match_indices('$').find_map(|(i, _)| {
        let name: String = line[i + 1..]
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '}')
            .collect();
        let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (!valid).then(|| {
            let message = format!(
                "\"${name}\" is not a valid variable name (ASCII letters, digits, \"-\" and \"_\"); \
                 keep en-US's names, such as $host (this entry is ignored)"
            );
            (start + i, message)
        })
    })
}

/// Byte offset of `slice`, a sub-slice of `text`.
pub(super) fn offset_of(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .checked_sub(text.as_ptr() as usize)
        .filter(|&o| o <= text.len())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "ab\ncé\r\nx";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // "é" is two bytes: the byte after it is column 3, inside it column 2.
        assert_eq!(line_column(text, 6), (2, 3));
        assert_eq!(line_column(text, 5), (2, 2));
        assert_eq!(line_column(text, text.len()), (3, 2));
        assert_eq!(line_column(text, 99), (3, 2));
    }

    #[test]
    fn a_cursor_gives_what_one_position_gives() {
        let text = "ab\ncé\r\nxyz\n\néé";
        let mut lines = Lines::new(text);
        let mut offsets: Vec<usize> = (0..=text.len() + 1).collect();
        // Increasing, then out of order: the same answers.
        offsets.extend([5, 0, 9, 3, 14]);
        for o in offsets {
            assert_eq!(lines.at(o), line_column_slow(text, o), "offset {o}");
        }
    }

    fn line_column_slow(text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.matches('\n').count() + 1,
            before[start..].chars().count() + 1,
        )
    }
}
