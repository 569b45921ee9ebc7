//! A list of words looked for in a span in one pass: an Aho–Corasick automaton (the
//! `aho-corasick` crate) built once per list, the first time a page is cleaned. The junk
//! judge asks of every span of a page whether it holds one of the site's phrases and how many
//! of the site's words and of the speech's function words it holds; `str::contains` per word
//! built a searcher per (span, word) pair, and that was half of the clean of a 2 MB page in
//! the browser's wasm.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Input, Match};

/// The automaton is the crate's DFA, used as it is: `AhoCorasick` picks one of three kinds at
/// run time, and so links all three into the worker (+15 KB gzipped).
pub(super) struct Phrases {
    dfa: Option<DFA>,
    len: usize,
}

impl Phrases {
    pub(super) fn new(words: &[&str]) -> Phrases {
        Phrases {
            // a list of our own words, never too big to build; nothing found if it were
            dfa: DFA::new(words).ok(),
            len: words.len(),
        }
    }

    /// Every occurrence of every word in `s`, overlapping, in order of their ends.
    fn all<'s>(&'s self, s: &'s str) -> impl Iterator<Item = Match> + 's {
        self.dfa.iter().flat_map(move |d| {
            d.try_find_overlapping_iter(Input::new(s))
                .into_iter()
                .flatten()
        })
    }

    /// Whether `s` holds one of the words: `words.iter().any(|w| s.contains(w))`.
    pub(super) fn any_in(&self, s: &str) -> bool {
        self.dfa
            .as_ref()
            .is_some_and(|d| d.try_find(&Input::new(s)).ok().flatten().is_some())
    }

    /// How many of the words `s` holds, each counted once:
    /// `words.iter().filter(|w| s.contains(w)).count()`.
    pub(super) fn distinct_in(&self, s: &str) -> usize {
        let mut seen = vec![false; self.len];
        self.all(s)
            .filter(|m| !std::mem::replace(&mut seen[m.pattern().as_usize()], true))
            .count()
    }

    /// The words' occurrences in `s`, each word's without overlap as `str::match_indices`
    /// gives them, in order of their ends.
    fn occurrences<'s>(&'s self, s: &'s str) -> impl Iterator<Item = Match> + 's {
        // per word, where its last occurrence taken ends: an occurrence that starts before it
        // overlaps it (a word's occurrences come in order of their ends, as of their starts)
        let mut end = vec![0usize; self.len];
        self.all(s).filter(move |m| {
            let e = &mut end[m.pattern().as_usize()];
            let new = m.start() >= *e;
            if new {
                *e = m.end();
            }
            new
        })
    }

    /// How many times the words occur in `s`, as `str::matches` counts each:
    /// `words.iter().map(|w| s.matches(w).count()).sum()`.
    pub(super) fn count_in(&self, s: &str) -> usize {
        self.occurrences(s).count()
    }

    /// The spans of the words' occurrences in `s`, as `str::match_indices` gives each word's.
    pub(super) fn spans_in(&self, s: &str) -> Vec<crate::text::Span> {
        self.occurrences(s).map(|m| m.start()..m.end()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Phrases;

    // words that overlap themselves and each other, and texts that hold them every way
    const WORDS: &[&str] = &["哈哈", "哈", "一一", "一二", "小编", "编辑", "aa", "的"];
    const TEXTS: &[&str] = &[
        "",
        "哈哈哈哈哈",
        "一一一二一一",
        "小编辑的的的",
        "aaaaa的",
        "同志们：今天召开全县重点项目推进会。",
        "哈一一哈哈aaa小编编辑",
    ];

    #[test]
    fn the_same_answers_as_str_search() {
        let set = Phrases::new(WORDS);
        for t in TEXTS {
            assert_eq!(set.any_in(t), WORDS.iter().any(|w| t.contains(w)), "{t}");
            let distinct = WORDS.iter().filter(|w| t.contains(*w)).count();
            assert_eq!(set.distinct_in(t), distinct, "{t}");
            let count: usize = WORDS.iter().map(|w| t.matches(w).count()).sum();
            assert_eq!(set.count_in(t), count, "{t}");
            let mut spans: Vec<(usize, usize)> = WORDS
                .iter()
                .flat_map(|w| t.match_indices(w).map(|(i, m)| (i, i + m.len())))
                .collect();
            spans.sort_unstable();
            let mut got: Vec<(usize, usize)> =
                set.spans_in(t).iter().map(|s| (s.start, s.end)).collect();
            got.sort_unstable();
            assert_eq!(got, spans, "{t}");
        }
    }
}
