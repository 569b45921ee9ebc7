//! Views of the engine's results for the leaf components: plain functions from an
//! [`Analysis`], the values and the findings to the view-models the components draw.
//!
//! Nothing here touches the browser, so every builder is tested natively (`cargo test -p
//! jianggao-app`). Nothing here decides what a placeholder is or whether a value fits: that
//! comes from the engine.

use crate::components::checks::FindingView;
use crate::components::editor::Mark;
use crate::components::fields::FieldView;
use crate::components::outline::OutlineView;
use crate::components::preview::Segment;
use jianggao_engine::decimal;
use jianggao_engine::fields::{fill_edits, validate, Fact};
use jianggao_engine::order::{pack, sort_by_u64};
use jianggao_engine::parse::OutlineKind;
use jianggao_engine::scan::context;
use jianggao_engine::text::LineIndex;
use jianggao_engine::timing::Fit;
use jianggao_engine::{length, Analysis, Finding, Length, Values};
use std::collections::BTreeMap;

/// A finding that must be dealt with before the speech is read: an unfilled placeholder, a cut.
pub fn is_leftover(f: &Finding) -> bool {
    f.rule.is_leftover()
}

/// How many leftovers the header counts and the export dialog names.
pub fn leftover_count(findings: &[Finding]) -> usize {
    findings.iter().filter(|f| is_leftover(f)).count()
}

/// A finding underlined in the editor where it is: not a placeholder (those are marked as
/// fields), not a field's value (shown at the field) and not the length (about the whole).
fn is_underlined(f: &Finding) -> bool {
    f.rule.meta().marks_text
}

/// The field views: facts first, then the fields present in the text, in document order.
pub fn field_views(a: &Analysis, values: &Values) -> Vec<FieldView> {
    a.fields
        .iter()
        .filter(|f| f.fact.is_some() || !f.occurrences.is_empty())
        .map(|f| {
            let value = values.get(&f.key).cloned().unwrap_or_default();
            let first = f
                .occurrences
                .first()
                .and_then(|&i| a.scan.placeholders.get(i));
            let (before, after) = first
                .map(|p| context(&a.text, &p.raw, 12))
                .unwrap_or_default();
            FieldView {
                key: f.key.clone(),
                label: f.label.clone(),
                kind: if f.fact == Some(Fact::Level) {
                    "县/区/市"
                } else {
                    f.kind.label()
                },
                // the serde name (`count`, `money`…), without serde_json's Value in the wasm
                kind_id: serde_json::to_string(&f.kind)
                    .map(|s| s.trim_matches('"').to_string())
                    .unwrap_or_default(),
                unit: f.unit,
                before,
                raw: f.raw.clone(),
                after,
                hint: f.hint.clone(),
                problem: validate(f, &value).map(|p| (p.severity, p.message, p.suggestion)),
                value,
                is_fact: f.fact.is_some(),
                first: first.map(|p| (p.raw.start, p.raw.end)),
                count: f.occurrences.len(),
            }
        })
        .collect()
}

/// The filled text as segments: values where fields are filled, leftovers marked.
pub fn preview_segments(a: &Analysis, values: &Values) -> Vec<Segment> {
    let mut edits: BTreeMap<usize, String> = BTreeMap::new();
    for (span, v) in fill_edits(&a.scan, &a.fields, values) {
        edits.insert(span.start, v);
    }
    let mut out = Vec::with_capacity(a.scan.placeholders.len() * 2 + 1);
    let mut pos = 0;
    for p in &a.scan.placeholders {
        if p.span.start < pos {
            continue;
        }
        out.push(Segment::Plain(a.text[pos..p.span.start].to_string()));
        match edits.get(&p.span.start) {
            Some(v) => out.push(Segment::Filled(v.clone())),
            None => out.push(Segment::Open(a.text[p.span.clone()].to_string())),
        }
        pos = p.span.end;
    }
    out.push(Segment::Plain(a.text[pos..].to_string()));
    out
}

/// The editor's marks: every placeholder (filled or open; `active` when it belongs to the
/// field whose first placeholder starts at byte `active`), then the other findings underlined
/// where they are. Sorted, empty and overlapping marks left out (the first, longest wins).
pub fn marks(
    a: &Analysis,
    values: &Values,
    findings: &[Finding],
    active: Option<usize>,
) -> Vec<Mark> {
    let active_key = active.and_then(|s| {
        a.scan
            .placeholders
            .iter()
            .position(|p| p.raw.start == s)
            .and_then(|i| a.field_of(i))
            .map(|f| f.key.as_str())
    });
    let mut all: Vec<Mark> = a
        .scan
        .placeholders
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let field = a.field_of(i);
            let value = field
                .and_then(|f| values.get(&f.key))
                .filter(|v| !v.trim().is_empty());
            Mark {
                span: p.raw.clone(),
                issue: false,
                filled: value.is_some(),
                active: active_key.is_some() && field.map(|f| f.key.as_str()) == active_key,
                source: false,
                title: match value {
                    Some(v) => format!("{}：{}", p.label, v),
                    None => format!("{}（未填）", p.label),
                },
            }
        })
        .collect();
    all.extend(findings.iter().filter(|f| is_underlined(f)).map(|f| Mark {
        span: f.span.clone(),
        filled: false,
        active: false,
        issue: true,
        source: false,
        title: f.message.to_string(),
    }));
    sort_by_u64(&mut all, |m| {
        pack(m.span.start, u32::MAX as usize - m.span.end)
    });
    let mut out: Vec<Mark> = Vec::with_capacity(all.len());
    for m in all {
        if out.last().is_none_or(|l| l.span.end <= m.span.start) && !m.span.is_empty() {
            out.push(m);
        }
    }
    out
}

/// The sentences still word for word the imported text, marked (instead of the placeholders
/// and findings) while the writer asks to see them.
pub fn source_marks(u: &jianggao_engine::baseline::Unchanged) -> Vec<Mark> {
    u.sentences
        .iter()
        .map(|s| Mark {
            span: s.span.clone(),
            filled: false,
            active: false,
            issue: false,
            source: true,
            title: "仍是原文，未改写".into(),
        })
        .collect()
}

/// The outline's items, each with its length and speaking time at `rate`.
pub fn outline_views(a: &Analysis, rate: u32) -> Vec<OutlineView> {
    a.outline
        .iter()
        .map(|it| OutlineView {
            label: it.label.clone(),
            level: it.level,
            is_section: it.kind == OutlineKind::Section,
            start: it.range.start,
            chars: it.chars,
            minutes: length(&a.text[it.range.clone()], rate).minutes,
        })
        .collect()
}

/// The checks list: each finding with its line (from 1) in `text`.
/// Findings as the checks panel lists them: errors first, then warnings, then info, each in
/// text order (the engine gives text order; the sort is stable).
pub fn by_severity(mut findings: Vec<Finding>) -> Vec<Finding> {
    sort_by_u64(&mut findings, |f| f.severity as u64);
    findings
}

pub fn finding_views(text: &str, findings: &[Finding]) -> Vec<FindingView> {
    let idx = LineIndex::new(text);
    findings
        .iter()
        .map(|f| FindingView {
            rule: f.rule,
            severity: f.severity,
            message: f.message.to_string(),
            line: idx.line(f.span.start),
            span: (f.span.start, f.span.end),
            fix: f.fix.as_deref().map(str::to_string),
            safe: f.safe,
        })
        .collect()
}

/// The note after the speaking time: how it stands against the target length.
/// The tolerance is the engine's ([`jianggao_engine::timing::TOLERANCE`]), as rule `length` uses.
pub fn target_note(minutes: f64, target: Option<f64>) -> Option<String> {
    let length = Length { chars: 0, minutes };
    let (short, one) = (decimal::shortest, |d| decimal::fixed(d, 1));
    target.map(|t| match length.fit(t) {
        Fit::OnTarget => format!("（目标{}分钟，合适）", short(t)),
        Fit::Over(d) => format!("（目标{}分钟，超出{}）", short(t), one(d)),
        Fit::Under(d) => format!("（目标{}分钟，不足{}）", short(t), one(d)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jianggao_engine::check::check;
    use jianggao_engine::templates::TEMPLATES;
    use jianggao_engine::CheckOptions;
    use jianggao_engine::Severity;

    /// A small speech: a named field twice, a count, an amount, a percent, a stale year.
    const SPEECH: &str = "县长在全县重大项目推进会上的讲话\n\n同志们：\n\n一、总体情况\n\n\
        今年全县共谋划重点项目x个，总投资xx亿元，其中[具体项目1]进展最快。\n\n\
        二、下一步工作\n\n开工率要达到X%，[具体项目1]要在2021年前建成。\n";

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn joined(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Filled(t) | Segment::Open(t) => t.as_str(),
            })
            .collect()
    }

    #[test]
    fn field_views_list_facts_first_then_fields_in_order() {
        let a = Analysis::new(SPEECH);
        let v = field_views(&a, &values(&[("fact:level", "县"), ("#1", "12")]));
        let keys: Vec<&str> = v.iter().map(|f| f.key.as_str()).collect();
        let facts = v.iter().take_while(|f| f.is_fact).count();
        assert_eq!(facts, 5, "{keys:?}");
        assert!(v[facts..].iter().all(|f| !f.is_fact), "{keys:?}");
        assert_eq!(
            &keys[..facts],
            [
                "fact:place",
                "fact:level",
                "fact:year",
                "fact:meeting",
                "fact:speaker"
            ]
        );
        // then the text's fields in document order: x个, xx亿元, [具体项目1] (once), X%
        let rest: Vec<(&str, &str, &str)> = v[facts..]
            .iter()
            .map(|f| (f.raw.as_str(), f.kind_id.as_str(), f.kind))
            .collect();
        assert_eq!(
            rest,
            [
                ("x", "count", "数量"),
                ("xx", "money", "金额"),
                ("[具体项目1]", "text", "文字"),
                ("X", "percent", "百分比")
            ]
        );
    }

    #[test]
    fn field_view_carries_label_context_value_problem_and_place() {
        let a = Analysis::new(SPEECH);
        let v = field_views(
            &a,
            &values(&[("fact:level", "州"), ("#1", "12"), ("#2", "abc")]),
        );
        let level = v.iter().find(|f| f.key == "fact:level").unwrap();
        assert_eq!(level.kind, "县/区/市");
        assert_eq!(level.value, "州");
        assert_eq!(level.first, None);
        assert!(matches!(&level.problem, Some((Severity::Error, m, _)) if m.contains("县")));

        let count = v.iter().find(|f| f.raw == "x").unwrap();
        assert_eq!(count.unit, Some("个"));
        assert!(count.label.contains('个'), "{}", count.label);
        assert!(count.before.ends_with("重点项目"), "{}", count.before);
        assert!(count.after.starts_with("个，总投资"), "{}", count.after);
        assert_eq!(count.value, "12");
        assert_eq!(count.problem, None);
        let x = SPEECH.find("x个").unwrap();
        assert_eq!(count.first, Some((x, x + 1)));

        let money = v.iter().find(|f| f.raw == "xx").unwrap();
        assert!(
            matches!(&money.problem, Some((Severity::Error, _, _))),
            "letters in an amount: {:?}",
            money.problem
        );

        let named = v.iter().find(|f| f.key == "name:具体项目1").unwrap();
        assert_eq!(named.count, 2);
        assert_eq!(named.value, "");
    }

    #[test]
    fn field_views_of_every_template_start_with_the_five_facts() {
        for t in TEMPLATES {
            let a = Analysis::new(t.text);
            let v = field_views(&a, &Values::new());
            assert!(v.len() > 10, "{}: {} fields", t.id, v.len());
            assert!(v[..5].iter().all(|f| f.is_fact), "{}", t.id);
            assert!(
                v[5..].iter().all(|f| !f.is_fact && f.first.is_some()),
                "{}",
                t.id
            );
            for f in &v[5..] {
                let (s, e) = f.first.unwrap();
                assert_eq!(&t.text[s..e], f.raw, "{}: {}", t.id, f.key);
                assert!(!f.label.is_empty() && !f.kind.is_empty() && !f.kind_id.is_empty());
            }
            let firsts: Vec<usize> = v[5..].iter().map(|f| f.first.unwrap().0).collect();
            assert!(
                firsts.windows(2).all(|w| w[0] < w[1]),
                "{}: document order",
                t.id
            );
        }
    }

    #[test]
    fn preview_segments_concatenate_to_the_filled_text() {
        for t in TEMPLATES {
            let a = Analysis::new(t.text);
            let none = preview_segments(&a, &Values::new());
            assert_eq!(joined(&none), t.text, "{}: nothing filled", t.id);
            assert!(!none.iter().any(|s| matches!(s, Segment::Filled(_))));

            // fill every other field
            let vals: Values = field_views(&a, &Values::new())
                .iter()
                .filter(|f| !f.is_fact)
                .step_by(2)
                .map(|f| (f.key.clone(), "甲".to_string()))
                .collect();
            let some = preview_segments(&a, &vals);
            assert_eq!(joined(&some), a.filled(&vals), "{}", t.id);
            let filled = some
                .iter()
                .filter(|s| matches!(s, Segment::Filled(_)))
                .count();
            let open = some
                .iter()
                .filter(|s| matches!(s, Segment::Open(_)))
                .count();
            assert!(
                filled > 0 && open > 0,
                "{}: {filled} filled, {open} open",
                t.id
            );
        }
    }

    #[test]
    fn preview_marks_values_and_leftovers() {
        let a = Analysis::new(SPEECH);
        let s = preview_segments(&a, &values(&[("#1", "12"), ("name:具体项目1", "东港大桥")]));
        let marked: Vec<&Segment> = s
            .iter()
            .filter(|s| !matches!(s, Segment::Plain(_)))
            .collect();
        assert_eq!(
            marked,
            [
                &Segment::Filled("12".into()),
                &Segment::Open("xx".into()),
                &Segment::Filled("东港大桥".into()),
                &Segment::Open("X".into()),
                &Segment::Filled("东港大桥".into()),
            ]
        );
    }

    #[test]
    fn marks_sit_on_the_placeholders_and_the_findings() {
        let a = Analysis::new(SPEECH);
        let vals = values(&[("name:具体项目1", "东港大桥"), ("fact:year", "2026")]);
        let findings = check(&a, &vals, &CheckOptions::default());
        let project = SPEECH.find("[具体项目1]").unwrap();
        let m = marks(&a, &vals, &findings, Some(project));

        let ph: Vec<&Mark> = m.iter().filter(|m| !m.issue).collect();
        assert_eq!(ph.len(), a.scan.placeholders.len());
        for (mark, p) in ph.iter().zip(&a.scan.placeholders) {
            assert_eq!(mark.span, p.raw);
        }
        let texts: Vec<&str> = ph.iter().map(|m| &SPEECH[m.span.clone()]).collect();
        assert_eq!(texts, ["x", "xx", "[具体项目1]", "X", "[具体项目1]"]);
        let filled: Vec<bool> = ph.iter().map(|m| m.filled).collect();
        assert_eq!(filled, [false, false, true, false, true]);
        // focusing the named field lights both of its places
        let active: Vec<bool> = ph.iter().map(|m| m.active).collect();
        assert_eq!(active, [false, false, true, false, true]);
        assert!(ph[2].title.ends_with("：东港大桥"), "{}", ph[2].title);
        assert!(ph[0].title.ends_with("（未填）"), "{}", ph[0].title);

        // the stale year is underlined where it is; marks never overlap
        let year = SPEECH.find("2021").unwrap();
        let issues: Vec<&Mark> = m.iter().filter(|m| m.issue).collect();
        assert!(
            issues
                .iter()
                .any(|m| m.span.start <= year && year < m.span.end),
            "{issues:?}"
        );
        assert!(m.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        assert!(m.iter().all(|m| !m.span.is_empty()));
    }

    #[test]
    fn marks_leave_hints_unmarked() {
        let mut hinted = 0;
        for t in TEMPLATES {
            let a = Analysis::new(t.text);
            let m = marks(&a, &Values::new(), &[], None);
            assert_eq!(m.len(), a.scan.placeholders.len(), "{}", t.id);
            for (mark, p) in m.iter().zip(&a.scan.placeholders) {
                assert_eq!(mark.span, p.raw, "{}", t.id);
                assert!(!t.text[mark.span.clone()].contains("例如"), "{}", t.id);
                hinted += usize::from(p.span != p.raw);
            }
        }
        assert!(hinted > 0, "a template has a placeholder with a hint");
    }

    #[test]
    fn marks_never_overlap_the_first_one_stays() {
        let a = Analysis::new(SPEECH);
        let x = SPEECH.find("xx亿元").unwrap();
        let title = SPEECH.find("全县").unwrap();
        let finding = |rule: &str, span: std::ops::Range<usize>| {
            let rule = jianggao_engine::RuleId::from_id(rule).unwrap();
            Finding::new(rule, SPEECH, span, "看一下")
        };
        let findings = [
            // starts inside the placeholder `xx`: the placeholder keeps its mark
            finding("typography", x + 1..x + "xx亿".len()),
            // an empty span draws nothing, even where nothing else is
            finding("box", 3..3),
            // on the title's 全县: underlined
            finding("foreign-place", title..title + "全县".len()),
            // the length is about the whole speech, a field's value is shown at the field
            finding("length", 0..title),
            finding("field-value", title..title + 3),
        ];
        let m = marks(&a, &Values::new(), &findings, None);
        let issues: Vec<(usize, usize)> = m
            .iter()
            .filter(|m| m.issue)
            .map(|m| (m.span.start, m.span.end))
            .collect();
        assert_eq!(issues, [(title, title + "全县".len())]);
        assert_eq!(m.len(), a.scan.placeholders.len() + 1, "{m:?}");
        let at_x: Vec<&Mark> = m.iter().filter(|m| m.span.contains(&x)).collect();
        assert_eq!(at_x.len(), 1);
        assert_eq!((at_x[0].span.clone(), at_x[0].issue), (x..x + 2, false));
    }

    #[test]
    fn leftovers_count_the_open_placeholders() {
        let a = Analysis::new(SPEECH);
        let opts = CheckOptions::default();
        let year = values(&[("fact:year", "2026")]);
        let all = check(&a, &year, &opts);
        assert!(all.iter().any(|f| f.rule == "stale-time"), "{all:?}");
        assert_eq!(leftover_count(&all), 5);
        let vals = values(&[
            ("fact:year", "2026"),
            ("#1", "12"),
            ("name:具体项目1", "东港大桥"),
        ]);
        assert_eq!(leftover_count(&check(&a, &vals, &opts)), 2);
    }

    #[test]
    fn leftovers_are_open_slots_and_cuts_not_every_error() {
        // an open count and a paywall cut are leftovers; a □ and another place's name in an
        // own-place slot are errors the writer may still read past, not leftovers
        let text = "县长在全县重大项目推进会上的讲话\n\n同志们：\n\n今年全县共谋划重点项目x个，\
            东港大桥□西湖公园等项目进展顺利。【此处原文缺失约300字】\n\n我们要为建设美丽池州多作贡献。\n";
        let a = Analysis::new(text);
        let facts = values(&[("fact:place", "宁强县"), ("fact:level", "县")]);
        let all = check(&a, &facts, &CheckOptions::default());
        let error = |r: &str| {
            all.iter()
                .any(|f| f.rule == r && f.severity == Severity::Error)
        };
        let rules = ["placeholder", "truncation", "box", "foreign-place"];
        assert!(rules.iter().all(|r| error(r)), "{all:?}");
        assert_eq!(leftover_count(&all), 2, "{all:?}");
        // the cut filled in is no longer one
        let filled = values(&[("fact:place", "宁强县"), ("name:此处原文缺失约300字", "补")]);
        let left = leftover_count(&check(&a, &filled, &CheckOptions::default()));
        assert_eq!(left, 1);
    }

    #[test]
    fn outline_views_follow_the_outline_with_times() {
        let a = Analysis::new(SPEECH);
        let v = outline_views(&a, 200);
        assert_eq!(v.len(), a.outline.len());
        let sections: Vec<&str> = v
            .iter()
            .filter(|o| o.is_section)
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(sections.len(), 2, "{v:?}");
        assert!(sections[0].starts_with("一、") && sections[1].starts_with("二、"));
        assert_eq!(v[0].label, "县长在全县重大项目推进会上的讲话");
        assert!(!v[0].is_section);
        for (o, it) in v.iter().zip(&a.outline) {
            assert_eq!(o.start, it.range.start);
            assert!((o.minutes - o.chars as f64 / 200.0).abs() < 1e-9, "{o:?}");
        }
        // a slower rate means more minutes
        let slow = outline_views(&a, 150);
        let i = v.iter().position(|o| o.chars > 0).unwrap();
        assert!(slow[i].minutes > v[i].minutes);
    }

    #[test]
    fn errors_are_listed_first() {
        // a warning (the doubled 的) before an error (□) in the text
        let t = "我们的的工作要抓紧。全县□全市要抓项目。";
        let a = Analysis::new(t);
        let found = check(&a, &Values::new(), &CheckOptions::default());
        let sorted = by_severity(found.clone());
        assert_eq!(sorted.len(), found.len());
        assert!(sorted.windows(2).all(|w| w[0].severity <= w[1].severity));
        assert_eq!(sorted[0].text(t), "□", "the error comes first: {sorted:?}");
        assert_eq!(found[0].text(t), "的的", "the engine gives text order");
    }

    #[test]
    fn finding_views_count_lines_from_one() {
        let a = Analysis::new(SPEECH);
        let findings = check(&a, &Values::new(), &CheckOptions::default());
        let v = finding_views(SPEECH, &findings);
        assert_eq!(v.len(), findings.len());
        let x = SPEECH.find("x个").unwrap();
        let first = v
            .iter()
            .find(|f| f.span.0 == x)
            .expect("the count's finding");
        assert_eq!(first.rule, "placeholder");
        // title, blank, 称谓, blank, 一、, blank, then the line with x个
        assert_eq!(first.line, 7);
    }

    #[test]
    fn target_note_says_fit_over_or_short() {
        assert_eq!(target_note(9.5, None), None);
        assert_eq!(
            target_note(10.9, Some(10.0)).unwrap(),
            "（目标10分钟，合适）"
        );
        assert_eq!(
            target_note(12.0, Some(10.0)).unwrap(),
            "（目标10分钟，超出2.0）"
        );
        assert_eq!(
            target_note(7.5, Some(10.0)).unwrap(),
            "（目标10分钟，不足2.5）"
        );
    }
}
