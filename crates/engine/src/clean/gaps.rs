//! The spaces inside a line that are not the text's own: a word split by the page
//! (`园区发展的强 大生命力`), a word spaced out char by char (`江 津 区`), the space a quote
//! got inside it (`“ 通道`), and the wraps of the page a viewer flattened (`向付出了辛 勤劳动的`).

use crate::text::is_cjk;

/// The spaces that split a word inside a clause (`是“好风凭借力”的崭 新起点，`, `园区发展的强 大生命力。`):
/// one space between Chinese characters (or before an opening quote) in a clause that a clause's mark opens and one closes,
/// with no other space in it and outside quotes and brackets. A space in a line's first clause
/// (`一、看进度 从观摩情况看`, a headline's two halves), between a list's names after a colon or inside a
/// quote (`以“扩大开放 推动发展”为主题`) is the text's own.
pub(super) fn word_gaps(s: &str) -> Vec<usize> {
    const MARKS: &str = "，、；：。！？,;:!?";
    let cjk = |c: Option<char>| c.is_some_and(is_cjk);
    let mut out = Vec::new();
    // (a numbered line's first sentence is a heading, its halves apart: `一、看进度，有喜也有忧
    // 从观摩情况看，…`)
    let heading = crate::parse::numbering_at(s.trim_start(), 0).is_some();
    for (k, c) in s.char_indices() {
        // (or before a quote that opens inside the clause: `深入实施 “面向…”战略`)
        let after = (c == ' ').then(|| s[k + 1..].chars().next()).flatten();
        let opens = after.is_some_and(|c| "“‘《".contains(c));
        if !cjk(s[..k].chars().next_back())
            || !(cjk(after) || opens)
            || (heading && !s[..k].contains(['。', '！', '？']))
        {
            continue;
        }
        // the clause's start and end, each within 40 chars, with nothing but words and
        // whole quotes between
        let left = s[..k]
            .char_indices()
            .rev()
            .take(40)
            .find(|&(_, c)| !is_cjk(c) && !"“”‘’《》".contains(c));
        let right = s[k + 1..]
            .chars()
            .take(40)
            .find(|&c| !is_cjk(c) && !"“”‘’《》".contains(c));
        let (Some((l, lc)), Some(rc)) = (left, right) else {
            continue;
        };
        // (a numbered heading's mark, `一、`, opens no sentence)
        let numbered = lc == '、'
            && s[..l]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit() || "一二三四五六七八九十".contains(p));
        let before = &s[l + lc.len_utf8()..k];
        let open_quotes =
            before.matches(['“', '‘', '《']).count() != before.matches(['”', '’', '》']).count();
        // (after a colon a list may follow, its names apart: `出席的有：李某 王某等`)
        let list = matches!(lc, '：' | ':');
        if MARKS.contains(lc) && MARKS.contains(rc) && !numbered && !open_quotes && !list {
            out.push(k);
        }
    }
    out
}

/// The spaces of a line that are the wraps of the page it came from (a PDF or a viewer's text
/// flattened: `向付出了辛 勤劳动的`, `大楼的兴 建时刻`), as byte offsets in order: spaces that
/// recur at the page's line width, in chars (within 2: half-width figures are narrower), with
/// at least three of them, and a Chinese character on each side. A space that stands alone
/// (`…致辞 各位领导`, `一、看进度 从观摩情况看`) is the text's own.
pub(super) fn wrap_spaces(s: &str) -> Vec<usize> {
    let spaces: Vec<(usize, usize)> = s
        .char_indices()
        .enumerate()
        .filter(|(_, (_, c))| *c == ' ')
        .map(|(n, (k, _))| (n, k))
        .collect();
    if spaces.len() < 4 {
        return Vec::new();
    }
    // a space within 2 chars of `at`
    let near = |at: usize| {
        let i = spaces.partition_point(|&(m, _)| m + 2 < at);
        spaces.get(i).is_some_and(|&(m, _)| m <= at + 2)
    };
    // for each width, the spaces with a partner a width on (within 2): each space's following
    // spaces up to 82 chars on mark the widths they make (one pass, not a search per width)
    const WIDTHS: std::ops::RangeInclusive<usize> = 12..=80;
    let mut count = [0usize; 81];
    for (i, &(n, _)) in spaces.iter().enumerate() {
        let mut widths = 0u128;
        for &(m, _) in spaces[i + 1..].iter().take_while(|&&(m, _)| m <= n + 82) {
            let d = m - n;
            for w in d.saturating_sub(2)..=d + 2 {
                if WIDTHS.contains(&w) {
                    widths |= 1 << w;
                }
            }
        }
        while widths != 0 {
            let w = widths.trailing_zeros() as usize;
            count[w] += 1;
            widths &= widths - 1;
        }
    }
    let Some((width, hits)) = WIDTHS
        .map(|w| (w, count[w]))
        .max_by_key(|&(w, hits)| (hits, std::cmp::Reverse(w)))
    else {
        return Vec::new();
    };
    if hits < 3 {
        return Vec::new();
    }
    let cjk_around = |k: usize| {
        s[..k].chars().next_back().is_some_and(is_cjk)
            && s[k + 1..].chars().next().is_some_and(is_cjk)
    };
    spaces
        .iter()
        .filter(|&&(n, k)| (near(n + width) || (n >= width && near(n - width))) && cjk_around(k))
        .map(|&(_, k)| k)
        .collect()
}

/// The spaces of a word spaced out char by char (`重庆市江 津 区人民政府`): a chain of single
/// Chinese characters, each between single spaces, at least two spaces long. Spaces between
/// longer words (`李明 王刚`) are left to [`word_gaps`].
pub(super) fn spaced_chars(s: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let cjk = |n: usize| chars.get(n).is_some_and(|&(_, c)| is_cjk(c));
    let space = |n: usize| chars.get(n).is_some_and(|&(_, c)| c == ' ');
    let mut out = Vec::new();
    for (n, &(k, c)) in chars.iter().enumerate() {
        if c != ' ' || n == 0 || !cjk(n - 1) || !cjk(n + 1) {
            continue;
        }
        // a single char after it, then another space and a char; or one before it, after a space
        let single_after = space(n + 2) && cjk(n + 3);
        let single_before = n >= 3 && space(n - 2) && cjk(n - 3);
        if single_after || single_before {
            out.push(k);
        }
    }
    out
}

/// The spaces a quote got inside its marks or glued after it within a sentence: after an
/// opening quote (`“ 通道`), before a closing one (`产业 ”`), and between a closing quote and
/// the words that go on with its clause (`产业” 的重大使命。`: a clause's mark later on the line,
/// no other space before it).
pub(super) fn quote_spaces(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, c) in s.char_indices() {
        if c != ' ' {
            continue;
        }
        let prev = s[..k].chars().next_back();
        let rest = &s[k + 1..];
        let next = rest.chars().next();
        let opened = prev.is_some_and(|p| "“‘《".contains(p)) && next.is_some_and(|n| n != ' ');
        let closes = prev.is_some_and(is_cjk) && next.is_some_and(|n| "”’》".contains(n));
        // (looked for within a clause's reach: a line of quotes and no mark stays linear)
        let near = &rest[..crate::text::floor_char_boundary(rest, 240)];
        let goes_on = prev.is_some_and(|p| "”’》".contains(p))
            && next.is_some_and(is_cjk)
            && near
                .find(['，', '。', '；', '！', '？'])
                .is_some_and(|m| !near[..m].contains(' '));
        if opened || closes || goes_on {
            out.push(k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap_spaces;

    /// The width found by a search per width, as it was first written (the pass above counts
    /// the same partners in one walk).
    fn by_search(s: &str) -> Vec<usize> {
        let spaces: Vec<(usize, usize)> = s
            .char_indices()
            .enumerate()
            .filter(|(_, (_, c))| *c == ' ')
            .map(|(n, (k, _))| (n, k))
            .collect();
        if spaces.len() < 4 {
            return Vec::new();
        }
        let near = |at: usize| {
            let i = spaces.partition_point(|&(m, _)| m + 2 < at);
            spaces.get(i).is_some_and(|&(m, _)| m <= at + 2)
        };
        let Some((width, hits)) = (12..=80)
            .map(|w| (w, spaces.iter().filter(|&&(n, _)| near(n + w)).count()))
            .max_by_key(|&(w, hits)| (hits, std::cmp::Reverse(w)))
        else {
            return Vec::new();
        };
        if hits < 3 {
            return Vec::new();
        }
        let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        spaces
            .iter()
            .filter(|&&(n, k)| {
                (near(n + width) || (n >= width && near(n - width)))
                    && s[..k].chars().next_back().is_some_and(cjk)
                    && s[k + 1..].chars().next().is_some_and(cjk)
            })
            .map(|&(_, k)| k)
            .collect()
    }

    #[test]
    fn one_walk_finds_what_a_search_per_width_finds() {
        // lines of Chinese with spaces at wraps of several widths, jittered, and spaces of the
        // text's own, from a small deterministic generator
        let mut seed = 0x2545_f491_u64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for _ in 0..300 {
            let width = 12 + next(70) as usize;
            let len = 20 + next(600) as usize;
            let mut s = String::new();
            for n in 0..len {
                let wrap = n % width == width - 1 && next(5) > 0;
                if wrap || next(40) == 0 {
                    s.push(' ');
                } else if next(30) == 0 {
                    s.push('1');
                } else {
                    s.push(char::from_u32(0x4e00 + next(2000) as u32).unwrap_or('中'));
                }
            }
            assert_eq!(wrap_spaces(&s), by_search(&s), "{s}");
        }
    }
}
