//! A windowed list: a long list draws only the rows in view plus a margin, in a scroll box of
//! its own, with spacers standing in for the rows above and below (their height estimated from
//! the rows drawn). A short list is drawn whole, as a plain list.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Lists up to this long are drawn whole.
pub const WHOLE: usize = 120;
/// Rows drawn above and below the rows in view.
pub const MARGIN: usize = 25;

/// The rows drawn: from `first` (the first row in view), `in_view` rows and the margin either
/// side, within `count`.
pub fn drawn(count: usize, first: usize, in_view: usize) -> std::ops::Range<usize> {
    if count <= WHOLE {
        return 0..count;
    }
    let first = first.min(count.saturating_sub(1));
    let from = first.saturating_sub(MARGIN);
    let to = (first + in_view + MARGIN).min(count);
    from..to
}

#[derive(Properties, PartialEq)]
pub struct WindowProps {
    pub count: usize,
    /// Draws row `i` (with a `key`).
    pub row: Callback<usize, Html>,
    /// The list's class (`<ul class=…>`).
    pub class: AttrValue,
    /// A first guess of a row's height in pixels.
    #[prop_or(48.0)]
    pub row_height: f64,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[component(Window)]
pub fn window(props: &WindowProps) -> Html {
    let first = use_state(|| 0usize);
    let height = use_state(|| props.row_height);
    let in_view = use_state(|| 20usize);
    let list = use_node_ref();
    let range = drawn(props.count, *first, *in_view);

    // measure the rows drawn: the spacers then stand for rows of that height. Only a windowed
    // list has spacers, and only rows drawn anew change the height: reading a size makes the
    // browser lay the page out then and there, so a render for a key (the draft's textarea
    // changed) must not read one (issue 30: it was a third of a key's time)
    {
        let list = list.clone();
        let height = height.clone();
        let windowed = props.count > WHOLE;
        use_effect_with((range.clone(), windowed), move |(range, windowed)| {
            let drawn_rows = range.len();
            if let Some(ul) = list.cast::<web_sys::HtmlElement>().filter(|_| *windowed) {
                if drawn_rows > 0 {
                    let h = f64::from(ul.offset_height()) / drawn_rows as f64;
                    if h > 4.0 && (h - *height).abs() > *height * 0.1 {
                        height.set(h);
                    }
                }
            }
        });
    }
    let rows = html! {
        <ul class={props.class.clone()} ref={list} data-testid={props.testid.clone()}>
            { for range.clone().map(|i| props.row.emit(i)) }
        </ul>
    };
    if props.count <= WHOLE {
        return rows;
    }
    let onscroll = {
        let first = first.clone();
        let in_view = in_view.clone();
        let h = *height;
        Callback::from(move |e: Event| {
            let Some(b) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let top = (f64::from(b.scroll_top()) / h) as usize;
            let n = (f64::from(b.client_height()) / h).ceil() as usize + 1;
            // redraw only when the view has moved by a few rows
            if top.abs_diff(*first) >= MARGIN / 5 || n != *in_view {
                first.set(top);
                in_view.set(n);
            }
        })
    };
    let above = range.start as f64 * *height;
    let below = (props.count - range.end) as f64 * *height;
    html! {
        <div class="window" {onscroll} data-count={props.count.to_string()}>
            <div style={format!("height:{}px", above.round() as u64)}></div>
            {rows}
            <div style={format!("height:{}px", below.round() as u64)}></div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_is_drawn_whole() {
        assert_eq!(drawn(WHOLE, 50, 10), 0..WHOLE);
    }

    #[test]
    fn a_long_list_draws_the_view_and_a_margin() {
        assert_eq!(drawn(5000, 0, 20), 0..20 + MARGIN);
        assert_eq!(drawn(5000, 1000, 20), 1000 - MARGIN..1020 + MARGIN);
        assert_eq!(drawn(5000, 4990, 20), 4990 - MARGIN..5000);
        // scrolled past the end (the list got shorter): the last rows
        assert_eq!(drawn(300, 9999, 20), 299 - MARGIN..300);
    }
}
