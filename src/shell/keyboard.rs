//! Keyboard shortcuts for the whole page: undo and redo, keep a version (Ctrl+S), print
//! (Ctrl+P), export Word (Ctrl+Shift+E). The menus show them.

use jianggao_engine::session::Action;
use yew::prelude::*;

/// What a key press asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shortcut {
    Undo,
    Redo,
    /// Keep the draft as a version in 历史版本.
    Save,
    Print,
    /// Export Word in the 公文 layout.
    ExportWord,
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
        "s" if !shift => Some(Shortcut::Save),
        "p" if !shift => Some(Shortcut::Print),
        "e" if shift => Some(Shortcut::ExportWord),
        _ => None,
    }
}

/// What the shortcuts other than undo / redo do; `None` while no draft is open.
#[derive(Clone, PartialEq)]
pub struct Keyed {
    pub save: Callback<()>,
    pub print: Callback<()>,
    pub export_word: Callback<()>,
}

/// The page's `onkeydown`: undo / redo through `dispatch`, the others through `keyed` (when a
/// draft is open); other keys pass untouched.
#[hook]
pub fn use_keyboard(dispatch: Callback<Action>, keyed: Option<Keyed>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(s) = shortcut(&e.key(), e.ctrl_key() || e.meta_key(), e.shift_key()) else {
            return;
        };
        let k = keyed.as_ref();
        let run = match s {
            Shortcut::Undo => Some(dispatch.reform(|_| Action::Undo)),
            Shortcut::Redo => Some(dispatch.reform(|_| Action::Redo)),
            Shortcut::Save => k.map(|k| k.save.clone()),
            Shortcut::Print => k.map(|k| k.print.clone()),
            Shortcut::ExportWord => k.map(|k| k.export_word.clone()),
        };
        if let Some(run) = run {
            e.prevent_default();
            run.emit(());
        }
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
        assert_eq!(shortcut("s", true, false), Some(Shortcut::Save));
        assert_eq!(shortcut("p", true, false), Some(Shortcut::Print));
        assert_eq!(shortcut("E", true, true), Some(Shortcut::ExportWord));
        assert_eq!(shortcut("e", true, false), None, "Ctrl+E is the browser's");
        assert_eq!(
            shortcut("a", true, false),
            None,
            "select all is the browser's"
        );
    }
}
