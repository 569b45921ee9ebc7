//! Rule `source-leftover`: officials and events of the speech a template was copied from.

use crate::analysis::Analysis;
use crate::analysis::{sets, CHAR_SETS};
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
    "各位", "常务", "分管", "主要", "政府", "担任", "作为", "我们", "支部", "村党", "乡镇", "镇党",
    "街道", "园区", "办公", "人大", "政协", "同志", "领导", "的副", "重点", "发改", "财政", "住建",
    "代理", "当好", "一把", "班长", "第一", "镇长", "乡长", "项目", "专班",
];

/// Departments and offices whose head's title follows them: `宣传部长` is a bare title, not
/// 宣传 the 部长.
const DEPARTMENTS: &[&str] = &[
    "宣传", "组织", "统战", "政法", "纪检", "监察", "财政", "发改", "住建", "交通", "水利", "商务",
    "教育", "卫健", "公安", "司法", "民政", "人社", "自然", "生态", "农业", "农村", "文旅", "应急",
    "市场", "统计", "审计", "税务", "国土", "规划", "环保", "林业", "工信", "科技", "外事", "信访",
    "招商", "城管", "党校", "档案", "人武", "武装", "党群", "秘书", "经济", "文化", "旅游", "粮食",
    "体育", "广电", "医保", "气象", "供电", "电力", "行政", "审批", "投促", "金融", "国资", "工会",
    "妇联", "团委", "编办", "老干", "考核", "督查", "保密", "机关", "工委", "社区", "街道", "侨办",
    "外办", "台办", "侨联", "科协", "残联",
];

/// Events that are not one place's: nationwide, provincial or international ones
/// (`第14届全国运动会`, `第五届中国国际进口博览会`).
const WIDE_EVENTS: &[&str] = &[
    "全国", "全省", "全市", "中国", "国际", "世界", "亚洲", "全运",
];

/// Bodies whose numbered sessions are the place's own (`第十八届人民代表大会`), or an
/// association's (`商会第二届理事会`, `第三届会长会议`), not an event of the source.
const BODIES: &[&str] = &[
    "代表大会",
    "人大",
    "政协",
    "委员会",
    "全会",
    "党代会",
    "理事",
    "会长",
    "会员",
];

/// Rule `source-leftover`: named officials (`德荣副区长`) and numbered events (`第十四届西洽会`)
/// from the speech the template was copied from.
pub(super) fn source_leftover(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let text = &a.text;
    let year = crate::fields::year_value(values).map(|y| y.to_string());
    // one pass over the first chars of the titles (no two titles match at one place, and
    // `check` sorts the findings, so this finds the same as a pass per title)
    // (found by the analysis's walk, set `TITLE_FIRSTS`)
    debug_assert!(TITLES.iter().all(|t| t
        .chars()
        .next()
        .is_some_and(|c| CHAR_SETS[sets::TITLE_FIRSTS].contains(&c))));
    let hits: Vec<(usize, &str)> = a
        .chars
        .of(sets::TITLE_FIRSTS)
        .filter_map(|(i, _)| {
            TITLES
                .iter()
                .find(|t| text[i..].starts_with(**t))
                .map(|t| (i, *t))
        })
        .collect();
    // the people the text introduces by office, the name after the title (`县委书记吉秀`,
    // `区委书记刘卓群`: a given name's two chars too): named again as `吉秀书记`, they are the
    // text's own people, no template's
    let introduced: std::collections::HashSet<&str> = hits
        .iter()
        .flat_map(|&(i, title)| {
            let after = &text[i + title.len()..];
            let mut ends = after.char_indices().map(|(k, c)| (k + c.len_utf8(), c));
            let cjk = |e: Option<(usize, char)>| e.filter(|&(_, c)| is_cjk(c)).map(|(k, _)| k);
            let (one, two, three) = (cjk(ends.next()), cjk(ends.next()), cjk(ends.next()));
            let first = two.map(|t| &after[..t]);
            let given = one.zip(three).map(|(o, t)| &after[o..t]);
            first.into_iter().chain(given)
        })
        .collect();
    {
        for (i, title) in hits {
            let mut before = text[..i].char_indices().rev();
            let (Some((_, c1)), Some((start, c2))) = (before.next(), before.next()) else {
                continue;
            };
            if !is_cjk(c1) || !is_cjk(c2) {
                continue;
            }
            let name = &text[start..i];
            // the char before the name must end a clause or be a verb of address
            let prev = text[..start].chars().next_back();
            let boundary = prev.is_none_or(|p| !is_cjk(p) || "请由和与及、，是".contains(p));
            let also_title = TITLES
                .iter()
                .any(|t| name.ends_with(t.chars().next().unwrap_or(' ')));
            if !boundary
                || introduced.contains(name)
                || NOT_NAMES.contains(&name)
                // (an organ, `州委书记`, `工委书记`: no one's name ends in 委)
                || name.ends_with('委')
                || DEPARTMENTS.contains(&name)
                || also_title
                || name.contains('副')
            {
                continue;
            }
            // 宁强县长: the head of a place (the own one or another the place rule judges)
            let level = title.chars().find(|c| "县区市省".contains(*c));
            let place_head = level.is_some_and(|l| {
                let full = format!("{name}{l}");
                crate::places::places()
                    .find(&full)
                    .first()
                    .is_some_and(|(s, d)| s.len() == full.len() && d.name == full)
            });
            if place_head {
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
    // 第十四届西洽会, 第10届投洽会 (an event shown once to be the own place's is so wherever
    // it is written: the headline `【第N届某某节】` before the lead that places it)
    let own = crate::fields::Fact::Place.value(values).map(str::trim);
    let own_divisions = own
        .map(|o| crate::places::places().lookup(o))
        .unwrap_or_default();
    let mut owned: Vec<&str> = Vec::new();
    let mut events: Vec<(std::ops::Range<usize>, &str)> = Vec::new();
    for (i, _) in a.chars.of(sets::DI) {
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
        // 中国·某湖第十六届……节: the wide name may stand before the number
        let lead: String = text[..i]
            .chars()
            .rev()
            .take_while(|&c| is_cjk(c) || c == '·')
            .take(12)
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect();
        // (or one joined to a wide one: `…国际博览会暨第20届西洽会`)
        let joined = lead.ends_with('暨');
        if WIDE_EVENTS.iter().any(|w| {
            event.starts_with(w) || lead.contains(&format!("{w}·")) || (joined && lead.contains(w))
        }) {
            continue;
        }
        let named = &after[..end_word.unwrap_or(0)];
        // the own place's event, its name (or a superior's) right before the number
        // (`某县第四届招商大会`, `中国开封第N届菊花文化节` in a county of 开封), or held in it
        // (`第N届某某节……将在某市举行`)
        let own_bare = own.map(|o| o.strip_suffix(['县', '区', '市', '旗']).unwrap_or(o));
        let ours = |s: &str| {
            own_bare.is_some_and(|o| o.chars().count() >= 2 && s.contains(o))
                || crate::places::places()
                    .find(s)
                    .iter()
                    .any(|(_, d)| own_divisions.iter().any(|o| o.related(*d)))
        };
        // (its sentence, within a bounded stretch: a text of many events stays linear)
        let near = &rest[..crate::text::floor_char_boundary(rest, 600)];
        let sentence_end = near.find(['。', '！', '？', '\n']).unwrap_or(near.len());
        let held_here = rest[..sentence_end].match_indices('在').any(|(k, _)| {
            let there = &rest[k + '在'.len_utf8()..sentence_end];
            let place: String = there.chars().take(6).collect();
            HELD.iter().any(|v| there.contains(v)) && (ours(&place) || place.starts_with('我'))
        });
        if ours(&lead) || held_here {
            if !named.is_empty() {
                owned.push(named);
            }
            continue;
        }
        // this year's session, named with the speech's own year (`2016丝博会暨第20届西洽会`)
        let lead_start = i - lead.len();
        if year
            .as_deref()
            .is_some_and(|y| text[..lead_start].trim_end_matches('年').ends_with(y))
        {
            continue;
        }
        // 第十八届人民代表大会: the sessions of the place's own bodies
        if BODIES.iter().any(|w| event.contains(w)) {
            continue;
        }
        // `如今的第二届大会`: no name, an event named in full before (judged there)
        if end_word == Some(event.len())
            && ["大会", "会", "节", "展", "论坛", "峰会"].contains(&event)
        {
            continue;
        }
        if let Some(e) = end_word {
            events.push((i..i + '第'.len_utf8() + n + '届'.len_utf8() + e, named));
        }
    }
    for (span, named) in events {
        if owned.contains(&named) {
            continue;
        }
        out.push(Finding::new(
            RuleId::SourceLeftover,
            text,
            span.clone(),
            format!(
                "“{}”是范文原稿里的具体活动：请确认本地有这个活动",
                &text[span]
            ),
        ));
    }
}

/// Verbs of holding an event, after `在X`: `将在某市举行`.
const HELD: &[&str] = &["举行", "举办", "召开", "开幕", "开展", "揭幕"];
