//! A page's markup pasted with its text (`<p class="…">`, `<span style="…">…</span>`, `<br/>`):
//! the tags of HTML's own elements are the page's code, never the speech's, wherever they stand,
//! even inside a word. Only a tag of an element HTML defines counts (`<政府工作报告>` written
//! with ASCII brackets is a title, `<5%` a comparison).

use super::repair::{shorten, Repair, RepairKind};
use crate::text::Span;

/// HTML's elements that text is written in or around (the WHATWG list's text-level, grouping,
/// sectioning, table, embedded and document ones).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "col",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "ins",
    "label",
    "li",
    "link",
    "main",
    "mark",
    "meta",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "section",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "u",
    "ul",
    "video",
    "wbr",
];

/// The length of the HTML tag `s` starts with, if it does: `<name …>`, `</name>` or `<name/>`,
/// its attributes on the same line and shorter than 400 bytes.
pub(super) fn tag_at(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('<')?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let name = rest[..name_len].to_ascii_lowercase();
    if !ELEMENTS.contains(&name.as_str()) {
        return None;
    }
    let after = &rest[name_len..];
    let end = if after.starts_with('>') {
        0
    } else if after.starts_with("/>") {
        1
    } else if after.starts_with([' ', '\t']) {
        let k = after.find(['>', '<', '\n'])?;
        if !after[k..].starts_with('>') || k > 400 {
            return None;
        }
        k
    } else {
        return None;
    };
    Some(s.len() - after.len() + end + 1)
}

/// The repair of what the line's first pass took out at `g`: a tag of the page's markup, or a
/// pinyin reading.
pub(super) fn taken_out(line: &str, g: Span, base: usize) -> Repair {
    let text = &line[g.clone()];
    let tag = text.starts_with('<');
    Repair {
        rule: if tag {
            RepairKind::SiteJunk
        } else {
            RepairKind::Pinyin
        },
        span: base + g.start..base + g.end,
        before: text.to_string(),
        after: String::new(),
        message: if tag {
            format!("删除网页代码“{}”", shorten(text))
        } else {
            format!("删除拼音注音“{text}”")
        },
    }
}

#[cfg(test)]
mod tests {
    use super::tag_at;

    #[test]
    fn a_tag_of_html_is_taken_whole_and_nothing_else_is() {
        assert_eq!(tag_at("<p class=\"ql-block\">会议"), Some(20));
        assert_eq!(tag_at("</span>察"), Some(7));
        assert_eq!(tag_at("<br/>下"), Some(5));
        assert_eq!(tag_at("<SPAN style=\"x\">"), Some(16));
        // not a tag: a title in ASCII brackets, a comparison, an unknown name, an open end
        assert_eq!(tag_at("<政府工作报告>"), None);
        assert_eq!(tag_at("<5%的项目"), None);
        assert_eq!(tag_at("<project>"), None);
        assert_eq!(tag_at("<p class=\"x\" 下一行"), None);
    }
}
