//! The editor column: which tab is shown (the editable draft or the finished preview) and
//! where the editor should scroll to.

use super::Jump;
use yew::prelude::*;

pub struct EditorView {
    /// The finished preview is shown instead of the editor.
    pub preview: bool,
    pub set_preview: Callback<bool>,
    pub jump: Option<Jump>,
    /// Show the byte range (start, end); with `focus`, select it in the editor, which switches
    /// back from the preview.
    pub jump_to: Callback<(usize, usize, bool)>,
}

#[hook]
pub fn use_editor_view(initial: Option<Jump>) -> EditorView {
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
    EditorView {
        preview: *preview,
        set_preview,
        jump: *jump,
        jump_to,
    }
}
