//! What the property tests share.

use proptest::prelude::ProptestConfig;

/// The case count, times `JIANGGAO_FUZZ` when it is set (a long run by hand).
pub fn cases(n: u32) -> ProptestConfig {
    let k = std::env::var("JIANGGAO_FUZZ")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1);
    ProptestConfig::with_cases(n.saturating_mul(k))
}
