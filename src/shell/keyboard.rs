//! Keyboard shortcuts for the whole page: undo and redo.

use jianggao_engine::session::Action;
use yew::prelude::*;

/// What a key press asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shortcut {
    Undo,
    Redo,
}

/// Ctrl/⌘+Z undoes; Ctrl/⌘+Shift+Z and Ctrl/⌘+Y redo.
pub fn shortcut(key: &str, ctrl_or_meta: bool, shift: bool) -> Option<Shortcut> {
    if !ctrl_or_meta {
        return None;
    }
    match key.to_ascii_lowercase().as_str() {
        "z" if shift => Some(Shortcut::Redo),
        "z" => Some(Shortcut::Undo),
        "y" => Some(Shortcut::Redo),
        _ => None,
    }
}

/// The page's `onkeydown`: undo / redo through `dispatch`; other keys pass untouched.
#[hook]
pub fn use_keyboard(dispatch: Callback<Action>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(s) = shortcut(&e.key(), e.ctrl_key() || e.meta_key(), e.shift_key()) else {
            return;
        };
        e.prevent_default();
        dispatch.emit(match s {
            Shortcut::Undo => Action::Undo,
            Shortcut::Redo => Action::Redo,
        });
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_keys() {
        assert_eq!(shortcut("z", true, false), Some(Shortcut::Undo));
        assert_eq!(shortcut("Z", true, true), Some(Shortcut::Redo));
        assert_eq!(shortcut("y", true, false), Some(Shortcut::Redo));
        assert_eq!(shortcut("z", false, false), None, "a plain z is typing");
        assert_eq!(
            shortcut("a", true, false),
            None,
            "select all is the browser's"
        );
    }
}
