//! The page: header (counts, export), outline, editor, fill-in panel and checks.
//!
//! `App` owns the one reducer and wires the rest: the engine's results are derived from the
//! draft (memoized on its revision), turned into view-models by [`crate::views`], and handed
//! with callbacks to the leaf components; side effects live in [`crate::hooks`]. Nothing here
//! decides what a placeholder is or whether a value fits.

use crate::checks::ChecksPanel;
use crate::editor::{use_editor_view, Editor, Preview};
use crate::export::{backup_file, use_export, Delivery, ExportDialog, Format, PrintCopy};
use crate::fields::FieldsPanel;
use crate::history::{use_history, HistoryPanel};
use crate::import::{use_import, ImportReport, SpeechChooser, StartPanel};
use crate::ledger::{use_ledger, LedgerPanel};
use crate::outline::OutlinePanel;
use crate::shell::{
    use_analysis, use_autosave, use_keyboard, use_persist, use_restore, use_status, Header,
};
use crate::state::Change;
use crate::tables::{ensure, Table};
use jianggao_engine::check::{apply_fixes_to_draft, safe_fixes};
use jianggao_engine::outline_ops::Direction;
use jianggao_engine::session::Action;
use jianggao_engine::steps::EditKind;
use jianggao_engine::{Finding, Length, RuleId};
use std::rc::Rc;
use yew::prelude::*;

#[component(App)]
pub fn app() -> Html {
    let init = use_restore();
    let state = {
        let state = init.state.clone();
        use_reducer(move || state)
    };
    // a tab that another tab's save made read-only changes nothing more. The callbacks handed
    // to the panels are made once (or once per analysis), so that a key re-renders only the
    // editor's textarea and the header, not the panels.
    let dispatch: Callback<Action> = (*use_memo((), {
        let state = state.clone();
        move |_| {
            Callback::from(move |a: Action| {
                if crate::storage::blocked().as_deref() != Some(crate::storage::OTHER_TAB) {
                    state.dispatch(Change::Do(a))
                }
            })
        }
    }))
    .clone();

    // ---- the draft (live) and what the engine derives from it (when the writer pauses) ----
    let text = state.text();
    let (rate, target_minutes) = (state.doc().rate, state.doc().target_minutes);
    let disabled = (*use_memo(state.doc().disabled_rules.clone(), |_| {
        Rc::new(state.doc().disabled())
    }))
    .clone();
    let derived = use_analysis(&state);
    // the state as last drawn, for callbacks made once per analysis
    let live = use_mut_ref(|| (*state).clone());
    *live.borrow_mut() = (*state).clone();
    let snap = derived.now.clone();
    // the place table is fetched once the draft's place is filled in; the checks then run again.
    // Until it is there (or has failed) the findings are not yet of this draft: the page says
    // so as it says an analysis is pending.
    let table_failed = use_state_eq(|| false);
    let loading_table = {
        let has_place = state
            .values()
            .get(jianggao_engine::Fact::Place.key())
            .is_some_and(|v| !v.trim().is_empty());
        let flush = derived.flush.clone();
        let failed = table_failed.clone();
        use_effect_with(has_place, move |&has_place| {
            if has_place && !Table::Places.ready() {
                failed.set(false); // (a place filled in again tries again)
                wasm_bindgen_futures::spawn_local(async move {
                    match ensure(Table::Places).await {
                        Ok(()) => flush.emit(()),
                        Err(e) => {
                            web_sys::console::warn_1(&format!("地名表未能载入：{e}").into());
                            failed.set(true);
                        }
                    }
                });
            }
        });
        has_place && !Table::Places.ready() && !*table_failed
    };
    let analysis = snap.analysis.clone();
    let findings: Rc<Vec<Finding>> = snap.findings.clone();
    let leftovers = snap.leftovers;
    let filled_text: Rc<String> = snap.filled.clone();
    // counted when the writer pauses, read at the rate as it is now
    let len = Length::of_chars(snap.length.chars, rate);

    // ---- hooks: saving, messages, the editor column, import, export, keys ----
    let saving = use_autosave(&state);
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
        Callback::from(move |r| crate::history::keep_current(r, &say))
    };
    let import = use_import(dispatch.clone(), keep);
    let history = use_history(dispatch.clone(), say.clone());
    let export = use_export(filled_text.clone(), leftovers, say.clone());
    // an export while the analysis is pending waits for it: the file is the current draft
    let queued_export = use_mut_ref(|| None::<(Format, Delivery)>);
    let on_export = {
        let queued = queued_export.clone();
        let request = export.request.clone();
        let flush = derived.flush.clone();
        let pending = derived.pending;
        Callback::from(move |req: (Format, Delivery)| {
            if pending {
                *queued.borrow_mut() = Some(req);
                flush.emit(());
            } else {
                request.emit(req);
            }
        })
    };
    {
        let request = export.request.clone();
        use_effect_with(snap.rev, move |_| {
            if let Some(req) = queued_export.borrow_mut().take() {
                request.emit(req);
            }
        });
    }
    // the print copy is drawn once printing is asked for: 打印 arms it, then asks to print in
    // the next task, when it is drawn (the browser's own print arms it on `beforeprint`)
    let print_armed = use_state(|| false);
    let on_print = {
        let (armed, print) = (print_armed.clone(), export.print.clone());
        Callback::from(move |_| {
            armed.set(true);
            let print = print.clone();
            gloo_timers::callback::Timeout::new(0, move || print.emit(())).forget();
        })
    };
    // ---- the project ledger, the work file, what is still the source ----
    // the draft's ledger facts, read when the analysis catches up (not copied on every key)
    let change: Callback<Change> = (*use_memo((), {
        let state = state.clone();
        move |_| {
            Callback::from(move |c| {
                if crate::storage::blocked().as_deref() != Some(crate::storage::OTHER_TAB) {
                    state.dispatch(c)
                }
            })
        }
    }))
    .clone();
    let ledger = use_ledger(
        snap.rev,
        change,
        analysis.clone(),
        snap.values.clone(),
        state.doc().ledger.clone(),
        say.clone(),
    );
    let on_workfile = {
        let (st, say) = (state.clone(), say.clone());
        Callback::from(move |_| {
            let file = crate::export::workfile_file(&st.doc().to_draft());
            let say = say.clone();
            crate::export::deliver(file, Delivery::Download, move |m| say.emit(m));
        })
    };
    // what is still the imported text, judged when the writer pauses (and per section of the
    // outline); marked on request
    let unchanged = snap.unchanged.clone();
    let source_share = unchanged.as_ref().as_ref().map(|u| u.unchanged_share);
    let shares = snap.shares.clone();
    let show_source = use_state(|| false);
    let on_toggle_source = {
        let show = show_source.clone();
        Callback::from(move |_| show.set(!*show))
    };
    let onkeydown = use_keyboard(dispatch.clone());
    // the fill-in field that has focus: the byte span of its first place
    let active_field = use_state(|| None::<(usize, usize)>);

    // ---- outline ----
    let outline_items = snap.outline.clone();
    let (on_outline_jump, on_move, on_add, on_value, on_rule, on_finding, on_input) =
        (*use_memo((), {
            let (d, jump_to) = (dispatch.clone(), view.jump_to.clone());
            move |_| stable_callbacks(&d, &jump_to)
        }))
        .clone();
    let on_delete = (*use_memo(snap.clone(), {
        let d = dispatch.clone();
        move |snap| {
            let labels: Vec<String> = snap
                .analysis
                .outline
                .iter()
                .map(|o| o.label.clone())
                .collect();
            Callback::from(move |i: usize| {
                let label = labels.get(i).cloned().unwrap_or_default();
                if crate::dom::confirm(&format!("删除“{label}”这一节及其下的全部内容？（可撤销）"))
                {
                    d.emit(Action::DeleteSection(i));
                }
            })
        }
    }))
    .clone();

    // ---- editor ----
    // the snapshot's, or with the focused field's places marked active
    let marks = (*use_memo(
        (snap.clone(), active_field.map(|(s, _)| s)),
        |(snap, active)| match active {
            None => snap.marks.clone(),
            Some(_) => Rc::new(crate::editor::marks(
                &snap.analysis,
                &snap.values,
                &snap.findings,
                *active,
            )),
        },
    ))
    .clone();
    // 标出原文: the unchanged sentences instead, made once per analysis
    let source_marks = use_memo((snap.rev, *show_source), {
        let u = unchanged.clone();
        move |(_, shown)| match u.as_ref() {
            Some(u) if *shown => Some(Rc::new(crate::editor::source_marks(u))),
            _ => None,
        }
    });
    let marks = source_marks.as_ref().clone().unwrap_or(marks);

    // ---- fields & checks ----
    let fields = snap.fields.clone();
    let on_field_focus = (*use_memo((), {
        let jump_to = view.jump_to.clone();
        let active = active_field.setter();
        move |_| {
            Callback::from(move |(s, e): (usize, usize)| {
                active.set(Some((s, e)));
                jump_to.emit((s, e, false));
            })
        }
    }))
    .clone();
    let finding_views = snap.finding_views.clone();
    let on_fix = (*use_memo(snap.clone(), {
        let d = dispatch.clone();
        let findings = findings.clone();
        let analysis = analysis.clone();
        let values = snap.values.clone();
        let live = live.clone();
        let flush = derived.flush.clone();
        move |_| {
            Callback::from(move |which: Option<usize>| {
                // a fix of an older analysis would write an older text or older values back: when
                // the draft (read now, not at the last render) has moved on, bring the list up to
                // date instead and let the writer choose again
                let current = {
                    let d = live.borrow();
                    *d.doc().text == *analysis.text && *d.doc().values == values
                };
                if !current {
                    flush.emit(());
                    return;
                }
                let chosen: Vec<Finding> = match which {
                    Some(i) => findings.get(i).cloned().into_iter().collect(),
                    // 全部修复: only the fixes that cannot change what the speech says
                    None => safe_fixes(&findings),
                };
                let (text, values) = apply_fixes_to_draft(&analysis, &values, &chosen);
                d.emit(Action::Fix { text, values });
            })
        }
    }))
    .clone();

    // ---- banners ----
    let backup = {
        let text = text.clone();
        Callback::from(move |_| {
            let file = backup_file(&text);
            if let Err(e) = crate::dom::download(&file.name, file.mime, &file.content) {
                say.emit(e);
            }
        })
    };

    let has_draft = !text.trim().is_empty();
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
        <div class="app" {onkeydown} data-pending={(derived.pending || loading_table).then_some("true")}>
            <Header
                has_draft={has_draft}
                leftovers={leftovers}
                length={len}
                target_note={crate::shell::target::target_note(len.minutes, target_minutes)}
                target_minutes={target_minutes}
                rate={rate}
                can_undo={state.can_undo() && !read_only}
                can_redo={state.can_redo() && !read_only}
                on_open_start={import.open_start.clone()}
                on_history={history.toggle.clone()}
                on_undo={dispatch.reform(|_| Action::Undo)}
                on_redo={dispatch.reform(|_| Action::Redo)}
                on_target={dispatch.reform(Action::SetTarget)}
                on_rate={dispatch.reform(Action::SetRate)}
                {on_export}
                {on_print}
                on_ledger={ledger.toggle.clone()}
                {on_workfile}
                {source_share}
                source_marked={*show_source}
                {on_toggle_source}
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
                    <button onclick={{ let p = persist_note.clone(); Callback::from(move |_| { crate::shell::persist::mark_read(); p.set(None) }) }}>{"知道了"}</button>
                </div>
            }
            if let Some(s) = (*status).clone() {
                <div class="status" role="status">{s}</div>
            }
            if ledger.open {
                <LedgerPanel ledger={ledger.clone()} />
            }
            if history.open {
                <HistoryPanel entries={history.entries.clone()} preview={history.preview} on_preview={history.on_preview.clone()} on_restore={history.on_restore.clone()} on_delete={history.on_delete.clone()} on_close={history.toggle.clone()} />
            }
            {report}
            {start_view}
            if has_draft {
                <main class="workbench">
                    <OutlinePanel items={outline_items} on_jump={on_outline_jump} {on_move} {on_delete} {on_add} {shares} />
                    <section class="editor-col" aria-label="编辑">
                        <div class="tabs" role="tablist">
                            <button role="tab" aria-selected={(!view.preview).to_string()} onclick={view.set_preview.reform(|_| false)}>{"原稿（可编辑）"}</button>
                            <button role="tab" aria-selected={view.preview.to_string()} onclick={view.set_preview.reform(|_| true)}>{"成稿预览"}</button>
                        </div>
                        if view.preview {
                            <Preview segments={Rc::new(crate::editor::preview_segments(&snap.analysis, &snap.values))} />
                        } else {
                            <Editor text={text.clone()} marked={snap.text.clone()} marks={marks} jump={view.jump} {on_input} readonly={read_only} />
                        }
                    </section>
                    <aside class="side" inert={read_only}>
                        <FieldsPanel fields={fields} values={state.values()} on_change={on_value} on_focus={on_field_focus} />
                        <ChecksPanel findings={finding_views} on_jump={on_finding} {on_fix} disabled={disabled} on_rule={on_rule} />
                    </aside>
                </main>
            }
            if let Some(req) = export.asking {
                <ExportDialog leftovers={leftovers} printing={req == crate::export::Request::Print} on_confirm={export.confirm.clone()} on_cancel={export.cancel.clone()} />
            }
            {chooser}
            if has_draft { <PrintCopy text={filled_text.clone()} armed={*print_armed} on_arm={print_armed.setter().to_callback()} /> }
        </div>
    }
}

type Stable = (
    Callback<usize>,
    Callback<(usize, Direction)>,
    Callback<usize>,
    Callback<(String, String)>,
    Callback<(RuleId, bool)>,
    Callback<(usize, usize)>,
    Callback<(String, usize, bool)>,
);

/// The callbacks that depend only on the reducer and the editor's jump: made once.
fn stable_callbacks(
    dispatch: &Callback<Action>,
    jump_to: &Callback<(usize, usize, bool)>,
) -> Stable {
    (
        jump_to.reform(|at: usize| (at, at, true)),
        dispatch.reform(|(i, dir): (usize, Direction)| Action::MoveSection(i, dir)),
        dispatch.reform(Action::AddSection),
        dispatch.reform(|(key, value): (String, String)| Action::SetValue { key, value }),
        dispatch.reform(|(rule, on): (RuleId, bool)| Action::SetRule { rule, on }),
        jump_to.reform(|(s, e): (usize, usize)| (s, e, true)),
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
