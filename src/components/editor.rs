//! The speech text, editable, with placeholders marked behind it (unfilled red, filled green).
//!
//! A transparent-backed textarea over a backdrop that renders the same text with `<mark>`s;
//! both scroll together. The textarea takes every key at once; the backdrop is drawn from the
//! last analysis (its text and marks, a pause behind while typing), and only the marks near
//! what is in view are drawn ([`WINDOW`] bytes either side), the rest of the text plain. Offsets cross the edge here: the engine's byte spans become the
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
    /// A sentence still word for word the imported text (shown when the writer asks).
    pub source: bool,
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

/// Marks are drawn within this many bytes of the place in view, either side.
pub const WINDOW: usize = 24_000;

/// The marks drawn around byte `at`: those within [`WINDOW`] bytes of it.
pub fn marks_near(marks: &[Mark], at: usize) -> &[Mark] {
    let from = at.saturating_sub(WINDOW);
    let to = at.saturating_add(WINDOW);
    let a = marks.partition_point(|m| m.span.end < from);
    let b = marks.partition_point(|m| m.span.start <= to).max(a);
    &marks[a..b]
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The draft as typed: the textarea's value.
    pub text: Rc<str>,
    /// The text the marks were made for (the last analysis'): the backdrop's.
    pub marked: Rc<str>,
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
    // the byte (of the marked text) about the middle of the view: where marks are drawn
    let near = use_state(|| props.jump.map_or(0, |j| j.start));

    {
        let ta = ta.clone();
        let backdrop = backdrop.clone();
        let text = props.text.clone();
        let near = near.clone();
        use_effect_with(props.jump, move |jump| {
            if let Some(j) = jump {
                if near.abs_diff(j.start) > WINDOW / 4 {
                    near.set(j.start);
                }
            }
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
        let near = near.clone();
        let len = props.marked.len();
        Callback::from(move |e: Event| {
            if let (Some(t), Some(b)) = (
                e.target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
                backdrop.cast::<web_sys::Element>(),
            ) {
                b.set_scroll_top(t.scroll_top());
                // the place in view, by the share scrolled; redraw the marks when it moved far
                let h = f64::from(t.scroll_height().max(1));
                let mid = f64::from(t.scroll_top()) + f64::from(t.client_height()) / 2.0;
                let at = ((mid / h).clamp(0.0, 1.0) * len as f64) as usize;
                if len > WINDOW && near.abs_diff(at) > WINDOW / 4 {
                    near.set(at);
                }
            }
        })
    };

    let anchor = props.jump.map(|j| j.start);
    html! {
        <div class="editor-wrap">
            <Backdrop node={backdrop} marked={props.marked.clone()} marks={props.marks.clone()} near={*near} {anchor} />
            <textarea
                data-testid="editor"
                ref={ta}
                class="editor"
                aria-label="讲稿正文"
                spellcheck="false"
                readonly={props.readonly}
                value={AttrValue::from(props.text.clone())}
                {oninput}
                {onscroll}
            />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BackdropProps {
    node: NodeRef,
    marked: Rc<str>,
    marks: Rc<Vec<Mark>>,
    near: usize,
    anchor: Option<usize>,
}

/// The marked text behind the textarea: drawn again only when the analysis, the place in view
/// or a jump changes, never for a key.
#[component(Backdrop)]
fn backdrop(props: &BackdropProps) -> Html {
    let text: &str = &props.marked;
    let anchor = props
        .anchor
        .map(|a| jianggao_engine::text::floor_char_boundary(text, a));
    let shown = marks_near(&props.marks, props.near);
    let mut nodes: Vec<Html> = Vec::with_capacity(shown.len() * 2 + 2);
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
    for m in shown {
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
            if m.source {
                "ph-source"
            } else if m.issue {
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
        <div class="backdrop" ref={props.node.clone()} aria-hidden="true">{ for nodes }{"\n "}</div>
    }
}
