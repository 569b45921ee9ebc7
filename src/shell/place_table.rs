//! The place table, fetched once the draft's place is filled in; the checks then run again.

use crate::state::State;
use crate::tables::{ensure, Table};
use yew::prelude::*;

/// Fetch the place table when the draft first has a place; `flush` runs the checks again when
/// it is there. True while it is on its way: until it is there (or has failed) the findings
/// are not yet of this draft, and the page says so as it says an analysis is pending.
#[hook]
pub fn use_place_table(state: &State, flush: Callback<()>) -> bool {
    let failed = use_state_eq(|| false);
    let has_place = state
        .values()
        .get(jianggao_engine::Fact::Place.key())
        .is_some_and(|v| !v.trim().is_empty());
    {
        let failed = failed.clone();
        use_effect_with(has_place, move |&has_place| {
            if has_place && !Table::Places.ready() {
                failed.set(false); // (a place filled in again tries again)
                wasm_bindgen_futures::spawn_local(async move {
                    match ensure(Table::Places).await {
                        Ok(()) => flush.emit(()),
                        Err(e) => {
                            web_sys::console::warn_1(&format!("地名表未能载入：{e}").into());
                            failed.set(true);
                        }
                    }
                });
            }
        });
    }
    has_place && !Table::Places.ready() && !*failed
}
