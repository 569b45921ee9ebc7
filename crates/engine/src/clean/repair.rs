//! What the clean stage reports: each [`Repair`] it made, placed in the input, and the
//! [`Cleaned`] result with the speeches found in it. The phases of `clean/` import these types;
//! the kind of a repair and its words for the writer are here and nowhere else. The browser
//! cleans in the tools worker and gets [`Cleaned`] back as JSON (serde both ways).

use crate::text::Span;
use serde::{Deserialize, Serialize};

/// What a repair did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RepairKind {
    SiteJunk,
    PageMarker,
    Truncation,
    LineBreak,
    Pinyin,
    Traditional,
    Box,
    Width,
    SpeechSplit,
}

impl RepairKind {
    /// The kebab-case id (`site-junk`), as the CLI's JSON writes it.
    pub fn id(self) -> &'static str {
        match self {
            RepairKind::SiteJunk => "site-junk",
            RepairKind::PageMarker => "page-marker",
            RepairKind::Truncation => "truncation",
            RepairKind::LineBreak => "line-break",
            RepairKind::Pinyin => "pinyin",
            RepairKind::Traditional => "traditional",
            RepairKind::Box => "box",
            RepairKind::Width => "width",
            RepairKind::SpeechSplit => "speech-split",
        }
    }

    /// A short name for the writer, as the import review lists it.
    pub fn label(self) -> &'static str {
        match self {
            RepairKind::SiteJunk => "网页杂项",
            RepairKind::PageMarker => "分页标记",
            RepairKind::Truncation => "截断",
            RepairKind::LineBreak => "断行",
            RepairKind::Pinyin => "拼音",
            RepairKind::Traditional => "繁体",
            RepairKind::Box => "□",
            RepairKind::Width => "标点",
            RepairKind::SpeechSplit => "标题",
        }
    }

    /// What `n` repairs of this kind did, for the import summary.
    pub fn summary(self, n: usize) -> String {
        match self {
            RepairKind::SiteJunk => format!("删除网页杂项 {n} 处"),
            RepairKind::PageMarker => format!("删除分页标记 {n} 处"),
            RepairKind::Truncation => format!("发现截断 {n} 处（原文缺失，已标出）"),
            RepairKind::LineBreak => format!("接上断行 {n} 处"),
            RepairKind::Pinyin => format!("删除拼音注音 {n} 处"),
            RepairKind::Traditional => format!("繁体转简体 {n} 段"),
            RepairKind::Box => format!("修复“□” {n} 处"),
            RepairKind::Width => format!("半角标点改全角 {n} 处"),
            RepairKind::SpeechSplit => format!("拆开粘连的标题 {n} 处"),
        }
    }
}

/// `repair.rule == "box"` reads as it means.
impl PartialEq<&str> for RepairKind {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

/// One change made by the clean stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    pub rule: RepairKind,
    /// Where in the input.
    pub span: Span,
    /// The input text it replaced (shortened for long lines).
    pub before: String,
    pub after: String,
    pub message: String,
}

/// A speech found in the cleaned text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speech {
    pub title: String,
    /// Byte range in the cleaned text.
    pub range: Span,
}

/// The result of cleaning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cleaned {
    pub text: String,
    pub repairs: Vec<Repair>,
    pub speeches: Vec<Speech>,
    /// Text was cut by the source site (paywall, preview end): the draft is incomplete.
    pub incomplete: bool,
    /// When `repairs` holds only the first of them ([`Cleaned::keep_first`]): how many there
    /// were and the summary of all; 0 and empty when it holds them all. A count and a string:
    /// the app reads them with code it has anyway (a list of counts per rule cost its first
    /// load 0.5 KB).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary_of_all: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub total_of_all: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// How many repairs the import report lists: the tools worker sends the app these and the
/// counts of all (a 2 MB page has tens of thousands, 2 MB more of JSON to write and read).
pub const REPORT_REPAIRS: usize = 500;

impl Cleaned {
    /// Keep the first `n` repairs (the ones a report lists), the summary and the count of all.
    pub fn keep_first(&mut self, n: usize) {
        if self.repairs.len() > n {
            self.summary_of_all = self.summary();
            self.total_of_all = self.repairs.len();
            self.repairs.truncate(n);
        }
    }

    /// How many repairs were made in all.
    pub fn total(&self) -> usize {
        self.total_of_all.max(self.repairs.len())
    }

    /// How many repairs each rule made, in rule order (of those `repairs` holds).
    pub fn counts(&self) -> Vec<(RepairKind, usize)> {
        let mut out: Vec<(RepairKind, usize)> = Vec::new();
        for r in &self.repairs {
            match out.iter_mut().find(|(k, _)| *k == r.rule) {
                Some((_, n)) => *n += 1,
                None => out.push((r.rule, 1)),
            }
        }
        out
    }

    /// "删除网页杂项 N 行，修复 M 处，繁体转简体…": the import summary.
    pub fn summary(&self) -> String {
        if !self.summary_of_all.is_empty() {
            return self.summary_of_all.clone();
        }
        let mut parts = Vec::new();
        for (rule, n) in self.counts() {
            parts.push(rule.summary(n));
        }
        if self.speeches.len() > 1 {
            parts.push(format!("发现 {} 篇讲话", self.speeches.len()));
        }
        if parts.is_empty() {
            "文本无需清理".to_string()
        } else {
            parts.join("，")
        }
    }
}

pub(super) fn shorten(s: &str) -> String {
    let n = s.chars().count();
    if n <= 40 {
        s.to_string()
    } else {
        let head: String = s.chars().take(36).collect();
        format!("{head}…")
    }
}
