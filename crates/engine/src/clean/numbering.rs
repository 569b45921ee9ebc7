//! A site that numbers every paragraph of a page (`1、各位同志们：`, `2、今天，…`): a speech never
//! numbers its salutation, so a numbered salutation shows the numbers are the site's, and they
//! go from it and from each paragraph after it that carries the next number.

use crate::text::Span;

/// The number opening `line` and where its text starts: `12、`, `3.`, `3．` (spaces around).
fn number_at(line: &str) -> Option<(u32, usize)> {
    let lead = line.len() - line.trim_start().len();
    let t = &line[lead..];
    let d = t.bytes().take_while(u8::is_ascii_digit).count();
    let mark = t[d..]
        .chars()
        .next()
        .filter(|c| matches!(c, '、' | '.' | '．'))?;
    let n = t[..d].parse().ok()?;
    let end = lead + d + mark.len_utf8();
    Some((n, end + line[end..].len() - line[end..].trim_start().len()))
}

/// The site's paragraph numbers of the page: (line, span of the number) for a numbered
/// salutation and the run of consecutively numbered paragraphs after it (blank lines between
/// them skipped). `salutation` tells a salutation.
pub(super) fn site_numbers(
    lines: &[&str],
    salutation: impl Fn(&str) -> bool,
) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    let Some((start, (first, _))) = lines.iter().enumerate().find_map(|(li, l)| {
        number_at(l)
            .filter(|&(_, e)| salutation(&l[e..]))
            .map(|n| (li, n))
    }) else {
        return out;
    };
    let mut next = first;
    for (li, line) in lines.iter().enumerate().skip(start) {
        if line.trim().is_empty() {
            continue;
        }
        match number_at(line) {
            Some((n, end)) if n == next => {
                out.push((li, 0..end));
                next += 1;
            }
            _ => break,
        }
    }
    // a salutation and one more numbered line may be the speech's own list
    if out.len() < 3 {
        out.clear();
    }
    out
}
