//! The finished speech as it will be exported: values in place (green), leftovers (red).

use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Debug)]
pub enum Segment {
    Plain(String),
    Filled(String),
    Open(String),
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub segments: Rc<Vec<Segment>>,
}

#[component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let nodes = props.segments.iter().map(|s| match s {
        Segment::Plain(t) => html! { {t.clone()} },
        Segment::Filled(t) => html! { <mark class="pv-filled">{t.clone()}</mark> },
        Segment::Open(t) => html! { <mark class="pv-open">{t.clone()}</mark> },
    });
    html! {
        <div class="preview" data-testid="preview" aria-label="成稿预览">{ for nodes }</div>
    }
}
