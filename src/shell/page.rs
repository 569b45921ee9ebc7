//! What the parts of the page share: the ways to change the state (none once another tab owns
//! the draft), the latest state, the status line, saving, and the banners above the
//! workbench.

use super::autosave::{use_autosave, Saving};
use super::persist::use_persist;
use super::status::use_status;
use crate::export::backup_file;
use crate::handles::Handles;
use crate::state::{Change, State};
use crate::storage::{blocked, OTHER_TAB};
use std::rc::Rc;
use yew::prelude::*;

pub struct Page {
    /// What the features act through.
    pub handles: Handles,
    status: UseStateHandle<Option<String>>,
    pub saving: Saving,
    persist: UseStateHandle<Option<String>>,
}

/// `flush` brings the analysis up to date (`use_analysis`).
#[hook]
pub fn use_page(state: &UseReducerHandle<State>, flush: Callback<()>) -> Page {
    // a tab that another tab's save made read-only changes nothing more. The callbacks handed
    // to the panels are made once, so that a key re-renders only the editor and the header.
    // the latest state: each change is applied to it here, at once, and handed to the reducer
    let live = use_mut_ref(|| (**state).clone());
    let (change, dispatch) = (*use_memo((), {
        let (state, live) = (state.clone(), live.clone());
        move |_| {
            let change = Callback::from(move |c| {
                if blocked().as_deref() == Some(OTHER_TAB) {
                    return;
                }
                let next = live.borrow().apply(c);
                if let Some(next) = next {
                    *live.borrow_mut() = next.clone();
                    state.dispatch(next);
                }
            });
            (change.clone(), change.reform(Change::Do))
        }
    }))
    .clone();
    let saving = use_autosave(state, live.clone());
    let status = use_status();
    let say = {
        let status = status.clone();
        Callback::from(move |m: String| status.set(Some(m)))
    };
    Page {
        handles: Handles {
            dispatch,
            change,
            live,
            say,
            flush,
        },
        status,
        saving,
        persist: use_persist(),
    }
}

impl Page {
    /// Another tab saved this draft: this one is read-only.
    pub fn read_only(&self) -> bool {
        self.saving.other_tab
    }

    /// The banners: why the saved draft was not restored, saving (another tab, storage full),
    /// the other tab open, storage not kept, and the status line.
    pub fn banners(&self, notice: Option<String>, text: Rc<str>) -> Html {
        let say = self.handles.say.clone();
        let backup = Callback::from(move |_| {
            let file = backup_file(&text);
            if let Err(e) = crate::dom::download(&file.name, file.mime, &file.content) {
                say.emit(e);
            }
        });
        let read_only = self.read_only();
        let persist = self.persist.clone();
        let read = Callback::from(move |_| {
            super::persist::mark_read();
            persist.set(None)
        });
        html! { <>
            if let Some(m) = notice {
                <div class="banner warn" role="alert">{m}</div>
            }
            if read_only {
                <div class="banner error" role="alert" data-testid="other-tab">
                    {format!("{OTHER_TAB}。为免互相覆盖，本页已改为只读，不再保存；本页的稿已存入历史版本，请刷新页面载入最新稿。")}
                    <button onclick={backup.clone()}>{"下载本页草稿备份"}</button>
                </div>
            } else if let Some(e) = self.saving.error.clone() {
                <div class="banner error" role="alert">
                    {format!("{e}：关闭页面前请先下载备份。")}
                    <button onclick={backup}>{"下载草稿备份"}</button>
                </div>
            }
            if self.saving.other_open && !read_only {
                <div class="banner info" data-testid="tab-note">
                    {"讲稿工坊已在另一个标签页打开。请只在一处编辑：一个标签页保存后，另一个会改为只读，不会互相覆盖。"}
                </div>
            }
            if let Some(n) = (*self.persist).clone() {
                <div class="banner info" data-testid="persist-note">
                    {n}
                    <button onclick={read}>{"知道了"}</button>
                </div>
            }
            if let Some(s) = (*self.status).clone() {
                <div class="status" role="status">{s}</div>
            }
        </> }
    }
}
