//! A menu button (WAI-ARIA "menu button"): a button with `aria-haspopup` and `aria-expanded`
//! and a list of menu items. Enter, Space or ArrowDown on the button opens it with the first
//! item focused; ArrowUp/ArrowDown/Home/End move, Escape closes and gives focus back to the
//! button, Tab closes; a click outside (on the transparent backdrop) closes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One entry of a menu.
#[derive(Clone, PartialEq)]
pub struct Item {
    pub label: &'static str,
    /// The keyboard shortcut, shown after the label (e.g. `Ctrl+P`).
    pub keys: Option<&'static str>,
    pub testid: &'static str,
    pub title: Option<&'static str>,
    pub on: Callback<()>,
}

impl Item {
    pub fn new(label: &'static str, testid: &'static str, on: Callback<()>) -> Self {
        Item {
            label,
            keys: None,
            testid,
            title: None,
            on,
        }
    }
    pub fn keys(mut self, keys: &'static str) -> Self {
        self.keys = Some(keys);
        self
    }
    pub fn title(mut self, title: &'static str) -> Self {
        self.title = Some(title);
        self
    }
}

#[derive(Properties, PartialEq)]
pub struct MenuProps {
    pub label: AttrValue,
    pub testid: AttrValue,
    pub items: Vec<Item>,
}

/// The menu items of the list `ul`, in order.
fn items(list: &NodeRef) -> Vec<web_sys::HtmlElement> {
    let Some(ul) = list.cast::<web_sys::Element>() else {
        return Vec::new();
    };
    let Ok(nodes) = ul.query_selector_all("[role=menuitem]") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

fn focus(list: &NodeRef, pick: impl Fn(usize, Option<usize>) -> usize) {
    let all = items(list);
    if all.is_empty() {
        return;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let now = all.iter().position(|e| {
        active
            .as_ref()
            .is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>())
    });
    if let Some(e) = all.get(pick(all.len(), now) % all.len()) {
        let _ = e.focus();
    }
}

#[component(Menu)]
pub fn menu(p: &MenuProps) -> Html {
    let open = use_state(|| false);
    let (button, list) = (use_node_ref(), use_node_ref());
    {
        // opened: the first item takes the focus
        let list = list.clone();
        use_effect_with(*open, move |open| {
            if *open {
                focus(&list, |_, _| 0);
            }
        });
    }
    let close = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |refocus: bool| {
            open.set(false);
            if refocus {
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_button_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "ArrowDown" {
                e.prevent_default();
                open.set(true);
            }
        })
    };
    let on_list_key = {
        let (list, close) = (list.clone(), close.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" => {
                e.prevent_default();
                focus(&list, |n, now| now.map_or(0, |i| i + 1) % n);
            }
            "ArrowUp" => {
                e.prevent_default();
                focus(&list, |n, now| now.map_or(n - 1, |i| i + n - 1));
            }
            "Home" => {
                e.prevent_default();
                focus(&list, |_, _| 0);
            }
            "End" => {
                e.prevent_default();
                focus(&list, |n, _| n - 1);
            }
            "Escape" => {
                e.prevent_default();
                e.stop_propagation();
                close.emit(true);
            }
            "Tab" => close.emit(false),
            _ => {}
        })
    };
    html! {
        <div class="menu">
            <button ref={button} data-testid={p.testid.clone()} aria-haspopup="menu" aria-expanded={open.to_string()} onclick={toggle} onkeydown={on_button_key}>{&p.label}{" ▾"}</button>
            if *open {
                <div class="menu-back" onclick={close.reform(|_| false)}></div>
                <ul ref={list} class="menu-list" role="menu" aria-label={p.label.clone()} onkeydown={on_list_key}>
                    { for p.items.iter().map(|it| {
                        let (on, close) = (it.on.clone(), close.clone());
                        let pick = Callback::from(move |_: MouseEvent| {
                            close.emit(true);
                            on.emit(());
                        });
                        html! {
                            <li role="none">
                                <button role="menuitem" tabindex="-1" data-testid={it.testid} title={it.title} onclick={pick}>
                                    <span>{it.label}</span>
                                    if let Some(k) = it.keys { <kbd>{k}</kbd> }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
