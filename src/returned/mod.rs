//! A draft that came back from the leader (领导改回的稿子): 文件 › 打开领导改回的稿子… picks a
//! file (.docx and .doc read by the file reader, .txt and .md as they are), the tools worker
//! compares it with the open draft as sent (filled with its values) and makes the new draft
//! (`workers::returned`); the sheet lists each changed, added and dropped sentence, and taking
//! it replaces the draft in one undo step, the old one kept in 历史版本 first. Until the writer
//! edits the text or closes the sheet, the sentences changed and added are marked in the editor.
//! A file that cannot be read, or that says what the draft says, is a message: the draft is
//! untouched.

mod sheet;

pub use sheet::SheetState;

use crate::dom::read_chosen;
use crate::handles::Handles;
use crate::workers;
use jianggao_engine::history::Reason;
use jianggao_engine::session::Action;
use jianggao_web::protocol::Returned;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

pub struct UseReturned {
    /// 文件 › 打开领导改回的稿子…: the file chooser opens.
    pub open_file: Callback<()>,
    /// The sentences to mark in the editor, when the text `shown` (the last analysis's) is
    /// the returned draft as taken.
    pub marks: Option<Rc<Vec<Range<usize>>>>,
    input: NodeRef,
    on_change: Callback<Event>,
    sheet: Option<Rc<SheetState>>,
    take: Callback<()>,
    close: Callback<()>,
}

/// `keep` keeps the open draft in 历史版本 before the returned one replaces it; `shown` is the
/// text the last analysis read.
#[hook]
pub fn use_returned(h: &Handles, keep: Callback<Reason>, shown: Rc<str>) -> UseReturned {
    let input = use_node_ref();
    let sheet = use_state(|| None::<Rc<SheetState>>);
    // the number of the last file opened: an answer about an older one is dropped
    let latest = use_mut_ref(|| 0u32);
    let open_file = {
        let input = input.clone();
        Callback::from(move |_| {
            workers::warm();
            if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                i.click();
            }
        })
    };
    let on_read = {
        let (sheet, live) = (sheet.clone(), h.live.clone());
        Callback::from(move |(name, read): (String, Result<String, String>)| {
            let request = {
                let mut l = latest.borrow_mut();
                *l = l.wrapping_add(1);
                *l
            };
            let text = match read {
                Ok(t) => t,
                Err(e) => return sheet.set(Some(Rc::new(SheetState::failed(name, e)))),
            };
            let draft = live.borrow().doc().to_draft();
            let sent: Rc<str> = draft.text.as_str().into();
            sheet.set(Some(Rc::new(SheetState::waiting(name.clone()))));
            let (sheet, latest, shown) = (sheet.clone(), latest.clone(), name.clone());
            let done = Callback::from(move |r: Result<Returned, String>| {
                if *latest.borrow() != request {
                    return;
                }
                let name = shown.clone();
                sheet.set(Some(Rc::new(match r {
                    Ok(got) => SheetState::new(name, sent.clone(), got),
                    Err(e) => SheetState::failed(name, e),
                })));
            });
            workers::returned(name, text, draft.text, draft.values, done);
        })
    };
    let on_change = Callback::from(move |e: Event| read_chosen(e, on_read.clone()));
    let take = {
        let (sheet, live, dispatch) = (sheet.clone(), h.live.clone(), h.dispatch.clone());
        Callback::from(move |_| {
            let Some(s) = (*sheet).clone() else { return };
            let Some((sent, got, _)) = s.compared() else {
                return;
            };
            if s.taken {
                return;
            }
            if *live.borrow().text() != **sent {
                let e = "比较之后原稿又有改动，未采用：请重新打开改回的稿子。".to_string();
                return sheet.set(Some(Rc::new(SheetState::failed(s.name.clone(), e))));
            }
            keep.emit(Reason::BeforeReturned);
            dispatch.emit(Action::Fix {
                text: got.0.text.clone(),
                values: got.0.values.clone(),
            });
            sheet.set(Some(Rc::new(s.as_taken())));
        })
    };
    let close = {
        let sheet = sheet.clone();
        Callback::from(move |_| sheet.set(None))
    };
    // marked while the text the analysis read is the draft as taken (a text edited since is
    // another length, or other bytes: the compare is over at the first difference)
    let marks = (*sheet).as_ref().and_then(|s| {
        let (_, got, marks) = s.compared()?;
        (s.taken && *shown == *got.0.text).then(|| marks.clone())
    });
    UseReturned {
        open_file,
        marks,
        input,
        on_change,
        sheet: (*sheet).clone(),
        take,
        close,
    }
}

impl UseReturned {
    /// The file chooser (hidden; opened from the 文件 menu) and the sheet, when open.
    pub fn view(&self) -> Html {
        html! {
            <>
                <input ref={self.input.clone()} type="file" hidden=true data-testid="returned-file"
                    accept=".docx,.doc,.txt,.md,.markdown,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"
                    onchange={self.on_change.clone()} />
                if let Some(s) = &self.sheet {
                    { sheet::sheet(s, &self.take, &self.close) }
                }
            </>
        }
    }
}
