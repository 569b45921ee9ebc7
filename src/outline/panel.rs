//! The outline panel: each item with its time; a section's tools (move, delete, add after).

use super::view::OutlineView;
use crate::windowed::{Window, WHOLE};
use jianggao_engine::outline_ops::Direction;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct OutlinePanelProps {
    pub items: Rc<Vec<OutlineView>>,
    pub on_jump: Callback<usize>,
    pub on_move: Callback<(usize, Direction)>,
    pub on_delete: Callback<usize>,
    pub on_add: Callback<usize>,
    /// For each item, the share of its section still word for word the imported text.
    #[prop_or_default]
    pub shares: Rc<Vec<f64>>,
    /// Under the title: the talk-time inputs.
    #[prop_or_default]
    pub head: Html,
}

/// The items and shares are told apart by identity (one `Rc` per analysis), not compared one
/// by one at every key.
impl PartialEq for OutlinePanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.items, &other.items)
            && Rc::ptr_eq(&self.shares, &other.shares)
            && self.on_jump == other.on_jump
            && self.on_move == other.on_move
            && self.on_delete == other.on_delete
            && self.on_add == other.on_add
            && self.head == other.head
    }
}

/// One item of the outline, with its tools when it is a section.
fn outline_row(i: usize, it: &OutlineView, props: &OutlinePanelProps) -> Html {
    {
        let jump = {
            let cb = props.on_jump.clone();
            let at = it.start;
            Callback::from(move |_| cb.emit(at))
        };
        let tools = it.is_section.then(|| {
            let up = { let cb = props.on_move.clone(); Callback::from(move |_| cb.emit((i, Direction::Up))) };
            let down = { let cb = props.on_move.clone(); Callback::from(move |_| cb.emit((i, Direction::Down))) };
            let del = { let cb = props.on_delete.clone(); Callback::from(move |_| cb.emit(i)) };
            let add = { let cb = props.on_add.clone(); Callback::from(move |_| cb.emit(i)) };
            html! {
                <span class="tools">
                    <button title="上移" aria-label="上移" onclick={up}>{"↑"}</button>
                    <button title="下移" aria-label="下移" onclick={down}>{"↓"}</button>
                    <button title="在其后添加一节" aria-label="添加一节" onclick={add}>{"＋"}</button>
                    <button title="删除这一节" aria-label="删除" class="danger" onclick={del}>{"×"}</button>
                </span>
            }
        });
        let share = props
            .shares
            .get(i)
            .map(|s| format!("·原文{}%", jianggao_engine::decimal::fixed(s * 100.0, 0)))
            .unwrap_or_default();
        let time = (it.chars > 0).then(|| {
            format!(
                "{}字·{}分{share}",
                it.chars,
                jianggao_engine::decimal::fixed(it.minutes, 1)
            )
        });
        html! {
            <li class={format!("lvl{}", it.level.min(4))} key={format!("{i}:{}", it.start)}>
                <button class="item" onclick={jump} title={it.label.clone()}>
                    <span class="text">{&it.label}</span>
                    if let Some(t) = time { <span class="len">{t}</span> }
                </button>
                {tools}
            </li>
        }
    }
}

#[component(OutlinePanel)]
pub fn outline_panel(props: &OutlinePanelProps) -> Html {
    let of = Rc::new(OutlinePanelProps {
        items: props.items.clone(),
        on_jump: props.on_jump.clone(),
        on_move: props.on_move.clone(),
        on_delete: props.on_delete.clone(),
        on_add: props.on_add.clone(),
        shares: props.shares.clone(),
        head: Html::default(),
    });
    let row = Callback::from(move |i: usize| match of.items.get(i) {
        Some(it) => outline_row(i, it, &of),
        None => Html::default(),
    });
    let n = props.items.len();
    html! {
        <nav class="panel outline" data-testid="outline" aria-label="提纲">
            <h2>{"提纲"}if n > WHOLE { <span class="muted">{format!("（共 {n} 项）")}</span> }</h2>
            {props.head.clone()}
            <Window count={n} {row} class="outline-items" row_height={40.0} />
        </nav>
    }
}
