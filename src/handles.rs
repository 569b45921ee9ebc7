//! What the page hands every feature: the ways to act on the state and the engine's last
//! results for the draft. Made by the shell (`shell/page.rs`, `shell/analysis.rs`); the
//! features read them and import nothing of each other.

use crate::state::{Change, State};
use jianggao_engine::session::Action;
use jianggao_engine::{Analysis, Finding, Values};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

/// The ways to act: all made once, so that a panel given them is not drawn again at each key.
#[derive(Clone)]
pub struct Handles {
    /// An action of the engine on the draft (nothing once another tab owns the draft).
    pub dispatch: Callback<Action>,
    /// Any change of the state: an action, or a ledger read with its table.
    pub change: Callback<Change>,
    /// The latest state (changed at once by `change`, before the page is drawn again), for
    /// callbacks that must act on the current draft.
    pub live: Rc<RefCell<State>>,
    /// Show a message in the status line.
    pub say: Callback<String>,
    /// Bring the analysis up to date now (an action that must act on the current draft).
    pub flush: Callback<()>,
}

/// The engine's results for one revision of the draft: the last analysis, the values it was
/// made with and its findings (errors first).
#[derive(Clone)]
pub struct Analyzed {
    pub rev: u64,
    pub analysis: Rc<Analysis>,
    pub values: Rc<Values>,
    pub findings: Rc<Vec<Finding>>,
}
