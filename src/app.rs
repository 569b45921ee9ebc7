//! The page: header (counts, export), outline, editor, fill-in panel and checks.
//!
//! `App` owns the one reducer; views of the engine's results are built here and handed to
//! leaf components. Nothing here decides what a placeholder is or whether a value fits.

use crate::components::checks::{ChecksPanel, FindingView};
use crate::components::editor::{Editor, Jump, Mark};
use crate::components::fields::{FieldView, FieldsPanel};
use crate::components::import_report::{ImportReport, SpeechChooser};
use crate::components::outline::{OutlinePanel, OutlineView};
use crate::components::preview::{Preview, Segment};
use crate::components::start::StartPanel;
use crate::state::State;
use crate::storage::{self, Restored};
use jianggao_engine::check::{apply_fixes_to_draft, check};
use jianggao_engine::clean::{clean, speech_text, Cleaned};
use jianggao_engine::export::{file_name, title_of, to_markdown, to_text, TextOptions};
use jianggao_engine::fields::{fill_edits, validate, Fact};
use jianggao_engine::import::import_text;
use jianggao_engine::outline_ops::Direction;
use jianggao_engine::scan::context;
use jianggao_engine::session::{Action, Draft};
use jianggao_engine::templates::template;
use jianggao_engine::text::LineIndex;
use jianggao_engine::timing::{Fit, TARGET_MINUTES_MAX};
use jianggao_engine::{length, Analysis, RuleId, Values};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Format {
    Markdown,
    Text,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Delivery {
    Download,
    Copy,
}

fn current_year() -> String {
    format!("{}", js_sys::Date::new_0().get_full_year())
}

fn initial() -> (State, Option<String>) {
    match storage::restore() {
        Restored::Draft(d) => (State::new(d), None),
        Restored::Nothing => (State::new(Draft::default()), None),
        Restored::Unreadable(m) | Restored::Unavailable(m) => {
            (State::new(Draft::default()), Some(m))
        }
    }
}

/// Build the field views: facts first, then fields present in the text.
fn field_views(a: &Analysis, values: &Values) -> Vec<FieldView> {
    a.fields
        .iter()
        .filter(|f| f.fact.is_some() || !f.occurrences.is_empty())
        .map(|f| {
            let value = values.get(&f.key).cloned().unwrap_or_default();
            let first = f
                .occurrences
                .first()
                .and_then(|&i| a.scan.placeholders.get(i));
            let (before, after) = first
                .map(|p| context(&a.text, &p.raw, 12))
                .unwrap_or_default();
            FieldView {
                key: f.key.clone(),
                label: f.label.clone(),
                kind: if f.fact == Some(Fact::Level) {
                    "县/区/市"
                } else {
                    f.kind.label()
                },
                kind_id: serde_json::to_value(f.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                unit: f.unit,
                before,
                raw: f.raw.clone(),
                after,
                hint: f.hint.clone(),
                problem: validate(f, &value).map(|p| (p.severity, p.message, p.suggestion)),
                value,
                is_fact: f.fact.is_some(),
                first: first.map(|p| (p.raw.start, p.raw.end)),
                count: f.occurrences.len(),
            }
        })
        .collect()
}

/// The filled text as segments: values where fields are filled, leftovers marked.
fn preview_segments(a: &Analysis, values: &Values) -> Vec<Segment> {
    let edits: std::collections::BTreeMap<usize, String> = fill_edits(&a.scan, &a.fields, values)
        .into_iter()
        .map(|(span, v)| (span.start, v))
        .collect();
    let mut out = Vec::with_capacity(a.scan.placeholders.len() * 2 + 1);
    let mut pos = 0;
    for p in &a.scan.placeholders {
        if p.span.start < pos {
            continue;
        }
        out.push(Segment::Plain(a.text[pos..p.span.start].to_string()));
        match edits.get(&p.span.start) {
            Some(v) => out.push(Segment::Filled(v.clone())),
            None => out.push(Segment::Open(a.text[p.span.clone()].to_string())),
        }
        pos = p.span.end;
    }
    out.push(Segment::Plain(a.text[pos..].to_string()));
    out
}

#[component(App)]
pub fn app() -> Html {
    let init = use_memo((), |_| initial());
    let state = {
        let init = init.clone();
        use_reducer(move || init.0.clone())
    };
    let notice = use_state(|| init.1.clone());
    let storage_error = use_state(|| None::<String>);
    let import_error = use_state(|| None::<String>);
    let show_start = use_state(|| false);
    // a restored draft opens where the writer last typed
    let jump = use_state(|| {
        let d = init.0.draft();
        (d.cursor > 0).then_some(Jump {
            start: d.cursor,
            end: d.cursor,
            focus: true,
            nonce: 0,
        })
    });
    let jump_nonce = use_mut_ref(|| 0u32);
    let active_field = use_state(|| None::<(usize, usize)>);
    let pending_export = use_state(|| None::<(Format, Delivery)>);
    let status = use_state(|| None::<String>);
    let preview_mode = use_state(|| false);
    // a cleaned import waiting for the writer to pick a speech, and the report of the last one
    let pending_import = use_state(|| None::<(String, Rc<Cleaned>)>);
    let import_report = use_state(|| None::<(String, Rc<Cleaned>)>);

    let draft = state.draft();
    let text: Rc<str> = use_memo(state.rev, {
        let t = draft.text.clone();
        move |_| Rc::<str>::from(t.as_str())
    })
    .as_ref()
    .clone();
    let analysis = use_memo(text.clone(), |t| Analysis::new(t));
    // checks run when the draft changes, not on every render (focus, jumps, dialogs)
    let findings: Rc<Vec<jianggao_engine::Finding>> = {
        let analysis = analysis.clone();
        let values = draft.values.clone();
        let opts = draft.check_options();
        use_memo(state.rev, move |_| check(&analysis, &values, &opts))
    };
    let leftovers = findings.iter().filter(|f| f.rule.is_leftover()).count();
    let filled_text: Rc<String> = {
        let analysis = analysis.clone();
        let values = draft.values.clone();
        use_memo(state.rev, move |_| analysis.filled(&values))
    };
    let len = length(&filled_text, draft.rate);

    // save at most 0.5 s after a change
    let save_pending = use_mut_ref(|| Rc::new(Cell::new(false)));
    let latest = use_mut_ref(|| draft.clone());
    *latest.borrow_mut() = draft.clone();
    {
        let latest = latest.clone();
        let storage_error = storage_error.clone();
        let flag = save_pending.borrow().clone();
        use_effect_with(state.rev, move |rev| {
            if *rev > 0 && !flag.get() {
                flag.set(true);
                gloo_timers::callback::Timeout::new(500, move || {
                    flag.set(false);
                    let d = latest.borrow().clone();
                    match storage::save(&d) {
                        Ok(()) => storage_error.set(None),
                        Err(e) => storage_error.set(Some(e)),
                    }
                })
                .forget();
            }
        });
    }

    // a status message fades after a few seconds
    {
        let status = status.clone();
        use_effect_with((*status).clone(), move |s| {
            let timer = s
                .is_some()
                .then(|| gloo_timers::callback::Timeout::new(5_000, move || status.set(None)));
            move || drop(timer)
        });
    }
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let do_jump = {
        let jump = jump.clone();
        let nonce = jump_nonce.clone();
        let preview_mode = preview_mode.clone();
        Callback::from(move |(start, end, focus): (usize, usize, bool)| {
            if focus {
                preview_mode.set(false);
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
    };

    // ---- start / import ----
    let on_template = {
        let dispatch = dispatch.clone();
        let show_start = show_start.clone();
        let import_error = import_error.clone();
        Callback::from(move |id: &'static str| {
            let Some(t) = template(id) else { return };
            let mut values = Values::new();
            values.insert(Fact::Level.key().into(), t.level.into());
            values.insert(Fact::Year.key().into(), current_year());
            dispatch.emit(Action::Load {
                text: t.text.to_string(),
                values,
            });
            import_error.set(None);
            show_start.set(false);
        })
    };
    let load_cleaned = {
        let dispatch = dispatch.clone();
        let show_start = show_start.clone();
        let import_error = import_error.clone();
        let import_report = import_report.clone();
        let pending_import = pending_import.clone();
        Callback::from(
            move |(name, cleaned, speech): (String, Rc<Cleaned>, Option<usize>)| {
                let text = match speech {
                    Some(i) => speech_text(&cleaned, i),
                    None => cleaned.text.clone(),
                };
                let mut values = Values::new();
                values.insert(Fact::Year.key().into(), current_year());
                dispatch.emit(Action::Load { text, values });
                import_error.set(None);
                show_start.set(false);
                pending_import.set(None);
                import_report.set(Some((name, cleaned)));
            },
        )
    };
    let on_import = {
        let import_error = import_error.clone();
        let pending_import = pending_import.clone();
        let load_cleaned = load_cleaned.clone();
        Callback::from(move |(name, read): (String, Result<String, String>)| {
            match read.and_then(|t| import_text(&name, &t).map_err(|e| e.to_string())) {
                Ok(text) => {
                    let cleaned = Rc::new(clean(&text));
                    if cleaned.text.trim().is_empty() {
                        import_error.set(Some("清理网页杂项后没有剩下正文，原稿未改动".into()));
                    } else if cleaned.speeches.len() > 1 {
                        pending_import.set(Some((name, cleaned)));
                    } else {
                        load_cleaned.emit((name, cleaned, None));
                    }
                }
                Err(e) => import_error.set(Some(e)),
            }
        })
    };
    let chooser = (*pending_import).clone().map(|(name, cleaned)| {
        let load = load_cleaned.clone();
        let c = cleaned.clone();
        html! { <SpeechChooser cleaned={cleaned} on_choose={Callback::from(move |i| load.emit((name.clone(), c.clone(), i)))} /> }
    });
    let report = (*import_report).clone().map(|(name, cleaned)| {
        let d = dispatch.clone();
        let r1 = import_report.clone();
        let r2 = import_report.clone();
        html! {
            <ImportReport name={name} cleaned={cleaned}
                on_undo={Callback::from(move |_| { d.emit(Action::Undo); r1.set(None); })}
                on_close={Callback::from(move |_| r2.set(None))} />
        }
    });

    // ---- editor ----
    let on_input = {
        let dispatch = dispatch.clone();
        Callback::from(move |(text, cursor): (String, usize)| {
            dispatch.emit(Action::EditText { text, cursor })
        })
    };
    // the field whose input has focus
    let active_key = active_field.and_then(|(s, _)| {
        analysis
            .scan
            .placeholders
            .iter()
            .position(|p| p.raw.start == s)
            .and_then(|i| analysis.field_of(i))
            .map(|f| f.key.as_str())
    });
    let marks: Rc<Vec<Mark>> = Rc::new(
        analysis
            .scan
            .placeholders
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let field = analysis.field_of(i);
                let value = field
                    .and_then(|f| draft.values.get(&f.key))
                    .filter(|v| !v.trim().is_empty());
                Mark {
                    span: p.raw.clone(),
                    issue: false,
                    filled: value.is_some(),
                    active: active_key.is_some() && field.map(|f| f.key.as_str()) == active_key,
                    title: match value {
                        Some(v) => format!("{}：{}", p.label, v),
                        None => format!("{}（未填）", p.label),
                    },
                }
            })
            .collect(),
    );

    // findings that are not about a placeholder are underlined where they are
    let marks: Rc<Vec<Mark>> = {
        let mut all = (*marks).clone();
        for f in findings.iter().filter(|f| f.rule.meta().marks_text) {
            all.push(Mark {
                span: f.span.clone(),
                filled: false,
                active: false,
                issue: true,
                title: f.message.clone(),
            });
        }
        all.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        let mut out: Vec<Mark> = Vec::with_capacity(all.len());
        for m in all {
            if out.last().is_none_or(|l| l.span.end <= m.span.start) && !m.span.is_empty() {
                out.push(m);
            }
        }
        Rc::new(out)
    };

    // ---- outline ----
    let outline_items: Rc<Vec<OutlineView>> = Rc::new(
        analysis
            .outline
            .iter()
            .map(|it| OutlineView {
                label: it.label.clone(),
                level: it.level,
                is_section: it.kind == jianggao_engine::parse::OutlineKind::Section,
                start: it.range.start,
                chars: it.chars,
                minutes: length(&analysis.text[it.range.clone()], draft.rate).minutes,
            })
            .collect(),
    );
    let on_outline_jump = {
        let do_jump = do_jump.clone();
        Callback::from(move |at: usize| do_jump.emit((at, at, true)))
    };
    let on_move = {
        let d = dispatch.clone();
        Callback::from(move |(i, dir): (usize, Direction)| d.emit(Action::MoveSection(i, dir)))
    };
    let on_delete = {
        let d = dispatch.clone();
        let labels: Vec<String> = analysis.outline.iter().map(|o| o.label.clone()).collect();
        Callback::from(move |i: usize| {
            let label = labels.get(i).cloned().unwrap_or_default();
            let ok = web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message(&format!(
                        "删除“{label}”这一节及其下的全部内容？（可撤销）"
                    ))
                    .ok()
                })
                .unwrap_or(false);
            if ok {
                d.emit(Action::DeleteSection(i));
            }
        })
    };
    let on_add = {
        let d = dispatch.clone();
        Callback::from(move |i: usize| d.emit(Action::AddSection(i)))
    };

    // ---- fields & checks ----
    let fields: Rc<Vec<FieldView>> = Rc::new(field_views(&analysis, &draft.values));
    let on_value = {
        let d = dispatch.clone();
        Callback::from(move |(key, value): (String, String)| {
            d.emit(Action::SetValue { key, value })
        })
    };
    let on_field_focus = {
        let do_jump = do_jump.clone();
        let active = active_field.clone();
        Callback::from(move |(s, e): (usize, usize)| {
            active.set(Some((s, e)));
            do_jump.emit((s, e, false));
        })
    };
    let idx = LineIndex::new(&analysis.text);
    let finding_views: Rc<Vec<FindingView>> = Rc::new(
        findings
            .iter()
            .map(|f| FindingView {
                rule: f.rule,
                severity: f.severity,
                message: f.message.clone(),
                line: idx.line(f.span.start),
                span: (f.span.start, f.span.end),
                fix: f.fix.clone(),
            })
            .collect(),
    );
    let on_fix = {
        let d = dispatch.clone();
        let findings = (*findings).clone();
        let analysis = analysis.clone();
        let values = draft.values.clone();
        Callback::from(move |which: Option<usize>| {
            let chosen: Vec<_> = match which {
                Some(i) => findings.get(i).cloned().into_iter().collect(),
                None => findings.clone(),
            };
            let (text, values) = apply_fixes_to_draft(&analysis, &values, &chosen);
            d.emit(Action::Fix { text, values });
        })
    };
    let on_rule = {
        let d = dispatch.clone();
        Callback::from(move |(rule, on): (RuleId, bool)| d.emit(Action::SetRule { rule, on }))
    };
    let on_finding = {
        let do_jump = do_jump.clone();
        Callback::from(move |(s, e): (usize, usize)| do_jump.emit((s, e, true)))
    };

    // ---- export ----
    let deliver = {
        let filled_text = filled_text.clone();
        let status = status.clone();
        Callback::from(move |(fmt, how): (Format, Delivery)| {
            let title = title_of(&filled_text).unwrap_or_else(|| "讲稿".into());
            let (content, ext, mime) = match fmt {
                Format::Markdown => (
                    to_markdown(&filled_text),
                    "md",
                    "text/markdown;charset=utf-8",
                ),
                Format::Text => (
                    to_text(&filled_text, TextOptions { indent: true }),
                    "txt",
                    "text/plain;charset=utf-8",
                ),
            };
            match how {
                Delivery::Download => {
                    let name = file_name(&title, ext);
                    match crate::dom::download(&name, mime, &content) {
                        Ok(()) => status.set(Some(format!("已下载 {name}"))),
                        Err(e) => status.set(Some(e)),
                    }
                }
                Delivery::Copy => {
                    let status = status.clone();
                    crate::dom::copy(content, move |r| {
                        status.set(Some(match r {
                            Ok(()) => "已复制到剪贴板".to_string(),
                            Err(e) => e,
                        }))
                    });
                }
            }
        })
    };
    let request_export = {
        let pending = pending_export.clone();
        let deliver = deliver.clone();
        Callback::from(move |req: (Format, Delivery)| {
            if leftovers > 0 {
                pending.set(Some(req));
            } else {
                deliver.emit(req);
            }
        })
    };
    let export_button = |label: &'static str,
                         testid: Option<&'static str>,
                         req: (Format, Delivery)| {
        let cb = request_export.clone();
        html! { <button data-testid={testid} onclick={Callback::from(move |_| cb.emit(req))}>{label}</button> }
    };
    let confirm = pending_export.map(|req| {
        let yes = {
            let pending = pending_export.clone();
            let deliver = deliver.clone();
            Callback::from(move |_| {
                pending.set(None);
                deliver.emit(req);
            })
        };
        let no = {
            let pending = pending_export.clone();
            Callback::from(move |_| pending.set(None))
        };
        html! {
            <div class="modal-back">
                <div class="modal" role="alertdialog" aria-labelledby="confirm-title">
                    <h2 id="confirm-title">{format!("还有 {leftovers} 处占位符未填")}</h2>
                    <p>{"导出的稿子里会留着这些占位符。领导照稿念出“xx”会很尴尬。仍要导出吗？"}</p>
                    <div class="actions">
                        <button class="primary" data-testid="confirm-export" onclick={yes}>{"仍然导出"}</button>
                        <button onclick={no}>{"返回填写"}</button>
                    </div>
                </div>
            </div>
        }
    });

    // ---- keyboard: undo / redo ----
    let onkeydown = {
        let d = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            let k = e.key().to_lowercase();
            if k == "z" && !e.shift_key() {
                e.prevent_default();
                d.emit(Action::Undo);
            } else if (k == "z" && e.shift_key()) || k == "y" {
                e.prevent_default();
                d.emit(Action::Redo);
            }
        })
    };
    let on_rate = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                if let Ok(r) = i.value().parse::<u32>() {
                    d.emit(Action::SetRate(r));
                }
            }
        })
    };
    let on_target = {
        let d = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                d.emit(Action::SetTarget(i.value().trim().parse::<f64>().ok()));
            }
        })
    };
    let target_note = draft.target_minutes.map(|t| match len.fit(t) {
        Fit::OnTarget => format!("（目标{t}分钟，合适）"),
        Fit::Over(d) => format!("（目标{t}分钟，超出{d:.1}）"),
        Fit::Under(d) => format!("（目标{t}分钟，不足{d:.1}）"),
    });
    let backup = {
        let text = draft.text.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let title = title_of(&text).unwrap_or_else(|| "讲稿".into());
            let name = file_name(&format!("{title}-草稿备份"), "txt");
            if let Err(e) = crate::dom::download(&name, "text/plain;charset=utf-8", &text) {
                status.set(Some(e));
            }
        })
    };

    let has_draft = !draft.text.trim().is_empty();
    let start_view = (!has_draft || *show_start).then(|| {
        let close = has_draft.then(|| {
            let s = show_start.clone();
            Callback::from(move |_| s.set(false))
        });
        html! { <StartPanel on_template={on_template.clone()} on_import={on_import.clone()} error={(*import_error).clone()} on_close={close} /> }
    });
    let undo = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::Undo))
    };
    let redo = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::Redo))
    };
    let open_start = {
        let s = show_start.clone();
        Callback::from(move |_| s.set(true))
    };

    html! {
        <div class="app" {onkeydown}>
            <header class="top">
                <h1>{"讲稿工坊"}</h1>
                <button onclick={open_start}>{"模板与导入"}</button>
                <button onclick={undo} disabled={!state.can_undo()} title="撤销（Ctrl+Z）">{"撤销"}</button>
                <button onclick={redo} disabled={!state.can_redo()} title="重做（Ctrl+Shift+Z）">{"重做"}</button>
                <span data-testid="leftover-count" class={classes!("leftovers", (!has_draft).then_some("none"), (has_draft && leftovers == 0).then_some("done"))}>
                    {match (has_draft, leftovers) {
                        (false, _) => "尚未打开讲稿".to_string(),
                        (true, 0) => "占位符已全部填完 0".to_string(),
                        (true, n) => format!("未填占位符 {n} 处"),
                    }}
                </span>
                <span data-testid="word-count" class="length">
                    {format!("{} 字 · 约 {:.1} 分钟", len.chars, len.minutes)}
                    {target_note.unwrap_or_default()}
                </span>
                <label class="rate">{"目标"}
                    <input type="number" min="1" max={TARGET_MINUTES_MAX.to_string()} step="1" placeholder="—" value={draft.target_minutes.map(|t| t.to_string()).unwrap_or_default()} oninput={on_target} aria-label="目标时长（分钟）" />
                    {"分钟"}
                </label>
                <label class="rate">{"语速"}
                    <input type="number" min="150" max="270" step="10" value={draft.rate.to_string()} onchange={on_rate} aria-label="语速（字/分钟）" />
                    {"字/分"}
                </label>
                <span class="exports">
                    {export_button("导出 Markdown", Some("export-md"), (Format::Markdown, Delivery::Download))}
                    {export_button("导出文本", Some("export-txt"), (Format::Text, Delivery::Download))}
                    {export_button("复制 Markdown", None, (Format::Markdown, Delivery::Copy))}
                    {export_button("复制文本", None, (Format::Text, Delivery::Copy))}
                </span>
            </header>
            if let Some(m) = (*notice).clone() {
                <div class="banner warn" role="alert">{m}</div>
            }
            if let Some(e) = (*storage_error).clone() {
                <div class="banner error" role="alert">
                    {format!("{e}：关闭页面前请先下载备份。")}
                    <button onclick={backup.clone()}>{"下载草稿备份"}</button>
                </div>
            }
            if let Some(s) = (*status).clone() {
                <div class="status" role="status">{s}</div>
            }
            {report}
            {start_view}
            if has_draft {
                <main class="workbench">
                    <OutlinePanel items={outline_items} on_jump={on_outline_jump} {on_move} {on_delete} {on_add} />
                    <section class="editor-col" aria-label="编辑">
                        <div class="tabs" role="tablist">
                            <button role="tab" aria-selected={(!*preview_mode).to_string()} onclick={{ let p = preview_mode.clone(); Callback::from(move |_| p.set(false)) }}>{"原稿（可编辑）"}</button>
                            <button role="tab" aria-selected={(*preview_mode).to_string()} onclick={{ let p = preview_mode.clone(); Callback::from(move |_| p.set(true)) }}>{"成稿预览"}</button>
                        </div>
                        if *preview_mode {
                            <Preview segments={Rc::new(preview_segments(&analysis, &draft.values))} />
                        } else {
                            <Editor text={text.clone()} marks={marks} jump={*jump} {on_input} />
                        }
                    </section>
                    <aside class="side">
                        <FieldsPanel fields={fields} on_change={on_value} on_focus={on_field_focus} />
                        <ChecksPanel findings={finding_views} on_jump={on_finding} {on_fix} disabled={Rc::new(draft.disabled())} on_rule={on_rule} />
                    </aside>
                </main>
            }
            {confirm}
            {chooser}
        </div>
    }
}
