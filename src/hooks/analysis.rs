//! The engine's results for the draft, off the keystroke path.
//!
//! A key changes the draft at once (the textarea shows it; the session records it for undo);
//! the analysis, the checks, the filled text and the view-models of the panels are computed
//! from the draft as it is when the writer pauses: [`DELAY_MS`] after the last change, or at
//! the latest [`MAX_WAIT_MS`] after the first change still waiting, in a timer task of their
//! own. A snapshot always reads the live draft when it is computed, so it is never older than
//! what it is shown with, and a stale one is never shown: each carries the revision it was
//! made from, and `pending` says that a newer one is due. [`UseAnalysis::flush`] computes it at
//! once, for actions that must act on the current draft (a fix, an export).

use crate::components::checks::FindingView;
use crate::components::fields::FieldView;
use crate::components::outline::OutlineView;
use crate::state::State;
use crate::views;
use gloo_timers::callback::Timeout;
use jianggao_engine::check::check;
use jianggao_engine::{Analysis, Finding, Values};
use std::rc::Rc;
use yew::prelude::*;

/// Quiet time after the last change before the analysis runs.
pub const DELAY_MS: u32 = 80;
/// Typing without a pause still sees the count at least this often.
pub const MAX_WAIT_MS: f64 = 250.0;

/// What the engine derives from one revision of the draft, with the panels' view-models.
pub struct Snapshot {
    pub rev: u64,
    /// The tables installed when it was made ([`crate::tables::generation`]).
    pub tables: u32,
    pub text: Rc<str>,
    pub values: Values,
    pub analysis: Rc<Analysis>,
    /// Errors first, then warnings, then info.
    pub findings: Rc<Vec<Finding>>,
    pub leftovers: usize,
    pub filled: Rc<String>,
    pub fields: Rc<Vec<FieldView>>,
    pub finding_views: Rc<Vec<FindingView>>,
    pub outline: Rc<Vec<OutlineView>>,
}

impl PartialEq for Snapshot {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev && self.tables == other.tables
    }
}

fn snapshot(state: &State, rev: u64, prev: Option<&Snapshot>) -> Snapshot {
    let text = state.text();
    state.with_draft(|d| {
        // a field's value or a setting changed: the text's analysis stays
        let analysis = match prev {
            Some(p) if Rc::ptr_eq(&p.text, &text) || *p.text == *text => p.analysis.clone(),
            _ => Rc::new(Analysis::new(&text)),
        };
        let findings = views::by_severity(check(&analysis, &d.values, &d.check_options()));
        Snapshot {
            rev,
            tables: crate::tables::generation(),
            leftovers: views::leftover_count(&findings),
            filled: Rc::new(analysis.filled(&d.values)),
            fields: Rc::new(views::field_views(&analysis, &d.values)),
            finding_views: Rc::new(views::finding_views(&analysis.text, &findings)),
            outline: Rc::new(views::outline_views(&analysis, d.rate)),
            findings: Rc::new(findings),
            values: d.values.clone(),
            analysis,
            text,
        }
    })
}

pub struct UseAnalysis {
    /// The latest snapshot (possibly of an older revision: see `pending`).
    pub now: Rc<Snapshot>,
    /// The draft changed since `now` was made; a new snapshot is on its way.
    pub pending: bool,
    /// Compute the snapshot of the current draft now (no-op when it is current, also after a
    /// table was installed).
    pub flush: Callback<()>,
}

#[hook]
pub fn use_analysis(state: &State) -> UseAnalysis {
    let shown = use_state(|| Rc::new(snapshot(state, state.rev, None)));
    // what the timer reads when it fires: the latest state and snapshot, not this render's
    let live = use_mut_ref(|| state.clone());
    *live.borrow_mut() = state.clone();
    let last = use_mut_ref(|| (*shown).clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    let waiting_since = use_mut_ref(|| None::<f64>);

    // the render of a new snapshot, in a task of its own after the one that computed it
    let show_next = use_mut_ref(|| None::<Timeout>);
    // `at_once`: shown in this task (a fix or an export acts on it next); else the snapshot is
    // computed in this task and drawn in the next, so that neither task is long on a big draft
    let run: Rc<dyn Fn(bool)> = {
        let shown = shown.setter();
        let live = live.clone();
        let last = last.clone();
        let timer = timer.clone();
        let waiting_since = waiting_since.clone();
        Rc::new(move |at_once: bool| {
            timer.borrow_mut().take();
            *waiting_since.borrow_mut() = None;
            let state = live.borrow().clone();
            if last.borrow().rev == state.rev && last.borrow().tables == crate::tables::generation()
            {
                if at_once && show_next.borrow_mut().take().is_some() {
                    shown.set(last.borrow().clone());
                }
                return;
            }
            let next = Rc::new(snapshot(&state, state.rev, Some(&last.borrow())));
            *last.borrow_mut() = next.clone();
            if at_once {
                show_next.borrow_mut().take();
                shown.set(next);
            } else {
                let shown = shown.clone();
                *show_next.borrow_mut() = Some(Timeout::new(0, move || shown.set(next)));
            }
        })
    };
    {
        let run = run.clone();
        let last = last.clone();
        use_effect_with(state.rev, move |rev| {
            if last.borrow().rev != *rev {
                let now = js_sys::Date::now();
                let since = *waiting_since.borrow_mut().get_or_insert(now);
                let delay = if now - since >= MAX_WAIT_MS {
                    0
                } else {
                    DELAY_MS
                };
                let run = run.clone();
                // replacing the timer cancels the one before: one analysis per pause
                *timer.borrow_mut() = Some(Timeout::new(delay, move || run(false)));
            }
        });
    }
    let now = last.borrow().clone();
    UseAnalysis {
        pending: now.rev != state.rev,
        now,
        flush: Callback::from(move |_| run(true)),
    }
}
