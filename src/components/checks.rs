//! The checks list: every finding, clickable to its place in the text.

use jianggao_engine::Severity;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Debug)]
pub struct FindingView {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub span: (usize, usize),
    /// The replacement that fixes it, if there is one.
    pub fix: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct ChecksPanelProps {
    pub findings: Rc<Vec<FindingView>>,
    pub on_jump: Callback<(usize, usize)>,
    /// Apply the fix of finding `Some(i)`, or of every fixable finding (`None`).
    pub on_fix: Callback<Option<usize>>,
    /// Rules switched off, by id.
    // TODO(engine-const): a set of the engine's typed rule ids (Draft::disabled_rules is strings).
    #[prop_or_default]
    pub disabled: Rc<std::collections::BTreeSet<String>>,
    /// (rule id, on)
    #[prop_or_default]
    pub on_rule: Callback<(String, bool)>,
}

/// How many findings are listed at once; the rest are counted.
const SHOWN: usize = 300;

#[component(ChecksPanel)]
pub fn checks_panel(props: &ChecksPanelProps) -> Html {
    let items = props.findings.iter().enumerate().take(SHOWN).map(|(i, f)| {
        let cb = props.on_jump.clone();
        let span = f.span;
        let class = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let fix = f.fix.as_ref().map(|r| {
            let cb = props.on_fix.clone();
            html! { <button class="fix" data-testid="fix" title="一键修复" onclick={Callback::from(move |_| cb.emit(Some(i)))}>{format!("改为“{r}”")}</button> }
        });
        html! {
            <li class="finding-row">
                {fix}
                <button data-testid="finding" class={classes!("finding", class)} data-rule={f.rule}
                    onclick={Callback::from(move |_| cb.emit(span))}>
                    <span class="line">{format!("第{}行", f.line)}</span>
                    <span class="msg">{&f.message}</span>
                </button>
            </li>
        }
    });
    let more = props.findings.len().saturating_sub(SHOWN);
    let fixable = props.findings.iter().filter(|f| f.fix.is_some()).count();
    let fix_all = (fixable > 1).then(|| {
        let cb = props.on_fix.clone();
        html! { <button data-testid="fix-all" onclick={Callback::from(move |_| cb.emit(None))}>{format!("全部修复（{fixable}）")}</button> }
    });
    html! {
        <section class="panel checks-panel" aria-label="检查">
            <h2>{format!("检查结果（{}）", props.findings.len())}{fix_all}</h2>
            if props.findings.is_empty() {
                <p class="ok-note">{"没有发现问题。"}</p>
            }
            <ul class="findings">{ for items }</ul>
            if more > 0 {
                <p class="muted">{format!("另有 {more} 条未列出")}</p>
            }
            <details class="rules">
                <summary>{format!("检查项（已关闭 {} 项）", props.disabled.len())}</summary>
                <ul>
                    { for jianggao_engine::RULES.iter().map(|r| {
                        let on = !props.disabled.contains(r.id);
                        let cb = props.on_rule.clone();
                        let id = r.id.to_string();
                        html! {
                            <li><label>
                                <input type="checkbox" data-testid="rule-switch" data-rule={r.id} checked={on}
                                    onchange={Callback::from(move |_| cb.emit((id.clone(), !on)))} />
                                {r.title}<span class="muted">{format!(" {}", r.id)}</span>
                            </label></li>
                        }
                    }) }
                </ul>
            </details>
        </section>
    }
}
