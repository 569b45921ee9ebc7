//! Parsing, outline, renumbering, section operations, export round trips, templates, checks.

use jianggao_engine::check::check;
use jianggao_engine::export::{file_name, import_markdown, to_markdown, to_text, TextOptions};
use jianggao_engine::finding::locate;
use jianggao_engine::outline_ops::{
    add_section, delete_section, move_section, renumber, Direction,
};
use jianggao_engine::parse::{outline, parse, BlockKind, NumStyle, OutlineKind};
use jianggao_engine::session::{Action, Session};
use jianggao_engine::steps::EditKind;
use jianggao_engine::templates::TEMPLATES;
use jianggao_engine::CheckOptions;
use jianggao_engine::{Analysis, FieldKind, Values};

const SPEECH: &str = "在全镇项目观摩会上的讲话\n\n同志们：\n\n今天我们召开观摩会。\n\n一、成绩\n\n（一）投资\n\n投资完成较好。\n\n（二）开工\n\n一要抓开工。二要抓进度，一是审批要快，二是用地要快。\n\n二、问题\n\n1.用地\n\n2.资金\n\n三、措施\n\n首先，要抓落实。\n\n其次，要抓作风。\n\n最后，要抓安全。\n\n谢谢大家！\n";

fn labels(text: &str) -> Vec<String> {
    let doc = parse(text);
    outline(text, &doc)
        .iter()
        .map(|it| format!("{}{}", "  ".repeat(it.level as usize), it.label))
        .collect()
}

#[test]
fn parses_the_parts_of_a_speech() {
    let doc = parse(SPEECH);
    let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds[0], BlockKind::Title);
    assert_eq!(kinds[1], BlockKind::Salutation);
    assert_eq!(kinds[2], BlockKind::Paragraph);
    assert_eq!(*kinds.last().unwrap(), BlockKind::Closing);
    let styles: Vec<NumStyle> = doc
        .blocks
        .iter()
        .filter_map(|b| b.numbering.as_ref().map(|n| n.style))
        .collect();
    assert_eq!(
        styles,
        [
            NumStyle::ChineseDun,
            NumStyle::ChineseParen,
            NumStyle::ChineseParen,
            NumStyle::LeadYao,
            NumStyle::ChineseDun,
            NumStyle::ArabicDot,
            NumStyle::ArabicDot,
            NumStyle::ChineseDun,
            NumStyle::Sequence,
            NumStyle::Sequence,
            NumStyle::Sequence,
        ]
    );
    // inline leads 二要, 一是, 二是 inside the paragraph that starts with 一要
    let lead_para = doc
        .blocks
        .iter()
        .find(|b| {
            b.numbering
                .as_ref()
                .is_some_and(|n| n.style == NumStyle::LeadYao)
        })
        .unwrap();
    assert_eq!(lead_para.leads.len(), 4);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    assert_eq!(
        labels(SPEECH),
        [
            "在全镇项目观摩会上的讲话",
            "称谓",
            "开场",
            "  一、成绩",
            "    （一）投资",
            "    （二）开工",
            "      一要抓开工",
            "  二、问题",
            "    1.用地",
            "    2.资金",
            "  三、措施",
            "    首先，要抓落实",
            "    其次，要抓作风",
            "    最后，要抓安全",
            "结尾",
        ]
    );
}

#[test]
fn parsing_is_total_on_odd_input() {
    for text in [
        "",
        "\n\n",
        "\r\n",
        "一、",
        "（",
        "（一",
        "第一",
        "#",
        "## ",
        "1.5亿元",
        "九十九、x",
    ] {
        let doc = parse(text);
        let _ = outline(text, &doc);
    }
    // a number followed by a decimal is not a heading
    assert!(parse("1.5亿元投资").blocks[0].numbering.is_none());
}

#[test]
fn skipped_numbers_are_diagnosed_and_renumbered() {
    let text = "一、甲\n\n三、乙\n\n（二）丙\n\n（五）丁\n\n五、戊\n";
    assert_eq!(parse(text).diagnostics.len(), 4);
    assert_eq!(
        renumber(text),
        "一、甲\n\n二、乙\n\n（一）丙\n\n（二）丁\n\n三、戊\n"
    );
    assert_eq!(
        renumber(SPEECH),
        SPEECH,
        "a well-numbered speech is left alone"
    );
}

fn section_index(text: &str, label: &str) -> usize {
    let doc = parse(text);
    outline(text, &doc)
        .iter()
        .position(|it| it.label == label)
        .unwrap_or_else(|| panic!("no {label}"))
}

#[test]
fn move_delete_add_renumber() {
    let moved = move_section(SPEECH, section_index(SPEECH, "二、问题"), Direction::Up);
    let l = labels(&moved);
    assert_eq!(l[3], "  一、问题");
    assert_eq!(l[4], "    1.用地");
    assert_eq!(l[6], "  二、成绩");
    assert!(moved.contains("二、成绩\n\n（一）投资"));
    // moving back restores the speech exactly
    let back = move_section(&moved, section_index(&moved, "二、成绩"), Direction::Up);
    assert_eq!(back, SPEECH);
    // the first section cannot move up; a sub-section does not leave its parent
    assert_eq!(
        move_section(SPEECH, section_index(SPEECH, "一、成绩"), Direction::Up),
        SPEECH
    );
    assert_eq!(
        move_section(SPEECH, section_index(SPEECH, "1.用地"), Direction::Up),
        SPEECH
    );
    let sub = move_section(SPEECH, section_index(SPEECH, "（二）开工"), Direction::Up);
    assert!(sub.contains("（一）开工\n\n一要抓开工。"), "{sub}");

    let deleted = delete_section(SPEECH, section_index(SPEECH, "一、成绩"));
    assert_eq!(labels(&deleted)[3], "  一、问题");
    assert_eq!(labels(&deleted)[6], "  二、措施");
    assert!(!deleted.contains("投资完成较好"));

    let seq = delete_section(SPEECH, section_index(SPEECH, "最后，要抓安全"));
    assert!(
        seq.contains("首先，要抓落实") && seq.contains("最后，要抓作风"),
        "{seq}"
    );

    let (added, at) = add_section(SPEECH, section_index(SPEECH, "二、问题"));
    let l = labels(&added);
    assert_eq!(l[10], "  三、【新一节标题1】");
    assert_eq!(l[11], "  四、措施");
    assert!(added[at..].starts_with("三、【新一节标题1】"));
    let a = Analysis::new(&added);
    assert!(a.fields.iter().any(|f| f.key == "name:新一节标题1"));
}

#[test]
fn markdown_round_trip_keeps_the_structure() {
    for text in std::iter::once(SPEECH).chain(TEMPLATES.iter().map(|t| t.text)) {
        let md = to_markdown(text);
        let back = import_markdown(&md);
        assert_eq!(labels(&back), labels(text));
        assert_eq!(
            jianggao_engine::scan::scan(&back).placeholders.len(),
            jianggao_engine::scan::scan(text).placeholders.len()
        );
    }
    let md = to_markdown(SPEECH);
    assert!(md.starts_with("# 在全镇项目观摩会上的讲话\n\n同志们：\n\n"));
    assert!(md.contains("\n\n## 一、成绩\n\n### （一）投资\n\n投资完成较好。"));
    assert!(md.contains("\n\n### 1.用地\n\n"), "{md}");
    // Markdown syntax in the text is escaped
    let md = to_markdown("标题\n\n投资**亿元，增长_%\n\n1. 开头\n");
    assert!(md.contains("投资\\*\\*亿元，增长\\_%"));
    assert!(md.contains("1\\. 开头"));
    assert_eq!(
        import_markdown(&md),
        "标题\n\n投资**亿元，增长_%\n\n1. 开头\n"
    );
}

#[test]
fn text_export() {
    let t = to_text(
        "标题\n同志们：\n正文一。\n一、节\n",
        TextOptions { indent: true },
    );
    assert_eq!(
        t,
        "标题\n\n同志们：\n\n\u{3000}\u{3000}正文一。\n\n\u{3000}\u{3000}一、节\n"
    );
    let t = to_text("标题\n正文。\n", TextOptions::default());
    assert_eq!(t, "标题\n\n正文。\n");
    assert_eq!(file_name("县长在x会上的讲话", "md"), "县长在x会上的讲话.md");
    assert_eq!(file_name("a/b:c?", "txt"), "a_b_c_.txt");
    assert_eq!(file_name("  ", "txt"), "讲稿.txt");
    assert_eq!(
        jianggao_engine::export::title_of("青山县在推进会上的讲话\n\n同志们：\n").as_deref(),
        Some("青山县在推进会上的讲话")
    );
    assert_eq!(jianggao_engine::export::title_of("同志们：\n正文。"), None);
}

#[test]
fn templates_are_of_the_genre_and_complete() {
    assert!(TEMPLATES.len() >= 3);
    for t in TEMPLATES {
        let chars = jianggao_engine::parse::count_chars(t.text);
        assert!(
            t.kind.typical_chars().contains(&chars),
            "{} has {chars}",
            t.id
        );
        let a = Analysis::new(t.text);
        assert_eq!(a.title(), Some(t.title));
        assert!(
            a.doc.diagnostics.is_empty(),
            "{}: {:?}",
            t.id,
            a.doc.diagnostics
        );
        let kinds: std::collections::BTreeSet<FieldKind> =
            a.scan.placeholders.iter().map(|p| p.kind).collect();
        for k in [FieldKind::Count, FieldKind::Money, FieldKind::Percent] {
            assert!(kinds.contains(&k), "{} lacks {k:?}", t.id);
        }
        assert!(
            a.fields
                .iter()
                .any(|f| f.name.is_some() && f.fact.is_none() && !f.occurrences.is_empty()),
            "{} has no named field",
            t.id
        );
        assert!(
            !a.fields[0].occurrences.is_empty(),
            "{} never uses the place",
            t.id
        );
        let sections = a
            .outline
            .iter()
            .filter(|o| o.kind == OutlineKind::Section && o.level == 1)
            .count();
        assert!(sections >= 3, "{}", t.id);
        // filling every field with a fitting value leaves no finding
        let mut values: Values = a
            .fields
            .iter()
            .map(|f| (f.key.clone(), sample_value(f).to_string()))
            .collect();
        values.insert("fact:level".into(), t.level.into());
        // the sample numbers are not meant to agree with each other
        let opts = CheckOptions {
            disabled: [jianggao_engine::RuleId::FigureMismatch].into(),
            ..Default::default()
        };
        let findings = check(&a, &values, &opts);
        assert!(findings.is_empty(), "{}: {:?}", t.id, findings);
        let filled = a.filled(&values);
        assert!(
            jianggao_engine::scan::scan(&filled).placeholders.is_empty(),
            "{filled}"
        );
    }
    let all_kinds: std::collections::BTreeSet<FieldKind> = TEMPLATES
        .iter()
        .flat_map(|t| jianggao_engine::scan::scan(t.text).placeholders)
        .map(|p| p.kind)
        .collect();
    for k in [
        FieldKind::Points,
        FieldKind::Rank,
        FieldKind::Month,
        FieldKind::Day,
        FieldKind::MonthRange,
        FieldKind::Person,
        FieldKind::Organization,
        FieldKind::Place,
        FieldKind::Quantity,
        FieldKind::Text,
    ] {
        assert!(all_kinds.contains(&k), "no template has {k:?}");
    }
}

/// A value that fits a field, as a writer would type it.
pub fn sample_value(f: &jianggao_engine::Field) -> &'static str {
    use jianggao_engine::Fact;
    match (f.fact, f.kind) {
        (Some(Fact::Level), _) => "县",
        (Some(Fact::Place), _) => "青山县",
        (_, FieldKind::Year) => "2026",
        (_, FieldKind::Month) => "6",
        (_, FieldKind::Day) => "18",
        (_, FieldKind::MonthRange) => "1-5",
        (_, FieldKind::Person) => "王明",
        (_, FieldKind::Organization) => "发改",
        (_, FieldKind::Place) => "东港",
        (_, FieldKind::Text) => "新材料",
        (_, FieldKind::Rank) => "3",
        _ => "12",
    }
}

#[test]
fn placeholder_rule_reports_leftovers_with_line_and_column() {
    let text = "标题\n\n全县x个项目，投资**亿元。\n💛[项目A]";
    let a = Analysis::new(text);
    let findings = check(&a, &Values::new(), &CheckOptions::default());
    let located = locate(text, &findings);
    let got: Vec<(usize, usize, &str)> =
        located.iter().map(|l| (l.line, l.column, l.text)).collect();
    assert_eq!(got, [(3, 3, "x"), (3, 10, "**"), (4, 2, "[项目A]")]);
    assert!(located.iter().all(|l| l.rule == "placeholder"));
    assert_eq!(findings[0].message, "未填写的数量“x个”：全县（个）项目");
    // filled ones are gone; a bad value is its own finding
    let mut v = Values::new();
    v.insert("#1".into(), "十二".into());
    v.insert("#2".into(), "3".into());
    let f = check(&a, &v, &CheckOptions::default());
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].rule, "field-value");
    assert!(
        f[0].message.contains("请填阿拉伯数字：12"),
        "{}",
        f[0].message
    );
    // a rule switched off gives nothing
    let opts = CheckOptions {
        disabled: [jianggao_engine::RuleId::Placeholder].into(),
        ..Default::default()
    };
    assert!(check(&a, &Values::new(), &opts).is_empty());
}

#[test]
fn session_undo_redo_and_grouping() {
    let mut s = Session::new(Default::default());
    s.apply(Action::Load {
        text: "x个项目".into(),
        values: Values::new(),
    });
    s.apply(Action::SetValue {
        key: "#1".into(),
        value: "1".into(),
    });
    s.apply(Action::SetValue {
        key: "#1".into(),
        value: "12".into(),
    });
    s.apply(Action::EditText {
        text: "共x个项目".into(),
        cursor: 3,
        at_ms: 0.0,
        kind: EditKind::Typing,
    });
    s.apply(Action::EditText {
        text: "共计x个项目".into(),
        cursor: 6,
        at_ms: 200.0,
        kind: EditKind::Typing,
    });
    assert_eq!(s.draft.values.get("#1").map(String::as_str), Some("12"));
    assert!(s.apply(Action::Undo));
    assert_eq!(s.draft.text, "x个项目", "typing is one undo step");
    assert!(s.apply(Action::Undo));
    assert!(s.draft.values.is_empty(), "typing a value is one step");
    assert!(s.apply(Action::Redo));
    assert_eq!(s.draft.values.get("#1").map(String::as_str), Some("12"));
    assert!(s.apply(Action::Undo));
    assert!(s.apply(Action::Undo));
    assert_eq!(s.draft.text, "");
    assert!(!s.apply(Action::Undo));
    s.apply(Action::SetRate(500));
    assert_eq!(s.draft.rate, 270);
}

#[test]
fn a_no_break_space_at_a_paragraph_start_survives_markdown() {
    // found by a long property run (JIANGGAO_FUZZ=180, tests/props.rs)
    use jianggao_engine::export::{import_markdown, to_markdown, to_text, TextOptions};
    let text = "在全县重点项目推进会上的讲话\n\n同志们：\n\n\u{a0}$\n\n一、认清形势\n\n\n\n一、认清形势\n\n";
    assert_eq!(
        import_markdown(&to_markdown(text)),
        to_text(text, TextOptions { indent: false })
    );
}

/// A page's site words the clean kept above the title (`购物车`, `会员中心`) are neither the
/// speech's title nor its sections: the outline starts at the line that reads as the title.
#[test]
fn site_words_before_the_title_are_not_the_outline() {
    let text = "购物车\n会员中心\n\n在全镇项目观摩会上的讲话\n\n同志们：\n\n今天我们召开观摩会。\n\n一、成绩\n\n投资完成较好。\n\n二、措施\n\n要抓落实。\n";
    let l = labels(text);
    assert_eq!(l[0], "在全镇项目观摩会上的讲话", "{l:?}");
    assert!(
        !l.iter()
            .any(|s| s.contains("购物车") || s.contains("会员中心")),
        "{l:?}"
    );
    assert_eq!(
        l.iter().filter(|s| s.starts_with("  ")).count(),
        2,
        "the two sections: {l:?}"
    );
    let doc = parse(text);
    assert_eq!(
        doc.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Title)
            .count(),
        1
    );
    // a first line that is the title stays the title, with no title word to find
    assert_eq!(labels(SPEECH)[0], "在全镇项目观摩会上的讲话");
    let plain = "项目推进会讲话要点\n\n同志们：\n\n今天开会。\n";
    assert_eq!(labels(plain)[0], "项目推进会讲话要点");
}
