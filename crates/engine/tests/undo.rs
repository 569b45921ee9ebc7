//! Undo steps as writers know them from a word processor, and taking back an import.

use jianggao_engine::session::{Action, Draft, Session};
use jianggao_engine::steps::EditKind;
use jianggao_engine::Values;

fn typed(s: &mut Session, text: &str, at_ms: f64) {
    let cursor = text.len();
    s.apply(Action::EditText {
        text: text.into(),
        cursor,
        at_ms,
        kind: EditKind::Typing,
    });
}

/// Type `word` after the text, key by key, 100 ms apart, starting at `t0`.
fn type_word(s: &mut Session, word: &str, t0: f64) -> f64 {
    let mut t = t0;
    for c in word.chars() {
        let mut text = s.draft.text.clone();
        text.push(c);
        typed(s, &text, t);
        t += 100.0;
    }
    t
}

fn load(s: &mut Session, text: &str) {
    s.apply(Action::Load {
        text: text.into(),
        values: Values::new(),
    });
}

#[test]
fn three_words_with_pauses_are_three_steps() {
    let mut s = Session::new(Draft::default());
    load(&mut s, "讲话");
    let t = type_word(&mut s, "一要", 0.0);
    let t = type_word(&mut s, "二要", t + 1_500.0);
    type_word(&mut s, "三要", t + 1_500.0);
    assert!(s.apply(Action::Undo));
    assert_eq!(s.draft.text, "讲话一要二要");
    assert!(s.apply(Action::Undo));
    assert_eq!(s.draft.text, "讲话一要");
    assert!(s.apply(Action::Redo));
    assert_eq!(s.draft.text, "讲话一要二要");
}

#[test]
fn quick_typing_is_one_step() {
    let mut s = Session::new(Draft::default());
    load(&mut s, "讲话");
    type_word(&mut s, "一要二要三要", 0.0);
    s.apply(Action::Undo);
    assert_eq!(s.draft.text, "讲话");
}

#[test]
fn a_line_break_a_jump_and_a_paste_start_steps() {
    let mut s = Session::new(Draft::default());
    load(&mut s, "甲");
    let t = type_word(&mut s, "乙\n丙", 0.0);
    // a jump of the caret: typing at the start
    s.apply(Action::EditText {
        text: format!("丁{}", s.draft.text),
        cursor: "丁".len(),
        at_ms: t,
        kind: EditKind::Typing,
    });
    s.apply(Action::EditText {
        text: format!("{}戊己", s.draft.text),
        cursor: s.draft.text.len() + "戊己".len(),
        at_ms: t + 100.0,
        kind: EditKind::Paste,
    });
    assert_eq!(s.draft.text, "丁甲乙\n丙戊己");
    let mut seen = vec![];
    while s.apply(Action::Undo) {
        seen.push(s.draft.text.clone());
    }
    assert_eq!(seen, ["丁甲乙\n丙", "甲乙\n丙", "甲乙", "甲", ""]);
}

#[test]
fn undo_load_brings_back_the_draft_before_the_import_after_typing() {
    let mut s = Session::new(Draft::default());
    load(&mut s, "旧稿");
    s.apply(Action::SetValue {
        key: "fact:place".into(),
        value: "青山县".into(),
    });
    let before = s.draft.clone();
    load(&mut s, "导入的稿");
    type_word(&mut s, "又写了几句", 0.0);
    assert!(s.can_undo_load());
    assert!(s.apply(Action::UndoLoad));
    assert_eq!(
        s.draft, before,
        "exactly the draft before the import, values too"
    );
    assert!(!s.can_undo_load());
    // itself a step: undo brings the import and the typing back
    assert!(s.apply(Action::Undo));
    assert_eq!(s.draft.text, "导入的稿又写了几句");
}

#[test]
fn restore_is_one_undoable_step() {
    let mut s = Session::new(Draft::default());
    load(&mut s, "现在的稿");
    let old = Draft {
        text: "历史里的稿".into(),
        ..Draft::default()
    };
    assert!(s.apply(Action::Restore(old.clone())));
    assert_eq!(s.draft, old);
    assert!(s.apply(Action::Undo));
    assert_eq!(s.draft.text, "现在的稿");
}
