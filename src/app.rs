//! The page: the header, the banners, the panels over the workbench (outline, editor column,
//! fill-in fields and checks), the dialogs.
//!
//! `App` holds the one reducer ([`crate::state`]) and composes the features: the shell's hooks
//! give the page's shared parts and the engine's results for the draft (when the writer
//! pauses); each feature's hook makes its callbacks and its views. Nothing here decides what a
//! placeholder is or whether a value fits.

use crate::checks::use_checks;
use crate::editor::use_editor_view;
use crate::export::use_export;
use crate::fields::FieldsPanel;
use crate::history::{keep_current, use_history};
use crate::import::use_import;
use crate::ledger::{use_ledger, LedgerPanel};
use crate::outline::use_outline;
use crate::returned::use_returned;
use crate::shell::keyboard::Keyed;
use crate::shell::page::use_page;
use crate::shell::{use_analysis, use_keyboard, use_restore, Header, TalkTime};
use jianggao_engine::session::Action;
use jianggao_engine::Length;
use std::rc::Rc;
use yew::prelude::*;

#[component(App)]
pub fn app() -> Html {
    let init = use_restore();
    let state = use_reducer(|| init.state.clone());
    let derived = use_analysis(&state);
    let (snap, page) = (derived.now.clone(), use_page(&state, derived.flush.clone()));
    let (h, doc, read_only) = (&page.handles, state.doc(), page.read_only());
    let d = &h.dispatch;
    let disabled = (*use_memo(doc.disabled_rules.clone(), |_| Rc::new(doc.disabled()))).clone();
    let say = h.say.clone();
    let returned = use_returned(
        h,
        Callback::from(move |r| keep_current(r, &say)),
        snap.text.clone(),
    );
    let view = use_editor_view(h, init.jump, snap.marked(), returned.marks.clone());
    let say = h.say.clone();
    let import = use_import(h, Callback::from(move |r| keep_current(r, &say)));
    let history = use_history(h);
    let (filled, leftovers) = (snap.filled.clone(), snap.leftovers);
    let export = use_export(h, filled.clone(), leftovers, derived.stale, snap.rev);
    let ledger = use_ledger(h, snap.analyzed(), doc.ledger.clone());
    let outline = use_outline(h, snap.analysis.clone(), view.jump_to.clone());
    let checks = use_checks(h, snap.analyzed(), view.jump_to.clone());
    let on_value = (*use_memo((), |_| {
        d.reform(|(key, value)| Action::SetValue { key, value })
    }))
    .clone();
    // counted when the writer pauses, read at the rate as it is now
    let length = Length::of_chars(snap.length.chars, doc.rate);
    let has_draft = !state.text().trim().is_empty();
    // the title as the analysis found it (the text it was made of)
    let a = &snap.analysis;
    let draft_title = a
        .doc
        .blocks
        .iter()
        .find(|b| b.kind == jianggao_engine::parse::BlockKind::Title)
        .and_then(|b| a.text.get(b.content.clone()))
        .map(|t| AttrValue::from(t.to_string()));
    let keyed = has_draft.then(|| Keyed {
        save: history.save.clone(),
        print: export.on_print.clone(),
        export_word: export.on_export.reform(|_| {
            (
                crate::export::Format::Docx(jianggao_engine::docx::Preset::Gongwen),
                crate::export::Delivery::Download,
            )
        }),
    });
    let onkeydown = use_keyboard(d.clone(), keyed);
    // made once: the outline (and its head) re-render only when the target or rate change, the
    // header not at every key
    let (on_target, on_rate, on_undo, on_redo) = (*use_memo((), |_| {
        (
            d.reform(Action::SetTarget),
            d.reform(Action::SetRate),
            d.reform(|_| Action::Undo),
            d.reform(|_| Action::Redo),
        )
    }))
    .clone();
    let talk_time = html! {
        <TalkTime target_minutes={doc.target_minutes} rate={doc.rate} {on_target} {on_rate} />
    };
    html! {
        <div class="app" {onkeydown} data-pending={derived.pending.then_some("true")}>
            <Header
                {has_draft}
                title={draft_title}
                {leftovers}
                {length}
                target_note={crate::shell::target::target_note(length.minutes, doc.target_minutes)}
                can_undo={state.can_undo() && !read_only}
                can_redo={state.can_redo() && !read_only}
                on_open_start={import.open_start.clone()}
                on_history={history.toggle.clone()}
                {on_undo}
                {on_redo}
                on_export={export.on_export.clone()}
                on_print={export.on_print.clone()}
                on_ledger={ledger.toggle.clone()}
                on_workfile={export.on_workfile.clone()}
                source_share={snap.unchanged.as_ref().as_ref().map(|u| u.unchanged_share)}
                source_marked={view.source_marked}
                on_toggle_source={view.toggle_source.clone()}
                on_save_version={history.save.clone()}
                on_returned={returned.open_file.clone()}
            />
            <main class="main">
                { page.banners(init.notice.clone(), state.text()) }
                if ledger.open {
                    <LedgerPanel ledger={ledger.clone()} />
                }
                { history.panel() }
                { returned.view() }
                { import.report() }
                { import.start(has_draft) }
                if has_draft {
                    <div class="workbench">
                        { outline.panel(snap.outline.clone(), snap.shares.clone(), talk_time) }
                        { view.column(state.text(), read_only) }
                        <aside class="side" inert={read_only}>
                            <FieldsPanel fields={snap.fields.clone()} values={state.values()} on_change={on_value} on_focus={view.focus_field.clone()} />
                            { checks.panel(snap.finding_views.clone(), disabled, snap.review.due(), snap.review.failed.clone()) }
                        </aside>
                    </div>
                }
            </main>
            { import.chooser() }
            { export.views(leftovers, filled, has_draft) }
        </div>
    }
}
