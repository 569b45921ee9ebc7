//! The placeholder scanner: finds every placeholder form of the product brief in free text.
//!
//! One pass over the chars; every occurrence gets a byte span, its form, the unit after it, a
//! kind taken from the neighbouring words and a label made from its context. Precision matters
//! as much as recall: Latin words (`PPP`, `GDP`, `DOC`), multiplication (`2×660mw`), masked user
//! names (`xt****7`), pinyin (`(xū)`) and URLs are not placeholders.

mod around;
mod describe;
mod label;
mod model;
mod words;

pub use describe::{clause_before, context};
pub use model::{FieldKind, Form, Placeholder, Role, Scan};
pub use words::unit_at;

use crate::lexicon::{UnitClass, MOU_AFTER};
use crate::text::{char_at, char_before, is_cjk, is_digit, Span};
use describe::describe;
use model::{
    is_cross, is_roman_ten, is_star, is_underscore, is_word_char, is_x, run_end, skip_spaces,
};
use words::starts_with_any;

const MAX_NAME_CHARS: usize = 24;

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
    let bytes = text.as_bytes();
    let mut i = 0;
    // every char, but most of a draft is ideographs and punctuation that start nothing: a
    // lead byte E4–E9 is a char of U+4000–U+9FFF, where only 某 and 多 start a placeholder,
    // and an ASCII byte starts one only as a letter, a digit, `*`, `_`, `[` or `{`
    let mut starts = std::iter::from_fn(|| {
        while let Some(&b) = bytes.get(i) {
            let (at, rest) = (i, &bytes[i..]);
            i += match b {
                0xE0..=0xEF => 3,
                0xF0.. => 4,
                0x80.. => 2,
                _ => 1,
            };
            let skip = match b {
                0x00..=0x7F => {
                    !(b.is_ascii_alphanumeric() || matches!(b, b'*' | b'_' | b'[' | b'{'))
                }
                0xE4..=0xE9 => {
                    !rest.starts_with("某".as_bytes()) && !rest.starts_with("多".as_bytes())
                }
                _ => false,
            };
            if !skip {
                return Some(at);
            }
        }
        None
    });
    scan_at(text, &mut starts)
}

/// [`scan`] looking only at `starts`: in text order, the offsets of at least every char
/// that may start a placeholder (an ASCII letter or digit, `*`, `_`, `[`, `{`, any char of two
/// or four bytes, ○, 【, （, 某, 多 and the full-width ＊ ０–９ Ａ–Ｚ ［ ＿ ａ–ｚ), as the analysis's
/// walk finds them; a start inside what an earlier one took is passed over.
pub fn scan_at(text: &str, starts: &mut dyn Iterator<Item = usize>) -> Scan {
    let mut found = (Vec::new(), Vec::new());
    let mut i = 0;
    for at in starts {
        if at >= i {
            i = step(text, at, &mut found);
        }
    }
    finish(text, found)
}

/// The pieces and censored chars found so far.
type Found = (Vec<Piece>, Vec<Span>);

/// What starts at `i` (a piece, a censored char, or nothing), and where the scan goes on.
fn step(text: &str, i: usize, (pieces, censored): &mut Found) -> usize {
    let Some(c) = char_at(text, i) else {
        return text.len();
    };
    let next_i = i + c.len_utf8();
    if c == '（' {
        if let Some((p, end)) = instruction_at(text, i, c) {
            // (a bracket right after a placeholder is its hint: `xx（请填写项目名称）`)
            let hint = pieces
                .last()
                .is_some_and(|p| text[..i].trim_end_matches([' ', '\u{3000}']).len() == p.raw.end);
            if !hint {
                pieces.push(p);
                return end;
            }
        }
        return next_i;
    }
    if is_word_char(c) {
        let end = run_end(text, i, is_word_char);
        if let Some(p) = word_token(text, i, end) {
            pieces.push(p);
        } else if let Some(year_end) = starred_year(text, i, end) {
            pieces.push(Piece::new(i..year_end, Form::Marks));
            return year_end;
        }
        return skip_url(text, i, end);
    }
    if is_roman_ten(c) {
        let end = run_end(text, i, is_roman_ten);
        if !roman_numbering(text, i, end) {
            pieces.push(Piece::new(i..end, Form::Marks));
        }
        return end;
    }
    if is_star(c) || is_cross(c) {
        let end = run_end(text, i, |c| is_star(c) || is_cross(c));
        if marks_are_placeholder(text, i, end) {
            pieces.push(Piece::new(i..end, Form::Marks));
        }
        return end;
    }
    if is_underscore(c) {
        let end = run_end(text, i, is_underscore);
        match underscore_class(text, i, end) {
            Some(true) => pieces.push(Piece::new(i..end, Form::Underscore)),
            Some(false) => censored.push(i..end),
            None => {}
        }
        return end;
    }
    if let Some((p, end)) = bracket_at(text, i, c) {
        pieces.push(p);
        return end;
    }
    if c == '某' {
        let end = run_end(text, i, |c| c == '某');
        let rest = &text[end..];
        if text[i..end].chars().count() >= 2
            || starts_with_any(rest, MOU_AFTER).is_some()
            || names_a_company(rest)
        {
            pieces.push(Piece::new(i..end, Form::Word));
        }
        return end;
    }
    if c == '多' && text[next_i..].starts_with('少') {
        let end = next_i + '少'.len_utf8();
        if unit_at(text, end).is_some() {
            pieces.push(Piece::new(i..end, Form::Word));
        }
        return end;
    }
    next_i
}

/// Whether a run of roman tens at `start..end` is a roman numeral, not a slot: beside another
/// roman numeral (`ⅨⅩ`, `ⅩⅡ`), or one alone heading a line as a list's tenth item (`Ⅹ、`).
fn roman_numbering(text: &str, start: usize, end: usize) -> bool {
    let roman = |c: Option<char>| c.is_some_and(|c| ('\u{2160}'..='\u{217F}').contains(&c));
    let (prev, next) = (char_before(text, start), char_at(text, end));
    roman(prev)
        || roman(next)
        || (end - start == 'Ⅹ'.len_utf8()
            && prev.is_none_or(|c| c == '\n')
            && next.is_some_and(|c| "、.．)）".contains(c)))
}

/// Whether the words after a `某` are the rest of a company's name, `某新能源科技有限公司`: a
/// run of ideographs (at most ten) that ends in 公司 or 集团.
fn names_a_company(rest: &str) -> bool {
    for (k, c) in rest.char_indices().take(12) {
        if !is_cjk(c) {
            break;
        }
        let name = &rest[..k + c.len_utf8()];
        if name.ends_with("公司") || name.ends_with("集团") {
            return true;
        }
    }
    false
}

/// The placeholders of the pieces found, described.
fn finish(text: &str, (pieces, censored): Found) -> Scan {
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
        placeholders.push(describe(text, p.raw, p.form, p.name, p.range));
    }
    Scan {
        placeholders,
        censored,
    }
}

/// A year written with marks for its last digits, `20**年`, `20××年`, `201*年`: where its
/// marks end.
fn starred_year(text: &str, start: usize, end: usize) -> Option<usize> {
    // the century written, then a mark for each missing digit (`200*年`, `19**年`)
    let tok = &text[start..end];
    let century = tok.starts_with("19") || tok.starts_with("20");
    let (stars, crosses) = match tok.len() {
        2 if century => ("**", "××"),
        3 if century && tok.bytes().all(|b| b.is_ascii_digit()) => ("*", "×"),
        _ => return None,
    };
    let rest = &text[end..];
    let marks = [stars, crosses].into_iter().find(|m| rest.starts_with(m))?;
    let k = end + marks.len();
    text[skip_spaces(text, k)..].starts_with('年').then_some(k)
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
    let after = &text[end..];
    // `201x`, `20xx` are years, and `20x年` one written short; `3x` or `12xx` are not a
    // written form we know
    let short_year = digits + xs == 3
        && (tok.starts_with("20") || tok.starts_with("19"))
        && after
            .trim_start_matches([' ', '\u{3000}'])
            .starts_with('年');
    if digits > 0 && digits + xs != 4 && !short_year {
        return None;
    }
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
    // `X.8%`, `x.x万亩`, `xx.xx亿元`: the decimals, written or marked, belong to the figure
    if let Some(rest) = after.strip_prefix('.') {
        let d = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        let marks: usize = rest
            .chars()
            .take_while(|&c| is_x(c))
            .map(char::len_utf8)
            .sum();
        let glued = |k: usize| {
            rest[k..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        };
        if d > 0 {
            end += 1 + d;
        } else if digits == 0 && marks > 0 && !glued(marks) {
            end += 1 + marks;
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

/// Who wrote a news page, in brackets: `记者 林晓`, `本报记者周敏 通讯员何平`. Each credit word is
/// followed by a name of two to four chars; a name asked for (`记者姓名`, `记者xx`) is a field.
fn is_credit(name: &str) -> bool {
    const CREDITS: &[&str] = &[
        "本报记者",
        "特约记者",
        "记者",
        "通讯员",
        "实习生",
        "编辑",
        "摄影",
    ];
    let mut rest = name;
    let mut names = 0;
    while !rest.is_empty() {
        let Some(w) = CREDITS.iter().find(|w| rest.starts_with(**w)) else {
            return false;
        };
        rest = rest[w.len()..].trim_start();
        let n = rest
            .char_indices()
            .find(|&(_, c)| !is_cjk(c) || CREDITS.iter().any(|w| w.starts_with(c)))
            .map_or(rest.len(), |(k, _)| k);
        let who = &rest[..n];
        let len = who.chars().count();
        if !(2..=4).contains(&len) || ["姓名", "名字", "某"].iter().any(|w| who.contains(w)) {
            return false;
        }
        names += 1;
        rest = rest[n..].trim_start_matches([' ', '\u{3000}', '、']);
    }
    names > 0
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
    // the first close on the line; an opening bracket or a brace before it rejects the name
    // below, so the search stops there too and every char is looked at by one bracket only
    let close_char = close.chars().next()?;
    let stop = text[inner_start..].find(|c: char| {
        c == '\n' || c == close_char || matches!(c, '[' | '【' | '［' | '{' | '}')
    })?;
    let close_at = inner_start + stop;
    if !text[close_at..].starts_with(close) {
        return None; // a line break, an opening bracket or a lone `}` first
    }
    let inner = &text[inner_start..close_at];
    let name = inner.trim();
    let n = name.chars().count();
    if n == 0 || n > MAX_NAME_CHARS {
        return None;
    }
    if name.chars().all(|c| is_digit(c) || c == ' ') {
        return None; // footnote `[1]`
    }
    if name.contains(['[', '【', '［', '{', '}']) || is_credit(name) {
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

/// Words that open a bracket written to the writer in place of a value:
/// `（此处填写项目名称）`, `（请填写开工地点）`.
const INSTRUCTION_START: &[&str] = &[
    "此处填写",
    "此处填",
    "此处输入",
    "在此填写",
    "在此处填写",
    "请在此填写",
    "请填写",
    "请填入",
    "请输入",
];

/// How far an instruction's close is looked for, in bytes (about 100 chars of Chinese).
const INSTRUCTION_REACH: usize = 300;

/// A bracket at `i` that tells the writer what to put there (`（此处填写项目名称）`): a named
/// field, named by what it asks for (`项目名称`).
fn instruction_at(text: &str, i: usize, c: char) -> Option<(Piece, usize)> {
    if c != '（' {
        return None;
    }
    let inner_start = i + c.len_utf8();
    let rest = &text[inner_start..];
    // (most brackets are asides: one look at their first char)
    if !rest.starts_with(['此', '在', '请']) {
        return None;
    }
    let opener = INSTRUCTION_START.iter().find(|w| rest.starts_with(**w))?;
    // (its close is looked for only so far, and on its line)
    let reach = crate::text::floor_char_boundary(rest, INSTRUCTION_REACH);
    let line = &rest[..rest[..reach].find('\n').unwrap_or(reach)];
    let close_at = line.find([')', '）'])?;
    let name = rest[opener.len()..close_at].trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return None;
    }
    let close_len = rest[close_at..].chars().next().map_or(1, char::len_utf8);
    let end = inner_start + close_at + close_len;
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
