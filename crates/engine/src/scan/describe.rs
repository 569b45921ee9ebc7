//! What a placeholder is about, from the words around it: its kind (the unit after it, the
//! word before it, its name), its role (a growth, a share, a gap), its hint and its label.

use super::around;
use super::model::{
    is_cross, is_star, is_underscore, is_x, kind_from_name, role_from_before, skip_spaces, ByteSet,
    FieldKind, Form, Placeholder,
};
use super::words::{
    ends, ends_with_any, find_short, rfind_short, starts, starts_with_any, unit_at, words,
    BODY_HEADS, LOOK, NOT_COMING, NOT_COUNTER_WORDS, NOT_ORG_WORDS, NOT_UNIT_WORDS, ORG_BEFORE,
    PLACE_AFTER, PLACE_BEFORE, RANK_BEFORE,
};
use crate::lexicon::{
    UnitClass, COUNT_BEFORE, GAP_BEFORE, HINT_START, LABEL_BREAK_CHARS, MONEY_BEFORE, ORG_AFTER,
    PERCENT_BEFORE, PERSON_AFTER, SCHEDULE_WORDS, SHARE_OF,
};
use crate::slots::{
    claims_new, own_work_after, promoted, served, ALONE_AFTER, COME_TO_DO, HELP_BEFORE, HOLD_VERBS,
    NAME_HEAD_AFTER, NOT_OBJECT_BEFORE, OWN_PLACE_BEFORE, PERSON_ACTS_AFTER, PLACE_AREA_AFTER,
    PLACE_OBJECT_BEFORE, PLACE_PEOPLE_AFTER, PLACE_RELATION_BEFORE, STEADFAST,
};
use crate::text::{char_at, is_cjk, is_clause_break, is_digit, Span};

/// The words of the clause before `at`, at most `max` chars.
pub fn clause_before(text: &str, at: usize, max: usize) -> &str {
    let mut start = at;
    for (k, c) in text[..at].char_indices().rev().take(max) {
        if is_clause_break(c)
            || is_star(c)
            || is_cross(c)
            || is_underscore(c)
            || matches!(c, ' ' | ']' | '】' | '］' | '}')
        {
            break;
        }
        start = k;
    }
    &text[start..at]
}

fn hint_after(text: &str, at: usize) -> Option<(String, usize)> {
    let i = skip_spaces(text, at);
    let (open, close) = match char_at(text, i)? {
        '(' => ('(', ')'),
        '（' => ('（', '）'),
        _ => return None,
    };
    let inner_start = i + open.len_utf8();
    let rest = &text[inner_start..];
    starts_with_any(rest, HINT_START)?;
    // a hint is a short note: its close is looked for only so far (every unclosed `（请…` on
    // one long line once searched the rest of the line)
    let reach = crate::text::floor_char_boundary(rest, HINT_REACH);
    let line = &rest[..rest[..reach].find('\n').unwrap_or(reach)];
    let close_at = line.find([close, ')', '）'])?;
    let hint = rest[..close_at].trim().to_string();
    let close_len = rest[close_at..].chars().next().map_or(1, char::len_utf8);
    Some((hint, inner_start + close_at + close_len))
}

/// How far a hint's close is looked for, in bytes (about 100 chars of Chinese).
const HINT_REACH: usize = 300;

/// Where the words after a slot start: spaces skipped, and one line break with the spaces
/// around it (a hard break inside a sentence). Also whether a line break was crossed.
fn after_start(text: &str, end: usize) -> (usize, bool) {
    let i = skip_spaces(text, end);
    let rest = &text[i..];
    let nl = if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with('\n') || rest.starts_with('\r') {
        1
    } else {
        return (i, false);
    };
    (skip_spaces(text, i + nl), true)
}

/// The unit after a slot: not a word that starts with a unit's char (`项目`, and across a
/// line break `年度`, `个人`…).
fn unit_after(text: &str, i: usize, crossed: bool) -> Option<(&'static str, UnitClass)> {
    let rest = &text[i..];
    let word = words(NOT_UNIT_WORDS).find(|w| starts(rest, w));
    // `项目`, a verb (`处于`, `位于`, `名列`) and 所 before one (`所需`) are never a unit;
    // `个人` is but across a break
    let verb = |w: &str| w.chars().next_back().is_some_and(|c| "于居列".contains(c));
    // (`xx家乡` is a home, `xx家乡镇企业` a count of township firms)
    let home = word == Some("家乡") && !rest.starts_with("家乡镇");
    if home
        || word.is_some_and(|w| {
            crossed || w.starts_with('项') || w.starts_with('項') || w.starts_with('所') || verb(w)
        })
        || words(NOT_COUNTER_WORDS).any(|w| starts(rest, w))
    {
        return None;
    }
    // a counter after a magnitude (`x万剂次`, `x亿例`) before a bare `亿`'s money
    let unit = unit_at(text, i).filter(|u| u.0 != "亿");
    unit.or_else(|| around::counted_in_magnitude(rest))
        .or_else(|| unit_at(text, i))
        .or_else(|| {
            // `xx余家`, `xx多个`: the unit after an approximation, never a date's (`xx多年`);
            // `提高xx和xx个百分点`: the unit of the slot joined to this one
            let approx = starts_with_any(rest, &["余", "多"]);
            let j = approx.map_or_else(|| joined_slot_end(text, i), |w| Some(i + w.len()))?;
            unit_at(text, j).filter(|u| {
                approx.is_none()
                    || !matches!(u.1, UnitClass::Year | UnitClass::Month | UnitClass::Day)
            })
        })
}

/// Where the words after the next slot start when `、`, `和`, `至` join it to this one.
fn joined_slot_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let join = starts_with_any(rest, &["、", "和", "与", "至", "到", "或", "-", "~", "～"])?;
    let j = skip_spaces(text, i + join.len());
    let end = super::model::run_end(text, j, |c| {
        is_cross(c) || is_star(c) || is_underscore(c) || is_x(c)
    });
    (end > j).then(|| skip_spaces(text, end))
}

/// The kind the words after the last of a list of slots give to every one of them
/// (`xx、xx、xx副县长`, `xx和xx同志`, `xx与xx两县`): the first slots of a list have only a
/// list mark after them.
fn listed_kind(text: &str, i: usize, crossed: bool) -> Option<FieldKind> {
    if crossed || starts_with_any(&text[i..], &["、", "和", "与", "及"]).is_none() {
        return None;
    }
    let mut j = i;
    for _ in 0..8 {
        if starts_with_any(&text[j..], &["、", "和", "与", "及"]).is_none() {
            break;
        }
        match joined_slot_end(text, j) {
            Some(k) => j = k,
            None => break,
        }
    }
    (j > i)
        .then(|| kind_from_after(&text[j..], None))
        .flatten()
        .filter(|k| {
            matches!(
                k,
                FieldKind::Person | FieldKind::Organization | FieldKind::Place
            )
        })
}

/// The words of the clause before a slot, spaces and one line break before it skipped.
fn words_before(text: &str, start: usize) -> &str {
    let trimmed = text[..start].trim_end_matches([' ', '\u{3000}', '\t']);
    let trimmed = trimmed
        .strip_suffix('\n')
        .map_or(trimmed, |t| t.strip_suffix('\r').unwrap_or(t));
    let at = trimmed.trim_end_matches([' ', '\u{3000}', '\t']).len();
    clause_before(text, at, LOOK)
}

/// A placeholder at `raw`, written in `form`, with its `name` if it is a named field and
/// whether it is a month range, described from the words around it.
pub(super) fn describe(
    text: &str,
    raw: Span,
    form: Form,
    name: Option<String>,
    range: bool,
) -> Placeholder {
    let (hint, span_end) = match hint_after(text, raw.end) {
        Some((h, end)) => (Some(h), end),
        None => (None, raw.end),
    };
    let (after_i, crossed) = after_start(text, raw.end);
    let unit = unit_after(text, after_i, crossed);
    // words (not units) count only on the slot's own line
    let after = if crossed { "" } else { &text[after_i..] };
    let before = words_before(text, raw.start);
    let raw_text = &text[raw.clone()];
    let has_digits = raw_text.chars().next().is_some_and(is_digit);

    let mut role = None;
    let from_sides = || {
        kind_from_after(after, unit.map(|u| u.1))
            .map(|k| match k {
                FieldKind::Count
                    if unit.is_some_and(|u| u.0 == "位") && ends_with_any(before, RANK_BEFORE) =>
                {
                    FieldKind::Rank
                }
                // a titled person doing something often (`市委书记**多次…`), not a count
                FieldKind::Count
                    if after.starts_with(['多', '余']) && around::titled_before(before) =>
                {
                    FieldKind::Person
                }
                k => k,
            })
            .or_else(|| listed_kind(text, after_i, crossed))
            .or_else(|| kind_from_slot(before, after))
            .or_else(|| around::kind_around(before, after))
            .or_else(|| listed_place(text, raw.start))
            .or_else(|| kind_from_before(before, after))
            .unwrap_or_else(|| {
                // an unnamed slot standing as a whole noun phrase is the place spoken of
                if name.is_none()
                    && (stands_alone(text, before, raw.start, raw.end)
                        || object_of_preposition(before, after))
                {
                    FieldKind::Place
                } else {
                    FieldKind::Text
                }
            })
    };
    let kind = if range {
        FieldKind::MonthRange
    } else if before.ends_with('第') {
        FieldKind::Rank
    } else if before.ends_with("党的") && (after.starts_with('大') || after.starts_with('届')) {
        // the party's congress by its number: `党的xx大精神`
        FieldKind::Rank
    } else if crate::slots::session_of(before, after) {
        FieldKind::Rank
    } else if crate::slots::party_committee_of(before, after)
        || around::committee_and_government(text, raw.start, after)
    {
        FieldKind::Place
    } else if before.ends_with('前') && after.starts_with("个月") {
        // `前x个月`: the months so far, named by the last
        FieldKind::Month
    } else if let Some(name) = &name {
        kind_from_name(name).unwrap_or_else(from_sides)
    } else if has_digits {
        FieldKind::Year
    } else {
        from_sides()
    };
    if matches!(kind, FieldKind::Percent | FieldKind::Points) {
        role = role_from_before(before, kind);
    }
    let unit_str = unit.map(|u| u.0);
    // a quoted slot is named by the words before its quote too (`建设“xx”`)
    let label_before = if quoted(text, raw.start) {
        let open = text[..raw.start].trim_end_matches([' ', '\u{3000}']).len();
        let q = text[..open].chars().next_back().map_or(0, char::len_utf8);
        let words = clause_before(text, open - q, LOOK);
        &text[open - q - words.len()..open]
    } else {
        before
    };
    let label = super::label::make_label(label_before, after, unit_str, kind, name.as_deref());
    Placeholder {
        span: raw.start..span_end,
        raw,
        form,
        name,
        hint,
        unit: unit_str,
        kind,
        role,
        label,
    }
}

/// The kind the unit or the word right after a slot gives, if any.
fn kind_from_after(after: &str, unit: Option<UnitClass>) -> Option<FieldKind> {
    // its people, also counted by a figure (`xx 74万人民`; not `xx万人民`: the slot is the count)
    let counted = after.trim_start_matches(|c: char| is_digit(c) || " .万多余".contains(c));
    let figure = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    if after.starts_with("人民") || (figure && counted.starts_with("人民")) {
        return Some(FieldKind::Place);
    }
    // the number of its people, in ten thousands (`全县xx万人民`, `有xx多万贫困人口`)
    let people = after
        .trim_start_matches(['多', '余'])
        .strip_prefix('万')
        .map(|p| &p[..crate::text::floor_char_boundary(p, 12)]);
    // (and a count of people itself, `约xx万人`, not of visits, `xx万人次`)
    if people.is_some_and(|p| {
        (p.starts_with('人') && !p.starts_with("人次"))
            || ["人民", "人口", "群众", "居民", "农民"]
                .iter()
                .any(|w| p.contains(w))
    }) {
        return Some(FieldKind::Count);
    }
    // a title, also a deputy's (`xx常务副主任`), and a list of people (`xx等各位领导`)
    let title = after.strip_prefix("常务").unwrap_or(after);
    let listed = after
        .strip_prefix('等')
        .map(|a| a.strip_prefix("各位").unwrap_or(a));
    if starts_with_any(title, PERSON_AFTER).is_some()
        || around::titled(title)
        || listed.is_some_and(|a| a.starts_with("领导") || a.starts_with("嘉宾"))
    {
        return Some(FieldKind::Person);
    }
    if let Some(u) = unit {
        return Some(match u {
            UnitClass::Count => FieldKind::Count,
            UnitClass::Money => FieldKind::Money,
            UnitClass::Percent => FieldKind::Percent,
            UnitClass::Points => FieldKind::Points,
            UnitClass::Quantity | UnitClass::Days => FieldKind::Quantity,
            UnitClass::Year => FieldKind::Year,
            UnitClass::Month => FieldKind::Month,
            UnitClass::Day => FieldKind::Day,
        });
    }
    if starts_with_any(after, ORG_AFTER).is_some()
        && !words(NOT_ORG_WORDS).any(|w| starts(after, w))
    {
        return Some(FieldKind::Organization);
    }
    if place_after(after) {
        return Some(FieldKind::Place);
    }
    // a name whose head is a company's: `xx生物科技公司`, `xx房产开发有限公司`
    let mut end = 0;
    for (k, c) in after.char_indices().take(10) {
        if !is_cjk(c) || LABEL_BREAK_CHARS.contains(c) {
            break;
        }
        end = k + c.len_utf8();
    }
    let name = &after[..end];
    // (a body's name holds no word of a clause: `xx多年来无资金建学校` is no school)
    let name = &name[..name
        .find(|c: char| "的了来是在无和与及".contains(c))
        .unwrap_or(name.len())];
    // (and a cooperative's, a school's, a hospital's: `xx种植专业合作社`, `xx中心小学`)
    if words(BODY_HEADS).any(|w| find_short(name, w).is_some()) {
        return Some(FieldKind::Organization);
    }
    if around::listed_bodies(after) {
        return Some(FieldKind::Organization);
    }
    None
}

/// Whether the words after a slot make it a place: `xx县`, `xx街道`, `xx高新区`, `xx两地`.
fn place_after(after: &str) -> bool {
    starts_with_any(after, PLACE_AFTER).is_some()
        || words(PLACE_AREA_AFTER).any(|w| starts(after, w))
}

/// Whether the slot `start..end` stands as a whole noun phrase ([`ALONE_AFTER`]): punctuation
/// after it or one of those words, also after the slots joined to it (`xx、xx两市`); not when
/// quoted (`建设“xx”`: a slogan's name), at a line's end, before a list's things
/// (`xx等重点工程`, `xx等5个项目`), or owning something after a verb (`带来xx的实惠`).
/// `before` is the clause's words before the slot.
fn stands_alone(text: &str, before: &str, start: usize, end: usize) -> bool {
    if quoted(text, start) {
        return false;
    }
    let mut i = skip_spaces(text, end);
    // a few joined slots are followed to the words after the last (a bound: `xx、` repeated)
    for _ in 0..8 {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else {
            return false;
        };
        if matches!(c, '、' | '和' | '与' | '及') {
            if let Some(j) = joined_slot_end(text, i) {
                i = j;
                continue;
            }
        }
        if place_after(rest) || "，。；：！？、,;:!?“".contains(c) {
            return true;
        }
        let Some(w) = words(ALONE_AFTER).find(|w| starts(rest, w)) else {
            return false;
        };
        let next = &rest[w.len()..];
        return match w {
            // owned by the place: after the copula or a preposition, or heading the clause
            // (not the year spoken of: `今年是xx的关键一年`)
            "的" => {
                (before.is_empty() || before.ends_with(['是', '对', '为', '给', '在', '向']))
                    && !(before.ends_with('是') && before.contains('年'))
            }
            // a list's end names what was listed: places (`等这些城市`, `等地`)
            "等" => {
                let class = next.strip_prefix('这').unwrap_or(next);
                let class = class.strip_prefix('些').unwrap_or(class);
                let near = &next[..crate::text::floor_char_boundary(next, 24)];
                place_after(class) || near.contains("城市")
            }
            "有" => !starts(rest, "有关"),
            // the subject of a predicate that opens on 在 after the copula: `是xx在…中前行`
            "在" => before.ends_with('是'),
            "正" => !starts(rest, "正式"),
            _ => true,
        };
    }
    false
}

/// Whether a bare slot is the object of a preposition ([`PLACE_OBJECT_BEFORE`]) and heads no
/// name after it: `为xx集聚发展动能`, `深化与xx经济技术合作`, `在xx做事` (not `对xx项目`).
fn object_of_preposition(before: &str, after: &str) -> bool {
    ends_with_any(before, PLACE_OBJECT_BEFORE)
        && !ends_with_any(before, NOT_OBJECT_BEFORE)
        && !words(NAME_HEAD_AFTER).any(|w| starts(after, w))
}

/// Whether the slot at `start` is inside quotes or title marks (`建设“xx”`).
fn quoted(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end_matches([' ', '\u{3000}'])
        .chars()
        .next_back()
        .is_some_and(|c| "“‘「《\"".contains(c))
}

/// The kind the slot grammar of places and people gives (the same words the place checks read,
/// [`crate::slots`]): `在XX召开`, `全XX上下`, `建设美丽XX`, `赴XX考察` are a place;
/// `县委XX宣读`, `请XX作表态发言` a person.
fn kind_from_slot(before: &str, after: &str) -> Option<FieldKind> {
    if ends(before, "在") && starts_with_any(after, HOLD_VERBS).is_some() {
        return Some(FieldKind::Place);
    }
    // the own place's work (`推动xx高质量发展`, `介绍xx的县情`), the place helped (`支持xx建设`),
    // the one a superior asks of (`对xx提出…要求`)
    if own_work_after(after)
        || HELP_BEFORE.split(' ').any(|w| ends(before, w))
        || (ends(before, "对") && starts(after, "提出"))
    {
        return Some(FieldKind::Place);
    }
    // `来xx投资`, `总书记来xx时`: coming to a place (not `带来`, `以来`, `未来`…)
    // (来 at the clause's head, after another slot, is the verb: `xx 来 xx 工作`)
    let come = before.strip_suffix('来').map(|b| {
        b.chars()
            .next_back()
            .is_none_or(|c| !NOT_COMING.contains(c))
    });
    // (the checks' own-place slots: `推介xx资源优势`, `为xx打好…`, `建设宜居新xx`; a road or a
    // line's end, `至xx`, not a date's `截至`, `直至`)
    let to = ends(before, "至") && !ends(before, "截至") && !ends(before, "直至");
    if starts_with_any(after, PLACE_PEOPLE_AFTER).is_some()
        || crate::slots::grows(after)
        || crate::slots::renewed(after)
        || OWN_PLACE_BEFORE.iter().any(|w| ends(before, w))
        || promoted(before, after)
        || crate::slots::improved(before, after)
        || served(before, after)
        || claims_new(before)
        || crate::slots::strategy_of(before)
        || to
        || ends_with_any(before, PLACE_RELATION_BEFORE)
        || come == Some(true)
        || (ends(before, "到") && words(COME_TO_DO).any(|w| starts(after, w)))
    {
        return Some(FieldKind::Place);
    }
    // the subject of a steadfast verb at the head of a clause: `xx始终坚持`, `也是xx一直`
    if (before.is_empty() || before.ends_with('是')) && starts_with_any(after, STEADFAST).is_some()
    {
        return Some(FieldKind::Place);
    }
    if starts_with_any(after, PERSON_ACTS_AFTER).is_some() {
        return Some(FieldKind::Person);
    }
    crate::slots::spoken_for(before, after).then_some(FieldKind::Organization)
}

/// A slot listed after others (`赴xx、xx、xx考察`) fills the slot of the list's head: a place
/// after a relation word ([`PLACE_RELATION_BEFORE`]).
fn listed_place(text: &str, start: usize) -> Option<FieldKind> {
    let mut at = start;
    while let Some(t) = text[..at].strip_suffix('、') {
        let head = t.trim_end_matches(|c: char| is_x(c) || is_star(c) || is_cross(c));
        if head.len() == t.len() {
            break;
        }
        at = head.len();
    }
    (at < start && ends_with_any(words_before(text, at), PLACE_RELATION_BEFORE))
        .then_some(FieldKind::Place)
}

/// The kind the words before a slot give when nothing after it does: `完成投资 xx` (money),
/// `新开工项目 xx` (count), `滞后序时进度 xx` (points), `占…的 xx` (percent), `2026年 xx`
/// (month). Among money, count and percent words, the one nearest the slot wins.
fn kind_from_before(before: &str, after: &str) -> Option<FieldKind> {
    if before.is_empty() {
        return None;
    }
    let prev = before.chars().rev().nth(1);
    let numeral = |c: Option<char>| {
        c.is_some_and(|c| is_digit(c) || "〇零一二三四五六七八九十今明去本当xX".contains(c))
    };
    if before.ends_with('年') && numeral(prev) {
        return Some(FieldKind::Month);
    }
    if before.ends_with('月') && numeral(prev) {
        return Some(FieldKind::Day);
    }
    // a title, a noun of people, or a title and a surname (`组织部长刘xxx`) right before
    let surname = before
        .chars()
        .next_back()
        .filter(|&c| is_cjk(c) && !LABEL_BREAK_CHARS.contains(c) && !"在对到同跟给说".contains(c));
    let titled = surname.is_some_and(|c| {
        let t = &before[..before.len() - c.len_utf8()];
        PERSON_AFTER.iter().any(|w| ends(t, w))
    });
    if titled
        || PERSON_AFTER.iter().any(|w| ends(before, w))
        || (before.ends_with(|c: char| "商家长理人宾".contains(c))
            && words(crate::slots::PERSON_NOUN_BEFORE).any(|w| ends(before, w)))
    {
        return Some(FieldKind::Person);
    }
    if ends_with_any(before, PLACE_BEFORE) {
        return Some(FieldKind::Place);
    }
    if ends_with_any(before, ORG_BEFORE) {
        return Some(FieldKind::Organization);
    }
    if ends_with_any(before, RANK_BEFORE) {
        return Some(FieldKind::Rank);
    }
    let set = ByteSet::of(before);
    // a gap with a schedule word after it: `低于时序进度`
    let gap = words(GAP_BEFORE)
        .filter(|w| set.may_hold(w))
        .filter_map(|w| find_short(before, w).map(|k| k + w.len()))
        .min();
    if gap.is_some_and(|g| words(SCHEDULE_WORDS).any(|w| before[g..].contains(w))) {
        return Some(FieldKind::Points);
    }
    // `占地区生产总值的 xx`, `完成年度计划的 xx`
    let whole = before.strip_suffix('的');
    if whole.is_some_and(|w| w.contains('占') || ends_with_any(w, SHARE_OF)) {
        return Some(FieldKind::Percent);
    }
    // the object of a preposition is no figure without its unit: `企业在xx会期间`; nor is the
    // head of a noun (`我镇xxx商业街`), whatever count word came before
    if around::heads_a_noun(after)
        || before
            .chars()
            .next_back()
            .is_some_and(|c| "在对向把从由与被".contains(c))
    {
        return None;
    }
    let mut best: Option<(usize, usize, FieldKind)> = None;
    for (table, kind) in [
        (MONEY_BEFORE, FieldKind::Money),
        (COUNT_BEFORE, FieldKind::Count),
        (PERCENT_BEFORE, FieldKind::Percent),
    ] {
        for w in words(table) {
            if !set.may_hold(w) {
                continue;
            }
            if let Some(k) = rfind_short(before, w) {
                let cand = (k + w.len(), w.len(), kind);
                if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        }
    }
    best.map(|b| b.2)
}

/// The words around a span, for showing a field in context: `…年度计划投资【x】亿元…`.
pub fn context(text: &str, span: &Span, chars: usize) -> (String, String) {
    let start = crate::text::floor_char_boundary(text, span.start);
    let end = crate::text::floor_char_boundary(text, span.end.max(start));
    let before: String = {
        let b: Vec<char> = text[..start]
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .take(chars)
            .collect();
        b.into_iter().rev().collect()
    };
    let after: String = text[end..]
        .chars()
        .take_while(|&c| c != '\n')
        .take(chars)
        .collect();
    (before, after)
}
