//! The 历史版本 panel: the kept versions newest first, a preview, restore (one undoable step,
//! the current draft kept first) and delete.

use crate::handles::Handles;
use crate::storage::versions as history;
use jianggao_engine::history::{summary, Reason, Summary};
use jianggao_engine::session::Action;
use std::rc::Rc;
use yew::prelude::*;

/// A version as the list shows it.
#[derive(Clone, PartialEq)]
pub struct Entry {
    /// Its place in the stored history (oldest first).
    pub index: usize,
    pub when: String,
    pub reason: &'static str,
    pub summary: Summary,
    pub text: String,
}

pub struct UseHistory {
    pub open: bool,
    pub toggle: Callback<()>,
    /// Newest first.
    pub entries: Rc<Vec<Entry>>,
    /// The entry (by index) whose text is shown.
    pub preview: Option<usize>,
    pub on_preview: Callback<Option<usize>>,
    pub on_restore: Callback<usize>,
    pub on_delete: Callback<usize>,
    /// Keep the draft as it is now (Ctrl+S, 文件 › 存为历史版本).
    pub save: Callback<()>,
}

fn entries() -> Vec<Entry> {
    let h = history::load();
    h.snapshots
        .iter()
        .enumerate()
        .rev()
        .map(|(index, s)| Entry {
            index,
            when: history::when(s.at_ms),
            reason: s.reason.label(),
            summary: summary(&s.draft),
            text: s.draft.text.clone(),
        })
        .collect()
}

/// Keep the open draft before it is replaced; tells the writer through `say`.
pub fn keep_current(reason: Reason, say: &Callback<String>) {
    let Some(d) = crate::storage::last_known() else {
        return;
    };
    if d.text.trim().is_empty() {
        return;
    }
    match history::snapshot(&d, reason) {
        Ok((_, dropped)) => say.emit(match dropped {
            Some(m) => format!("当前稿已存入历史版本（{m}）"),
            None => "当前稿已存入历史版本".into(),
        }),
        Err(e) => say.emit(e),
    }
}

#[hook]
pub fn use_history(h: &Handles) -> UseHistory {
    let (dispatch, say) = (h.dispatch.clone(), h.say.clone());
    let open = use_state(|| false);
    let list = use_state(|| Rc::new(Vec::<Entry>::new()));
    let preview = use_state(|| None::<usize>);
    let toggle = {
        let (open, list, preview) = (open.clone(), list.clone(), preview.clone());
        Callback::from(move |_| {
            if !*open {
                list.set(Rc::new(entries()));
            }
            preview.set(None);
            open.set(!*open);
        })
    };
    let on_preview = {
        let preview = preview.clone();
        Callback::from(move |i: Option<usize>| preview.set(i))
    };
    let on_restore = {
        let (open, say) = (open.clone(), say.clone());
        Callback::from(move |i: usize| {
            let Some(snap) = history::load().snapshots.get(i).cloned() else {
                return;
            };
            keep_current(Reason::BeforeRestore, &say);
            dispatch.emit(Action::Restore(snap.draft));
            open.set(false);
            say.emit(format!(
                "已恢复 {} 的版本（可撤销）",
                history::when(snap.at_ms)
            ));
        })
    };
    let on_delete = {
        let (list, preview) = (list.clone(), preview.clone());
        Callback::from(move |i: usize| {
            if let Err(e) = history::delete(i) {
                say.emit(e);
            }
            preview.set(None);
            list.set(Rc::new(entries()));
        })
    };
    let save = {
        let (live, say, list, open) = (h.live.clone(), h.say.clone(), list.clone(), open.clone());
        Callback::from(move |_| {
            let d = live.borrow().doc().to_draft();
            if d.text.trim().is_empty() {
                return;
            }
            say.emit(match history::snapshot(&d, Reason::Saved) {
                Ok((_, Some(m))) => format!("已存为历史版本（{m}）"),
                Ok((_, None)) => "已存为历史版本".into(),
                Err(e) => e,
            });
            if *open {
                list.set(Rc::new(entries()));
            }
        })
    };
    UseHistory {
        save,
        open: *open,
        toggle,
        entries: (*list).clone(),
        preview: *preview,
        on_preview,
        on_restore,
        on_delete,
    }
}
