//! The page: header (counts, export), outline, editor, fill-in panel and checks.
//!
//! `App` owns the one reducer and wires the rest: the engine's results are derived from the
//! draft (memoized on its revision), turned into view-models by [`crate::views`], and handed
//! with callbacks to the leaf components; side effects live in [`crate::hooks`]. Nothing here
//! decides what a placeholder is or whether a value fits.

use crate::components::checks::ChecksPanel;
use crate::components::editor::Editor;
use crate::components::export_dialog::ExportDialog;
use crate::components::fields::FieldsPanel;
use crate::components::header::Header;
use crate::components::history::HistoryPanel;
use crate::components::import_report::{ImportReport, SpeechChooser};
use crate::components::outline::OutlinePanel;
use crate::components::preview::Preview;
use crate::components::print_copy::PrintCopy;
use crate::components::start::StartPanel;
use crate::export::backup_file;
use crate::hooks::{
    use_autosave, use_editor_view, use_export, use_history, use_import, use_keyboard, use_persist,
    use_restore, use_status,
};
use crate::views;
use jianggao_engine::check::{apply_fixes_to_draft, check, safe_fixes};
use jianggao_engine::outline_ops::Direction;
use jianggao_engine::session::Action;
use jianggao_engine::steps::EditKind;
use jianggao_engine::{length, Analysis, Finding, RuleId};
use std::rc::Rc;
use yew::prelude::*;

#[component(App)]
pub fn app() -> Html {
    let init = use_restore();
    let state = {
        let state = init.state.clone();
        use_reducer(move || state)
    };
    // a tab that another tab's save made read-only changes nothing more
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| {
            if crate::storage::blocked().as_deref() != Some(crate::storage::OTHER_TAB) {
                state.dispatch(a)
            }
        })
    };

    // ---- what the engine derives from the draft ----
    let draft = state.draft();
    let text: Rc<str> = use_memo(state.rev, {
        let t = draft.text.clone();
        move |_| Rc::<str>::from(t.as_str())
    })
    .as_ref()
    .clone();
    let analysis = use_memo(text.clone(), |t| Analysis::new(t));
    // checks run when the draft changes, not on every render (focus, jumps, dialogs)
    let findings: Rc<Vec<Finding>> = {
        let analysis = analysis.clone();
        let values = draft.values.clone();
        let opts = draft.check_options();
        // errors first, then warnings, then info; in text order within each
        use_memo(state.rev, move |_| {
            views::by_severity(check(&analysis, &values, &opts))
        })
    };
    let leftovers = views::leftover_count(&findings);
    let filled_text: Rc<String> = {
        let analysis = analysis.clone();
        let values = draft.values.clone();
        use_memo(state.rev, move |_| analysis.filled(&values))
    };
    let len = length(&filled_text, draft.rate);

    // ---- hooks: saving, messages, the editor column, import, export, keys ----
    let saving = use_autosave(state.rev, &draft);
    let storage_error = saving.error.clone();
    let read_only = saving.other_tab;
    let persist_note = use_persist();
    let status = use_status();
    let say = {
        let status = status.clone();
        Callback::from(move |m: String| status.set(Some(m)))
    };
    let view = use_editor_view(init.jump);
    let keep = {
        let say = say.clone();
        Callback::from(move |r| crate::hooks::history::keep_current(r, &say))
    };
    let import = use_import(dispatch.clone(), keep);
    let history = use_history(dispatch.clone(), say.clone());
    let export = use_export(filled_text.clone(), leftovers, say.clone());
    let onkeydown = use_keyboard(dispatch.clone());
    // the fill-in field that has focus: the byte span of its first place
    let active_field = use_state(|| None::<(usize, usize)>);

    // ---- outline ----
    let outline_items = Rc::new(views::outline_views(&analysis, draft.rate));
    let on_outline_jump = view.jump_to.reform(|at: usize| (at, at, true));
    let on_move = dispatch.reform(|(i, dir): (usize, Direction)| Action::MoveSection(i, dir));
    let on_delete = {
        let d = dispatch.clone();
        let labels: Vec<String> = analysis.outline.iter().map(|o| o.label.clone()).collect();
        Callback::from(move |i: usize| {
            let label = labels.get(i).cloned().unwrap_or_default();
            if crate::dom::confirm(&format!("删除“{label}”这一节及其下的全部内容？（可撤销）"))
            {
                d.emit(Action::DeleteSection(i));
            }
        })
    };
    let on_add = dispatch.reform(Action::AddSection);

    // ---- editor ----
    let on_input =
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
        );
    let marks = Rc::new(views::marks(
        &analysis,
        &draft.values,
        &findings,
        active_field.map(|(s, _)| s),
    ));

    // ---- fields & checks ----
    let fields = Rc::new(views::field_views(&analysis, &draft.values));
    let on_value =
        dispatch.reform(|(key, value): (String, String)| Action::SetValue { key, value });
    let on_field_focus = {
        let jump_to = view.jump_to.clone();
        let active = active_field.clone();
        Callback::from(move |(s, e): (usize, usize)| {
            active.set(Some((s, e)));
            jump_to.emit((s, e, false));
        })
    };
    let finding_views = Rc::new(views::finding_views(&analysis.text, &findings));
    let on_fix = {
        let d = dispatch.clone();
        let findings = findings.clone();
        let analysis = analysis.clone();
        let values = draft.values.clone();
        Callback::from(move |which: Option<usize>| {
            let chosen: Vec<Finding> = match which {
                Some(i) => findings.get(i).cloned().into_iter().collect(),
                // 全部修复: only the fixes that cannot change what the speech says
                None => safe_fixes(&findings),
            };
            let (text, values) = apply_fixes_to_draft(&analysis, &values, &chosen);
            d.emit(Action::Fix { text, values });
        })
    };
    let on_rule = dispatch.reform(|(rule, on): (RuleId, bool)| Action::SetRule { rule, on });
    let on_finding = view.jump_to.reform(|(s, e): (usize, usize)| (s, e, true));

    // ---- banners ----
    let backup = {
        let text = draft.text.clone();
        Callback::from(move |_| {
            let file = backup_file(&text);
            if let Err(e) = crate::dom::download(&file.name, file.mime, &file.content) {
                say.emit(e);
            }
        })
    };

    let has_draft = !draft.text.trim().is_empty();
    let start_view = (!has_draft || import.start_open).then(|| {
        let close = has_draft.then(|| import.close_start.clone());
        html! { <StartPanel on_template={import.on_template.clone()} on_import={import.on_import.clone()} error={import.error.clone()} on_close={close} /> }
    });
    let report = import.report.clone().map(|(name, cleaned)| {
        html! { <ImportReport name={name} cleaned={cleaned} on_undo={import.undo_import.clone()} on_close={import.close_report.clone()} on_restore={import.on_restore.clone()} /> }
    });
    let chooser = import.choosing.clone().map(|cleaned| {
        html! { <SpeechChooser cleaned={cleaned} on_choose={import.on_choose.clone()} /> }
    });

    html! {
        <div class="app" {onkeydown}>
            <Header
                has_draft={has_draft}
                leftovers={leftovers}
                length={len}
                target_note={views::target_note(len.minutes, draft.target_minutes)}
                target_minutes={draft.target_minutes}
                rate={draft.rate}
                can_undo={state.can_undo() && !read_only}
                can_redo={state.can_redo() && !read_only}
                on_open_start={import.open_start.clone()}
                on_history={history.toggle.clone()}
                on_undo={dispatch.reform(|_| Action::Undo)}
                on_redo={dispatch.reform(|_| Action::Redo)}
                on_target={dispatch.reform(Action::SetTarget)}
                on_rate={dispatch.reform(Action::SetRate)}
                on_export={export.request.clone()}
                on_print={export.print.clone()}
            />
            if let Some(m) = init.notice.clone() {
                <div class="banner warn" role="alert">{m}</div>
            }
            if read_only {
                <div class="banner error" role="alert" data-testid="other-tab">
                    {format!("{}。为免互相覆盖，本页已改为只读，不再保存；本页的稿已存入历史版本，请刷新页面载入最新稿。", crate::storage::OTHER_TAB)}
                    <button onclick={backup.clone()}>{"下载本页草稿备份"}</button>
                </div>
            } else if let Some(e) = storage_error {
                <div class="banner error" role="alert">
                    {format!("{e}：关闭页面前请先下载备份。")}
                    <button onclick={backup}>{"下载草稿备份"}</button>
                </div>
            }
            if saving.other_open && !read_only {
                <div class="banner info" data-testid="tab-note">
                    {"讲稿工坊已在另一个标签页打开。请只在一处编辑：一个标签页保存后，另一个会改为只读，不会互相覆盖。"}
                </div>
            }
            if let Some(n) = (*persist_note).clone() {
                <div class="banner info" data-testid="persist-note">
                    {n}
                    <button onclick={{ let p = persist_note.clone(); Callback::from(move |_| { crate::hooks::persist::mark_read(); p.set(None) }) }}>{"知道了"}</button>
                </div>
            }
            if let Some(s) = (*status).clone() {
                <div class="status" role="status">{s}</div>
            }
            if history.open {
                <HistoryPanel entries={history.entries.clone()} preview={history.preview} on_preview={history.on_preview.clone()} on_restore={history.on_restore.clone()} on_delete={history.on_delete.clone()} on_close={history.toggle.clone()} />
            }
            {report}
            {start_view}
            if has_draft {
                <main class="workbench">
                    <OutlinePanel items={outline_items} on_jump={on_outline_jump} {on_move} {on_delete} {on_add} />
                    <section class="editor-col" aria-label="编辑">
                        <div class="tabs" role="tablist">
                            <button role="tab" aria-selected={(!view.preview).to_string()} onclick={view.set_preview.reform(|_| false)}>{"原稿（可编辑）"}</button>
                            <button role="tab" aria-selected={view.preview.to_string()} onclick={view.set_preview.reform(|_| true)}>{"成稿预览"}</button>
                        </div>
                        if view.preview {
                            <Preview segments={Rc::new(views::preview_segments(&analysis, &draft.values))} />
                        } else {
                            <Editor text={text.clone()} marks={marks} jump={view.jump} {on_input} readonly={read_only} />
                        }
                    </section>
                    <aside class="side" inert={read_only}>
                        <FieldsPanel fields={fields} on_change={on_value} on_focus={on_field_focus} />
                        <ChecksPanel findings={finding_views} on_jump={on_finding} {on_fix} disabled={Rc::new(draft.disabled())} on_rule={on_rule} />
                    </aside>
                </main>
            }
            if let Some(req) = export.asking {
                <ExportDialog leftovers={leftovers} printing={req == crate::hooks::export::Request::Print} on_confirm={export.confirm.clone()} on_cancel={export.cancel.clone()} />
            }
            {chooser}
            if has_draft { <PrintCopy text={filled_text.clone()} /> }
        </div>
    }
}
