//! [`LineIndex`]: byte offsets to 1-based lines and columns counted in chars, as editors and
//! the CLI's output show places.

/// Byte offset → line / column, and byte ↔ UTF-16 conversion.
///
/// Lines end at `\n`; a `\r` before it belongs to the line break, not to the line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// The chars before each [`CHARS_STEP`]-th byte: a column is counted from the nearest one,
    /// not from the line's start (every place on one long line once walked it from there).
    chars_before: Vec<usize>,
    len: usize,
}

/// How far apart the char counts of [`LineIndex`] are, in bytes.
const CHARS_STEP: usize = 64;

/// The chars that start in `bytes` (any slice of UTF-8: the bytes that do not continue one).
fn chars_starting(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// A 1-based line and a 1-based column counted in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before = vec![0];
        let mut n = 0;
        for block in text.as_bytes().chunks(CHARS_STEP) {
            n += chars_starting(block);
            chars_before.push(n);
        }
        LineIndex {
            line_starts,
            chars_before,
            len: text.len(),
        }
    }

    /// The chars of `text` before the byte offset `at` (a char boundary).
    fn chars_to(&self, text: &str, at: usize) -> usize {
        let block = at / CHARS_STEP;
        let from = block * CHARS_STEP;
        self.chars_before.get(block).copied().unwrap_or(0)
            + text.as_bytes().get(from..at).map_or(0, chars_starting)
    }

    /// Line (1-based) and column (1-based, in chars) of a byte offset. Offsets past the end or
    /// inside a char are clamped to the nearest valid position before them.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(self.len).min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        LineCol {
            line: line + 1,
            column: self.chars_to(text, offset) - self.chars_to(text, start) + 1,
        }
    }

    /// The 1-based line of a byte offset (no column: cheaper).
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= offset.min(self.len))
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::floor_char_boundary;

    const MIXED: &str = "第xx条\r\n💛x亿元[具体项目]";

    #[test]
    fn line_col_counts_chars_and_skips_crlf() {
        let idx = LineIndex::new(MIXED);
        assert_eq!(idx.line_col(MIXED, 0), LineCol { line: 1, column: 1 });
        let x = MIXED.find('x').unwrap();
        assert_eq!(idx.line_col(MIXED, x), LineCol { line: 1, column: 2 });
        let second = MIXED.find('💛').unwrap();
        assert_eq!(idx.line_col(MIXED, second), LineCol { line: 2, column: 1 });
        let x2 = MIXED.rfind('x').unwrap();
        assert_eq!(idx.line_col(MIXED, x2), LineCol { line: 2, column: 2 });
        // inside a multi-byte char: clamped to its start
        assert_eq!(idx.line_col(MIXED, 1), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_count(), 2);
    }

    /// Columns from the index's char counts are the chars from the line's start, everywhere
    /// on lines longer and shorter than its step, of chars of 1 to 4 bytes.
    #[test]
    fn line_col_from_char_counts_is_the_count_from_the_line_start() {
        let text = format!(
            "{}\n{}\n\n{}",
            "aé项💛".repeat(40),
            "x".repeat(200),
            "第xx条\r\n".repeat(30)
        );
        let idx = LineIndex::new(&text);
        for at in 0..=text.len() + 2 {
            let b = floor_char_boundary(&text, at);
            let start = text[..b].rfind('\n').map_or(0, |i| i + 1);
            let want = LineCol {
                line: text[..b].matches('\n').count() + 1,
                column: text[start..b].chars().count() + 1,
            };
            assert_eq!(idx.line_col(&text, at), want, "at {at}");
        }
    }
}
