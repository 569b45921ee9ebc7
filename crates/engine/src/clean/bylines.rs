//! Bylines and datelines of news pages: the signature a report carries (`（记者 林某）`) goes,
//! its dateline (`本报讯`, `某某网3月5日讯`, `某某网3月5日消息：`) stays as the report's own.

use crate::text::{is_cjk, Span};

/// The roles a news page signs its report with.
const BYLINE_ROLES: &[&str] = &[
    "记者",
    "通讯员",
    "编辑",
    "责编",
    "摄影",
    "摄像",
    "播音",
    "实习生",
    "审核",
    "校对",
    "撰稿",
];

/// A byline: roles with the names after them (`记者 王某 李某`, `（通讯员：陈某）`, `记者姜某某`,
/// `某报融媒记者 庞某`, `播音：`), and nothing else. A greeting to the press (`各位记者朋友们：`)
/// is not one.
pub(super) fn is_byline(t: &str) -> bool {
    let t = t
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    // (every role starts with one of these: most spans of a page have none)
    if !t.contains(['记', '通', '编', '责', '摄', '播', '实', '审', '校', '撰'])
        || t.contains(['们', '位'])
        || t.contains("朋友")
        || t.contains("同志")
    {
        return false;
    }
    let (mut roles, mut names) = (0, 0);
    let mut parts: Vec<String> = Vec::new();
    let mut single = false;
    // roles glued to the name before them (`记者周某通讯员李某`) start parts of their own
    let pieces = t
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '：' | ':' | '/' | '，' | ','))
        .filter(|s| !s.is_empty())
        .flat_map(|p| {
            // (a part that cannot be a byline's is left whole: the loop below turns it down)
            if p.len() < 12 || !p.chars().all(is_cjk) {
                return vec![p];
            }
            let mut cuts: Vec<usize> = BYLINE_ROLES
                .iter()
                .flat_map(|r| p.match_indices(r).map(|(i, _)| i))
                .filter(|&i| i > 0)
                .collect();
            cuts.sort_unstable();
            cuts.dedup();
            let mut from = 0;
            let mut out: Vec<&str> = Vec::new();
            for c in cuts {
                // (a cut only where the part before holds a role: a medium's name stays whole)
                if BYLINE_ROLES.iter().any(|r| p[from..c].contains(r)) {
                    out.push(&p[from..c]);
                    from = c;
                }
            }
            out.push(&p[from..]);
            out
        });
    for part in pieces {
        // a name spaced out char by char (`记者 刘 婧`) is one name
        let one = part.chars().count() == 1 && part.chars().all(is_cjk);
        match parts.last_mut() {
            Some(last) if one && single => last.push_str(part),
            _ => parts.push(part.to_string()),
        }
        single = one;
    }
    for part in parts.iter().map(String::as_str) {
        if !part.chars().all(is_cjk) {
            return false;
        }
        let role = BYLINE_ROLES
            .iter()
            .filter_map(|r| part.find(r).map(|i| (i, r.len())))
            .min();
        match role {
            // a role, after a medium's name, before a name glued to it
            Some((i, len)) => {
                let after = part[i + len..].chars().count();
                if part[..i].chars().count() > 6 || after == 1 || after > 3 {
                    return false;
                }
                roles += 1;
                names += usize::from(after > 0);
            }
            None if (2..=3).contains(&part.chars().count()) => names += 1,
            None => return false,
        }
    }
    roles > 0 && (names > 0 || t.ends_with(['：', ':']))
}

/// A news report's dateline: ending in 讯, or a dated 消息 before its colon (`某某网3月5日消息：`:
/// a page's chrome is dated too, but says no 消息 of its own).
pub(super) fn is_dateline(t: &str) -> bool {
    let head = t.trim_end_matches(['：', ':']);
    t.ends_with('讯')
        || (head.len() < t.len()
            && head
                .strip_suffix("消息")
                .is_some_and(|h| h.ends_with('日') && h.contains('月')))
}

/// The byline without brackets right after a news dateline at the start of a line (`本报讯 记者 林某
/// 报道`); the dateline itself (`本报讯`, `某某网3月5日讯`, `某某社某地四月六日电`, `某县融媒体中心讯`) stays, as the report's
/// own where and when. A dateline is: a medium's own word (本报, 本网), or a name (with its place) and
/// a date, or a name that ends as a medium's does, then 讯 (电 only after a date or 本X), alone on
/// its line or before the report. An attribution inside a sentence (`据某某社电`) and a word that ends
/// in 讯 (`喜讯`, `通讯`) are none.
pub(super) fn byline_after_dateline(line: &str) -> Option<Span> {
    // (the page's noise before it: spaces, separators, `???`)
    let lead = line.len()
        - line
            .trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '（' | '('))
            .len();
    let rest = &line[lead..];
    // the head: characters, figures and `、`, at most 17 of them up to its 讯 or 电
    let (k, end) = rest
        .char_indices()
        .take(18)
        .take_while(|&(_, c)| is_cjk(c) || c.is_ascii_digit() || c == '、' || c == ' ')
        .find(|&(_, c)| c == '讯' || c == '电')?;
    let head = rest[..k].trim_end();
    let heads: Vec<char> = head.chars().collect();
    if heads.len() < 2 || head.starts_with('据') {
        return None;
    }
    let own = heads.len() == 2 && heads[0] == '本' && "报网台刊站".contains(heads[1]);
    // a date at the end of the head: `3月5日`, `四月六日`, `4 月 28 日`
    let numeral =
        |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c) || c == ' ';
    let dated = head.strip_suffix('日').is_some_and(|h| {
        let day = h.trim_end_matches(numeral);
        day.len() < h.len()
            && day.strip_suffix('月').is_some_and(|m| {
                let name = m.trim_end_matches(numeral);
                name.len() < m.len() && name.chars().filter(|&c| is_cjk(c)).count() >= 2
            })
    });
    let medium = [
        "报", "网", "社", "台", "体", "闻", "经", "站", "刊", "中心", "频道",
    ]
    .iter()
    .any(|m| head.ends_with(m));
    let ok = own || dated || (end == '讯' && medium);
    let after = &rest[k + end.len_utf8()..];
    // what follows: nothing, a space, a bracket, a colon, or the report itself
    let next_ok = after.chars().next().is_none_or(|c| {
        c.is_whitespace() || matches!(c, '（' | '(' | '：' | ':') || is_cjk(c) || c.is_ascii_digit()
    });
    if !(ok && next_ok) {
        return None;
    }
    // the dateline is the report's own (where and when): kept; the byline after it goes
    let at = lead + k + end.len_utf8();
    let byline = byline_after(&line[at..]);
    (byline > 0).then_some(at..at + byline)
}

/// The length of a byline without brackets right after a dateline (`记者 林某 报道`), else 0.
fn byline_after(rest: &str) -> usize {
    // the words after the dateline, each with where it ends
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut from = 0;
    for w in rest.split_whitespace().take(6) {
        let Some(k) = rest[from..].find(w) else { break };
        from += k + w.len();
        words.push((w, from));
    }
    (1..=words.len())
        .rev()
        .find_map(|n| {
            let (mut upto, mut end) = (n, words[n - 1].1);
            if words[n - 1].0 == "报道" && n > 1 {
                upto -= 1;
            }
            let text: Vec<&str> = words[..upto].iter().map(|w| w.0).collect();
            if words.get(n).is_some_and(|w| w.0 == "报道") {
                end = words[n].1;
            }
            is_byline(&text.join(" ")).then_some(end)
        })
        .unwrap_or(0)
}
