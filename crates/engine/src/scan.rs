//! The placeholder scanner: finds every placeholder form of the product brief in free text.
//!
//! One pass over the chars; every occurrence gets a byte span, its form, the unit after it, a
//! kind taken from the neighbouring words and a label made from its context. Precision matters
//! as much as recall: Latin words (`PPP`, `GDP`, `DOC`), multiplication (`2×660mw`), masked user
//! names (`xt****7`), pinyin (`(xū)`) and URLs are not placeholders.

use crate::text::{char_at, char_before, is_cjk, is_clause_break, is_digit, is_latin_letter, Span};
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

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum UnitClass {
    Count,
    Money,
    Percent,
    Points,
    Quantity,
    Year,
    Month,
    Day,
    Days,
}

/// Units, longest first where one is a prefix of another.
const UNITS: &[(&str, UnitClass)] = &[
    ("个百分点", UnitClass::Points),
    ("百分点", UnitClass::Points),
    ("个月", UnitClass::Quantity),
    ("个", UnitClass::Count),
    ("亿美元", UnitClass::Money),
    ("万美元", UnitClass::Money),
    ("亿元", UnitClass::Money),
    ("万元", UnitClass::Money),
    ("千元", UnitClass::Money),
    ("亿", UnitClass::Money),
    ("元", UnitClass::Money),
    ("%", UnitClass::Percent),
    ("％", UnitClass::Percent),
    ("万平方米", UnitClass::Quantity),
    ("平方米", UnitClass::Quantity),
    ("平方公里", UnitClass::Quantity),
    ("公里", UnitClass::Quantity),
    ("万亩", UnitClass::Quantity),
    ("亩", UnitClass::Quantity),
    ("万吨", UnitClass::Quantity),
    ("吨", UnitClass::Quantity),
    ("万千瓦", UnitClass::Quantity),
    ("千瓦", UnitClass::Quantity),
    ("兆瓦", UnitClass::Quantity),
    ("万人次", UnitClass::Quantity),
    ("万人", UnitClass::Quantity),
    ("倍", UnitClass::Quantity),
    ("月份", UnitClass::Month),
    ("月", UnitClass::Month),
    ("日", UnitClass::Day),
    ("号", UnitClass::Day),
    ("年", UnitClass::Year),
    ("天", UnitClass::Days),
    ("项", UnitClass::Count),
    ("家", UnitClass::Count),
    ("户", UnitClass::Count),
    ("名", UnitClass::Count),
    ("位", UnitClass::Count),
    ("批", UnitClass::Count),
    ("座", UnitClass::Count),
    ("条", UnitClass::Count),
    ("所", UnitClass::Count),
    ("处", UnitClass::Count),
    ("次", UnitClass::Count),
    ("件", UnitClass::Count),
    ("场", UnitClass::Count),
    ("台", UnitClass::Count),
    ("套", UnitClass::Count),
    ("季度", UnitClass::Count),
    ("届", UnitClass::Count),
    // traditional forms, as pasted from traditional-character pages
    ("個百分點", UnitClass::Points),
    ("個月", UnitClass::Quantity),
    ("個", UnitClass::Count),
    ("億元", UnitClass::Money),
    ("萬元", UnitClass::Money),
    ("億", UnitClass::Money),
    ("項", UnitClass::Count),
    ("萬噸", UnitClass::Quantity),
    ("畝", UnitClass::Quantity),
    ("萬人", UnitClass::Quantity),
];

const PERSON_AFTER: &[&str] = &[
    "同志",
    "书记",
    "副书记",
    "县长",
    "副县长",
    "区长",
    "副区长",
    "市长",
    "副市长",
    "省长",
    "副省长",
    "主任",
    "副主任",
    "局长",
    "副局长",
    "部长",
    "处长",
    "科长",
    "镇长",
    "乡长",
    "总经理",
    "董事长",
    "主席",
    "先生",
    "女士",
];

const ORG_AFTER: &[&str] = &[
    "局",
    "委",
    "办",
    "部门",
    "单位",
    "公司",
    "集团",
    "中心",
    "银行",
    "协会",
    "学校",
    "医院",
    "厅",
    "党委",
    "政府",
    "管委会",
    "指挥部",
];

const PLACE_AFTER: &[&str] = &[
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
];

/// `某` followed by one of these is a placeholder (`某同志`, `某县`); `某些`, `某种` are words.
const MOU_AFTER: &[&str] = &[
    "同志", "书记", "县长", "区长", "市长", "主任", "局长", "领导", "县", "区", "市", "省", "镇",
    "乡", "村", "街道", "局", "委", "办", "单位", "部门", "公司", "企业", "项目", "园区", "工程",
];

/// Words before a hint in parentheses: `(例如：…)`.
const HINT_START: &[&str] = &[
    "例如", "比如", "如：", "如:", "注：", "注:", "请填", "填写", "可填",
];

const MAX_NAME_CHARS: usize = 24;

fn is_x(c: char) -> bool {
    matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ')
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '０'..='９' | 'ａ'..='ｚ' | 'Ａ'..='Ｚ')
        || is_latin_letter(c)
}

fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊')
}

fn is_cross(c: char) -> bool {
    matches!(c, '×' | '○')
}

fn is_underscore(c: char) -> bool {
    matches!(c, '_' | '＿')
}

/// End of the run of chars satisfying `f` starting at `i`.
fn run_end(text: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !f(c))
        .map_or(text.len(), |(k, _)| i + k)
}

/// Skip ASCII and full-width spaces.
fn skip_spaces(text: &str, i: usize) -> usize {
    run_end(text, i, |c| c == ' ' || c == '\u{3000}' || c == '\t')
}

pub(crate) fn unit_at(text: &str, i: usize) -> Option<(&'static str, UnitClass)> {
    let rest = &text[i..];
    UNITS.iter().find(|(u, _)| rest.starts_with(u)).copied()
}

fn starts_with_any(rest: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| rest.starts_with(w))
}

#[derive(Debug, Clone)]
struct Piece {
    raw: Span,
    form: Form,
    name: Option<String>,
    range: bool,
}

impl Piece {
    fn new(raw: Span, form: Form) -> Piece {
        Piece {
            raw,
            form,
            name: None,
            range: false,
        }
    }
}

/// Scan a text for placeholders. Total: never panics, whatever the input.
pub fn scan(text: &str) -> Scan {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut censored = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let next_i = i + c.len_utf8();
        if is_word_char(c) {
            let end = run_end(text, i, is_word_char);
            if let Some(p) = word_token(text, i, end) {
                pieces.push(p);
            }
            i = skip_url(text, i, end);
            continue;
        }
        if is_star(c) || is_cross(c) {
            let end = run_end(text, i, |c| is_star(c) || is_cross(c));
            if marks_are_placeholder(text, i, end) {
                pieces.push(Piece::new(i..end, Form::Marks));
            }
            i = end;
            continue;
        }
        if is_underscore(c) {
            let end = run_end(text, i, is_underscore);
            match underscore_class(text, i, end) {
                Some(true) => pieces.push(Piece::new(i..end, Form::Underscore)),
                Some(false) => censored.push(i..end),
                None => {}
            }
            i = end;
            continue;
        }
        if let Some((p, end)) = bracket_at(text, i, c) {
            pieces.push(p);
            i = end;
            continue;
        }
        if c == '某' {
            let end = run_end(text, i, |c| c == '某');
            let rest = &text[end..];
            if text[i..end].chars().count() >= 2 || starts_with_any(rest, MOU_AFTER).is_some() {
                pieces.push(Piece::new(i..end, Form::Word));
            }
            i = end;
            continue;
        }
        if c == '多' && text[next_i..].starts_with('少') {
            let end = next_i + '少'.len_utf8();
            if unit_at(text, end).is_some() {
                pieces.push(Piece::new(i..end, Form::Word));
            }
            i = end;
            continue;
        }
        i = next_i;
    }
    let pieces = merge(text, pieces);
    let mut placeholders: Vec<Placeholder> = Vec::with_capacity(pieces.len());
    for p in pieces {
        // a mark inside the previous placeholder's hint belongs to the hint
        if placeholders
            .last()
            .is_some_and(|last| p.raw.start < last.span.end)
        {
            continue;
        }
        placeholders.push(describe(text, p));
    }
    Scan {
        placeholders,
        censored,
    }
}

/// A token of Latin letters and digits: a placeholder when it is all `x` (`xx`, `XXX`), or
/// digits followed by `x` (`201x`, `20xx`); a Latin word (`ppp`, `DOC`, `OFFICE2007`) is not.
fn word_token(text: &str, start: usize, end: usize) -> Option<Piece> {
    let tok = &text[start..end];
    let digits = tok.chars().take_while(|&c| is_digit(c)).count();
    let rest_all_x = tok.chars().skip(digits).all(is_x);
    let xs = tok.chars().count() - digits;
    if xs == 0 || !rest_all_x {
        return None;
    }
    if digits > 0 && digits + xs != 4 {
        // `201x`, `20xx` are years; `3x` or `12xx` are not a written form we know
        return None;
    }
    let after = &text[end..];
    if digits == 0
        && (after.starts_with("射线") || after.starts_with("光") || after.starts_with("线"))
    {
        return None;
    }
    // a multiplication sign written as x between figures: `3x4`
    if digits > 0 && after.chars().next().is_some_and(is_digit) {
        return None;
    }
    let mut end = end;
    // `X.8%`: the decimals belong to the figure
    if let Some(rest) = after.strip_prefix('.') {
        let d = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if d > 0 {
            end += 1 + d;
        }
    }
    Some(Piece::new(start..end, Form::Marks))
}

/// After a token, skip the rest of a URL (`http://…`, `www.…`) so nothing in it is scanned.
fn skip_url(text: &str, start: usize, end: usize) -> usize {
    let tok = &text[start..end];
    let after = &text[end..];
    let is_url =
        after.starts_with("://") || (tok.eq_ignore_ascii_case("www") && after.starts_with('.'));
    if is_url {
        run_end(text, end, |c| c.is_ascii_graphic() && c != ')')
    } else {
        end
    }
}

fn marks_are_placeholder(text: &str, start: usize, end: usize) -> bool {
    let prev = char_before(text, start);
    let next = char_at(text, end);
    let first = char_at(text, start).unwrap_or(' ');
    // masked user names in site junk: `xt****7`
    if is_star(first) && prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    // a Markdown bullet: `* item`
    if is_star(first) && end - start == 1 && matches!(prev, None | Some('\n')) && next == Some(' ')
    {
        return false;
    }
    // multiplication between figures: `2×660mw`, `3*4`
    let single = text[start..end].chars().count() == 1;
    if single && first != '○' {
        let p = prev.is_some_and(is_digit);
        let n = text[end..]
            .trim_start_matches(' ')
            .chars()
            .next()
            .is_some_and(is_digit);
        if p && n {
            return false;
        }
    }
    true
}

/// `Some(true)`: a blank to fill; `Some(false)`: a censored character; `None`: neither
/// (`snake_case`).
fn underscore_class(text: &str, start: usize, end: usize) -> Option<bool> {
    let prev = char_before(text, start);
    let next = char_at(text, end);
    if prev.is_some_and(|c| c.is_ascii_alphanumeric())
        && next.is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    // `标题_第1页`: a document site's page marker, junk rather than a blank
    let rest = &text[end..];
    if let Some(r) = rest.strip_prefix('第') {
        let d = r.chars().take_while(char::is_ascii_digit).count();
        if d > 0 && r[d..].starts_with('页') {
            return None;
        }
    }
    if text[start..end].chars().count() >= 2 {
        return Some(true);
    }
    let next_is_slot = unit_at(text, end).is_some()
        || next
            .is_some_and(|c| is_digit(c) || matches!(c, '-' | '—' | '－' | '~' | '～') || is_x(c));
    if next_is_slot || !prev.is_some_and(is_cjk) {
        Some(true)
    } else {
        Some(false)
    }
}

fn bracket_at(text: &str, i: usize, c: char) -> Option<(Piece, usize)> {
    let (open_len, close) = match c {
        '[' => (1, "]"),
        '【' => ('【'.len_utf8(), "】"),
        '［' => ('［'.len_utf8(), "］"),
        '{' if text[i..].starts_with("{{") => (2, "}}"),
        _ => return None,
    };
    let inner_start = i + open_len;
    let line_end = text[inner_start..]
        .find('\n')
        .map_or(text.len(), |k| inner_start + k);
    let close_at = inner_start + text[inner_start..line_end].find(close)?;
    let inner = &text[inner_start..close_at];
    let name = inner.trim();
    let n = name.chars().count();
    if n == 0 || n > MAX_NAME_CHARS {
        return None;
    }
    if name.chars().all(|c| is_digit(c) || c == ' ') {
        return None; // footnote `[1]`
    }
    if name.contains(['[', '【', '［', '{', '}']) {
        return None;
    }
    let end = close_at + close.len();
    if c == '[' && text[end..].starts_with('(') {
        return None; // a Markdown link
    }
    Some((
        Piece {
            raw: i..end,
            form: Form::Bracket,
            name: Some(name.to_string()),
            range: false,
        },
        end,
    ))
}

/// Join adjacent pieces (`***X`) and ranges (`x-x月`, `_-_月份`).
fn merge(text: &str, pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    for p in pieces {
        if let Some(last) = out.last_mut() {
            let unnamed = last.form != Form::Bracket && p.form != Form::Bracket;
            if unnamed && last.raw.end == p.raw.start && !last.range {
                last.raw.end = p.raw.end;
                continue;
            }
            if unnamed && !last.range && last.raw.end < p.raw.start {
                let between = &text[last.raw.end..p.raw.start];
                let is_dash = matches!(between, "-" | "—" | "－" | "~" | "～" | "至" | "到" | "–");
                let unit = unit_at(text, skip_spaces(text, p.raw.end));
                if is_dash && matches!(unit, Some((_, UnitClass::Month | UnitClass::Day))) {
                    last.raw.end = p.raw.end;
                    last.range = true;
                    continue;
                }
            }
        }
        out.push(p);
    }
    out
}

/// The words of the clause before `at`, at most `max` chars.
pub(crate) fn clause_before(text: &str, at: usize, max: usize) -> &str {
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
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let close_at = line.find([close, ')', '）'])?;
    let hint = rest[..close_at].trim().to_string();
    let close_len = rest[close_at..].chars().next().map_or(1, char::len_utf8);
    Some((hint, inner_start + close_at + close_len))
}

fn describe(text: &str, p: Piece) -> Placeholder {
    let raw = p.raw.clone();
    let (hint, span_end) = match hint_after(text, raw.end) {
        Some((h, end)) => (Some(h), end),
        None => (None, raw.end),
    };
    let after_i = skip_spaces(text, raw.end);
    let unit = unit_at(text, after_i);
    let after = &text[after_i..];
    let before = clause_before(text, raw.start, 12);
    let raw_text = &text[raw.clone()];
    let has_digits = raw_text.chars().next().is_some_and(is_digit);

    let mut role = None;
    let kind = if p.range {
        FieldKind::MonthRange
    } else if before.ends_with('第') {
        FieldKind::Rank
    } else if let Some(name) = &p.name {
        kind_from_name(name).unwrap_or_else(|| kind_from_after(after, unit.map(|u| u.1)))
    } else if has_digits {
        FieldKind::Year
    } else {
        kind_from_after(after, unit.map(|u| u.1))
    };
    if matches!(kind, FieldKind::Percent | FieldKind::Points) {
        role = role_from_before(text, raw.start, kind);
    }
    let unit_str = unit.map(|u| u.0);
    let label = make_label(before, after, unit_str, kind, p.name.as_deref());
    Placeholder {
        span: raw.start..span_end,
        raw,
        form: p.form,
        name: p.name,
        hint,
        unit: unit_str,
        kind,
        role,
        label,
    }
}

fn kind_from_after(after: &str, unit: Option<UnitClass>) -> FieldKind {
    if after.starts_with("人民") {
        return FieldKind::Place;
    }
    if starts_with_any(after, PERSON_AFTER).is_some() {
        return FieldKind::Person;
    }
    if let Some(u) = unit {
        return match u {
            UnitClass::Count => FieldKind::Count,
            UnitClass::Money => FieldKind::Money,
            UnitClass::Percent => FieldKind::Percent,
            UnitClass::Points => FieldKind::Points,
            UnitClass::Quantity | UnitClass::Days => FieldKind::Quantity,
            UnitClass::Year => FieldKind::Year,
            UnitClass::Month => FieldKind::Month,
            UnitClass::Day => FieldKind::Day,
        };
    }
    if starts_with_any(after, ORG_AFTER).is_some() {
        return FieldKind::Organization;
    }
    if starts_with_any(after, PLACE_AFTER).is_some() {
        return FieldKind::Place;
    }
    FieldKind::Text
}

fn kind_from_name(name: &str) -> Option<FieldKind> {
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
        ("地名", FieldKind::Place),
        ("地方", FieldKind::Place),
        ("县名", FieldKind::Place),
        ("区名", FieldKind::Place),
        ("市名", FieldKind::Place),
        ("金额", FieldKind::Money),
        ("投资", FieldKind::Money),
        ("个数", FieldKind::Count),
        ("数量", FieldKind::Count),
        ("比例", FieldKind::Percent),
    ];
    BY_NAME
        .iter()
        .find(|(w, _)| name.contains(w))
        .map(|&(_, k)| k)
}

fn role_from_before(text: &str, at: usize, kind: FieldKind) -> Option<Role> {
    let before = clause_before(text, at, 16);
    if kind == FieldKind::Points {
        return ["滞后", "落后", "慢于", "低于", "高于", "快于", "超过"]
            .iter()
            .any(|w| before.contains(w))
            .then_some(Role::Gap);
    }
    if before.contains('占') || before.contains("比重") || before.contains("占比") {
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

fn make_label(
    before: &str,
    after: &str,
    unit: Option<&str>,
    kind: FieldKind,
    name: Option<&str>,
) -> String {
    if let Some(name) = name {
        return name.to_string();
    }
    let before = before.trim_start_matches(['的', '和', '及', '与', '等', '请', '在', '共', '有']);
    let before: String = {
        let n = before.chars().count();
        before.chars().skip(n.saturating_sub(10)).collect()
    };
    let suffix = match unit {
        Some(u) => format!("（{u}）"),
        None => {
            let word: String = after.chars().take_while(|&c| is_cjk(c)).take(4).collect();
            if word.is_empty() {
                format!("（{}）", kind.label())
            } else {
                format!("…{word}")
            }
        }
    };
    if before.is_empty() {
        format!("{}{}", kind.label(), suffix)
    } else {
        format!("{before}{suffix}")
    }
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
