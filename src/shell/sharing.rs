//! A snapshot made from the last: with the review rules' answer, and sharing the lists that
//! came out the same (a panel given the same `Rc` is not drawn again).

use super::analysis::Snapshot;
use super::review::{merged, Review};
use std::rc::Rc;

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
