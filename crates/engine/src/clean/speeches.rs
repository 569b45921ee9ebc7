//! Phase 5, speeches: several speeches in one file (separator lines, a title that comes again),
//! and headings or salutations glued into one long line.

use super::repair::{Cleaned, Repair, RepairKind, Speech};
use crate::text::{is_cjk, is_sentence_end, Span};

const CN_NUM: &str = "一二三四五六七八九十";

/// `重大项目推进讲话稿篇一`, `讲话稿 篇1`, `讲话稿1`, `精编(二)`, `范文3`: the line starts a new speech.
pub(super) fn separator_label(t: &str) -> Option<String> {
    let t = t.trim();
    // each shape below needs one of these chars (most lines of a page have none)
    if t.len() > 160
        || t.chars().count() > 40
        || !t.contains(['篇', '讲', '范', '发', '致', '稿', '词', ')', '）'])
        || t.chars().any(is_sentence_end)
    {
        return None;
    }
    let last: Vec<char> = t.chars().rev().take(4).collect();
    let ends_numbered_pian = t.rfind('篇').is_some_and(|i| {
        !t[i + '篇'.len_utf8()..].is_empty()
            && t[i + '篇'.len_utf8()..]
                .chars()
                .all(|c| CN_NUM.contains(c) || c.is_ascii_digit())
    });
    // (a speech's genre, `…讲话（二）`, and a stage note `（某某讲话）`; after the other nouns of the
    // genre, any text that ends in 稿 and a host's or a guest's 词, a number)
    let genre = ["讲话", "范文", "发言", "致辞"];
    let nouns = [
        "稿",
        "主持词",
        "开幕词",
        "闭幕词",
        "欢迎词",
        "答谢词",
        "贺词",
        "致词",
    ];
    let ends_digit_after_word = genre.iter().chain(&nouns).any(|w| {
        t.rfind(w).is_some_and(|i| {
            let rest = &t[i + w.len()..];
            !rest.is_empty()
                && (genre.contains(w)
                    || rest
                        .chars()
                        .any(|c| c.is_ascii_digit() || CN_NUM.contains(c)))
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || "（）()一二三四五六七八九十".contains(c))
        })
    });
    let paren_num = matches!(last.first(), Some(')' | '）'))
        && last.get(1).is_some_and(|c| CN_NUM.contains(*c))
        && matches!(last.get(2), Some('(' | '（'));
    (ends_numbered_pian || ends_digit_after_word || paren_num).then(|| t.to_string())
}

/// A speech title glued into running text: `…意义重大。在全区…讲话精编(二)在当前…`.
/// Returns the byte range of the glued title inside the line.
pub(super) fn glued_title(line: &str) -> Option<Span> {
    for w in ["讲话精编", "讲话稿", "讲话"] {
        let mut from = 0;
        while let Some(k) = line[from..].find(w) {
            let at = from + k;
            let after = &line[at + w.len()..];
            let num_len = [
                "(二)",
                "（二）",
                "(三)",
                "（三）",
                "(四)",
                "（四）",
                "(五)",
                "（五）",
            ]
            .iter()
            .find(|p| after.starts_with(*p))
            .map(|p| p.len());
            if let Some(nl) = num_len {
                // the title starts after the last sentence end before it
                let start = line[..at]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| is_sentence_end(c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let end = at + w.len() + nl;
                if start > 0 && at - start < 90 {
                    return Some(start..end);
                }
            }
            from = at + w.len();
        }
    }
    None
}

/// A speech title run into the text that follows it, at the start of a paragraph
/// (`在…会上的讲话今天是…`, `在奠基仪式上的讲话各位领导、…：`): where the title ends. Taken
/// only where a title stands, not inside the text: before a salutation, at the top of the page
/// (`first`), or under the same title said once already (`prev`); and only before a run of
/// prose, so a sentence that names a speech (`…的讲话，我完全同意`) is never cut.
pub(super) fn leading_title(part: &str, first: bool, prev: Option<&str>) -> Option<usize> {
    const WORDS: [&str; 7] = [
        "讲话提纲",
        "讲话稿",
        "讲话",
        "致辞",
        "主持词",
        "发言稿",
        "发言",
    ];
    for (n, (i, _)) in part.char_indices().enumerate().take(48) {
        if n < 6 {
            continue;
        }
        let Some(w) = WORDS.iter().find(|w| part[i..].starts_with(*w)) else {
            continue;
        };
        let k = i + w.len();
        let (title, rest) = (&part[..k], &part[k..]);
        if title.contains(|c: char| "，。！？；：,;:!?".contains(c))
            || !crate::title::is_speech_title(title)
        {
            return None;
        }
        // the text goes on in sentences of its own, at least a clause long
        let prose = rest.chars().next().is_some_and(|c| is_cjk(c) || c == '“')
            && rest.chars().filter(|&c| is_cjk(c)).count() >= 20
            && rest.contains(|c: char| "，。！？；：".contains(c));
        // or a salutation alone after the title and the site's spaces (`…致辞   各位领导、各位
        //来宾：`; a space before a salutation that the text goes on after is the text's own)
        let spaced = rest.trim_start();
        let prose = prose
            || (spaced.len() < rest.len()
                && super::talk::opens_speech(spaced)
                && spaced.trim_end().ends_with(['：', ':']));
        let rest = if prose && !spaced.is_empty() && spaced.len() < rest.len() {
            spaced
        } else {
            rest
        };
        if !prose {
            continue;
        }
        let salutation = super::talk::opens_speech(rest)
            && rest
                .find('：')
                .is_some_and(|c| rest[..c].chars().count() <= 30);
        let same = prev.is_some_and(|p| {
            let p = p.trim();
            p.chars().count() >= 8 && (title.contains(p) || p.contains(title))
        });
        if salutation || first || same {
            return Some(k);
        }
    }
    None
}

/// In a line over 300 characters, put a break before `一、`/`（一）` that follows a sentence
/// end, and around a salutation glued to a title (`…讲话精编同志们：今天…`).
pub(super) fn split_glued(text: &str, at: usize, repairs: &mut Vec<Repair>) -> String {
    if text.chars().count() < 300 {
        return text.to_string();
    }
    let mut breaks: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let rest = &text[i..];
        let heading = matches!(prev, Some('。' | '！' | '；'))
            && crate::parse::numbering_at(rest, 0).is_some_and(|n| {
                matches!(
                    n.style,
                    crate::parse::NumStyle::ChineseDun | crate::parse::NumStyle::ChineseParen
                )
            });
        if heading {
            breaks.push(i);
            if let Some(k) = heading_end(rest) {
                breaks.push(i + k);
            }
        }
        let glued_salutation = i > 0
            && rest.starts_with("同志们：")
            // (fewer than 80 chars before it: counted up to 80, not over the whole text)
            && text[..i].chars().nth(79).is_none()
            && !matches!(prev, Some('，' | '。' | '：' | '！'));
        if glued_salutation {
            breaks.push(i);
            breaks.push(i + "同志们：".len());
        }
        prev = Some(c);
    }
    if breaks.is_empty() {
        return text.to_string();
    }
    repairs.push(Repair {
        rule: RepairKind::LineBreak,
        span: at..at,
        before: String::new(),
        after: String::new(),
        message: format!("长段落里粘连的标题和称谓分出 {} 段", breaks.len()),
    });
    let mut out = String::with_capacity(text.len() + breaks.len() * 2);
    let mut pos = 0;
    for b in breaks {
        out.push_str(&text[pos..b]);
        out.push_str("\n\n");
        pos = b;
    }
    out.push_str(&text[pos..]);
    out
}

/// Words a paragraph of a speech often opens with: where a heading glued to its text ends
/// (`一、正视问题，增强紧迫感今年以来，…`).
const OPENERS: &[&str] = &[
    "今年以来",
    "近年来",
    "近几年来",
    "近几年",
    "一年来",
    "当前",
    "目前",
    "去年",
    "实践证明",
    "实践表明",
    "事实证明",
    "总的来看",
    "总体来看",
    "从",
    "过去",
    "我们",
];

/// Byte offset in `rest` (which starts with a numbered heading) where the heading's own words
/// end and the paragraph starts: an opener word after 6–30 characters without a sentence end.
pub(super) fn heading_end(rest: &str) -> Option<usize> {
    for (n, (k, c)) in rest.char_indices().enumerate().take(34) {
        if is_sentence_end(c) {
            return None;
        }
        if n >= 6 && OPENERS.iter().any(|o| rest[k..].starts_with(o)) {
            let prev = rest[..k].chars().next_back();
            if prev.is_some_and(|p| is_cjk(p) && !"在从是的和与".contains(p)) {
                return Some(k);
            }
        }
    }
    None
}

pub(super) fn ends_paragraph(s: &str) -> bool {
    s.trim_end().chars().next_back().is_none_or(|c| {
        is_sentence_end(c) || matches!(c, '：' | ':' | '”' | '）' | ')' | '】' | '…' | '！')
    })
}

/// Split points of several speeches: separator lines, or titles that come again after a
/// salutation has been seen.
pub fn find_speeches(text: &str) -> Vec<Speech> {
    let mut starts: Vec<(usize, String)> = Vec::new();
    let mut pos = 0;
    let mut seen_salutation = false;
    for line in text.split('\n') {
        let t = line.trim();
        if let Some(label) = separator_label(t) {
            starts.push((pos, label));
            seen_salutation = false;
        } else if t.starts_with("同志们") || t.starts_with("各位") {
            seen_salutation = true;
        } else if seen_salutation
            && t.chars().count() <= 40
            && !t.chars().any(is_sentence_end)
            && (t.contains("讲话") || t.contains("致辞"))
            && !starts_numbered(t)
        {
            starts.push((pos, t.to_string()));
            seen_salutation = false;
        }
        pos += line.len() + 1;
    }
    // the first speech often has no separator of its own: its title is the file's first line
    if let Some(&(first, _)) = starts.first() {
        let before = &text[..first];
        if first > 0 && before.lines().any(|l| l.trim_start().starts_with("同志们")) {
            let title = before
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            starts.insert(0, (0, title));
        }
    }
    if starts.len() < 2 {
        return if text.trim().is_empty() {
            Vec::new()
        } else {
            let title = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            vec![Speech {
                title,
                range: 0..text.len(),
            }]
        };
    }
    let mut out = Vec::new();
    for (k, (start, title)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |s| s.0);
        out.push(Speech {
            title: title.clone(),
            range: *start..end.min(text.len()),
        });
    }
    out
}

/// The text of one speech, with the file's title kept when the speech has none of its own.
pub fn speech_text(cleaned: &Cleaned, index: usize) -> String {
    match cleaned.speeches.get(index) {
        Some(s) => {
            cleaned
                .text
                .get(s.range.clone())
                .unwrap_or("")
                .trim()
                .to_string()
                + "\n"
        }
        None => cleaned.text.clone(),
    }
}

/// A line that opens with list numbering (`一、`, `（二）`, `3.`).
pub(super) fn starts_numbered(t: &str) -> bool {
    crate::parse::numbering_at(t.trim_start(), 0).is_some()
}
