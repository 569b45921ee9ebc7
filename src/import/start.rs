//! Start: a built-in template, or pasted / opened / dropped text.

use crate::dom::{read_chosen, read_file};
use jianggao_engine::templates::{level_label, Template, TemplateEvent, LEVELS, TEMPLATES};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartPanelProps {
    pub on_template: Callback<&'static str>,
    /// (file name, or empty for pasted text; text or the error reading it)
    pub on_import: Callback<(String, Result<String, String>)>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub on_close: Option<Callback<()>>,
}

#[component(StartPanel)]
pub fn start_panel(props: &StartPanelProps) -> Html {
    let paste = use_state(String::new);
    let dragging = use_state(|| false);
    let template = |t: &'static Template| {
        let cb = props.on_template.clone();
        let id = t.id;
        html! {
            <li>
                <button data-testid="template-picker" data-template={t.id} data-event={t.event.label()}
                    class="template" onclick={Callback::from(move |_| cb.emit(id))}>
                    <strong>{t.title}</strong>
                    <span>{level_label(t.level)}{" · "}{t.description}</span>
                </button>
            </li>
        }
    };
    // one labelled group per event, its templates by level (县, 区, 市, 乡镇)
    let groups = TemplateEvent::ALL.iter().enumerate().filter_map(|(i, &event)| {
        let mut of: Vec<&'static Template> =
            TEMPLATES.iter().filter(|t| t.event == event).collect();
        if of.is_empty() {
            return None;
        }
        // (the engine's one sort: a `sort_by_key` here compiled the standard sort again)
        jianggao_engine::order::sort_by_u64(&mut of, |t| {
            LEVELS.iter().position(|l| *l == t.level).unwrap_or(LEVELS.len()) as u64
        });
        let heading = format!("template-group-{i}");
        Some(html! {
            <div role="group" class="template-group" aria-labelledby={heading.clone()} data-testid="template-group">
                <h4 id={heading}>{event.label()}</h4>
                <ul class="templates">{ for of.into_iter().map(template) }</ul>
            </div>
        })
    });
    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                paste.set(t.value());
            }
        })
    };
    let apply = {
        let cb = props.on_import.clone();
        let paste = paste.clone();
        Callback::from(move |_| cb.emit((String::new(), Ok((*paste).clone()))))
    };
    let on_file = {
        let cb = props.on_import.clone();
        Callback::from(move |e: Event| read_chosen(e, cb.clone()))
    };
    let on_drop = {
        let cb = props.on_import.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0))
            {
                read_file(file, cb.clone());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                crate::workers::warm();
            }
            dragging.set(true);
        })
    };
    // an import is coming: the tools worker, which cleans it, starts now
    let warm = Callback::from(|_: FocusEvent| crate::workers::warm());
    let warm_click = Callback::from(|_: MouseEvent| crate::workers::warm());
    // (the pointer coming to the import area is the earliest sign: it starts before the click)
    let warm_near = Callback::from(|_: PointerEvent| crate::workers::warm());
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let close = props.on_close.clone().map(|cb| html! {
        <button class="close" onclick={Callback::from(move |_| cb.emit(()))}>{"返回编辑"}</button>
    });
    html! {
        <section class="start" aria-label="开始">
            <div class="start-head">
                <h2>{"从模板开始，或导入下载的范文"}</h2>
                {close}
            </div>
            <div class="start-grid">
                <div>
                    <h3>{"内置模板"}</h3>
                    { for groups }
                </div>
                <div class={classes!("import", (*dragging).then_some("dragging"))}
                    ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}
                    onpointerenter={warm_near}>
                    <h3>{"导入文本"}</h3>
                    <textarea data-testid="import-text" placeholder="把复制的范文粘贴到这里，或把 .txt / .md 文件拖到此处"
                        value={(*paste).clone()} oninput={on_paste_input} onfocus={warm} aria-label="粘贴范文" />
                    <div class="import-actions">
                        <button data-testid="import-apply" class="primary" onclick={apply}>{"导入粘贴的文字"}</button>
                        <label class="file" onclick={warm_click}>{"打开文件…"}
                            <input type="file" data-testid="open-file" accept=".txt,.md,.markdown,.json,.docx,.doc,text/plain,text/markdown,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword" onchange={on_file} />
                        </label>
                    </div>
                    if let Some(err) = &props.error {
                        <p class="error" role="alert">{err}</p>
                    }
                    <p class="muted">{"所有内容只保存在本机浏览器中，不会上传。"}</p>
                </div>
            </div>
        </section>
    }
}
