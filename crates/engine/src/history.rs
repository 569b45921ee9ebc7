//! 历史版本: snapshots of whole drafts kept beside the open one, so that replacing a draft
//! (an import, a template, another tab's save) never destroys it.
//!
//! Pure data and rules: when a snapshot is worth keeping, what a list entry shows, and which
//! snapshots go when the history outgrows its budget. The app stores the [`History`] as one
//! JSON record.

use crate::analysis::Analysis;
use crate::session::Draft;
use serde::{Deserialize, Serialize};

/// Why a snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    BeforeImport,
    BeforeTemplate,
    BeforeExport,
    /// Every few minutes of editing.
    Timed,
    /// Another tab saved over this tab's draft; this tab's version is kept here.
    OtherTab,
    BeforeRestore,
    /// The writer kept it (Ctrl+S, 文件 › 存为历史版本).
    Saved,
    /// Before a returned draft (领导改回的稿子) was taken as the draft.
    BeforeReturned,
}

impl Reason {
    pub fn label(self) -> &'static str {
        match self {
            Reason::BeforeImport => "导入前",
            Reason::BeforeTemplate => "换模板前",
            Reason::BeforeExport => "导出时",
            Reason::Timed => "自动",
            Reason::OtherTab => "另一标签页修改前",
            Reason::BeforeRestore => "恢复历史版本前",
            Reason::Saved => "手动保存",
            Reason::BeforeReturned => "采用改回稿前",
        }
    }
}

/// One kept version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// When it was taken, milliseconds since 1970.
    pub at_ms: f64,
    pub reason: Reason,
    pub draft: Draft,
}

/// What the list shows of a snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub title: String,
    /// Characters of the text (not counting whitespace).
    pub chars: usize,
    /// Leftover placeholders and cuts, as the header counts them.
    pub leftovers: usize,
}

/// The title, length and leftover count of a draft.
pub fn summary(draft: &Draft) -> Summary {
    let a = Analysis::new(&draft.text);
    let title = a
        .title()
        .map(str::to_string)
        .or_else(|| {
            draft
                .text
                .lines()
                .find(|l| !l.trim().is_empty())
                .map(|l| l.trim().to_string())
        })
        .unwrap_or_else(|| "（空稿）".into());
    // leftovers are form rules (the page counts them at once, without the tools worker)
    let mut found = Vec::new();
    crate::check::check_form(&a, &draft.values, &draft.check_options(), &mut found);
    let leftovers = found.iter().filter(|f| f.rule.is_leftover()).count();
    Summary {
        title: title.chars().take(40).collect(),
        chars: crate::text::count_chars(&draft.text),
        leftovers,
    }
}

pub const HISTORY_VERSION: u32 = 1;
/// At most this many snapshots are kept.
pub const MAX_SNAPSHOTS: usize = 40;
/// The history's stored size, in chars of JSON (browser storage counts chars, about 5 million
/// for a site): the draft itself and other records need the rest.
pub const BUDGET_CHARS: usize = 1_500_000;

/// The kept versions, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub version: u32,
    pub snapshots: Vec<Snapshot>,
}

impl Default for History {
    fn default() -> Self {
        History {
            version: HISTORY_VERSION,
            snapshots: vec![],
        }
    }
}

impl History {
    /// Keep a snapshot, unless the draft is empty or the same text and values are already the
    /// newest version. Returns whether it was added.
    pub fn add(&mut self, snap: Snapshot) -> bool {
        if snap.draft.text.trim().is_empty() {
            return false;
        }
        if self
            .snapshots
            .iter()
            .any(|s| s.draft.text == snap.draft.text && s.draft.values == snap.draft.values)
        {
            return false;
        }
        self.snapshots.push(snap);
        true
    }

    /// Drop the oldest snapshots until at most [`MAX_SNAPSHOTS`] remain and the record fits in
    /// `budget` chars. The newest is always kept. Returns how many were dropped.
    pub fn prune(&mut self, budget: usize) -> usize {
        let mut dropped = 0;
        while self.snapshots.len() > 1
            && (self.snapshots.len() > MAX_SNAPSHOTS || self.stored_chars() > budget)
        {
            self.snapshots.remove(0);
            dropped += 1;
        }
        dropped
    }

    /// The size of the stored record, in chars.
    pub fn stored_chars(&self) -> usize {
        serde_json::to_string(self)
            .map(|s| s.chars().count())
            .unwrap_or(usize::MAX)
    }

    /// Remove the snapshot at `i` (oldest first); false when there is none.
    pub fn remove(&mut self, i: usize) -> bool {
        if i < self.snapshots.len() {
            self.snapshots.remove(i);
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(text: &str, at_ms: f64) -> Snapshot {
        Snapshot {
            at_ms,
            reason: Reason::Timed,
            draft: Draft {
                text: text.into(),
                ..Draft::default()
            },
        }
    }

    #[test]
    fn empty_and_repeated_drafts_are_not_kept() {
        let mut h = History::default();
        assert!(!h.add(snap("  \n", 0.0)));
        assert!(h.add(snap("讲话\n\n同志们：", 1.0)));
        assert!(!h.add(snap("讲话\n\n同志们：", 2.0)));
        assert!(h.add(snap("讲话\n\n同志们：今天", 3.0)));
        assert_eq!(h.snapshots.len(), 2);
    }

    #[test]
    fn pruning_drops_the_oldest_and_keeps_the_newest() {
        let mut h = History::default();
        for i in 0..50 {
            h.add(snap(&format!("第{i}稿 {}", "字".repeat(1000)), i as f64));
        }
        assert_eq!(h.prune(BUDGET_CHARS), 10);
        assert_eq!(h.snapshots.len(), MAX_SNAPSHOTS);
        assert!(h.snapshots[0].draft.text.starts_with("第10稿"));
        let dropped = h.prune(5_000);
        assert!(h.stored_chars() <= 5_000 || h.snapshots.len() == 1);
        assert_eq!(dropped, MAX_SNAPSHOTS - h.snapshots.len());
        assert!(h.snapshots.last().unwrap().draft.text.starts_with("第49稿"));
        h.prune(0);
        assert_eq!(h.snapshots.len(), 1, "the newest is always kept");
    }

    #[test]
    fn a_summary_has_title_length_and_leftovers() {
        let d = Draft {
            text: "在全县项目推进会上的讲话\n\n同志们：\n\n今年安排项目x个，投资xx亿元。\n".into(),
            ..Draft::default()
        };
        let s = summary(&d);
        assert_eq!(s.title, "在全县项目推进会上的讲话");
        assert_eq!(s.leftovers, 2);
        assert!(s.chars > 20);
        let round: History = serde_json::from_str(
            &serde_json::to_string(&History {
                version: 1,
                snapshots: vec![snap("甲", 5.0)],
            })
            .unwrap(),
        )
        .unwrap();
        assert_eq!(round.snapshots[0].draft.text, "甲");
    }
}
