//! The app's one state: the engine's [`Session`] behind a revision number. `impl Reducible`
//! only delegates to [`Session::apply`]; everything shown is derived from the draft.
//!
//! Nothing here copies the draft per render: the text is shared as one `Rc<str>`, made once
//! per change of the text, and the rest is read in place ([`State::with_draft`]).

use jianggao_engine::session::{Action, Draft, Session};
use jianggao_engine::Values;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone)]
pub struct State {
    session: Rc<RefCell<Session>>,
    /// Bumped on every change, so effects and memos can depend on it.
    pub rev: u64,
    /// This revision put a whole new draft in (an import, a template, 撤销导入, a version
    /// restored): no more keys are coming, so its analysis need not wait for a pause.
    pub loaded: bool,
    /// The draft's text, shared (the editor's value).
    text: Rc<str>,
    /// The fields' values, shared (the inputs' values).
    values: Rc<Values>,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev && Rc::ptr_eq(&self.session, &other.session)
    }
}

impl State {
    pub fn new(draft: Draft) -> Self {
        let text = Rc::from(draft.text.as_str());
        let values = Rc::new(draft.values.clone());
        crate::storage::remember(&draft);
        State {
            session: Rc::new(RefCell::new(Session::new(draft))),
            rev: 0,
            loaded: false,
            text,
            values,
        }
    }

    /// The draft's text as of this revision.
    pub fn text(&self) -> Rc<str> {
        self.text.clone()
    }

    /// The fields' values as of this revision.
    pub fn values(&self) -> Rc<Values> {
        self.values.clone()
    }

    /// Read the current draft in place (the session is shared: this is always the latest).
    pub fn with_draft<R>(&self, f: impl FnOnce(&Draft) -> R) -> R {
        f(&self.session.borrow().draft)
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
        let typing = matches!(action, Action::EditText { .. });
        let loaded = matches!(
            action,
            Action::Load { .. } | Action::UndoLoad | Action::Restore(_)
        );
        let changed = self.session.borrow_mut().apply(action);
        if changed {
            let session = self.session.borrow();
            // the one copy of a changed text (the panic hook's copy aside); a key that changed
            // the draft changed its text (not compared again: a 2 MB draft at every key)
            let text = if !typing && jianggao_engine::text::same(&session.draft.text, &self.text) {
                self.text.clone()
            } else {
                Rc::from(session.draft.text.as_str())
            };
            let values = if session.draft.values == *self.values {
                self.values.clone()
            } else {
                Rc::new(session.draft.values.clone())
            };
            // for the panic hook: a key shares the new text; anything else copies the draft
            if typing {
                crate::storage::remember_typing(text.clone(), session.draft.cursor, &values);
            } else {
                crate::storage::remember(&session.draft);
            }
            drop(session);
            Rc::new(State {
                session: self.session.clone(),
                rev: self.rev + 1,
                loaded,
                text,
                values,
            })
        } else {
            self
        }
    }
}
