//! Words of the tables compared with the words around a slot, byte by byte: every
//! placeholder reads several tables, and most words differ at once.

use crate::lexicon::{UnitClass, UNITS};
use std::cell::RefCell;

/// How far, in chars, the words before a slot are read: every look-around is bounded.
pub(super) const LOOK: usize = 24;

/// `s.starts_with(w)` for the short words of the tables, byte by byte: most differ in the
/// first bytes, and a call to `memcmp` for each costs more than the comparison. Always
/// inlined natively, as the helpers below: the release build optimizes for size and otherwise
/// calls them, once for each word of each table around each of half a million placeholders.
/// Not in wasm, where the app's first load comes first (inlined they cost it ~1 KB gzipped).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn prefix(s: &[u8], w: &[u8]) -> bool {
    // a plain loop: at that level iterator adaptors stay calls
    if s.len() < w.len() {
        return false;
    }
    let mut k = 0;
    while k < w.len() {
        if s[k] != w[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// The unit written at `i`, the first of [`UNITS`] that the text there starts with. Each
/// unit's first byte is compared first: a figure is followed by a unit far less often than
/// not, and then only a few units are compared whole.
pub fn unit_at(text: &str, i: usize) -> Option<(&'static str, UnitClass)> {
    let rest = text.get(i..)?.as_bytes();
    let first = *rest.first()?;
    UNITS
        .iter()
        .find(|(u, _)| u.as_bytes().first() == Some(&first) && prefix(rest, u.as_bytes()))
        .copied()
}

/// `s.ends_with(w)`, byte by byte.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn suffix(s: &[u8], w: &[u8]) -> bool {
    s.len() >= w.len() && prefix(&s[s.len() - w.len()..], w)
}

// a loop, not `find`: the size-optimized build keeps the adaptor's closure a call
#[allow(clippy::manual_find)]
pub(super) fn starts_with_any(rest: &str, words: &[&'static str]) -> Option<&'static str> {
    for &w in words {
        if starts(rest, w) {
            return Some(w);
        }
    }
    None
}

/// `s.starts_with(w)` byte by byte: the tables' words are compared against the words around
/// every placeholder, and most differ at once.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn starts(s: &str, w: &str) -> bool {
    prefix(s.as_bytes(), w.as_bytes())
}

/// `s.ends_with(w)`, the last bytes compared first.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn ends(s: &str, w: &str) -> bool {
    suffix(s.as_bytes(), w.as_bytes())
}

/// `s.rfind(w)` for the short clause before a slot: the standard searcher's set-up costs
/// more than a plain look at each offset of a few dozen bytes.
pub(super) fn rfind_short(s: &str, w: &str) -> Option<usize> {
    let (sb, wb) = (s.as_bytes(), w.as_bytes());
    let first = *wb.first()?;
    (0..=sb.len().checked_sub(wb.len())?)
        .rev()
        .find(|&k| sb[k] == first && prefix(&sb[k..], wb))
}

/// `s.find(w)` for the short clause before a slot.
pub(super) fn find_short(s: &str, w: &str) -> Option<usize> {
    let (sb, wb) = (s.as_bytes(), w.as_bytes());
    let first = *wb.first()?;
    (0..=sb.len().checked_sub(wb.len())?).find(|&k| sb[k] == first && prefix(&sb[k..], wb))
}

/// The words of a table written as words separated by spaces.
pub(super) fn words(table: &'static str) -> impl Iterator<Item = &'static str> {
    // split once per table: every placeholder reads several tables, and splitting a table
    // decodes all its chars; kept per thread, without a lock to take for each look-up
    type Split = Vec<((usize, usize), &'static [&'static str])>;
    thread_local! {
        static SPLIT: RefCell<Split> = const { RefCell::new(Vec::new()) };
    }
    let key = (table.as_ptr() as usize, table.len());
    let list = SPLIT.with(|cache| {
        if let Some(&(_, list)) = cache.borrow().iter().find(|(k, _)| *k == key) {
            return list;
        }
        let list: &'static [&'static str] = Box::leak(
            table
                .split_whitespace()
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        cache.borrow_mut().push((key, list));
        list
    });
    list.iter().copied()
}

pub(super) fn ends_with_any(before: &str, table: &'static str) -> bool {
    for w in words(table) {
        if ends(before, w) {
            return true;
        }
    }
    false
}

/// Words ending the clause before a `x位` that make it a rank, not a count of people.
pub(super) const RANK_BEFORE: &str = "排名 排在 排位 位列 位居 居全省 居全市 居全区 居全县 居全国 全省前 全市前 全区前 全国前 同类前";

/// Words right before a slot that make it a place (`位于 xx`) or an organization.
/// (`驻xx工作组`, `入驻xx`: where a team or a firm is stationed; `落到xx`: where a project lands)
pub(super) const PLACE_BEFORE: &str = "位于 落户 来自 地处 坐落于 选址在 驻 入驻 进驻 落到 回到";
pub(super) const ORG_BEFORE: &str = "牵头单位 责任单位 承办单位 主办单位 配合单位";

/// Words that start with a unit's char but are no unit (`项目`, `年度`): a slot before them
/// is a name, or, across a line break, the next line starts a word of its own.
pub(super) const NOT_UNIT_WORDS: &str = "所需 所能 所作 所急 所盼 所想 所在 所有 所属 所以 所谓 项目 項目 个人 个别 个体 家庭 家乡 家园 名单 名列 名称 位于 位居 位列 份额 种植 种子 种养 种类 年度 年来 年以来 月度 日常 日益 元旦 次要 条件 处理 处于 场所 台账 件事 天然";

/// Words that start with a counter's char (`支`, `起`, `例`, `宗`, `栋`) and are no counter: a slot
/// before them is a name (`在xx支持下`, `xx起步早`).
pub(super) const NOT_COUNTER_WORDS: &str = "支持 支撑 支付 支部 支队 支行 支援 支柱 支出 支点 起步 起来 起点 起草 起到 起着 起航 起势 起源 例如 例外 例行 宗旨 栋梁";

/// Titles after a name besides the lexicon's (`lexicon::PERSON_AFTER`): heads of teams, courts,
/// schools, banks and firms (`督导组x组长`, `xx行长`).
pub(super) const TITLE_AFTER: &[&str] = &[
    "组长",
    "副组长",
    "队长",
    "院长",
    "副院长",
    "校长",
    "行长",
    "所长",
    "站长",
    "厂长",
    "社长",
    "馆长",
    "总监",
    "总裁",
    "经理",
    "副经理",
    "常委",
    "委员",
    "副秘书长",
    "副部长",
    "副处长",
    "副科长",
    "副镇长",
    "副乡长",
    "副主席",
    "副会长",
    "副总经理",
];

/// Words that start with a body's word (`lexicon::ORG_AFTER`: 办, 局, 委, 中心) and name no
/// body: a slot before them is a building's or a thing's name (`xx办公楼`), or no name at all.
pub(super) const NOT_ORG_WORDS: &str =
    "办公楼 办公大楼 办理 办学 办好 办实事 局面 局势 委托 中心城区";

/// Chars before `来` that make a word of it (`带来`, `以来`, `未来`), not coming to a place.
pub(super) const NOT_COMING: &str = "带迎引看原本从将未起下出后以年";

pub(super) const PLACE_AFTER: &[&str] = &[
    "人民",
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "街道",
    "园区",
    "机场",
    "路",
    "街",
    "河",
    "江",
    "湖",
    "山",
    "大桥",
    "港",
    "地区",
    "特色",
    "高铁站",
    "火车站",
    // its natives far from home, and its people's character (`xx人所特有的`, `xx人勇于…`)
    "同乡",
    "老乡",
    // the levels of government of the places listed (`xx、xx两级政府`)
    "两级",
    // a part of the place, and its neighbours (`xx东部振兴`, `xx毗邻地区`, `xx周边`)
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "东南",
    "东北",
    "西南",
    "西北",
    "毗邻",
    "周边",
    "沿线",
    "一带",
    "流域",
    "人所特有",
    "人勇于",
    "人敢于",
    "人善于",
];

/// The heads of a body's name, anywhere in the words after a slot: a company's, a cooperative's,
/// a school's, a hospital's (`xx生物科技公司`, `xx种植专业合作社`, `xx中心小学`).
pub(super) const BODY_HEADS: &str =
    "公司 集团 合作社 学校 小学 中学 大学 学院 职校 医院 银行 协会 商会 幼儿园";
