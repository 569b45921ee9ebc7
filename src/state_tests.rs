//! The app's state: a pure reducer that does to the draft, and to its undo and redo, what the
//! engine's session does; an older state never changes; a step of undo is the whole draft,
//! the ledger's table with its facts.

use crate::fixtures::SPEECH;
use crate::state::{Change, Ledger, LedgerTable, State};
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::Column;
use jianggao_engine::outline_ops::Direction;
use jianggao_engine::session::{Action, Draft, Session};
use jianggao_engine::steps::EditKind;
use jianggao_engine::templates::TEMPLATES;
use jianggao_engine::{RuleId, Values};
use std::rc::Rc;

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
        8 => Action::Fix {
            text: text.replacen('县', "市", 1),
            values: draft.values.clone(),
        },
        9 => match d.roll(3) {
            0 => Action::AddSection(d.roll(6)),
            1 => Action::DeleteSection(d.roll(6)),
            _ => Action::MoveSection(d.roll(6), [Direction::Up, Direction::Down][d.roll(2)]),
        },
        10 => match d.roll(3) {
            0 => Action::SetRate([180, 240][d.roll(2)]),
            1 => Action::SetRule {
                rule: RuleId::Typography,
                on: d.roll(2) == 0,
            },
            _ => Action::SetTarget([None, Some(8.0)][d.roll(2)]),
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
