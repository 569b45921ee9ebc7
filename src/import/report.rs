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
    /// A Word file's tracked changes decided: the numbers of those rejected.
    #[prop_or_default]
    pub on_decide: Callback<Vec<usize>>,
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
    // a Word file read with its changes accepted or its comments left out says so, and lists
    // them: each change accepted (as read) or rejected, or all at once
    let word = crate::workers::word_file(&props.name);
    let word_note = word.as_ref().and_then(|w| w.note.clone());
    let rejected = use_state(Vec::<usize>::new);
    let decide = {
        let (rejected, cb) = (rejected.clone(), props.on_decide.clone());
        Callback::from(move |r: Vec<usize>| {
            rejected.set(r.clone());
            cb.emit(r)
        })
    };
    let changes = word
        .as_ref()
        .filter(|w| !w.changes.is_empty() || !w.remarks.is_empty())
        .map(|w| {
            let all: Vec<usize> = (0..w.changes.len()).collect();
            let (accept_all, reject_all) = (decide.clone(), decide.clone());
            html! {
                <ul class="repairs" data-testid="revisions">
                    { for w.changes.iter().enumerate().map(|(i, line)| {
                        let out = rejected.contains(&i);
                        let flip = {
                            let (decide, rejected) = (decide.clone(), (*rejected).clone());
                            Callback::from(move |_| {
                                let mut r: Vec<usize> = rejected.iter().copied().filter(|&k| k != i).collect();
                                if !out {
                                    r.push(i);
                                }
                                decide.emit(r)
                            })
                        };
                        html! {
                            <li data-testid="revision">
                                <span class="tag">{if out { "已拒绝" } else { "已接受" }}</span>
                                <span>{line}</span>
                                <button class="link" onclick={flip}>{if out { "接受" } else { "拒绝" }}</button>
                            </li>
                        }
                    }) }
                    { for w.remarks.iter().map(|r| html! { <li data-testid="remark"><span class="tag">{"批注"}</span><span>{r}</span></li> }) }
                    if !w.changes.is_empty() {
                        <li>
                            <button onclick={Callback::from(move |_| accept_all.emit(Vec::new()))}>{"全部接受"}</button>
                            <button onclick={Callback::from(move |_| reject_all.emit(all.clone()))}>{"全部拒绝"}</button>
                        </li>
                    }
                </ul>
            }
        });
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
            {changes}
        </div>
    }
}
