//! The app's one state, a value: the draft ([`Doc`], each part shared and replaced by a change,
//! never changed in place), its undo and redo steps, and a revision number.
//!
//! [`State::apply`] is a pure function of a state and a [`Change`]: the state it is given stays
//! as it was (an older state never sees a newer draft), nothing is written anywhere (storage
//! follows the state in an effect, `shell/autosave.rs`). A step of undo is a whole [`Doc`],
//! the ledger's table with its facts, so undoing a cleared ledger brings both back.
//!
//! What a change does to the draft, which changes are undo steps and which typing joins a step
//! are the engine's `Session`'s rules (`steps::starts_step`, `fields::remap_values`,
//! `outline_ops`, the clamps of `timing`), applied here to shared parts: the keystroke path
//! copies no draft, and the engine's `Session::apply` is not in the app's wasm. The tests below
//! hold the two to the same drafts and the same steps on random walks.

pub use crate::doc::{Doc, Ledger, LedgerTable};
use jianggao_engine::fields::remap_values;
use jianggao_engine::outline_ops;
use jianggao_engine::session::{without, without_set, Action, Draft, UNDO_LIMIT};
use jianggao_engine::steps::{ends_run, starts_step, Run};
use jianggao_engine::text::floor_char_boundary;
use jianggao_engine::timing::{clamp_rate, clamp_target};
use jianggao_engine::Values;
use std::rc::Rc;
use yew::Reducible;

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

#[derive(Clone, Debug)]
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
                    values = without(values, key.as_str());
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
            Action::SetRate(rate) => {
                let rate = clamp_rate(rate);
                if rate == self.doc.rate {
                    return None;
                }
                self.setting(Doc {
                    rate,
                    ..self.doc.clone()
                })
            }
            Action::SetRule { rule, on } => {
                let mut rules = (*self.doc.disabled_rules).clone();
                let changed = if on {
                    let was = rules.len();
                    rules = without_set(rules, rule.id());
                    rules.len() != was
                } else {
                    rules.insert(rule.id().to_string())
                };
                if !changed {
                    return None;
                }
                let disabled_rules = Rc::new(rules);
                self.setting(Doc {
                    disabled_rules,
                    ..self.doc.clone()
                })
            }
            Action::SetTarget(t) => {
                let target_minutes = clamp_target(t);
                if target_minutes == self.doc.target_minutes {
                    return None;
                }
                self.setting(Doc {
                    target_minutes,
                    ..self.doc.clone()
                })
            }
            // a load, fixes, a section added, deleted or moved: one step each
            Action::Load { text, values } => {
                let mut next = self.step(false, Group::Other);
                next.before_load = Some(self.doc.clone());
                // what is still the source is judged against the text as it came in
                let text: Rc<str> = Rc::from(text);
                next.doc.baseline = Some(text.clone());
                next.doc.text = text;
                next.doc.values = Rc::new(values);
                next.doc.cursor = 0;
                next
            }
            Action::Fix { text, values } => {
                if *text == *self.doc.text && values == *self.doc.values {
                    return None;
                }
                let mut next = self.step(false, Group::Other);
                next.doc.cursor = floor_char_boundary(&text, self.doc.cursor);
                next.doc.text = Rc::from(text);
                next.doc.values = Rc::new(values);
                next
            }
            Action::AddSection(i) => {
                let (text, at) = outline_ops::add_section(&self.doc.text, i);
                self.structural(text, at)?
            }
            Action::DeleteSection(i) => {
                let text = outline_ops::delete_section(&self.doc.text, i);
                self.structural(text, self.doc.cursor)?
            }
            Action::MoveSection(i, dir) => {
                let text = outline_ops::move_section(&self.doc.text, i, dir);
                self.structural(text, self.doc.cursor)?
            }
        };
        next.loaded = loaded;
        Some(next)
    }

    /// A setting changed: a new revision, not an undo step.
    fn setting(&self, doc: Doc) -> State {
        State {
            doc,
            rev: self.rev + 1,
            ..self.clone()
        }
    }

    /// Sections moved, added or deleted: one step; the values follow their placeholders; the
    /// caret stays in the text.
    fn structural(&self, text: String, cursor: usize) -> Option<State> {
        if *text == *self.doc.text {
            return None;
        }
        let mut next = self.step(false, Group::Other);
        let values = remap_values(&self.doc.text, &text, &self.doc.values);
        if values != *self.doc.values {
            next.doc.values = Rc::new(values);
        }
        next.doc.cursor = floor_char_boundary(&text, cursor);
        next.doc.text = Rc::from(text);
        Some(next)
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

/// Yew holds the latest state, as the page's dispatcher made it with [`State::apply`]: made
/// there, it is the latest at once for a callback later in the same task (a fix clicked right
/// after a key), before the page is drawn again.
impl Reducible for State {
    type Action = State;

    fn reduce(self: Rc<Self>, next: State) -> Rc<Self> {
        Rc::new(next)
    }
}

/// The reducer does to the draft, and to its undo and redo, what the engine's session does; an
/// older state never changes; a step of undo is the whole draft, the ledger's table with its
/// facts.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::SPEECH;
    use jianggao_engine::ledger::facts::Facts;
    use jianggao_engine::ledger::Column;
    use jianggao_engine::outline_ops::Direction;
    use jianggao_engine::session::Session;
    use jianggao_engine::steps::EditKind;
    use jianggao_engine::templates::TEMPLATES;
    use jianggao_engine::RuleId;

    /// A small deterministic generator (xorshift), so that a failure is the same on every run.
    struct Dice(u64);

    impl Dice {
        fn roll(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    fn facts(projects: usize) -> Box<Facts> {
        Box::new(Facts {
            projects,
            ..Facts::default()
        })
    }

    /// An action a writer could take on `draft` (text edits at char boundaries, typing close
    /// together or after a pause, pastes; values; loads; sections; settings; ledgers; undo, redo).
    fn an_action(d: &mut Dice, draft: &Draft, clock: &mut f64) -> Action {
        let text = &draft.text;
        let at = |d: &mut Dice| {
            let mut i = d.roll(text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        *clock += [30.0, 200.0, 5_000.0][d.roll(3)];
        match d.roll(16) {
            0..=3 => {
                // type, delete or paste at one place, often where the caret is
                let i = if d.roll(2) == 0 {
                    draft.cursor.min(text.len())
                } else {
                    at(d)
                };
                let i = (0..=i)
                    .rev()
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(0);
                let (new, cursor) = match d.roll(4) {
                    0 if i > 0 => {
                        let s = (0..i)
                            .rev()
                            .find(|&k| text.is_char_boundary(k))
                            .unwrap_or(0);
                        (format!("{}{}", &text[..s], &text[i..]), s)
                    }
                    1 => (format!("{}\n{}", &text[..i], &text[i..]), i + 1),
                    _ => {
                        let w = ["县", "x", "，", "项目"][d.roll(4)];
                        (format!("{}{w}{}", &text[..i], &text[i..]), i + w.len())
                    }
                };
                Action::EditText {
                    text: new,
                    cursor,
                    at_ms: *clock,
                    kind: if d.roll(5) == 0 {
                        EditKind::Paste
                    } else {
                        EditKind::Typing
                    },
                }
            }
            4 | 5 => Action::SetValue {
                key: ["#1", "fact:place", "name:具体项目1"][d.roll(3)].into(),
                value: ["", "12", "东港", "东港大桥"][d.roll(4)].into(),
            },
            6 => Action::Load {
                text: TEMPLATES[d.roll(TEMPLATES.len())].text.into(),
                values: Values::new(),
            },
            7 => Action::UndoLoad,
            // a fix that keeps the length, or one that cuts the text (the caret past its end)
            8 => Action::Fix {
                text: match d.roll(2) {
                    0 => text.replacen('县', "市", 1),
                    _ => text.chars().take(text.chars().count() / 2).collect(),
                },
                values: draft.values.clone(),
            },
            9 => match d.roll(3) {
                0 => Action::AddSection(d.roll(6)),
                1 => Action::DeleteSection(d.roll(6)),
                _ => Action::MoveSection(d.roll(6), [Direction::Up, Direction::Down][d.roll(2)]),
            },
            10 => match d.roll(3) {
                0 => Action::SetRate([180, 240, 5, 9_000][d.roll(4)]),
                1 => Action::SetRule {
                    rule: RuleId::Typography,
                    on: d.roll(2) == 0,
                },
                _ => Action::SetTarget([None, Some(8.0), Some(0.01), Some(900.0)][d.roll(4)]),
            },
            11 => Action::SetLedger([None, Some(facts(3)), Some(facts(4))][d.roll(3)].clone()),
            12 => Action::Restore(Draft {
                text: SPEECH.into(),
                ..Draft::default()
            }),
            13 | 14 => Action::Undo,
            _ => Action::Redo,
        }
    }

    #[test]
    fn the_state_does_what_the_engines_session_does_and_older_states_stay() {
        for seed in 1..=40u64 {
            let mut dice = Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let start = Draft {
                text: SPEECH.into(),
                ..Draft::default()
            };
            let mut session = Session::new(start.clone());
            let mut state = State::new(start);
            let mut clock = 0.0;
            // every state made, with its draft as it was then
            let mut seen: Vec<(State, Draft)> = Vec::new();
            for step in 0..120 {
                let action = an_action(&mut dice, &session.draft, &mut clock);
                let changed = session.apply(action.clone());
                let next = state.apply(Change::Do(action.clone()));
                let at = format!("seed {seed}, step {step}: {action:?}");
                if let Some(next) = next {
                    seen.push((state.clone(), state.doc().to_draft()));
                    assert_eq!(next.rev > state.rev, changed, "{at}");
                    state = next;
                } else {
                    assert!(!changed, "{at}");
                }
                assert_eq!(state.doc().to_draft(), session.draft, "{at}");
                assert_eq!(state.can_undo(), session.can_undo(), "{at}");
                assert_eq!(state.can_redo(), session.can_redo(), "{at}");
            }
            for (i, (old, draft)) in seen.iter().enumerate() {
                assert_eq!(
                    old.doc().to_draft(),
                    *draft,
                    "seed {seed}: state {i} changed later"
                );
            }
        }
    }

    #[test]
    fn typing_shares_what_it_does_not_change() {
        let mut d = Draft {
            text: SPEECH.into(),
            baseline: Some(SPEECH.into()),
            ..Draft::default()
        };
        d.values.insert("fact:place".into(), "东港区".into());
        let s = State::new(d);
        let next = s
            .apply(Change::Do(Action::EditText {
                text: format!("{SPEECH}。"),
                cursor: SPEECH.len(),
                at_ms: 0.0,
                kind: EditKind::Typing,
            }))
            .unwrap();
        assert!(Rc::ptr_eq(&s.values(), &next.values()));
        let (a, b) = (s.doc().baseline.clone(), next.doc().baseline.clone());
        assert!(a.zip(b).is_some_and(|(a, b)| Rc::ptr_eq(&a, &b)));
        assert_eq!(&*s.text(), SPEECH, "the older state keeps its text");
    }

    #[test]
    fn undoing_a_cleared_ledger_brings_back_its_facts_and_its_table() {
        let s = State::new(Draft {
            text: SPEECH.into(),
            ..Draft::default()
        });
        let table = Rc::new(LedgerTable {
            headers: vec!["项目名称".into(), "总投资".into()],
            taken: [(Column::Name, 0)].into_iter().collect(),
            grid: Rc::new(vec![vec!["东港大桥".into(), "3".into()]]),
            fixed: [(Column::Name, 0)].into_iter().collect(),
            ..LedgerTable::default()
        });
        let ledger = Ledger {
            facts: Rc::new(*facts(1)),
            table: Some(table.clone()),
        };
        let read = s.apply(Change::SetLedger(Some(ledger.clone()))).unwrap();
        let cleared = read.apply(Change::SetLedger(None)).unwrap();
        assert_eq!(cleared.doc().ledger, None);
        assert_eq!(
            read.doc().ledger.as_ref(),
            Some(&ledger),
            "the older state keeps it"
        );
        let back = cleared.apply(Change::Do(Action::Undo)).unwrap();
        assert_eq!(back.doc().ledger.as_ref(), Some(&ledger));
        let redone = back.apply(Change::Do(Action::Redo)).unwrap();
        assert_eq!(redone.doc().ledger, None);
        // a column fixed that gives the same facts is a step too: undo gives the table before it
        let refixed = Ledger {
            table: Some(Rc::new(LedgerTable {
                fixed: Default::default(),
                ..(*table).clone()
            })),
            ..ledger.clone()
        };
        let fixed = back.apply(Change::SetLedger(Some(refixed))).unwrap();
        let undone = fixed.apply(Change::Do(Action::Undo)).unwrap();
        assert_eq!(undone.doc().ledger.as_ref(), Some(&ledger));
        // a version restored with the same facts keeps the table it was read from
        let mut draft = back.doc().to_draft();
        draft.text.push('。');
        let restored = back.apply(Change::Do(Action::Restore(draft))).unwrap();
        assert_eq!(restored.doc().ledger.as_ref(), Some(&ledger));
    }
}
