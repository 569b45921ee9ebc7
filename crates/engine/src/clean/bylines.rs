//! Bylines and datelines of news pages. The dateline (`本报讯`, `某某网3月5日讯`,
//! `某某网3月5日消息：`) and the signature in the report's lines (`（记者 林某）`) are published
//! with the report and stay; a byline on a line of its own is the page's and goes.

use crate::text::is_cjk;

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

/// A news report's dateline: ending in 讯, a dated 电 (`某某社某地3月5日电`), or a dated 消息
/// before its colon (`某某网3月5日消息：`: a page's chrome is dated too, but says no 消息 or 电
/// of its own).
pub(super) fn is_dateline(t: &str) -> bool {
    let head = t.trim_end_matches(['：', ':']);
    t.ends_with('讯')
        || t.strip_suffix("日电")
            .is_some_and(|h| h.contains('月') && h.ends_with(|c: char| c.is_ascii_digit()))
        || (head.len() < t.len()
            && head
                .strip_suffix("消息")
                .is_some_and(|h| h.ends_with('日') && h.contains('月')))
}
