//! Whether the words of a line come again elsewhere on the page, in time linear in the page:
//! every window of 12 non-space chars of the page is counted once, and a line's own windows
//! (and those that would straddle the gap it leaves) are corrected for at each question.

use super::spans::{is_end, is_separator};
use crate::lexicon::JUNK_LABELS;
use crate::text::is_cjk;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const W: usize = 12;
// a window packs into four words of three chars before it is hashed
const _: () = assert!(W <= 12);

/// A window of `W` chars as a 64-bit fingerprint: its chars packed three to a word (a char has
/// 21 bits), each word mixed in, then murmur3's finaliser. The page's table holds a fingerprint
/// and a count, 16 bytes a window: a 2 MB page has two million windows, and the table of the
/// windows themselves (48, then 32 bytes a key) was tens of megabytes read at random, a cache
/// miss per probe. Two different windows share a fingerprint with a chance of about n²/2⁶⁵
/// (10⁻⁷ for two million windows), and the answer counts more than half of a line's windows.
fn window(s: &[char]) -> u64 {
    let mut h: u64 = 0;
    for three in s[..W].chunks(3) {
        let w = three
            .iter()
            .enumerate()
            .fold(0u64, |w, (k, c)| w | u64::from(*c as u32) << (21 * k));
        h = (h.rotate_left(29) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The fingerprints are hashes already: the table takes them as they are.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Counts<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// The page's non-space chars, where each line's start among them, and how often the windows
/// of 12 that were asked about occur in it.
pub(super) struct PageWindows {
    chars: Vec<char>,
    starts: Vec<usize>,
    counts: Counts<u32>,
    /// every window's count, made only if a window not asked about is looked up
    all: OnceCell<Counts<u32>>,
}

/// The windows of `text` a question looks up: its non-space chars' windows, every sixth.
fn asked(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.len() < 24 {
        return Vec::new();
    }
    (0..chars.len() - W)
        .step_by(6)
        .map(|k| window(&chars[k..]))
        .collect()
}

impl PageWindows {
    /// The page of `lines`, ready for [`PageWindows::repeats_elsewhere`] of the texts `wanted`.
    /// Only their windows are counted, in one pass over the page: the table of every window of
    /// a 2 MB page (two million of them, 64 MB of slots read at random) cost more than the
    /// rest of the clean.
    pub(super) fn new<'t>(lines: &[&str], wanted: impl IntoIterator<Item = &'t str>) -> Self {
        let mut chars = Vec::new();
        let mut starts = Vec::with_capacity(lines.len() + 1);
        for l in lines {
            starts.push(chars.len());
            chars.extend(l.chars().filter(|c| !c.is_whitespace()));
        }
        starts.push(chars.len());
        let mut counts = Counts::default();
        for t in wanted {
            for w in asked(t) {
                counts.insert(w, 0);
            }
        }
        if !counts.is_empty() {
            for s in chars.windows(W) {
                if let Some(n) = counts.get_mut(&window(s)) {
                    *n += 1;
                }
            }
        }
        PageWindows {
            chars,
            starts,
            counts,
            all: OnceCell::new(),
        }
    }

    /// How often window `w` occurs in the page.
    fn count(&self, w: u64) -> u32 {
        match self.counts.get(&w) {
            Some(&n) => n,
            None => {
                let all = self.all.get_or_init(|| {
                    let mut all =
                        Counts::with_capacity_and_hasher(self.chars.len(), Default::default());
                    for s in self.chars.windows(W) {
                        *all.entry(window(s)).or_insert(0) += 1;
                    }
                    all
                });
                all.get(&w).copied().unwrap_or(0)
            }
        }
    }

    /// Whether most of `text` (a line of the page, or its part after a label) comes again,
    /// word for word, in the page without line `li`: the same answer as searching each
    /// window in the other lines joined without spaces.
    pub(super) fn repeats_elsewhere(&self, li: usize, text: &str) -> bool {
        let windows = asked(text);
        if windows.is_empty() {
            return false;
        }
        let (s, e) = (self.starts[li], self.starts[li + 1]);
        let lo = s.saturating_sub(W - 1);
        let hi = (e + W - 1).min(self.chars.len());
        // windows of the page that touch line li are not in the rest
        let mut adj = Counts::<i32>::default();
        if self.chars.len() >= W {
            for p in lo..e.min(self.chars.len() + 1 - W) {
                *adj.entry(window(&self.chars[p..])).or_insert(0) -= 1;
            }
        }
        // windows across the join of the lines around it are
        let joined: Vec<char> = self.chars[lo..s]
            .iter()
            .chain(&self.chars[e..hi])
            .copied()
            .collect();
        for j in joined.windows(W) {
            *adj.entry(window(j)).or_insert(0) += 1;
        }
        let found = windows
            .iter()
            .filter(|w| {
                i64::from(self.count(**w)) + i64::from(adj.get(*w).copied().unwrap_or(0)) > 0
            })
            .count();
        windows.len() >= 2 && found * 2 >= windows.len()
    }
}

/// Whether line `li` may be a site's preview of the text: a long line cut mid-sentence, above
/// the speech's own salutation (`…特别是新开工项目偏少，必须引起我们` above the full text). It
/// is one if its words come again below ([`repeats`] asks the page).
fn may_be_preview(line: &str, li: usize, sal: (Option<usize>, Option<usize>), top: bool) -> bool {
    // a salutation above it, or none below; on a page whose salutation has no line of its own
    // (it opens a paragraph), a line among the page's first few
    let unsaluted = sal.0.is_none() && top;
    if !unsaluted && (sal.0.is_some_and(|f| f < li) || sal.1.is_none_or(|l| l <= li)) {
        return false;
    }
    let line = line.trim();
    let open = !line
        .chars()
        .next_back()
        .is_some_and(|c| is_end(c) || matches!(c, '”' | '）' | ')' | '…' | '】'));
    // (and prose, cut: a clause mark inside; a news headline has none, and its lead may well
    // say it again below)
    open && line.chars().count() >= 40 && line.contains(['，', '。', '；', ',', ';'])
}

/// The labels a page puts before the title it shows again (`标题：…`): a label like 摘要's.
const TITLE_LABELS: &[&str] = &["文章标题", "标题"];

/// What the page's repeats decide: the lines a site's label leads (摘要：, 内容预览：, 文档简介)
/// that repeat the text, with the label alone on its line and the line it labels
/// (`labelled`), and the previews above the salutation (`preview`). The questions are
/// gathered first and answered together: the page's windows are counted once, only those
/// asked about.
pub(super) fn repeats(
    lines: &[&str],
    simple: &[String],
    sal: (Option<usize>, Option<usize>),
) -> (Vec<bool>, Vec<bool>) {
    let mut labelled = vec![false; lines.len()];
    // (line, text, whether a repeat makes it labelled, else a preview)
    let mut asked: Vec<(usize, &str, bool)> = Vec::new();
    let mut label_next: Option<usize> = None;
    let mut shown = 0;
    for (li, line) in lines.iter().enumerate() {
        shown += usize::from(!line.trim().is_empty());
        let t = simple[li].trim_start();
        // a label alone on its line labels the next line
        if let Some(l) = JUNK_LABELS
            .iter()
            .chain(TITLE_LABELS)
            .find(|l| t.starts_with(**l))
        {
            let rest =
                t[l.len()..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：'));
            let titled = TITLE_LABELS.contains(l);
            if titled {
                // a title label has its colon and its title on its line (`标题：…`; a line `标题`
                // is a title)
                let title = rest.trim_end_matches(|c: char| is_separator(c));
                let colon = t[l.len()..].trim_start().starts_with([':', '：']);
                let near = (li.saturating_sub(3)..(li + 4).min(lines.len()))
                    .filter(|&k| k != li)
                    .any(|k| simple[k].trim_start().starts_with(title));
                labelled[li] = colon && title.chars().count() >= 4 && near;
            } else if rest.is_empty() {
                labelled[li] = true;
                if let Some(next) = (li + 1..lines.len()).find(|&k| !lines[k].trim().is_empty()) {
                    label_next = Some(next);
                }
            } else {
                asked.push((li, rest, true));
            }
        }
        if label_next == Some(li) {
            asked.push((li, t, true));
        }
        if may_be_preview(line, li, sal, shown <= 5) {
            asked.push((li, simple[li].trim(), false));
        }
    }
    let mut preview = vec![false; lines.len()];
    if !asked.is_empty() {
        // (the page as read: a traditional page's label repeats its text once simplified)
        let read: Vec<&str> = simple.iter().map(String::as_str).collect();
        let page = PageWindows::new(&read, asked.iter().map(|q| q.1));
        for (li, text, label) in asked {
            if page.repeats_elsewhere(li, text) {
                if label {
                    labelled[li] = true;
                } else {
                    preview[li] = true;
                }
            }
        }
    }
    // on a page with no salutation line, the preview and the text repeat each other: a preview
    // is one whose words come again below it (the next lines of the page, read apart)
    if sal.0.is_none() {
        let read: Vec<&str> = simple.iter().map(String::as_str).collect();
        for li in 0..lines.len() {
            if preview[li] {
                let below = &read[li..(li + 60).min(read.len())];
                let text = simple[li].trim();
                preview[li] = PageWindows::new(below, [text]).repeats_elsewhere(0, text);
            }
        }
    }
    (labelled, preview)
}

/// A headline under its column's label (`（专栏）特写：标题`) that the text names again inside a
/// longer line below (`某某社某地电 题：标题`): the title, whatever stands around it. A copy alone
/// on its line (a list of related titles) does not count; only the next lines are looked at.
pub(super) fn headline_named_below(simple: &[String], li: usize, span: &str) -> bool {
    let span = span.trim();
    let key = span.rsplit(['：', ':']).next().unwrap_or("").trim();
    key.len() < span.len()
        && simple.get(li).is_some_and(|l| l.trim() == span)
        && key.chars().filter(|&c| is_cjk(c)).count() >= 6
        && simple.iter().skip(li + 1).take(60).any(|l| {
            // (named as a title: after a colon or in quotes, not used in a sentence)
            l.trim().len() > key.len()
                && !l.contains(span)
                && l.match_indices(key)
                    .any(|(i, _)| l[..i].trim_end().ends_with(['：', ':', '《', '“']))
        })
}

/// The page's title said again on a line of its own below the text's first sentence (a site
/// puts it between paragraphs, or under a date line): every later line that is the first
/// title-like line (among the first five) word for word, unless a new speech starts there (`opens`: the line after it
/// is a salutation, or it carries a collection's number).
pub(super) fn title_again(simple: &[String], opens: impl Fn(&str) -> bool) -> Vec<bool> {
    let mut out = vec![false; simple.len()];
    let shown: Vec<usize> = (0..simple.len())
        .filter(|&li| !simple[li].trim().is_empty())
        .collect();
    let title_like = |t: &str| {
        (6..=40).contains(&t.chars().count())
            && !t.contains(|c: char| is_end(c) || matches!(c, '，' | '：' | ',' | ':'))
    };
    // (the first title-like line among the page's first lines: a menu or a banner may be above)
    let Some(first) = shown
        .iter()
        .take(5)
        .position(|&li| title_like(simple[li].trim()))
    else {
        return out;
    };
    let title = simple[shown[first]].trim();
    // a copy above it with a document's number glued before it and a full stop after it
    // (`2023041101在…会上的讲话。`, a site's summary) is the page's too
    fn bare(t: &str) -> &str {
        let t = t.trim();
        let d = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let t = if d >= 6 { &t[d..] } else { t };
        t.trim_end_matches(['。', '.'])
    }
    for &li in &shown[..first] {
        if simple[li].trim() != title && bare(&simple[li]) == title {
            out[li] = true;
        }
    }
    for (k, &li) in shown.iter().enumerate().skip(first + 1) {
        let next = shown.get(k + 1).map(|&n| simple[n].as_str());
        if simple[li].trim() == title && !opens(&simple[li]) && !next.is_some_and(&opens) {
            out[li] = true;
        }
    }
    out
}

/// The headline under a breadcrumb that ends in it (`首页 > 图片新闻 > 园区建设正当时`, then
/// `园区建设正当时`): the page's title, not a menu item. `crumb`: which lines are breadcrumbs.
pub(super) fn headline_under_crumb(lines: &[&str], crumb: &[bool], li: usize, t: &str) -> bool {
    let above = lines[..li].iter().rposition(|l| !l.trim().is_empty());
    t.trim() == lines[li].trim()
        && t.chars().filter(|&c| is_cjk(c)).count() >= 6
        && above.is_some_and(|p| {
            crumb[p]
                && lines[p]
                    .split(|c: char| is_separator(c) || c == '>')
                    .rfind(|x| !x.is_empty())
                    == Some(t.trim())
        })
}

#[cfg(test)]
mod tests {
    use super::{window, PageWindows, W};

    #[test]
    fn different_windows_have_different_fingerprints() {
        // every window of the fixtures, the templates and texts made to differ in one char or
        // in the order of its words: no two different windows share a fingerprint
        let mut text: String = ["同志们：今天召开全县重大项目推进会，xx亿元😀𠀀\u{10FFFF}a\0结束"]
            .into_iter()
            .chain(crate::templates::TEMPLATES.iter().map(|t| t.text))
            .collect();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures"
        ))];
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                match e.file_type() {
                    Ok(t) if t.is_dir() => dirs.push(e.path()),
                    _ => text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default()),
                }
            }
        }
        let chars: Vec<char> = text.chars().collect();
        // a window and the same window with one char changed by one code point
        let mut shifted = chars.clone();
        for (k, c) in shifted.iter_mut().enumerate().step_by(5) {
            *c = char::from_u32(*c as u32 ^ (1 << (k % 21))).unwrap_or(*c);
        }
        let mut seen: std::collections::HashMap<u64, &[char]> = Default::default();
        let mut n = 0;
        for s in chars.windows(W).chain(shifted.windows(W)) {
            if let Some(old) = seen.insert(window(s), s) {
                assert_eq!(old, s, "two windows, one fingerprint");
            }
            n += 1;
        }
        assert!(n > 80_000, "{n} windows");
    }

    /// The search this index replaces: every window looked for in the other lines joined.
    fn naive(lines: &[&str], li: usize, text: &str) -> bool {
        let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        if chars.len() < 24 {
            return false;
        }
        let rest: String = lines
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != li)
            .flat_map(|(_, l)| l.chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        let windows: Vec<String> = (0..chars.len() - 12)
            .step_by(6)
            .map(|k| chars[k..k + 12].iter().collect())
            .collect();
        let found = windows.iter().filter(|w| rest.contains(w.as_str())).count();
        windows.len() >= 2 && found * 2 >= windows.len()
    }

    #[test]
    fn same_answers_as_the_naive_search() {
        let pages = [
            include_str!("../../tests/fixtures/doc-site-page.txt"),
            include_str!("../../tests/fixtures/site-page.txt"),
            include_str!("../../tests/fixtures/sites/preview-contact.txt"),
            include_str!("../../tests/fixtures/sites/preview-register.txt"),
            "摘要：同志们今天召开全县重点项目推进会主要任务是通报情况安排部署\n\n同志们今天召开全县重点项目推进会主要任务是通报情况安排部署工作",
            "短\n\n\n",
        ];
        let mut yes = 0;
        for page in pages {
            let lines: Vec<&str> = page.lines().collect();
            let tails = |l: &'static str| [l, l.get(9..).unwrap_or(""), l.get(3..).unwrap_or("")];
            // the texts asked about counted up front, and none (every window looked up in the
            // table of all, made then)
            let asked = PageWindows::new(&lines, lines.iter().flat_map(|l| tails(l)));
            let none = PageWindows::new(&lines, []);
            for (li, l) in lines.iter().enumerate() {
                for t in tails(l) {
                    let want = naive(&lines, li, t);
                    yes += usize::from(want);
                    assert_eq!(asked.repeats_elsewhere(li, t), want, "line {li}: {t}");
                    assert_eq!(none.repeats_elsewhere(li, t), want, "line {li}: {t}");
                }
            }
            // what was asked about never needed the table of every window
            assert!(asked.all.get().is_none());
        }
        assert!(yes > 0);
    }
}
