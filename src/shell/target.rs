//! The note after the speaking time in the header: how it stands against the target length.

use jianggao_engine::decimal;
use jianggao_engine::timing::Fit;
use jianggao_engine::Length;

/// The note after the speaking time: how it stands against the target length.
/// The tolerance is the engine's ([`jianggao_engine::timing::TOLERANCE`]), as rule `length` uses.
pub fn target_note(minutes: f64, target: Option<f64>) -> Option<String> {
    let length = Length { chars: 0, minutes };
    let (short, one) = (decimal::shortest, |d| decimal::fixed(d, 1));
    target.map(|t| match length.fit(t) {
        Fit::OnTarget => format!("（目标{}分钟，合适）", short(t)),
        Fit::Over(d) => format!("（目标{}分钟，超出{}）", short(t), one(d)),
        Fit::Under(d) => format!("（目标{}分钟，不足{}）", short(t), one(d)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_note_says_fit_over_or_short() {
        assert_eq!(target_note(9.5, None), None);
        assert_eq!(
            target_note(10.9, Some(10.0)).unwrap(),
            "（目标10分钟，合适）"
        );
        assert_eq!(
            target_note(12.0, Some(10.0)).unwrap(),
            "（目标10分钟，超出2.0）"
        );
        assert_eq!(
            target_note(7.5, Some(10.0)).unwrap(),
            "（目标10分钟，不足2.5）"
        );
    }
}
