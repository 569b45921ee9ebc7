//! Decimal numbers in and out without core's float parsing and formatting.
//!
//! `str::parse::<f64>` brings core's `dec2flt` (a 10 KB table of powers of five and its code),
//! `format!("{v}")` / `format!("{v:.1}")` of an `f64` bring Grisu and Dragon (about 11 KB of
//! code and their tables) into the browser's first load. The numbers a speech and a ledger
//! write are short decimals, so these do the same with integer arithmetic:
//!
//! * [`parse`] is exact (the same `f64` as `str::parse`) for up to 19 significant digits and
//!   21 decimals (long division in u128, rounded to nearest even); digits beyond the 19th are
//!   dropped, which can make such a number an ulp off. No exponent, `inf` or `NaN` (no one writes them).
//! * [`fixed`] is `format!("{v:.d$}")` exactly (round half to even on the exact binary value),
//!   for `d` ≤ 20 and |v| < 2^74.
//! * [`shortest`] is `format!("{v}")` for every value that is an integer below 2^53 or a
//!   decimal of at most 15 significant digits (what rounding to a few decimals gives); other
//!   values get up to 17 significant digits, which read back as the same `f64`.

/// Exact powers of ten as `f64`.
const POW10: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The number a decimal string writes: `12`, `-3.5`, `+0.25`, `.5`, `5.`; `None` for anything
/// else (an empty string, two dots, a letter, an exponent).
pub fn parse(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0usize; // significant digits taken into `mantissa`
    let mut dropped: i32 = 0; // integer digits beyond those
    let mut decimals: i32 = 0; // fraction digits taken
    let mut seen_digit = false;
    let mut seen_dot = false;
    for b in body.bytes() {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if seen_dot {
                        decimals += 1;
                    }
                } else if !seen_dot {
                    dropped += 1;
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            _ => return None,
        }
    }
    if !seen_digit {
        return None;
    }
    let exp = dropped - decimals;
    let v = if mantissa == 0 {
        0.0
    } else if exp >= 0 {
        // an integer: exact in u128 up to 10^38, then one rounding
        match 10u128
            .checked_pow(exp as u32)
            .and_then(|p| p.checked_mul(u128::from(mantissa)))
        {
            Some(n) => n as f64,
            None => f64::INFINITY,
        }
    } else {
        quotient(mantissa, (-exp) as u32)
    };
    Some(if neg { -v } else { v })
}

/// `m / 10^k` (m > 0) rounded to the nearest `f64`, ties to even: long division in u128 to
/// 54 bits and a sticky bit, as IEEE rounding needs. Below 10^-21 it may be an ulp off.
fn quotient(m: u64, k: u32) -> f64 {
    let bits = |x: u128| 128 - x.leading_zeros();
    let Some(d) = 10u128.checked_pow(k).filter(|d| bits(*d) <= 72) else {
        return m as f64 / 10f64.powi(k as i32);
    };
    // m · 2^s / d has at least 55 bits
    let s = (55 + bits(d)).saturating_sub(bits(u128::from(m)));
    let n = u128::from(m) << s;
    let (mut q, r) = (n / d, n % d);
    let extra = bits(q) - 54;
    let sticky = r != 0 || q & ((1 << extra) - 1) != 0;
    q >>= extra;
    // q: 53 bits and the round bit
    let round = q & 1 == 1;
    let mut mant = q >> 1;
    if round && (sticky || mant & 1 == 1) {
        mant += 1;
    }
    // mant · 2^(extra + 1 - s), the power of two exact
    let e = extra as i32 + 1 - s as i32;
    mant as f64 * f64::from_bits(((1023 + e) as u64) << 52)
}

/// `v` with `d` decimals, as `format!("{v:.d$}")` writes it.
pub fn fixed(v: f64, d: u32) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let d = d.min(20) as usize;
    let (m, e) = parts(v.abs());
    if e >= 0 {
        // an integer: its digits, then d zeros
        let int = u128::from(m).checked_shl(e as u32).filter(|_| e < 75);
        let int = int.unwrap_or(u128::MAX).to_string();
        return match d {
            0 => format!("{sign}{int}"),
            _ => format!("{sign}{int}.{}", "0".repeat(d)),
        };
    }
    let digits = scaled(m, -e as u32, d as u32).to_string();
    if d == 0 {
        return format!("{sign}{digits}");
    }
    let digits = format!("{digits:0>w$}", w = d + 1);
    let (int, frac) = digits.split_at(digits.len() - d);
    format!("{sign}{int}.{frac}")
}

/// A finite `a` ≥ 0 as `m · 2^e`.
fn parts(a: f64) -> (u64, i32) {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    }
}

/// `m / 2^s` × 10^d (d ≤ 20) rounded half to even, exactly.
fn scaled(m: u64, s: u32, d: u32) -> u128 {
    let num = u128::from(m) * 10u128.pow(d); // < 2^53 · 2^67
    if s >= 127 {
        return 0; // below 2^-74: nothing at 20 decimals either
    }
    let q = num >> s;
    let r = num & ((1u128 << s) - 1);
    let half = 1u128 << (s - 1);
    if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    }
}

/// `v` as `format!("{v}")` writes it: the fewest decimals that read back as `v`.
pub fn shortest(v: f64) -> String {
    if !v.is_finite() || v == 0.0 {
        return fixed(v, 0);
    }
    let a = v.abs();
    for (k, p) in POW10.iter().enumerate() {
        let n = (a * p).round();
        if n >= (1u64 << 53) as f64 {
            break;
        }
        if n / p == a {
            return fixed(v, k as u32);
        }
    }
    if a >= (1u64 << 53) as f64 {
        return fixed(v, 0);
    }
    // 17 significant digits, trailing zeros dropped
    let int_digits = a.log10().floor() as i32 + 1;
    let s = fixed(v, (17 - int_digits).clamp(0, 20) as u32);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_speeches_and_ledgers_write() {
        assert_eq!(parse("12"), Some(12.0));
        assert_eq!(parse("-3.5"), Some(-3.5));
        assert_eq!(parse("+0.25"), Some(0.25));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("12345.6"), Some(12345.6));
        for bad in ["", "-", ".", "1.2.3", "1e5", "abc", "1,000", " 1"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_as_core_does() {
        assert_eq!(fixed(0.25, 1), "0.2");
        assert_eq!(fixed(0.35, 1), "0.3");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(-0.04, 1), "-0.0");
        assert_eq!(fixed(12.0, 1), "12.0");
        assert_eq!(shortest(86.23), "86.23");
        assert_eq!(shortest(-0.0), "-0");
        assert_eq!(shortest(1e-7), "0.0000001");
        assert_eq!(shortest(0.1 + 0.2), format!("{}", 0.1 + 0.2));
    }
}
