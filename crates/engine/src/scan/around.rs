//! Kinds from the words around a slot that the unit tables and the shared slot grammar leave
//! open: a counter after a magnitude (`x万剂次`), a title after a name (`xx组长`), an adverb
//! between a person and the act (`xx还要作重要讲话`), a level's committee and government
//! (`X委X政府`), and the place named by the work, care, building and times spoken of
//! (`推动xx科学跨越发展`, `对xx工作的关心`, `将xx建设得更好`, `xx这些年来`, `xx的过去`).

use super::model::{is_cross, is_star, is_underscore, is_x, FieldKind};
use super::words::{ends, starts, starts_with_any, words, TITLE_AFTER};
use crate::lexicon::{UnitClass, LABEL_BREAK_CHARS};
use crate::slots::{COME_TO_DO, NAME_HEAD_AFTER, OWN_WORK_BEFORE, PERSON_ACTS_AFTER};
use crate::text::{floor_char_boundary, is_cjk, is_clause_break};

/// The magnitudes written between a figure and its counter: `x万例`, `x亿人次`.
const MAGNITUDES: &[&str] = &["千万", "百万", "十万", "万", "亿", "千", "百"];

/// The unit after a magnitude, when it is a counter (`x万剂次`, `x亿例`): a count in that
/// magnitude, which is named as the unit. Money (`万元`) and quantities (`万吨`) are the unit
/// table's own; a bare `x亿` stays money.
pub(super) fn counted_in_magnitude(rest: &str) -> Option<(&'static str, UnitClass)> {
    let m = starts_with_any(rest, MAGNITUDES)?;
    let (_, class) = super::words::unit_at(rest, m.len())?;
    (class == UnitClass::Count).then_some((m, UnitClass::Count))
}

/// Chars after which a figure with no unit is still a figure: an approximation (`xx左右`,
/// `xx以上`, `xx多`), a magnitude, a join to another slot.
const FIGURE_GOES_ON: &str = "左以多余约万千百亿十和与及至到或、";

/// Whether the slot heads a noun after it (`我镇xxx商业街`, `xx的过去`): then it names a
/// thing, and no count or money word earlier in the clause makes it a figure.
pub(super) fn heads_a_noun(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_some_and(|c| is_cjk(c) && !FIGURE_GOES_ON.contains(c))
        && !words(TARGETS_AFTER).any(|w| starts(after, w))
}

/// A target a figure is the size of, after its 的: `增速达到X的目标` (a figure, not a name).
const TARGETS_AFTER: &str = "的目标 的水平 的任务 的要求";

/// Whether the slot is the one asked to do something (`请xx启动按钮`): 请 right before it
/// (not `申请`, `提请`: a thing asked for), and no name's or body's head after it (`请xx项目单位…`,
/// `邀请xx企业`).
pub(super) fn asked(before: &str, after: &str) -> bool {
    ends(before, "请")
        && !ends(before, "申请")
        && !ends(before, "提请")
        && !words(NAME_HEAD_AFTER).any(|w| starts(after, w))
        && !words(crate::slots::BODIES_LISTED).any(|w| starts(after, w))
        && after.starts_with(|c: char| is_cjk(c))
}

/// Whether a title follows the slot ([`TITLE_AFTER`], besides the lexicon's): `x组长`, `xx常委`;
/// not a body the title's words begin (`xx常委会`, `xx委员会`).
pub(super) fn titled(after: &str) -> bool {
    starts_with_any(after, TITLE_AFTER).is_some_and(|t| !after[t.len()..].starts_with('会'))
}

/// Adverbs between a person and what the person does at a meeting: `xx还要作重要讲话`.
const ADVERBS: &[&str] = &[
    "还将", "还要", "随后", "稍后", "也将", "将要", "将", "要", "再", "也",
];

/// Whether what a person does at a meeting ([`PERSON_ACTS_AFTER`]) follows the slot after an
/// adverb: `xx还要作重要讲话`, `xx将宣读…`.
pub(super) fn acts_after_adverb(after: &str) -> bool {
    let Some(adverb) = starts_with_any(after, ADVERBS) else {
        return false;
    };
    starts_with_any(&after[adverb.len()..], PERSON_ACTS_AFTER).is_some()
}

/// Whether a slot stands for the level in the pair of its party committee and government:
/// `X委X政府`, `xx委、xx政府`, `xx委、市政府` (the first slot before `委`, the second after it). A
/// committee alone (`xx委`) or before another body (`xx委、财政局`) is a body.
pub(super) fn committee_and_government(text: &str, start: usize, after: &str) -> bool {
    let slot_char = |c: char| is_x(c) || is_star(c) || is_cross(c) || is_underscore(c);
    // the first: 委, a list mark or spaces, another slot or a level, 政府
    if let Some(rest) = after.strip_prefix('委') {
        let rest = rest.trim_start_matches(['、', '，', ',', ' ', '\u{3000}']);
        let next = rest.trim_start_matches(slot_char).trim_start();
        let next = next
            .strip_prefix(['县', '市', '区', '省', '州'])
            .unwrap_or(next);
        return next.len() < rest.len() && next.starts_with("政府");
    }
    // the second: 政府 after it, and 委 right after another slot before it
    if !after.starts_with("政府") {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\u{3000}', '、', '，', ',']);
    before
        .strip_suffix('委')
        .map(|b| b.trim_end_matches([' ', '\u{3000}']))
        .and_then(|b| b.chars().next_back())
        .is_some_and(slot_char)
}

/// Whether the slot is the one a salutation addresses (`尊敬的xx、各位领导`): a person, as the
/// list of those addressed goes on after it.
pub(super) fn addressed(before: &str, after: &str) -> bool {
    (ends(before, "尊敬的") || ends(before, "敬重的"))
        && after.starts_with(['、', '，', ',', '：', ':'])
}

/// Words between a slot and its growth that qualify the growth (`推动xx科学跨越发展`): how far
/// the growth is looked for, in chars.
const GROWTH_REACH: usize = 8;

/// Whether a verb of the own place's work drives the slot's growth a few words on: a verb of
/// [`OWN_WORK_BEFORE`] right before it, `发展` within a few chars of the same clause after it
/// (`推动xx科学跨越发展`, `加快xx经济社会更好更快发展`), and no name's head right after it
/// (`推动xx产业加快发展`: the industry develops).
pub(super) fn growth_driven(before: &str, after: &str) -> bool {
    if !words(OWN_WORK_BEFORE).any(|w| ends(before, w))
        || words(NAME_HEAD_AFTER).any(|w| starts(after, w))
    {
        return false;
    }
    let near = &after[..floor_char_boundary(after, GROWTH_REACH * 3)];
    let near = &near[..near.find(is_clause_break).unwrap_or(near.len())];
    // only qualifying words between: no verb of its own (`项目建设和…`)
    near.find("发展")
        .is_some_and(|k| !near[..k].contains('和') && !near[..k].contains("建设"))
}

/// What a superior's care of a place's work is, after `对xx工作的`: `关心`, `重要指示`.
const CARE_AFTER: &str = "关心 关怀 支持 帮助 指导 厚爱 重视 重要指示 重要讲话 重要批示";

/// Whether the slot is the place whose work a superior cares for: `对xx工作的关心`,
/// `总书记对xx工作的重要指示` (`对xx工作作出安排` is a task).
pub(super) fn work_cared_for(before: &str, after: &str) -> bool {
    ends(before, "对")
        && after
            .strip_prefix("工作的")
            .is_some_and(|a| words(CARE_AFTER).any(|w| starts(a, w)))
}

/// Verbs of building a place up after `把xx`, `将xx`: `将xx建设得更好`, `把xx打造成…`.
const BUILD_UP: &[&str] = &["建设得", "建设成", "建成", "打造成", "打造为", "建设为"];

/// Whether the slot is the place built up, the object of a disposal (`将xx建设得更好`); a
/// project's name before them is a name (`把xx项目建设好`).
pub(super) fn built_up(before: &str, after: &str) -> bool {
    (ends(before, "把") || ends(before, "将")) && starts_with_any(after, BUILD_UP).is_some()
}

/// Spans of time after a slot that make it the subject spoken of through its years
/// (`纵观xx这些年来`), and times a place owns after its 的 (`xx的过去`, `xx的今天`).
const SPAN_AFTER: &str = "这些年 这几年 近些年 多年来 历来";
const TIMES_OWNED: &str = "过去 现在 今天 昨天 历史";

/// Whether the slot is a place spoken of through its times: `纵观xx这些年来`, `xx的过去`,
/// `成就了xx的现在`.
pub(super) fn spoken_of_through_times(after: &str) -> bool {
    words(SPAN_AFTER).any(|w| starts(after, w))
        || after
            .strip_prefix('的')
            .is_some_and(|a| words(TIMES_OWNED).any(|w| starts(a, w)))
}

/// Whether the slot is a place visited on the spot: `到了xx现场考察`, `到xx实地调研` (the
/// slot grammar's `到xx考察` with 了 after 到, or the spot between the place and the visit).
pub(super) fn visited_on_the_spot(before: &str, after: &str) -> bool {
    let spot = ["现场", "实地"].iter().find_map(|w| after.strip_prefix(w));
    let came = ends(before, "到了") || (ends(before, "到") && spot.is_some());
    came && words(COME_TO_DO).any(|w| starts(spot.unwrap_or(after), w))
}

/// Whether the slot stands in apposition to `我们` (`我们*才能成为投资的热土`, `咱们xx人`): the
/// speaker's own place, unless a name's head follows (`我们xx项目`).
pub(super) fn ours(before: &str, after: &str) -> bool {
    (ends(before, "我们") || ends(before, "咱们"))
        && !words(NAME_HEAD_AFTER).any(|w| starts(after, w))
}

/// The heads of a functional area a name stands before (`xx经济开发区`, `xx综合保税区`).
const AREA_HEADS: &str =
    "开发区 高新区 保税区 加工区 经开区 新区 试验区 示范区 自贸区 合作区 工业园区";

/// Whether the slot names a functional area a few words on (`xx经济开发区`, `xx出口加工区`,
/// `xx医药高新区`): at most four ideographs that sort the area between, and no name's or body's
/// head right after the slot (`xx公司入驻经济开发区`).
pub(super) fn names_an_area(after: &str) -> bool {
    if words(NAME_HEAD_AFTER).any(|w| starts(after, w))
        || words(crate::slots::BODIES_LISTED).any(|w| starts(after, w))
    {
        return false;
    }
    for (k, c) in after.char_indices().take(5) {
        if !is_cjk(c) || is_clause_break(c) {
            return false;
        }
        if words(AREA_HEADS).any(|w| starts(&after[k..], w)) {
            return true;
        }
    }
    false
}

/// Whether a title ends the words before the slot (`市委书记**`, `督导组组长xx`).
pub(super) fn titled_before(before: &str) -> bool {
    crate::lexicon::PERSON_AFTER
        .iter()
        .chain(TITLE_AFTER)
        .any(|w| ends(before, w))
}

/// The kind the words around a slot give by the rules of this module, if any (titles and the
/// committee's pair are read where the tables of titles and bodies are: `describe`).
pub(super) fn kind_around(before: &str, after: &str) -> Option<FieldKind> {
    if acts_after_adverb(after) || addressed(before, after) || asked(before, after) {
        return Some(FieldKind::Person);
    }
    (growth_driven(before, after)
        || work_cared_for(before, after)
        || built_up(before, after)
        || visited_on_the_spot(before, after)
        || ours(before, after)
        || names_an_area(after)
        || spoken_of_through_times(after))
    .then_some(FieldKind::Place)
}

/// Whether a slot heads a list of names that ends in a kind of body
/// ([`crate::slots::BODIES_LISTED`]): `xx电子、xx驱动等企业`, `xx等公司`. Only names and their
/// list marks stand between (at most about twenty chars).
pub(super) fn listed_bodies(after: &str) -> bool {
    let near = &after[..crate::text::floor_char_boundary(after, 60)];
    let Some(k) = near.find('等') else {
        return false;
    };
    let list = &near[..k];
    // the kind right after 等, or after a few words that sort it (`等一批大型能源企业`)
    let class = &near[k + '等'.len_utf8()..];
    let class = &class[..crate::text::floor_char_boundary(class, 36)];
    let class = &class[..class.find(is_clause_break).unwrap_or(class.len())];
    list.chars()
        .all(|c| (is_cjk(c) && !LABEL_BREAK_CHARS.contains(c)) || "、 ".contains(c) || is_x(c))
        && words(crate::slots::BODIES_LISTED)
            .any(|w| class.starts_with(w) || (class.starts_with("一批") && class.contains(w)))
}
