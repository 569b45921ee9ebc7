//! Property tests of the draft's life: sessions of arbitrary edits, undo steps, 撤销导入, the
//! history's pruning, saved records and imports. Each property checks results, not only that
//! nothing panics.
//!
//! `JIANGGAO_FUZZ=N` multiplies every case count by N (a long run by hand, e.g.
//! `JIANGGAO_FUZZ=200 cargo test --release -p jianggao-engine --test sessions`); the test command
//! runs the short default. The same variable scales `tests/props.rs`.

use jianggao_engine::history::{History, Reason, Snapshot, MAX_SNAPSHOTS};
use jianggao_engine::import::import_text;
use jianggao_engine::outline_ops::Direction;
use jianggao_engine::session::{Action, Draft, SavedDraft, Session};
use jianggao_engine::steps::{change, starts_step, EditKind, Run, PAUSE_MS};
use jianggao_engine::Values;
use proptest::prelude::*;

mod common;
use common::cases;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        proptest::collection::vec(
            prop_oneof![
                Just("一、".to_string()),
                Just("（一）".to_string()),
                Just("\n".to_string()),
                Just("\n\n".to_string()),
                Just("x个".to_string()),
                Just("**亿元".to_string()),
                Just("[项目]".to_string()),
                Just("同志们：".to_string()),
                "[\\u4e00-\\u4e20a-z，。]{1,6}",
            ],
            0..16
        )
        .prop_map(|v| v.concat())
    ]
}

/// A text and the same text after one edit: `del` chars at a char position replaced by `ins`.
fn edited() -> impl Strategy<Value = (String, String)> {
    (text(), any::<usize>(), 0usize..4, text()).prop_map(|(old, at, del, ins)| {
        let i = byte_at(&old, at);
        let j = old[i..]
            .char_indices()
            .nth(del)
            .map_or(old.len(), |(k, _)| i + k);
        let new = format!("{}{}{}", &old[..i], ins, &old[j..]);
        (old, new)
    })
}

#[derive(Debug, Clone)]
enum Op {
    /// Insert at a char position (modulo the length), after `gap` ms.
    Type {
        at: usize,
        s: String,
        gap: u16,
    },
    /// Delete `n` chars at a char position.
    Delete {
        at: usize,
        n: usize,
        gap: u16,
    },
    Paste {
        at: usize,
        s: String,
    },
    Value {
        key: u8,
        value: String,
    },
    Load(String),
    UndoLoad,
    Undo,
    Redo,
    Move(usize, bool),
    Restore(String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<usize>(), "[\\u4e00-\\u4e20a-z\\n，]{1,3}", 0u16..2500).prop_map(|(at, s, gap)| Op::Type { at, s, gap }),
        2 => (any::<usize>(), 1usize..4, 0u16..2500).prop_map(|(at, n, gap)| Op::Delete { at, n, gap }),
        1 => (any::<usize>(), text()).prop_map(|(at, s)| Op::Paste { at, s }),
        1 => (0u8..3, "[0-9]{0,3}").prop_map(|(key, value)| Op::Value { key, value }),
        1 => text().prop_map(Op::Load),
        1 => Just(Op::UndoLoad),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
        1 => (0usize..4, any::<bool>()).prop_map(|(i, up)| Op::Move(i, up)),
        1 => text().prop_map(Op::Restore),
    ]
}

fn byte_at(s: &str, chars: usize) -> usize {
    let n = s.chars().count();
    s.char_indices()
        .nth(chars % (n + 1))
        .map_or(s.len(), |(i, _)| i)
}

/// The action an op asks for, given the draft and the clock.
fn action(s: &Session, op: &Op, now: &mut f64) -> Action {
    let t = &s.draft.text;
    match op {
        Op::Type { at, s: ins, gap } => {
            *now += f64::from(*gap);
            let i = byte_at(t, *at);
            Action::EditText {
                text: format!("{}{}{}", &t[..i], ins, &t[i..]),
                cursor: i + ins.len(),
                at_ms: *now,
                kind: EditKind::Typing,
            }
        }
        Op::Delete { at, n, gap } => {
            *now += f64::from(*gap);
            let i = byte_at(t, *at);
            let j = t[i..]
                .char_indices()
                .nth(*n)
                .map_or(t.len(), |(k, _)| i + k);
            Action::EditText {
                text: format!("{}{}", &t[..i], &t[j..]),
                cursor: i,
                at_ms: *now,
                kind: EditKind::Typing,
            }
        }
        Op::Paste { at, s: ins } => {
            *now += 10.0;
            let i = byte_at(t, *at);
            Action::EditText {
                text: format!("{}{}{}", &t[..i], ins, &t[i..]),
                cursor: i + ins.len(),
                at_ms: *now,
                kind: EditKind::Paste,
            }
        }
        Op::Value { key, value } => Action::SetValue {
            key: format!("#{key}"),
            value: value.clone(),
        },
        Op::Load(text) => Action::Load {
            text: text.clone(),
            values: Values::new(),
        },
        Op::UndoLoad => Action::UndoLoad,
        Op::Undo => Action::Undo,
        Op::Redo => Action::Redo,
        Op::Move(i, up) => {
            Action::MoveSection(*i, if *up { Direction::Up } else { Direction::Down })
        }
        Op::Restore(text) => Action::Restore(Draft {
            text: text.clone(),
            ..Draft::default()
        }),
    }
}

proptest! {
    #![proptest_config(cases(300))]

    /// Undo walks back only through drafts that were open; redo then walks forward to exactly
    /// the last one; 撤销导入 returns exactly the draft before the last load.
    #[test]
    fn undo_and_redo_retrace_the_session(ops in proptest::collection::vec(op(), 0..40)) {
        let mut s = Session::new(Draft::default());
        let mut now = 0.0;
        let mut seen = vec![s.draft.clone()];
        let mut before_load: Option<Draft> = None;
        for op in &ops {
            let a = action(&s, op, &mut now);
            let prior = s.draft.clone();
            let is_load = matches!(a, Action::Load { .. });
            let is_undo_load = matches!(a, Action::UndoLoad);
            let changed = s.apply(a);
            prop_assert!(s.draft.text.is_char_boundary(s.draft.cursor.min(s.draft.text.len())));
            if is_load {
                before_load = Some(prior.clone());
            }
            if is_undo_load {
                match before_load.take() {
                    Some(b) => prop_assert_eq!(&s.draft, &b, "撤销导入 restores the pre-load draft"),
                    None => prop_assert!(!changed),
                }
            }
            if !changed {
                // nothing changed but (for an edit to the same text) the cursor
                prop_assert_eq!(&s.draft.text, &prior.text);
            }
            seen.push(s.draft.clone());
        }
        let last = s.draft.clone();
        let mut steps = 0;
        while s.apply(Action::Undo) {
            steps += 1;
            prop_assert!(steps <= ops.len(), "more undo steps than actions");
            prop_assert!(seen.iter().any(|d| d.text == s.draft.text && d.values == s.draft.values),
                "undo reached a draft that was never open: {:?}", s.draft.text);
        }
        for _ in 0..steps {
            prop_assert!(s.apply(Action::Redo));
        }
        prop_assert_eq!(&s.draft.text, &last.text);
        prop_assert_eq!(&s.draft.values, &last.values);
    }

    /// The changed region of an edit: the text outside it is the same before and after.
    #[test]
    fn an_edit_changes_nothing_outside_its_region((old, new) in prop_oneof![(text(), text()), edited()]) {
        let c = change(&old, &new);
        prop_assert!(c.start <= c.old_end && c.start <= c.new_end);
        prop_assert!(old.is_char_boundary(c.start) && old.is_char_boundary(c.old_end));
        prop_assert!(new.is_char_boundary(c.new_end));
        prop_assert_eq!(&old[..c.start], &new[..c.start]);
        prop_assert_eq!(&old[c.old_end..], &new[c.new_end..]);
        prop_assert_eq!(format!("{}{}{}", &old[..c.start], &new[c.start..c.new_end], &old[c.old_end..]), new);
    }

    /// A paste, a first edit and a long pause always start a step.
    #[test]
    fn pastes_and_pauses_always_start_a_step(old in text(), new in text(), cursor in 0usize..100, at in 0.0f64..1e6, gap in 0.0f64..5000.0) {
        let run = Some(Run { at_ms: at, cursor });
        prop_assert!(starts_step(run, &old, &new, at + gap, EditKind::Paste));
        prop_assert!(starts_step(None, &old, &new, at, EditKind::Typing));
        if gap > PAUSE_MS {
            prop_assert!(starts_step(run, &old, &new, at + gap, EditKind::Typing));
        }
    }

    /// Pruning keeps the newest snapshots in order, at most the maximum, within the budget
    /// (unless only the newest is left).
    #[test]
    fn pruning_keeps_the_newest_in_order(texts in proptest::collection::vec(text(), 0..60), budget in 0usize..20_000) {
        let mut h = History::default();
        for (i, t) in texts.iter().enumerate() {
            h.add(Snapshot { at_ms: i as f64, reason: Reason::Timed, draft: Draft { text: t.clone(), ..Draft::default() } });
        }
        let before = h.snapshots.clone();
        let dropped = h.prune(budget);
        prop_assert_eq!(dropped + h.snapshots.len(), before.len());
        prop_assert_eq!(&h.snapshots[..], &before[dropped..], "a suffix, in order");
        prop_assert!(h.snapshots.len() <= MAX_SNAPSHOTS);
        prop_assert!(h.stored_chars() <= budget || h.snapshots.len() <= 1);
        // every kept text is a real draft, and none twice
        for (i, a) in h.snapshots.iter().enumerate() {
            prop_assert!(!a.draft.text.trim().is_empty());
            prop_assert!(h.snapshots[i + 1..].iter().all(|b| b.draft.text != a.draft.text || b.draft.values != a.draft.values));
        }
    }

    /// A saved record reads back as the same draft.
    #[test]
    fn saved_drafts_round_trip(t in text(), v in "\\PC{0,8}", rate in 0u32..400, cursor in 0usize..50) {
        let mut values = Values::new();
        values.insert("#1".into(), v);
        let d = Draft { text: t, values, rate, cursor, ..Draft::default() };
        let json = serde_json::to_string(&SavedDraft::new(&d)).unwrap();
        let back: SavedDraft = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back.draft, d);
    }

    /// An import takes any name and text; a text file comes in as it was given, with line ends
    /// made plain.
    #[test]
    fn imports_take_any_input(name in "\\PC{0,12}", t in "[\\PC\r\n]{0,80}") {
        let _ = import_text(&name, &t);
        if let Ok(out) = import_text("稿.txt", &t) {
            prop_assert_eq!(out, t.replace("\r\n", "\n").replace('\r', "\n"));
        }
    }
}

/// `without` and `without_set` (the first load's stand-ins for `BTreeMap::remove`) take out
/// exactly the one key, keep the others with their values, and leave a map without it as it is.
#[test]
fn without_takes_out_exactly_one_key() {
    use jianggao_engine::session::{without, without_set};
    use std::collections::{BTreeMap, BTreeSet};
    let map: BTreeMap<String, String> = (0..40)
        .map(|i| (format!("#{i}"), format!("值{i}")))
        .collect();
    let out = without(map.clone(), "#17");
    assert_eq!(out.len(), 39);
    assert!(!out.contains_key("#17"));
    let mut expected = map.clone();
    expected.remove("#17");
    assert_eq!(out, expected);
    assert_eq!(without(map.clone(), "#99"), map);
    let set: BTreeSet<String> = ["typography", "foreign-place", "stale-time"]
        .into_iter()
        .map(String::from)
        .collect();
    let out = without_set(set.clone(), "foreign-place");
    assert_eq!(
        out.into_iter().collect::<Vec<_>>(),
        ["stale-time", "typography"]
    );
    assert_eq!(without_set(set.clone(), "none"), set);
}
