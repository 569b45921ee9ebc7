//! What the view builders' tests share: a small speech and a way to write values.

use jianggao_engine::Values;

/// A small speech: a named field twice, a count, an amount, a percent, a stale year.
pub const SPEECH: &str = "县长在全县重大项目推进会上的讲话\n\n同志们：\n\n一、总体情况\n\n\
    今年全县共谋划重点项目x个，总投资xx亿元，其中[具体项目1]进展最快。\n\n\
    二、下一步工作\n\n开工率要达到X%，[具体项目1]要在2021年前建成。\n";

pub fn values(pairs: &[(&str, &str)]) -> Values {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
