//! Whether the words of a line come again elsewhere on the page, in time linear in the page:
//! every window of 12 non-space chars of the page is counted once, and a line's own windows
//! (and those that would straddle the gap it leaves) are corrected for at each question.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

const W: usize = 12;
// a window packs into four words of three chars
const _: () = assert!(W <= 12);

/// A window of `W` chars packed three to a `u64` (a char has 21 bits): compared as four words,
/// hashed in four rounds (a `[char; W]` key took thirteen, and a 48-byte memcmp per probe).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Window([u64; 4]);

impl Hash for Window {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for w in self.0 {
            state.write_u64(w);
        }
    }
}

/// A small multiplicative hasher (no dependency, not for untrusted keys where collisions
/// matter: a collision only costs time, never a wrong answer).
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        // murmur3's finaliser: the table takes its index from the low bits, which the
        // multiplications alone fill only from the low bits of the last word
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

type Counts = HashMap<Window, i64, BuildHasherDefault<FxHasher>>;

/// The page's non-space chars, where each line's start among them, and how often each window
/// of 12 occurs.
pub(super) struct PageWindows {
    chars: Vec<char>,
    starts: Vec<usize>,
    counts: Counts,
}

fn window(s: &[char]) -> Window {
    let mut w = [0u64; 4];
    for (k, c) in s[..W].iter().enumerate() {
        w[k / 3] |= u64::from(*c as u32) << (21 * (k % 3));
    }
    Window(w)
}

impl PageWindows {
    pub(super) fn new(lines: &[&str]) -> PageWindows {
        let mut chars = Vec::new();
        let mut starts = Vec::with_capacity(lines.len() + 1);
        for l in lines {
            starts.push(chars.len());
            chars.extend(l.chars().filter(|c| !c.is_whitespace()));
        }
        starts.push(chars.len());
        let mut counts = Counts::with_capacity_and_hasher(chars.len(), Default::default());
        for s in chars.windows(W) {
            *counts.entry(window(s)).or_insert(0) += 1;
        }
        PageWindows {
            chars,
            starts,
            counts,
        }
    }

    /// Whether most of `text` (a line of the page, or its part after a label) comes again,
    /// word for word, in the page without line `li`: the same answer as searching each
    /// window in the other lines joined without spaces.
    pub(super) fn repeats_elsewhere(&self, li: usize, text: &str) -> bool {
        let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        if chars.len() < 24 {
            return false;
        }
        let (s, e) = (self.starts[li], self.starts[li + 1]);
        let lo = s.saturating_sub(W - 1);
        let hi = (e + W - 1).min(self.chars.len());
        // windows of the page that touch line li are not in the rest
        let mut adj = Counts::default();
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
        let windows: Vec<Window> = (0..chars.len() - W)
            .step_by(6)
            .map(|k| window(&chars[k..]))
            .collect();
        let found = windows
            .iter()
            .filter(|w| {
                self.counts.get(*w).copied().unwrap_or(0) + adj.get(*w).copied().unwrap_or(0) > 0
            })
            .count();
        windows.len() >= 2 && found * 2 >= windows.len()
    }
}

#[cfg(test)]
mod tests {
    use super::{window, PageWindows, W};

    #[test]
    fn a_window_keeps_every_char() {
        // the packed words read back as the chars they were made of: two windows are one key
        // only when their chars are the same
        let page: Vec<char> = "同志们：今天召开全县重大项目推进会，xx亿元😀𠀀\u{10FFFF}a\0结束"
            .chars()
            .collect();
        for s in page.windows(W) {
            let w = window(s);
            let back: Vec<char> = (0..W)
                .map(|k| char::from_u32(((w.0[k / 3] >> (21 * (k % 3))) & 0x1f_ffff) as u32))
                .map(|c| c.unwrap_or('?'))
                .collect();
            assert_eq!(back, s);
        }
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
            let idx = PageWindows::new(&lines);
            for (li, l) in lines.iter().enumerate() {
                let tails = [*l, l.get(9..).unwrap_or(""), l.get(3..).unwrap_or("")];
                for t in tails {
                    let want = naive(&lines, li, t);
                    yes += usize::from(want);
                    assert_eq!(idx.repeats_elsewhere(li, t), want, "line {li}: {t}");
                }
            }
        }
        assert!(yes > 0);
    }
}
