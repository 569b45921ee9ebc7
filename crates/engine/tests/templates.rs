//! The built-in templates: what holds for every one of them, whatever its kind — a set that
//! covers the genre, the shape of a speech (or of a host's script), the global facts, named
//! fields, typed placeholders, no check finding but leftovers, and nothing left once filled.

use jianggao_engine::check::check;
use jianggao_engine::docx::{paragraphs, to_docx, Preset};
use jianggao_engine::parse::{cn_numeral, cn_value, count_chars, BlockKind, OutlineKind};
use jianggao_engine::templates::{
    template, Template, TemplateEvent, TemplateKind, LEVELS, TEMPLATES,
};
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

/// A value a writer would type into this field, in a speech given in November: the figures
/// run to October (`1-x月`), the deadlines fall in December (`x月底前`, `x月x日前`).
fn plausible(a: &Analysis, f: &Field) -> &'static str {
    if f.kind == FieldKind::Month {
        let p = f.occurrences.first().map(|&i| &a.scan.placeholders[i]);
        let (before, after) =
            p.map_or(("", ""), |p| (&a.text[..p.raw.start], &a.text[p.raw.end..]));
        let deadline = after
            .split(['，', '。', '；'])
            .next()
            .unwrap_or("")
            .contains('前');
        return if before.ends_with('-') || before.ends_with('—') {
            "10"
        } else if deadline {
            "12"
        } else {
            "11"
        };
    }
    if f.unit == Some("个月") {
        return "2";
    }
    match f.kind {
        FieldKind::Count => "12",
        FieldKind::Money => "8.5",
        FieldKind::Percent => "35",
        FieldKind::Points => "1.2",
        FieldKind::Rank => "3",
        FieldKind::Year => "2026",
        FieldKind::Month => "11",
        FieldKind::Day => "18",
        FieldKind::MonthRange => "1-10",
        FieldKind::Quantity => "120",
        FieldKind::Person => "王明",
        FieldKind::Organization => "发改",
        FieldKind::Place => "青石",
        FieldKind::Text => "新材料",
    }
}

#[test]
fn twelve_templates_with_unique_ids_cover_the_genre() {
    assert!(TEMPLATES.len() >= 12, "only {} templates", TEMPLATES.len());
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
        assert!(LEVELS.contains(&t.level), "{}", t.id);
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
        // its event is the one its title names; a host's script is its own group
        assert!(
            t.event.title_words().iter().any(|w| t.title.contains(w)),
            "{}: titled “{}” but grouped as {}",
            t.id,
            t.title,
            t.event.label()
        );
        assert_eq!(
            t.event == TemplateEvent::Hosting,
            t.kind == TemplateKind::HostScript,
            "{}",
            t.id
        );
        let others = TemplateEvent::ALL.iter().filter(|e| **e != t.event);
        for e in others.filter(|e| **e != TemplateEvent::Hosting) {
            assert!(
                t.event == TemplateEvent::Hosting
                    || !e.title_words().iter().any(|w| t.title.contains(w)),
                "{}: also titled as a {}",
                t.id,
                e.label()
            );
        }
    }
    // every event of the picker has a template, and the levels under the county a promotion
    // meeting
    for e in TemplateEvent::ALL {
        assert!(
            TEMPLATES.iter().any(|t| t.event == e),
            "no template of {}",
            e.label()
        );
    }
    assert!(
        TEMPLATES.iter().any(|t| t.level == "镇"),
        "no 乡镇 template"
    );
    // the genre's types, and the promotion speech at every level
    let has = |kind: TemplateKind, word: &str, level: Option<&str>| {
        TEMPLATES
            .iter()
            .any(|t| t.kind == kind && t.title.contains(word) && level.is_none_or(|l| t.level == l))
    };
    for level in LEVELS {
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
    assert!(has(TemplateKind::Address, "竣工投产仪式", None));
    assert!(has(TemplateKind::Address, "推介会", None));
    assert!(has(TemplateKind::Speech, "动员会", None));
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
            values.insert(f.key.clone(), plausible(a, f).to_string());
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

/// Every field filled as a writer would: a typed value for each, then the figures a check
/// computes from others (a rate from its counts) taken as it offers them, as a writer takes the
/// one-click fix. None when a finding is left that the fill cannot settle.
fn fill_all(t: &Template, a: &Analysis) -> Values {
    let mut values = facts(t);
    for f in a.fields.iter().filter(|f| f.fact.is_none()) {
        values.insert(f.key.clone(), plausible(a, f).to_string());
    }
    for _ in 0..8 {
        let mut changed = false;
        for finding in check(a, &values, &CheckOptions::default()) {
            let Some(fix) = finding
                .fix
                .filter(|_| finding.rule == RuleId::FigureMismatch)
            else {
                continue;
            };
            let field = a.fields.iter().find(|f| {
                f.fact.is_none()
                    && f.occurrences.iter().any(|&i| {
                        let p = &a.scan.placeholders[i];
                        p.raw.start <= finding.span.start && finding.span.end <= p.raw.end
                    })
            });
            if let Some(f) = field {
                if values.get(&f.key).map(String::as_str) != Some(&*fix) {
                    values.insert(f.key.clone(), fix.to_string());
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    values
}

/// The text of a store-only ZIP's `word/document.xml`, its tags dropped and entities read.
fn docx_text(z: &[u8]) -> String {
    let at = |i: usize, n: usize| (0..n).fold(0usize, |v, k| v | (z[i + k] as usize) << (8 * k));
    let end = z.len() - 22;
    assert_eq!(at(end, 4), 0x0605_4B50, "no end record");
    let mut c = at(end + 16, 4);
    for _ in 0..at(end + 10, 2) {
        assert_eq!(at(c, 4), 0x0201_4B50, "central record");
        let (size, name_len, local) = (at(c + 24, 4), at(c + 28, 2), at(c + 42, 4));
        let name = &z[c + 46..c + 46 + name_len];
        if name == b"word/document.xml" {
            let data = local + 30 + at(local + 26, 2) + at(local + 28, 2);
            let xml = std::str::from_utf8(&z[data..data + size]).expect("UTF-8");
            let mut text = String::new();
            let mut in_tag = false;
            for ch in xml.chars() {
                match ch {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => text.push(ch),
                    _ => {}
                }
            }
            return text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        }
        c += 46 + name_len + at(c + 30, 2) + at(c + 32, 2);
    }
    panic!("no word/document.xml")
}

#[test]
fn each_exports_to_word_with_every_field_filled_and_no_finding() {
    each(|t, a| {
        let values = fill_all(t, a);
        assert!(
            a.fields
                .iter()
                .all(|f| values.get(&f.key).is_some_and(|v| !v.is_empty())
                    || f.occurrences.is_empty()),
            "{}: a field left empty",
            t.id
        );
        let findings = check(a, &values, &CheckOptions::default());
        let all: Vec<_> = findings
            .iter()
            .map(|f| {
                format!(
                    "{} {:?} “{}”：{}",
                    f.rule,
                    f.severity,
                    f.text(&a.text),
                    f.message
                )
            })
            .collect();
        assert!(all.is_empty(), "{}: {all:#?}", t.id);
        // the filled draft, analysed afresh as the app does after the fill, is clean too
        let filled = a.filled(&values);
        let again = Analysis::new(&filled);
        let after: Vec<_> = check(&again, &facts(t), &CheckOptions::default())
            .iter()
            .map(|f| format!("{} “{}”：{}", f.rule, f.text(&filled), f.message))
            .collect();
        assert!(after.is_empty(), "{}: {after:#?}", t.id);
        for preset in Preset::ALL {
            let word = docx_text(&to_docx(&filled, preset));
            for p in paragraphs(&filled) {
                assert!(word.contains(&p.text), "{} {preset:?}: {}", t.id, p.text);
            }
            assert!(
                word.trim_start().starts_with(t.title),
                "{} {preset:?}: {}",
                t.id,
                word.chars().take(60).collect::<String>()
            );
            assert!(
                jianggao_engine::scan::scan(&word).placeholders.is_empty(),
                "{} {preset:?}: a placeholder in the Word file",
                t.id
            );
            assert!(word.contains(&format!("青山{}", t.level)), "{}", t.id);
        }
    });
}
