//! The speech document: title, 称谓, opening, numbered sections and sub-points, closing.
//!
//! Parsing is line based and total: any text gives a document and a list of diagnostics, never
//! a panic. Markdown heading markers (`## `) are read and skipped; the structure comes from the
//! Chinese numbering itself, so a plain-text draft and its Markdown export parse alike.

pub use crate::text::count_chars;
use crate::text::{char_len, is_sentence_end, CharSets, Span};
use serde::Serialize;

/// How a heading or point is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumStyle {
    /// `一、`
    ChineseDun,
    /// `（一）` or `(一)`
    ChineseParen,
    /// `1.` or `1．`
    ArabicDot,
    /// `1、`
    ArabicDun,
    /// `（1）` or `(1)`
    ArabicParen,
    /// `第一，`
    Ordinal,
    /// `首先，其次，最后，`
    Sequence,
    /// `一要…` at the start of a paragraph
    LeadYao,
    /// `一是…` at the start of a paragraph
    LeadShi,
}

/// A numbering marker found at the start of a line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Numbering {
    pub style: NumStyle,
    pub value: u32,
    /// The numeral itself (`一`, `12`, `首先`): what renumbering rewrites.
    pub number: Span,
    /// The whole marker with its punctuation (`（一）`, `1.`).
    pub marker: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Title,
    Subtitle,
    Salutation,
    Heading,
    Paragraph,
    Closing,
}

/// One line of the speech.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The line without its line break.
    pub line: Span,
    /// The content: the line without leading spaces and Markdown heading markers.
    pub content: Span,
    pub numbering: Option<Numbering>,
    /// Outline depth of a numbered block, from 1.
    pub level: u8,
    /// Inline leads inside the paragraph (`一是…二是…`), as byte offsets of each lead.
    pub leads: Vec<usize>,
}

/// A message about the structure, e.g. a numbering that skips a number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

fn is_cn_numeral(c: char) -> bool {
    // a look through 14 chars, not `str::contains` (a substring search): it is asked after
    // every clause break
    const CN_NUMERALS: [char; 14] = [
        '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '〇', '两',
    ];
    CN_NUMERALS.contains(&c)
}

/// The value of a small Chinese numeral (`一` … `九十九`).
pub fn cn_value(s: &str) -> Option<u32> {
    crate::text::chinese_number(s).map(|v| v as u32)
}

/// A small number as a Chinese numeral (`12` → `十二`).
pub fn cn_numeral(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { D[(n % 10) as usize] }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

const SEQUENCE: &[&str] = &["首先", "其次", "再次", "然后", "最后"];

/// Recognise a numbering marker at the start of `s` (which starts at byte `base`).
pub fn numbering_at(s: &str, base: usize) -> Option<Numbering> {
    let mk = |style, value, num: (usize, usize), marker_len: usize| Numbering {
        style,
        value,
        number: base + num.0..base + num.1,
        marker: base..base + marker_len,
    };
    let first = s.chars().next()?;
    // （一） (一) （1） (1)
    if first == '（' || first == '(' {
        let open = first.len_utf8();
        let inner_len = s[open..]
            .char_indices()
            .find(|&(_, c)| !(is_cn_numeral(c) || c.is_ascii_digit()))
            .map(|(k, _)| k)?;
        let inner = &s[open..open + inner_len];
        let close = s[open + inner_len..].chars().next()?;
        if inner.is_empty() || !(close == '）' || close == ')') || inner.chars().count() > 3 {
            return None;
        }
        let marker_len = open + inner_len + close.len_utf8();
        let num = (open, open + inner_len);
        return if inner.chars().all(|c| c.is_ascii_digit()) {
            Some(mk(
                NumStyle::ArabicParen,
                inner.parse().ok()?,
                num,
                marker_len,
            ))
        } else if inner.chars().all(is_cn_numeral) {
            Some(mk(
                NumStyle::ChineseParen,
                cn_value(inner)?,
                num,
                marker_len,
            ))
        } else {
            None
        };
    }
    // 1. 1． 1、
    if first.is_ascii_digit() {
        let n = s.chars().take_while(char::is_ascii_digit).count();
        if n > 2 {
            return None;
        }
        let after = s[n..].chars().next()?;
        let after2 = s[n + after.len_utf8()..].chars().next();
        let style = match after {
            '.' | '．' if !after2.is_some_and(|c| c.is_ascii_digit()) => NumStyle::ArabicDot,
            '、' => NumStyle::ArabicDun,
            _ => return None,
        };
        return Some(mk(
            style,
            s[..n].parse().ok()?,
            (0, n),
            n + after.len_utf8(),
        ));
    }
    // 第一，
    if first == '第' {
        let rest = &s[first.len_utf8()..];
        let k = rest
            .char_indices()
            .find(|&(_, c)| !is_cn_numeral(c))
            .map(|(k, _)| k)?;
        let after = rest[k..].chars().next()?;
        if k == 0 || !matches!(after, '，' | '、' | ',' | '：') {
            return None;
        }
        let start = first.len_utf8();
        return Some(mk(
            NumStyle::Ordinal,
            cn_value(&rest[..k])?,
            (start, start + k),
            start + k + after.len_utf8(),
        ));
    }
    // 首先， 其次， 最后，
    for (i, w) in SEQUENCE.iter().enumerate() {
        if let Some(rest) = s.strip_prefix(w) {
            let after = rest.chars().next()?;
            if matches!(after, '，' | ',' | '：') {
                let value = if *w == "最后" { 99 } else { i as u32 + 1 };
                return Some(mk(
                    NumStyle::Sequence,
                    value,
                    (0, w.len()),
                    w.len() + after.len_utf8(),
                ));
            }
        }
    }
    // 一、 / 一要 / 一是
    if is_cn_numeral(first) {
        let k = s
            .char_indices()
            .find(|&(_, c)| !is_cn_numeral(c))
            .map(|(k, _)| k)?;
        let after = s[k..].chars().next()?;
        let value = cn_value(&s[..k])?;
        if value == 0 || k > 9 {
            return None;
        }
        let (style, len) = match after {
            '、' => (NumStyle::ChineseDun, k + after.len_utf8()),
            '要' => (NumStyle::LeadYao, k),
            '是' => (NumStyle::LeadShi, k),
            _ => return None,
        };
        return Some(mk(style, value, (0, k), len));
    }
    None
}

const SALUTATION_WORDS: &[&str] = &[
    "同志们",
    "各位",
    "领导",
    "来宾",
    "朋友们",
    "女士们",
    "先生们",
];

/// Parse a text into a speech document. Total: never fails, never panics.
pub fn parse(text: &str) -> Document {
    parse_with(text, &CharSets::new(text, &[LEAD_BREAKS]), 0)
}

/// The clause breaks after which a paragraph's inline lead (一是, 二要…) may stand.
pub const LEAD_BREAKS: &[char] = &['。', '；', '：', '，'];

/// [`parse`] with the chars found already: set `breaks` of `chars` holds [`LEAD_BREAKS`].
pub fn parse_with(text: &str, chars: &CharSets, breaks: usize) -> Document {
    let mut blocks = Vec::new();
    let mut pos = 0;
    let mut style_stack: Vec<NumStyle> = Vec::new();
    let mut seen_body = false;
    while pos <= text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |k| pos + k);
        let mut end = line_end;
        if text[pos..end].ends_with('\r') {
            end -= 1;
        }
        let line = pos..end;
        if let Some(b) = classify(
            text,
            line,
            &mut style_stack,
            seen_body,
            blocks.is_empty(),
            (chars, breaks),
        ) {
            if b.kind != BlockKind::Title && b.kind != BlockKind::Subtitle {
                seen_body = true;
            }
            blocks.push(b);
        }
        if line_end == text.len() {
            break;
        }
        pos = line_end + 1;
    }
    retitle(text, &mut blocks);
    let diagnostics = numbering_diagnostics(text, &blocks);
    Document {
        blocks,
        diagnostics,
    }
}

/// How many lines from the top a speech's title is looked for in.
const TITLE_LINES: usize = 8;
/// A site's lines above the speech (`购物车`) are not its title: when the first line does not
/// read as a speech's title and a later one before the salutation and the first section does,
/// that one is the title; the lines above it are plain lines the outline leaves out.
fn retitle(text: &str, blocks: &mut [Block]) {
    // (a site's breadcrumb ending in the title, `首页 > 讲话稿 > 在…会上的讲话`, is not it)
    let reads_as_title = |b: &Block| {
        let t = &text[b.content.clone()];
        crate::title::is_speech_title(t)
            && !t.chars().any(is_sentence_end)
            && !t.contains(['>', '＞'])
    };
    match blocks.first() {
        Some(b) if b.kind == BlockKind::Title && !reads_as_title(b) => {}
        _ => return,
    }
    let title = blocks
        .iter()
        .take(TITLE_LINES)
        .take_while(|b| b.kind != BlockKind::Salutation && b.numbering.is_none())
        .position(reads_as_title);
    if let Some(t) = title.filter(|&t| t > 0) {
        for b in &mut blocks[..t] {
            b.kind = BlockKind::Paragraph;
        }
        if let Some(b) = blocks.get_mut(t) {
            b.kind = BlockKind::Title;
        }
    }
}

fn classify(
    text: &str,
    line: Span,
    style_stack: &mut Vec<NumStyle>,
    seen_body: bool,
    first: bool,
    (chars, breaks): (&CharSets, usize),
) -> Option<Block> {
    let s = &text[line.clone()];
    let lead_ws = s.len() - s.trim_start_matches([' ', '\t', '\u{3000}']).len();
    let mut start = line.start + lead_ws;
    let mut md_level = 0;
    let rest = &text[start..line.end];
    let hashes = rest.chars().take_while(|&c| c == '#').count();
    if hashes > 0 && hashes <= 6 && rest[hashes..].starts_with(' ') {
        md_level = hashes;
        start += hashes + 1;
    }
    let content = start..line.end;
    let c = text[content.clone()].trim_end();
    let content = content.start..content.start + c.len();
    if c.is_empty() {
        return None;
    }
    // the chars, where they may be few enough for a title, heading or closing (at most 60):
    // a line of more than 240 bytes has more than 60 chars and is not counted
    let len = if c.len() > 240 { 61 } else { char_len(c) };
    let block = |kind, numbering, level| Block {
        kind,
        line: line.clone(),
        content: content.clone(),
        numbering,
        level,
        leads: Vec::new(),
    };
    if let Some(n) = numbering_at(c, content.start) {
        let level = match style_stack.iter().position(|&st| st == n.style) {
            Some(k) => {
                style_stack.truncate(k + 1);
                k + 1
            }
            None => {
                style_stack.push(n.style);
                style_stack.len()
            }
        };
        let body = &text[n.marker.end..content.end];
        let short = body.len() <= 160
            && char_len(body) <= 40
            && !body.trim_end().chars().any(is_sentence_end);
        let heading = short
            && !matches!(
                n.style,
                NumStyle::LeadYao | NumStyle::LeadShi | NumStyle::Sequence
            );
        let kind = if heading {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        let mut b = block(kind, Some(n), level.min(9) as u8);
        b.leads = inline_leads(text, &b, chars.within(breaks, b.content.clone()));
        return Some(b);
    }
    let ends_colon = c.ends_with('：') || c.ends_with(':');
    if ends_colon && len <= 40 && SALUTATION_WORDS.iter().any(|w| c.contains(w)) {
        return Some(block(BlockKind::Salutation, None, 0));
    }
    if (first || md_level == 1) && !seen_body && len <= 60 && !c.chars().any(is_sentence_end) {
        return Some(block(BlockKind::Title, None, 0));
    }
    if !seen_body && (c.starts_with('—') || c.starts_with("--") || is_dateline(c)) {
        return Some(block(BlockKind::Subtitle, None, 0));
    }
    if len <= 12 && c.starts_with("谢谢") {
        return Some(block(BlockKind::Closing, None, 0));
    }
    let mut b = block(BlockKind::Paragraph, None, 0);
    b.leads = inline_leads(text, &b, chars.within(breaks, b.content.clone()));
    Some(b)
}

fn is_dateline(c: &str) -> bool {
    (c.starts_with('（') || c.starts_with('(')) && c.contains('年') && char_len(c) <= 30
}

/// Offsets of `一是`, `二是`, … (or `一要` …) after a clause break inside a paragraph.
fn inline_leads(text: &str, b: &Block, breaks: impl Iterator<Item = (usize, char)>) -> Vec<usize> {
    let s = &text[b.content.clone()];
    let mut out = Vec::new();
    // the block's start and the char after each clause break in it: only there can a lead
    // stand
    let base = b.content.start;
    let breaks = breaks.map(|(k, c)| k - base + c.len_utf8());
    for i in std::iter::once(0).chain(breaks) {
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if is_cn_numeral(c) {
            let rest = &s[i + c.len_utf8()..];
            if rest.starts_with('是') || rest.starts_with('要') {
                out.push(b.content.start + i);
            }
        }
    }
    out
}

fn numbering_diagnostics(text: &str, blocks: &[Block]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut counters: Vec<(NumStyle, u32)> = Vec::new();
    for b in blocks {
        let Some(n) = &b.numbering else { continue };
        let lvl = b.level as usize;
        counters.truncate(lvl);
        let expected = match counters.get(lvl.wrapping_sub(1)) {
            Some(&(st, v)) if st == n.style => v + 1,
            _ => 1,
        };
        if n.style != NumStyle::Sequence && n.value != expected {
            out.push(Diagnostic {
                span: n.marker.clone(),
                message: format!(
                    "编号“{}”不连续，这里应是第{}项",
                    &text[n.marker.clone()],
                    expected
                ),
            });
        }
        if counters.len() >= lvl && lvl > 0 {
            counters[lvl - 1] = (n.style, n.value);
        } else {
            counters.push((n.style, n.value));
        }
    }
    out
}

/// An entry of the outline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlineItem {
    pub kind: OutlineKind,
    /// Depth: 0 for title, 称谓, 开场 and 结尾; numbered items from 1.
    pub level: u8,
    pub label: String,
    /// Index of the block it starts at.
    pub block: usize,
    /// Bytes from the start of its first line to the start of the next item of the same or a
    /// higher level: the section it heads.
    pub range: Span,
    /// Characters in the section, punctuation included, spaces excluded.
    pub chars: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutlineKind {
    Title,
    Salutation,
    Opening,
    Section,
    Closing,
}

impl OutlineKind {
    pub fn label(self) -> &'static str {
        match self {
            OutlineKind::Title => "标题",
            OutlineKind::Salutation => "称谓",
            OutlineKind::Opening => "开场",
            OutlineKind::Section => "",
            OutlineKind::Closing => "结尾",
        }
    }
}

/// The first clause of a block, for the outline (at most 30 chars).
fn short_label(text: &str, b: &Block) -> String {
    let s = &text[b.content.clone()];
    let end = s
        .char_indices()
        .find(|&(i, c)| is_sentence_end(c) || (c == '，' && i > 30))
        .map_or(s.len(), |(i, _)| i);
    let mut out: String = s[..end].chars().take(30).collect();
    if char_len(&s[..end]) > 30 {
        out.push('…');
    }
    out
}

/// The outline of a document.
pub fn outline(text: &str, doc: &Document) -> Vec<OutlineItem> {
    outline_with(text, doc, &|line| count_chars(&text[line]))
}

/// [`outline`], with the chars of a block's line that count for length given.
pub fn outline_with(
    text: &str,
    doc: &Document,
    line_chars: &dyn Fn(Span) -> usize,
) -> Vec<OutlineItem> {
    let mut items: Vec<OutlineItem> = Vec::new();
    let mut opening_done = false;
    // whether a section came yet (a salutation after one is a paragraph of it): kept as a
    // flag, not found by a look over all items at every salutation
    let mut section_seen = false;
    // the lines above the title (a site's words the clean kept) are not the speech's
    let from = doc
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Title)
        .unwrap_or(0);
    for (i, b) in doc.blocks.iter().enumerate().skip(from) {
        let (kind, level) = match b.kind {
            BlockKind::Title => (OutlineKind::Title, 0),
            BlockKind::Salutation if !section_seen => (OutlineKind::Salutation, 0),
            BlockKind::Closing => (OutlineKind::Closing, 0),
            _ if b.numbering.is_some() => {
                opening_done = true;
                (OutlineKind::Section, b.level)
            }
            BlockKind::Paragraph
            | BlockKind::Subtitle
            | BlockKind::Salutation
            | BlockKind::Heading => {
                if opening_done || items.iter().any(|it| it.kind == OutlineKind::Opening) {
                    continue;
                }
                if b.kind == BlockKind::Subtitle {
                    continue;
                }
                opening_done = true;
                (OutlineKind::Opening, 0)
            }
        };
        let label = match kind {
            OutlineKind::Section => short_label(text, b),
            OutlineKind::Title => text[b.content.clone()].to_string(),
            _ => kind.label().to_string(),
        };
        section_seen |= kind == OutlineKind::Section;
        items.push(OutlineItem {
            kind,
            level,
            label,
            block: i,
            range: b.line.start..b.line.start,
            chars: 0,
        });
    }
    // each item's range runs to the next item of the same or a higher level
    let starts: Vec<(usize, u8, OutlineKind)> = items
        .iter()
        .map(|it| (it.range.start, it.level, it.kind))
        .collect();
    // characters before each block, so a range's count is one subtraction
    let mut cum = Vec::with_capacity(doc.blocks.len() + 1);
    cum.push(0usize);
    for b in &doc.blocks {
        let last = cum.last().copied().unwrap_or(0);
        cum.push(last + line_chars(b.line.clone()));
    }
    let blocks_before = |p: usize| doc.blocks.partition_point(|b| b.line.start < p);
    for (k, it) in items.iter_mut().enumerate() {
        let end = starts[k + 1..]
            .iter()
            .find(|&&(_, lvl, kind)| {
                it.kind != OutlineKind::Section || kind != OutlineKind::Section || lvl <= it.level
            })
            .map_or(text.len(), |&(s, _, _)| s);
        it.range.end = end;
        it.chars = cum[blocks_before(it.range.end)] - cum[blocks_before(it.range.start)];
    }
    items
}
