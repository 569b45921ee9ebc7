//! Rule `stale-time`: years, plan periods (十四五) and era words that are out of date in the
//! speech's year.

use super::recount::{recounts_a_year_of, year_said_before, Said};
use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::parse::BlockKind;

/// Plan periods: (name, the last year it is current).
const PLANS: &[(&str, u32)] = &[
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
];

/// The year a plan period's place names (`开局`, `收官`, `第三年`…) written right after its
/// name (`“十四五”开局之年`, `十四五的第二年`); `first` is its first year.
fn place_in_plan(after: &str, first: u32) -> Option<u32> {
    let a = after.trim_start_matches(['”', '"', '’', '」', '』']);
    let a = a.strip_prefix("规划").unwrap_or(a).trim_start_matches('的');
    let at = |ws: &[&str]| ws.iter().any(|w| a.starts_with(w));
    if at(&["开局", "起步", "开篇", "首年", "第一年"]) {
        return Some(first);
    }
    if at(&["收官", "最后一年", "末年", "第五年"]) {
        return Some(first + 4);
    }
    let n = a.strip_prefix('第')?.chars().next()?;
    let k = "一二三四五".chars().position(|c| c == n)?;
    a["第".len() + n.len_utf8()..]
        .starts_with('年')
        .then_some(first + k as u32)
}

/// Whether the words after a plan period name one of its years (`开局之年`, `的第二年`), not
/// its course (`开局良好`, `开好局`).
fn names_a_year(after: &str) -> bool {
    let a = after.trim_start_matches(['”', '"', '’', '」', '』']);
    let a = a.strip_prefix("规划").unwrap_or(a).trim_start_matches('的');
    let place = ["开局", "起步", "开篇", "收官", "末"]
        .iter()
        .find_map(|w| a.strip_prefix(w));
    match place {
        Some(r) => r.starts_with("之年") || r.starts_with('年'),
        None => {
            ["首年", "第一年", "最后一年", "第五年"]
                .iter()
                .any(|w| a.starts_with(w))
                || (a.starts_with('第') && a.chars().nth(2) == Some('年'))
        }
    }
}

/// The bytes of a plan period's place after its name (`”开局之年`, `的第二年`), so that the
/// finding shows the place it misplaces.
fn place_len(after: &str) -> usize {
    let a = after.trim_start_matches(['”', '"', '’', '」', '』']);
    let a = a.strip_prefix("规划").unwrap_or(a).trim_start_matches('的');
    let word = [
        "开局",
        "起步",
        "开篇",
        "首年",
        "第一年",
        "收官",
        "最后一年",
        "末年",
        "第五年",
    ]
    .iter()
    .find(|w| a.starts_with(*w))
    .map(|w| w.len())
    .or_else(|| {
        let n = a.strip_prefix('第')?.chars().next()?;
        a["第".len() + n.len_utf8()..]
            .starts_with('年')
            .then(|| "第".len() + n.len_utf8() + "年".len())
    })
    .unwrap_or(0);
    let rest = &a[word..];
    let tail = if rest.starts_with("之年") {
        "之年".len()
    } else {
        0
    };
    after.len() - a.len() + word + tail
}

/// Era words and phrases and the years they were current: stale only after the last.
const ERA_WORDS: &[(&str, u32, u32)] = &[
    ("疫情防控", 2020, 2022),
    ("新冠肺炎", 2020, 2022),
    ("新冠", 2020, 2022),
    ("复工复产", 2020, 2020),
    ("六稳六保", 2020, 2022),
    ("六保", 2020, 2022),
    ("抗疫", 2020, 2022),
    ("疫情影响", 2020, 2022),
    ("受疫情", 2020, 2022),
    ("常态化防控", 2020, 2022),
    ("疫情要防住", 2022, 2022),
    // the first centenary goal (全面建成小康社会, met in 2020) and its battle against poverty,
    // written as a drive toward them: stale once met (the goal alone is history after it:
    // 全面建成小康社会后, 巩固拓展脱贫攻坚成果)
    ("决胜全面建成小康社会", 2017, 2020),
    ("全面建成小康社会决胜", 2017, 2020),
    ("决胜全面小康", 2017, 2020),
    ("奔小康", 2012, 2020),
    ("决战决胜脱贫攻坚", 2020, 2020),
    ("决战脱贫攻坚", 2020, 2020),
    ("脱贫攻坚的决战", 2020, 2020),
    ("打赢脱贫攻坚战", 2015, 2020),
    ("打好脱贫攻坚战", 2017, 2020),
];

/// Words after a period (in its clause) that look back at it: `“十三五”时期`, `以来`, `收官`.
const LOOK_BACK_AFTER: &[&str] = &[
    "时期",
    "期间",
    "以来",
    "收官",
    "累计",
    "期末",
    "末",
    "圆满",
    "实现了",
    "取得了",
    "作出了",
    "做出了",
    "注入了",
    "基础上",
];

/// Words before a period (in its sentence) that look back at it: `回顾“十三五”`, `过去五年`.
const LOOK_BACK_BEFORE: &[&str] = &[
    "过去",
    "回顾",
    "总结",
    "那几年",
    "圆满完成",
    "胜利完成",
    "期间",
];

/// Whether the use at `span` looks back: a marker after it in its clause, or before it in its
/// sentence.
fn looks_back(text: &str, span: &std::ops::Range<usize>, year: u32) -> bool {
    // read at most REACH bytes each way: on a line with no mark, every use once read it whole
    const REACH: usize = 240;
    let clause = crate::text::bounded_stretch(text, span, REACH, "，。；！？\n");
    let sentence = crate::text::bounded_stretch(text, span, REACH, "。；！？\n");
    let (before, after) = (
        &text[sentence.start..span.start],
        &text[span.end..clause.end],
    );
    // `今年是“十二五”收官之年`, `为圆满完成“十三五”`: the period is now, or still ahead
    let head = &text[clause.start..span.start];
    if NOW_OR_AHEAD.iter().any(|w| head.contains(w))
        || this_year_is(&text[sentence.start..span.start], year)
    {
        return false;
    }
    // `作为“十二五”期间首个新开工的项目`: the period holds this occasion, not a past tally
    if holds_this_occasion(after, false) {
        return false;
    }
    LOOK_BACK_AFTER.iter().any(|w| after.contains(w))
        || LOOK_BACK_BEFORE.iter().any(|w| before.contains(w))
}

/// Whether the words before a period in its sentence open on the speech's own year as the
/// subject of 是 (`2026年是…“十三五”规划收官之年`, or the template's `X年是…`): what the sentence
/// then says of the period it says of now, however its place reads (收官, 期末).
fn this_year_is(head: &str, year: u32) -> bool {
    let Some(k) = head.find("年是") else {
        return false;
    };
    let subject = head[..k].trim_end();
    if let Some(said) = year_said(subject) {
        return said == year;
    }
    subject.ends_with(['今', '本']) || subject.ends_with(|c: char| "xXｘＸ×*＊_＿".contains(c))
}

/// The four-digit year the words end on (`…2020`), if they do.
fn year_said(subject: &str) -> Option<u32> {
    let digits = subject.len() - subject.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (digits == 4).then(|| subject[subject.len() - 4..].parse().ok())?
}

/// Whether the sentence opens on an earlier year as the subject of 是 (`2020年是“十三五”收官之年`):
/// what it then says of a period is history.
fn past_year_is(head: &str, year: u32) -> bool {
    head.find("年是")
        .and_then(|k| year_said(head[..k].trim_end()))
        .is_some_and(|said| said < year)
}

/// Words around a period that tell of its close or run from it to now (`“十二五”以来`,
/// `圆满完成“十二五”`): news only while it is the last period.
const CLOSE_AFTER: &[&str] = &["以来", "收官", "圆满", "实现了", "取得了", "期末"];
const CLOSE_BEFORE: &[&str] = &["圆满完成", "胜利完成"];

/// Whether the use at `span` tells of the period's close or runs from it to now.
fn tells_its_close(text: &str, span: &std::ops::Range<usize>, year: u32) -> bool {
    let clause = crate::text::bounded_stretch(text, span, 240, "，。；！？\n");
    let sentence = crate::text::bounded_stretch(text, span, 240, "。；！？\n");
    let (head, after) = (&text[clause.start..span.start], &text[span.end..clause.end]);
    !past_year_is(&text[sentence.start..span.start], year)
        && (CLOSE_AFTER.iter().any(|w| after.contains(w))
            || CLOSE_BEFORE.iter().any(|w| head.contains(w)))
}

/// Whether the words after a period in its clause make it the time of this occasion
/// ([`THIS_OCCASION`]; with `ordinal`, also `第一场`, `首个`) and count nothing
/// (`“十二五”期间新开工项目120个`, `一百二十个` count back; 一 alone is `第一个`).
fn holds_this_occasion(after: &str, ordinal: bool) -> bool {
    let first = ordinal
        && ["第一", "首个", "首场", "首批", "首次"]
            .iter()
            .any(|w| after.contains(w));
    (first || THIS_OCCASION.split(' ').any(|w| after.contains(w)))
        && !after
            .chars()
            .any(|c| c.is_ascii_digit() || "两二三四五六七八九十百千万".contains(c))
}

/// Whether a period at `i..end` (one still to come) is said as the time of this occasion: its
/// span (`期间`, `时期`) right after it, holding this occasion, and nothing before it in its
/// clause that looks ahead (`力争`).
fn to_come_holds_this_occasion(text: &str, i: usize, end: usize) -> bool {
    let clause = crate::text::bounded_stretch(text, &(i..end), 240, "，。；！？\n");
    let after = text[end..clause.end].trim_start_matches(['”', '"', '’']);
    let head = &text[clause.start..i];
    ["期间", "时期"].iter().any(|w| after.starts_with(w))
        && !NOW_OR_AHEAD.iter().any(|w| head.contains(w))
        && holds_this_occasion(after, true)
}

/// Words after a period in its clause that make it the time of this occasion: `新开工`, `今天`.
const THIS_OCCASION: &str = "新开工 今天 今日 本次 此次 这次 即将 正在";

/// Words before a period in its clause that speak of it as now or ahead.
const NOW_OR_AHEAD: &[&str] = &[
    "今年是",
    "明年是",
    "为圆满",
    "为全面",
    "为胜利",
    "为如期",
    "确保",
    "力争",
    "争取",
    "努力",
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
pub(super) fn stale_time(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    let year = crate::fields::year_value(values);
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
                let rest = &text[i + 4..];
                // 2021年以来, 2021—2025年: a span that reaches the speech's time
                let to_now = ["年以来", "年至今", "以来", "年来", "年起", "年开始"]
                    .iter()
                    .any(|w| rest.starts_with(w))
                    || super::era::range_end(rest).is_some_and(|e| e + 1 >= y)
                    || super::era::since(text, i);
                if (1990..y.saturating_sub(1)).contains(&v) && !to_now {
                    out.push(Finding::new(
                        RuleId::StaleTime,
                        text,
                        i..i + 4,
                        format!(
                            "{v}年比本稿的{y}年早{}年：若是模板里的旧年份，请改为当年的数字",
                            y - v
                        ),
                    ));
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
            out.push(Finding::new(
                RuleId::StaleTime,
                text,
                p.raw.clone(),
                format!("“{raw}年”是十几年前的模板写法：请填本年度"),
            ));
        }
    }
    // a plan period's place said of this year (`今年是“十四五”开局之年` in a 2025 speech: that
    // was 2021), or of next year
    if let Some(y) = year {
        // (a period over is said below)
        for (plan, last) in PLANS.iter().filter(|(_, last)| *last >= y) {
            for (i, _) in text.match_indices(plan) {
                let end = i + plan.len();
                // a period still to come, said as the time of this occasion (`是本区“十四五”期间
                // 第一场签约仪式` in a 2020 speech)
                if last - 4 > y && to_come_holds_this_occasion(text, i, end) {
                    out.push(Finding::new(
                        RuleId::StaleTime,
                        text,
                        i..end,
                        format!(
                            "“{plan}”从{}年才开始，本稿是{y}年的讲话：这里写的是今天的事，多半是别年的旧稿",
                            last - 4
                        ),
                    ));
                    continue;
                }
                let Some(said) = place_in_plan(&text[end..], last - 4) else {
                    continue;
                };
                let clause = crate::text::bounded_stretch(text, &(i..end), 240, "，。；！？\n");
                let head = &text[clause.start..i];
                let of = if head.contains("今年") || head.contains("本年") {
                    y
                } else if head.contains("明年") {
                    y + 1
                } else {
                    match year_said_before(text, i) {
                        Said::Year(v) => v,
                        Said::Past => continue,
                        // a year named by its place alone (`“十四五”开局之年我县共安排…`) is the
                        // speech's own, unless a span runs from it (`开局之年以来`)
                        // (or next year's, in a sentence that looks ahead to it: `立足“十三五”
                        // 突出明年，为“十三五”第一年开好局`)
                        Said::Nothing
                            if names_a_year(&text[end..clause.end])
                                && !text[end..clause.end].contains("以来") =>
                        {
                            let sentence =
                                crate::text::bounded_stretch(text, &(i..i), 240, "。；！？\n");
                            let ahead =
                                text[sentence.start..i].contains("明年") || head.starts_with('为');
                            if ahead {
                                y + 1
                            } else {
                                y
                            }
                        }
                        Said::Nothing => continue,
                    }
                };
                if said == of {
                    continue;
                }
                let place = match of.checked_sub(last - 4) {
                    Some(0) => format!("“{plan}”的开局之年"),
                    Some(k @ 1..=3) => {
                        format!("“{plan}”的第{}年", ["", "二", "三", "四"][k as usize])
                    }
                    Some(4) => format!("“{plan}”的收官之年"),
                    _ => "不在这个五年规划期内".to_string(),
                };
                out.push(Finding::new(
                    RuleId::StaleTime,
                    text,
                    i..end + place_len(&text[end..]),
                    format!("这里说的是“{plan}”的{said}年，而{of}年是{place}：这是旧稿的说法吧？"),
                ));
            }
        }
    }
    // plan periods
    if let Some(y) = year {
        for (plan, last) in PLANS {
            if y <= *last {
                continue;
            }
            for (i, _) in text.match_indices(plan) {
                // a span run from one year of a period that is over (`“十二五”开局之年以来` in a
                // 2016 speech) starts in an older plan than the speech's: the place is the old
                // draft's, said of its own year (a span of years starts from the period:
                // `“十二五”以来`)
                let end = i + plan.len();
                let clause_end =
                    crate::text::bounded_stretch(text, &(i..end), 240, "，。；！？\n").end;
                let after = &text[end..clause_end];
                let since_a_year = names_a_year(after)
                    && year_said_before(text, i) == Said::Nothing
                    && after.contains("以来");
                // a period before the last one (`“十二五”以来`, `圆满完成“十二五”` in a 2021
                // speech) is looked back at only as history, never as news of its close
                let older = y > last + 5;
                // (and one said of a later year, `回顾2023年，…“十三五”的新起点上`, is stale)
                let numbered = |k| match year_said_before(text, k) {
                    Said::Year(v) => Some(v),
                    _ => None,
                };
                let later = super::era::plan_said_of_a_later_year(text, i, end, *last, numbered);
                // (a project named after the period it was planned in: `村里的“十三五”移民致富
                // 木耳种植项目`, a long name run on to 项目 or 工程)
                let run: String = text[end..]
                    .trim_start_matches(['”', '"'])
                    .chars()
                    .take_while(|&c| crate::text::is_cjk(c))
                    .collect();
                let project = ["项目", "工程"]
                    .iter()
                    .filter_map(|w| run.find(w).map(|k| k + w.len()))
                    .any(|e| {
                        // (not the plan's list, `“十二五”规划重点建设项目`, nor the period's
                        // time, `“十二五”期间第一个新开工的项目`: a name has neither)
                        run[..e].chars().count() >= 6
                            && !["规划", "重点", "期", "的"]
                                .iter()
                                .any(|w| run[..e].contains(w))
                    });
                if project {
                    continue;
                }
                if !(since_a_year || later)
                    && looks_back(text, &(i..end), y)
                    && !(older && tells_its_close(text, &(i..end), y))
                {
                    continue;
                }
                // the plan current in the speech's year
                let current = match y {
                    2016..=2020 => Some("十三五"),
                    2021..=2025 => Some("十四五"),
                    2026..=2030 => Some("十五五"),
                    _ => None,
                };
                let named = current.unwrap_or("新的五年规划");
                out.push(Finding::new(RuleId::StaleTime, text, i..i + plan.len(), format!("“{plan}”到{last}年已经结束，{y}年处在“{named}”时期：若写的是当前任务，请改")).fix_opt(current.map(String::from)));
            }
        }
    }
    if let Some(y) = year {
        let mut taken = 0;
        // where each word is, in text order; at one place the word listed first (one search per
        // word, not a look at every word from every char)
        let mut hits: Vec<(usize, usize)> = ERA_WORDS
            .iter()
            .enumerate()
            .flat_map(|(k, (w, _, _))| text.match_indices(w).map(move |(i, _)| (i, k)))
            .collect();
        // in text order; at one place the first word listed (the order collected)
        crate::order::sort_by_u64(&mut hits, |h| h.0 as u64);
        hits.dedup_by_key(|h| h.0);
        for (i, k) in hits {
            let (w, first, last) = ERA_WORDS[k];
            if i < taken
                || y <= last
                || looks_back(text, &(i..i + w.len()), y)
                || recounts_a_year_of(text, i, last, y)
            {
                continue;
            }
            taken = i + w.len();
            let when = if first == last {
                format!("{first}年")
            } else {
                format!("{first}—{last}年")
            };
            out.push(Finding::new(
                RuleId::StaleTime,
                text,
                i..i + w.len(),
                format!("“{w}”是{when}的提法，本稿是{y}年的讲话：请确认今年还适用"),
            ));
        }
    }
    // era words said as today's task after their era
    if let Some(y) = year {
        let history = |i: usize, end: usize, last: u32| {
            looks_back(text, &(i..end), y) || recounts_a_year_of(text, i, last, y)
        };
        super::era::drives(text, y, out, history);
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
                out.push(Finding::new(
                    RuleId::StaleTime,
                    text,
                    span,
                    format!("讲话在{m}月，还没有“1-{end}月”的数据：这是旧稿的月份吧？"),
                ));
            }
        }
    }
}
