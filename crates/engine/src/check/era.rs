//! Era words said as today's task after their era, and plan periods said of a later year: the
//! tense of the sentence decides, never the word alone. A party congress whose 精神 is carried
//! out after the next one met (`贯彻党的十九大精神` in 2024) and the battle against poverty to be
//! won after it was won (`打赢脱贫攻坚战` in 2023) are stale; the same words as history
//! (`十九大以来`, `十九大提出的…`, `脱贫攻坚取得全面胜利后`, `巩固拓展脱贫攻坚成果`) are not. A plan
//! period in a sentence about a year after its end (`回顾2023年，…在“十三五”的新起点上…`) is the
//! old draft's, unless it is the span looked back from that year (`“十三五”期间打下的基础`).
//! And the years that are history, not last year's figures left: a span run from a year to now
//! (`自2016年结对以来`), a year named as a measure, or one whose clause starts what followed
//! (`2016年，两县结对后`).

use crate::finding::{Finding, RuleId};
use crate::text::{bounded_stretch, Span};

/// A drive that ends when it is won (its object after a verb of winning is today's task), or a
/// congress whose line is carried out until the next one: the word and its last year.
const DRIVES: &[(&str, u32, bool)] = &[
    ("脱贫攻坚", 2020, false),
    ("精准脱贫", 2020, false),
    ("全面建成小康社会", 2020, false),
    ("全面小康", 2020, false),
    ("十八大", 2017, true),
    ("十八届", 2017, true),
    ("十九大", 2022, true),
    ("十九届", 2022, true),
    ("二十大", 2027, true),
    ("二十届", 2027, true),
];

/// Verbs before an era word in its clause that make it the object of today's work.
const NOW_VERBS: &str = "贯彻 落实 学习 领会 践行 打赢 打好 决战 决胜 坚决 确保 聚焦 全力 奋力 抓好 抓实 抓细 冲刺 攻克 夺取 推进";

/// Words before an era word in its sentence that say it of now.
const NOW_MARKERS: &str = "今年 本年 当前 目前 现在 正在";

/// Words after an era word in its clause that make it history or its legacy: what it won,
/// since when, what it set out (`十九大提出的`), and the work that carries on from it.
const LEGACY_AFTER: &str = "成果 胜利 以来 以后 之后 后 期间 时期 契机 经验 精神 衔接 历程 征程 提出 作出 确立 召开 报告 明确";

/// Words after a 届 that make it the Party's central committee (`十九届五中全会`), not a local
/// body's numbered session (`县委十九届三次全会`).
const CENTRAL_AFTER: &str = "中央 一中 二中 三中 四中 五中 六中 七中 历次";

/// Whether the era word at `span` is said as today's task: a verb of [`NOW_VERBS`] before it in
/// its clause, or for a congress its 精神 right after it (`十九大精神`, `十九大和十九届历次全会精神`),
/// and nothing after it that makes it history ([`LEGACY_AFTER`], a congress's 精神 aside).
fn said_as_now(text: &str, span: &Span, congress: bool) -> bool {
    let clause = bounded_stretch(text, span, 240, "，。；！？\n");
    let head = &text[clause.start..span.start];
    let after = &text[span.end..clause.end];
    // (a congress's 精神 closes its name, perhaps after a list of sessions: 十九大、十九届…精神)
    let spirit = congress
        && after
            .find("精神")
            .is_some_and(|k| after[..k].chars().count() <= 12);
    let legacy = LEGACY_AFTER.split(' ').any(|w| {
        after
            .find(w)
            .is_some_and(|k| !(spirit && (w == "精神" || after[..k].contains("精神"))))
    });
    // (or a sentence that says it of now: `今年，是“脱贫攻坚决战年”`)
    let sentence = bounded_stretch(text, span, 240, "。；！？\n");
    let now = NOW_MARKERS
        .split(' ')
        .any(|w| text[sentence.start..span.start].contains(w));
    let verb = now || NOW_VERBS.split(' ').any(|w| head.contains(w));
    (verb || spirit) && !legacy
}

/// Rule `stale-time`, era words said as today's task after their era (see the module's note);
/// `history` tells whether the word at `i..end`, current until `last`, is looked back at (the
/// time rule's reading of the sentence); spans already found stale (`打赢脱贫攻坚战`) are left.
pub(super) fn drives(
    text: &str,
    year: u32,
    out: &mut Vec<Finding>,
    history: impl Fn(usize, usize, u32) -> bool,
) {
    let mut found: Vec<Finding> = Vec::new();
    for &(word, last, congress) in DRIVES.iter().filter(|(_, last, _)| year > *last) {
        for (i, _) in text.match_indices(word) {
            let span = i..i + word.len();
            let session = word.ends_with('届');
            if session
                && !CENTRAL_AFTER
                    .split(' ')
                    .any(|w| text[span.end..].starts_with(w))
            {
                continue;
            }
            let taken = out.iter().chain(&found).any(|f| {
                f.rule == RuleId::StaleTime && f.span.start < span.end && span.start < f.span.end
            });
            if taken || !said_as_now(text, &span, congress) || history(i, span.end, last) {
                continue;
            }
            let what = if congress {
                "党的代表大会"
            } else {
                "攻坚任务"
            };
            found.push(Finding::new(
                RuleId::StaleTime,
                text,
                span,
                format!("“{word}”这一{what}到{last}年已成为过去，本稿是{year}年的讲话，这里却当作当前的任务：多半是旧稿的说法"),
            ));
        }
    }
    welcomed_congresses(text, year, &mut found, out, &history);
    out.extend(found);
}

/// Verbs before a congress in its clause that welcome it: it is still to meet.
const WELCOME: &str = "迎接 喜迎 献礼";

/// Words after a congress in its clause that make its meeting history (`二十大召开以来`).
const SINCE_AFTER: &str = "以来 之后 以后 后";

/// A party congress welcomed (`迎接党的二十大胜利召开`, `喜迎二十大`) in a year after it met
/// (five years before the next: [`DRIVES`]' last year less five): the old draft's, a year
/// before it met.
fn welcomed_congresses(
    text: &str,
    year: u32,
    found: &mut Vec<Finding>,
    out: &[Finding],
    history: &impl Fn(usize, usize, u32) -> bool,
) {
    let congresses = DRIVES
        .iter()
        .filter(|(w, _, congress)| *congress && w.ends_with('大'));
    for &(word, last, _) in congresses {
        let met = last.saturating_sub(5);
        if year <= met {
            continue;
        }
        for (i, _) in text.match_indices(word) {
            let span = i..i + word.len();
            let clause = bounded_stretch(text, &span, 240, "，。；！？\n");
            let head = &text[clause.start..i];
            let after = &text[span.end..clause.end];
            let taken = out.iter().chain(found.iter()).any(|f| {
                f.rule == RuleId::StaleTime && f.span.start < span.end && span.start < f.span.end
            });
            if taken
                || !WELCOME.split(' ').any(|w| head.contains(w))
                || SINCE_AFTER.split(' ').any(|w| after.contains(w))
                || history(i, span.end, met)
            {
                continue;
            }
            found.push(Finding::new(
                RuleId::StaleTime,
                text,
                span,
                format!("党的“{word}”在{met}年已经召开，本稿是{year}年的讲话，这里却还在迎接它：多半是旧稿的说法"),
            ));
        }
    }
}

/// Words right after a plan period that make it the span looked back at from a later year.
const SPAN_AFTER: &str = "期间 时期 以来 累计 基础上 期末 末 收官 后 成就 成果";

/// Whether a plan period at `i..end`, over by `last`, is said of a later numbered year: its
/// sentence names one (`2023年，…“十三五”…`), or its paragraph opens on one and the sentence
/// names none (`回顾2023年，……。我们在“十三五”的新起点上…`); and its clause does not make it the
/// span looked back at ([`SPAN_AFTER`]).
pub(super) fn plan_said_of_a_later_year(
    text: &str,
    i: usize,
    end: usize,
    last: u32,
    year_said_before: impl Fn(usize) -> Option<u32>,
) -> bool {
    // (a past year unnumbered, `去年`, names none)
    let sentence = bounded_stretch(text, &(i..i), 240, "。；！？\n").start;
    let past = ["去年", "上年", "过去", "当年"]
        .iter()
        .any(|w| text[sentence..i].contains(w));
    let said = year_said_before(i).or_else(|| {
        // the paragraph's first sentence: the year it is about
        let para = bounded_stretch(text, &(i..i), 2000, "\n").start;
        let first = bounded_stretch(text, &(para..para), 240, "。；！？\n").end;
        year_said_before(first.min(i)).filter(|_| !past)
    });
    let clause_end = bounded_stretch(text, &(i..end), 240, "，。；！？\n").end;
    let after = text[end..clause_end].trim_start_matches(['”', '"', '’', '」']);
    let after = after.strip_prefix("规划").unwrap_or(after);
    said.is_some_and(|v| v > last) && !SPAN_AFTER.split(' ').any(|w| after.contains(w))
}

/// Whether the clause of a year at `i` ends on the event that starts what follows
/// (`2016年，两县结对后`): history, which the speech goes on from.
pub(super) fn starts_what_followed(text: &str, i: usize) -> bool {
    let marks = "，。；！？\n";
    let clause_end = bounded_stretch(text, &(i..i), 240, marks).end;
    let clause = &text[i..clause_end];
    // (a year alone before a comma, `2016年，两县结对后`: the event is the next clause)
    let alone = clause.chars().count() <= 5 && text[clause_end..].starts_with('，');
    let next = if alone {
        let from = clause_end + '，'.len_utf8();
        &text[from..bounded_stretch(text, &(from..from), 240, marks).end]
    } else {
        ""
    };
    clause.ends_with('后') || next.ends_with('后')
}

/// Whether the year at `i` starts a span that reaches now (`自2016年结对以来`, `从2019年起`):
/// 自 / 从 right before it and 以来 / 至今 / 起 later in its clause.
pub(super) fn since(text: &str, i: usize) -> bool {
    let starts = ["自", "从", "自从"].iter().any(|w| text[..i].ends_with(w));
    // (read at most 240 bytes on: on a line of years with no mark each read it whole)
    let clause_end = crate::text::bounded_stretch(text, &(i..i), 240, "，。；！？\n").end;
    let rest = &text[i..clause_end];
    // 比2020年, 达2020年的1.4倍, 于2016年建成: a past year named as the measure or the time of
    // something done
    let measure = ["比", "较", "达", "于", "早在", "相当于"]
        .iter()
        .any(|w| text[..i].ends_with(w));
    // (`1998年省委作出决策以来`: the clause runs from the year to now, 自 or not)
    measure
        || starts_what_followed(text, i)
        || rest.contains("以来")
        || (starts
            && ["以来", "至今", "起", "开始", "年来"]
                .iter()
                .any(|w| rest.contains(w)))
}

/// The last year of a range that starts at the text's beginning: `—2025年` → 2025.
pub(super) fn range_end(rest: &str) -> Option<u32> {
    let r = rest.strip_prefix('年').unwrap_or(rest);
    let r = r.strip_prefix(['-', '—', '～', '至', '到'])?;
    let r = r.strip_prefix('—').unwrap_or(r);
    let d: String = r.chars().take_while(char::is_ascii_digit).collect();
    (d.len() == 4).then(|| d.parse().ok()).flatten()
}
