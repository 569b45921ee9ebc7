//! Checks that catch what would embarrass the speaker: another place's names, the wrong level,
//! stale years and plan periods, officials and events of the source speech, figures that do not
//! agree, 公文 typography, and length. The draft's facts (place, level, year) come from its
//! global fields.

use crate::check::{CheckOptions, Finding};
use crate::fields::{normalize, Fact, Severity, Values};
use crate::parse::BlockKind;
use crate::places::places;
use crate::scan::{clause_before, unit_at, UnitClass};
use crate::text::{is_cjk, is_sentence_end, Span};
use crate::Analysis;

fn fact(values: &Values, f: Fact) -> Option<&str> {
    values
        .get(f.key())
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
}

fn year_fact(values: &Values) -> Option<u32> {
    fact(values, Fact::Year)
        .and_then(|y| y.parse().ok())
        .filter(|y| (1949..=2100).contains(y))
}

fn push(
    out: &mut Vec<Finding>,
    rule: &'static str,
    severity: Severity,
    text: &str,
    span: Span,
    message: String,
    fix: Option<String>,
) {
    out.push(Finding::new(rule, severity, text, span, message, fix));
}

// ---------------------------------------------------------------- foreign-place

/// Rule `foreign-place`: names of provinces, cities, counties and districts that are neither the
/// draft's own place nor its superiors or subordinates.
pub fn foreign_place(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let Some(own_name) = fact(values, Fact::Place) else {
        return;
    };
    let p = places();
    let own = p.lookup(own_name);
    for (span, d) in p.find(&a.text) {
        let is_own = own.iter().any(|o| o.related(d)) || own_name.contains(&a.text[span.clone()]);
        if is_own {
            continue;
        }
        let province = p
            .province_of(d)
            .filter(|pr| pr.code != d.code)
            .map(|pr| format!("，{}", pr.name))
            .unwrap_or_default();
        let written = &a.text[span.clone()];
        push(
            out,
            "foreign-place",
            Severity::Error,
            &a.text,
            span.clone(),
            format!("“{written}”是外地地名（{}{province}），本稿是{own_name}的讲话：可能是范文原稿留下的", d.name),
            None,
        );
    }
}

// ---------------------------------------------------------------- mixed-level

const LEVELS: &[&str] = &["县", "区", "市"];

/// Words that speak as a level: `全县`, `我县`, `县委`, `县政府`…
fn level_words(level: &str) -> [String; 8] {
    [
        format!("全{level}"),
        format!("我{level}"),
        format!("本{level}"),
        format!("{level}委"),
        format!("{level}政府"),
        format!("{level}级"),
        format!("{level}直"),
        format!("{level}长"),
    ]
}

/// The level a title speaks at: `县长在全县…` → 县.
fn title_level(title: &str) -> Option<&'static str> {
    LEVELS.iter().copied().find(|l| {
        [format!("{l}长"), format!("{l}委书记"), format!("全{l}")]
            .iter()
            .any(|w| title.contains(w.as_str()))
    })
}

fn is_own_level_word(level: &str, w: &str, other: &str) -> bool {
    let rank = |l: &str| {
        LEVELS
            .iter()
            .position(|x| *x == l)
            .map(|p| if p == 2 { 2 } else { 1 })
    };
    let claims_own = w.starts_with('我') || w.starts_with('本');
    match (rank(level), rank(other)) {
        // 县 and 区 are peers: a 区委 in a 县 speech is always wrong
        (Some(a), Some(b)) if a == b => true,
        // a 县 speech speaks of 全市 and 市委 above it; only "我市" claims the wrong level
        (Some(1), Some(2)) => claims_own,
        // a 市 speech speaks of 县委 / 区政府 below it; "全县", "我区" claim the wrong level
        _ => claims_own || w.starts_with('全'),
    }
}

/// Rule `mixed-level`: `区委`, `全区`, `我区` in a 县 speech (and every other mismatch), and a title
/// at one level over a body at another.
pub fn mixed_level(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let title = a.doc.blocks.iter().find(|b| b.kind == BlockKind::Title);
    let from_title = title.and_then(|b| title_level(&a.text[b.content.clone()]));
    let level: &str = match fact(values, Fact::Level).or(from_title) {
        Some(l) if LEVELS.contains(&l) => l,
        _ => return,
    };
    if let (Some(b), Some(t)) = (title, from_title) {
        if t != level {
            push(
                out,
                "mixed-level",
                Severity::Error,
                &a.text,
                b.content.clone(),
                format!("标题是{t}一级的讲话，正文按{level}一级写：请统一"),
                None,
            );
        }
    }
    let body_start = title.map_or(0, |b| b.line.end);
    let body = &a.text[body_start..];
    for other in LEVELS.iter().filter(|l| **l != level) {
        for w in level_words(other) {
            if !is_own_level_word(level, &w, other) {
                continue;
            }
            for (i, _) in body.match_indices(w.as_str()) {
                let at = body_start + i;
                // 县区 / 区县 lists (各县区) are fine in a city speech
                let prev = a.text[..at].chars().next_back();
                if prev.is_some_and(|p| LEVELS.contains(&p.to_string().as_str()) || p == '各') {
                    continue;
                }
                let fix = w.replacen(other, level, 1);
                push(
                    out,
                    "mixed-level",
                    Severity::Error,
                    &a.text,
                    at..at + w.len(),
                    format!("本稿是{level}一级的讲话，这里却写“{w}”：应为“{fix}”？"),
                    Some(fix),
                );
            }
        }
    }
}

// ---------------------------------------------------------------- stale-time

/// Plan periods: (name, the last year it is current).
const PLANS: &[(&str, u32)] = &[("十二五", 2015), ("十三五", 2020), ("十四五", 2025)];

const ERA_WORDS: &[&str] = &[
    "疫情防控",
    "新冠",
    "复工复产",
    "六稳六保",
    "抗疫",
    "疫情影响",
    "受疫情",
    "常态化防控",
];

/// The month the speech is given, from a dateline `（2026年3月18日）`.
fn speech_month(a: &Analysis) -> Option<u32> {
    a.doc
        .blocks
        .iter()
        .take(4)
        .filter(|b| matches!(b.kind, BlockKind::Subtitle | BlockKind::Title))
        .find_map(|b| {
            let t = &a.text[b.content.clone()];
            let y = t.find('年')?;
            let m = t[y..].find('月')? + y;
            t[y + '年'.len_utf8()..m]
                .parse()
                .ok()
                .filter(|m| (1..=12).contains(m))
        })
}

/// Rule `stale-time`: years before the draft's year, `201x`, plan periods that are over, era
/// words, and month ranges later than the speech's date.
pub fn stale_time(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    let year = year_fact(values);
    // 4-digit years
    if let Some(y) = year {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i + 4 <= bytes.len() {
            let is_year = bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
                && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
                && text[i + 4..].starts_with(['年', '-', '—', '～']);
            if is_year {
                let v: u32 = text[i..i + 4].parse().unwrap_or(0);
                if (1990..y.saturating_sub(1)).contains(&v) {
                    push(
                        out,
                        "stale-time",
                        Severity::Warning,
                        text,
                        i..i + 4,
                        format!(
                            "{v}年比本稿的{y}年早{}年：若是模板里的旧年份，请改为当年的数字",
                            y - v
                        ),
                        None,
                    );
                }
                i += 4;
                continue;
            }
            i += 1;
        }
    }
    // 201x-style years
    for p in &a.scan.placeholders {
        let raw = &text[p.raw.clone()];
        if raw.len() == 4 && raw.starts_with("201") {
            push(
                out,
                "stale-time",
                Severity::Warning,
                text,
                p.raw.clone(),
                format!("“{raw}年”是十几年前的模板写法：请填本年度"),
                None,
            );
        }
    }
    // plan periods
    if let Some(y) = year {
        for (plan, last) in PLANS {
            if y <= *last {
                continue;
            }
            for (i, _) in text.match_indices(plan) {
                let current = if y <= 2030 {
                    "十五五"
                } else {
                    "新的五年规划"
                };
                push(
                    out,
                    "stale-time",
                    Severity::Warning,
                    text,
                    i..i + plan.len(),
                    format!("“{plan}”到{last}年已经结束，{y}年处在“{current}”时期：若写的是当前任务，请改"),
                    (y <= 2030).then(|| current.to_string()),
                );
            }
        }
    }
    for w in ERA_WORDS {
        for (i, _) in text.match_indices(w) {
            push(
                out,
                "stale-time",
                Severity::Warning,
                text,
                i..i + w.len(),
                format!("“{w}”是前几年的提法，请确认今年还适用"),
                None,
            );
        }
    }
    // month ranges later than the speech
    if let Some(m) = speech_month(a) {
        for (i, _) in text.match_indices("1-") {
            let rest = &text[i + 2..];
            let d = rest.chars().take_while(char::is_ascii_digit).count();
            if d == 0 || !rest[d..].starts_with('月') {
                continue;
            }
            let end: u32 = rest[..d].parse().unwrap_or(0);
            if end >= m {
                let span = i..i + 2 + d + '月'.len_utf8();
                push(
                    out,
                    "stale-time",
                    Severity::Warning,
                    text,
                    span,
                    format!("讲话在{m}月，还没有“1-{end}月”的数据：这是旧稿的月份吧？"),
                    None,
                );
            }
        }
    }
}

// ---------------------------------------------------------------- source-leftover

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
pub fn source_leftover(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
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
                push(
                    out,
                    "source-leftover",
                    Severity::Warning,
                    text,
                    start..i + title.len(),
                    format!("“{name}{title}”像是范文原稿里的具体领导：请换成本地的称呼或删去"),
                    None,
                );
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
            push(
                out,
                "source-leftover",
                Severity::Warning,
                text,
                i..end,
                format!(
                    "“{}”是范文原稿里的具体活动：请确认本地有这个活动",
                    &text[i..end]
                ),
                None,
            );
        }
    }
}

// ---------------------------------------------------------------- figure-mismatch

/// A figure in the draft: a written number, or a filled placeholder.
#[derive(Debug, Clone)]
struct Figure {
    span: Span,
    value: Option<f64>,
    unit: Option<(&'static str, UnitClass)>,
    /// Index of the sentence it is in.
    sentence: usize,
    placeholder: bool,
}

fn figures(a: &Analysis, values: &Values) -> Vec<Figure> {
    let text = &a.text;
    let mut out: Vec<Figure> = Vec::new();
    // placeholder spans and their values
    let mut ph: Vec<(Span, Option<f64>)> = Vec::new();
    for f in &a.fields {
        let v = values
            .get(&f.key)
            .filter(|v| !v.trim().is_empty())
            .and_then(|v| normalize(f, v).parse::<f64>().ok());
        for &i in &f.occurrences {
            if let Some(p) = a.scan.placeholders.get(i) {
                ph.push((p.raw.clone(), v));
            }
        }
    }
    ph.sort_by_key(|(s, _)| s.start);
    // one pass over the bytes: figures are ASCII digits or placeholders; sentence ends are
    // multi-byte CJK punctuation, found by their char
    let mut sentence = 0;
    let mut next_ph = 0;
    let mut skip_to = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        while next_ph < ph.len() && ph[next_ph].0.start < i {
            next_ph += 1;
        }
        if next_ph < ph.len() && ph[next_ph].0.start == i {
            let (span, value) = ph[next_ph].clone();
            next_ph += 1;
            out.push(Figure {
                unit: unit_at(text, span.end),
                span: span.clone(),
                value,
                sentence,
                placeholder: true,
            });
            skip_to = span.end;
            continue;
        }
        if c.is_ascii_digit() {
            let prev = if i > 0 { bytes[i - 1] } else { b' ' };
            if prev.is_ascii_digit() || prev == b'.' || prev.is_ascii_alphabetic() {
                continue;
            }
            let len = bytes[i..]
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b'.'))
                .unwrap_or(bytes.len() - i);
            let num = text[i..i + len].trim_end_matches('.');
            let end = i + num.len();
            if !text[end..].starts_with(['-', '年']) {
                out.push(Figure {
                    span: i..end,
                    value: num.parse().ok(),
                    unit: unit_at(text, end),
                    sentence,
                    placeholder: false,
                });
            }
            skip_to = end;
            continue;
        }
        if is_sentence_end(c) || c == '\n' {
            sentence += 1;
        }
    }
    out
}

/// Words that say a figure is a total.
const TOTAL_WORDS: &[&str] = &[
    "全", "共", "总", "安排", "计划", "列入", "今年", "全年", "年度",
];

fn is_count(f: &Figure) -> bool {
    matches!(f.unit, Some((_, UnitClass::Count)))
}

fn fmt(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Rule `figure-mismatch`: a rate that is not part ÷ total, parts that do not add up to their
/// total, shares above 100%, 到位 above 争取.
pub fn figure_mismatch(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    let figs = figures(a, values);
    for (k, f) in figs.iter().enumerate() {
        let before = clause_before(text, f.span.start, 12);
        let is_percent = matches!(f.unit, Some((_, UnitClass::Percent)));
        // a rate: 开工x个，开工率为y% → y = x / total
        if is_percent {
            if let Some(r) = before.find('率') {
                let verb: String = before[..r]
                    .chars()
                    .rev()
                    .take(2)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let window = |g: &&Figure| {
                    g.sentence + 1 >= f.sentence && g.span.start < f.span.start && is_count(g)
                };
                let near = || {
                    figs[..k]
                        .iter()
                        .rev()
                        .take_while(|g| g.sentence + 1 >= f.sentence)
                };
                let part = near().filter(window).find(|g| {
                    !verb.is_empty() && clause_before(text, g.span.start, 8).contains(verb.as_str())
                });
                let total = part.and_then(|p| {
                    let mut before: Vec<&Figure> = near().filter(window).collect();
                    before.reverse();
                    // the total is said as one: 全县…, 共…, 总数…, 安排/计划/列入…
                    before.into_iter().find(|g| {
                        let words = clause_before(text, g.span.start, 10);
                        g.span.start < p.span.start
                            && !words.contains(verb.as_str())
                            && TOTAL_WORDS.iter().any(|w| words.contains(w))
                    })
                });
                if let (Some(p), Some(t)) = (part, total) {
                    if let (Some(pv), Some(tv)) = (p.value, t.value) {
                        if tv > 0.0 {
                            let expected = pv / tv * 100.0;
                            match f.value {
                                Some(rv) if (rv - expected).abs() > 0.6 => push(
                                    out,
                                    "figure-mismatch",
                                    Severity::Error,
                                    text,
                                    f.span.clone(),
                                    format!(
                                        "{verb}率{}%与{verb}{}÷总数{}={}%不符",
                                        fmt(rv),
                                        fmt(pv),
                                        fmt(tv),
                                        fmt(expected)
                                    ),
                                    Some(fmt(expected)),
                                ),
                                None if f.placeholder => push(
                                    out,
                                    "figure-mismatch",
                                    Severity::Info,
                                    text,
                                    f.span.clone(),
                                    format!(
                                        "{verb}率可算出：{}÷{}={}%",
                                        fmt(pv),
                                        fmt(tv),
                                        fmt(expected)
                                    ),
                                    Some(fmt(expected)),
                                ),
                                _ => {}
                            }
                        }
                    }
                }
            }
            // a share above 100%
            if (before.contains('占') || before.contains("比重")) && !f.placeholder {
                if let Some(v) = f.value.filter(|v| *v > 100.0) {
                    push(
                        out,
                        "figure-mismatch",
                        Severity::Error,
                        text,
                        f.span.clone(),
                        format!("占比{}%超过了100%", fmt(v)),
                        None,
                    );
                }
            }
        }
    }
    // parts of a total: 安排项目195个，其中续建104个、新建84个
    for (i, _) in text.match_indices("其中") {
        // figures are in text order: look only at the ones around 其中
        let at = figs.partition_point(|g| g.span.end <= i);
        let Some(total) = figs[..at].iter().rev().take(12).find(|g| {
            is_count(g)
                && text[g.span.end..i]
                    .chars()
                    .filter(|c| is_sentence_end(*c))
                    .count()
                    <= 1
        }) else {
            continue;
        };
        let sentence_end = text[i..]
            .find(['。', '；', '\n'])
            .map_or(text.len(), |k| i + k);
        let unit = total.unit.map(|u| u.0);
        let parts: Vec<&Figure> = figs[at..]
            .iter()
            .take_while(|g| g.span.end <= sentence_end)
            .filter(|g| g.unit.map(|u| u.0) == unit)
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let (Some(tv), Some(pvs)) = (
            total.value,
            parts.iter().map(|p| p.value).collect::<Option<Vec<f64>>>(),
        ) else {
            continue;
        };
        let sum: f64 = pvs.iter().sum();
        if (sum - tv).abs() > 0.01 {
            let list = pvs.iter().map(|v| fmt(*v)).collect::<Vec<_>>().join("+");
            push(
                out,
                "figure-mismatch",
                Severity::Error,
                text,
                total.span.clone(),
                format!(
                    "总数{}{}与其中各项之和{list}={}{}不符",
                    fmt(tv),
                    unit.unwrap_or(""),
                    fmt(sum),
                    unit.unwrap_or("")
                ),
                None,
            );
        }
    }
    // 五个项目：A、B、C — a stated count and the items listed
    list_counts(text, out);
    // 3月1日签约…3月21日开工，用时20天
    date_spans(text, &figs, year_fact(values), out);
    // 到位 not above 争取
    for (k, f) in figs.iter().enumerate() {
        if !clause_before(text, f.span.start, 6).contains("到位") {
            continue;
        }
        let sought = figs[..k]
            .iter()
            .rev()
            .take_while(|g| g.sentence == f.sentence)
            .find(|g| {
                g.unit.map(|u| u.0) == f.unit.map(|u| u.0)
                    && clause_before(text, g.span.start, 8).contains("争取")
            });
        if let (Some(s), Some(fv)) = (sought, f.value) {
            if let Some(sv) = s.value.filter(|sv| fv > *sv) {
                push(
                    out,
                    "figure-mismatch",
                    Severity::Error,
                    text,
                    f.span.clone(),
                    format!("到位{}多于争取的{}：请核对", fmt(fv), fmt(sv)),
                    None,
                );
            }
        }
    }
}

/// Day of the year of a month and day.
fn day_of_year(year: Option<u32>, month: u32, day: u32) -> Option<u32> {
    const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let leap = year.is_some_and(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    if !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    let len = DAYS[month as usize - 1] + u32::from(leap && month == 2);
    if day > len {
        return None;
    }
    let before: u32 = DAYS[..month as usize - 1].iter().sum::<u32>() + u32::from(leap && month > 2);
    Some(before + day)
}

/// Two dates and a number of days in one sentence: the days must be the span between them.
fn date_spans(text: &str, figs: &[Figure], year: Option<u32>, out: &mut Vec<Finding>) {
    let is = |f: &Figure, u: UnitClass| f.unit.is_some_and(|(_, c)| c == u);
    let mut k = 0;
    while k < figs.len() {
        let sentence = figs[k].sentence;
        let group: Vec<&Figure> = figs[k..]
            .iter()
            .take_while(|f| f.sentence == sentence)
            .collect();
        k += group.len().max(1);
        let dates: Vec<u32> = group
            .windows(2)
            .filter(|w| is(w[0], UnitClass::Month) && is(w[1], UnitClass::Day))
            .filter_map(|w| day_of_year(year, w[0].value? as u32, w[1].value? as u32))
            .collect();
        let days = group.iter().find(|f| is(f, UnitClass::Days));
        if let ([a, b, ..], Some(d)) = (dates.as_slice(), days) {
            let Some(n) = d.value else { continue };
            let span = b.abs_diff(*a);
            if (n - span as f64).abs() > 1.0 {
                push(
                    out,
                    "figure-mismatch",
                    Severity::Warning,
                    text,
                    d.span.clone(),
                    format!("两个日期相隔{span}天，这里写的是{}天：请核对", fmt(n)),
                    Some(span.to_string()),
                );
            }
        }
    }
}

/// `五个项目：A、B、C。` or `A、B、C等5个项目`: the number said and the items listed must agree.
fn list_counts(text: &str, out: &mut Vec<Finding>) {
    const NOUNS: &[&str] = &[
        "个项目",
        "项工程",
        "个工程",
        "个方面",
        "个部门",
        "家企业",
        "个园区",
        "项任务",
        "个重点项目",
        "个重大项目",
    ];
    // one pass over the measure words, then the nouns after them
    let hits = ["个", "项", "家"]
        .into_iter()
        .flat_map(|w| text.match_indices(w))
        .filter_map(|(i, _)| {
            NOUNS
                .iter()
                .find(|n| text[i..].starts_with(*n))
                .map(|n| (i, *n))
        });
    {
        for (i, noun) in hits {
            // the number right before: 五, 5
            let before = &text[..i];
            let num_start = before
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
                .last()
                .map(|(k, _)| k);
            let Some(ns) = num_start else { continue };
            let num = &before[ns..];
            let Some(n) = num
                .parse::<u32>()
                .ok()
                .or_else(|| crate::parse::cn_value(num))
            else {
                continue;
            };
            if !(2..=20).contains(&n) {
                continue;
            }
            let after = &text[i + noun.len()..];
            // listed after a colon, up to the sentence end
            let listed_after = after.strip_prefix('：').map(|rest| {
                let end = rest.find(['。', '；', '\n']).unwrap_or(rest.len());
                rest[..end]
                    .split('、')
                    .filter(|s| !s.trim().is_empty())
                    .count()
            });
            // listed before 等: A、B、C等5个项目
            let listed_before = before[..ns].strip_suffix('等').map(|list| {
                let start = list.rfind(['，', '。', '；', '：', '\n']).map_or(0, |k| {
                    k + list[k..].chars().next().map_or(1, char::len_utf8)
                });
                list[start..]
                    .split('、')
                    .filter(|s| !s.trim().is_empty())
                    .count()
            });
            let (count, exact) = match (listed_after, listed_before) {
                (Some(c), _) if c >= 2 => (c, true),
                (_, Some(c)) if c >= 2 => (c, false),
                _ => continue,
            };
            // 等 may stand for more items; more items than the number is wrong either way
            if count as u32 > n || (exact && count as u32 != n) {
                push(
                    out,
                    "figure-mismatch",
                    Severity::Warning,
                    text,
                    ns..i + noun.len(),
                    format!("说是{num}{noun}，列出的却有{count}个：请核对"),
                    None,
                );
            }
        }
    }
}

// ---------------------------------------------------------------- empty-slot

/// Characters that may stand right before a unit without a figure: numerals and words of amount.
const AMOUNT_CHARS: &str = "零〇一二三四五六七八九十百千万亿两几多数余双半整";

/// Rule `empty-slot`: a figure or a name that was deleted instead of filled: `刚才，个部门作了发言`,
/// `增长%`, `投资亿元`, `稍后，还将作重要讲话`.
pub fn empty_slot(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    for (i, c) in text.char_indices() {
        // only measure words and units can start an emptied slot
        if !matches!(c, '个' | '项' | '家' | '名' | '位' | '%' | '亿' | '万') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let rest = &text[i..];
        // a measure word right after a clause break: 刚才，个部门
        let measure = matches!(c, '个' | '项' | '家' | '名' | '位')
            && matches!(prev, Some('，' | '、' | '：' | '。' | '；'))
            && rest[c.len_utf8()..].chars().next().is_some_and(is_cjk)
            && ![
                "个人", "个别", "个个", "个体", "个性", "个案", "个例", "项项", "家家", "位位",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
            && !rest.starts_with("家庭")
            && !rest.starts_with("名称")
            && !rest.starts_with("位于")
            && !rest.starts_with("位置")
            && !rest.starts_with("项目");
        // a unit with no figure before it: 增长%, 投资亿元
        // "亿元以上项目", "亿元级" speak of a size class, not a missing figure
        let size_class = ["以上", "以下", "级", "项目", "企业", "大关"]
            .iter()
            .any(|w| rest.get(6..).is_some_and(|r| r.starts_with(w)));
        let unit = (rest.starts_with('%')
            || (rest.starts_with("亿元") || rest.starts_with("万元")) && !size_class)
            && prev.is_some_and(|p| is_cjk(p) && !AMOUNT_CHARS.contains(p));
        if measure || unit {
            let len = if rest.starts_with("亿元") || rest.starts_with("万元") {
                "亿元".len()
            } else {
                c.len_utf8()
            };
            push(
                out,
                "empty-slot",
                Severity::Warning,
                text,
                i..i + len,
                format!("“{}”前面少了数字：可能是删去了占位符", &text[i..i + len]),
                None,
            );
        }
    }
    // a speaker deleted from an announcement: 稍后，还将作重要讲话
    for pat in [
        "，还将作",
        "。还将作",
        "，将作重要讲话",
        "请作重要讲话",
        "由作",
    ] {
        for (i, _) in text.match_indices(pat) {
            let start = i + pat.chars().next().map_or(0, char::len_utf8);
            push(
                out,
                "empty-slot",
                Severity::Warning,
                text,
                start..i + pat.len(),
                "这里少了讲话人：谁“作讲话”？".to_string(),
                None,
            );
        }
    }
}

// ---------------------------------------------------------------- typography

/// Characters that are doubled by a slip of the keyboard (`市市上下`, `各各位`, `的的`) and hardly
/// ever by a word; other doubles (常常, 层层, 行政政策) are left alone.
const SLIP_DOUBLES: &str = "的是和了各市全我把对为与及将就都也还被让从向";

/// Rule `typography`: 公文 punctuation and spacing: half-width punctuation in Chinese
/// sentences, straight or unpaired quotes, a space between a figure and its unit, half-width
/// `(一)`, doubled characters.
pub fn typography(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    for b in &a.doc.blocks {
        let line = &text[b.content.clone()];
        let base = b.content.start;
        let mut open_quote = true;
        let (mut opens, mut closes) = (0, 0);
        let mut prev: Option<char> = None;
        for (i, c) in line.char_indices() {
            let at = base + i;
            match c {
                ',' | ':' | ';' | '?' | '!' => {
                    if let Some(r) = crate::clean::width_fix(line, c, i) {
                        push(
                            out,
                            "typography",
                            Severity::Warning,
                            text,
                            at..at + 1,
                            format!("中文句子里的半角“{c}”应为全角“{r}”"),
                            Some(r.to_string()),
                        );
                    }
                }
                '"' if prev.is_some_and(is_cjk)
                    || line[i + 1..].chars().next().is_some_and(is_cjk) =>
                {
                    let r = if open_quote { "“" } else { "”" };
                    open_quote = !open_quote;
                    push(
                        out,
                        "typography",
                        Severity::Warning,
                        text,
                        at..at + 1,
                        format!("中文里的直引号应为“{r}”"),
                        Some(r.to_string()),
                    );
                }
                '“' => opens += 1,
                '”' => closes += 1,
                ' ' | '\u{3000}' if prev.is_some_and(|p| p.is_ascii_digit()) => {
                    let rest = &line[i + c.len_utf8()..];
                    if unit_at(rest, 0).is_some()
                        && rest.chars().next().is_some_and(|n| is_cjk(n) || n == '%')
                    {
                        push(
                            out,
                            "typography",
                            Severity::Warning,
                            text,
                            at..at + c.len_utf8(),
                            "数字和单位之间不空格（如“12亿元”）".into(),
                            Some(String::new()),
                        );
                    }
                }
                _ => {}
            }
            if prev == Some(c) && SLIP_DOUBLES.contains(c) {
                let start = at - c.len_utf8();
                push(
                    out,
                    "typography",
                    Severity::Warning,
                    text,
                    start..at + c.len_utf8(),
                    format!("“{c}{c}”重复了一个字"),
                    Some(c.to_string()),
                );
            }
            prev = Some(c);
        }
        if opens != closes {
            push(
                out,
                "typography",
                Severity::Warning,
                text,
                b.content.clone(),
                format!("这一段的引号不成对（“ {opens} 个，” {closes} 个）"),
                None,
            );
        }
        // (一) → （一）
        if let Some(n) = &b.numbering {
            let marker = &text[n.marker.clone()];
            if marker.starts_with('(') || marker.ends_with(')') {
                let fixed = marker.replace('(', "（").replace(')', "）");
                push(
                    out,
                    "typography",
                    Severity::Warning,
                    text,
                    n.marker.clone(),
                    format!("公文的序号用全角括号：“{fixed}”"),
                    Some(fixed),
                );
            }
        }
    }
}

// ---------------------------------------------------------------- length

/// Rule `length`: the speech against its target length, at the writer's speaking rate.
pub fn length(a: &Analysis, values: &Values, opts: &CheckOptions, out: &mut Vec<Finding>) {
    let Some(target) = opts.target_minutes.filter(|t| *t > 0.0) else {
        return;
    };
    let filled = a.filled(values);
    let len = crate::length(&filled, opts.rate);
    let diff = len.minutes - target;
    if diff.abs() <= target * 0.1 {
        return;
    }
    let span = a
        .doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map_or(0..0, |b| b.content.clone());
    let rate = opts
        .rate
        .clamp(*crate::RATE_RANGE.start(), *crate::RATE_RANGE.end());
    let (word, chars) = if diff > 0.0 {
        ("超出", "删减")
    } else {
        ("不足", "补充")
    };
    let change = (diff.abs() * rate as f64).round() as usize;
    push(
        out,
        "length",
        Severity::Warning,
        &a.text,
        span,
        format!(
            "全文{}字，按每分钟{rate}字约讲{:.1}分钟，比目标{target}分钟{word}{:.1}分钟：约需{chars}{change}字",
            len.chars, len.minutes, diff.abs()
        ),
        None,
    );
}
