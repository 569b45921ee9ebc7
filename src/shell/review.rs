//! The review rules' part of a snapshot (`jianggao_engine::check::Part::Review`): their
//! findings as the tools worker last gave them, carried through the edits made since, and the
//! request out for the newest draft ([`super::analysis`] asks and takes the answers).

use gloo_timers::callback::Timeout;
use jianggao_engine::check::in_text_order;
use jianggao_engine::finding::CheckOptions;
use jianggao_engine::steps::change;
use jianggao_engine::Finding;
use std::rc::Rc;

/// The review rules' findings in a snapshot's text.
#[derive(Clone, Default)]
pub struct Review {
    /// In text order.
    pub(super) findings: Rc<Vec<Finding>>,
    /// They are the tools worker's answer for this very draft (or no review rule is on);
    /// otherwise carried over from an older text, and an answer is due.
    pub(super) fresh: bool,
    /// Why the review rules could not run (the tools worker failed); tried again on the next
    /// change.
    pub failed: Option<Rc<str>>,
}

impl Review {
    pub(super) fn fresh(findings: Vec<Finding>) -> Review {
        Review {
            findings: Rc::new(findings),
            fresh: true,
            failed: None,
        }
    }

    /// An answer is still to come.
    pub fn due(&self) -> bool {
        !self.fresh && self.failed.is_none()
    }

    /// These findings, made of text `from`, placed in `to` (the same text, or after an edit:
    /// those the edit touched dropped), only of the rules `options` has on.
    pub(super) fn carried(
        found: &[Finding],
        from: &str,
        to: &str,
        options: &CheckOptions,
    ) -> Vec<Finding> {
        let c = change(from, to);
        found
            .iter()
            .filter(|f| options.is_on(f.rule))
            .filter_map(|f| {
                let span = c.map(&f.span)?;
                Some(Finding { span, ..f.clone() })
            })
            .collect()
    }
}

/// The form rules' findings and the review's, as the panel lists them (errors first).
pub(super) fn merged(text_findings: &[Finding], review: &[Finding]) -> Vec<Finding> {
    let mut all = text_findings.to_vec();
    all.extend_from_slice(review);
    in_text_order(&mut all);
    crate::checks::by_severity(all)
}

/// How long the page waits for the review rules' answer before it says they did not run and
/// stops waiting (the worker may be busy with a long import, or stuck; its own limit is a
/// minute). A later answer to that request is dropped; the next change asks again.
pub const REVIEW_MS: u32 = 10_000;

#[derive(Default)]
pub(super) struct Asking {
    /// The number of the request out (0: none).
    pub(super) out: std::cell::Cell<u32>,
    pub(super) serial: std::cell::Cell<u32>,
    pub(super) limit: std::cell::RefCell<Option<Timeout>>,
}
