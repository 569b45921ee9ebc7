//! The snapshot's sharing: what came out the same is the `Rc` the page already has.

use super::*;
use crate::fixtures::SPEECH;
use jianggao_engine::session::{Action, Draft};
use jianggao_engine::steps::EditKind;

fn state(text: &str) -> State {
    State::new(Draft {
        text: text.into(),
        ..Draft::default()
    })
}

fn typed(s: &State, text: String) -> State {
    let cursor = text.len();
    let edit = Action::EditText {
        text,
        cursor,
        at_ms: 0.0,
        kind: EditKind::Typing,
    };
    let Some(next) = s.apply(crate::state::Change::Do(edit)) else {
        panic!("the text changed");
    };
    next
}

#[test]
fn a_snapshot_shares_the_lists_that_came_out_the_same() {
    let first = state(SPEECH);
    let shown = snapshot(&first, None);
    // a space typed at the end: no field, finding or outline item before it moves
    let next = snapshot(&typed(&first, format!("{SPEECH} ")), Some(&shown)).sharing(&shown);
    assert!(Rc::ptr_eq(&next.fields, &shown.fields));
    assert!(Rc::ptr_eq(&next.finding_views, &shown.finding_views));
    assert!(Rc::ptr_eq(&next.marks, &shown.marks));
    // a placeholder typed at the end: a field and a finding more, new lists
    let more = snapshot(&typed(&first, format!("{SPEECH}共xx个。")), Some(&shown)).sharing(&shown);
    assert!(more.fields.len() > shown.fields.len(), "{:?}", more.fields);
    assert!(!Rc::ptr_eq(&more.fields, &shown.fields));
    assert!(!Rc::ptr_eq(&more.finding_views, &shown.finding_views));
    assert!(!Rc::ptr_eq(&more.marks, &shown.marks));
}

#[test]
fn an_answer_that_confirms_the_carried_findings_makes_no_list_again() {
    let shown = snapshot(&state(SPEECH), None);
    let answer = Review {
        findings: shown.review.findings.clone(),
        fresh: true,
        failed: None,
    };
    let next = shown.with_review(answer);
    assert!(!next.review.due());
    assert!(Rc::ptr_eq(&next.finding_views, &shown.finding_views));
    assert!(Rc::ptr_eq(&next.marks, &shown.marks));
    assert!(Rc::ptr_eq(&next.findings, &shown.findings));
}
