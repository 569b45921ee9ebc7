//! Where one undo step of typing ends, as in a word processor: after a pause, at a line break,
//! when the caret jumps elsewhere, and around a paste.
//!
//! [`crate::session::Session`] asks [`starts_step`] before each text edit; everything here is
//! pure, so the rules are tested natively.

/// A pause in typing longer than this (milliseconds) starts a new undo step.
pub const PAUSE_MS: f64 = 1_000.0;

/// How a text edit arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EditKind {
    /// Typed (or deleted) key by key.
    #[default]
    Typing,
    /// Pasted or dropped: always a step of its own.
    Paste,
}

/// The last edit of the typing run in progress.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    /// When it happened (milliseconds, any clock that only goes forward).
    pub at_ms: f64,
    /// The caret after it (byte offset).
    pub cursor: usize,
}

/// The changed region of an edit: `old[start..old_end]` became `new[start..new_end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
}

impl Change {
    /// Where `span` of the old text stands in the new one: the same before the change, moved
    /// by its length after it, `None` when the change touches it (what was said of that text
    /// may no longer hold).
    pub fn map(&self, span: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        if span.end <= self.start {
            Some(span.clone())
        } else if span.start >= self.old_end {
            let (at, by) = (span.start - self.old_end, span.end - span.start);
            let start = self.new_end + at;
            Some(start..start + by)
        } else {
            None
        }
    }
}

/// The smallest region that differs between `old` and `new`, on char boundaries.
pub fn change(old: &str, new: &str) -> Change {
    // compared by bytes, eight at a step (no decoding: a key in a 2 MB draft walks it twice),
    // then moved back to a char boundary; equal bytes before it mean the same chars in both
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let mut prefix = crate::text::common_prefix(a, b);
    while !old.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = old.len().min(new.len()) - prefix;
    let mut suffix = crate::text::common_suffix(&a[prefix..], &b[prefix..]).min(max_suffix);
    while !old.is_char_boundary(old.len() - suffix) {
        suffix -= 1;
    }
    Change {
        start: prefix,
        old_end: old.len() - suffix,
        new_end: new.len() - suffix,
    }
}

/// Does this edit start a new undo step, given the typing run it may continue?
///
/// A run continues only when the edit is typing, comes within [`PAUSE_MS`] of the run's last
/// edit, touches the caret where that edit left it (typing on, or deleting back or forward)
/// and inserts no line break.
pub fn starts_step(run: Option<Run>, old: &str, new: &str, at_ms: f64, kind: EditKind) -> bool {
    let Some(run) = run else { return true };
    if kind == EditKind::Paste || !(0.0..=PAUSE_MS).contains(&(at_ms - run.at_ms)) {
        return true;
    }
    let c = change(old, new);
    if new[c.start..c.new_end].contains('\n') {
        return true;
    }
    // typing on or Backspace: the change ends at the caret; Delete: it starts there
    let at_caret = c.old_end == run.cursor || c.start == run.cursor;
    !at_caret
}

/// Does the typing run end after this edit? A paste is a step of its own; a line break starts
/// a step that the typing after it continues.
pub fn ends_run(kind: EditKind) -> bool {
    kind == EditKind::Paste
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(at_ms: f64, cursor: usize) -> Option<Run> {
        Some(Run { at_ms, cursor })
    }

    /// A span before the change stays, one after it moves by the change's length, one the
    /// change touches is gone; the text at a kept span is the same text.
    #[test]
    fn spans_follow_an_edit() {
        let old = "今天在某区召开全县推进会，安排项目x个。";
        let span_of = |t: &str, s: &str| {
            let i = t.find(s).unwrap();
            i..i + s.len()
        };
        for new in [
            "今天在某区召开全县推进大会，安排项目x个。",
            "今天在某区召开全县会，安排项目x个。",
            "今天在某区召开全县推进会，安排项目x个。",
        ] {
            let c = change(old, new);
            for word in ["某区", "x个"] {
                let kept = c.map(&span_of(old, word)).unwrap();
                assert_eq!(&new[kept], word, "{new}");
            }
            let touched = c.map(&span_of(old, "推进会"));
            assert_eq!(touched.is_none(), new != old, "{new}");
        }
        // typed right after a span, or right before one: both kept
        let c = change("甲乙", "甲丙乙");
        assert_eq!(c.map(&(0..3)), Some(0..3));
        assert_eq!(c.map(&(3..6)), Some(6..9));
    }

    /// The char-by-char version `change` replaced: the two agree.
    fn change_by_chars(old: &str, new: &str) -> Change {
        let prefix: usize = old
            .chars()
            .zip(new.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        let max_suffix = old.len().min(new.len()) - prefix;
        let suffix: usize = old[prefix..]
            .chars()
            .rev()
            .zip(new[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .scan(0usize, |sum, n| {
                *sum += n;
                (*sum <= max_suffix).then_some(n)
            })
            .sum();
        Change {
            start: prefix,
            old_end: old.len() - suffix,
            new_end: new.len() - suffix,
        }
    }

    #[test]
    fn change_by_bytes_is_change_by_chars() {
        // 乙 and 丙 share their first and last bytes; 💛 is four bytes; repeats test the limit
        let texts = [
            "",
            "甲",
            "甲乙",
            "甲丙",
            "甲乙丙",
            "乙乙",
            "乙丙乙",
            "a乙",
            "a💛b",
            "a💚b",
            "💛",
            "💛💛",
            "项目x个",
            "项目xx个",
            "项目x个个",
            "ab",
            "aab",
            "abb",
            "乙a乙",
            "丙a乙",
        ];
        for old in texts {
            for new in texts {
                assert_eq!(
                    change(old, new),
                    change_by_chars(old, new),
                    "{old:?} → {new:?}"
                );
            }
        }
    }

    #[test]
    fn change_on_long_texts_is_change_by_chars() {
        // long enough for the eight-bytes-a-step compare, edited at every char
        let base = "推进项目x个💛建设ab，完成投资xx亿元。\n".repeat(4);
        for (at, c) in base.char_indices() {
            for new in [
                format!("{}{}", &base[..at], &base[at + c.len_utf8()..]),
                format!("{}乙{}", &base[..at], &base[at..]),
                format!("{}丙{}", &base[..at], &base[at + c.len_utf8()..]),
            ] {
                assert_eq!(change(&base, &new), change_by_chars(&base, &new), "{new:?}");
                assert_eq!(change(&new, &base), change_by_chars(&new, &base), "{new:?}");
            }
        }
    }

    #[test]
    fn change_finds_the_edited_region() {
        assert_eq!(
            change("共x个", "共计x个"),
            Change {
                start: 3,
                old_end: 3,
                new_end: 6
            }
        );
        // a repeated char: the region never overlaps the prefix
        let c = change("aa", "aaa");
        assert_eq!((c.start, c.old_end, c.new_end), (2, 2, 3));
        let c = change("项目项目", "项目");
        assert_eq!((c.start, c.old_end, c.new_end), (6, 12, 6));
        let c = change("", "");
        assert_eq!((c.start, c.old_end, c.new_end), (0, 0, 0));
    }

    #[test]
    fn typing_on_continues_a_step() {
        assert!(!starts_step(
            run(0.0, 3),
            "共x",
            "共计x",
            300.0,
            EditKind::Typing
        ));
        // Backspace right after typing
        assert!(!starts_step(
            run(0.0, 6),
            "共计x",
            "共x",
            300.0,
            EditKind::Typing
        ));
    }

    #[test]
    fn a_pause_a_jump_a_line_break_and_a_paste_start_a_step() {
        assert!(starts_step(None, "a", "ab", 0.0, EditKind::Typing));
        assert!(
            starts_step(run(0.0, 1), "a", "ab", 1_500.0, EditKind::Typing),
            "pause"
        );
        assert!(
            starts_step(run(0.0, 0), "abc", "abXc", 10.0, EditKind::Typing),
            "jump"
        );
        assert!(
            starts_step(run(0.0, 1), "a", "a\n", 10.0, EditKind::Typing),
            "line break"
        );
        assert!(
            starts_step(run(0.0, 1), "a", "ab", 10.0, EditKind::Paste),
            "paste"
        );
        assert!(ends_run(EditKind::Paste));
        assert!(!ends_run(EditKind::Typing));
    }
}
