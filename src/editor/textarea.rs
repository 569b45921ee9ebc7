//! The textarea over its backdrop, and the preview: the two views of the editor column. Offsets
//! cross the edge here: the engine's byte spans become the browser's UTF-16 selection and back.

use super::backdrop::{Backdrop, WINDOW};
use super::marks::Mark;
use super::preview::Segment;
use crate::dom::reveal_in_editor;
use jianggao_engine::text::{byte_to_utf16, utf16_to_byte};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the editor should scroll to; `nonce` makes the same place reachable twice.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Jump {
    pub start: usize,
    pub end: usize,
    pub focus: bool,
    pub nonce: u32,
}

#[derive(Properties)]
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

/// The text, the marked text and the marks are told apart by identity (one `Rc` per change),
/// never compared char by char: a key on a long draft must not compare it to the last one.
impl PartialEq for EditorProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && Rc::ptr_eq(&self.marked, &other.marked)
            && Rc::ptr_eq(&self.marks, &other.marks)
            && self.jump == other.jump
            && self.on_input == other.on_input
            && self.readonly == other.readonly
    }
}

/// A text told apart by identity (an effect's dependency: not compared char by char).
struct Shared(Rc<str>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
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

#[component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let ta = use_node_ref();
    let backdrop = use_node_ref();
    // the byte (of the marked text) about the middle of the view: where marks are drawn
    let near = use_state(|| props.jump.map_or(0, |j| j.start));

    // the text as the textarea has it (typed there, or set here): the textarea is given the
    // draft's text only when that differs, so a key never copies the whole text to the page or
    // reads it back to compare (as a `value` attribute would at every render)
    let in_page = use_mut_ref(|| None::<Rc<str>>);
    {
        let ta = ta.clone();
        let in_page = in_page.clone();
        use_effect_with(Shared(props.text.clone()), move |Shared(text)| {
            let same = in_page
                .borrow()
                .as_deref()
                .is_some_and(|t| jianggao_engine::text::same(t, text));
            if !same {
                if let Some(t) = ta.cast::<web_sys::HtmlTextAreaElement>() {
                    t.set_value(text);
                    *in_page.borrow_mut() = Some(text.clone());
                }
            }
        });
    }
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
        let in_page = in_page.clone();
        Callback::from(move |e: InputEvent| {
            let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let value = t.value();
            *in_page.borrow_mut() = Some(Rc::from(value.as_str()));
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
                // the text the textarea is made with (no window in which a new editor is empty);
                // after that it is given the text only when it differs (the effect above)
                defaultvalue={AttrValue::from(props.text.clone())}
                {oninput}
                {onscroll}
            />
        </div>
    }
}
