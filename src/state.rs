//! The app's one state: the engine's [`Session`] behind a revision number. `impl Reducible`
//! only delegates to [`Session::apply`]; everything shown is derived from the draft.

use jianggao_engine::session::{Action, Draft, Session};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone)]
pub struct State {
    session: Rc<RefCell<Session>>,
    /// Bumped on every change, so effects and memos can depend on it.
    pub rev: u64,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev && Rc::ptr_eq(&self.session, &other.session)
    }
}

impl State {
    pub fn new(draft: Draft) -> Self {
        State {
            session: Rc::new(RefCell::new(Session::new(draft))),
            rev: 0,
        }
    }

    pub fn draft(&self) -> Draft {
        self.session.borrow().draft.clone()
    }

    pub fn can_undo(&self) -> bool {
        self.session.borrow().can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.session.borrow().can_redo()
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let changed = self.session.borrow_mut().apply(action);
        if changed {
            let draft = self.session.borrow().draft.clone();
            crate::storage::remember(&draft);
            Rc::new(State {
                session: self.session.clone(),
                rev: self.rev + 1,
            })
        } else {
            self
        }
    }
}
