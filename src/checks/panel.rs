//! The checks panel: every finding, clickable to its place, with its fix; the rules' switches.

use super::view::FindingView;
use crate::windowed::Window;
use jianggao_engine::{RuleId, Severity, RULES};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct ChecksPanelProps {
    pub findings: Rc<Vec<FindingView>>,
    pub on_jump: Callback<(usize, usize)>,
    /// Apply the fix of finding `Some(i)`, or of every safe fix (`None`, 全部修复).
    pub on_fix: Callback<Option<usize>>,
    /// Rules switched off, by id.
    #[prop_or_default]
    pub disabled: Rc<std::collections::BTreeSet<RuleId>>,
    /// (rule id, on)
    #[prop_or_default]
    pub on_rule: Callback<(RuleId, bool)>,
    /// The review rules' answer is still to come (the tools worker).
    #[prop_or_default]
    pub checking: bool,
    /// Why the review rules could not run.
    #[prop_or_default]
    pub failed: Option<Rc<str>>,
}

/// The findings are told apart by identity (one `Rc` per analysis), not compared one by one at
/// every key.
impl PartialEq for ChecksPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.findings, &other.findings)
            && self.on_jump == other.on_jump
            && self.on_fix == other.on_fix
            && self.disabled == other.disabled
            && self.on_rule == other.on_rule
            && self.checking == other.checking
            && self.failed == other.failed
    }
}

/// One finding, with its fix.
fn finding_row(
    i: usize,
    f: &FindingView,
    on_jump: &Callback<(usize, usize)>,
    on_fix: &Callback<Option<usize>>,
) -> Html {
    {
        let cb = on_jump.clone();
        let span = f.span;
        let class = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let fix = f.fix.as_ref().map(|r| {
            let cb = on_fix.clone();
            html! { <button class="fix" data-testid="fix" title="一键修复" onclick={Callback::from(move |_| cb.emit(Some(i)))}>{format!("改为“{r}”")}</button> }
        });
        html! {
            <li class="finding-row" key={f.key.clone()}>
                {fix}
                <button data-testid="finding" class={classes!("finding", class)} data-rule={f.rule.id()}
                    onclick={Callback::from(move |_| cb.emit(span))}>
                    <span class="line">{format!("第{}行", f.line)}</span>
                    <span class="msg">{&f.message}</span>
                </button>
            </li>
        }
    }
}

#[component(ChecksPanel)]
pub fn checks_panel(props: &ChecksPanelProps) -> Html {
    let row = {
        let findings = props.findings.clone();
        let on_jump = props.on_jump.clone();
        let on_fix = props.on_fix.clone();
        Callback::from(move |i: usize| match findings.get(i) {
            Some(f) => finding_row(i, f, &on_jump, &on_fix),
            None => Html::default(),
        })
    };
    let fixable = props
        .findings
        .iter()
        .filter(|f| f.fix.is_some() && f.safe)
        .count();
    let fix_all = (fixable > 1).then(|| {
        let cb = props.on_fix.clone();
        html! { <button data-testid="fix-all" onclick={Callback::from(move |_| cb.emit(None))}>{format!("全部修复（{fixable}）")}</button> }
    });
    html! {
        <section class="panel checks-panel" aria-label="检查">
            <h2>{format!("检查结果（{}）", props.findings.len())}{fix_all}</h2>
            if let Some(why) = &props.failed {
                <p class="note" role="status" data-testid="review-failed">{why.to_string()}</p>
            }
            if props.findings.is_empty() {
                <p class="ok-note">{if props.checking { "正在检查……" } else { "没有发现问题。" }}</p>
            }
            <Window count={props.findings.len()} {row} class="findings" row_height={34.0} />
            <details class="rules">
                <summary>{format!("检查项（已关闭 {} 项）", props.disabled.len())}</summary>
                <ul>
                    { for RULES.iter().map(|r| {
                        let on = !props.disabled.contains(&r.rule);
                        let cb = props.on_rule.clone();
                        let rule = r.rule;
                        html! {
                            <li><label>
                                <input type="checkbox" data-testid="rule-switch" data-rule={r.id} checked={on}
                                    onchange={Callback::from(move |_| cb.emit((rule, !on)))} />
                                {r.title}<span class="muted">{format!(" {}", r.id)}</span>
                            </label></li>
                        }
                    }) }
                </ul>
            </details>
        </section>
    }
}
