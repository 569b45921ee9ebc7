//! Speaking time: a speech's length in characters and minutes at the writer's rate, and how
//! it compares with a target. The one place for the rate's range, the target's range and the
//! tolerance, read by rule `length` and by the app's header alike.

use serde::Serialize;

/// Default speaking rate of official speeches, in characters a minute.
pub const DEFAULT_RATE: u32 = 200;
/// The adjustable range of the speaking rate.
pub const RATE_RANGE: std::ops::RangeInclusive<u32> = 150..=270;
/// The target length a writer can set, in minutes.
pub const TARGET_MINUTES_MAX: f64 = 120.0;
/// A speech within this share of its target is on target.
pub const TOLERANCE: f64 = 0.1;

/// Length of a speech: characters (whitespace excluded) and speaking minutes at a rate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Length {
    pub chars: usize,
    pub minutes: f64,
}

/// How a length compares with its target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// Within [`TOLERANCE`] of the target.
    OnTarget,
    /// Longer by this many minutes.
    Over(f64),
    /// Shorter by this many minutes.
    Under(f64),
}

/// The rate, kept within [`RATE_RANGE`].
pub fn clamp_rate(rate: u32) -> u32 {
    rate.clamp(*RATE_RANGE.start(), *RATE_RANGE.end())
}

/// A target as the writer typed it: positive and finite, at most [`TARGET_MINUTES_MAX`].
pub fn clamp_target(minutes: Option<f64>) -> Option<f64> {
    minutes
        .filter(|m| m.is_finite() && *m > 0.0)
        .map(|m| m.min(TARGET_MINUTES_MAX))
}

pub fn length(text: &str, rate: u32) -> Length {
    Length::of_chars(crate::text::count_chars(text), rate)
}

impl Length {
    /// The length of `chars` characters read at `rate` (a length counted once, read at a
    /// rate that changed since).
    pub fn of_chars(chars: usize, rate: u32) -> Length {
        Length {
            chars,
            minutes: chars as f64 / clamp_rate(rate) as f64,
        }
    }
}

impl Length {
    /// This length against a target in minutes.
    pub fn fit(&self, target: f64) -> Fit {
        let diff = self.minutes - target;
        if diff.abs() <= target * TOLERANCE {
            Fit::OnTarget
        } else if diff > 0.0 {
            Fit::Over(diff)
        } else {
            Fit::Under(-diff)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_has_a_tolerance_on_both_sides() {
        let at = |minutes| Length { chars: 0, minutes };
        assert_eq!(at(10.9).fit(10.0), Fit::OnTarget);
        assert_eq!(at(9.1).fit(10.0), Fit::OnTarget);
        assert!(matches!(at(11.5).fit(10.0), Fit::Over(d) if (d - 1.5).abs() < 1e-9));
        assert!(matches!(at(8.0).fit(10.0), Fit::Under(d) if (d - 2.0).abs() < 1e-9));
        assert_eq!(clamp_target(Some(600.0)), Some(TARGET_MINUTES_MAX));
        assert_eq!(clamp_target(Some(-1.0)), None);
        assert_eq!(length("一二三四", 100).minutes, 4.0 / 150.0);
    }
}
