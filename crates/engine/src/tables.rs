//! The data tables only some drafts need: the place table (`data/divisions.tsv` and
//! `data/not-places.txt`, for the foreign-place rule once the draft's place is known) and
//! OpenCC's traditional → simplified tables (`data/t2s.txt`, for cleaning a traditional
//! text). The templates' texts follow the same rule (`templates.rs`).
//!
//! Natively (the CLI, the tests) both are compiled in. For `wasm32` (the browser app, to keep
//! its first load small) they are not, unless the `tables` feature asks for them: the app
//! installs them at run time from the same files, fetched when a draft first needs them
//! ([`install_places`], [`install_t2s`]); until then the place rule finds no place and a
//! traditional text is left as it is. (A target, not a default feature, decides: the app is
//! built in a workspace whose CLI would switch a default feature back on.)
//!
//! The conversion is OpenCC's t2s as ferrous-opencc runs it (one pass; at each position the
//! longest key of either table, the phrases winning a tie; the first value), hand-written here
//! because ferrous-opencc cannot load its tables from bytes at run time; `tests/tables.rs`
//! holds it equal to ferrous-opencc's on the corpus and on every key of the tables.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[cfg(any(feature = "tables", not(target_arch = "wasm32")))]
const BUILTIN_PLACES: Option<(&str, &str)> = Some((
    include_str!("../data/divisions.tsv"),
    include_str!("../data/not-places.txt"),
));
#[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
const BUILTIN_PLACES: Option<(&str, &str)> = None;
#[cfg(any(feature = "tables", not(target_arch = "wasm32")))]
const BUILTIN_T2S: Option<&str> = Some(include_str!("../data/t2s.txt"));
#[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
const BUILTIN_T2S: Option<&str> = None;

static PLACES: OnceLock<(String, String)> = OnceLock::new();
static T2S_DATA: OnceLock<String> = OnceLock::new();
static T2S: OnceLock<T2s> = OnceLock::new();

/// Install the place table (the texts of `divisions.tsv` and `not-places.txt`). A table
/// built in or installed before stays; returns whether this one was taken.
pub fn install_places(divisions: String, not_places: String) -> bool {
    BUILTIN_PLACES.is_none() && PLACES.set((divisions, not_places)).is_ok()
}

/// Install the t2s tables (the text of `t2s.txt`); as [`install_places`].
pub fn install_t2s(data: String) -> bool {
    BUILTIN_T2S.is_none() && T2S_DATA.set(data).is_ok()
}

/// The place table's texts (`divisions.tsv`, `not-places.txt`), if built in or installed.
pub fn places_data() -> Option<(&'static str, &'static str)> {
    BUILTIN_PLACES.or_else(|| PLACES.get().map(|(d, n)| (d.as_str(), n.as_str())))
}

/// Whether the t2s tables are built in or installed.
pub fn has_t2s() -> bool {
    BUILTIN_T2S.is_some() || T2S_DATA.get().is_some()
}

struct T2s {
    map: HashMap<&'static str, &'static str>,
    /// First chars of the keys longer than one char.
    phrase_starts: HashSet<char>,
    /// The longest key, in chars.
    longest: usize,
}

fn t2s() -> Option<&'static T2s> {
    let data = BUILTIN_T2S.or_else(|| T2S_DATA.get().map(String::as_str))?;
    Some(T2S.get_or_init(|| {
        let mut map = HashMap::new();
        let mut phrase_starts = HashSet::new();
        let mut longest = 1;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let Some((key, values)) = line.split_once('\t') else {
                continue;
            };
            let Some(first) = values.split(' ').find(|v| !v.is_empty()) else {
                continue;
            };
            let n = key.chars().count();
            if n == 0 {
                continue;
            }
            if n > 1 {
                phrase_starts.extend(key.chars().next());
            }
            longest = longest.max(n);
            // the phrases come first in the file and win a tie
            map.entry(key).or_insert(first);
        }
        T2s {
            map,
            phrase_starts,
            longest,
        }
    }))
}

/// Traditional → simplified; the text unchanged when the tables are not there.
pub fn to_simplified(s: &str) -> String {
    let Some(t) = t2s() else {
        return s.to_string();
    };
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        let rest = &s[i..];
        let mut taken = None;
        if t.phrase_starts.contains(&c) {
            // the longest key first: ends of the first `longest` chars, from the last down
            let ends: Vec<usize> = rest
                .char_indices()
                .map(|(k, ch)| k + ch.len_utf8())
                .take(t.longest)
                .collect();
            taken = ends
                .iter()
                .rev()
                .find_map(|&e| t.map.get(&rest[..e]).map(|v| (e, *v)));
        } else if let Some(v) = t.map.get(&rest[..c.len_utf8()]) {
            taken = Some((c.len_utf8(), *v));
        }
        match taken {
            Some((len, v)) => {
                out.push_str(v);
                i += len;
            }
            None => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}
