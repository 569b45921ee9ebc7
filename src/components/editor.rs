//! The speech text, editable, with placeholders marked behind it (unfilled red, filled green).
//!
//! A transparent-backed textarea over a backdrop that renders the same text with `<mark>`s;
//! both scroll together. Offsets cross the edge here: the engine's byte spans become the
//! browser's UTF-16 selection and back.

use crate::dom::reveal_in_editor;
use jianggao_engine::text::{byte_to_utf16, utf16_to_byte};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, PartialEq, Debug)]
pub struct Mark {
    pub span: Range<usize>,
    pub filled: bool,
    pub active: bool,
    /// A finding that is not a placeholder (a foreign place, a stale year): underlined.
    pub issue: bool,
    pub title: String,
}

/// Where the editor should scroll to; `nonce` makes the same place reachable twice.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Jump {
    pub start: usize,
    pub end: usize,
    pub focus: bool,
    pub nonce: u32,
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    pub marks: Rc<Vec<Mark>>,
    #[prop_or_default]
    pub jump: Option<Jump>,
    /// New text, cursor (byte offset) and whether it was pasted or dropped.
    pub on_input: Callback<(String, usize, bool)>,
    /// Another tab owns the draft now: nothing can be typed.
    #[prop_or_default]
    pub readonly: bool,
}

#[component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let ta = use_node_ref();
    let backdrop = use_node_ref();

    {
        let ta = ta.clone();
        let backdrop = backdrop.clone();
        let text = props.text.clone();
        use_effect_with(props.jump, move |jump| {
            if let (Some(j), Some(t), Some(b)) = (
                jump,
                ta.cast::<web_sys::HtmlTextAreaElement>(),
                backdrop.cast::<web_sys::Element>(),
            ) {
                let s = byte_to_utf16(&text, j.start) as u32;
                let e = byte_to_utf16(&text, j.end) as u32;
                reveal_in_editor(&t, &b, s, e, j.focus);
            }
        });
    }

    let oninput = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let value = t.value();
            let units = t.selection_start().ok().flatten().unwrap_or(0) as usize;
            let cursor = utf16_to_byte(&value, units);
            let pasted =
                e.input_type().starts_with("insertFromPaste") || e.input_type() == "insertFromDrop";
            cb.emit((value, cursor, pasted));
        })
    };
    let onscroll = {
        let backdrop = backdrop.clone();
        Callback::from(move |e: Event| {
            if let (Some(t), Some(b)) = (
                e.target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
                backdrop.cast::<web_sys::Element>(),
            ) {
                b.set_scroll_top(t.scroll_top());
            }
        })
    };

    let text: &str = &props.text;
    let anchor = props
        .jump
        .map(|j| jianggao_engine::text::floor_char_boundary(text, j.start));
    let mut nodes: Vec<Html> = Vec::with_capacity(props.marks.len() * 2 + 2);
    let mut pos = 0;
    let mut anchor_done = false;
    let push_plain = |nodes: &mut Vec<Html>, from: usize, to: usize, anchor_done: &mut bool| {
        if from >= to {
            return;
        }
        match anchor {
            Some(a) if !*anchor_done && a >= from && a < to => {
                nodes.push(html! { {text[from..a].to_string()} });
                nodes.push(html! { <span class="jump-anchor"></span> });
                nodes.push(html! { {text[a..to].to_string()} });
                *anchor_done = true;
            }
            _ => nodes.push(html! { {text[from..to].to_string()} }),
        }
    };
    for m in props.marks.iter() {
        if m.span.start < pos
            || m.span.end > text.len()
            || !text.is_char_boundary(m.span.start)
            || !text.is_char_boundary(m.span.end)
        {
            continue;
        }
        push_plain(&mut nodes, pos, m.span.start, &mut anchor_done);
        if anchor == Some(m.span.start) && !anchor_done {
            nodes.push(html! { <span class="jump-anchor"></span> });
            anchor_done = true;
        }
        let class = classes!(
            "ph",
            if m.issue {
                "ph-issue"
            } else if m.filled {
                "ph-filled"
            } else {
                "ph-open"
            },
            m.active.then_some("ph-active")
        );
        nodes.push(html! { <mark class={class} title={m.title.clone()}>{text[m.span.clone()].to_string()}</mark> });
        pos = m.span.end;
    }
    push_plain(&mut nodes, pos, text.len(), &mut anchor_done);
    if anchor.is_some() && !anchor_done {
        nodes.push(html! { <span class="jump-anchor"></span> });
    }

    html! {
        <div class="editor-wrap">
            <div class="backdrop" ref={backdrop} aria-hidden="true">{ for nodes }{"\n "}</div>
            <textarea
                data-testid="editor"
                ref={ta}
                class="editor"
                aria-label="讲稿正文"
                spellcheck="false"
                readonly={props.readonly}
                value={props.text.to_string()}
                {oninput}
                {onscroll}
            />
        </div>
    }
}
