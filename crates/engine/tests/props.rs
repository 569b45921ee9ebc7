//! Arbitrary strings through every stage: no panic, spans on char boundaries, and round trips
//! that must hold on any input.

use jianggao_engine::check::check;
use jianggao_engine::export::{import_markdown, to_markdown, to_text, TextOptions};
use jianggao_engine::fields::remap_values;
use jianggao_engine::outline_ops::{
    add_section, delete_section, move_section, renumber, Direction,
};
use jianggao_engine::text::{byte_to_utf16, utf16_to_byte};
use jianggao_engine::CheckOptions;
use jianggao_engine::{Analysis, Values};
use proptest::prelude::*;

/// Strings built from the pieces speeches and their damage are made of.
fn speechy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("x".to_string()),
        Just("XX".to_string()),
        Just("**".to_string()),
        Just("×".to_string()),
        Just("○".to_string()),
        Just("_".to_string()),
        Just("＿＿".to_string()),
        Just("[项目1]".to_string()),
        Just("【地名】".to_string()),
        Just("{{名称}}".to_string()),
        Just("(例如：".to_string()),
        Just("）".to_string()),
        Just("一、".to_string()),
        Just("（二）".to_string()),
        Just("3.".to_string()),
        Just("首先，".to_string()),
        Just("一是".to_string()),
        Just("个".to_string()),
        Just("亿元".to_string()),
        Just("%".to_string()),
        Just("个百分点".to_string()),
        Just("月".to_string()),
        Just("-".to_string()),
        Just("第".to_string()),
        Just("某".to_string()),
        Just("多少".to_string()),
        Just("同志们：".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("💛".to_string()),
        Just("# ".to_string()),
        Just("\\".to_string()),
        Just("□".to_string()),
        Just("(qū)".to_string()),
        Just("地區".to_string()),
        Just("1、".to_string()),
        Just("第1页 / 共3页".to_string()),
        Just("(未完,全文共2889字,当前仅显示1837字)".to_string()),
        Just("……(省略654字)……".to_string()),
        Just("小编".to_string()),
        Just("讲话精编(二)".to_string()),
        Just(",".to_string()),
        Just("?".to_string()),
        Just("池州".to_string()),
        Just("区委".to_string()),
        Just("全县".to_string()),
        Just("十四五".to_string()),
        Just("2021年".to_string()),
        Just("3月1日".to_string()),
        Just("20天".to_string()),
        Just("其中".to_string()),
        Just("开工率".to_string()),
        Just("五个项目：".to_string()),
        Just("德荣副区长".to_string()),
        Just("第十届".to_string()),
        Just("争取".to_string()),
        Just("到位".to_string()),
        Just("12".to_string()),
        Just("\"".to_string()),
        "[a-z0-9 .:/]{0,4}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![speechy(), any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn analysis_check_fill_export_never_panic(text in any_text(), value in "\\PC{0,6}") {
        let a = Analysis::new(&text);
        for p in &a.scan.placeholders {
            prop_assert!(text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end));
            prop_assert!(p.raw.start == p.span.start && p.raw.end <= p.span.end);
        }
        for w in a.scan.placeholders.windows(2) {
            prop_assert!(w[0].span.end <= w[1].span.start, "placeholders overlap");
        }
        let values: Values = a.fields.iter().map(|f| (f.key.clone(), value.clone())).collect();
        let opts = CheckOptions { target_minutes: Some(1.0), ..Default::default() };
        for f in check(&a, &values, &opts) {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end) && f.span.end <= text.len());
        }
        let filled = a.filled(&values);
        let _ = to_markdown(&filled);
        let _ = to_text(&filled, TextOptions { indent: true });
        let _ = import_markdown(&text);
        let _ = renumber(&text);
        for i in 0..a.outline.len().min(4) {
            let _ = move_section(&text, i, Direction::Up);
            let _ = move_section(&text, i, Direction::Down);
            let _ = delete_section(&text, i);
            let (t, at) = add_section(&text, i);
            prop_assert!(t.is_char_boundary(at));
        }
        let _ = remap_values(&text, &filled, &values);
        let cleaned = jianggao_engine::clean::clean(&text);
        for r in &cleaned.repairs {
            prop_assert!(r.span.end <= text.len() && text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
        }
        for s in &cleaned.speeches {
            prop_assert!(cleaned.text.get(s.range.clone()).is_some());
        }
        let _ = jianggao_engine::check::apply_fixes(&text, &check(&a, &values, &CheckOptions::default()));
    }

    #[test]
    fn filling_with_nothing_changes_nothing(text in any_text()) {
        let a = Analysis::new(&text);
        prop_assert_eq!(a.filled(&Values::new()), text);
    }

    #[test]
    fn utf16_offsets_round_trip(text in any_text()) {
        for (b, _) in text.char_indices() {
            prop_assert_eq!(utf16_to_byte(&text, byte_to_utf16(&text, b)), b);
        }
    }

    #[test]
    fn renumbering_is_idempotent(text in speechy()) {
        let once = renumber(&text);
        prop_assert_eq!(renumber(&once), once.clone());
    }
}
