//! Rule `figure-mismatch`: figures that do not agree — a rate that is not its parts' ratio,
//! parts that do not add up to the total, date spans against the days stated, list counts.

use crate::analysis::sets;
use crate::analysis::Analysis;
use crate::fields::normalize;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId, Severity};
use crate::lexicon::UnitClass;
use crate::scan::{clause_before, unit_at};
use crate::text::Span;

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

/// Where the sentences end 。！？；!? and the measure words 个 项 家 stand, anywhere in the
/// text (inside placeholders too), for the other checks of this rule: from the analysis's
/// walk (sets `ENDS` and `MEASURES`).
struct Marks {
    ends: Vec<usize>,
    measures: Vec<usize>,
}

/// The first ASCII digit at or after `from`, or the text's length: eight bytes at a step
/// (the rule looks over every byte of the text for its figures).
fn next_digit(bytes: &[u8], from: usize) -> usize {
    let Some(rest) = bytes.get(from..) else {
        return bytes.len();
    };
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let m = digit_bytes(x);
        if m != 0 {
            return at + (m.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(u8::is_ascii_digit)
        .map_or(bytes.len(), |k| at + k)
}

/// The high bit of each byte of `x` that is an ASCII digit, 0x30–0x39 (the bit trick
/// "has between" for 0x2F < b < 0x3A: no carry crosses a byte, and a byte of 0x80 or more is
/// masked out).
fn digit_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & (ONES * 0x7F);
    ((ONES * (0x7F + 0x3A)).wrapping_sub(low) & !x & (low + ONES * (0x7F - 0x2F))) & (ONES * 0x80)
}

fn figures(a: &Analysis, values: &Values) -> (Vec<Figure>, Marks) {
    let text = &a.text;
    let mut out: Vec<Figure> = Vec::new();
    let marks = Marks {
        ends: a.chars.of(sets::ENDS).map(|(k, _)| k).collect(),
        measures: a
            .chars
            .of(sets::MEASURES)
            .filter(|&(_, c)| matches!(c, '个' | '项' | '家'))
            .map(|(k, _)| k)
            .collect(),
    };
    // a sentence ends at a sentence end or a line break: both lists are in text order
    let mut breaks: Vec<usize> = Vec::with_capacity(marks.ends.len() + 64);
    {
        let mut lines = a.chars.of(sets::NEWLINES).map(|(k, _)| k).peekable();
        for &e in &marks.ends {
            while let Some(l) = lines.next_if(|&l| l < e) {
                breaks.push(l);
            }
            breaks.push(e);
        }
        breaks.extend(lines);
    }
    // placeholder spans and their values
    let mut ph: Vec<(Span, Option<f64>)> = Vec::new();
    for f in &a.fields {
        let v = values
            .get(&f.key)
            .filter(|v| !v.trim().is_empty())
            .and_then(|v| crate::decimal::parse(&normalize(f, v)));
        for &i in &f.occurrences {
            if let Some(p) = a.scan.placeholders.get(i) {
                ph.push((p.raw.clone(), v));
            }
        }
    }
    crate::order::sort_by_u64(&mut ph, |(s, _)| s.start as u64);
    // figures are runs of ASCII digits and placeholders, found in text order; a figure's
    // sentence is the number of breaks before it, not counting those inside placeholders
    // (their chars are no figures and end no sentence)
    let mut sentence = 0;
    let mut next_break = 0;
    let mut count_breaks = |to: usize, counted: bool, sentence: &mut usize| {
        while next_break < breaks.len() && breaks[next_break] < to {
            *sentence += usize::from(counted);
            next_break += 1;
        }
    };
    let mut next_ph = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut digit = next_digit(bytes, 0);
    loop {
        while next_ph < ph.len() && ph[next_ph].0.start < i {
            next_ph += 1;
        }
        if digit < i {
            digit = next_digit(bytes, i);
        }
        let p = ph.get(next_ph).map_or(usize::MAX, |(s, _)| s.start);
        if p <= digit && p < bytes.len() {
            let (span, value) = ph[next_ph].clone();
            next_ph += 1;
            count_breaks(p, true, &mut sentence);
            count_breaks(span.end, false, &mut sentence);
            out.push(Figure {
                unit: unit_at(text, span.end),
                span: span.clone(),
                value,
                sentence,
                placeholder: true,
            });
            i = span.end.max(p + 1);
            continue;
        }
        if digit >= bytes.len() {
            break;
        }
        let i0 = digit;
        count_breaks(i0, true, &mut sentence);
        let prev = if i0 > 0 { bytes[i0 - 1] } else { b' ' };
        if prev.is_ascii_digit() || prev == b'.' || prev.is_ascii_alphabetic() {
            i = i0 + 1;
            continue;
        }
        let len = bytes[i0..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b'.'))
            .unwrap_or(bytes.len() - i0);
        let num = text[i0..i0 + len].trim_end_matches('.');
        let end = i0 + num.len();
        if !text[end..].starts_with(['-', '年']) {
            out.push(Figure {
                span: i0..end,
                value: crate::decimal::parse(num),
                unit: unit_at(text, end),
                sentence,
                placeholder: false,
            });
        }
        i = end;
    }
    (out, marks)
}

/// Words that say a figure is a total.
const TOTAL_WORDS: &[&str] = &[
    "全", "共", "总", "安排", "计划", "列入", "今年", "全年", "年度",
];

/// How many figures back a rule looks for the one a figure refers to (a part, a total, the
/// money sought): a sentence rarely holds more, and one of megabytes must not be read whole
/// from each figure.
const REACH: usize = 24;

fn is_count(f: &Figure) -> bool {
    matches!(f.unit, Some((_, UnitClass::Count)))
}

fn fmt(v: f64) -> String {
    let s = crate::decimal::fixed(v, 1);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Rule `figure-mismatch`: a rate that is not part ÷ total, parts that do not add up to their
/// total, shares above 100%, 到位 above 争取.
pub(super) fn figure_mismatch(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let text = &a.text;
    let (figs, marks) = figures(a, values);
    for (k, f) in figs.iter().enumerate() {
        let is_percent = matches!(f.unit, Some((_, UnitClass::Percent)));
        // a rate: 开工x个，开工率为y% → y = x / total
        if is_percent {
            let before = clause_before(text, f.span.start, 12);
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
                // (the figures of this sentence and the one before, REACH of them at most:
                // a sentence of megabytes would make each rate read all before it)
                let near = || {
                    figs[..k]
                        .iter()
                        .rev()
                        .take(REACH)
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
                                Some(rv) if (rv - expected).abs() > 0.6 => out.push(
                                    Finding::new(
                                        RuleId::FigureMismatch,
                                        text,
                                        f.span.clone(),
                                        format!(
                                            "{verb}率{}%与{verb}{}÷总数{}={}%不符",
                                            fmt(rv),
                                            fmt(pv),
                                            fmt(tv),
                                            fmt(expected)
                                        ),
                                    )
                                    .fix(fmt(expected)),
                                ),
                                None if f.placeholder => out.push(
                                    Finding::new(
                                        RuleId::FigureMismatch,
                                        text,
                                        f.span.clone(),
                                        format!(
                                            "{verb}率可算出：{}÷{}={}%",
                                            fmt(pv),
                                            fmt(tv),
                                            fmt(expected)
                                        ),
                                    )
                                    .severity(Severity::Info)
                                    .fix(fmt(expected)),
                                ),
                                _ => {}
                            }
                        }
                    }
                }
            }
            // a share above 100%
            // (of a plan, above 100% is over-fulfilment: 占年度计划的115%)
            if (before.contains('占') || before.contains("比重"))
                && !f.placeholder
                && !crate::lexicon::of_a_plan(before)
            {
                if let Some(v) = f.value.filter(|v| *v > 100.0) {
                    out.push(Finding::new(
                        RuleId::FigureMismatch,
                        text,
                        f.span.clone(),
                        format!("占比{}%超过了100%", fmt(v)),
                    ));
                }
            }
        }
    }
    // parts of a total: 安排项目195个，其中续建104个、新建84个
    // where the sentence ends are (noted by the pass over the figures), to count them between
    // two places by a binary search
    let ends = &marks.ends;
    let mut end_cursor: Option<usize> = None;
    let qizhong: Vec<usize> = a
        .chars
        .of(sets::QI)
        .filter(|&(i, _)| text[i..].starts_with("其中"))
        .map(|(i, _)| i)
        .collect();
    let ends_before = |k: usize| ends.partition_point(|&e| e < k);
    // for each 其中: where its figures start, and the total it divides — the nearest count
    // before it, at most one sentence back (figures are in text order: only the 12 just before)
    let totals: Vec<(usize, Option<usize>)> = qizhong
        .iter()
        .map(|&i| {
            let at = figs.partition_point(|g| g.span.end <= i);
            let total = (at.saturating_sub(12)..at).rev().find(|&k| {
                is_count(&figs[k]) && ends_before(i) - ends_before(figs[k].span.end) <= 1
            });
            (at, total)
        })
        .collect();
    for (n, (&i, &(at, total))) in qizhong.iter().zip(&totals).enumerate() {
        let Some(total) = total.map(|k| &figs[k]) else {
            continue;
        };
        // the parts end where the next 其中 begins, before the total it divides (on a line with
        // no sentence end, every 其中 once summed all the figures to the line's end)
        let next = totals.get(n + 1).map(|&(next_at, t)| t.unwrap_or(next_at));
        // (the 其中 come in text order: the first end after the last one may be this one's)
        let sentence_end = match end_cursor {
            Some(e) if e >= i => e,
            _ => text[i..]
                .find(['。', '；', '\n'])
                .map_or(text.len(), |k| i + k),
        };
        end_cursor = Some(sentence_end);
        let unit = total.unit.map(|u| u.0);
        let parts: Vec<&Figure> = figs[at..next.unwrap_or(figs.len()).max(at)]
            .iter()
            .take_while(|g| g.span.end <= sentence_end)
            .filter(|g| g.unit.map(|u| u.0) == unit)
            .collect();
        // `甲和乙项目各4个`: a part said for several items at once cannot be summed
        if parts.len() < 2 || parts.iter().any(|p| text[..p.span.start].ends_with('各')) {
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
            out.push(Finding::new(
                RuleId::FigureMismatch,
                text,
                total.span.clone(),
                format!(
                    "总数{}{}与其中各项之和{list}={}{}不符",
                    fmt(tv),
                    unit.unwrap_or(""),
                    fmt(sum),
                    unit.unwrap_or("")
                ),
            ));
        }
    }
    // 五个项目：A、B、C — a stated count and the items listed
    list_counts(text, &marks.measures, out);
    // 3月1日签约…3月21日开工，用时20天
    date_spans(text, &figs, crate::fields::year_value(values), out);
    // 到位 not above 争取 (a figure is read only when a 到位 ends at most 6 chars, 24 bytes,
    // before it: the clause before it can hold one only then)
    let daowei: Vec<usize> = a
        .chars
        .of(sets::DAO)
        .filter(|&(k, _)| text[k..].starts_with("到位"))
        .map(|(k, _)| k)
        .collect();
    for (k, f) in figs.iter().enumerate() {
        let near = daowei.partition_point(|&d| d + 24 < f.span.start);
        if daowei.get(near).is_none_or(|&d| d >= f.span.start) {
            continue;
        }
        if !clause_before(text, f.span.start, 6).contains("到位") {
            continue;
        }
        let sought = figs[..k]
            .iter()
            .rev()
            .take(REACH)
            .take_while(|g| g.sentence == f.sentence)
            .find(|g| {
                g.unit.map(|u| u.0) == f.unit.map(|u| u.0)
                    && clause_before(text, g.span.start, 8).contains("争取")
            });
        if let (Some(s), Some(fv)) = (sought, f.value) {
            if let Some(sv) = s.value.filter(|sv| fv > *sv) {
                out.push(Finding::new(
                    RuleId::FigureMismatch,
                    text,
                    f.span.clone(),
                    format!("到位{}多于争取的{}：请核对", fmt(fv), fmt(sv)),
                ));
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
                out.push(
                    Finding::new(
                        RuleId::FigureMismatch,
                        text,
                        d.span.clone(),
                        format!("两个日期相隔{span}天，这里写的是{}天：请核对", fmt(n)),
                    )
                    .severity(Severity::Warning)
                    .fix(span.to_string()),
                );
            }
        }
    }
}

/// `五个项目：A、B、C。` or `A、B、C等5个项目`: the number said and the items listed must agree.
fn list_counts(text: &str, measures: &[usize], out: &mut Vec<Finding>) {
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
    let hits = measures.iter().filter_map(|&i| {
        NOUNS
            .iter()
            .find(|n| text[i..].starts_with(*n))
            .map(|n| (i, *n))
    });
    // the hits come in text order, and so do the lists before and after them: the clause
    // break before a list and the sentence end after one are found by cursors that only move
    // forward, not by a search of the whole text before each hit
    let mut scanned = 0;
    let (mut closed_items, mut open_item) = (0usize, false);
    let mut sentence_end: Option<usize> = None;
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
                let from = text.len() - rest.len();
                let end = match sentence_end {
                    Some(e) if e >= from => e,
                    _ => text[from..]
                        .find(['。', '；', '\n'])
                        .map_or(text.len(), |k| from + k),
                };
                sentence_end = Some(end);
                text[from..end]
                    .split('、')
                    .filter(|s| !s.trim().is_empty())
                    .count()
            });
            // listed before 等: A、B、C等5个项目
            let listed_before = before[..ns].strip_suffix('等').map(|list| {
                // the items are counted as the cursor moves: `、` closes one, a clause break
                // starts the list anew (the same count as splitting the clause at each hit)
                let end = list.len();
                for c in text[scanned.min(end)..end].chars() {
                    if matches!(c, '，' | '。' | '；' | '：' | '\n') {
                        (closed_items, open_item) = (0, false);
                    } else if c == '、' {
                        closed_items += usize::from(open_item);
                        open_item = false;
                    } else if !c.is_whitespace() {
                        open_item = true;
                    }
                }
                scanned = scanned.max(end);
                closed_items + usize::from(open_item)
            });
            let (count, exact) = match (listed_after, listed_before) {
                (Some(c), _) if c >= 2 => (c, true),
                (_, Some(c)) if c >= 2 => (c, false),
                _ => continue,
            };
            // 等 may stand for more items; more items than the number is wrong either way
            if count as u32 > n || (exact && count as u32 != n) {
                out.push(
                    Finding::new(
                        RuleId::FigureMismatch,
                        text,
                        ns..i + noun.len(),
                        format!("说是{num}{noun}，列出的却有{count}个：请核对"),
                    )
                    .severity(Severity::Warning),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::next_digit;

    /// The eight-byte step finds the digit the byte-by-byte search finds, from every offset.
    #[test]
    fn next_digit_finds_the_first_ascii_digit() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        bytes.extend("第3季度完成投资12.5亿元，同比增长9%。/:0９".as_bytes());
        bytes.extend((0..=255u8).rev());
        for from in 0..=bytes.len() + 1 {
            let slow = bytes
                .get(from..)
                .and_then(|b| b.iter().position(u8::is_ascii_digit))
                .map_or(bytes.len(), |k| from + k);
            assert_eq!(next_digit(&bytes, from), slow, "from {from}");
        }
    }
}
