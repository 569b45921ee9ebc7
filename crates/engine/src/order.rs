//! Stable sorting by a number, through one instance of the standard sort.
//!
//! Every `sort_by_key` on a new element or key type compiles the whole standard stable sort
//! again (about 3.7 KB of wasm each; the app had twelve). Here the sort runs on `(key, index)`
//! pairs only, so the app carries it once: callers turn their key into a `u64` (see [`pack`]),
//! and the elements are then put in that order by swaps. Equal keys keep their order (the
//! index breaks the tie), as `sort_by_key` would.

/// Sort `v` by `key`, stably.
pub fn sort_by_u64<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let mut pairs: Vec<(u64, u32)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x), i as u32))
        .collect();
    sort_pairs(&mut pairs);
    let mut from: Vec<u32> = pairs.into_iter().map(|(_, i)| i).collect();
    // position j takes the element now at from[j]: follow each cycle once, marking it done
    for start in 0..from.len() {
        let mut j = start;
        loop {
            let k = from[j] as usize;
            from[j] = j as u32;
            if k == start || k == j {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

/// The one sort the others go through (the index makes every pair distinct, so an unstable
/// sort gives the stable order).
#[inline(never)]
fn sort_pairs(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// Two numbers as one sort key: by `hi`, then by `lo` (each taken as at most 32 bits; offsets
/// of a text under 4 GB).
pub fn pack(hi: usize, lo: usize) -> u64 {
    ((hi as u64) << 32) | (lo as u64 & 0xffff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        // a small generator: many equal keys, so stability shows
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 5, 8, 17, 64, 300] {
            let v: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) % 5, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v.clone();
            sort_by_u64(&mut got, |x| x.0);
            assert_eq!(got, want, "len {len}");
        }
    }

    #[test]
    fn pack_orders_by_the_first_then_the_second() {
        let mut v = vec![(3, 1), (1, 9), (3, 0), (1, 2)];
        sort_by_u64(&mut v, |&(a, b)| pack(a, b));
        assert_eq!(v, [(1, 2), (1, 9), (3, 0), (3, 1)]);
    }
}
