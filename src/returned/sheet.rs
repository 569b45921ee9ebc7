//! The returned draft's sheet: the count, each changed sentence as sent and as returned, each
//! added and dropped one, and the button that takes the returned text as the draft.

use jianggao_engine::returned::Kind;
use jianggao_web::protocol::Returned;
use std::rc::Rc;
use yew::prelude::*;

/// What the sheet shows of one returned file.
#[derive(PartialEq)]
pub struct SheetState {
    pub name: String,
    outcome: Outcome,
    /// The returned text has been taken as the draft.
    pub taken: bool,
}

#[derive(PartialEq)]
enum Outcome {
    Waiting,
    Failed(String),
    /// The draft's text as compared, and the answer.
    Compared(Rc<str>, Rc<Returned>),
}

impl SheetState {
    pub fn waiting(name: String) -> Self {
        SheetState {
            name,
            outcome: Outcome::Waiting,
            taken: false,
        }
    }
    pub fn failed(name: String, message: String) -> Self {
        SheetState {
            name,
            outcome: Outcome::Failed(message),
            taken: false,
        }
    }
    pub fn new(name: String, sent: Rc<str>, got: Returned) -> Self {
        SheetState {
            name,
            outcome: Outcome::Compared(sent, Rc::new(got)),
            taken: false,
        }
    }
    /// The draft as compared and the answer, once there is one.
    pub fn compared(&self) -> Option<(&Rc<str>, &Rc<Returned>)> {
        match &self.outcome {
            Outcome::Compared(sent, got) => Some((sent, got)),
            _ => None,
        }
    }
    pub fn as_taken(&self) -> Self {
        SheetState {
            name: self.name.clone(),
            outcome: match &self.outcome {
                Outcome::Compared(s, g) => Outcome::Compared(s.clone(), g.clone()),
                Outcome::Failed(e) => Outcome::Failed(e.clone()),
                Outcome::Waiting => Outcome::Waiting,
            },
            taken: true,
        }
    }
}

/// Most sentences listed (a rewrite of the whole draft would list thousands).
const LISTED: usize = 300;

#[derive(Properties, PartialEq)]
pub struct ReturnedSheetProps {
    pub state: Rc<SheetState>,
    pub on_take: Callback<()>,
    pub on_close: Callback<()>,
}

#[component(ReturnedSheet)]
pub fn returned_sheet(p: &ReturnedSheetProps) -> Html {
    let s = &p.state;
    let body = match &s.outcome {
        Outcome::Waiting => html! { <p>{"正在与送出的稿子逐句比较…"}</p> },
        Outcome::Failed(e) => {
            html! { <p class="error" role="alert" data-testid="returned-error">{e}</p> }
        }
        Outcome::Compared(_, got) => {
            let count = |k: Kind| got.marked.iter().filter(|m| m.kind == k).count();
            let (changed, added) = (count(Kind::Changed), count(Kind::Added));
            let items = got.marked.iter().map(|m| {
                let now = got.text.get(m.span.clone()).unwrap_or_default();
                match m.kind {
                    Kind::Changed => html! {
                        <li data-testid="returned-item" data-kind="changed">
                            <span class="was">{"原："}{&m.sent}</span><br />
                            <span class="now">{"改："}{now}</span>
                        </li>
                    },
                    _ => html! {
                        <li data-testid="returned-item" data-kind="added"><span class="now">{"加："}{now}</span></li>
                    },
                }
            });
            let dropped = got.dropped.iter().map(|t| {
                html! { <li data-testid="returned-item" data-kind="dropped"><span class="was">{"删："}{t}</span></li> }
            });
            let all: Vec<Html> = items.chain(dropped).collect();
            let more = all.len().saturating_sub(LISTED);
            html! {
                <>
                    <p data-testid="returned-count">{format!(
                        "与送出的稿子相比：改动 {changed} 句，新增 {added} 句，删去 {} 句。",
                        got.dropped.len()
                    )}</p>
                    <ol>{ for all.into_iter().take(LISTED) }</ol>
                    if more > 0 { <p>{format!("其余 {more} 处未列出。")}</p> }
                    if s.taken {
                        <p data-testid="returned-taken">{"已采用为当前稿（可撤销；原稿在历史版本中）。编辑器中标出了改动和新增的句子，编辑后或关闭本栏即不再标出。"}</p>
                    } else {
                        <p><button class="primary" data-testid="returned-take" onclick={p.on_take.reform(|_| ())}>{"采用改回的稿子"}</button>
                        {" 填写的值留在仍有其占位符的句子里；删去的句子可从历史版本找回。"}</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="banner report history returned" data-testid="returned" aria-label="领导改回的稿子">
            <h2>{format!("领导改回的稿子：{}", s.name)}<button data-testid="returned-close" onclick={p.on_close.reform(|_| ())}>{"关闭"}</button></h2>
            {body}
        </section>
    }
}
