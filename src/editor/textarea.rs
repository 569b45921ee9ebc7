//! The textarea over its backdrop, and the preview: the two views of the editor column. Offsets
//! cross the edge here: the engine's byte spans become the browser's UTF-16 selection and back.

use super::backdrop::{Backdrop, WINDOW};
use super::marks::Mark;
use super::part::Shown;
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
    // the byte (of the marked text shown) about the middle of the view: where marks are drawn
    let near = use_state(|| props.jump.map_or(0, |j| j.start));
    // what the textarea shows: the whole draft, or a part of a very long one (`part.rs`)
    let shown = use_mut_ref(|| Shown::around(&props.text, props.jump.map_or(0, |j| j.start)));
    let redraw = use_force_update();
    // a jump into another part: revealed once that part is drawn
    let reveal_next = use_mut_ref(|| None::<Jump>);
    type Part = (Rc<str>, Rc<Vec<Mark>>);
    let cut = use_mut_ref(|| None::<(Rc<str>, Rc<Vec<Mark>>, std::ops::Range<usize>, Part)>);

    // the text as the textarea has it (typed there, or set here), whole: the textarea is given
    // the draft's text only when that differs, so a key never copies the whole text to the page
    // or reads it back to compare (as a `value` attribute would at every render)
    let in_page = use_mut_ref(|| Some(props.text.clone()));
    {
        let ta = ta.clone();
        let in_page = in_page.clone();
        let shown = shown.clone();
        let redraw = redraw.clone();
        use_effect_with(Shared(props.text.clone()), move |Shared(text)| {
            let same = in_page
                .borrow()
                .as_deref()
                .is_some_and(|t| jianggao_engine::text::same(t, text));
            if !same {
                if let Some(t) = ta.cast::<web_sys::HtmlTextAreaElement>() {
                    let was = shown.borrow().clone();
                    let now = was.kept(text);
                    t.set_value(&text[now.range.clone()]);
                    *in_page.borrow_mut() = Some(text.clone());
                    if now != was {
                        *shown.borrow_mut() = now;
                        redraw.force_update();
                    }
                }
            }
        });
    }
    {
        let ta = ta.clone();
        let backdrop = backdrop.clone();
        let text = props.text.clone();
        let near = near.clone();
        let shown = shown.clone();
        let reveal_next = reveal_next.clone();
        let redraw = redraw.clone();
        use_effect_with(props.jump, move |jump| {
            let Some(j) = *jump else { return };
            let was = shown.borrow().clone();
            if was.parts && !(j.start >= was.range.start && j.end <= was.range.end) {
                // another part: show it, and reveal the place once it is drawn
                let now = Shown::around(&text, j.start);
                if let Some(t) = ta.cast::<web_sys::HtmlTextAreaElement>() {
                    t.set_value(&text[now.range.clone()]);
                }
                near.set(j.start - now.range.start);
                *shown.borrow_mut() = now;
                *reveal_next.borrow_mut() = Some(j);
                redraw.force_update();
                return;
            }
            let base = was.range.start;
            if near.abs_diff(j.start - base) > WINDOW / 4 {
                near.set(j.start - base);
            }
            reveal(&ta, &backdrop, &text, &was, j);
        });
    }
    {
        let (ta, backdrop, text) = (ta.clone(), backdrop.clone(), props.text.clone());
        let (shown, reveal_next) = (shown.clone(), reveal_next.clone());
        use_effect(move || {
            let j = reveal_next.borrow_mut().take();
            if let Some(j) = j {
                let s = shown.borrow().clone();
                reveal(&ta, &backdrop, &text, &s, j);
            }
        });
    }

    let oninput = {
        let cb = props.on_input.clone();
        let in_page = in_page.clone();
        let shown = shown.clone();
        let redraw = redraw.clone();
        Callback::from(move |e: InputEvent| {
            let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let value = t.value();
            let typed_len = value.len();
            let units = t.selection_start().ok().flatten().unwrap_or(0) as usize;
            let caret = utf16_to_byte(&value, units);
            let was = shown.borrow().clone();
            // the whole text: the part typed in, between the text before and after it
            let (text, cursor) = match in_page.borrow().as_deref() {
                Some(before) if was.parts => {
                    let end = was.range.end.min(before.len());
                    let mut whole =
                        String::with_capacity(before.len() - (end - was.range.start) + value.len());
                    whole.push_str(&before[..was.range.start]);
                    whole.push_str(&value);
                    whole.push_str(&before[end..]);
                    (whole, was.range.start + caret)
                }
                _ => (value, caret),
            };
            let now = if was.parts {
                was.typed(typed_len)
            } else {
                Shown::around(&text, cursor)
            };
            if now.parts && !was.parts {
                // a paste made the draft very long: the textarea is given the part with the
                // caret before the browser lays the whole of it out
                t.set_value(&text[now.range.clone()]);
                let at = byte_to_utf16(&text[now.range.clone()], cursor - now.range.start) as u32;
                let _ = t.set_selection_range(at, at);
                redraw.force_update();
            }
            *shown.borrow_mut() = now;
            *in_page.borrow_mut() = Some(Rc::from(text.as_str()));
            let pasted =
                e.input_type().starts_with("insertFromPaste") || e.input_type() == "insertFromDrop";
            cb.emit((text, cursor, pasted));
        })
    };
    let now = shown.borrow().clone();
    // the marked text and its marks for the part shown (all of them when the whole is); the
    // part's are cut once per analysis and part, so a key in it draws nothing behind
    let (marked, marks) = if now.parts {
        let r = now.in_marked(props.text.len(), &props.marked);
        let mut c = cut.borrow_mut();
        match &*c {
            Some((m, ms, at, part))
                if Rc::ptr_eq(m, &props.marked) && Rc::ptr_eq(ms, &props.marks) && *at == r =>
            {
                part.clone()
            }
            _ => {
                let inside = props
                    .marks
                    .iter()
                    .filter(|m| m.span.start >= r.start && m.span.end <= r.end)
                    .map(|m| Mark {
                        span: m.span.start - r.start..m.span.end - r.start,
                        ..m.clone()
                    })
                    .collect();
                let part = (Rc::from(&props.marked[r.clone()]), Rc::new(inside));
                *c = Some((props.marked.clone(), props.marks.clone(), r, part.clone()));
                part
            }
        }
    } else {
        (props.marked.clone(), props.marks.clone())
    };
    let onscroll = {
        let backdrop = backdrop.clone();
        let near = near.clone();
        let len = marked.len();
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

    let anchor = props
        .jump
        .map(|j| j.start)
        .filter(|a| now.range.contains(a) || *a == now.range.end)
        .map(|a| a - now.range.start);
    let bar = now.parts.then(|| {
        let go = |to: fn(&Shown, &str) -> Shown| {
            let (ta, shown, in_page, near, redraw) = (
                ta.clone(),
                shown.clone(),
                in_page.clone(),
                near.clone(),
                redraw.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let Some(text) = in_page.borrow().clone() else {
                    return;
                };
                let was = shown.borrow().clone();
                let next = to(&was, &text);
                if next == was {
                    return;
                }
                if let Some(t) = ta.cast::<web_sys::HtmlTextAreaElement>() {
                    t.set_value(&text[next.range.clone()]);
                    // going on: from the top; going back: from the bottom
                    let top = if next.range.start < was.range.start {
                        t.scroll_height()
                    } else {
                        0
                    };
                    t.set_scroll_top(top);
                }
                near.set(if next.range.start < was.range.start {
                    next.range.len()
                } else {
                    0
                });
                *shown.borrow_mut() = next;
                redraw.force_update();
            })
        };
        let total = props.text.len().max(1);
        let pct = |b: usize| b * 100 / total;
        html! {
            <div class="part-bar" data-testid="part-bar" role="status">
                <span>{format!(
                    "这份稿子很长（约 {} 万字），编辑区一次显示一段：现在是全文的 {}%–{}% 处。",
                    (props.text.len() / 3).div_ceil(10_000),
                    pct(now.range.start),
                    pct(now.range.end),
                )}</span>
                <button data-testid="part-prev" disabled={now.range.start == 0} onclick={go(Shown::prev)}>{"上一段"}</button>
                <button data-testid="part-next" disabled={now.range.end >= props.text.len()} onclick={go(Shown::next)}>{"下一段"}</button>
            </div>
        }
    });

    html! {
        <>
            { for bar }
            <div class="editor-wrap">
                <Backdrop node={backdrop} {marked} {marks} near={*near} {anchor} />
                <textarea
                    data-testid="editor"
                    ref={ta}
                    class="editor"
                    aria-label="讲稿正文"
                    spellcheck="false"
                    readonly={props.readonly}
                    // the part of the draft shown and the whole's length (bytes): tests read it
                    data-part={now.parts.then(|| format!("{},{},{}", now.range.start, now.range.end, props.text.len()))}
                    // the text the textarea is made with (no window in which a new editor is
                    // empty); after that it is given the text only when it differs (the effect
                    // above)
                    defaultvalue={if now.parts {
                        AttrValue::from(props.text[now.range.clone()].to_string())
                    } else {
                        AttrValue::from(props.text.clone())
                    }}
                    {oninput}
                    {onscroll}
                />
            </div>
        </>
    }
}

/// Scroll the editor to a jump's place in the part shown and select it (offsets in the part).
fn reveal(ta: &NodeRef, backdrop: &NodeRef, text: &str, shown: &Shown, j: Jump) {
    if let (Some(t), Some(b)) = (
        ta.cast::<web_sys::HtmlTextAreaElement>(),
        backdrop.cast::<web_sys::Element>(),
    ) {
        let part = &text[shown.range.clone()];
        let at = |x: usize| byte_to_utf16(part, x.saturating_sub(shown.range.start)) as u32;
        reveal_in_editor(&t, &b, at(j.start), at(j.end.min(shown.range.end)), j.focus);
    }
}
