//! The editor column: which tab is shown (the editable draft or the finished preview), where
//! the editor should scroll to, which field's places are lit, whether the sentences still the
//! imported text (or the sentences of a returned draft just taken) are marked instead, and the
//! marks drawn.

use super::marks::{marks, returned_marks, source_marks, Mark};
use super::preview::preview_segments;
use super::textarea::{Editor, Jump, Preview};
use crate::handles::Handles;
use jianggao_engine::baseline::Unchanged;
use jianggao_engine::session::Action;
use jianggao_engine::steps::EditKind;
use jianggao_engine::{Analysis, Finding, Values};
use std::rc::Rc;
use yew::prelude::*;

/// What the last analysis made for the editor: the text it read, with its values and findings,
/// the marks with no field lit, and what is still the imported text.
pub struct Marked {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub values: Rc<Values>,
    pub findings: Rc<Vec<Finding>>,
    pub marks: Rc<Vec<Mark>>,
    pub unchanged: Rc<Option<Unchanged>>,
}

pub struct EditorView {
    /// The finished preview is shown instead of the editor.
    pub preview: bool,
    pub set_preview: Callback<bool>,
    pub jump: Option<Jump>,
    /// Show the byte range (start, end); with `focus`, select it in the editor, which switches
    /// back from the preview.
    pub jump_to: Callback<(usize, usize, bool)>,
    /// A fill-in field got focus: light its places and show the first (its byte span).
    pub focus_field: Callback<(usize, usize)>,
    /// The sentences still the imported text are marked (标出原文).
    pub source_marked: bool,
    pub toggle_source: Callback<()>,
    /// The text typed: new text, cursor, pasted or not (made once).
    pub on_input: Callback<(String, usize, bool)>,
    marked: Marked,
    marks: Rc<Vec<Mark>>,
}

/// Told apart by identity (one per snapshot).
struct Same<T>(Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// `returned`: the sentences a returned draft changed or added, when the text the last analysis
/// read is that draft as taken (they are marked instead of the placeholders and findings).
#[hook]
pub fn use_editor_view(
    h: &Handles,
    initial: Option<Jump>,
    marked: Marked,
    returned: Option<Rc<Vec<std::ops::Range<usize>>>>,
) -> EditorView {
    let dispatch = h.dispatch.clone();
    let preview = use_state(|| false);
    let jump = use_state(|| initial);
    let nonce = use_mut_ref(|| 0u32);
    let set_preview = {
        let preview = preview.clone();
        Callback::from(move |on: bool| preview.set(on))
    };
    // made once: the panels that get it need not re-render when the editor does
    let jump_to = (*use_memo((), {
        let jump = jump.setter();
        let preview = preview.setter();
        move |_| {
            Callback::from(move |(start, end, focus): (usize, usize, bool)| {
                if focus {
                    preview.set(false);
                }
                let mut n = nonce.borrow_mut();
                *n = n.wrapping_add(1);
                jump.set(Some(Jump {
                    start,
                    end,
                    focus,
                    nonce: *n,
                }));
            })
        }
    }))
    .clone();
    // the fill-in field that has focus: the byte span of its first place
    let active = use_state(|| None::<(usize, usize)>);
    let (focus_field, on_input) = (*use_memo((), {
        let jump_to = jump_to.clone();
        let active = active.setter();
        move |_| {
            (
                Callback::from(move |(s, e): (usize, usize)| {
                    active.set(Some((s, e)));
                    jump_to.emit((s, e, false));
                }),
                dispatch.reform(
                    |(text, cursor, pasted): (String, usize, bool)| Action::EditText {
                        text,
                        cursor,
                        at_ms: js_sys::Date::now(),
                        kind: if pasted {
                            EditKind::Paste
                        } else {
                            EditKind::Typing
                        },
                    },
                ),
            )
        }
    }))
    .clone();
    let shown = use_state(|| false);
    // made again only when it flips: the header is not drawn again for a key
    let toggle_source = (*use_memo(*shown, {
        let shown = shown.setter();
        move |on: &bool| {
            let on = *on;
            Callback::from(move |_| shown.set(!on))
        }
    }))
    .clone();
    // the snapshot's marks, or with the focused field's places lit
    let lit = (*use_memo(
        (
            Same(marked.marks.clone()),
            Same(marked.analysis.clone()),
            active.map(|(s, _)| s),
        ),
        |(_, _, at)| match at {
            None => marked.marks.clone(),
            Some(_) => Rc::new(marks(
                &marked.analysis,
                &marked.values,
                &marked.findings,
                *at,
            )),
        },
    ))
    .clone();
    // 标出原文: the unchanged sentences instead, made once per analysis
    let source = use_memo(
        (Same(marked.unchanged.clone()), *shown),
        |(u, on)| match u.0.as_ref() {
            Some(u) if *on => Some(Rc::new(source_marks(u))),
            _ => None,
        },
    );
    let returned = use_memo(returned.map(Same), |r| {
        r.as_ref().map(|r| Rc::new(returned_marks(&r.0)))
    });
    let drawn = match (source.as_ref(), returned.as_ref()) {
        (Some(s), _) => s.clone(),
        (None, Some(r)) => r.clone(),
        (None, None) => lit,
    };
    EditorView {
        preview: *preview,
        set_preview,
        jump: *jump,
        jump_to,
        focus_field,
        source_marked: *shown,
        toggle_source,
        on_input,
        marks: drawn,
        marked,
    }
}

impl EditorView {
    /// The editor column: the two tabs, and the editor over `text` (the draft as typed) or the
    /// finished preview.
    pub fn column(&self, text: Rc<str>, readonly: bool) -> Html {
        let m = &self.marked;
        html! {
            <section class="editor-col" aria-label="编辑">
                <div class="tabs" role="tablist">
                    <button role="tab" aria-selected={(!self.preview).to_string()} onclick={self.set_preview.reform(|_| false)}>{"原稿（可编辑）"}</button>
                    <button role="tab" aria-selected={self.preview.to_string()} onclick={self.set_preview.reform(|_| true)}>{"成稿预览"}</button>
                </div>
                if self.preview {
                    <Preview segments={Rc::new(preview_segments(&m.analysis, &m.values))} />
                } else {
                    <Editor {text} marked={m.text.clone()} marks={self.marks.clone()} jump={self.jump} on_input={self.on_input.clone()} {readonly} />
                }
            </section>
        }
    }
}
