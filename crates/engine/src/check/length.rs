//! Rule `length`: the speech against its target length, at the writer's speaking rate.

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::parse::BlockKind;
use crate::timing::{self, Fit};

/// Rule `length`: the filled speech, at the writer's rate, more than [`timing::TOLERANCE`]
/// away from the target.
pub(super) fn length(a: &Analysis, values: &Values, opts: &CheckOptions, out: &mut Vec<Finding>) {
    let Some(target) = opts.target_minutes.filter(|t| *t > 0.0) else {
        return;
    };
    let len = timing::length(&a.filled(values), opts.rate);
    let (word, chars, diff) = match len.fit(target) {
        Fit::OnTarget => return,
        Fit::Over(d) => ("超出", "删减", d),
        Fit::Under(d) => ("不足", "补充", d),
    };
    let span = a
        .doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map_or(0..0, |b| b.content.clone());
    let rate = timing::clamp_rate(opts.rate);
    let change = (diff * rate as f64).round() as usize;
    out.push(Finding::new(
        RuleId::Length,
        &a.text,
        span,
        format!(
            "全文{}字，按每分钟{rate}字约讲{}分钟，比目标{}分钟{word}{}分钟：约需{chars}{change}字",
            len.chars,
            crate::decimal::fixed(len.minutes, 1),
            crate::decimal::shortest(target),
            crate::decimal::fixed(diff, 1)
        ),
    ));
}
