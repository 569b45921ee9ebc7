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
//!
//! The checks come in two parts (`jianggao_engine::check::Part`): the form rules run here, in
//! the snapshot's stages; the review rules (damage, punctuation, places, levels, times, figures, the ledger) run in
//! the tools worker ([`crate::workers::check_review`]), asked after each snapshot, one request
//! at a time, the newest draft next. Until its answer, a snapshot shows the review findings of
//! the text before, moved through the edit (`steps::Change::map`; those the edit touched are
//! dropped), and `pending` stays true.

use super::review::{merged, Asking, Review, REVIEW_MS};
use crate::checks::FindingView;
use crate::editor::{Mark, Marked};
use crate::fields::FieldView;
use crate::handles::Analyzed;
use crate::outline::OutlineView;
use crate::state::State;
use gloo_timers::callback::Timeout;
use jianggao_engine::baseline::{Baseline, Unchanged};
use jianggao_engine::check::{any_on, check_form, in_text_order, Part};
use jianggao_engine::finding::CheckOptions;
use jianggao_engine::{length, Analysis, Finding, Length, Values};
use std::rc::Rc;
use yew::prelude::*;

/// Quiet time after the last change before the analysis runs.
pub const DELAY_MS: u32 = 80;
/// Typing without a pause still sees the count at least this often.
pub const MAX_WAIT_MS: f64 = 250.0;
/// A change this long after the one before is typing slower than a snapshot takes (a key at a
/// time, a word from the input method): its snapshot starts as soon as the change is painted,
/// not after a pause, so it is done before the next key comes and that key finds the page
/// idle. Faster keys wait for the pause ([`DELAY_MS`]), as a snapshot begun would be dropped.
pub const STEADY_MS: f64 = 120.0;

/// What the engine derives from one revision of the draft, with the panels' view-models.
#[derive(Clone)]
pub struct Snapshot {
    pub rev: u64,
    pub text: Rc<str>,
    pub values: Rc<Values>,
    pub(super) options: Rc<CheckOptions>,
    pub analysis: Rc<Analysis>,
    /// Errors first, then warnings, then info: the form rules' and the review's together.
    pub findings: Rc<Vec<Finding>>,
    /// The form rules' findings, in text order.
    pub(super) text_findings: Rc<Vec<Finding>>,
    pub review: Review,
    pub leftovers: usize,
    pub filled: Rc<String>,
    /// The filled speech's length at the draft's rate.
    pub length: Length,
    pub fields: Rc<Vec<FieldView>>,
    pub finding_views: Rc<Vec<FindingView>>,
    pub outline: Rc<Vec<OutlineView>>,
    /// The editor's marks, no field active ([`crate::editor::marks`]).
    pub marks: Rc<Vec<Mark>>,
    /// What is still the imported text (when the draft has a baseline), and the share of each
    /// outline item's section.
    pub unchanged: Rc<Option<Unchanged>>,
    pub shares: Rc<Vec<f64>>,
    /// The draft's baseline as read for it, kept for the next snapshot (the baseline stays
    /// while the draft is typed in).
    pub(super) base: Option<Rc<BaseRead>>,
}

/// A baseline text and what [`Baseline`] read of it.
pub(super) struct BaseRead {
    text: String,
    read: Baseline,
}

/// A job's baseline: the last snapshot's when it is the same text, or a text still to read.
enum Base {
    Read(Rc<BaseRead>),
    New(String),
}

impl Snapshot {
    /// The results the features read.
    pub fn analyzed(&self) -> Analyzed {
        Analyzed {
            rev: self.rev,
            analysis: self.analysis.clone(),
            values: self.values.clone(),
            findings: self.findings.clone(),
        }
    }

    /// What the editor column draws from this snapshot.
    pub fn marked(&self) -> Marked {
        Marked {
            text: self.text.clone(),
            analysis: self.analysis.clone(),
            values: self.values.clone(),
            findings: self.findings.clone(),
            marks: self.marks.clone(),
            unchanged: self.unchanged.clone(),
        }
    }
}

type Outline = Rc<Vec<OutlineView>>;
type Shares = Rc<Vec<f64>>;
/// What is still the source, each section's share of it, and the baseline as read.
type StillSource = (Rc<Option<Unchanged>>, Shares, Option<Rc<BaseRead>>);

/// A snapshot being made, a stage at a time: the draft as it was when it started (text, values,
/// settings, baseline), and what the stages done so far made of it.
struct Job {
    rev: u64,
    text: Rc<str>,
    values: Rc<Values>,
    options: Rc<CheckOptions>,
    rate: u32,
    baseline: Option<Base>,
    /// The last snapshot's analysis, reused when the text is the same.
    prev: Option<(Rc<str>, Rc<Analysis>)>,
    analysis: Option<Rc<Analysis>>,
    /// The last snapshot's text and review findings, carried into this one until its own.
    prev_review: Option<(Rc<str>, Rc<Vec<Finding>>)>,
    /// The form rules' findings, then with the review's (carried) by severity.
    checked: Option<(Rc<Vec<Finding>>, Review)>,
    findings: Option<Vec<Finding>>,
    filled: Option<(Rc<String>, Length)>,
    fields: Option<(Rc<Vec<FieldView>>, Outline)>,
    finding_views: Option<Rc<Vec<FindingView>>>,
    marks: Option<Rc<Vec<Mark>>>,
    unchanged: Option<StillSource>,
    /// A newer revision asked for a snapshot while this one was being made.
    again: bool,
}

impl Job {
    fn new(state: &State, prev: Option<&Snapshot>) -> Job {
        let text = state.text();
        let known = prev.and_then(|p| p.base.clone());
        let d = state.doc();
        let baseline = d.baseline.as_deref().map(|b| match known {
            Some(k) if jianggao_engine::text::same(&k.text, b) => Base::Read(k),
            _ => Base::New(b.to_string()),
        });
        let (values, options, rate) = (d.values.clone(), Rc::new(d.check_options()), d.rate);
        Job {
            rev: state.rev,
            text,
            values,
            options,
            rate,
            baseline,
            prev: prev.map(|p| (p.text.clone(), p.analysis.clone())),
            prev_review: prev.map(|p| (p.text.clone(), p.review.findings.clone())),
            analysis: None,
            checked: None,
            findings: None,
            filled: None,
            fields: None,
            finding_views: None,
            marks: None,
            unchanged: None,
            again: false,
        }
    }

    /// Do the next stage. Each is one pass of the engine or the views over the draft, so that
    /// on a long draft each can run in a task of its own: the analysis; the checks (in two
    /// parts); the filled text with the fields and the outline; the checks' list; the editor's
    /// marks; what is still the source. Returns the snapshot after the last.
    fn step(&mut self) -> Option<Snapshot> {
        let Some(a) = self.analysis.clone() else {
            // a field's value or a setting changed: the text's analysis stays
            self.analysis = Some(match self.prev.take() {
                Some((t, a)) if Rc::ptr_eq(&t, &self.text) || *t == *self.text => a,
                _ => Rc::new(Analysis::new(&self.text)),
            });
            return None;
        };
        // the form rules, then the review's findings as they stand (their own answer comes
        // from the tools worker), in the panel's order
        let Some((_, review)) = &self.checked else {
            let mut own = Vec::new();
            check_form(&a, &self.values, &self.options, &mut own);
            in_text_order(&mut own);
            let review = if !any_on(&self.options, Part::Review) || a.text.trim().is_empty() {
                Review::fresh(Vec::new())
            } else {
                let carried = match self.prev_review.take() {
                    Some((from, found)) => {
                        Review::carried(&found, &from, &self.text, &self.options)
                    }
                    None => Vec::new(),
                };
                Review {
                    findings: Rc::new(carried),
                    fresh: false,
                    failed: None,
                }
            };
            self.checked = Some((Rc::new(own), review));
            return None;
        };
        let Some(findings) = &self.findings else {
            let own = self
                .checked
                .as_ref()
                .map(|c| c.0.clone())
                .unwrap_or_default();
            self.findings = Some(merged(&own, &review.findings));
            return None;
        };
        if self.filled.is_none() {
            let filled = a.filled(&self.values);
            let len = length(&filled, self.rate);
            self.filled = Some((Rc::new(filled), len));
            return None;
        }
        if self.fields.is_none() {
            self.fields = Some((
                Rc::new(crate::fields::field_views(&a, &self.values)),
                Rc::new(crate::outline::outline_views(&a, self.rate)),
            ));
            return None;
        }
        if self.finding_views.is_none() {
            self.finding_views = Some(Rc::new(crate::checks::finding_views(&a.text, findings)));
            return None;
        }
        if self.marks.is_none() {
            self.marks = Some(Rc::new(crate::editor::marks(
                &a,
                &self.values,
                findings,
                None,
            )));
            return None;
        }
        if self.unchanged.is_none() {
            let base = self.baseline.take().map(|b| match b {
                Base::Read(known) => known,
                // a draft just imported is its own baseline: its analysis has scanned it
                Base::New(text) => Rc::new(BaseRead {
                    read: if jianggao_engine::text::same(&text, &a.text) {
                        Baseline::with_scan(&text, &a.scan)
                    } else {
                        Baseline::new(&text)
                    },
                    text,
                }),
            });
            let u = base.as_ref().map(|b| b.read.unchanged(&self.text));
            let shares = match &u {
                Some(u) => a.outline.iter().map(|o| u.share_in(&o.range)).collect(),
                None => Vec::new(),
            };
            self.unchanged = Some((Rc::new(u), Rc::new(shares), base));
            return None;
        }
        let findings = self.findings.take().unwrap_or_default();
        let (text_findings, review) = self.checked.take()?;
        let (filled, length) = self.filled.take()?;
        let (fields, outline) = self.fields.take()?;
        let (unchanged, shares, base) = self.unchanged.take()?;
        Some(Snapshot {
            rev: self.rev,
            options: self.options.clone(),
            text_findings,
            review,
            leftovers: crate::checks::leftover_count(&findings),
            findings: Rc::new(findings),
            filled,
            length,
            fields,
            outline,
            finding_views: self.finding_views.take()?,
            marks: self.marks.take()?,
            unchanged,
            shares,
            base,
            values: self.values.clone(),
            analysis: a,
            text: self.text.clone(),
        })
    }

    /// Every stage at once.
    fn finish(mut self) -> Snapshot {
        loop {
            if let Some(s) = self.step() {
                return s;
            }
        }
    }
}

fn snapshot(state: &State, prev: Option<&Snapshot>) -> Snapshot {
    Job::new(state, prev).finish()
}

pub struct UseAnalysis {
    /// The latest snapshot (possibly of an older revision: see `pending`).
    pub now: Rc<Snapshot>,
    /// The draft changed since `now` was made, or its review rules' answer is still to come.
    pub pending: bool,
    /// The draft changed since `now` was made (what an export waits for: the review rules
    /// count no leftover, and [`UseAnalysis::flush`] cannot hurry the worker).
    pub stale: bool,
    /// Compute the snapshot of the current draft now (no-op when it is current, also after a
    /// table was installed).
    pub flush: Callback<()>,
}

type Cell<T> = Rc<std::cell::RefCell<T>>;

/// Stages of a snapshot run in one task while they have taken less than this together; a
/// long draft's stages each get a task of their own.
pub const SLICE_MS: f64 = 12.0;

/// What makes the snapshots: the latest state (what the timers read when they fire, not a
/// render's), the last snapshot made, the one being made and the timers of its next stage and
/// of its drawing.
#[derive(Clone)]
struct Maker {
    live: Cell<State>,
    last: Cell<Rc<Snapshot>>,
    job: Cell<Option<Job>>,
    next_stage: Cell<Option<Timeout>>,
    show_next: Cell<Option<Timeout>>,
    shown: UseStateSetter<Rc<Snapshot>>,
    /// The review check with the tools worker, if any (the next waits for its answer).
    asking: Rc<Asking>,
}

impl Maker {
    fn current(&self, s: &Snapshot) -> bool {
        s.rev == self.live.borrow().rev
    }

    /// Ask the tools worker for the review findings of the last snapshot, unless they are its
    /// own already or a request is out (its answer asks again for the newest).
    fn ask_review(&self) {
        let last = self.last.borrow().clone();
        if !last.review.due() || self.asking.out.get() != 0 {
            return;
        }
        let serial = self.asking.serial.get().wrapping_add(1).max(1);
        self.asking.serial.set(serial);
        self.asking.out.set(serial);
        let (rev, sent) = (last.rev, last.text.clone());
        let me = self.clone();
        *self.asking.limit.borrow_mut() = Some(Timeout::new(REVIEW_MS, move || {
            if me.asking.out.get() == serial {
                me.asking.out.set(0);
                me.review_answered(rev, "", Err(crate::workers::REVIEW_LATE.into()));
            }
        }));
        let me = self.clone();
        crate::workers::check_review(
            sent.to_string(),
            (*last.values).clone(),
            (*last.options).clone(),
            Callback::from(move |r| {
                if me.asking.out.get() != serial {
                    return; // given up on (REVIEW_MS)
                }
                me.asking.out.set(0);
                me.asking.limit.borrow_mut().take();
                me.review_answered(rev, &sent, r);
            }),
        );
    }

    /// The worker's answer for revision `rev` (text `sent`), shown with the last snapshot:
    /// its own, or carried into a newer text (whose answer is asked for next).
    fn review_answered(&self, rev: u64, sent: &str, r: Result<Vec<Finding>, String>) {
        let last = self.last.borrow().clone();
        let review = match r {
            Ok(found) if last.rev == rev && found == *last.review.findings => Review {
                findings: last.review.findings.clone(),
                fresh: true,
                failed: None,
            },
            Ok(found) if last.rev == rev => Review::fresh(found),
            Ok(found) => Review {
                findings: Rc::new(Review::carried(&found, sent, &last.text, &last.options)),
                fresh: false,
                failed: None,
            },
            Err(why) => Review {
                findings: last.review.findings.clone(),
                fresh: false,
                failed: Some(why.into()),
            },
        };
        let next = Rc::new(last.with_review(review).sharing(&last));
        *self.last.borrow_mut() = next.clone();
        // drawn now (a drawing of the snapshot it replaces, still due, is dropped)
        self.show_next.borrow_mut().take();
        self.shown.set(next);
        self.ask_review();
    }

    /// Make the snapshot of the current draft and show it in this task (a fix or an export
    /// acts on it next); the one being made is dropped.
    fn at_once(&self) {
        self.job.borrow_mut().take();
        self.next_stage.borrow_mut().take();
        if self.current(&self.last.borrow()) {
            if self.show_next.borrow_mut().take().is_some() {
                self.shown.set(self.last.borrow().clone());
            }
            return;
        }
        let state = self.live.borrow().clone();
        let last = self.last.borrow().clone();
        let next = Rc::new(snapshot(&state, Some(&last)).sharing(&last));
        *self.last.borrow_mut() = next.clone();
        self.show_next.borrow_mut().take();
        self.shown.set(next);
        self.ask_review();
    }

    /// Start the snapshot of the current draft, made a stage or more a task ([`SLICE_MS`])
    /// and drawn in the task after its last stage. One being made is finished for the revision
    /// it started from, and the newer one is started after it is drawn (so that steady typing
    /// on a long draft still sees its counts follow).
    fn start(&self) {
        if let Some(j) = self.job.borrow_mut().as_mut() {
            j.again = true;
            return;
        }
        if self.current(&self.last.borrow()) {
            return;
        }
        let state = self.live.borrow().clone();
        *self.job.borrow_mut() = Some(Job::new(&state, Some(&self.last.borrow())));
        self.stages();
    }

    fn stages(&self) {
        let begun = js_sys::Date::now();
        loop {
            let made = match self.job.borrow_mut().as_mut() {
                Some(j) => j.step().map(|s| (s, j.again)),
                None => return,
            };
            if let Some((snap, again)) = made {
                self.job.borrow_mut().take();
                let last = self.last.borrow().clone();
                let next = Rc::new(snap.sharing(&last));
                *self.last.borrow_mut() = next.clone();
                let shown = self.shown.clone();
                *self.show_next.borrow_mut() = Some(Timeout::new(0, move || shown.set(next)));
                self.ask_review();
                // a newer revision waited: its snapshot is started now, its first stage run in
                // a task after the drawing of this one
                if again && !self.current(&self.last.borrow()) {
                    let state = self.live.borrow().clone();
                    *self.job.borrow_mut() = Some(Job::new(&state, Some(&self.last.borrow())));
                    let me = self.clone();
                    *self.next_stage.borrow_mut() = Some(Timeout::new(0, move || me.stages()));
                }
                return;
            }
            if js_sys::Date::now() - begun >= SLICE_MS {
                let me = self.clone();
                *self.next_stage.borrow_mut() = Some(Timeout::new(0, move || me.stages()));
                return;
            }
        }
    }
}

#[hook]
pub fn use_analysis(state: &State) -> UseAnalysis {
    let shown = use_state(|| Rc::new(snapshot(state, None)));
    let live = use_mut_ref(|| state.clone());
    *live.borrow_mut() = state.clone();
    let last = use_mut_ref(|| (*shown).clone());
    let job = use_mut_ref(|| None::<Job>);
    let next_stage = use_mut_ref(|| None::<Timeout>);
    let show_next = use_mut_ref(|| None::<Timeout>);
    let asking = (*use_memo((), |_| Rc::new(Asking::default()))).clone();
    let timer = use_mut_ref(|| None::<Timeout>);
    let waiting_since = use_mut_ref(|| None::<f64>);
    // when the draft last changed, and the serial of the start last armed (a start armed for
    // after the next frame checks it is still the last)
    let changed_at = use_mut_ref(|| 0.0f64);
    let armed = use_mut_ref(|| 0u32);
    let maker = Maker {
        live,
        last: last.clone(),
        job,
        next_stage,
        show_next,
        shown: shown.setter(),
        asking,
    };
    {
        // the first snapshot's review (a restored draft)
        let maker = maker.clone();
        use_effect_with((), move |_| maker.ask_review());
    }
    {
        let maker = maker.clone();
        let (timer, armed) = (timer.clone(), armed.clone());
        let waiting_since = waiting_since.clone();
        let loaded = state.loaded;
        use_effect_with(state.rev, move |rev| {
            if last.borrow().rev != *rev {
                let now = js_sys::Date::now();
                let gap = now - std::mem::replace(&mut *changed_at.borrow_mut(), now);
                let since = *waiting_since.borrow_mut().get_or_insert(now);
                let serial = armed.borrow().wrapping_add(1);
                *armed.borrow_mut() = serial;
                let start: Rc<dyn Fn()> = {
                    let waiting_since = waiting_since.clone();
                    Rc::new(move || {
                        *waiting_since.borrow_mut() = None;
                        maker.start()
                    })
                };
                // a new draft put in, or typing too long without a pause: at once; else at the
                // pause's end (replacing the timer cancels the one before: one analysis per
                // pause), or sooner, right after this change is painted (`after_paint`)
                let at_once = loaded || now - since >= MAX_WAIT_MS;
                let delay = if at_once { 0 } else { DELAY_MS };
                let s = start.clone();
                *timer.borrow_mut() = Some(Timeout::new(delay, move || s()));
                if !at_once && gap >= STEADY_MS {
                    after_paint(timer.clone(), armed.clone(), serial, start);
                }
            }
        });
    }
    // the snapshot drawn: never one made since, even when a key renders before it is drawn
    let now = (*shown).clone();
    UseAnalysis {
        pending: now.rev != state.rev || now.review.due(),
        stale: now.rev != state.rev,
        now,
        flush: Callback::from(move |_| {
            timer.borrow_mut().take();
            // a start armed for after the next frame is off too
            let serial = armed.borrow().wrapping_add(1);
            *armed.borrow_mut() = serial;
            *waiting_since.borrow_mut() = None;
            maker.at_once()
        }),
    }
}

/// Run `start` in a task of its own once the next frame is painted (a timer queued from that
/// frame's animation callback, in the slot of the timer at the pause's end, which stays for a
/// page that paints no frame: a hidden tab), unless another start was armed meanwhile (`armed`
/// moved on from `serial`).
fn after_paint(
    timer: Rc<std::cell::RefCell<Option<Timeout>>>,
    armed: Rc<std::cell::RefCell<u32>>,
    serial: u32,
    start: Rc<dyn Fn()>,
) {
    let painted = wasm_bindgen::closure::Closure::once_into_js(move || {
        if *armed.borrow() == serial {
            *timer.borrow_mut() = Some(Timeout::new(0, move || start()));
        }
    });
    if let Some(w) = web_sys::window() {
        use wasm_bindgen::JsCast;
        let _ = w.request_animation_frame(painted.unchecked_ref());
    }
}

#[cfg(test)]
#[path = "analysis_tests.rs"]
mod tests;
