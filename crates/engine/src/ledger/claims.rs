//! The figures a draft writes, read as their sentences state them: each with the ledger fact
//! it states ([`super::figures::classify_in`]) and the group of the ledger its sentence names
//! (`其中住建项目15个`, `梅山镇完成投资…`), or none where the sentence is about a part it
//! counts.

use super::cells::leading_number;
use super::facts::Facts;
use super::figures::{
    classify_in, clause_end, clause_start, counts_projects, schedule_side, Claim, Measure, Quantity,
};
use crate::order::{pack, sort_by_u64};
use crate::text::floor_char_boundary;

/// The figures of `text` that state a ledger fact, in text order.
pub fn claims(text: &str) -> Vec<Claim> {
    claims_for(text, None).into_iter().map(|(c, _)| c).collect()
}

/// How far before a figure a group named in its sentence is read (about 100 chars).
const MENTION_REACH: usize = 300;

/// Words that bring a sentence back from a group to the whole ledger.
const WHOLE: &[&str] = &[
    "全市", "全县", "全区", "全州", "全省", "全旗", "合计", "总计",
];

/// Where the draft names the ledger's groups (`住建项目`, `梅山镇`, `县教育局`; a name without
/// its `项目` too, `计划新开工`), to read a figure as its sentence states it.
pub struct Scopes {
    /// (start, end, the group's index in `facts.groups`), by start and by end.
    by_start: Vec<(usize, usize, usize)>,
    by_end: Vec<(usize, usize, usize)>,
    /// Each group's qualifier (`前期项目` of `前期项目·市级`), if any.
    qualifiers: Vec<Option<String>>,
}

impl Scopes {
    pub fn new(text: &str, facts: &Facts) -> Scopes {
        let mut by_start = Vec::new();
        for (gi, (name, _)) in facts.groups.iter().enumerate() {
            let name = name.rsplit('·').next().unwrap_or(name);
            let stem = name.strip_suffix("项目").filter(|s| s.chars().count() >= 3);
            for n in [Some(name), stem].into_iter().flatten() {
                if n.chars().count() < 2 {
                    continue;
                }
                for (i, m) in text.match_indices(n) {
                    by_start.push((i, i + m.len(), gi));
                }
            }
        }
        // (pushed in group order: the stable sort keeps it among equal spans; one sort in the
        // app's wasm, `order.rs`)
        sort_by_u64(&mut by_start, |&(s, e, _)| pack(s, e));
        let mut by_end = by_start.clone();
        sort_by_u64(&mut by_end, |&(s, e, _)| pack(e, e - s));
        let qualifiers = facts
            .groups
            .iter()
            .map(|(n, _)| n.rsplit_once('·').map(|(q, _)| q.to_string()))
            .collect();
        Scopes {
            by_start,
            by_end,
            qualifiers,
        }
    }

    /// Of the groups a name at `s` may be (`市级` under two headings, a part named alike
    /// under two projects), the one whose heading or project the sentence names before it, or
    /// the one without a qualifier; none when that does not tell.
    fn which(&self, text: &str, sentence: usize, s: usize, gs: &[usize]) -> Option<usize> {
        if let [g] = gs {
            return Some(*g);
        }
        let from = floor_char_boundary(text, sentence.max(s.saturating_sub(MENTION_REACH)));
        let before = text.get(from.min(s)..s).unwrap_or("");
        // the one whose qualifier is named nearest before it
        let named = gs
            .iter()
            .filter_map(|&g| {
                let q = self.qualifiers.get(g)?.as_deref()?;
                before.rfind(q).map(|at| (at, g))
            })
            .max_by_key(|&(at, _)| at);
        match named {
            Some((_, g)) => Some(g),
            None => {
                let plain: Vec<usize> = gs
                    .iter()
                    .copied()
                    .filter(|&g| self.qualifiers.get(g).is_some_and(Option::is_none))
                    .collect();
                (plain.len() == 1).then(|| plain[0])
            }
        }
    }

    /// The group a figure at `start..unit_end` is about, in its sentence from `sentence`: the
    /// one named right after a count (`177个新开工项目`), else the nearest named before it,
    /// unless the whole is named after that (`全市`, `合计`).
    pub fn at(
        &self,
        text: &str,
        sentence: usize,
        start: usize,
        unit_end: usize,
        count: bool,
    ) -> Option<usize> {
        let from = self.by_start.partition_point(|&(s, _, _)| s < unit_end);
        let right_after = self.by_start[from..]
            .iter()
            .take_while(|&&(s, _, _)| s <= unit_end + 6)
            .filter(|&&(s, _, _)| {
                count
                    && text
                        .get(unit_end..s)
                        .is_some_and(|t| !t.contains(['，', '。', '；', '：', '、', '\n']))
            })
            .max_by_key(|&&(s, e, _)| (std::cmp::Reverse(s), e - s))
            .map(|&(_, _, g)| g);
        right_after.or_else(|| {
            let passed = self.by_end.partition_point(|&(_, e, _)| e <= start);
            let &(ls, le, _) = self.by_end.get(passed.checked_sub(1)?)?;
            // every group named at that place
            let gs: Vec<usize> = self.by_end[..passed]
                .iter()
                .rev()
                .take_while(|&&(s, e, _)| s == ls && e == le)
                .map(|&(_, _, g)| g)
                .collect();
            let g = self.which(text, sentence, ls, &gs)?;
            Some((ls, le, g))
                .filter(|&(s, e, _)| {
                    // a group in another clause than the figure's, unless it is an item of a
                    // list (`其中续建项目13个、新建项目16个、前期项目1个，总投资…` is the whole's)
                    let clause = clause_start(text, start);
                    let item_start = clause_start(text, s);
                    let listed = s < clause
                        && (text[..s].ends_with('、')
                            || text
                                .get(item_start.saturating_sub(3)..item_start)
                                .is_some_and(|t| t == "、"));
                    s >= sentence.min(start)
                        && !listed
                        && !text[s..start].contains('；')
                        && start - e <= MENTION_REACH
                        && text
                            .get(e..start)
                            .is_some_and(|t| !WHOLE.iter().any(|w| t.contains(w)))
                })
                .map(|(_, _, g)| g)
        })
    }
}

/// Where the sentence holding `at` starts (looked for at most [`MENTION_REACH`] back).
pub fn sentence_start(text: &str, at: usize) -> usize {
    let from = floor_char_boundary(text, at.saturating_sub(MENTION_REACH));
    text.get(from..at)
        .and_then(|t| t.rfind(['。', '！', '？', '\n']))
        .map_or(from, |k| {
            from + k + text[from + k..].chars().next().map_or(1, char::len_utf8)
        })
}

/// The figures of `text` that state a ledger fact, each with the group of `facts` it is about
/// (an index in `facts.groups`) or none for the whole. With the ledger's facts, a figure is
/// read as its sentence states it: about a group the sentence names (`其中住建项目15个`), not
/// at all when the sentence is about a part it counts (`一季度26个项目集中开工，总投资…`), and a
/// rate of the year's plan only when the money before it is the completed investment
/// (`已落实资金…为年度投资计划的39.7%` is not the completion rate).
pub fn claims_for(text: &str, facts: Option<&Facts>) -> Vec<(Claim, Option<usize>)> {
    let title = facts.map_or("", |f| f.title.as_str());
    let scopes = facts.map(|f| Scopes::new(text, f));
    let mut scanned = 0;
    let mut out = Vec::new();
    let mut i = 0;
    // per sentence: where it starts, whether it is about a part, the last money figure's fact
    let mut sentence = 0;
    let mut part = false;
    let mut last_money: Option<Option<Quantity>> = None;
    while i < text.len() {
        let Some(rel) = text[i..].find(|c: char| c.is_ascii_digit()) else {
            break;
        };
        let start = i + rel;
        let end = start
            + text[start..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(text.len() - start);
        let num = text[start..end].trim_end_matches(['.', ',']);
        let end = start + num.len();
        i = end.max(start + 1);
        // part of a date, a name or a longer number: `2026年`, `G60`, `1—10月`
        let prev = text[..start].chars().next_back();
        if prev.is_some_and(|c| {
            c.is_ascii_alphanumeric() || c == '—' || c == '-' || c == '～' || c == '~'
        }) {
            continue;
        }
        let Some((value, _)) = leading_number(num) else {
            continue;
        };
        let Some((measure, ulen)) = Measure::of_unit(&text[end..]) else {
            continue;
        };
        let unit_end = end + ulen;
        // the sentence's start, found by reading on from the last figure (linear on a line
        // without a break)
        if let Some(k) = text
            .get(scanned..start)
            .and_then(|t| t.rfind(['。', '！', '？', '\n']))
        {
            let at = scanned + k;
            let sent = at + text[at..].chars().next().map_or(1, char::len_utf8);
            if sent != sentence {
                sentence = sent;
                part = false;
                last_money = None;
            }
        }
        scanned = start.max(scanned);
        let cs = clause_start(text, start);
        let before = &text[cs..start];
        let after = &text[unit_end..clause_end(text, unit_end)];
        // `12个乡镇`: a count of something else
        if measure == Measure::Count && !counts_projects(after) {
            continue;
        }
        // the group the sentence names: right after a count (`177个新开工项目`), else the
        // nearest before the figure in its sentence, unless the whole is named after it
        let scope = scopes
            .as_ref()
            .and_then(|sc| sc.at(text, sentence, start, unit_end, measure == Measure::Count));
        let quantity = classify_in(before, after, measure, title, scope.is_some());
        if let Measure::Money(_) = measure {
            last_money = Some(quantity);
        }
        if let Some(f) = facts {
            // a count of projects that is not the whole's and no group's: the sentence is
            // about a part of them
            if measure == Measure::Count
                && scope.is_none()
                && f.projects > 0
                && (value - f.projects as f64).abs() > 0.5
                && (quantity.is_none() || after.ends_with('中'))
            {
                part = true;
            }
            if part && scope.is_none() {
                continue;
            }
        }
        let Some(quantity) = quantity else {
            continue;
        };
        if quantity == Quantity::CompletionRate
            && facts.is_some()
            && last_money.is_some_and(|q| q != Some(Quantity::Completed))
        {
            continue;
        }
        let tail: String = before.chars().rev().take(2).collect();
        out.push((
            Claim {
                span: start..unit_end,
                value,
                decimals: num.split('.').nth(1).map_or(0, |d| d.len() as i32),
                measure,
                quantity,
                approximate: ["约", "近", "超", "逾", "余", "多", "左右"]
                    .iter()
                    .any(|w| tail.contains(w) || after.starts_with(w)),
                behind: schedule_side(before) == Some(true),
            },
            scope,
        ));
    }
    out
}
