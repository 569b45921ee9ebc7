//! The review rules' part of a snapshot (`jianggao_engine::check::Part::Review`): their
//! findings as the tools worker last gave them, carried through the edits made since, and the
//! request out for the newest draft ([`super::analysis`] asks and takes the answers).

use super::analysis::Snapshot;
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

impl Snapshot {
    /// This snapshot with other review findings: the list, the count and the marks made again.
    pub(super) fn with_review(&self, review: Review) -> Snapshot {
        if Rc::ptr_eq(&review.findings, &self.review.findings) {
            // the answer confirms the findings carried: only its state changes
            return Snapshot {
                review,
                ..self.clone()
            };
        }
        let findings = merged(&self.text_findings, &review.findings);
        Snapshot {
            leftovers: crate::checks::leftover_count(&findings),
            finding_views: Rc::new(crate::checks::finding_views(&self.text, &findings)),
            marks: Rc::new(crate::editor::marks(
                &self.analysis,
                &self.values,
                &findings,
                None,
            )),
            findings: Rc::new(findings),
            review,
            text_findings: self.text_findings.clone(),
            rev: self.rev,
            text: self.text.clone(),
            values: self.values.clone(),
            options: self.options.clone(),
            analysis: self.analysis.clone(),
            filled: self.filled.clone(),
            length: self.length,
            fields: self.fields.clone(),
            outline: self.outline.clone(),
            unchanged: self.unchanged.clone(),
            shares: self.shares.clone(),
            base: self.base.clone(),
        }
    }
}

/// `new`, or `old` when they hold the same: a panel given the same `Rc` is not drawn again.
fn same_or<T: PartialEq>(new: Rc<T>, old: &Rc<T>) -> Rc<T> {
    if Rc::ptr_eq(&new, old) || *new == **old {
        old.clone()
    } else {
        new
    }
}

impl Snapshot {
    /// This snapshot with the parts that came out as they were in `shown` (the snapshot on the
    /// page) taken from it: the panels and the editor's marks then see the same `Rc` and are
    /// not drawn again. Comparing the lists costs far less than drawing and diffing them, and
    /// an answer of the review rules that only confirms what was carried draws nothing again.
    pub(super) fn sharing(mut self, shown: &Snapshot) -> Snapshot {
        self.findings = same_or(self.findings, &shown.findings);
        self.finding_views = same_or(self.finding_views, &shown.finding_views);
        self.marks = same_or(self.marks, &shown.marks);
        self.fields = same_or(self.fields, &shown.fields);
        self.outline = same_or(self.outline, &shown.outline);
        self.shares = same_or(self.shares, &shown.shares);
        self.filled = same_or(self.filled, &shown.filled);
        self
    }
}
