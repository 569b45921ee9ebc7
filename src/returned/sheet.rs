//! The returned draft's sheet: the count, each changed sentence as sent and as returned, each
//! added and dropped one, and the button that takes the returned text as the draft.

use jianggao_engine::text::Span;
use jianggao_web::protocol::Returned;
use std::rc::Rc;
use yew::prelude::*;

/// The draft's text as compared, the answer and its marked sentences.
pub type Compared<'a> = (&'a Rc<str>, &'a Rc<Returned>, &'a Rc<Vec<Span>>);

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
    /// The draft's text as compared, the answer, and its marked sentences (made once).
    Compared(Rc<str>, Rc<Returned>, Rc<Vec<Span>>),
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
            outcome: {
                let marks = Rc::new(got.1.clone());
                Outcome::Compared(sent, Rc::new(got), marks)
            },
            taken: false,
        }
    }
    /// The draft as compared, the answer and its marked sentences, once there is one.
    pub fn compared(&self) -> Option<Compared<'_>> {
        match &self.outcome {
            Outcome::Compared(sent, got, marks) => Some((sent, got, marks)),
            _ => None,
        }
    }
    pub fn as_taken(&self) -> Self {
        SheetState {
            name: self.name.clone(),
            outcome: match &self.outcome {
                Outcome::Compared(s, g, m) => Outcome::Compared(s.clone(), g.clone(), m.clone()),
                Outcome::Failed(e) => Outcome::Failed(e.clone()),
                Outcome::Waiting => Outcome::Waiting,
            },
            taken: true,
        }
    }
}

/// The sheet: a plain function, not a component (a component's machinery costs the first load
/// more than the whole sheet).
pub fn sheet(s: &SheetState, take: &Callback<()>, close: &Callback<()>) -> Html {
    let body = match &s.outcome {
        Outcome::Waiting => html! { <p>{"正在与送出的稿子逐句比较…"}</p> },
        Outcome::Failed(e) => {
            html! { <p class="error" role="alert" data-testid="returned-error">{e}</p> }
        }
        Outcome::Compared(_, got, _) => {
            let (count, items) = got.2.split_first().map_or(("", &[][..]), |(c, l)| (c, l));
            html! {
                <>
                    <p data-testid="returned-count">{count}</p>
                    <ol>{ for items.iter().map(|l| html! { <li data-testid="returned-item">{l}</li> }) }</ol>
                    if s.taken {
                        <p data-testid="returned-taken">{"已采用（可撤销，原稿存入历史版本）；改动和新增的句子已标出，编辑或关闭后不再标出。"}</p>
                    } else {
                        <p><button class="primary" data-testid="returned-take" onclick={take.reform(|_| ())}>{"采用改回的稿子"}</button>
                        {" 未改的句子保留所填的值"}</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="banner report history returned" data-testid="returned" aria-label="领导改回的稿子">
            <h2>{format!("领导改回的稿子：{}", s.name)}<button data-testid="returned-close" onclick={close.reform(|_| ())}>{"关闭"}</button></h2>
            {body}
        </section>
    }
}
