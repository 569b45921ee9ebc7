//! The outline: title, 称谓, 开场, numbered sections, 结尾. Clicking an item shows it in the
//! editor; sections can be added, deleted and moved, and numbering renumbers itself.

mod panel;
mod view;

pub use panel::{OutlinePanel, OutlinePanelProps};
pub use view::{outline_views, OutlineView};

use crate::handles::Handles;
use jianggao_engine::outline_ops::Direction;
use jianggao_engine::session::Action;
use jianggao_engine::Analysis;
use std::rc::Rc;
use yew::prelude::*;

/// The outline panel's callbacks: jump to an item, move, delete (after asking) or add a section.
pub struct UseOutline {
    on_jump: Callback<usize>,
    on_move: Callback<(usize, Direction)>,
    on_delete: Callback<usize>,
    on_add: Callback<usize>,
}

/// `analysis` is the last analysis (its outline names a section to delete); `jump_to` shows
/// a byte range in the editor. The callbacks are made once (delete: once per analysis), so
/// that a key does not draw the panel again.
#[hook]
pub fn use_outline(
    h: &Handles,
    analysis: Rc<Analysis>,
    jump_to: Callback<(usize, usize, bool)>,
) -> UseOutline {
    let dispatch = h.dispatch.clone();
    let (on_jump, on_move, on_add) = (*use_memo((), {
        let dispatch = dispatch.clone();
        move |_| {
            (
                jump_to.reform(|at: usize| (at, at, true)),
                dispatch.reform(|(i, dir): (usize, Direction)| Action::MoveSection(i, dir)),
                dispatch.reform(Action::AddSection),
            )
        }
    }))
    .clone();
    let on_delete = (*use_memo(Shared(analysis), move |a| {
        let labels: Vec<String> = a.0.outline.iter().map(|o| o.label.clone()).collect();
        Callback::from(move |i: usize| {
            let label = labels.get(i).cloned().unwrap_or_default();
            if crate::dom::confirm(&format!("删除“{label}”这一节及其下的全部内容？（可撤销）"))
            {
                dispatch.emit(Action::DeleteSection(i));
            }
        })
    }))
    .clone();
    UseOutline {
        on_jump,
        on_move,
        on_delete,
        on_add,
    }
}

/// An analysis told apart by identity (one per revision of the text).
struct Shared(Rc<Analysis>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl UseOutline {
    /// `head`: shown under the outline's title (the talk-time inputs).
    pub fn panel(&self, items: Rc<Vec<OutlineView>>, shares: Rc<Vec<f64>>, head: Html) -> Html {
        html! {
            <OutlinePanel {items} {head} on_jump={self.on_jump.clone()} on_move={self.on_move.clone()} on_delete={self.on_delete.clone()} on_add={self.on_add.clone()} {shares} />
        }
    }
}
