//! Stable sorting by a number, through one small sort of `(key, index)` pairs.
//!
//! Every `sort_by_key` on a new element or key type compiles the whole standard stable sort
//! again (about 3.7 KB of wasm each; the app had twelve). Here the sort runs on `(key, index)`
//! pairs only, with a radix sort of our own (no standard sort at all in the app), so the app
//! carries it once: callers turn their key into a `u64` (see [`pack`]), and the elements are then
//! put in that order by swaps. Equal keys keep their order, as `sort_by_key` would.

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

/// The one sort the others go through: a least-significant-digit radix sort on the key, a byte
/// at a time, each pass stable, so pairs of equal keys keep their index order. A byte that every
/// key shares costs no pass, pairs in order already none at all; a few pairs are sorted by
/// insertion. Hand-written because it is smaller than the standard unstable sort (its quicksort,
/// heapsort and small sorts were ~3.5 KB of the app's wasm) and linear.
#[inline(never)]
fn sort_pairs(pairs: &mut Vec<(u64, u32)>) {
    // a few pairs: insertion, stable, without the passes' tables
    if pairs.len() <= 32 {
        for i in 1..pairs.len() {
            let mut j = i;
            while j > 0 && pairs[j - 1].0 > pairs[j].0 {
                pairs.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // in order already, as findings and edits mostly come: one look
    if pairs.windows(2).all(|w| w[0].0 <= w[1].0) {
        return;
    }
    let mut other = vec![(0u64, 0u32); pairs.len()];
    for shift in (0..64).step_by(8) {
        let mut count = [0usize; 256];
        for &(k, _) in pairs.iter() {
            count[(k >> shift) as usize & 0xff] += 1;
        }
        if count.contains(&pairs.len()) {
            continue;
        }
        let mut at = 0;
        for c in count.iter_mut() {
            (*c, at) = (at, at + *c);
        }
        for &p in pairs.iter() {
            let b = (p.0 >> shift) as usize & 0xff;
            other[count[b]] = p;
            count[b] += 1;
        }
        std::mem::swap(pairs, &mut other);
    }
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
    fn keys_of_every_byte_sort_as_the_standard_sort_does() {
        // keys spread over all eight bytes, with repeats (stability) and the extremes
        let mut seed = 11u64;
        let mut v: Vec<(u64, usize)> = (0..2000)
            .map(|i| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let k = match i % 4 {
                    0 => seed,
                    1 => seed >> 40,
                    2 => (seed >> 61) << 56,
                    _ => seed % 7,
                };
                (k, i)
            })
            .collect();
        v.extend([(u64::MAX, 2000), (0, 2001), (u64::MAX, 2002)]);
        let mut want = v.clone();
        want.sort_by_key(|x| x.0);
        let mut got = v;
        sort_by_u64(&mut got, |x| x.0);
        assert_eq!(got, want);
    }

    #[test]
    fn pack_orders_by_the_first_then_the_second() {
        let mut v = vec![(3, 1), (1, 9), (3, 0), (1, 2)];
        sort_by_u64(&mut v, |&(a, b)| pack(a, b));
        assert_eq!(v, [(1, 2), (1, 9), (3, 0), (3, 1)]);
    }
}
