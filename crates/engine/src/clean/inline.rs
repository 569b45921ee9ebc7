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
/// `质量。。`, a line that opens with `，`: `line_start`; an entity's `;` after a closing quote):
/// the byte offsets of the marks to drop.
/// A mark repeated on purpose (`……`, `！！！`, `。。。`) stays.
fn stray_marks(s: &str, line_start: bool) -> Vec<usize> {
    let comma = |c: char| c == ',' || c == '，';
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    // the straight quotes before each char (counted as the walk goes: the line stays linear)
    let mut quotes = 0usize;
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
        // an entity's tail after a closing straight quote (`“…绝壁";为基底`: `&quot;` cut in half)
        let entity = c == ';'
            && prev == Some('"')
            && quotes.is_multiple_of(2)
            && next.is_some_and(|d| is_cjk(d) || comma(d));
        if lead || doubled || stops || entity {
            out.push(k);
        }
        quotes += usize::from(c == '"');
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
    let wraps = super::gaps::wrap_spaces(&s);
    let mut splits = super::gaps::word_gaps(&s);
    splits.extend(super::gaps::spaced_chars(&s));
    splits.extend(super::gaps::quote_spaces(&s));
    splits.sort_unstable();
    splits.dedup();
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
            // a sentence typed with Latin marks ends on a dot (`讲话.区委书记…`)
            '.' if s[..k].chars().next_back().is_some_and(is_cjk)
                && s[k + 1..].chars().next().is_some_and(is_cjk)
                && super::marks::sentence_dot(&s, k) =>
            {
                Some("。")
            }
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
