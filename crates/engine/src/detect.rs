//! Small detectors of damage, used by both the clean stage (which repairs what it finds) and
//! the check rules (which find the same damage when it is typed or pasted later). They sit
//! below both: they import only `text`.

use crate::lexicon::GENRE_WORDS;
use crate::text::{find_chars, is_cjk, is_latin_letter, Span};

/// The marker left where the source cut text: a named field, so it is a leftover until the
/// writer fills the gap, and the `truncation` rule explains it.
pub const TRUNCATION_MARK: &str = "此处原文缺失";

/// The punctuation a `□` most likely stood for: `、` between short items (names, figures,
/// placeholders), `，` elsewhere.
pub fn box_replacement(before: &str, after: &str) -> &'static str {
    let item = |s: &str, from_end: bool| -> usize {
        let it: Box<dyn Iterator<Item = char>> = if from_end {
            Box::new(s.chars().rev())
        } else {
            Box::new(s.chars())
        };
        it.take_while(|&c| {
            !matches!(
                c,
                '，' | '。' | '、' | '；' | '：' | '□' | '\n' | ',' | '“' | '”'
            )
        })
        .take(20)
        .count()
    };
    let (b, a) = (item(before, true), item(after, false));
    let next_is_item = after
        .chars()
        .take(12)
        .collect::<String>()
        .contains(['□', '、', '等']);
    let prev_is_item = before
        .chars()
        .rev()
        .take(12)
        .collect::<String>()
        .contains(['□', '、']);
    if (b <= 10 && next_is_item && a <= 12) || (prev_is_item && b <= 10 && a <= 10) {
        "、"
    } else {
        "，"
    }
}

/// Half-width punctuation in a Chinese sentence → full-width; numbers, URLs, Latin text kept.
pub fn width_fix(line: &str, c: char, i: usize) -> Option<&'static str> {
    let prev = line[..i].chars().next_back();
    let next = line[i + c.len_utf8()..].chars().next();
    let cjk_side = prev.is_some_and(is_cjk)
        || next.is_some_and(is_cjk)
        || prev.is_some_and(|p| "”）】".contains(p));
    let digits_around =
        prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
    let latin_around = prev.is_some_and(|p| p.is_ascii_alphabetic())
        && next.is_some_and(|n| n.is_ascii_alphabetic() || n == ' ');
    if !cjk_side || digits_around || latin_around {
        return None;
    }
    match c {
        ',' => Some("，"),
        ':' if !line[i..].starts_with("://") => Some("："),
        ';' => Some("；"),
        // (a `?` glued to Latin letters, as in `家?guī`, is mojibake, not a question)
        '?' if prev.is_some_and(is_cjk) && !next.is_some_and(is_latin_letter) => Some("？"),
        '!' if prev.is_some_and(is_cjk) => Some("！"),
        _ => None,
    }
}

/// Mojibake runs: replacement characters, `锟斤拷`, Latin-1 misreadings, `?` glued into Chinese.
/// One pass over the text.
pub fn mojibake_spans(text: &str) -> Vec<Span> {
    mojibake_spans_at(text, find_chars(text, MOJIBAKE_STARTS))
}

/// The chars that start a run of mojibake: [`mojibake_spans`] looks only at them.
pub const MOJIBAKE_STARTS: &[char] = &['\u{FFFD}', '锟', '烫', '屯', 'Ã', 'â', '?'];

/// [`mojibake_spans`] with the chars of [`MOJIBAKE_STARTS`] found already, in text order.
pub fn mojibake_spans_at(text: &str, starts: impl Iterator<Item = (usize, char)>) -> Vec<Span> {
    const RUNS: &[&str] = &["锟斤拷", "烫烫烫", "屯屯屯", "Ã", "â€"];
    let mut out: Vec<Span> = Vec::new();
    // only these chars start a run: the walk looks at them alone, the char before each
    // decoded backwards
    for (i, c) in starts {
        let prev = text[..i].chars().next_back();
        let hit = match c {
            '\u{FFFD}' => Some(c.len_utf8()),
            '锟' | '烫' | '屯' | 'Ã' | 'â' => RUNS
                .iter()
                .find(|r| text[i..].starts_with(*r))
                .map(|r| r.len()),
            '?' => {
                // glued between characters with a Latin letter on one side: `家?guī`
                let next = text[i + 1..].chars().next();
                let letter = |c: Option<char>| {
                    c.is_some_and(|c| is_latin_letter(c) && !c.is_ascii_uppercase())
                };
                let word = |c: Option<char>| c.is_some_and(|c| is_cjk(c) || is_latin_letter(c));
                let glued = word(prev) && word(next) && (letter(prev) || letter(next));
                glued.then_some(1)
            }
            _ => None,
        };
        if let Some(len) = hit {
            if out.last().is_none_or(|l| l.end <= i) {
                out.push(i..i + len);
            }
        }
    }
    out
}

/// The likely word for a censored character at `span`, and the character itself: the word's
/// other characters stand right before and after the `_`.
pub fn likely_word(text: &str, span: &Span) -> Option<(&'static str, char)> {
    let before: Vec<char> = text[..span.start].chars().rev().take(4).collect();
    let after: Vec<char> = text[span.end..].chars().take(4).collect();
    let mut best: Option<(&'static str, char)> = None;
    for w in GENRE_WORDS {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < 3 || best.is_some_and(|(b, _)| b.chars().count() >= chars.len()) {
            continue;
        }
        let fits = |k: usize| {
            (0..k).all(|j| before.get(k - 1 - j) == Some(&chars[j]))
                && (k + 1..chars.len()).all(|j| after.get(j - k - 1) == Some(&chars[j]))
        };
        if let Some(k) = (0..chars.len()).find(|&k| fits(k)) {
            best = Some((w, chars[k]));
        }
    }
    best
}
