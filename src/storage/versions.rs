//! 历史版本 in browser storage: one JSON record beside the draft, kept within a budget.
//! Snapshots are taken before an import or a template replaces the draft, before an export,
//! every few minutes of editing, when another tab saves over this tab's draft, and before a
//! version is restored.

use jianggao_engine::history::{History, Reason, Snapshot, BUDGET_CHARS};
use jianggao_engine::session::Draft;
use std::cell::Cell;

pub const KEY: &str = "jianggao.history";

/// Minutes of editing between two automatic snapshots.
const TIMED_EVERY_MS: f64 = 5.0 * 60_000.0;

thread_local! {
    /// When this tab last took a timed snapshot (0: not yet; the first comes after 5 minutes).
    static LAST_TIMED: Cell<f64> = const { Cell::new(0.0) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored history; an unreadable record reads as empty (and is replaced on the next save).
pub fn load() -> History {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Store the history, dropping the oldest versions while it does not fit (the budget, then
/// what the browser still accepts). Returns a message when versions were dropped.
pub fn store(mut h: History) -> Result<Option<String>, String> {
    let s = storage().ok_or("浏览器禁用了本地存储，历史版本无法保存")?;
    let mut dropped = h.prune(BUDGET_CHARS);
    loop {
        let json = serde_json::to_string(&h)
            .map_err(|_| "历史版本未能转成保存的格式，未保存：请导出备份".to_string())?;
        if s.set_item(KEY, &json).is_ok() {
            break;
        }
        if h.snapshots.len() <= 1 {
            return Err("浏览器存储已满，历史版本未能保存：请导出备份".into());
        }
        h.snapshots.remove(0);
        dropped += 1;
    }
    Ok((dropped > 0).then(|| format!("存储空间有限，已删去最早的 {dropped} 个历史版本")))
}

/// Keep `draft` as a version. `Ok(true)` when it was added; a message when old ones went.
pub fn snapshot(draft: &Draft, reason: Reason) -> Result<(bool, Option<String>), String> {
    let mut h = load();
    let added = h.add(Snapshot {
        at_ms: js_sys::Date::now(),
        reason,
        draft: draft.clone(),
    });
    if !added {
        return Ok((false, None));
    }
    store(h).map(|m| (true, m))
}

/// After a save: every few minutes of editing, keep a version.
pub fn timed(draft: &Draft) {
    let now = js_sys::Date::now();
    let last = LAST_TIMED.with(Cell::get);
    if last == 0.0 {
        LAST_TIMED.with(|l| l.set(now));
    } else if now - last >= TIMED_EVERY_MS {
        LAST_TIMED.with(|l| l.set(now));
        let _ = snapshot(draft, Reason::Timed);
    }
}

/// The draft comes first: when storage is too full to save it, drop the older half of the
/// versions. Returns how many went.
pub fn make_room() -> usize {
    let mut h = load();
    let n = h.snapshots.len().div_ceil(2);
    if n == 0 {
        return 0;
    }
    h.snapshots.drain(..n);
    match store(h) {
        Ok(_) => n,
        Err(_) => 0,
    }
}

/// Remove version `i` (oldest first).
pub fn delete(i: usize) -> Result<(), String> {
    let mut h = load();
    if h.remove(i) {
        store(h)?;
    }
    Ok(())
}

/// `MM-DD HH:MM` in local time.
pub fn when(at_ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms));
    format!(
        "{:02}-{:02} {:02}:{:02}",
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
