//! A very long draft in the textarea a part at a time.
//!
//! The browser lays out a textarea's whole value at once, in one task the page cannot cut: two
//! megabytes pasted took seconds on a slow machine, and no click or key was answered meanwhile.
//! A draft longer than [`LONG`] bytes (no speech is; a whole document pasted by mistake is) is
//! shown about [`PART`] bytes at a time, whole lines; the draft itself (the session's, the
//! analysis', the export's) is always the whole text. The writer moves from part to part with
//! the bar above the editor, and a jump (an outline item, a finding, a field) shows the part it
//! lands in. Pure offsets here; the editor (`textarea.rs`) sets the textarea from them.

use jianggao_engine::text::floor_char_boundary;
use std::ops::Range;

/// A draft longer than this (bytes) is shown in parts: about 170,000 Chinese characters, more
/// than any speech.
pub const LONG: usize = 512 * 1024;
/// About this many bytes of a long draft are shown at a time.
pub const PART: usize = 128 * 1024;

/// What the textarea shows: the whole draft, or a part of it (byte range, whole lines where
/// the lines are not too long).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub range: Range<usize>,
    pub parts: bool,
}

impl Shown {
    pub fn whole(text: &str) -> Shown {
        Shown {
            range: 0..text.len(),
            parts: false,
        }
    }

    /// The part of `text` holding byte `at` (a jump's place, a paste's caret), or the whole
    /// text when it is not long.
    pub fn around(text: &str, at: usize) -> Shown {
        if text.len() <= LONG {
            return Shown::whole(text);
        }
        let at = floor_char_boundary(text, at.min(text.len()));
        let start = line_start(text, at.saturating_sub(PART / 2));
        let end = line_end(text, (start + PART).min(text.len()));
        // the part starts at a line start at or before `at`, and ends after it
        let end = if end <= at { line_end(text, at) } else { end };
        Shown {
            range: start..end,
            parts: true,
        }
    }

    /// The same place after the text changed outside the textarea (undo, a fix, a move in the
    /// outline): the part from the same start.
    pub fn kept(&self, text: &str) -> Shown {
        if text.len() <= LONG {
            return Shown::whole(text);
        }
        let start = line_start(text, self.range.start.min(text.len()));
        let end = line_end(text, (start + PART).min(text.len()));
        if end <= start {
            return Shown::around(text, start);
        }
        Shown {
            range: start..end,
            parts: true,
        }
    }

    /// The part after this one (this one when it is the last).
    pub fn next(&self, text: &str) -> Shown {
        if !self.parts || self.range.end >= text.len() {
            return self.clone();
        }
        let start = self.range.end;
        Shown {
            range: start..line_end(text, (start + PART).min(text.len())),
            parts: true,
        }
    }

    /// The part before this one (this one when it is the first).
    pub fn prev(&self, text: &str) -> Shown {
        if !self.parts || self.range.start == 0 {
            return self.clone();
        }
        let end = self.range.start.min(text.len());
        Shown {
            range: line_start(text, end.saturating_sub(PART))..end,
            parts: true,
        }
    }

    /// After the writer typed in the textarea: its value is now `len` bytes.
    pub fn typed(&self, len: usize) -> Shown {
        Shown {
            range: self.range.start..self.range.start + len,
            parts: self.parts,
        }
    }

    /// Where these bytes of the text typed are in `marked`, a text that differs from it only
    /// inside the part (the last analysis', a pause behind): the same start, the end moved by
    /// the difference in length. The whole of `marked` when the whole text is shown.
    pub fn in_marked(&self, text_len: usize, marked: &str) -> Range<usize> {
        if !self.parts {
            return 0..marked.len();
        }
        let start = floor_char_boundary(marked, self.range.start.min(marked.len()));
        let end = (self.range.end + marked.len()).saturating_sub(text_len);
        let end = floor_char_boundary(marked, end.clamp(start, marked.len()));
        start..end
    }
}

/// The start of the line byte `at` is in, when it is less than half a part back; else `at`
/// itself (a line of megabytes is cut where it must be).
fn line_start(text: &str, at: usize) -> usize {
    let at = floor_char_boundary(text, at);
    let from = at.saturating_sub(PART / 2);
    match text.as_bytes()[from..at].iter().rposition(|&b| b == b'\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => at,
    }
}

/// Just after the end of the line byte `at` is in (its newline), when it is less than half a
/// part on; else `at` itself.
fn line_end(text: &str, at: usize) -> usize {
    let at = floor_char_boundary(text, at);
    if at == 0 || text.as_bytes().get(at - 1) == Some(&b'\n') {
        return at;
    }
    let to = floor_char_boundary(text, (at + PART / 2).min(text.len()));
    match text.as_bytes()[at..to].iter().position(|&b| b == b'\n') {
        Some(i) => at + i + 1,
        None if to == text.len() => to,
        None => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long_text() -> String {
        (0..40_000)
            .map(|i| format!("第{i}段，推进项目建设，完成投资{i}亿元。\n"))
            .collect()
    }

    #[test]
    fn a_short_draft_is_shown_whole() {
        let t = "同志们：\n今年安排项目x个。";
        assert_eq!(Shown::around(t, 5), Shown::whole(t));
        assert_eq!(Shown::whole(t).next(t), Shown::whole(t));
    }

    #[test]
    fn a_long_draft_is_shown_in_parts_of_whole_lines_that_cover_it() {
        let t = long_text();
        assert!(t.len() > LONG);
        let mut s = Shown::around(&t, 0);
        assert!(s.parts);
        assert_eq!(s.range.start, 0);
        let mut covered = 0;
        let mut n = 0;
        loop {
            assert_eq!(s.range.start, covered, "parts follow each other");
            assert!(s.range.len() <= PART + PART / 2 && !s.range.is_empty());
            assert!(s.range.end == t.len() || t.as_bytes()[s.range.end - 1] == b'\n');
            covered = s.range.end;
            n += 1;
            let next = s.next(&t);
            if next == s {
                break;
            }
            s = next;
        }
        assert_eq!(covered, t.len());
        assert!(n > 5, "{n} parts");
        // and back: the part before the last ends where the last starts
        let before = s.prev(&t);
        assert_eq!(before.range.end, s.range.start);
        assert!(t.as_bytes()[before.range.start - 1] == b'\n');
    }

    #[test]
    fn the_part_around_a_place_holds_it() {
        let t = long_text();
        for at in [0, 1, t.len() / 3, t.len() / 2 + 7, t.len() - 1, t.len()] {
            let s = Shown::around(&t, at);
            assert!(
                s.range.start <= at && at <= s.range.end,
                "{at} in {:?}",
                s.range
            );
            assert!(t.is_char_boundary(s.range.start) && t.is_char_boundary(s.range.end));
        }
    }

    #[test]
    fn a_line_of_megabytes_is_cut_on_char_boundaries() {
        let t = "x个".repeat(300_000);
        let s = Shown::around(&t, t.len() / 2);
        assert!(s.parts && s.range.len() <= PART + 4, "{:?}", s.range);
        assert!(t.is_char_boundary(s.range.start) && t.is_char_boundary(s.range.end));
        assert!(s.range.contains(&(t.len() / 2)));
        let n = s.next(&t);
        assert_eq!(n.range.start, s.range.end);
    }

    #[test]
    fn typing_in_a_part_moves_its_end_and_the_marked_text_lines_up() {
        let t = long_text();
        let s = Shown::around(&t, t.len() / 2);
        // a key typed in the part: the text grows by 3 bytes inside it
        let typed = s.typed(s.range.len() + 3);
        assert_eq!(typed.range.start, s.range.start);
        assert_eq!(typed.range.end, s.range.end + 3);
        // the marked text is the text before the key: the part there is the old one
        assert_eq!(typed.in_marked(t.len() + 3, &t), s.range);
        assert_eq!(Shown::whole("甲乙").in_marked(2, "甲乙丙"), 0..9);
    }

    #[test]
    fn a_change_outside_keeps_the_place() {
        let t = long_text();
        let s = Shown::around(&t, t.len() / 2);
        // the part's first line taken out (a move in the outline, an undo)
        let cut = s.range.start + t[s.range.start..].find('\n').unwrap() + 1;
        let edited = format!("{}{}", &t[..s.range.start], &t[cut..]);
        let k = s.kept(&edited);
        assert_eq!(k.range.start, s.range.start);
        assert!(k.parts);
        // cut to a short text, it is shown whole
        assert_eq!(s.kept("短稿"), Shown::whole("短稿"));
    }
}
