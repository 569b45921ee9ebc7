//! What the scanner finds: the forms, kinds and roles of placeholders, and the classes of the
//! characters placeholders are written with.

use crate::text::{is_latin_letter, Span};
use serde::Serialize;

/// The written form of a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// Runs of `x`, `X`, `*`, `×`, `○` (and digits before an `x`, as in `201x`).
    Marks,
    /// `_`, `＿` runs.
    Underscore,
    /// `[名称]`, `【名称】`, `［名称］`, `{{名称}}`: a named field.
    Bracket,
    /// Words: `某某`, `某同志`, `多少亿元`.
    Word,
}

/// What a field holds, taken from the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    Count,
    Money,
    Percent,
    Points,
    Rank,
    Year,
    Month,
    Day,
    MonthRange,
    Quantity,
    Person,
    Organization,
    Place,
    Text,
}

impl FieldKind {
    /// The kind's name as writers know it.
    pub fn label(self) -> &'static str {
        match self {
            FieldKind::Count => "数量",
            FieldKind::Money => "金额",
            FieldKind::Percent => "百分比",
            FieldKind::Points => "百分点",
            FieldKind::Rank => "位次",
            FieldKind::Year => "年份",
            FieldKind::Month => "月份",
            FieldKind::Day => "日期",
            FieldKind::MonthRange => "月份区间",
            FieldKind::Quantity => "数值",
            FieldKind::Person => "人名",
            FieldKind::Organization => "单位",
            FieldKind::Place => "地名",
            FieldKind::Text => "文字",
        }
    }

    /// Whether the value is a number.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            FieldKind::Count
                | FieldKind::Money
                | FieldKind::Percent
                | FieldKind::Points
                | FieldKind::Rank
                | FieldKind::Year
                | FieldKind::Month
                | FieldKind::Day
                | FieldKind::Quantity
        )
    }
}

/// What a percent or points figure means, from the word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// `占…的x%`: a share, at most 100.
    Share,
    /// `增长x%`: growth, may be negative or above 100.
    Growth,
    /// `开工率x%`: a rate, at most 100.
    Rate,
    /// `滞后x个百分点`: a gap.
    Gap,
}

/// One placeholder occurrence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placeholder {
    /// The bytes a value replaces: the placeholder and its hint.
    pub span: Span,
    /// The placeholder itself, without hint.
    pub raw: Span,
    pub form: Form,
    /// The name of a bracketed field.
    pub name: Option<String>,
    /// A hint such as `例如：交通枢纽、资源大市` that disappears once filled.
    pub hint: Option<String>,
    /// The unit right after it (`亿元`, `%`, `个`).
    pub unit: Option<&'static str>,
    pub kind: FieldKind,
    pub role: Option<Role>,
    /// A short label from the context, e.g. `年度计划投资（亿元）`.
    pub label: String,
}

/// What one scan finds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scan {
    pub placeholders: Vec<Placeholder>,
    /// `_` standing for a censored character inside a word (`效能革_`): damage, not a field.
    pub censored: Vec<Span>,
}

pub(super) fn is_x(c: char) -> bool {
    matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ') || is_roman_ten(c)
}

/// The roman numeral ten, `ⅹ` and `Ⅹ`, which a Chinese input method offers among its symbols:
/// templates write `ⅹⅹ` for a name as others write `xx`.
pub(super) fn is_roman_ten(c: char) -> bool {
    matches!(c, 'ⅹ' | 'Ⅹ')
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '０'..='９' | 'ａ'..='ｚ' | 'Ａ'..='Ｚ')
        || is_latin_letter(c)
}

pub(super) fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊')
}

pub(super) fn is_cross(c: char) -> bool {
    matches!(c, '×' | '○')
}

pub(super) fn is_underscore(c: char) -> bool {
    matches!(c, '_' | '＿')
}

/// End of the run of chars satisfying `f` starting at `i`.
pub(super) fn run_end(text: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !f(c))
        .map_or(text.len(), |(k, _)| i + k)
}

/// Skip ASCII and full-width spaces.
pub(super) fn skip_spaces(text: &str, i: usize) -> usize {
    run_end(text, i, |c| c == ' ' || c == '\u{3000}' || c == '\t')
}

/// The bytes a short text holds: a word with a byte it does not hold cannot occur in it. The
/// clause before a placeholder on a repetitive line (`x个x个…`) shares no byte with most words
/// of the tables, and each is then passed over without a search of the clause.
pub(super) struct ByteSet([u64; 4]);

impl ByteSet {
    pub(super) fn of(s: &str) -> Self {
        let mut set = [0u64; 4];
        for &b in s.as_bytes() {
            set[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        ByteSet(set)
    }

    /// Whether every byte of `w` is in the set.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn may_hold(&self, w: &str) -> bool {
        let w = w.as_bytes();
        let mut k = 0;
        while k < w.len() {
            let b = w[k];
            if self.0[usize::from(b >> 6)] & (1 << (b & 63)) == 0 {
                return false;
            }
            k += 1;
        }
        true
    }
}

/// The kind a named field's name gives (`项目名称`, `金额`, `讲话人`).
pub(super) fn kind_from_name(name: &str) -> Option<FieldKind> {
    const BY_NAME: &[(&str, FieldKind)] = &[
        ("年份", FieldKind::Year),
        ("年度", FieldKind::Year),
        ("日期", FieldKind::Text),
        ("同志", FieldKind::Person),
        ("姓名", FieldKind::Person),
        ("讲话人", FieldKind::Person),
        ("领导", FieldKind::Person),
        ("单位", FieldKind::Organization),
        ("部门", FieldKind::Organization),
        ("生产总值", FieldKind::Money),
        ("地名", FieldKind::Place),
        ("地点", FieldKind::Place),
        ("地址", FieldKind::Place),
        ("人员", FieldKind::Person),
        ("地区", FieldKind::Place),
        ("地方", FieldKind::Place),
        ("县名", FieldKind::Place),
        ("区名", FieldKind::Place),
        ("市名", FieldKind::Place),
        ("金额", FieldKind::Money),
        ("投资", FieldKind::Money),
        ("个数", FieldKind::Count),
        ("数量", FieldKind::Count),
        ("比例", FieldKind::Percent),
        // (a name asked for: `项目名称`; a body's, `单位名称`, is found above)
        ("名称", FieldKind::Text),
    ];
    BY_NAME
        .iter()
        .find(|(w, _)| name.contains(w))
        .map(|&(_, k)| k)
}

/// What a percent or points figure is, from the words before it: a gap, a share, a rate, a
/// growth.
pub(super) fn role_from_before(before: &str, kind: FieldKind) -> Option<Role> {
    if kind == FieldKind::Points {
        return ["滞后", "落后", "慢于", "低于", "高于", "快于", "超过"]
            .iter()
            .any(|w| before.contains(w))
            .then_some(Role::Gap);
    }
    if crate::lexicon::of_a_plan(before) && (before.contains('占') || before.contains("完成")) {
        // 占年度计划的x%, 完成目标任务的x%: progress, which may pass 100%
        None
    } else if before.contains('占') || before.contains("比重") || before.contains("占比") {
        Some(Role::Share)
    } else if before.contains('率') {
        Some(Role::Rate)
    } else if ["增长", "增速", "增幅", "下降", "提高", "同比", "环比", "增"]
        .iter()
        .any(|w| before.contains(w))
    {
        Some(Role::Growth)
    } else {
        None
    }
}
