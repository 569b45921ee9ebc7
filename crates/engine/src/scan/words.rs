//! Words of the tables compared with the words around a slot, byte by byte: every
//! placeholder reads several tables, and most words differ at once.

use std::cell::RefCell;

/// How far, in chars, the words before a slot are read: every look-around is bounded.
pub(super) const LOOK: usize = 24;

/// `s.starts_with(w)` for the short words of the tables, byte by byte: most differ in the
/// first bytes, and a call to `memcmp` for each costs more than the comparison. Always
/// inlined natively, as the helpers below: the release build optimizes for size and otherwise
/// calls them, once for each word of each table around each of half a million placeholders.
/// Not in wasm, where the app's first load comes first (inlined they cost it ~1 KB gzipped).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn prefix(s: &[u8], w: &[u8]) -> bool {
    // a plain loop: at that level iterator adaptors stay calls
    if s.len() < w.len() {
        return false;
    }
    let mut k = 0;
    while k < w.len() {
        if s[k] != w[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// `s.ends_with(w)`, byte by byte.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn suffix(s: &[u8], w: &[u8]) -> bool {
    s.len() >= w.len() && prefix(&s[s.len() - w.len()..], w)
}

// a loop, not `find`: the size-optimized build keeps the adaptor's closure a call
#[allow(clippy::manual_find)]
pub(super) fn starts_with_any(rest: &str, words: &[&'static str]) -> Option<&'static str> {
    for &w in words {
        if starts(rest, w) {
            return Some(w);
        }
    }
    None
}

/// `s.starts_with(w)` byte by byte: the tables' words are compared against the words around
/// every placeholder, and most differ at once.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn starts(s: &str, w: &str) -> bool {
    prefix(s.as_bytes(), w.as_bytes())
}

/// `s.ends_with(w)`, the last bytes compared first.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn ends(s: &str, w: &str) -> bool {
    suffix(s.as_bytes(), w.as_bytes())
}

/// `s.rfind(w)` for the short clause before a slot: the standard searcher's set-up costs
/// more than a plain look at each offset of a few dozen bytes.
pub(super) fn rfind_short(s: &str, w: &str) -> Option<usize> {
    let (sb, wb) = (s.as_bytes(), w.as_bytes());
    let first = *wb.first()?;
    (0..=sb.len().checked_sub(wb.len())?)
        .rev()
        .find(|&k| sb[k] == first && prefix(&sb[k..], wb))
}

/// `s.find(w)` for the short clause before a slot.
pub(super) fn find_short(s: &str, w: &str) -> Option<usize> {
    let (sb, wb) = (s.as_bytes(), w.as_bytes());
    let first = *wb.first()?;
    (0..=sb.len().checked_sub(wb.len())?).find(|&k| sb[k] == first && prefix(&sb[k..], wb))
}

/// The words of a table written as words separated by spaces.
pub(super) fn words(table: &'static str) -> impl Iterator<Item = &'static str> {
    // split once per table: every placeholder reads several tables, and splitting a table
    // decodes all its chars; kept per thread, without a lock to take for each look-up
    type Split = Vec<((usize, usize), &'static [&'static str])>;
    thread_local! {
        static SPLIT: RefCell<Split> = const { RefCell::new(Vec::new()) };
    }
    let key = (table.as_ptr() as usize, table.len());
    let list = SPLIT.with(|cache| {
        if let Some(&(_, list)) = cache.borrow().iter().find(|(k, _)| *k == key) {
            return list;
        }
        let list: &'static [&'static str] = Box::leak(
            table
                .split_whitespace()
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        cache.borrow_mut().push((key, list));
        list
    });
    list.iter().copied()
}

pub(super) fn ends_with_any(before: &str, table: &'static str) -> bool {
    for w in words(table) {
        if ends(before, w) {
            return true;
        }
    }
    false
}
