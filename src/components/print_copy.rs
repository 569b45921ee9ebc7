//! The finished speech as it prints: hidden on screen, the only thing on paper
//! (`static/style.css`, `@media print`). Paragraph roles and faces come from the engine, the
//! same as the Word export's 公文 layout.

use jianggao_engine::docx::{paragraphs, Face, Role};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintCopyProps {
    /// The filled speech.
    pub text: Rc<String>,
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
    let paras = {
        let text = props.text.clone();
        use_memo(text, |t| paragraphs(t))
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
