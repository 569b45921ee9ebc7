//! The draft in browser storage: one versioned JSON record, written at most 0.5 s after a
//! change, and a copy of an unreadable record kept aside instead of being overwritten.
//!
//! Several tabs share the record. A tab writes only over the record it last read or wrote
//! itself (`SEEN`); a record written by another tab meanwhile is never overwritten: the save
//! fails with [`OTHER_TAB`] and the tab stops saving (`BLOCKED`) until it is reloaded.

pub mod versions;

use crate::doc::Doc;
use jianggao_engine::session::{Draft, SavedDraft, SAVE_VERSION};
use std::cell::RefCell;

pub const KEY: &str = "jianggao.draft";
pub const BROKEN_KEY: &str = "jianggao.draft.unreadable";

/// Why a tab no longer saves: another tab saved the draft since this one read it.
pub const OTHER_TAB: &str = "这份讲稿已在另一个标签页中修改并保存";

thread_local! {
    /// The latest draft, for the panic hook (its parts shared with the state).
    static LAST: RefCell<Option<Doc>> = const { RefCell::new(None) };
    /// The record as this tab last read or wrote it.
    static SEEN: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Why this tab must not write the record any more.
    static BLOCKED: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn seen() -> Option<String> {
    SEEN.with(|s| s.borrow().clone())
}

fn set_seen(json: Option<String>) {
    SEEN.with(|s| *s.borrow_mut() = json);
}

/// Stop saving, for a reason shown to the writer; the first reason stays.
pub fn block(reason: &str) {
    BLOCKED.with(|b| {
        b.borrow_mut().get_or_insert_with(|| reason.to_string());
    });
}

/// Why this tab no longer saves, if it does not.
pub fn blocked() -> Option<String> {
    BLOCKED.with(|b| b.borrow().clone())
}

/// Another tab wrote `new_value` under [`KEY`] (a `storage` event): is it not what this tab
/// last saw? Then this tab must not write over it.
pub fn changed_elsewhere(new_value: Option<String>) -> bool {
    new_value != seen()
}

fn local_storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("没有浏览器窗口")?
        .local_storage()
        .map_err(|_| "浏览器禁用了本地存储".to_string())?
        .ok_or_else(|| "浏览器禁用了本地存储".to_string())
}

/// Keep the latest draft for the panic hook: a copy of the state's (its parts are shared, so
/// a key in a long draft copies nothing here).
pub fn remember(doc: &Doc) {
    LAST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some(doc.clone());
        }
    });
}

/// The latest draft this tab has.
pub fn last_known() -> Option<Draft> {
    LAST.with(|l| l.try_borrow().ok()?.as_ref().map(Doc::to_draft))
}

/// Save a draft. The error says, in Chinese, why it could not be saved; it is [`OTHER_TAB`]
/// when another tab saved since this one read, and then this tab saves no more.
pub fn save(draft: &Draft) -> Result<(), String> {
    if let Some(reason) = blocked() {
        return Err(reason);
    }
    // (serialising a draft does not fail: every map's keys are strings; the message is fixed so
    // that serde_json's error texts stay out of the first load)
    let json = serde_json::to_string(&SavedDraft::new(draft))
        .map_err(|_| "草稿未能转成保存的格式，未保存：请导出备份".to_string())?;
    let storage = local_storage()?;
    let current = storage.get_item(KEY).ok().flatten();
    if current != seen() {
        block(OTHER_TAB);
        return Err(OTHER_TAB.into());
    }
    if current.as_deref() == Some(json.as_str()) {
        return Ok(());
    }
    // the draft before the history: when storage is full, older versions make room
    if storage.set_item(KEY, &json).is_err()
        && (crate::storage::versions::make_room() == 0 || storage.set_item(KEY, &json).is_err())
    {
        return Err("浏览器存储已满，草稿未能保存".into());
    }
    set_seen(Some(json));
    Ok(())
}

/// Save whatever draft was seen last (from the panic hook).
pub fn save_last_known() -> Result<(), String> {
    match last_known() {
        Some(d) => save(&d),
        None => Ok(()),
    }
}

/// What was found in storage at start.
pub enum Restored {
    Nothing,
    Draft(Draft),
    /// A record that could not be read; it was kept under [`BROKEN_KEY`].
    Unreadable(String),
    Unavailable(String),
}

pub fn restore() -> Restored {
    let storage = match local_storage() {
        Ok(s) => s,
        Err(e) => return Restored::Unavailable(e),
    };
    let Ok(Some(json)) = storage.get_item(KEY) else {
        return Restored::Nothing;
    };
    let why = match serde_json::from_str::<SavedDraft>(&json) {
        Ok(saved) if saved.version <= SAVE_VERSION => {
            set_seen(Some(json));
            return Restored::Draft(saved.draft);
        }
        Ok(saved) => format!("保存的草稿来自更新的版本（{}）", saved.version),
        Err(_) => "保存的草稿无法读取".to_string(),
    };
    // the only copy is overwritten only once it is kept aside
    if storage.set_item(BROKEN_KEY, &json).is_ok() {
        set_seen(Some(json));
        Restored::Unreadable(format!("{why}，已另存备份（{BROKEN_KEY}），未载入"))
    } else {
        let reason = format!("{why}，且无法另存备份；为免覆盖它，本页不会自动保存");
        block(&reason);
        Restored::Unreadable(reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jianggao_engine::Values;

    #[test]
    fn the_panic_hooks_copy_is_the_latest_draft_and_shares_its_text() {
        let mut d = Draft {
            text: "第一稿".into(),
            ..Default::default()
        };
        d.values.insert("fact:place".into(), "青山县".into());
        let doc = Doc::from_draft(d.clone());
        remember(&doc);
        assert_eq!(last_known(), Some(d));
        // the copy kept shares the text with the state's draft
        let kept = LAST.with(|l| l.borrow().as_ref().map(|k| k.text.clone()));
        assert!(kept.is_some_and(|t| std::rc::Rc::ptr_eq(&t, &doc.text)));
        let other = Draft {
            text: "另一稿".into(),
            ..Default::default()
        };
        remember(&Doc::from_draft(other));
        assert_eq!(last_known().map(|d| d.text), Some("另一稿".into()));
        assert_eq!(last_known().map(|d| d.values), Some(Values::new()));
    }
}
