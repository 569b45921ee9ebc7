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
    {
        let on_arm = props.on_arm.clone();
        use_effect_with((), move |_| {
            let listeners = print_listeners(on_arm);
            move || drop(listeners)
        });
    }
    let paras = {
        let text = props.armed.then(|| props.text.clone());
        use_memo(text, |t| {
            t.as_deref().map(|t| paragraphs(t)).unwrap_or_default()
        })
    };
    let heads = |r: Role| matches!(r, Role::Title | Role::Subtitle);
    let nodes = paras.iter().enumerate().map(|(i, p)| {
        // a blank line after the title lines, as in the Word file
        let gap = heads(p.role) && paras.get(i + 1).is_some_and(|n| !heads(n.role));
        let class = classes!(
            match p.role {
                Role::Title => "pc-title",
                Role::Subtitle => "pc-subtitle",
                Role::Salutation => "pc-salutation",
                Role::Body => "pc-body",
            },
            gap.then_some("pc-gap"),
            // a whole heading stays with the paragraph after it
            (p.head_len > 0 && p.head_len == p.text.len()).then_some("pc-heading")
        );
        let head = p.text.get(..p.head_len).unwrap_or("").to_string();
        let rest = p.text.get(p.head_len..).unwrap_or("").to_string();
        html! {
            <p {class}>
                if !head.is_empty() {
                    <span class={face_class(p.head_face)}>{head}</span>
                }
                {rest}
            </p>
        }
    });
    html! {
        <article class="print-copy" data-testid="print-copy" aria-hidden="true">{ for nodes }</article>
    }
}

type Listener = Closure<dyn Fn(web_sys::Event)>;

/// `beforeprint` arms the copy (the app draws it in the microtask after the event, before the
/// page is laid out for paper); `afterprint` empties it again. Removed when dropped.
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

fn print_listeners(on_arm: Callback<bool>) -> PrintListeners {
    let mut all = PrintListeners(Vec::new());
    let Some(w) = web_sys::window() else {
        return all;
    };
    for (name, armed) in [("beforeprint", true), ("afterprint", false)] {
        let on_arm = on_arm.clone();
        let f = Closure::<dyn Fn(web_sys::Event)>::new(move |_| on_arm.emit(armed));
        if w.add_event_listener_with_callback(name, f.as_ref().unchecked_ref())
            .is_ok()
        {
            all.0.push((name, f));
        }
    }
    all
}
