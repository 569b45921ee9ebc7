//! The checks list: every finding, clickable to its place in the text.

mod panel;
mod view;

pub use panel::{ChecksPanel, ChecksPanelProps};
pub use view::{by_severity, finding_views, is_leftover, leftover_count, FindingView};

use crate::handles::{Analyzed, Handles};
use jianggao_engine::check::{apply_fixes_to_draft, safe_fixes};
use jianggao_engine::session::Action;
use jianggao_engine::Finding;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// The checks panel's callbacks: jump to a finding, apply its fix (or 全部修复), switch a rule.
pub struct UseChecks {
    on_jump: Callback<(usize, usize)>,
    on_fix: Callback<Option<usize>>,
    on_rule: Callback<(jianggao_engine::RuleId, bool)>,
}

/// `now` is the last analysis; `jump_to` shows a byte range in the editor. A fix is made once
/// per analysis, the rest once.
#[hook]
pub fn use_checks(
    h: &Handles,
    now: Analyzed,
    jump_to: Callback<(usize, usize, bool)>,
) -> UseChecks {
    let Analyzed {
        analysis,
        values,
        findings,
        ..
    } = now;
    let (dispatch, live, flush) = (h.dispatch.clone(), h.live.clone(), h.flush.clone());
    let (on_jump, on_rule) = (*use_memo((), {
        let dispatch = dispatch.clone();
        move |_| {
            (
                jump_to.reform(|(s, e): (usize, usize)| (s, e, true)),
                dispatch.reform(|(rule, on)| Action::SetRule { rule, on }),
            )
        }
    }))
    .clone();
    // made again for each analysis, not only for a new list: a snapshot shares the list that
    // came out the same, and a fix must act on the text it was found in
    let deps = (
        Shared(findings),
        Shared(analysis.clone()),
        Shared(values.clone()),
    );
    let on_fix = (*use_memo(deps, move |(f, _, _)| {
        let findings = f.0.clone();
        Callback::from(move |which: Option<usize>| {
            // a fix of an older analysis would write an older text or older values back: when
            // the draft has moved on, bring the list up to date instead and let the writer
            // choose again
            let current = {
                let s = live.borrow();
                *s.doc().text == *analysis.text && *s.doc().values == *values
            };
            if !current {
                flush.emit(());
                return;
            }
            let chosen: Vec<Finding> = match which {
                Some(i) => findings.get(i).cloned().into_iter().collect(),
                // 全部修复: only the fixes that cannot change what the speech says
                None => safe_fixes(&findings),
            };
            let (text, values) = apply_fixes_to_draft(&analysis, &values, &chosen);
            dispatch.emit(Action::Fix { text, values });
        })
    }))
    .clone();
    UseChecks {
        on_jump,
        on_fix,
        on_rule,
    }
}

/// A value told apart by identity (the analysis, its values and its findings: one `Rc` each per
/// snapshot, the findings shared with the last when they came out the same).
struct Shared<T>(Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl UseChecks {
    /// The panel; `checking`: the review rules' answer is still to come, `failed`: why they
    /// could not run.
    pub fn panel(
        &self,
        findings: Rc<Vec<FindingView>>,
        disabled: Rc<BTreeSet<jianggao_engine::RuleId>>,
        checking: bool,
        failed: Option<Rc<str>>,
    ) -> Html {
        html! {
            <ChecksPanel {findings} on_jump={self.on_jump.clone()} on_fix={self.on_fix.clone()} {disabled} on_rule={self.on_rule.clone()} {checking} {failed} />
        }
    }
}
