//! The signs of a site in one span of a page, by its shape: emoji, timestamps, counters,
//! URLs and leaked markup (the junk judge of `junk.rs` weighs them).

use crate::text::is_cjk;

pub(super) fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF)
}

/// `2024-03-18`, `2023-6-12`, `09:41:27`, `06-12` at the end: a timestamp.
pub(super) fn has_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_at =
        |i: usize| -> usize { b[i..].iter().take_while(|c| c.is_ascii_digit()).count() };
    let mut i = 0;
    while i < b.len() {
        let d = digits_at(i);
        if d == 0 {
            i += 1;
            continue;
        }
        let j = i + d;
        if j < b.len() && (b[j] == b'-' || b[j] == b':') {
            let d2 = digits_at(j + 1);
            if (1..=2).contains(&d2) && (d == 4 || d <= 2) {
                return true;
            }
        }
        i = j;
    }
    false
}

/// `阅读：3156次`, `999+`, `18.6KB`, `已阅读3页`: a counter of a page.
pub(super) fn has_counter(s: &str) -> bool {
    // a counter has ASCII letters or digits (most spans of a page have none)
    if !s.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    ["kb", "mb", "999+"].iter().any(|u| lower.contains(u))
        || (s.chars().any(|c| c.is_ascii_digit())
            && [
                "次",
                "人阅读",
                "人浏览",
                "页",
                "字]",
                "字】",
                "金币",
                "积分",
            ]
            .iter()
            .any(|w| s.contains(w))
            && s.chars().filter(|&c| is_cjk(c)).count() < 12)
}

pub(super) fn has_url(s: &str) -> bool {
    if !s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let l = s.to_ascii_lowercase();
    l.contains("http")
        || l.contains("www.")
        || [".com", ".cn", ".net", ".org", ".example"]
            .iter()
            .any(|d| l.contains(d))
}

/// Markup leaked into the text: CSS rules, tag fragments, entities.
pub(super) fn is_markup(s: &str) -> bool {
    let t = s.trim();
    let latin = t.chars().filter(char::is_ascii_alphabetic).count();
    let cjk = t.chars().filter(|&c| is_cjk(c)).count();
    // `{{名称}}` is a placeholder; a CSS rule is Latin words in braces
    ((t.contains('{') || t.contains('}')) && !t.contains("{{") && !t.contains("}}") && latin >= cjk)
        || t.starts_with('@')
        || t.contains("&nbsp")
        || (t.len() <= 4 && t.ends_with('>') && t.is_ascii())
        || [
            "font-",
            "margin",
            "line-height",
            "text-align",
            "background",
            "direction:",
        ]
        .iter()
        .any(|w| t.contains(w))
}
