//! Character classes and offset conversion.
//!
//! Spans in the engine are byte ranges on char boundaries. The browser counts UTF-16 code
//! units and people count characters; [`LineIndex`] converts between all three.

use std::ops::Range;

/// A byte range in a text, always on char boundaries.
pub type Span = Range<usize>;

/// CJK ideographs (the unified blocks and the compatibility block).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Latin letters, including accented ones (pinyin tone marks) and full-width letters.
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | 'ａ'..='ｚ' | 'Ａ'..='Ｚ') && c != '×' && c != '÷'
}

/// ASCII or full-width digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Punctuation that ends a clause in Chinese or Latin text.
pub fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '！'
            | '？'
            | '、'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\n'
            | '\r'
            | '“'
            | '”'
            | '（'
            | '）'
            | '('
            | ')'
            | '□'
    )
}

/// Sentence-ending punctuation.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；')
}

/// The char just before byte offset `at`, if any.
pub fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The char starting at byte offset `at`, if any.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// Number of chars in a string.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

pub use crate::lines::{LineCol, LineIndex};

/// The largest char boundary at or before `i`.
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The stretch around `span` between the nearest of the chars `ends` (a clause's or a
/// sentence's marks, each also in its half-width form), read at most `reach` bytes each way: a line of megabytes with no mark is a stretch
/// of `reach` around the span, not the whole line for every hit in it.
pub fn bounded_stretch(
    text: &str,
    span: &std::ops::Range<usize>,
    reach: usize,
    ends: &str,
) -> std::ops::Range<usize> {
    // (a half-width mark stands for its full-width one, as a pasted text writes it: `，` also
    // ends at `,`, but not at a figure's thousands, `1,000`)
    let ends = |k: usize, c: char| {
        let full = match c {
            ',' => '，',
            ';' => '；',
            '!' => '！',
            '?' => '？',
            c => c,
        };
        ends.contains(c)
            || (full != c
                && ends.contains(full)
                && !(c == ','
                    && text[..k]
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_ascii_digit())
                    && text[k + 1..].starts_with(|n: char| n.is_ascii_digit())))
    };
    let near = floor_char_boundary(text, span.start.saturating_sub(reach));
    let far = floor_char_boundary(text, span.end.saturating_add(reach)).max(span.end);
    let start = text[near..span.start]
        .char_indices()
        .rev()
        .find(|&(k, c)| ends(near + k, c))
        .map_or(near, |(k, c)| near + k + c.len_utf8());
    let end = text[span.end..far]
        .char_indices()
        .find(|&(k, c)| ends(span.end + k, c))
        .map_or(far, |(k, _)| span.end + k);
    start..end
}

/// Byte offset → UTF-16 code unit offset (what the browser's `selectionStart` counts).
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    let byte = floor_char_boundary(text, byte);
    text[..byte].chars().map(char::len_utf16).sum()
}

/// UTF-16 code unit offset → byte offset. An offset inside a surrogate pair or past the end
/// is clamped.
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    // by lead bytes, without decoding: a char of four bytes is two UTF-16 units, any other one;
    // eight bytes at a step while the step cannot reach `units` (the caret of a key at the end
    // of a long draft is a walk over all of it)
    let b = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i + 8 <= b.len() {
        let x = word(b, i);
        let continuation = (x & !(x << 1) & HIGH_BITS).count_ones() as usize;
        let four = (x & (x << 1) & (x << 2) & (x << 3) & HIGH_BITS).count_ones() as usize;
        let step = 8 - continuation + four;
        if count + step >= units {
            break;
        }
        count += step;
        i += 8;
    }
    for (j, &c) in b.iter().enumerate().skip(i) {
        if c & 0xC0 == 0x80 {
            continue;
        }
        if count >= units {
            return j;
        }
        count += if c >= 0xF0 { 2 } else { 1 };
        if count > units {
            return j;
        }
    }
    text.len()
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `i` as one little-endian word (the first byte lowest).
fn word(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// A fast hash of a text, eight bytes at a step (the FxHash mix): the default SipHash guards a
/// table against chosen keys, which a draft is not (a paragraph's repeats, a sentence looked up
/// among the baseline's).
#[derive(Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// How many bytes two texts share at their start, compared eight at a step (core's `==` on
/// slices goes byte by byte in wasm: a key on a 2 MB draft compared it several times).
pub fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 8 <= n {
        let x = word(a, i) ^ word(b, i);
        if x != 0 {
            return i + (x.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// How many bytes two texts share at their end, compared eight at a step.
pub fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut k = 0;
    while k + 8 <= n {
        let x = word(a, a.len() - k - 8) ^ word(b, b.len() - k - 8);
        if x != 0 {
            // the last byte in memory is the word's highest
            return k + (x.leading_zeros() / 8) as usize;
        }
        k += 8;
    }
    while k < n && a[a.len() - 1 - k] == b[b.len() - 1 - k] {
        k += 1;
    }
    k
}

/// The two texts are the same, compared eight bytes at a step.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && common_prefix(a.as_bytes(), b.as_bytes()) == a.len()
}

/// Replace spans with new strings. The edits may come in any order but must not overlap; they
/// are applied from the end so that earlier spans stay valid. Overlapping or invalid edits are
/// skipped rather than corrupting the text.
pub fn apply_edits(text: &str, edits: &mut [(Span, String)]) -> String {
    crate::order::sort_by_u64(edits, |(s, _)| crate::order::pack(s.start, s.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (span, replacement) in edits.iter() {
        if span.start < pos
            || span.end > text.len()
            || span.start > span.end
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            continue;
        }
        out.push_str(&text[pos..span.start]);
        out.push_str(replacement);
        pos = span.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Characters that count for length: everything but whitespace. (A byte-counting version
/// measured no faster on the bench and made the wasm larger.)
pub fn count_chars(s: &str) -> usize {
    // char by char by the lead byte's width, decoding only a char whose lead byte may start
    // whitespace (U+0085 and U+00A0, U+1680, U+2000–U+205F, U+3000): a 2 MB draft's length is
    // counted at every pause, and decoding every char took most of its stage
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            n += usize::from(!matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '));
            i += 1;
            continue;
        }
        let w = if c >= 0xF0 {
            4
        } else if c >= 0xE0 {
            3
        } else {
            2
        };
        let space = matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && s[i..].chars().next().is_some_and(char::is_whitespace);
        n += usize::from(!space);
        i += w;
    }
    n
}

/// The chars of a small set in a text, in order, with their byte offsets, found without
/// decoding the text: the walk steps from char to char by the lead byte's width and looks
/// further only at a char whose last byte is the last byte of one of the set's UTF-8 forms (a
/// CJK char's last byte is one of 64, so most chars are passed over by one table look-up).
/// Several passes of the checks use it instead of `char_indices`.
pub fn find_chars<'a>(text: &'a str, set: &[char]) -> impl Iterator<Item = (usize, char)> + 'a {
    let mut last = [false; 256];
    let mut chars = [None; 12];
    for (slot, &c) in chars.iter_mut().zip(set) {
        let mut buf = [0u8; 4];
        let form = c.encode_utf8(&mut buf).as_bytes();
        last[usize::from(form[form.len() - 1])] = true;
        *slot = Some(c);
    }
    debug_assert!(
        set.len() <= chars.len(),
        "find_chars takes at most 12 chars"
    );
    let bytes = text.as_bytes();
    let mut k = 0;
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(k) {
            let width = match b {
                0..=0x7F => 1,
                0x80..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            let at = k;
            k += width;
            if !bytes.get(k - 1).is_some_and(|&l| last[usize::from(l)]) {
                continue;
            }
            let c = text[at..].chars().next()?;
            if chars.contains(&Some(c)) {
                return Some((at, c));
            }
        }
        None
    })
}

pub use crate::charsets::CharSets;

/// The strings one after another, in one allocation of the right size (a `format!` of
/// strings only grows its string as it writes).
pub fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// A Chinese numeral (`十二`, `一百零五`, `两千`, `三点五`) as a number.
pub fn chinese_number(s: &str) -> Option<f64> {
    let (int_part, frac_part) = match s.split_once('点') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let digit = |c: char| -> Option<u64> {
        Some(match c {
            '零' | '〇' => 0,
            '一' | '壹' => 1,
            '二' | '两' | '贰' => 2,
            '三' | '叁' => 3,
            '四' | '肆' => 4,
            '五' | '伍' => 5,
            '六' | '陆' => 6,
            '七' | '柒' => 7,
            '八' | '捌' => 8,
            '九' | '玖' => 9,
            _ => return None,
        })
    };
    if int_part.is_empty() {
        return None;
    }
    let (mut total, mut section, mut current) = (0u64, 0u64, 0u64);
    for c in int_part.chars() {
        if let Some(d) = digit(c) {
            current = d;
            continue;
        }
        let mul = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            '万' => 10_000,
            '亿' => 100_000_000,
            _ => return None,
        };
        if mul >= 10_000 {
            section = (section + current) * mul;
            total = total.checked_add(section)?;
            section = 0;
        } else {
            let c = if current == 0 && mul == 10 {
                1
            } else {
                current
            };
            section += c * mul;
        }
        current = 0;
    }
    let mut value = (total + section + current) as f64;
    if let Some(frac) = frac_part {
        let mut scale = 0.1;
        for c in frac.chars() {
            value += digit(c)? as f64 * scale;
            scale /= 10.0;
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_half_width_mark_ends_a_stretch_but_a_figures_thousands_do_not() {
        let text = "一要抓项目,二要抓招商;投资1,000万元的项目开工";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let s = super::bounded_stretch(text, &(at("抓招商")..at("抓招商")), 100, "，；");
        assert_eq!(&text[s], "二要抓招商");
        let s = super::bounded_stretch(text, &(at("万元")..at("万元")), 100, "，；");
        assert_eq!(&text[s], "投资1,000万元的项目开工");
    }

    use super::*;

    const MIXED: &str = "第xx条\r\n💛x亿元[具体项目]";

    #[test]
    fn utf16_round_trip_on_every_boundary() {
        for (b, _) in MIXED.char_indices().chain([(MIXED.len(), ' ')]) {
            let u = byte_to_utf16(MIXED, b);
            assert_eq!(utf16_to_byte(MIXED, u), b, "byte {b}");
        }
        // the emoji is two units, a CJK char one, \r\n two
        let x2 = MIXED.rfind('x').unwrap();
        assert_eq!(byte_to_utf16(MIXED, x2), 4 + 2 + 2);
        assert_eq!(utf16_to_byte(MIXED, 7), MIXED.find('💛').unwrap());
        assert_eq!(utf16_to_byte(MIXED, 1000), MIXED.len());
    }

    /// Long texts of one-, two-, three- and four-byte chars in every alignment, for the
    /// eight-bytes-a-step walks.
    fn long_texts() -> Vec<String> {
        let parts = ["a", "é", "项", "💛", "x个", "\r\n", "。"];
        (0..40)
            .map(|seed: usize| {
                (0..60)
                    .map(|i| parts[(i * 7 + seed * 3 + i / 5) % parts.len()])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn utf16_to_byte_by_words_is_by_chars() {
        for t in long_texts() {
            let mut units = 0;
            for (b, c) in t.char_indices() {
                assert_eq!(utf16_to_byte(&t, units), b, "{t:?} at {units}");
                if c.len_utf16() == 2 {
                    // inside the pair: clamped to its start
                    assert_eq!(utf16_to_byte(&t, units + 1), b, "{t:?}");
                }
                units += c.len_utf16();
            }
            assert_eq!(utf16_to_byte(&t, units), t.len());
            assert_eq!(utf16_to_byte(&t, units + 9), t.len());
        }
    }

    #[test]
    fn common_prefix_and_suffix_by_words_are_by_bytes() {
        let texts = long_texts();
        for a in &texts {
            for b in &texts {
                let (x, y) = (a.as_bytes(), b.as_bytes());
                let prefix = x.iter().zip(y).take_while(|(p, q)| p == q).count();
                let suffix = x
                    .iter()
                    .rev()
                    .zip(y.iter().rev())
                    .take_while(|(p, q)| p == q)
                    .count();
                assert_eq!(common_prefix(x, y), prefix);
                assert_eq!(common_suffix(x, y), suffix);
                assert_eq!(same(a, b), a == b);
                // and with one byte changed anywhere (an edit in every place of a word)
                for at in 0..x.len() {
                    let mut z = x.to_vec();
                    z[at] ^= 0x20;
                    assert_eq!(common_prefix(x, &z), at);
                    assert_eq!(common_suffix(x, &z), x.len() - 1 - at);
                }
            }
        }
    }

    #[test]
    fn edits_apply_from_the_end() {
        let mut edits = vec![
            (
                MIXED.rfind('x').unwrap()..MIXED.rfind('x').unwrap() + 1,
                "12.5".to_string(),
            ),
            (
                MIXED.find("xx").unwrap()..MIXED.find("xx").unwrap() + 2,
                "3".to_string(),
            ),
        ];
        assert_eq!(
            apply_edits(MIXED, &mut edits),
            "第3条\r\n💛12.5亿元[具体项目]"
        );
        // overlapping edits are skipped, not applied twice
        let mut bad = vec![(0..6, "a".to_string()), (3..7, "b".to_string())];
        assert_eq!(apply_edits("abcdefgh", &mut bad), "agh");
    }

    #[test]
    fn counts_and_finds_chars_as_the_char_iterators_do() {
        let texts = [
            MIXED,
            "一\u{3000}二\u{a0}三\u{2003}四\u{85}五 \t六\r\n七。“八”，ａ×○\u{1680}九\u{205f}",
            "",
            "abc 个项家%亿万，个\n",
        ];
        let set = ['个', '%', '，', '\n', '“', '×', '九', '💛'];
        for t in texts {
            let slow = t.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(count_chars(t), slow, "{t:?}");
            let slow: Vec<(usize, char)> =
                t.char_indices().filter(|(_, c)| set.contains(c)).collect();
            assert_eq!(find_chars(t, &set).collect::<Vec<_>>(), slow, "{t:?}");
        }
    }

    #[test]
    fn count_chars_is_the_char_count_on_every_char() {
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let slow = all.chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(count_chars(&all), slow);
        for c in all.chars().filter(|c| c.is_whitespace()) {
            let t = format!("甲{c}乙{c}");
            assert_eq!(count_chars(&t), 2, "{c:?}");
        }
    }

    #[test]
    fn classes() {
        assert!(is_cjk('县'));
        assert!(!is_cjk('x'));
        assert!(is_latin_letter('ū'));
        assert!(is_latin_letter('ǚ'));
        assert!(!is_latin_letter('×'));
        assert!(is_digit('９'));
    }
}
