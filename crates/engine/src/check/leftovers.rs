//! Rule `source-leftover`: officials and events of the speech a template was copied from.

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::text::is_cjk;

const TITLES: &[&str] = &[
    "副区长",
    "副县长",
    "副市长",
    "副省长",
    "副书记",
    "区长",
    "县长",
    "市长",
    "省长",
    "书记",
    "主任",
    "局长",
    "部长",
];

/// Two characters before a title that are not a name.
const NOT_NAMES: &[&str] = &[
    "各位", "常务", "分管", "主要", "县委", "区委", "市委", "省委", "政府", "担任", "作为", "我们",
    "党委", "支部", "村党", "乡镇", "镇党", "街道", "园区", "管委", "办公", "人大", "政协", "纪委",
    "同志", "领导", "的副", "重点", "发改", "财政", "住建", "代理", "当好", "一把", "班长", "第一",
    "镇长", "乡长", "项目", "专班",
];

/// Rule `source-leftover`: named officials (`德荣副区长`) and numbered events (`第十四届西洽会`)
/// from the speech the template was copied from.
pub(super) fn source_leftover(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    for title in TITLES {
        for (i, _) in text.match_indices(title) {
            let before: Vec<(usize, char)> = text[..i].char_indices().rev().take(2).collect();
            if before.len() < 2 || !before.iter().all(|&(_, c)| is_cjk(c)) {
                continue;
            }
            let start = before[1].0;
            let name = &text[start..i];
            // the char before the name must end a clause or be a verb of address
            let prev = text[..start].chars().next_back();
            let boundary = prev.is_none_or(|p| !is_cjk(p) || "请由和与及、，是".contains(p));
            let also_title = TITLES
                .iter()
                .any(|t| name.ends_with(t.chars().next().unwrap_or(' ')));
            if !boundary || NOT_NAMES.contains(&name) || also_title || name.contains('副') {
                continue;
            }
            if title.starts_with('副') || !text[i..].starts_with('副') {
                out.push(Finding::new(
                    RuleId::SourceLeftover,
                    text,
                    start..i + title.len(),
                    format!("“{name}{title}”像是范文原稿里的具体领导：请换成本地的称呼或删去"),
                ));
            }
        }
    }
    // 第十四届西洽会, 第10届投洽会
    for (i, _) in text.match_indices('第') {
        let rest = &text[i + '第'.len_utf8()..];
        let n = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || "一二三四五六七八九十百".contains(c)))
            .map_or(rest.len(), |(k, _)| k);
        if n == 0 || !rest[n..].starts_with('届') {
            continue;
        }
        let after = &rest[n + '届'.len_utf8()..];
        let name_len = after
            .char_indices()
            .take(10)
            .take_while(|&(_, c)| is_cjk(c) || c == '*')
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        let event = &after[..name_len];
        let end_word = [
            "洽会", "博会", "交会", "论坛", "峰会", "大会", "节", "展", "会",
        ]
        .iter()
        .filter_map(|w| event.find(w).map(|k| k + w.len()))
        .min();
        if let Some(e) = end_word {
            let end = i + '第'.len_utf8() + n + '届'.len_utf8() + e;
            out.push(Finding::new(
                RuleId::SourceLeftover,
                text,
                i..end,
                format!(
                    "“{}”是范文原稿里的具体活动：请确认本地有这个活动",
                    &text[i..end]
                ),
            ));
        }
    }
}
