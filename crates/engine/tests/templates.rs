//! The built-in templates: what holds for every one of them, whatever its kind — a set that
//! covers the genre, the shape of a speech (or of a host's script), the global facts, named
//! fields, typed placeholders, no check finding but leftovers, and nothing left once filled.

use jianggao_engine::check::check;
use jianggao_engine::parse::{cn_numeral, cn_value, count_chars, BlockKind, OutlineKind};
use jianggao_engine::templates::{template, Template, TemplateKind, TEMPLATES};
use jianggao_engine::{Analysis, CheckOptions, Fact, Field, FieldKind, RuleId, Values};
use std::collections::BTreeSet;

fn each(mut f: impl FnMut(&Template, &Analysis)) {
    for t in TEMPLATES {
        f(t, &Analysis::new(t.text));
    }
}

/// The global facts of a draft made from this template, as the writer fills them once.
fn facts(t: &Template) -> Values {
    [
        (Fact::Place, format!("青山{}", t.level)),
        (Fact::Level, t.level.to_string()),
        (Fact::Year, "2026".to_string()),
        (Fact::Meeting, "重大项目建设推进会".to_string()),
        (Fact::Speaker, "李华".to_string()),
    ]
    .into_iter()
    .map(|(f, v)| (f.key().to_string(), v))
    .collect()
}

/// A value a writer would type into this field.
fn plausible(f: &Field) -> &'static str {
    match f.kind {
        FieldKind::Count => "12",
        FieldKind::Money => "8.5",
        FieldKind::Percent => "35",
        FieldKind::Points => "1.2",
        FieldKind::Rank => "3",
        FieldKind::Year => "2026",
        FieldKind::Month => "6",
        FieldKind::Day => "18",
        FieldKind::MonthRange => "1-5",
        FieldKind::Quantity => "120",
        FieldKind::Person => "王明",
        FieldKind::Organization => "发改",
        FieldKind::Place => "青石",
        FieldKind::Text => "新材料",
    }
}

#[test]
fn eight_templates_with_unique_ids_cover_the_genre() {
    assert!(TEMPLATES.len() >= 8, "only {} templates", TEMPLATES.len());
    let ids: BTreeSet<&str> = TEMPLATES.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), TEMPLATES.len(), "duplicate ids");
    let titles: BTreeSet<&str> = TEMPLATES.iter().map(|t| t.title).collect();
    assert_eq!(titles.len(), TEMPLATES.len(), "duplicate titles");
    for t in TEMPLATES {
        assert!(
            t.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}: ids are kebab-case",
            t.id
        );
        assert_eq!(template(t.id), Some(t));
        assert!(["县", "区", "市"].contains(&t.level), "{}", t.id);
        assert!(
            t.title.contains(t.level),
            "{}: the title speaks at its level",
            t.id
        );
        assert!(
            !t.description.is_empty() && !t.description.contains('\n'),
            "{}: a one-line description",
            t.id
        );
        assert!(t.title.ends_with(t.kind.label()), "{}", t.id);
    }
    // the genre's types, and the promotion speech at every level
    let has = |kind: TemplateKind, word: &str, level: Option<&str>| {
        TEMPLATES
            .iter()
            .any(|t| t.kind == kind && t.title.contains(word) && level.is_none_or(|l| t.level == l))
    };
    for level in ["县", "区", "市"] {
        assert!(
            has(TemplateKind::Speech, "推进会", Some(level)),
            "no {level} 推进会"
        );
    }
    assert!(has(TemplateKind::Speech, "调度会", None));
    assert!(has(TemplateKind::Speech, "观摩会", None));
    assert!(has(TemplateKind::Address, "开工仪式", None));
    assert!(has(TemplateKind::Address, "签约仪式", None));
    assert!(has(TemplateKind::HostScript, "推进会", None));
}

#[test]
fn each_has_a_title_an_address_and_a_length_of_its_kind() {
    each(|t, a| {
        assert!(
            a.doc.diagnostics.is_empty(),
            "{}: {:?}",
            t.id,
            a.doc.diagnostics
        );
        assert_eq!(a.title(), Some(t.title), "{}", t.id);
        assert_eq!(a.outline[0].kind, OutlineKind::Title, "{}", t.id);
        assert!(
            a.outline.iter().any(|o| o.kind == OutlineKind::Salutation),
            "{}: no 称谓",
            t.id
        );
        assert!(
            a.outline.iter().any(|o| o.kind == OutlineKind::Opening),
            "{}: no opening",
            t.id
        );
        let chars = count_chars(t.text);
        assert!(
            t.kind.typical_chars().contains(&chars),
            "{}: {chars} chars, a {} runs {:?}",
            t.id,
            t.kind.label(),
            t.kind.typical_chars()
        );
        match t.kind {
            TemplateKind::HostScript => {
                // the host opens the meeting and closes it
                let opening = a
                    .doc
                    .blocks
                    .iter()
                    .find(|b| b.kind == BlockKind::Paragraph)
                    .map(|b| &t.text[b.content.clone()]);
                assert_eq!(opening, Some("现在开会。"), "{}", t.id);
                let last = a.doc.blocks.last().map(|b| &t.text[b.content.clone()]);
                assert!(
                    last.is_some_and(|l| l.contains("会议到此结束") && l.ends_with("散会！")),
                    "{}: ends with {last:?}",
                    t.id
                );
            }
            _ => assert_eq!(
                a.outline.last().map(|o| o.kind),
                Some(OutlineKind::Closing),
                "{}: no closing",
                t.id
            ),
        }
    });
}

#[test]
fn each_has_the_outline_of_its_kind() {
    each(|t, a| {
        let top: Vec<_> = a
            .outline
            .iter()
            .filter(|o| o.kind == OutlineKind::Section && o.level == 1)
            .collect();
        match t.kind {
            TemplateKind::Speech => {
                assert!(top.len() >= 3, "{}: {} sections", t.id, top.len());
                // every section but a short one has sub-points
                let with_points = top
                    .iter()
                    .filter(|s| {
                        a.outline.iter().any(|o| {
                            o.level == 2
                                && s.range.start < o.range.start
                                && o.range.end <= s.range.end
                        })
                    })
                    .count();
                assert!(
                    with_points >= 2,
                    "{}: sub-points in {with_points} sections",
                    t.id
                );
            }
            TemplateKind::Address => {
                assert!(top.len() >= 3, "{}: {} points", t.id, top.len());
            }
            TemplateKind::HostScript => {
                // the agenda announced (会议共有四项议程：一是…四是…) is the agenda called
                let agenda = a
                    .doc
                    .blocks
                    .iter()
                    .find(|b| t.text[b.content.clone()].contains("项议程："))
                    .unwrap_or_else(|| panic!("{}: no agenda", t.id));
                let line = &t.text[agenda.content.clone()];
                let at = line.find("项议程：").unwrap_or(0);
                let word: String = line[..at]
                    .chars()
                    .rev()
                    .take_while(|c| "一二三四五六七八九十".contains(*c))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let n = cn_value(&word).unwrap_or(0) as usize;
                assert!(n >= 3, "{}: agenda of {n} items", t.id);
                assert_eq!(agenda.leads.len(), n, "{}: items listed", t.id);
                assert_eq!(top.len(), n, "{}: items called", t.id);
                for (i, s) in top.iter().enumerate() {
                    let body = &t.text[s.range.clone()];
                    let item = format!("第{}项议程", cn_numeral(i as u32 + 1));
                    assert!(
                        body.contains(&item),
                        "{}: {} does not call {item}",
                        t.id,
                        s.label
                    );
                    assert!(
                        body.contains('请'),
                        "{}: {} hands over to no one",
                        t.id,
                        s.label
                    );
                }
                assert!(t.text.contains("大家欢迎"), "{}", t.id);
            }
        }
    });
}

#[test]
fn each_uses_the_global_facts_and_a_named_field() {
    each(|t, a| {
        let used = |fact: Fact| {
            a.fields
                .iter()
                .any(|f| f.fact == Some(fact) && !f.occurrences.is_empty())
        };
        for fact in [Fact::Place, Fact::Year, Fact::Meeting] {
            assert!(used(fact), "{} never uses 【{}】", t.id, fact.name());
        }
        if t.kind == TemplateKind::HostScript {
            assert!(used(Fact::Speaker), "{}: who speaks?", t.id);
        }
        assert!(
            a.fields
                .iter()
                .any(|f| f.fact.is_none() && f.name.is_some() && !f.occurrences.is_empty()),
            "{} has no named field",
            t.id
        );
        // the year is a fact, never a number left from an old speech
        let digits = t
            .text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
        assert!(!digits, "{}: a hard-coded year", t.id);
        for stale in ["十二五", "十三五", "十四五"] {
            assert!(!t.text.contains(stale), "{}: {stale}", t.id);
        }
    });
}

#[test]
fn each_has_typed_placeholders() {
    each(|t, a| {
        let n = a.scan.placeholders.len();
        let kinds: BTreeSet<FieldKind> = a.scan.placeholders.iter().map(|p| p.kind).collect();
        assert!(n >= 10, "{}: {n} placeholders", t.id);
        assert!(kinds.len() >= 4, "{}: kinds {kinds:?}", t.id);
        for k in [FieldKind::Count, FieldKind::Money] {
            assert!(kinds.contains(&k), "{}: no {k:?}", t.id);
        }
    });
}

#[test]
fn with_the_facts_filled_only_leftovers_are_found() {
    each(|t, a| {
        let findings = check(a, &facts(t), &CheckOptions::default());
        let other: Vec<_> = findings
            .iter()
            .filter(|f| f.rule != RuleId::Placeholder)
            .map(|f| format!("{} “{}”：{}", f.rule, f.text(&a.text), f.message))
            .collect();
        assert!(other.is_empty(), "{}: {other:#?}", t.id);
        assert!(
            findings.len() >= 10,
            "{}: {} leftovers",
            t.id,
            findings.len()
        );
    });
}

#[test]
fn filling_every_field_leaves_nothing_open() {
    each(|t, a| {
        let mut values = facts(t);
        for f in a.fields.iter().filter(|f| f.fact.is_none()) {
            values.insert(f.key.clone(), plausible(f).to_string());
        }
        let findings = check(a, &values, &CheckOptions::default());
        let bad: Vec<_> = findings
            .iter()
            // the sample figures are not meant to agree with each other
            .filter(|f| f.rule != RuleId::FigureMismatch)
            .map(|f| format!("{} “{}”：{}", f.rule, f.text(&a.text), f.message))
            .collect();
        assert!(bad.is_empty(), "{}: {bad:#?}", t.id);
        let filled = a.filled(&values);
        assert!(
            jianggao_engine::scan::scan(&filled).placeholders.is_empty(),
            "{}: {filled}",
            t.id
        );
        assert!(filled.contains(&format!("青山{}", t.level)), "{}", t.id);
        assert!(!filled.contains("例如"), "{}: a hint is left", t.id);
    });
}
