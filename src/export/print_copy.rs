//! The finished speech as it prints: hidden on screen, the only thing on paper
//! (`static/style.css`, `@media print`). Paragraph roles and faces come from the engine, the
//! same as the Word export's 公文 layout.

use jianggao_engine::docx::{paragraphs, Face, Role};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintCopyProps {
    /// The filled speech.
    pub text: Rc<String>,
    /// Printing was asked for: the copy is drawn. Until then it is empty, so that a long draft
    /// does not lay out a second copy of itself at every pause in typing.
    pub armed: bool,
    /// The browser is about to print (its own menu or Ctrl+P: `beforeprint`) or has printed
    /// (`afterprint`).
    pub on_arm: Callback<bool>,
}

fn face_class(face: Face) -> &'static str {
    match face {
        Face::Hei => "pc-hei",
        Face::Kai => "pc-kai",
        Face::XiaoBiaoSong => "pc-xbs",
        Face::FangSong => "pc-fang",
    }
}

#[component(PrintCopy)]
pub fn print_copy(props: &PrintCopyProps) -> Html {
    let node = use_node_ref();
    // the latest text, for `beforeprint`: drawn in the event itself, before the page is laid out
    // for paper (a render scheduled from it may come too late)
    let latest = use_mut_ref(|| props.text.clone());
    *latest.borrow_mut() = props.text.clone();
    {
        let (on_arm, node, latest) = (props.on_arm.clone(), node.clone(), latest.clone());
        use_effect_with((), move |_| {
            let before = {
                let (node, latest) = (node.clone(), latest.clone());
                move || draw(&node, Some(&latest.borrow()))
            };
            let listeners = print_listeners(on_arm, before, move || draw(&node, None));
            move || drop(listeners)
        });
    }
    {
        let node = node.clone();
        use_effect_with((props.armed, props.text.clone()), move |(armed, text)| {
            draw(&node, armed.then_some(text));
        });
    }
    html! {
        <article class="print-copy" data-testid="print-copy" aria-hidden="true" ref={node}></article>
    }
}

/// The speech's paragraphs into the copy (`None`: emptied), as text nodes, never as HTML.
fn draw(node: &NodeRef, text: Option<&Rc<String>>) {
    let (Some(el), Some(doc)) = (
        node.cast::<web_sys::Element>(),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    el.set_text_content(None);
    let Some(text) = text else { return };
    let paras = paragraphs(text);
    let heads = |r: Role| matches!(r, Role::Title | Role::Subtitle);
    for (i, p) in paras.iter().enumerate() {
        // a blank line after the title lines, as in the Word file
        let gap = heads(p.role) && paras.get(i + 1).is_some_and(|n| !heads(n.role));
        let mut class = String::from(match p.role {
            Role::Title => "pc-title",
            Role::Subtitle => "pc-subtitle",
            Role::Salutation => "pc-salutation",
            Role::Body => "pc-body",
        });
        if gap {
            class.push_str(" pc-gap");
        }
        // a whole heading stays with the paragraph after it
        if p.head_len > 0 && p.head_len == p.text.len() {
            class.push_str(" pc-heading");
        }
        let Ok(para) = doc.create_element("p") else {
            return;
        };
        para.set_class_name(&class);
        let head = p.text.get(..p.head_len).unwrap_or("");
        if !head.is_empty() {
            if let Ok(span) = doc.create_element("span") {
                span.set_class_name(face_class(p.head_face));
                span.set_text_content(Some(head));
                let _ = para.append_child(&span);
            }
        }
        let rest = p.text.get(p.head_len..).unwrap_or("");
        if !rest.is_empty() {
            let _ = para.append_child(&doc.create_text_node(rest));
        }
        let _ = el.append_child(&para);
    }
}

type Listener = Closure<dyn Fn(web_sys::Event)>;

/// `beforeprint` draws the copy at once and arms it (it then follows the text); `afterprint`
/// empties it again. Removed when dropped.
struct PrintListeners(Vec<(&'static str, Listener)>);

impl Drop for PrintListeners {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            for (name, f) in &self.0 {
                let _ = w.remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
            }
        }
    }
}

fn print_listeners(
    on_arm: Callback<bool>,
    before: impl Fn() + 'static,
    after: impl Fn() + 'static,
) -> PrintListeners {
    let mut all = PrintListeners(Vec::new());
    let Some(w) = web_sys::window() else {
        return all;
    };
    let before: Rc<dyn Fn()> = Rc::new(before);
    let after: Rc<dyn Fn()> = Rc::new(after);
    for (name, armed) in [("beforeprint", true), ("afterprint", false)] {
        let on_arm = on_arm.clone();
        let draw = if armed { before.clone() } else { after.clone() };
        let f = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            draw();
            on_arm.emit(armed);
        });
        if w.add_event_listener_with_callback(name, f.as_ref().unchecked_ref())
            .is_ok()
        {
            all.0.push((name, f));
        }
    }
    all
}
