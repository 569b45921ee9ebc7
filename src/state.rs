//! The app's one state, a value: the draft ([`Doc`], each part shared and replaced by a change,
//! never changed in place), its undo and redo steps, and a revision number.
//!
//! [`State::apply`] is a pure function of a state and a [`Change`]: the state it is given stays
//! as it was (an older state never sees a newer draft), nothing is written anywhere (storage
//! follows the state in an effect, `shell/autosave.rs`). A step of undo is a whole [`Doc`],
//! the ledger's table with its facts, so undoing a cleared ledger brings both back.
//!
//! What a change does to the draft is the engine's [`Session`]: a key and a field's value are
//! applied here (the keystroke path copies no draft), every other action by a `Session` of one
//! step; which changes are undo steps and which typing joins a step is the engine's rule too
//! (`steps::starts_step`). `state_tests.rs` holds the two to the same drafts and steps.

use jianggao_engine::fields::remap_values;
use jianggao_engine::finding::{CheckOptions, RuleId};
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::Column;
use jianggao_engine::session::{Action, Draft, Session, UNDO_LIMIT};
use jianggao_engine::steps::{ends_run, starts_step, Run};
use jianggao_engine::Values;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// The cells a ledger was read from, for correcting a column: the header texts, the columns
/// taken, the grid and the writer's fixes.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct LedgerTable {
    pub headers: Vec<String>,
    pub taken: BTreeMap<Column, usize>,
    pub grid: Rc<Vec<Vec<String>>>,
    pub fixed: BTreeMap<Column, usize>,
}

/// The project ledger of a draft: its facts and, when it was read in this tab, its table.
#[derive(Clone, PartialEq, Debug)]
pub struct Ledger {
    pub facts: Rc<Facts>,
    pub table: Option<Rc<LedgerTable>>,
}

/// The draft: the engine's [`Draft`] with its parts shared.
#[derive(Clone, PartialEq, Debug)]
pub struct Doc {
    pub text: Rc<str>,
    pub values: Rc<Values>,
    pub cursor: usize,
    pub rate: u32,
    pub disabled_rules: Rc<BTreeSet<String>>,
    pub target_minutes: Option<f64>,
    pub ledger: Option<Ledger>,
    pub baseline: Option<Rc<str>>,
}

impl Doc {
    pub fn from_draft(d: Draft) -> Doc {
        Doc {
            text: Rc::from(d.text),
            values: Rc::new(d.values),
            cursor: d.cursor,
            rate: d.rate,
            disabled_rules: Rc::new(d.disabled_rules),
            target_minutes: d.target_minutes,
            ledger: d.ledger.map(|f| Ledger {
                facts: Rc::new(*f),
                table: None,
            }),
            baseline: d.baseline.map(Rc::from),
        }
    }

    /// The draft without its text and baseline (copied only where they are needed).
    fn settings(&self) -> Draft {
        Draft {
            text: String::new(),
            values: Values::new(),
            rate: self.rate,
            cursor: self.cursor,
            disabled_rules: (*self.disabled_rules).clone(),
            target_minutes: self.target_minutes,
            ledger: self.ledger.as_ref().map(|l| Box::new((*l.facts).clone())),
            baseline: None,
        }
    }

    /// The engine's draft (a copy: for saving, a work file, a version).
    pub fn to_draft(&self) -> Draft {
        Draft {
            text: self.text.to_string(),
            values: (*self.values).clone(),
            baseline: self.baseline.as_deref().map(str::to_string),
            ..self.settings()
        }
    }

    pub fn check_options(&self) -> CheckOptions {
        self.settings().check_options()
    }

    /// The rules the writer switched off.
    pub fn disabled(&self) -> BTreeSet<RuleId> {
        self.settings().disabled()
    }

    /// This draft after `d`, the engine's draft that a change made of it: the parts that did
    /// not change stay shared.
    fn after(&self, d: Draft) -> Doc {
        let mut next = Doc::from_draft(d);
        if *next.text == *self.text {
            next.text = self.text.clone();
        }
        if next.values == self.values {
            next.values = self.values.clone();
        }
        if next.baseline == self.baseline {
            next.baseline = self.baseline.clone();
        }
        // the facts are the same: the table they were read from stays
        if next.ledger.as_ref().map(|l| &l.facts) == self.ledger.as_ref().map(|l| &l.facts) {
            next.ledger = self.ledger.clone();
        }
        next
    }
}

/// Every change to the state: an action of the engine, or a ledger with its table.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Do(Action),
    /// The ledger read (or `None`: closed), one undo step.
    SetLedger(Option<Ledger>),
}

/// What an undo step groups: a typing run in the text, consecutive typing in one field's
/// value, or one change (as the engine's session groups them).
#[derive(Clone, Debug, PartialEq)]
enum Group {
    Text(Run),
    Value(String),
    Other,
}

#[derive(Clone, PartialEq, Debug)]
pub struct State {
    doc: Doc,
    undo: Rc<Vec<Doc>>,
    redo: Rc<Vec<Doc>>,
    group: Option<Group>,
    /// The draft open before the last load, for 撤销导入.
    before_load: Option<Doc>,
    /// Bumped on every change, so effects and memos can depend on it.
    pub rev: u64,
    /// This revision put a whole new draft in (an import, a template, 撤销导入, a version
    /// restored): no more keys are coming, so its analysis need not wait for a pause.
    pub loaded: bool,
}

impl State {
    pub fn new(draft: Draft) -> Self {
        State {
            doc: Doc::from_draft(draft),
            undo: Rc::default(),
            redo: Rc::default(),
            group: None,
            before_load: None,
            rev: 0,
            loaded: false,
        }
    }

    /// The draft as of this revision.
    pub fn doc(&self) -> &Doc {
        &self.doc
    }

    /// The draft's text as of this revision.
    pub fn text(&self) -> Rc<str> {
        self.doc.text.clone()
    }

    /// The fields' values as of this revision.
    pub fn values(&self) -> Rc<Values> {
        self.doc.values.clone()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The state after `change`, or `None` when it changes nothing. `self` is left as it was.
    pub fn apply(&self, change: Change) -> Option<State> {
        let action = match change {
            Change::SetLedger(ledger) => return self.set_ledger(ledger),
            Change::Do(a) => a,
        };
        let loaded = matches!(
            action,
            Action::Load { .. } | Action::UndoLoad | Action::Restore(_)
        );
        let mut next = match action {
            Action::EditText {
                text,
                cursor,
                at_ms,
                kind,
            } => {
                if jianggao_engine::text::same(&text, &self.doc.text) {
                    // the caret moved, nothing else: no new revision
                    return (cursor != self.doc.cursor).then(|| {
                        let mut next = self.clone();
                        next.doc.cursor = cursor;
                        next
                    });
                }
                let run = match self.group {
                    Some(Group::Text(run)) => Some(run),
                    _ => None,
                };
                let new_step = starts_step(run, &self.doc.text, &text, at_ms, kind);
                let mut next = self.step(!new_step, Group::Text(Run { at_ms, cursor }));
                if ends_run(kind) {
                    next.group = None;
                }
                let values = remap_values(&self.doc.text, &text, &self.doc.values);
                if values != *self.doc.values {
                    next.doc.values = Rc::new(values);
                }
                next.doc.text = Rc::from(text);
                next.doc.cursor = cursor;
                next
            }
            Action::SetValue { key, value } => {
                let old = self.doc.values.get(&key).map_or("", String::as_str);
                if old == value {
                    return None;
                }
                let same_field = self.group == Some(Group::Value(key.clone()));
                let mut next = self.step(same_field, Group::Value(key.clone()));
                let mut values = (*self.doc.values).clone();
                if value.is_empty() {
                    values.remove(&key);
                } else {
                    values.insert(key, value);
                }
                next.doc.values = Rc::new(values);
                next
            }
            Action::UndoLoad => {
                let before = self.before_load.clone()?;
                let mut next = self.replace(before).unwrap_or_else(|| State {
                    rev: self.rev,
                    ..self.clone()
                });
                next.before_load = None;
                next
            }
            Action::Restore(draft) => self.replace(self.doc.after(draft))?,
            Action::SetLedger(facts) => {
                return self.set_ledger(facts.map(|f| Ledger {
                    facts: Rc::new(*f),
                    table: None,
                }))
            }
            Action::Undo => {
                let mut undo = (*self.undo).clone();
                let prev = undo.pop()?;
                let mut redo = (*self.redo).clone();
                redo.push(self.doc.clone());
                self.with(prev, undo, redo)
            }
            Action::Redo => {
                let mut redo = (*self.redo).clone();
                let next = redo.pop()?;
                let mut undo = (*self.undo).clone();
                undo.push(self.doc.clone());
                self.with(next, undo, redo)
            }
            // settings: not undo steps
            a @ (Action::SetRate(_) | Action::SetRule { .. } | Action::SetTarget(_)) => {
                let doc = self.by_engine(a)?;
                State {
                    doc,
                    rev: self.rev + 1,
                    ..self.clone()
                }
            }
            // a load, fixes, a section added, deleted or moved: one step each
            a => {
                let load = matches!(a, Action::Load { .. });
                let doc = self.by_engine(a)?;
                let mut next = self.step(false, Group::Other);
                if load {
                    next.before_load = Some(self.doc.clone());
                }
                next.doc = doc;
                next
            }
        };
        next.loaded = loaded;
        if next.rev == self.rev && next.doc != self.doc {
            next.rev += 1;
        }
        Some(next)
    }

    /// The draft after an action, as the engine's session does it, or `None` when it changes
    /// nothing.
    fn by_engine(&self, action: Action) -> Option<Doc> {
        let mut session = Session::new(self.doc.to_draft());
        session.apply(action).then(|| self.doc.after(session.draft))
    }

    /// The next revision, with the current draft kept as an undo step unless the change joins
    /// the step in progress (`join`); redo is forgotten.
    fn step(&self, join: bool, group: Group) -> State {
        let undo = if join {
            self.undo.clone()
        } else {
            let mut undo = (*self.undo).clone();
            undo.push(self.doc.clone());
            if undo.len() > UNDO_LIMIT {
                undo.remove(0);
            }
            Rc::new(undo)
        };
        State {
            undo,
            redo: Rc::default(),
            group: Some(group),
            rev: self.rev + 1,
            ..self.clone()
        }
    }

    /// Another draft in place of this one, as one step.
    fn replace(&self, doc: Doc) -> Option<State> {
        if doc == self.doc {
            return None;
        }
        let mut next = self.step(false, Group::Other);
        next.doc = doc;
        Some(next)
    }

    fn set_ledger(&self, ledger: Option<Ledger>) -> Option<State> {
        if ledger == self.doc.ledger {
            return None;
        }
        let mut next = self.step(false, Group::Other);
        next.doc.ledger = ledger;
        next.loaded = false;
        Some(next)
    }

    /// An undo or a redo: `doc` with these stacks; no typing run continues across it.
    fn with(&self, doc: Doc, undo: Vec<Doc>, redo: Vec<Doc>) -> State {
        State {
            doc,
            undo: Rc::new(undo),
            redo: Rc::new(redo),
            group: None,
            rev: self.rev + 1,
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match self.apply(change) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
