//! The marked text behind the editor's textarea: the same text in chunks of whole lines, with
//! `<mark>`s for placeholders and findings, scrolled with the textarea. Drawn straight into the
//! DOM, a chunk at a time (see [`draw`]).

use gloo_timers::callback::Timeout;
use jianggao_engine::order::sort_by_u64;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

use super::marks::Mark;

/// Marks are drawn within this many bytes of the place in view, either side.
pub const WINDOW: usize = 24_000;

/// The marks drawn around byte `at`: those within [`WINDOW`] bytes of it.
pub fn marks_near(marks: &[Mark], at: usize) -> &[Mark] {
    let from = at.saturating_sub(WINDOW);
    let to = at.saturating_add(WINDOW);
    let a = marks.partition_point(|m| m.span.end < from);
    let b = marks.partition_point(|m| m.span.start <= to).max(a);
    &marks[a..b]
}

#[derive(Properties)]
pub struct BackdropProps {
    pub node: NodeRef,
    pub marked: Rc<str>,
    pub marks: Rc<Vec<Mark>>,
    pub near: usize,
    pub anchor: Option<usize>,
}

/// The marked text and its marks are told apart by identity (one `Rc` per analysis).
impl PartialEq for BackdropProps {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
            && Rc::ptr_eq(&self.marked, &other.marked)
            && Rc::ptr_eq(&self.marks, &other.marks)
            && self.near == other.near
            && self.anchor == other.anchor
    }
}

/// The marked text behind the textarea: drawn again only when the analysis, the place in view
/// or a jump changes, never for a key. It is drawn as [`chunks`] of whole lines, each keyed by
/// its text, straight into the DOM (not through Yew's diff, which is no help here): after an
/// analysis only the chunks whose text changed are made again, and those whose marks changed
/// are refilled in place, so the browser lays out and paints a few lines, not the whole draft.
/// A long text coming in is drawn [`STEP`] bytes at a time, a task each, from the top.
#[component(Backdrop)]
pub fn backdrop(props: &BackdropProps) -> Html {
    let drawn = use_mut_ref(Drawn::default);
    {
        let node = props.node.clone();
        let drawn = drawn.clone();
        let deps = (
            props.marked.clone(),
            props.marks.clone(),
            props.near,
            props.anchor,
        );
        use_effect_with(deps, move |(marked, marks, near, anchor)| {
            let text: &str = marked;
            let anchor = anchor.map(|a| jianggao_engine::text::floor_char_boundary(text, a));
            let parts = Rc::new(chunks(text, marks_near(marks, *near), anchor));
            draw(&node, &drawn, marked.clone(), parts);
            let drawn = drawn.clone();
            move || drawn.borrow_mut().next = None
        });
    }
    html! {
        <div class="backdrop" ref={props.node.clone()} aria-hidden="true"></div>
    }
}

/// The chunks in the backdrop now, in order, and the next step when some are still to come.
#[derive(Default)]
struct Drawn {
    chunks: Vec<(u64, u64, web_sys::Element)>,
    /// The last line's stand-in (the textarea shows one more line than its text).
    tail: Option<web_sys::Element>,
    next: Option<Timeout>,
}

/// Bring the backdrop's chunks to `parts`: keep those with the same key (refilled when their
/// id changed), make the new ones, [`STEP`] bytes of them at most, remove the rest; what is
/// left to make is made in a task after this one.
fn draw(
    node: &NodeRef,
    drawn: &Rc<std::cell::RefCell<Drawn>>,
    text: Rc<str>,
    parts: Rc<Vec<Chunk>>,
) {
    let (Some(el), Some(doc)) = (
        node.cast::<web_sys::Element>(),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    let mut d = drawn.borrow_mut();
    d.next = None;
    let tail = match &d.tail {
        Some(t) => t.clone(),
        None => {
            let Ok(t) = doc.create_element("div") else {
                return;
            };
            t.set_text_content(Some(" "));
            let _ = el.append_child(&t);
            d.tail = Some(t.clone());
            t
        }
    };
    // the chunks drawn, by key (found by a binary search; each taken once)
    let mut old: Vec<(u64, u64, Option<web_sys::Element>)> = d
        .chunks
        .drain(..)
        .map(|(k, id, e)| (k, id, Some(e)))
        .collect();
    sort_by_u64(&mut old, |o| o.0);
    let mut made = 0usize;
    let mut done = parts.len();
    // a jump's place is drawn in this step, however far down: the editor scrolls to it now
    let must = parts
        .iter()
        .rposition(|c| c.anchor.is_some())
        .map_or(0, |i| i + 1);
    let mut now: Vec<(u64, u64, web_sys::Element)> = Vec::with_capacity(parts.len());
    for (i, c) in parts.iter().enumerate() {
        let kept = old
            .binary_search_by_key(&c.key, |o| o.0)
            .ok()
            .and_then(|k| {
                let (_, id, e) = &mut old[k];
                e.take().map(|e| (*id, e))
            });
        let e = match kept {
            Some((id, e)) => {
                if id != c.id {
                    fill(&doc, &e, &text, c);
                }
                e
            }
            None => {
                if made >= STEP && i >= must {
                    done = i;
                    break;
                }
                made += c.range.len().max(1);
                let Ok(e) = doc.create_element("div") else {
                    return;
                };
                fill(&doc, &e, &text, c);
                e
            }
        };
        now.push((c.key, c.id, e));
    }
    for e in old.into_iter().filter_map(|o| o.2) {
        e.remove();
    }
    // in order: each chunk right after the one before it (a no-op when already there)
    let mut before: Option<web_sys::Node> = None;
    for (_, _, e) in &now {
        let at = match &before {
            Some(b) => b.next_sibling(),
            None => el.first_child(),
        };
        if at.as_ref() != Some(e.as_ref()) {
            let _ = el.insert_before(e, at.as_ref());
        }
        before = Some(e.clone().into());
    }
    // the chunks not made yet come after: the tail waits at the end
    let _ = el.append_child(&tail);
    d.chunks = now;
    if done < parts.len() {
        let (node, drawn2) = (node.clone(), drawn.clone());
        d.next = Some(Timeout::new(20, move || draw(&node, &drawn2, text, parts)));
    }
}

/// A chunk's text, marks and anchor as DOM nodes in `e` (emptied first).
fn fill(doc: &web_sys::Document, e: &web_sys::Element, text: &str, c: &Chunk) {
    e.set_text_content(None);
    // a long run of plain text in pieces ([`PIECE`]): the same flow, but a line of megabytes
    // in one text node takes the browser seconds to lay out, or kills the page
    let plain = |from: usize, to: usize| {
        let mut a = from;
        while a < to {
            let b = jianggao_engine::text::floor_char_boundary(text, (a + PIECE).min(to));
            let b = if b > a { b } else { to };
            let _ = e.append_child(&doc.create_text_node(&text[a..b]));
            a = b;
        }
    };
    let anchor_node = || {
        if let Ok(a) = doc.create_element("span") {
            a.set_class_name("jump-anchor");
            let _ = e.append_child(&a);
        }
    };
    let mut pos = c.range.start;
    let mut anchor_done = c.anchor.is_none();
    for m in &c.marks {
        if m.span.start < pos
            || m.span.end > c.range.end
            || !text.is_char_boundary(m.span.start)
            || !text.is_char_boundary(m.span.end)
        {
            continue;
        }
        if let Some(a) = c
            .anchor
            .filter(|a| !anchor_done && *a >= pos && *a <= m.span.start)
        {
            plain(pos, a);
            anchor_node();
            anchor_done = true;
            pos = a;
        }
        plain(pos, m.span.start);
        let Ok(mark) = doc.create_element("mark") else {
            continue;
        };
        let kind = if m.returned {
            "ph-returned"
        } else if m.source {
            "ph-source"
        } else if m.issue {
            "ph-issue"
        } else if m.filled {
            "ph-filled"
        } else {
            "ph-open"
        };
        let class = if m.active {
            format!("ph {kind} ph-active")
        } else {
            format!("ph {kind}")
        };
        mark.set_class_name(&class);
        if !m.title.is_empty() {
            let _ = mark.set_attribute("title", &m.title);
        }
        mark.set_text_content(Some(&text[m.span.clone()]));
        let _ = e.append_child(&mark);
        pos = m.span.end;
    }
    match c.anchor.filter(|_| !anchor_done) {
        Some(a) if a >= pos && a <= c.range.end => {
            plain(pos, a);
            anchor_node();
            plain(a, c.range.end);
        }
        _ => plain(pos, c.range.end),
    }
}

/// The longest text node the backdrop makes, in bytes (a longer run of plain text is cut into
/// nodes of this size, side by side in the same line).
pub const PIECE: usize = 16 * 1024;

/// Bytes of the backdrop drawn per step when a long text comes in (about 16,000 CJK chars).
pub const STEP: usize = 48 * 1024;

/// A run of whole lines of the marked text, with the marks and the jump anchor inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Chunk {
    /// From the chunk's text, marks and anchor: an unchanged chunk is not drawn again.
    pub id: u64,
    /// From the chunk's text alone, made unique among the chunks (a text can repeat itself): a
    /// chunk whose marks changed (a finding's message, a value filled in) keeps its DOM, and
    /// only what changed in it is patched.
    pub key: u64,
    /// Whole lines, the last one's newline included.
    pub range: Range<usize>,
    pub marks: Vec<Mark>,
    pub anchor: Option<usize>,
}

/// A chunk of at least [`CHUNK_MIN`] bytes is cut after a blank line or after a line whose hash
/// picks it (one in four); one of [`CHUNK_MAX`] bytes is cut at its line end; never inside a
/// mark. Cuts made by content come back at the same lines after an edit elsewhere, so an edit
/// changes the chunk it is in and seldom the next.
pub const CHUNK_MAX: usize = 4096;
pub const CHUNK_MIN: usize = 1024;

/// FxHash-style: fast, and good enough to tell chunks apart (a clash redraws nothing wrong: the
/// key is only a hint for reusing DOM, the props still carry the text).
fn fx(bytes: &[u8], mut h: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = (h.rotate_left(5) ^ x).wrapping_mul(K);
    }
    for &b in words.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(K)
}

/// Split `text` into [`Chunk`]s of whole lines with the `marks` (sorted, as [`marks_near`] gives
/// them) and the anchor that fall in each.
pub fn chunks(text: &str, marks: &[Mark], anchor: Option<usize>) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    let bytes = text.as_bytes();
    let (mut start, mut pos, mut h) = (0usize, 0usize, 0u64);
    let mut mi = 0usize;
    while pos < bytes.len() {
        let end = match bytes[pos..].iter().position(|&b| b == b'\n') {
            Some(i) => pos + i + 1,
            None => bytes.len(),
        };
        let line = fx(&bytes[pos..end], 0);
        h = fx(&line.to_le_bytes(), h);
        let blank = bytes[pos..end] == *b"\n";
        pos = end;
        // a mark that runs on past this line keeps the next line in the chunk
        while mi < marks.len() && marks[mi].span.end <= end {
            mi += 1;
        }
        let straddles = marks
            .get(mi)
            .is_some_and(|m| m.span.start < end && m.span.end > end);
        let long = end - start;
        let cut = end == bytes.len()
            || (long >= CHUNK_MIN && (blank || line >> 62 == 0))
            || long >= CHUNK_MAX;
        if cut && !straddles {
            out.push(Chunk {
                id: h,
                key: 0,
                range: start..end,
                marks: Vec::new(),
                anchor: anchor.filter(|a| (start..end).contains(a)),
            });
            start = end;
            h = 0;
        }
    }
    if out.is_empty() || anchor == Some(text.len()) {
        if let Some(last) = out.last_mut().filter(|c| c.range.end == text.len()) {
            last.anchor = anchor.or(last.anchor);
        } else {
            out.push(Chunk {
                id: 0,
                key: 0,
                range: text.len()..text.len(),
                marks: Vec::new(),
                anchor,
            });
        }
    }
    // each chunk's marks, then its id from its text, marks and anchor
    let mut mi = 0usize;
    for c in &mut out {
        while mi < marks.len() && marks[mi].span.start < c.range.end {
            if marks[mi].span.start >= c.range.start {
                c.marks.push(marks[mi].clone());
            }
            mi += 1;
        }
        let text_id = c.id;
        let mut id = c.id;
        for m in &c.marks {
            let flags = u64::from(m.filled)
                | u64::from(m.active) << 1
                | u64::from(m.issue) << 2
                | u64::from(m.source) << 3
                | u64::from(m.returned) << 4;
            let at = ((m.span.start - c.range.start) as u64) << 32 | (m.span.len() as u64);
            id = fx(
                m.title.as_bytes(),
                fx(&(at ^ flags << 59).to_le_bytes(), id),
            );
        }
        if let Some(a) = c.anchor {
            id = fx(&((a - c.range.start) as u64 | 1 << 63).to_le_bytes(), id);
        }
        c.id = id;
        c.key = text_id;
    }
    // a text that repeats itself: its n-th chunk (in text order) takes the n-th key of it
    let mut order: Vec<usize> = (0..out.len()).collect();
    sort_by_u64(&mut order, |&i| out[i].key);
    let mut run = (0u64, 0u64); // (the text's id, its chunks before this one)
    for (w, &i) in order.iter().enumerate() {
        let t = out[i].key;
        run = if w > 0 && run.0 == t {
            (t, run.1 + 1)
        } else {
            (t, 0)
        };
        if run.1 > 0 {
            out[i].key = fx(&run.1.to_le_bytes(), t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(span: Range<usize>) -> Mark {
        Mark {
            span,
            filled: false,
            active: false,
            issue: false,
            source: false,
            returned: false,
            title: String::new(),
        }
    }

    fn text_of(n: usize) -> String {
        (0..n)
            .map(|i| {
                if i % 7 == 6 {
                    String::new()
                } else {
                    format!("第{i}行，推进项目建设，完成投资{}亿元。", i * 3)
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn chunks_are_whole_lines_that_cover_the_text() {
        let t = text_of(1500);
        let cs = chunks(&t, &[], None);
        assert!(cs.len() > 20, "{} chunks", cs.len());
        let mut at = 0;
        for c in &cs {
            assert_eq!(c.range.start, at);
            assert!(c.range.end == t.len() || t.as_bytes()[c.range.end - 1] == b'\n');
            assert!(c.range.len() <= CHUNK_MAX + 200);
            at = c.range.end;
        }
        assert_eq!(at, t.len());
        let keys: std::collections::HashSet<_> = cs.iter().map(|c| c.key).collect();
        assert_eq!(keys.len(), cs.len(), "keys are unique");
    }

    #[test]
    fn a_text_that_repeats_itself_gets_a_key_per_chunk_kept_in_order() {
        // the same block of lines four times: four chunks of one text
        let block = format!("{}\n\n", "推进项目建设，完成投资三亿元。".repeat(80));
        let t = block.repeat(4);
        let cs = chunks(&t, &[], None);
        let same: Vec<&Chunk> = cs.iter().filter(|c| t[c.range.clone()] == *block).collect();
        assert!(same.len() >= 3, "{} chunks of the block", same.len());
        let keys: std::collections::HashSet<u64> = cs.iter().map(|c| c.key).collect();
        assert_eq!(keys.len(), cs.len(), "keys are unique");
        // the first of them keeps its key when text is added after the last
        let more = chunks(&format!("{t}尾"), &[], None);
        assert_eq!(more[0].key, cs[0].key);
        assert_eq!(more[1].key, cs[1].key);
    }

    #[test]
    fn an_edit_changes_only_the_chunks_around_it() {
        let t = text_of(400);
        let at = t.len() / 2;
        let at = t[at..].find('，').unwrap() + at;
        let edited = format!("{}x{}", &t[..at], &t[at..]);
        let ids = |t: &str| {
            chunks(t, &[], None)
                .into_iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        };
        let (a, b) = (ids(&t), ids(&edited));
        let kept = b.iter().filter(|id| a.contains(id)).count();
        assert!(kept + 2 >= b.len(), "{kept} of {} chunks kept", b.len());
        assert_ne!(a, b);
    }

    #[test]
    fn a_chunk_holds_its_marks_whole_and_its_anchor() {
        let filler = "推进项目建设，完成投资任务。\n".repeat(40);
        let t = &format!("{filler}\n二x三\n四\n\n{filler}\n五[项目\n名称]六\n七");
        let x = t.find('x').unwrap();
        let open = t.find('[').unwrap();
        let close = t.find(']').unwrap() + 1;
        let marks = vec![mark(x..x + 1), mark(open..close)];
        let cs = chunks(t, &marks, Some(x));
        let with_x = cs.iter().find(|c| c.range.contains(&x)).unwrap();
        assert_eq!(with_x.marks, vec![mark(x..x + 1)]);
        assert_eq!(with_x.anchor, Some(x));
        let with_name = cs.iter().find(|c| c.range.contains(&open)).unwrap();
        assert_eq!(with_name.marks, vec![mark(open..close)]);
        // a mark over a line end is never cut, whatever the line's hash says
        for i in 0..64 {
            // one long line of its own each time (not cut, three times in four), then the mark's
            let long = format!("{i}{}", "推进项目建设完成投资".repeat(40));
            let t = format!("{long}\n前言{i}[项目\n名称]尾\n后");
            let (open, close) = (t.find('[').unwrap(), t.find(']').unwrap() + 1);
            let cs = chunks(&t, &[mark(open..close)], None);
            let c = cs.iter().find(|c| c.range.contains(&open)).unwrap();
            assert!(c.range.end >= close, "{t:?} cut in its mark: {cs:?}");
        }
        // a mark changes its chunk's id
        let plain = chunks(t, &[], None);
        let same = plain.iter().find(|c| c.range == with_x.range).unwrap();
        assert_ne!(same.id, with_x.id);
        // a mark's title changed (a finding's message): the chunk is drawn again in place
        let mut retitled = marks.clone();
        retitled[0].title = "新的提示".into();
        let again = chunks(t, &retitled, Some(x));
        let c = again.iter().find(|c| c.range == with_x.range).unwrap();
        assert_ne!(c.id, with_x.id);
        assert_eq!(c.key, with_x.key, "the same text keeps its key (and DOM)");
    }

    #[test]
    fn the_anchor_at_the_end_and_the_empty_text_have_a_chunk() {
        assert_eq!(chunks("", &[], Some(0)).len(), 1);
        let cs = chunks("甲\n乙", &[], Some(7));
        assert_eq!(cs.last().unwrap().anchor, Some(7));
    }
}
