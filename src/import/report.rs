//! After an import: which speech to keep when a file holds several, and the summary of every
//! repair the clean stage made, each reviewable; one step undoes the whole import.

use jianggao_engine::clean::{is_deletion, Cleaned, REPORT_REPAIRS};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpeechChooserProps {
    pub cleaned: Rc<Cleaned>,
    /// `Some(i)`: keep speech i; `None`: keep all.
    pub on_choose: Callback<Option<usize>>,
}

#[component(SpeechChooser)]
pub fn speech_chooser(props: &SpeechChooserProps) -> Html {
    let items = props.cleaned.speeches.iter().enumerate().map(|(i, s)| {
        let cb = props.on_choose.clone();
        let chars = jianggao_engine::parse::count_chars(props.cleaned.text.get(s.range.clone()).unwrap_or(""));
        html! {
            <li>
                <button data-testid="speech-choice" onclick={Callback::from(move |_| cb.emit(Some(i)))}>
                    <strong>{&s.title}</strong>
                    <span class="muted">{format!("{chars} 字")}</span>
                </button>
            </li>
        }
    });
    let all = {
        let cb = props.on_choose.clone();
        Callback::from(move |_| cb.emit(None))
    };
    html! {
        <div class="modal-back">
            <div class="modal wide" role="dialog" aria-labelledby="speech-title">
                <h2 id="speech-title">{format!("这个文件里有 {} 篇讲话", props.cleaned.speeches.len())}</h2>
                <p>{"选一篇作为底稿，或全部保留。"}</p>
                <ul class="speeches">{ for items }</ul>
                <div class="actions"><button onclick={all}>{"全部保留"}</button></div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportReportProps {
    pub name: AttrValue,
    pub cleaned: Rc<Cleaned>,
    pub on_undo: Callback<()>,
    pub on_close: Callback<()>,
    /// Put back deletion `i` of `cleaned.repairs`.
    #[prop_or_default]
    pub on_restore: Callback<usize>,
}

#[component(ImportReport)]
pub fn import_report(props: &ImportReportProps) -> Html {
    let open = use_state(|| false);
    let c = &props.cleaned;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let undo = {
        let cb = props.on_undo.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_| cb.emit(()))
    };
    // a Word file read with its changes accepted or its comments left out says so
    let word_note = crate::workers::word_note(&props.name);
    let what = if props.name.is_empty() {
        "粘贴的文字".to_string()
    } else {
        props.name.to_string()
    };
    let list = (*open).then(|| {
        html! {
            <ul class="repairs" data-testid="repairs">
                { for c.repairs.iter().enumerate().take(REPORT_REPAIRS).map(|(i, r)| {
                    let restore = is_deletion(r).then(|| {
                        let cb = props.on_restore.clone();
                        html! { <button class="link" data-testid="restore" title="这不是网页杂项，放回正文" onclick={Callback::from(move |_| cb.emit(i))}>{"恢复"}</button> }
                    });
                    html! {
                        <li>
                            <span class="tag">{r.rule.label()}</span>
                            <span>{&r.message}</span>
                            {restore}
                        </li>
                    }
                }) }
            </ul>
        }
    });
    html! {
        <div class="banner report" data-testid="import-summary" role="status">
            <div class="report-line">
                <span>{format!("已导入{what}：{}。", c.summary())}</span>
                if c.incomplete {
                    <strong class="incomplete">{"原文不完整，缺失处已标出"}</strong>
                }
                if let Some(note) = word_note {
                    <span data-testid="word-note">{format!("{note}。")}</span>
                }
                if !c.repairs.is_empty() {
                    <button onclick={toggle}>{if *open { "收起修改".to_string() } else { format!("查看全部修改（{}）", c.total()) }}</button>
                }
                <button onclick={undo}>{"撤销导入"}</button>
                <button class="link" aria-label="关闭" onclick={close}>{"×"}</button>
            </div>
            {list}
        </div>
    }
}
