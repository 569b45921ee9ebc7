//! The 项目台账 panel: paste the cells of a ledger copied from Excel or WPS (or open a .csv),
//! see the facts added up from it, the table as read (each row's class, each column's role),
//! correct a column or a row, and fill the fields whose words name a ledger fact, one by one
//! or all at once.

use super::hook::{Offer, UseLedger};
use crate::state::LedgerTable;
use jianggao_engine::decimal::shortest;
use jianggao_engine::ledger::facts::{money_decimals, round};
use jianggao_engine::ledger::figures::Quantity;
use jianggao_engine::ledger::{Column, RowClass};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LedgerPanelProps {
    pub ledger: UseLedger,
}

fn fact_rows(f: &jianggao_engine::ledger::facts::Facts) -> Vec<(String, String)> {
    let u = f.unit.name();
    let n = |v: Option<usize>| v.map_or("—".into(), |v| format!("{v} 个"));
    // the facts are kept unrounded; shown as a speech writes them
    let md = money_decimals(f.unit);
    let m = |v: Option<f64>| v.map_or("—".into(), |v| format!("{} {u}", shortest(round(v, md))));
    let r = |v: Option<f64>| v.map_or("—".into(), |v| format!("{}%", shortest(round(v, 1))));
    let mut rows = vec![
        ("项目".to_string(), format!("{} 个", f.projects)),
        (
            "新建 / 续建 / 前期".into(),
            format!("{} / {} / {}", n(f.new), n(f.continued), n(f.preparatory)),
        ),
        (
            "已开工（开工率）".into(),
            format!("{}（{}）", n(f.started), r(f.start_rate)),
        ),
        ("总投资".into(), m(f.total_investment)),
        ("年度计划投资".into(), m(f.year_plan)),
        (
            "完成投资（完成率）".into(),
            format!("{}（{}）", m(f.completed), r(f.completion_rate)),
        ),
    ];
    if let (Some(mo), Some(g)) = (f.month, f.schedule_gap) {
        let side = if g < 0.0 { "慢于" } else { "快于" };
        rows.push((
            format!("1—{mo}月序时进度"),
            format!("{side} {} 个百分点", shortest(round(g.abs(), 1))),
        ));
    }
    rows
}

#[component(LedgerPanel)]
pub fn ledger_panel(p: &LedgerPanelProps) -> Html {
    let l = &p.ledger;
    let pasted = use_node_ref();
    let read = {
        let (pasted, on_read) = (pasted.clone(), l.on_read.clone());
        Callback::from(move |_| {
            if let Some(t) = pasted.cast::<HtmlTextAreaElement>() {
                on_read.emit(t.value());
            }
        })
    };
    let on_column = |col: Column| {
        let cb = l.on_column.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            cb.emit((col, v.parse::<usize>().ok()));
        })
    };
    html! {
        <section class="banner report ledger" data-testid="ledger" aria-label="项目台账">
            <h2>{"项目台账"}<button onclick={l.toggle.reform(|_| ())}>{"关闭"}</button></h2>
            <p>{"在 Excel 或 WPS 表格中选中台账（连同表头）复制，粘贴到下面；也可打开 Excel、WPS 另存的 .xlsx、.xls、.ods 或 .csv 文件。数据只在本机计算。"}</p>
            <textarea ref={pasted} class="ledger-paste" data-testid="ledger-paste" rows="4" placeholder="在此粘贴台账单元格" />
            <div class="row">
                <button data-testid="ledger-read" onclick={read}>{"读取台账"}</button>
                <label class="file-button">{"打开台账文件（.xlsx .xls .ods .csv）"}
                    <input type="file" accept=".csv,.tsv,.txt,.xlsx,.xls,.ods,.et" onchange={l.on_file.clone()} />
                </label>
                if l.facts.is_some() {
                    <button onclick={l.on_clear.reform(|_| ())}>{"移除台账"}</button>
                }
            </div>
            if let Some(e) = l.error.clone() {
                <p class="error" role="alert" data-testid="ledger-error">{e}</p>
            }
            if let Some(cols) = l.columns.clone() {
                <div class="ledger-columns">
                    { for Column::ALL.into_iter().map(|col| {
                        let at = cols.taken.get(&col).copied();
                        html! {
                            <label data-testid="ledger-column">{col.label()}
                                <select onchange={on_column(col)}>
                                    <option value="" selected={at.is_none()}>{"（无）"}</option>
                                    { for cols.headers.iter().enumerate().map(|(i, h)| html! {
                                        <option value={i.to_string()} selected={at == Some(i)}>{format!("第{}列 {}", i + 1, h)}</option>
                                    }) }
                                </select>
                            </label>
                        }
                    }) }
                </div>
            }
            if let Some(t) = l.columns.clone() {
                { for t.warnings.iter().map(|w| html! { <p class="warn" role="status" data-testid="ledger-warning">{w.clone()}</p> }) }
                <ReadTable table={t} on_class={l.on_class.clone()} />
            }
            if let Some(f) = l.facts.clone() {
                <table class="ledger-facts" data-testid="ledger-facts">
                    { for fact_rows(&f).into_iter().map(|(k, v)| html! { <tr><th>{k}</th><td>{v}</td></tr> }) }
                </table>
                if !f.groups.is_empty() {
                    <table class="ledger-facts" data-testid="ledger-towns">
                        <tr><th>{"乡镇或责任单位"}</th><th>{"项目"}</th><th>{"年度计划"}</th><th>{"完成投资"}</th><th>{"完成率"}</th></tr>
                        { for f.groups.iter().map(|(name, g)| {
                            let md = money_decimals(g.unit);
                            let m = |v: Option<f64>| v.map_or("—".into(), |v| format!("{} {}", shortest(round(v, md)), g.unit.name()));
                            html! {
                                <tr>
                                    <th>{name.clone()}</th>
                                    <td>{format!("{} 个", g.projects)}</td>
                                    <td>{m(g.year_plan)}</td>
                                    <td>{m(g.completed)}</td>
                                    <td>{g.completion_rate.map_or("—".into(), |r| format!("{}%", shortest(round(r, 1))))}</td>
                                </tr>
                            }
                        }) }
                    </table>
                }
                if l.offers.is_empty() {
                    <p>{"稿中没有与台账对应的待填字段。"}</p>
                } else {
                    <ul class="ledger-offers">
                        { for l.offers.iter().enumerate().map(|(i, o): (usize, &Offer)| html! {
                            <li data-testid="ledger-offer">
                                <span>{format!("{} ← {}：{}", o.label, label(o.quantity), o.value)}</span>
                                <button onclick={l.on_fill.reform(move |_| Some(i))} disabled={o.filled}>{if o.filled { "已填" } else { "填入" }}</button>
                            </li>
                        }) }
                    </ul>
                    <button data-testid="ledger-fill-all" onclick={l.on_fill.reform(|_| None)}>{"全部填入（可撤销）"}</button>
                }
            }
        </section>
    }
}

fn label(q: Quantity) -> &'static str {
    q.label()
}

/// At most this many rows of a sheet are shown as read (the facts are of them all).
const SHOWN_ROWS: usize = 400;

#[derive(Properties, PartialEq)]
struct ReadTableProps {
    table: Rc<LedgerTable>,
    on_class: Callback<(usize, RowClass)>,
}

/// The table as read: each row with its class (a select: the writer corrects it and the facts
/// follow), each column with its full name and the role it was taken for.
#[component(ReadTable)]
fn read_table(p: &ReadTableProps) -> Html {
    let open = use_state(|| false);
    let t = &p.table;
    let width = t.grid.iter().map(Vec::len).max().unwrap_or(0);
    let role = |i: usize| {
        t.taken
            .iter()
            .filter(|(_, &at)| at == i)
            .map(|(c, _)| c.label())
            .collect::<Vec<_>>()
            .join("、")
    };
    let mut counts: Vec<(RowClass, usize)> = Vec::new();
    for r in &t.rows {
        match counts.iter_mut().find(|(c, _)| *c == r.class) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.class, 1)),
        }
    }
    let summary = counts
        .iter()
        .map(|(c, n)| format!("{} {n}", c.label()))
        .collect::<Vec<_>>()
        .join("，");
    // the rows are drawn only while the writer looks at them: the panel is drawn again as the
    // draft changes, and a long ledger's rows would be drawn with it
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let shown = e
                .target()
                .and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok())
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            open.set(shown);
        })
    };
    html! {
        <details class="ledger-read" data-testid="ledger-table" open={*open} {ontoggle}>
            <summary>{format!("按行查看读取结果（{summary}）：行的类别、列的用途不对时可在这里更正")}</summary>
            if *open {
                <div class="ledger-grid">
                    <table>
                        <thead><tr>
                            <th scope="col">{"行"}</th><th scope="col">{"读作"}</th>
                            { for (0..width).map(|i| {
                                let name = t.names.get(i).or(t.headers.get(i)).cloned().unwrap_or_default();
                                let role = role(i);
                                html! {
                                    <th scope="col">{name}
                                        if !role.is_empty() { <span class="role" data-testid="ledger-role">{role}</span> }
                                    </th>
                                }
                            }) }
                        </tr></thead>
                        <tbody>
                            { for t.rows.iter().take(SHOWN_ROWS).map(|r| {
                                let row = r.row;
                                let on_class = p.on_class.clone();
                                let change = Callback::from(move |e: Event| {
                                    let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                                    if let Some(c) = v.parse::<usize>().ok().and_then(|i| RowClass::ALL.get(i)) {
                                        on_class.emit((row, *c));
                                    }
                                });
                                let cells = t.grid.get(row.wrapping_sub(1)).cloned().unwrap_or_default();
                                html! {
                                    <tr class={if r.class == RowClass::Project { "project" } else { "other" }}>
                                        <th scope="row">{row}</th>
                                        <td>
                                            <select data-testid="ledger-row-class" aria-label={format!("第{row}行读作")} onchange={change}>
                                                { for RowClass::ALL.iter().enumerate().map(|(i, c)| html! {
                                                    <option value={i.to_string()} selected={*c == r.class}>{c.label()}</option>
                                                }) }
                                            </select>
                                        </td>
                                        { for (0..width).map(|i| html! { <td>{cells.get(i).cloned().unwrap_or_default()}</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                if t.rows.len() > SHOWN_ROWS {
                    <p>{format!("只显示前 {SHOWN_ROWS} 行；合计按全部 {} 行计算。", t.rows.len())}</p>
                }
            }
        </details>
    }
}
