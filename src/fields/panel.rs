//! The fill-in panel's rows: the facts, then the fields, each input with its context and its
//! message; Enter goes to the next field.

use super::view::FieldView;
use crate::windowed::Window;
use jianggao_engine::Severity;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties)]
pub struct FieldsPanelProps {
    pub fields: Rc<Vec<FieldView>>,
    /// The values as typed (the views' values may be a pause behind: an input never shows an
    /// older value than it holds).
    pub values: Rc<jianggao_engine::Values>,
    /// (key, value)
    pub on_change: Callback<(String, String)>,
    /// A field got focus: show its place (byte span).
    pub on_focus: Callback<(usize, usize)>,
}

/// The fields are told apart by identity (one `Rc` per analysis), not compared one by one at
/// every key.
impl PartialEq for FieldsPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.fields, &other.fields)
            && self.values == other.values
            && self.on_change == other.on_change
            && self.on_focus == other.on_focus
    }
}

/// Focus the next fill-in input after this one.
fn focus_next(current: &web_sys::HtmlInputElement) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all("[data-testid=field]") else {
        return;
    };
    let mut found = false;
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        if found {
            if let Some(el) = node.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            return;
        }
        if node.is_same_node(Some(current.as_ref())) {
            found = true;
        }
    }
}

/// One field: label, kind, input, context, hint and message.
fn field_row(
    f: &FieldView,
    values: &jianggao_engine::Values,
    on_change: &Callback<(String, String)>,
    on_focus: &Callback<(usize, usize)>,
) -> Html {
    {
        let value = values.get(&f.key).cloned().unwrap_or_default();
        let key = f.key.clone();
        let oninput = {
            let cb = on_change.clone();
            let key = key.clone();
            Callback::from(move |e: InputEvent| {
                if let Some(i) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    cb.emit((key.clone(), i.value()));
                }
            })
        };
        let onkeydown = Callback::from(|e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(i) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    focus_next(&i);
                }
            }
        });
        let onfocus = {
            let cb = on_focus.clone();
            let first = f.first;
            Callback::from(move |_: FocusEvent| {
                if let Some(span) = first {
                    cb.emit(span);
                }
            })
        };
        let (state_class, message) = match &f.problem {
            Some((Severity::Error, m, _)) => ("invalid", Some(m.clone())),
            Some((_, m, _)) => ("warn", Some(m.clone())),
            None if value.trim().is_empty() => ("empty", None),
            None => ("ok", None),
        };
        let suggestion = f.problem.as_ref().and_then(|p| p.2.clone()).map(|s| {
            let cb = on_change.clone();
            let key = key.clone();
            let label = format!("改为 {s}");
            html! { <button class="link" onclick={Callback::from(move |_| cb.emit((key.clone(), s.clone())))}>{label}</button> }
        });
        let placeholder = match f.unit {
            Some(u) => format!("{}（{u}）", f.kind),
            None => f.kind.to_string(),
        };
        let count =
            (f.count > 1).then(|| html! { <span class="count">{format!("{}处", f.count)}</span> });
        let context = (!f.is_fact).then(|| html! {
            <div class="context">{"…"}{&f.before}<mark class="ph ph-open">{&f.raw}</mark>{&f.after}{"…"}</div>
        });
        let hint = f
            .hint
            .as_ref()
            .map(|h| html! { <div class="hint">{format!("提示：{h}")}</div> });
        html! {
            <li class={classes!("field", state_class)} key={f.key.clone()}>
                <label>
                    <span class="label">{&f.label}</span>
                    <span class="kind">{f.kind}</span>
                    {count}
                    <input
                        data-testid="field"
                        data-key={f.key.clone()}
                        data-kind={f.kind_id.clone()}
                        type="text"
                        value={value}
                        placeholder={placeholder}
                        aria-invalid={(state_class == "invalid").to_string()}
                        {oninput}
                        {onkeydown}
                        {onfocus}
                    />
                </label>
                {context}
                {hint}
                if let Some(m) = message {
                    <div class="message" role="alert">{m}{suggestion}</div>
                }
            </li>
        }
    }
}

#[component(FieldsPanel)]
pub fn fields_panel(props: &FieldsPanelProps) -> Html {
    let facts = props.fields.iter().filter(|f| f.is_fact);
    // the text's fields by index into `props.fields`, drawn as a window over a long list
    let rest: Vec<usize> = (0..props.fields.len())
        .filter(|&i| !props.fields[i].is_fact)
        .collect();
    let filled = rest
        .iter()
        .filter(|&&i| {
            props
                .values
                .get(&props.fields[i].key)
                .is_some_and(|v| !v.trim().is_empty())
        })
        .count();
    let total = rest.len();
    let row = {
        let fields = props.fields.clone();
        let values = props.values.clone();
        let on_change = props.on_change.clone();
        let on_focus = props.on_focus.clone();
        Callback::from(
            move |i: usize| match rest.get(i).and_then(|&k| fields.get(k)) {
                Some(f) => field_row(f, &values, &on_change, &on_focus),
                None => Html::default(),
            },
        )
    };
    html! {
        <section class="panel fields-panel" aria-label="填空">
            <h2>{"全文通用信息"}</h2>
            <ul class="fields facts">{ for facts.map(|f| field_row(f, &props.values, &props.on_change, &props.on_focus)) }</ul>
            <h2 data-testid="fields-count">{format!("待填字段（已填 {filled}/{total}）")}</h2>
            if total == 0 {
                <p class="muted">{"正文里没有占位符。"}</p>
            }
            <Window count={total} {row} class="fields" row_height={64.0} />
        </section>
    }
}
