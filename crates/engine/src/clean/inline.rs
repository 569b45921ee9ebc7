//! Phase 3, inline repairs within a line: pinyin glued to characters, traditional → simplified
//! (OpenCC's tables), `□` for lost punctuation, half-width punctuation in Chinese sentences.

use super::repair::{shorten, Repair, RepairKind};
use crate::detect::{box_replacement, width_fix};
use crate::text::{is_cjk, Span};

pub(super) fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || matches!(c, 'à'..='ü' | 'ā'..='ǜ')
}

pub(super) fn has_tone(s: &str) -> bool {
    s.chars().any(|c| !c.is_ascii() && is_pinyin_letter(c))
}

const INITIALS: [&str; 23] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
const FINALS: [&str; 35] = [
    "iang", "iong", "uang", "ueng", "ang", "eng", "ong", "iao", "ian", "ing", "uai", "uan", "ai",
    "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "ve",
    "a", "o", "e", "i", "u", "v",
];

/// Whether `s` (lowercase, no tone marks) reads as pinyin syllables one after another (`de`,
/// `men`, `qiatanhui`), not as a Latin word (`app`, `gdp`).
fn is_pinyin_word(s: &str) -> bool {
    fn syllables(s: &str, depth: usize) -> bool {
        if s.is_empty() {
            return true;
        }
        if depth > 8 {
            return false;
        }
        let rests = INITIALS
            .iter()
            .filter_map(|i| s.strip_prefix(i))
            .chain(std::iter::once(s));
        for r in rests {
            for f in FINALS {
                if let Some(rest) = r.strip_prefix(f) {
                    if syllables(rest, depth + 1) {
                        return true;
                    }
                }
            }
        }
        false
    }
    s.len() >= 2 && s.bytes().all(|b| b.is_ascii_lowercase()) && syllables(s, 0)
}

/// `(qū)` right after a CJK char: a pinyin artifact of a converted page. Without tone marks
/// (`的(de)`) only when `plain` (right after a CJK char or another reading) and every letter
/// reads as pinyin: `(PPP)`, `(app)` stay.
pub(super) fn pinyin_at(line: &str, i: usize, plain: bool) -> Option<usize> {
    let rest = &line[i..];
    let open = rest.chars().next()?;
    if open != '(' && open != '（' {
        return None;
    }
    let inner_start = open.len_utf8();
    let inner_len = rest[inner_start..]
        .char_indices()
        .find(|&(_, c)| !is_pinyin_letter(c))
        .map_or(rest.len() - inner_start, |(k, _)| k);
    let inner = &rest[inner_start..inner_start + inner_len];
    let close = rest[inner_start + inner_len..].chars().next()?;
    if !(close == ')' || close == '）')
        || inner.is_empty()
        || inner.chars().count() > 7
        || !(has_tone(inner) || plain && is_pinyin_word(inner))
    {
        return None;
    }
    Some(inner_start + inner_len + close.len_utf8())
}

/// `?kù)` at `i`: a toned reading whose opening bracket was lost to a wrong decoding.
fn broken_reading_at(line: &str, i: usize) -> Option<usize> {
    let rest = line[i..].strip_prefix('?')?;
    let inner = rest
        .char_indices()
        .find(|&(_, c)| !is_pinyin_letter(c))
        .map_or(rest.len(), |(k, _)| k);
    let close = rest[inner..].chars().next()?;
    ((close == ')' || close == '）') && inner > 0 && rest[..inner].chars().count() <= 7)
        .then_some(())
        .filter(|_| has_tone(&rest[..inner]))
        .map(|_| 1 + inner + close.len_utf8())
}

/// Punctuation the page doubled or left without a clause before it (`写春秋,,无私`, `举行,。`,
/// `质量。。`, a line that opens with `，`: `line_start`): the byte offsets of the marks to drop.
/// A mark repeated on purpose (`……`, `！！！`, `。。。`) stays.
fn stray_marks(s: &str, line_start: bool) -> Vec<usize> {
    let comma = |c: char| c == ',' || c == '，';
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for (n, &(k, c)) in chars.iter().enumerate() {
        let prev = n.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(n + 1).map(|x| x.1);
        let lead = line_start && n == 0 && comma(c) && next.is_some_and(is_cjk);
        let doubled = comma(c)
            && prev.is_some_and(is_cjk)
            && next.is_some_and(|d| matches!(d, ',' | '，' | '、' | '。' | '；' | ';'));
        // `。。` once, between a sentence and what follows
        let stops = c == '。'
            && prev == Some('。')
            && n >= 2
            && is_cjk(chars[n - 2].1)
            && next != Some('。');
        if lead || doubled || stops {
            out.push(k);
        }
    }
    out
}

/// Traditional → simplified with OpenCC's t2s tables ([`crate::tables`]: built in, or
/// installed by the app when an import needs them).
pub fn to_simplified(s: &str) -> String {
    crate::tables::to_simplified(s)
}

/// Matching half-width parentheses around Chinese text: byte offsets of `(` and `)`.
pub(super) fn paren_pair(line: &str, i: usize) -> Option<usize> {
    let rest = &line[i + 1..];
    let close = rest
        .char_indices()
        .take(40)
        .find(|&(_, c)| c == ')' || c == '(')?;
    if close.1 != ')' {
        return None;
    }
    let inner = &rest[..close.0];
    let prev = line[..i].chars().next_back();
    let next = rest[close.0 + 1..].chars().next();
    let chinese = inner.chars().any(is_cjk) || prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
    let latin_only = !inner.is_empty() && inner.is_ascii();
    (chinese && (!latin_only || prev.is_some_and(is_cjk))).then_some(i + 1 + close.0)
}

pub(super) struct LineOut {
    pub(super) text: String,
    pub(super) repairs: Vec<Repair>,
}

/// Repairs inside one line (which starts at `base` in the input).
/// Whether the page carries pinyin readings with tone marks (`情谊(qíngyì)`): then readings
/// without them (`的(de)`) are the same artifact.
pub(super) fn has_readings(text: &str) -> bool {
    let mut prev = ' ';
    text.char_indices().any(|(i, c)| {
        let hit = (c == '(' || c == '（') && is_cjk(prev) && pinyin_at(text, i, false).is_some();
        prev = c;
        hit
    })
}

/// The pinyin readings of a line taken out: the text without them, the input byte of each of
/// its bytes (and of its end), and the readings' spans.
fn strip_readings(line: &str, readings: bool) -> (String, Vec<usize>, Vec<Span>) {
    let mut s = String::with_capacity(line.len());
    let mut map: Vec<usize> = Vec::with_capacity(line.len() + 1); // output byte → input byte
    let mut gone = Vec::new();
    let mut i = 0;
    let mut reading_end = usize::MAX; // where the last pinyin reading taken out ended
    while let Some(c) = line[i..].chars().next() {
        // a reading whose `(` a wrong decoding turned into `?` (`宁?kù)o`): the same artifact
        if c == '?' && readings {
            if let Some(len) = broken_reading_at(line, i) {
                gone.push(i..i + len);
                i += len;
                reading_end = i;
                continue;
            }
        }
        // a page's markup pasted with the text goes, even inside a word (markup.rs)
        if c == '<' {
            if let Some(len) = super::markup::tag_at(&line[i..]) {
                gone.push(i..i + len);
                i += len;
                continue;
            }
        }
        if (c == '(' || c == '（')
            && line[..i]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace())
        {
            let plain =
                readings && (reading_end == i || line[..i].chars().next_back().is_some_and(is_cjk));
            if let Some(len) = pinyin_at(line, i, plain) {
                gone.push(i..i + len);
                i += len;
                reading_end = i;
                continue;
            }
        }
        for k in 0..c.len_utf8() {
            map.push(i + k);
        }
        s.push(c);
        i += c.len_utf8();
    }
    map.push(line.len());
    (s, map, gone)
}

/// A line as the junk judge reads it: pinyin readings out, traditional characters simplified
/// (when that keeps its length), with the input byte of each of its bytes and of its end when
/// readings were taken out (`None`: each byte is where it was).
pub(super) fn plain_view(
    line: &str,
    traditional: bool,
    readings: bool,
) -> (String, Option<Vec<usize>>) {
    let (s, map) = if line.contains(['(', '（', '<']) {
        let (s, map, gone) = strip_readings(line, readings);
        (s, (!gone.is_empty()).then_some(map))
    } else {
        (line.to_string(), None)
    };
    if traditional {
        let simp = to_simplified(&s);
        if simp.len() == s.len() {
            return (simp, map);
        }
    }
    (s, map)
}

/// The inline repairs of one line (or of its piece at `line_start`, else a piece after a cut);
/// `readings`: the page has toned pinyin readings.
pub(super) fn repair_line(
    line: &str,
    base: usize,
    line_start: bool,
    traditional: bool,
    readings: bool,
) -> LineOut {
    let mut repairs = Vec::new();
    // 1. pinyin artifacts and the page's markup
    let (mut s, mut map, gone) = strip_readings(line, readings);
    repairs.extend(
        gone.into_iter()
            .map(|g| super::markup::taken_out(line, g, base)),
    );
    // 2. traditional → simplified
    if traditional {
        let simp = to_simplified(&s);
        if simp != s {
            let changed = s
                .chars()
                .zip(simp.chars())
                .filter(|(a, b)| a != b)
                .count()
                .max(1);
            repairs.push(Repair {
                rule: RepairKind::Traditional,
                span: base..base + line.len(),
                before: shorten(&s),
                after: shorten(&simp),
                message: format!("繁体转简体 {changed} 字"),
            });
            if simp.len() == s.len() {
                s = simp;
            } else {
                // phrase conversions changed lengths: offsets are kept per line
                map = (0..=simp.len()).map(|k| k.min(line.len())).collect();
                s = simp;
            }
        }
    }
    // 3. □ and width, char by char
    let mut out = String::with_capacity(s.len());
    let mut pairs: Vec<usize> = Vec::new();
    let wraps = wrap_spaces(&s);
    let splits = word_gaps(&s);
    let gaps = figure_gaps(&s);
    let strays = stray_marks(&s, line_start);
    for (k, c) in s.char_indices() {
        let at = base + map.get(k).copied().unwrap_or(line.len());
        if strays.binary_search(&k).is_ok() {
            repairs.push(Repair {
                rule: RepairKind::Width,
                span: at..at + c.len_utf8(),
                before: c.to_string(),
                after: String::new(),
                message: format!("删去多余的标点“{c}”"),
            });
            continue;
        }
        // a space before a clause's mark (`今天 ，国务院`) is the page's
        if c == ' '
            && s[..k].chars().next_back().is_some_and(is_cjk)
            && s[k..]
                .trim_start_matches(' ')
                .starts_with([',', '，', '。', '、', '；'])
        {
            repairs.push(Repair {
                rule: RepairKind::Width,
                span: at..at + 1,
                before: " ".into(),
                after: String::new(),
                message: "标点前的空格已删去".into(),
            });
            continue;
        }
        if c == ' ' && gaps.binary_search(&k).is_ok() {
            repairs.push(Repair {
                rule: RepairKind::Width,
                span: at..at + 1,
                before: " ".into(),
                after: String::new(),
                message: "数字中间的空格已删去".into(),
            });
            continue;
        }
        if c == ' ' && wraps.binary_search(&k).is_err() && splits.binary_search(&k).is_ok() {
            repairs.push(Repair {
                rule: RepairKind::LineBreak,
                span: at..at + 1,
                before: " ".into(),
                after: String::new(),
                message: "词语中间的空格已删去".into(),
            });
            continue;
        }
        if c == ' ' && wraps.binary_search(&k).is_ok() {
            repairs.push(Repair {
                rule: RepairKind::LineBreak,
                span: at..at + 1,
                before: " ".into(),
                after: String::new(),
                message: "词语中间的空格（原文的换行）已删去".into(),
            });
            continue;
        }
        let replacement: Option<&str> = match c {
            '□' => Some(box_replacement(&s[..k], &s[k + c.len_utf8()..])),
            '(' => paren_pair(&s, k).map(|close| {
                pairs.push(close);
                "（"
            }),
            // (the pairs' closes come in order: a search, not a walk over all of them)
            ')' if pairs.binary_search(&k).is_ok() => Some("）"),
            ',' | ':' | ';' | '?' | '!' => width_fix(&s, c, k),
            _ => None,
        };
        match replacement {
            Some(r) => {
                let rule = if c == '□' {
                    RepairKind::Box
                } else {
                    RepairKind::Width
                };
                let message = if c == '□' {
                    format!("“□”改为“{r}”")
                } else {
                    format!("半角“{c}”改为全角“{r}”")
                };
                repairs.push(Repair {
                    rule,
                    span: at..at + c.len_utf8(),
                    before: c.to_string(),
                    after: r.to_string(),
                    message,
                });
                out.push_str(r);
            }
            None => out.push(c),
        }
    }
    LineOut { text: out, repairs }
}

/// The spaces inside one figure of a sentence (`总人口3 2 6万人`, `面积1.3 1万平方公里`): digits
/// after a Chinese character, cut by single spaces into pieces of one or two digits after the
/// first, the unit right after the last. Figures apart have their own units or words between.
fn figure_gaps(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || s[..i].chars().next_back().is_none_or(|c| !is_cjk(c)) {
            i += 1;
            continue;
        }
        // the first piece (with its decimal point), then ` d` or ` dd` pieces
        let mut e = i;
        while e < b.len() && (b[e].is_ascii_digit() || b[e] == b'.') {
            e += 1;
        }
        let mut gaps = Vec::new();
        while e + 1 < b.len() && b[e] == b' ' && b[e + 1].is_ascii_digit() {
            let n = b[e + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n > 2 {
                break;
            }
            gaps.push(e);
            e += 1 + n;
        }
        // (a unit, or a magnitude that opens one: `1.31万平方公里`)
        let unit = crate::scan::unit_at(s, e).is_some() || s[e..].starts_with(['万', '亿']);
        if !gaps.is_empty() && unit {
            out.extend(gaps);
        }
        i = e.max(i + 1);
    }
    out
}

/// The spaces that split a word inside a clause (`是“好风凭借力”的崭 新起点，`, `园区发展的强 大生命力。`):
/// one space between Chinese characters (or before an opening quote) in a clause that a clause's mark opens and one closes,
/// with no other space in it and outside quotes and brackets. A space in a line's first clause
/// (`一、看进度 从观摩情况看`, a headline's two halves), between a list's names after a colon or inside a
/// quote (`以“扩大开放 推动发展”为主题`) is the text's own.
fn word_gaps(s: &str) -> Vec<usize> {
    const MARKS: &str = "，、；：。！？,;:!?";
    let cjk = |c: Option<char>| c.is_some_and(is_cjk);
    let mut out = Vec::new();
    // (a numbered line's first sentence is a heading, its halves apart: `一、看进度，有喜也有忧
    // 从观摩情况看，…`)
    let heading = crate::parse::numbering_at(s.trim_start(), 0).is_some();
    for (k, c) in s.char_indices() {
        // (or before a quote that opens inside the clause: `深入实施 “面向…”战略`)
        let after = (c == ' ').then(|| s[k + 1..].chars().next()).flatten();
        let opens = after.is_some_and(|c| "“‘《".contains(c));
        if !cjk(s[..k].chars().next_back())
            || !(cjk(after) || opens)
            || (heading && !s[..k].contains(['。', '！', '？']))
        {
            continue;
        }
        // the clause's start and end, each within 40 chars, with nothing but words and
        // whole quotes between
        let left = s[..k]
            .char_indices()
            .rev()
            .take(40)
            .find(|&(_, c)| !is_cjk(c) && !"“”‘’《》".contains(c));
        let right = s[k + 1..]
            .chars()
            .take(40)
            .find(|&c| !is_cjk(c) && !"“”‘’《》".contains(c));
        let (Some((l, lc)), Some(rc)) = (left, right) else {
            continue;
        };
        // (a numbered heading's mark, `一、`, opens no sentence)
        let numbered = lc == '、'
            && s[..l]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit() || "一二三四五六七八九十".contains(p));
        let before = &s[l + lc.len_utf8()..k];
        let open_quotes =
            before.matches(['“', '‘', '《']).count() != before.matches(['”', '’', '》']).count();
        // (after a colon a list may follow, its names apart: `出席的有：李某 王某等`)
        let list = matches!(lc, '：' | ':');
        if MARKS.contains(lc) && MARKS.contains(rc) && !numbered && !open_quotes && !list {
            out.push(k);
        }
    }
    out
}

/// The spaces of a line that are the wraps of the page it came from (a PDF or a viewer's text
/// flattened: `向付出了辛 勤劳动的`, `大楼的兴 建时刻`), as byte offsets in order: spaces that
/// recur at the page's line width, in chars (within 2: half-width figures are narrower), with
/// at least three of them, and a Chinese character on each side. A space that stands alone
/// (`…致辞 各位领导`, `一、看进度 从观摩情况看`) is the text's own.
fn wrap_spaces(s: &str) -> Vec<usize> {
    let spaces: Vec<(usize, usize)> = s
        .char_indices()
        .enumerate()
        .filter(|(_, (_, c))| *c == ' ')
        .map(|(n, (k, _))| (n, k))
        .collect();
    if spaces.len() < 4 {
        return Vec::new();
    }
    // a space within 2 chars of `at`
    let near = |at: usize| {
        let i = spaces.partition_point(|&(m, _)| m + 2 < at);
        spaces.get(i).is_some_and(|&(m, _)| m <= at + 2)
    };
    // for each width, the spaces with a partner a width on (within 2): each space's following
    // spaces up to 82 chars on mark the widths they make (one pass, not a search per width)
    const WIDTHS: std::ops::RangeInclusive<usize> = 12..=80;
    let mut count = [0usize; 81];
    for (i, &(n, _)) in spaces.iter().enumerate() {
        let mut widths = 0u128;
        for &(m, _) in spaces[i + 1..].iter().take_while(|&&(m, _)| m <= n + 82) {
            let d = m - n;
            for w in d.saturating_sub(2)..=d + 2 {
                if WIDTHS.contains(&w) {
                    widths |= 1 << w;
                }
            }
        }
        while widths != 0 {
            let w = widths.trailing_zeros() as usize;
            count[w] += 1;
            widths &= widths - 1;
        }
    }
    let Some((width, hits)) = WIDTHS
        .map(|w| (w, count[w]))
        .max_by_key(|&(w, hits)| (hits, std::cmp::Reverse(w)))
    else {
        return Vec::new();
    };
    if hits < 3 {
        return Vec::new();
    }
    let cjk_around = |k: usize| {
        s[..k].chars().next_back().is_some_and(is_cjk)
            && s[k + 1..].chars().next().is_some_and(is_cjk)
    };
    spaces
        .iter()
        .filter(|&&(n, k)| (near(n + width) || (n >= width && near(n - width))) && cjk_around(k))
        .map(|&(_, k)| k)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::wrap_spaces;

    /// The width found by a search per width, as it was first written (the pass above counts
    /// the same partners in one walk).
    fn by_search(s: &str) -> Vec<usize> {
        let spaces: Vec<(usize, usize)> = s
            .char_indices()
            .enumerate()
            .filter(|(_, (_, c))| *c == ' ')
            .map(|(n, (k, _))| (n, k))
            .collect();
        if spaces.len() < 4 {
            return Vec::new();
        }
        let near = |at: usize| {
            let i = spaces.partition_point(|&(m, _)| m + 2 < at);
            spaces.get(i).is_some_and(|&(m, _)| m <= at + 2)
        };
        let Some((width, hits)) = (12..=80)
            .map(|w| (w, spaces.iter().filter(|&&(n, _)| near(n + w)).count()))
            .max_by_key(|&(w, hits)| (hits, std::cmp::Reverse(w)))
        else {
            return Vec::new();
        };
        if hits < 3 {
            return Vec::new();
        }
        let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        spaces
            .iter()
            .filter(|&&(n, k)| {
                (near(n + width) || (n >= width && near(n - width)))
                    && s[..k].chars().next_back().is_some_and(cjk)
                    && s[k + 1..].chars().next().is_some_and(cjk)
            })
            .map(|&(_, k)| k)
            .collect()
    }

    #[test]
    fn one_walk_finds_what_a_search_per_width_finds() {
        // lines of Chinese with spaces at wraps of several widths, jittered, and spaces of the
        // text's own, from a small deterministic generator
        let mut seed = 0x2545_f491_u64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for _ in 0..300 {
            let width = 12 + next(70) as usize;
            let len = 20 + next(600) as usize;
            let mut s = String::new();
            for n in 0..len {
                let wrap = n % width == width - 1 && next(5) > 0;
                if wrap || next(40) == 0 {
                    s.push(' ');
                } else if next(30) == 0 {
                    s.push('1');
                } else {
                    s.push(char::from_u32(0x4e00 + next(2000) as u32).unwrap_or('中'));
                }
            }
            assert_eq!(wrap_spaces(&s), by_search(&s), "{s}");
        }
    }
}
