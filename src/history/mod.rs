//! The 历史版本 panel: the kept versions newest first, a preview, restore (one undoable step,
//! the current draft kept first) and delete.

mod hook;
mod panel;

pub use hook::{keep_current, use_history, Entry, UseHistory};
pub use panel::HistoryPanel;

use yew::prelude::*;

impl UseHistory {
    /// The 历史版本 panel, when it is open.
    pub fn panel(&self) -> Html {
        if !self.open {
            return Html::default();
        }
        html! {
            <HistoryPanel entries={self.entries.clone()} preview={self.preview} on_preview={self.on_preview.clone()} on_restore={self.on_restore.clone()} on_delete={self.on_delete.clone()} on_close={self.toggle.clone()} />
        }
    }
}
