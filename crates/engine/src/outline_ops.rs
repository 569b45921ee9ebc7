//! Editing the outline: add, delete and move sections; numbering renumbers itself.
//!
//! Every operation is a function from text to text. Operations address an outline item by its
//! index in [`crate::parse::outline`]; an index that does not name a section leaves the text as
//! it is.

use crate::parse::{cn_numeral, outline, parse, NumStyle, OutlineItem, OutlineKind};
use crate::text::{apply_edits, Span};

/// The numeral for `n` in a style (only the numeral: the marker's punctuation stays).
fn numeral(style: NumStyle, n: u32, is_last: bool) -> String {
    match style {
        NumStyle::ChineseDun
        | NumStyle::ChineseParen
        | NumStyle::Ordinal
        | NumStyle::LeadYao
        | NumStyle::LeadShi => cn_numeral(n),
        NumStyle::ArabicDot | NumStyle::ArabicDun | NumStyle::ArabicParen => n.to_string(),
        NumStyle::Sequence => match (n, is_last) {
            (1, _) => "首先".into(),
            (_, true) => "最后".into(),
            (2, _) => "其次".into(),
            _ => "再次".into(),
        },
    }
}

/// Renumber every numbered heading and point: siblings of one level count 1, 2, 3 in their own
/// style; a deeper level restarts under each parent.
pub fn renumber(text: &str) -> String {
    let doc = parse(text);
    // (block index, value) for every numbered block, then the group sizes for 最后
    let mut counters: Vec<(NumStyle, u32)> = Vec::new();
    let mut assigned: Vec<(usize, u32, usize)> = Vec::new(); // block, value, group id
    let mut group_ids: Vec<usize> = Vec::new();
    let mut next_group = 0;
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some(n) = &b.numbering else { continue };
        let lvl = (b.level as usize).max(1);
        if counters.len() > lvl {
            counters.truncate(lvl);
            group_ids.truncate(lvl);
        }
        let value = match counters.get(lvl - 1) {
            Some(&(st, v)) if st == n.style && counters.len() == lvl => v + 1,
            _ => 1,
        };
        if value == 1 {
            if group_ids.len() >= lvl {
                group_ids[lvl - 1] = next_group;
            } else {
                group_ids.resize(lvl, next_group);
            }
            next_group += 1;
        }
        if counters.len() >= lvl {
            counters[lvl - 1] = (n.style, value);
        } else {
            counters.resize(lvl, (n.style, value));
        }
        assigned.push((i, value, group_ids[lvl - 1]));
    }
    let mut group_size = vec![0u32; next_group];
    for &(_, v, g) in &assigned {
        group_size[g] = group_size[g].max(v);
    }
    let mut edits: Vec<(Span, String)> = Vec::new();
    for &(i, v, g) in &assigned {
        let Some(n) = &doc.blocks[i].numbering else {
            continue;
        };
        let is_last = v == group_size[g] && v > 1;
        let new = numeral(n.style, v, is_last);
        if text[n.number.clone()] != new {
            edits.push((n.number.clone(), new));
        }
    }
    apply_edits(text, &mut edits)
}

fn section(items: &[OutlineItem], index: usize) -> Option<&OutlineItem> {
    items
        .get(index)
        .filter(|it| it.kind == OutlineKind::Section)
}

/// The text of a range, made to end with a line break.
fn with_newline(s: &str) -> String {
    if s.ends_with('\n') {
        s.to_string()
    } else {
        format!("{s}\n")
    }
}

/// Remove a section (its heading and everything under it) and renumber.
pub fn delete_section(text: &str, index: usize) -> String {
    let doc = parse(text);
    let items = outline(text, &doc);
    let Some(it) = section(&items, index) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..it.range.start]);
    out.push_str(&text[it.range.end..]);
    renumber(&out)
}

/// Which way to move a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// Swap a section with its previous or next sibling (same level, same parent) and renumber.
pub fn move_section(text: &str, index: usize, dir: Direction) -> String {
    let doc = parse(text);
    let items = outline(text, &doc);
    let Some(it) = section(&items, index) else {
        return text.to_string();
    };
    let siblings = |k: &usize| {
        let other = &items[*k];
        other.kind == OutlineKind::Section && other.level == it.level
    };
    let parent_end = items[..index]
        .iter()
        .rev()
        .find(|o| o.kind == OutlineKind::Section && o.level < it.level)
        .map_or(text.len(), |p| p.range.end);
    let parent_start = items[..index]
        .iter()
        .rev()
        .find(|o| o.kind == OutlineKind::Section && o.level < it.level)
        .map_or(0, |p| p.range.start);
    let other = match dir {
        Direction::Up => (0..index)
            .rev()
            .take_while(|&k| items[k].level >= it.level || items[k].kind != OutlineKind::Section)
            .find(siblings),
        Direction::Down => (index + 1..items.len())
            .take_while(|&k| items[k].level >= it.level || items[k].kind != OutlineKind::Section)
            .find(siblings),
    };
    let Some(other) = other.map(|k| &items[k]) else {
        return text.to_string();
    };
    if other.range.start < parent_start || other.range.end > parent_end {
        return text.to_string();
    }
    let (a, b) = if other.range.start < it.range.start {
        (&other.range, &it.range)
    } else {
        (&it.range, &other.range)
    };
    if a.end > b.start {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push_str(&text[..a.start]);
    out.push_str(&with_newline(&text[b.clone()]));
    out.push_str(&text[a.end..b.start]);
    let moved = with_newline(&text[a.clone()]);
    if b.end == text.len() && !text.ends_with('\n') {
        out.push_str(moved.trim_end_matches('\n'));
    } else {
        out.push_str(&moved);
    }
    out.push_str(&text[b.end..]);
    renumber(&out)
}

/// Add a new section after a section (same level, same numbering style), or after the opening
/// when `index` is not a section; the new heading and body are blanks to fill. Renumbers.
/// Returns the text and the byte offset of the new heading.
pub fn add_section(text: &str, index: usize) -> (String, usize) {
    let doc = parse(text);
    let items = outline(text, &doc);
    let (at, marker) = match section(&items, index) {
        Some(it) => {
            let Some(n) = doc.blocks.get(it.block).and_then(|b| b.numbering.as_ref()) else {
                return (text.to_string(), 0);
            };
            let punct = &text[n.number.end..n.marker.end];
            let open = &text[n.marker.start..n.number.start];
            (
                it.range.end,
                format!("{open}{}{punct}", numeral(n.style, 99, false)),
            )
        }
        None => {
            let at = items
                .iter()
                .find(|it| it.kind == OutlineKind::Section)
                .map(|it| it.range.start)
                .or_else(|| {
                    items
                        .iter()
                        .find(|it| it.kind == OutlineKind::Closing)
                        .map(|it| it.range.start)
                })
                .unwrap_or(text.len());
            (at, "九十九、".to_string())
        }
    };
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(&text[..at]);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    let heading_at = out.len();
    let k = (1..)
        .find(|k| !text.contains(&format!("【新一节标题{k}】")))
        .unwrap_or(1);
    let title = format!("【新一节标题{k}】");
    out.push_str(&format!("{marker}{title}\n\n【新一节内容{k}】\n\n"));
    out.push_str(&text[at..]);
    let renumbered = renumber(&out);
    // renumbering changes only numerals before the new heading; find it again
    let new_at = renumbered
        .match_indices(title.as_str())
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(heading_at))
        .map(|i| renumbered[..i].rfind('\n').map_or(0, |k| k + 1))
        .unwrap_or(0);
    (renumbered, new_at)
}
