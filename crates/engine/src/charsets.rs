//! [`CharSets`]: the chars of several small sets in a text, found in one walk.

use std::ops::Range;

/// The chars of several small sets in a text, found in one walk: for each set, the byte offset
/// and char of each of its chars, in text order (a char may be in several sets). The walk steps
/// from char to char by the lead byte's width and looks a char up by its last two bytes in a
/// table of 4096, without decoding it; an ASCII char by a table of 128. The same walk counts
/// the chars that are not whitespace before each line break (what `text::count_chars` counts).
///
/// The checks ask for a dozen sets on every analysis ([`Analysis`](crate::analysis::Analysis)
/// keeps one of these): one walk instead of one per rule.
#[derive(Debug, Clone, Default)]
pub struct CharSets {
    sets: Vec<Vec<(u32, char)>>,
    /// The line breaks and, for each, the chars before it that are not whitespace.
    lines: Vec<(u32, u32)>,
    /// The chars of the whole text that are not whitespace.
    total: u32,
}

/// The bit of a char that is whitespace (`char::is_whitespace`) in the tables' masks: sets
/// use the 31 bits below it.
const SPACE: u32 = 1 << 31;

/// The chars of 2–4 bytes that are whitespace.
const WIDE_SPACES: [char; 19] = [
    '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}',
    '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}',
    '\u{202f}', '\u{205f}', '\u{3000}',
];

/// A char of 2–4 bytes in [`CharTable`]: its UTF-8 bytes as a number, the char, its sets as
/// bits (and [`SPACE`]), the sets it is in only right after itself, the next entry with the
/// same index (+ 1).
struct Entry {
    key: u32,
    c: char,
    mask: u32,
    doubled: u32,
    next: u8,
}

/// The table of [`CharSets`]: a char of 2–4 bytes by the low six bits of its last two bytes
/// (an index + 1 into `chars`, 0 for none; chars that share an index are chained).
struct CharTable {
    ascii: [u32; 128],
    index: [u8; 4096],
    chars: Vec<Entry>,
}

impl CharTable {
    #[inline]
    fn slot(key: u32) -> usize {
        (((key >> 8) & 0x3F) << 6 | (key & 0x3F)) as usize
    }

    fn new(sets: &[&[char]], doubled: &[(usize, &[char])], latin: u32) -> CharTable {
        let mut t = CharTable {
            ascii: [0; 128],
            index: [0; 4096],
            chars: Vec::new(),
        };
        for b in [b'\t', b'\n', 0x0B, 0x0C, b'\r', b' '] {
            t.ascii[usize::from(b)] = SPACE;
        }
        for &c in &WIDE_SPACES {
            t.add(c, SPACE, 0);
        }
        for (k, set) in sets.iter().enumerate() {
            for &c in *set {
                t.add(c, 1 << k, 0);
            }
        }
        let runs = [
            ('0', 10),
            ('a', 26),
            ('A', 26),
            ('０', 10),
            ('ａ', 26),
            ('Ａ', 26),
        ];
        for (first, n) in runs.into_iter().filter(|_| latin != 0) {
            for c in (0..n).filter_map(|j| char::from_u32(first as u32 + j)) {
                t.add(c, latin, 0);
            }
        }
        for &(k, set) in doubled {
            for &c in set {
                t.add(c, 0, 1 << k);
            }
        }
        debug_assert!(t.chars.len() < 255);
        t
    }

    /// `c` in the sets of `mask`, and in those of `doubled` right after itself.
    fn add(&mut self, c: char, mask: u32, doubled: u32) {
        if c.is_ascii() {
            self.ascii[c as usize] |= mask;
            return;
        }
        let key = utf8_key(c);
        if let Some(e) = self.chars.iter_mut().find(|e| e.key == key) {
            e.mask |= mask;
            e.doubled |= doubled;
            return;
        }
        let slot = Self::slot(key);
        self.chars.push(Entry {
            key,
            c,
            mask,
            doubled,
            next: self.index[slot],
        });
        self.index[slot] = self.chars.len() as u8;
    }
}

/// A char's UTF-8 bytes as a number, the first byte highest.
fn utf8_key(c: char) -> u32 {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf)
        .bytes()
        .fold(0u32, |k, b| (k << 8) | u32::from(b))
}

impl CharSets {
    /// Finds the chars of each of `sets` (at most 31 sets, 230 chars in all) in `text`.
    pub fn new(text: &str, sets: &[&[char]]) -> CharSets {
        CharSets::with_doubles(text, sets, &[], None)
    }

    /// As [`CharSets::new`], and each `(k, chars)` of `doubled` puts a char of `chars` in set
    /// `k` where it stands right after itself (the second of `的的`, not a lone `的`; chars of
    /// 2–4 bytes only). Set `latin`, if any, also gets the letters and digits of ASCII and
    /// their full-width forms, and every char of two or four bytes (accented letters,
    /// symbols, emoji: few in a Chinese text).
    pub fn with_doubles(
        text: &str,
        sets: &[&[char]],
        doubled: &[(usize, &[char])],
        latin: Option<usize>,
    ) -> CharSets {
        let rare = latin.map_or(0, |k| 1u32 << k);
        debug_assert!(sets.len() < 32);
        let table = CharTable::new(sets, doubled, rare);
        let mut out: Vec<Vec<(u32, char)>> = vec![Vec::new(); sets.len()];
        let mut lines: Vec<(u32, u32)> = Vec::new();
        let mut push = |at: usize, c: char, mut m: u32| {
            while m != 0 {
                let k = m.trailing_zeros() as usize;
                m &= m - 1;
                if let Some(set) = out.get_mut(k) {
                    set.push((at as u32, c));
                }
            }
        };
        let bytes = text.as_bytes();
        let mut k = 0;
        // the chars so far, and the whitespace among them
        let (mut chars, mut spaces) = (0u32, 0u32);
        // the previous char's bytes as a number (for the doubled chars)
        let mut prev = 0u32;
        while let Some(&b) = bytes.get(k) {
            chars += 1;
            if b < 0x80 {
                let m = table.ascii[usize::from(b)];
                if m != 0 {
                    if m & SPACE != 0 {
                        spaces += 1;
                        if b == b'\n' {
                            lines.push((k as u32, chars - spaces));
                        }
                    }
                    push(k, char::from(b), m & !SPACE);
                }
                prev = u32::from(b);
                k += 1;
                continue;
            }
            // a valid text has the continuation bytes its lead byte announces
            let width = match b {
                0xE0..=0xEF => 3,
                0xF0.. => 4,
                _ => 2,
            };
            let Some(rest) = bytes.get(k + 1..k + width) else {
                break;
            };
            let key = rest
                .iter()
                .fold(u32::from(b), |key, &x| (key << 8) | u32::from(x));
            let mut i = table.index[CharTable::slot(key)];
            let (mut c, mut m) = ('\0', if width == 3 { 0 } else { rare });
            while i != 0 {
                let e = &table.chars[usize::from(i - 1)];
                if e.key == key {
                    c = e.c;
                    m |= e.mask | if prev == key { e.doubled } else { 0 };
                    break;
                }
                i = e.next;
            }
            if m != 0 {
                if c == '\0' {
                    c = text[k..].chars().next().unwrap_or(c);
                }
                spaces += m >> 31;
                push(k, c, m & !SPACE);
            }
            prev = key;
            k += width;
        }
        CharSets {
            sets: out,
            lines,
            total: chars - spaces,
        }
    }

    /// The chars that are not whitespace in `range`, which starts at a line start and ends
    /// at a line end or before the `\r` of one (a block's line).
    pub fn line_chars(&self, range: Range<usize>) -> usize {
        let before = |at: usize| -> u32 {
            // the count at the last line break before `at`, i.e. at the start of its line
            let i = self.lines.partition_point(|&(b, _)| (b as usize) < at);
            i.checked_sub(1).map_or(0, |i| self.lines[i].1)
        };
        let end = self
            .lines
            .get(
                self.lines
                    .partition_point(|&(b, _)| (b as usize) < range.end),
            )
            .map_or(self.total, |l| l.1);
        (end - before(range.start)) as usize
    }

    /// The chars of set `k`, with their byte offsets, in text order.
    pub fn of(&self, k: usize) -> impl Iterator<Item = (usize, char)> + '_ {
        self.sets
            .get(k)
            .into_iter()
            .flatten()
            .map(|&(at, c)| (at as usize, c))
    }

    /// The offsets of set `k`'s chars in `range`, in text order.
    pub fn within(
        &self,
        k: usize,
        range: Range<usize>,
    ) -> impl Iterator<Item = (usize, char)> + '_ {
        let set: &[(u32, char)] = self.sets.get(k).map_or(&[], |s| s.as_slice());
        let from = set.partition_point(|&(at, _)| (at as usize) < range.start);
        set[from..]
            .iter()
            .take_while(move |&&(at, _)| (at as usize) < range.end)
            .map(|&(at, c)| (at as usize, c))
    }
}
