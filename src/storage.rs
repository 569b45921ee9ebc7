//! The draft in browser storage: one versioned JSON record, written at most 0.5 s after a
//! change, and a copy of an unreadable record kept aside instead of being overwritten.

use jianggao_engine::session::{Draft, SavedDraft, SAVE_VERSION};
use std::cell::RefCell;

pub const KEY: &str = "jianggao.draft";
pub const BROKEN_KEY: &str = "jianggao.draft.unreadable";

thread_local! {
    /// The latest draft, for the panic hook.
    static LAST: RefCell<Option<Draft>> = const { RefCell::new(None) };
}

fn local_storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("没有浏览器窗口")?
        .local_storage()
        .map_err(|_| "浏览器禁用了本地存储".to_string())?
        .ok_or_else(|| "浏览器禁用了本地存储".to_string())
}

/// Keep the latest draft for the panic hook.
pub fn remember(draft: &Draft) {
    LAST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some(draft.clone());
        }
    });
}

/// Save a draft. The error says, in Chinese, why it could not be saved.
pub fn save(draft: &Draft) -> Result<(), String> {
    let json = serde_json::to_string(&SavedDraft::new(draft)).map_err(|e| e.to_string())?;
    let storage = local_storage()?;
    storage
        .set_item(KEY, &json)
        .map_err(|_| "浏览器存储已满，草稿未能保存".to_string())
}

/// Save whatever draft was seen last (from the panic hook).
pub fn save_last_known() -> Result<(), String> {
    let draft = LAST.with(|l| l.try_borrow().ok().and_then(|d| d.clone()));
    match draft {
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
    match serde_json::from_str::<SavedDraft>(&json) {
        Ok(saved) if saved.version <= SAVE_VERSION => {
            remember(&saved.draft);
            Restored::Draft(saved.draft)
        }
        Ok(saved) => {
            let _ = storage.set_item(BROKEN_KEY, &json);
            Restored::Unreadable(format!(
                "保存的草稿来自更新的版本（{}），已另存备份，未载入",
                saved.version
            ))
        }
        Err(_) => {
            let _ = storage.set_item(BROKEN_KEY, &json);
            Restored::Unreadable(
                "保存的草稿无法读取，已另存备份（jianggao.draft.unreadable）".into(),
            )
        }
    }
}
