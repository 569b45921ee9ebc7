//! Components in headless Chromium (wasm-bindgen-test): render, flush, look at the DOM.
#![cfg(target_arch = "wasm32")]

use jianggao_app::app::App;
use jianggao_app::checks::{ChecksPanel, ChecksPanelProps, FindingView};
use jianggao_app::editor::{Editor, EditorProps, Mark};
use jianggao_app::fields::{FieldView, FieldsPanel, FieldsPanelProps};
use jianggao_engine::Severity;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn all(root: &web_sys::Element, sel: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn field(key: &str, value: &str, problem: Option<(Severity, &str)>) -> FieldView {
    FieldView {
        key: key.into(),
        label: "年度计划投资（亿元）".into(),
        kind: "金额",
        kind_id: "money".into(),
        unit: Some("亿元"),
        before: "年度计划投资".into(),
        raw: "x".into(),
        after: "亿元，占".into(),
        hint: None,
        value: value.into(),
        problem: problem.map(|(s, m)| (s, m.to_string(), Some("0.3".to_string()))),
        is_fact: key.starts_with("fact:"),
        first: Some((10, 11)),
        count: 2,
    }
}

#[wasm_bindgen_test]
async fn fields_panel_shows_context_problem_and_suggestion() {
    let root = root();
    let changes: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
    let sink = changes.clone();
    let props = FieldsPanelProps {
        fields: Rc::new(vec![
            field("fact:place", "", None),
            field(
                "#1",
                "3000万元",
                Some((Severity::Error, "单位不同：这里的单位是亿元，应填0.3")),
            ),
            field("#2", "12", None),
        ]),
        values: Rc::new(
            [("#1", "3000万元"), ("#2", "12")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        ),
        on_change: Callback::from(move |kv| sink.borrow_mut().push(kv)),
        on_focus: Callback::noop(),
    };
    yew::Renderer::<FieldsPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let inputs = all(&root, "[data-testid=field]");
    assert_eq!(inputs.len(), 3);
    let items = all(&root, "li.field");
    assert!(items[1].class_name().split(' ').any(|c| c == "invalid"));
    assert!(items[2].class_name().split(' ').any(|c| c == "ok"));
    assert!(items[0].class_name().split(' ').any(|c| c == "empty"));
    let text = root.text_content().unwrap();
    assert!(text.contains("单位不同：这里的单位是亿元，应填0.3"));
    assert!(text.contains("…年度计划投资x亿元，占…"));
    assert!(text.contains("已填 2/2"));
    assert!(text.contains("2处"));
    // the suggestion button sets the value
    let button = all(&root, "li.field.invalid button.link")
        .pop()
        .expect("suggestion");
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(
        changes.borrow().as_slice(),
        [("#1".to_string(), "0.3".to_string())]
    );
}

#[wasm_bindgen_test]
async fn editor_marks_open_and_filled_placeholders() {
    let root = root();
    let text = "💛投资x亿元，[项目A]";
    let x = text.find('x').unwrap();
    let b = text.find('[').unwrap();
    let props = EditorProps {
        text: Rc::from(text),
        marked: Rc::from(text),
        marks: Rc::new(vec![
            Mark {
                span: x..x + 1,
                source: false,
                filled: false,
                active: false,
                issue: false,
                returned: false,
                title: "投资（亿元）（未填）".into(),
            },
            Mark {
                span: b..text.len(),
                source: false,
                filled: true,
                active: true,
                issue: false,
                returned: false,
                title: "项目A：东港大桥".into(),
            },
        ]),
        jump: None,
        on_input: Callback::noop(),
        readonly: false,
    };
    yew::Renderer::<Editor>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let ta: web_sys::HtmlTextAreaElement = root
        .query_selector("[data-testid=editor]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(ta.value(), text);
    let open = all(&root, "mark.ph-open");
    let filled = all(&root, "mark.ph-filled.ph-active");
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].text_content().unwrap(), "x");
    assert_eq!(filled[0].text_content().unwrap(), "[项目A]");
    assert_eq!(filled[0].get_attribute("title").unwrap(), "项目A：东港大桥");
    // the backdrop holds exactly the text, so marks sit under their characters
    let backdrop = root.query_selector(".backdrop").unwrap().unwrap();
    assert_eq!(backdrop.text_content().unwrap().trim_end(), text);
}

#[wasm_bindgen_test]
async fn checks_panel_lists_findings_and_jumps() {
    let root = root();
    let jumps: Rc<RefCell<Vec<(usize, usize)>>> = Rc::default();
    let sink = jumps.clone();
    let fixes: Rc<RefCell<Vec<Option<usize>>>> = Rc::default();
    let fixes_sink = fixes.clone();
    let props = ChecksPanelProps {
        findings: Rc::new(vec![
            FindingView {
                rule: jianggao_engine::RuleId::Placeholder,
                severity: Severity::Error,
                message: "未填写的数量“x个”：全县（个）".into(),
                line: 3,
                span: (12, 13),
                fix: None,
                safe: false,
                key: "placeholder:1".into(),
            },
            FindingView {
                rule: jianggao_engine::RuleId::Box,
                severity: Severity::Error,
                message: "“□”是丢失的标点，这里应是“、”".into(),
                line: 4,
                span: (20, 23),
                fix: Some("、".into()),
                safe: true,
                key: "box:1".into(),
            },
        ]),
        on_jump: Callback::from(move |s| sink.borrow_mut().push(s)),
        on_fix: Callback::from(move |i| fixes_sink.borrow_mut().push(i)),
        disabled: Rc::new([jianggao_engine::RuleId::Typography].into()),
        on_rule: Callback::noop(),
        checking: false,
        failed: Some("外地地名等检查未能运行".into()),
    };
    yew::Renderer::<ChecksPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // the world rules that could not run are said, above the findings the page found
    let failed = all(&root, "[data-testid=review-failed]");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].text_content().unwrap(), "外地地名等检查未能运行");
    let items = all(&root, "[data-testid=finding]");
    assert_eq!(items.len(), 2);
    assert!(items[0].text_content().unwrap().contains("第3行"));
    items[0]
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    assert_eq!(jumps.borrow().as_slice(), [(12, 13)]);
    // only the fixable finding has a fix button; it applies that finding's fix
    let fix_buttons = all(&root, "[data-testid=fix]");
    assert_eq!(fix_buttons.len(), 1);
    assert_eq!(fix_buttons[0].text_content().unwrap(), "改为“、”");
    fix_buttons[0]
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    assert_eq!(fixes.borrow().as_slice(), [Some(1)]);
    assert!(
        all(&root, "[data-testid=fix-all]").is_empty(),
        "one fix needs no fix-all"
    );
}

/// The number in the leftover counter ("未填占位符 N 处", or 0 when all are filled).
fn leftovers(root: &web_sys::Element) -> usize {
    let count = root
        .query_selector("[data-testid=leftover-count]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    count
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no number in {count:?}"))
}

/// Wait `ms` milliseconds (a timer task), then let Yew render.
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    yew::scheduler::flush().await;
}

/// Let the app finish: a template's text loads, and the analysis that runs when the writer
/// pauses catches up (`.app[data-pending]` gone, an editor shown).
async fn settle(root: &web_sys::Element) {
    for _ in 0..500 {
        sleep(10).await;
        let pending = root.query_selector(".app[data-pending]").unwrap().is_some();
        let editor = root
            .query_selector("[data-testid=editor]")
            .unwrap()
            .is_some();
        if !pending && editor {
            return;
        }
    }
    panic!("the app did not settle in 5 s");
}

/// Type a value into a field the way a browser does: set it, fire a bubbling `input` event,
/// let Yew render and the analysis catch up.
async fn type_into(root: &web_sys::Element, key: &str, value: &str) -> web_sys::HtmlInputElement {
    let input: web_sys::HtmlInputElement = root
        .query_selector(&format!("[data-testid=field][data-key='{key}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no field {key}"))
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    settle(root).await;
    input
}

fn field_item(input: &web_sys::HtmlInputElement) -> web_sys::Element {
    input
        .closest("li.field")
        .unwrap()
        .expect("a field's list item")
}

#[wasm_bindgen_test]
async fn app_starts_with_templates_then_fills_and_counts() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let pickers = all(&root, "[data-testid=template-picker]");
    assert_eq!(pickers.len(), jianggao_engine::templates::TEMPLATES.len());
    // one labelled group per event, in the picker's order, its templates by level; the
    // county's promotion speech first (the e2e suites open the first)
    let groups = all(&root, "[data-testid=template-group]");
    let events: Vec<_> = jianggao_engine::templates::TemplateEvent::ALL
        .iter()
        .map(|e| e.label())
        .collect();
    let mut names = Vec::new();
    for g in &groups {
        assert_eq!(g.get_attribute("role").as_deref(), Some("group"));
        let id = g.get_attribute("aria-labelledby").expect("labelled");
        let name = root
            .query_selector(&format!("[id='{id}']"))
            .unwrap()
            .expect("its heading")
            .text_content()
            .unwrap();
        let levels: Vec<usize> = all(g, "[data-testid=template-picker]")
            .iter()
            .map(|b| {
                assert_eq!(
                    b.get_attribute("data-event").as_deref(),
                    Some(name.as_str())
                );
                let id = b.get_attribute("data-template").unwrap();
                let t = jianggao_engine::templates::template(&id).unwrap();
                let level = jianggao_engine::templates::level_label(t.level);
                assert!(b.text_content().unwrap().contains(level), "{id}");
                jianggao_engine::templates::LEVELS
                    .iter()
                    .position(|l| *l == t.level)
                    .unwrap()
            })
            .collect();
        assert!(!levels.is_empty(), "{name}: empty");
        assert!(
            levels.windows(2).all(|w| w[0] <= w[1]),
            "{name}: {levels:?}"
        );
        names.push(name);
    }
    assert_eq!(names, events);
    assert_eq!(
        pickers[0].get_attribute("data-template").as_deref(),
        Some("county-promotion")
    );
    assert!(root
        .query_selector("[data-testid=editor]")
        .unwrap()
        .is_none());
    root.query_selector("[data-template=city-groundbreaking]")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    settle(&root).await;
    let n = leftovers(&root);
    assert!(n > 10, "{n}");
    assert_eq!(all(&root, "[data-testid=finding]").len(), n);
    let outline = root
        .query_selector("[data-testid=outline]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(outline.contains("市长在重大项目集中开工仪式上的致辞"));
    let words = root
        .query_selector("[data-testid=word-count]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(words.contains("字") && words.contains("分钟"), "{words}");
    // the level and year facts are prefilled from the template
    let level: web_sys::HtmlInputElement = root
        .query_selector("[data-key='fact:level']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(level.value(), "市");

    // fill the place fact: each of its placeholders stops being a leftover
    let template = jianggao_engine::templates::template("city-groundbreaking").unwrap();
    let analysis = jianggao_engine::Analysis::new(template.text);
    let place = analysis
        .fields
        .iter()
        .find(|f| f.key == "fact:place")
        .unwrap();
    let places = place.occurrences.len();
    assert!(places >= 1);
    let input = type_into(&root, "fact:place", "青山市").await;
    assert_eq!(input.value(), "青山市");
    assert!(field_item(&input)
        .class_name()
        .split(' ')
        .any(|c| c == "ok"));
    assert_eq!(leftovers(&root), n - places);
    assert_eq!(all(&root, "[data-testid=finding]").len(), n - places);
    // a count field used once: one fewer; emptied again: back
    let count = analysis
        .fields
        .iter()
        .find(|f| f.kind == jianggao_engine::FieldKind::Count && f.occurrences.len() == 1)
        .expect("a count field used once");
    let input = type_into(&root, &count.key, "12").await;
    assert_eq!(leftovers(&root), n - places - 1);
    assert!(field_item(&input)
        .class_name()
        .split(' ')
        .any(|c| c == "ok"));
    type_into(&root, &count.key, "").await;
    assert_eq!(leftovers(&root), n - places);
    // the editor's text is the template's: values are not written into the draft
    let editor: web_sys::HtmlTextAreaElement = root
        .query_selector("[data-testid=editor]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(editor.value(), template.text);
}
