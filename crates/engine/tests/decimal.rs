//! `decimal`'s parsing and formatting against core's `str::parse::<f64>` and `format!`: the
//! browser build uses them instead of core's, so they must give the same results.

use jianggao_engine::decimal::{fixed, parse, shortest};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// Decimals as ledgers and speeches write them: up to 19 significant digits.
    #[test]
    fn parse_equals_core(int in 0u64..1_000_000_000, frac in 0u64..10_000_000_000, k in 0usize..11, neg: bool, lead in 0usize..3) {
        let frac = format!("{:0>10}", frac)[..k].to_string();
        let s = format!("{}{}{}{}{}", if neg { "-" } else { "" }, "0".repeat(lead), int, if k > 0 { "." } else { "" }, frac);
        prop_assert_eq!(parse(&s), s.parse::<f64>().ok(), "{}", s);
    }

    /// Large amounts with a few decimals.
    #[test]
    fn parse_equals_core_on_large_amounts(int in 0u64..10_000_000_000_000, frac in 0u64..1_000_000, k in 0usize..7) {
        let frac = format!("{:0>6}", frac)[..k].to_string();
        let s = format!("{}{}{}", int, if k > 0 { "." } else { "" }, frac);
        prop_assert_eq!(parse(&s), s.parse::<f64>().ok(), "{}", s);
    }

    /// Any finite f64 in the ranges a speech shows, at 0 to 4 decimals.
    #[test]
    fn fixed_equals_core(v in -1e9f64..1e9, d in 0u32..5) {
        prop_assert_eq!(fixed(v, d), format!("{v:.*}", d as usize));
    }

    /// Halfway cases: n / 2^k rounded at one decimal fewer than they have.
    #[test]
    fn fixed_rounds_ties_as_core(n in -100_000i64..100_000, k in 1u32..8, d in 0u32..4) {
        let v = n as f64 / f64::from(1u32 << k);
        prop_assert_eq!(fixed(v, d), format!("{v:.*}", d as usize));
    }

    /// Every bit pattern that is finite, at any number of decimals core allows here.
    #[test]
    fn fixed_equals_core_on_any_bits(neg: bool, exp in 900u64..1090, frac in 0u64..1 << 52, d in 0u32..21) {
        let v = f64::from_bits(u64::from(neg) << 63 | exp << 52 | frac);
        prop_assert_eq!(fixed(v, d), format!("{v:.*}", d as usize));
    }

    /// Values rounded to a few decimals, as the ledger's facts and rates are.
    #[test]
    fn shortest_equals_core_on_rounded_values(n in -10_000_000_000i64..10_000_000_000, k in 0i32..7) {
        let v = n as f64 / 10f64.powi(k);
        prop_assert_eq!(shortest(v), format!("{v}"));
    }

    /// Sums and quotients that are not short decimals still read back as the same f64.
    #[test]
    fn shortest_reads_back(a in -1e6f64..1e6, b in 1f64..1e3) {
        let v = a / b;
        let s = shortest(v);
        prop_assert_eq!(s.parse::<f64>().ok(), Some(v), "{}", s);
    }
}

#[test]
fn edge_values_equal_core() {
    for v in [
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.05,
        0.15,
        1e15,
        9007199254740992.0,
        1e-7,
        123456.789,
    ] {
        assert_eq!(shortest(v), format!("{v}"), "{v}");
        for d in 0..5 {
            assert_eq!(fixed(v, d), format!("{v:.*}", d as usize), "{v} {d}");
        }
    }
    for s in [
        "0",
        "00.50",
        "1.",
        ".5",
        "+7",
        "-0",
        "9007199254740993",
        "18446744073709551615",
        "0.000000000000000000001",
        "1.7976931348623157",
    ] {
        assert_eq!(parse(s), s.parse::<f64>().ok(), "{s}");
    }
    // beyond 19 significant digits the rest are dropped: at most an ulp off
    let (a, b) = (
        parse("123456789012345678901234").unwrap(),
        123456789012345678901234f64,
    );
    assert!((a - b).abs() <= b * f64::EPSILON, "{a} {b}");
}
