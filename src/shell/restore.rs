//! The state the page starts from: the draft saved in the browser, if it can be read.

use crate::editor::Jump;
use crate::state::State;
use crate::storage::{self, Restored};
use jianggao_engine::session::Draft;
use std::rc::Rc;
use yew::prelude::*;

/// What the page starts from.
pub struct Initial {
    pub state: State,
    /// Why a saved draft was not restored, for a banner.
    pub notice: Option<String>,
    /// A restored draft opens where the writer last typed.
    pub jump: Option<Jump>,
}

fn initial() -> Initial {
    let (draft, notice) = match storage::restore() {
        Restored::Draft(d) => (d, None),
        Restored::Nothing => (Draft::default(), None),
        Restored::Unreadable(m) | Restored::Unavailable(m) => (Draft::default(), Some(m)),
    };
    let jump = (draft.cursor > 0).then_some(Jump {
        start: draft.cursor,
        end: draft.cursor,
        focus: true,
        nonce: 0,
    });
    Initial {
        state: State::new(draft),
        notice,
        jump,
    }
}

/// Read browser storage once, on the first render.
#[hook]
pub fn use_restore() -> Rc<Initial> {
    use_memo((), |_| initial())
}
