//! The editor's marks: each placeholder (filled or open, lit when its field has focus), the
//! findings underlined where they are, or the sentences still the imported text.

use jianggao_engine::baseline::Unchanged;
use jianggao_engine::order::{pack, sort_by_u64};
use jianggao_engine::{Analysis, Finding, Values};
use std::ops::Range;

#[derive(Clone, PartialEq, Debug)]
pub struct Mark {
    pub span: Range<usize>,
    pub filled: bool,
    pub active: bool,
    /// A finding that is not a placeholder (a foreign place, a stale year): underlined.
    pub issue: bool,
    /// A sentence still word for word the imported text (shown when the writer asks).
    pub source: bool,
    /// A sentence the leader changed or added, in a returned draft just taken.
    pub returned: bool,
    pub title: String,
}

/// A finding underlined in the editor where it is: not a placeholder (those are marked as
/// fields), not a field's value (shown at the field) and not the length (about the whole).
fn is_underlined(f: &Finding) -> bool {
    f.rule.meta().marks_text
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
                returned: false,
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
        returned: false,
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
pub fn source_marks(u: &Unchanged) -> Vec<Mark> {
    u.sentences
        .iter()
        .map(|s| Mark {
            span: s.span.clone(),
            filled: false,
            active: false,
            issue: false,
            source: true,
            returned: false,
            title: "仍是原文，未改写".into(),
        })
        .collect()
}

/// The sentences changed or added in a returned draft just taken (spans of the text as taken,
/// in order), marked instead of the placeholders and findings until the writer edits or closes
/// the sheet.
pub fn returned_marks(spans: &[Range<usize>]) -> Vec<Mark> {
    spans
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| Mark {
            span: s.clone(),
            filled: false,
            active: false,
            issue: false,
            source: false,
            returned: true,
            title: "领导改过或加的句子".into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{values, SPEECH};
    use jianggao_engine::check::check;
    use jianggao_engine::templates::TEMPLATES;
    use jianggao_engine::{CheckOptions, RuleId};

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
    fn of_marks_starting_together_the_longest_stays_and_an_empty_one_draws_nothing() {
        let t = "全县重点项目推进会上的讲话\n";
        let a = Analysis::new(t);
        let county = "全县".len();
        let findings = [
            Finding::new(RuleId::Typography, t, 0.."全".len(), "看一下"),
            Finding::new(RuleId::ForeignPlace, t, 0..county, "看一下"),
            Finding::new(RuleId::Box, t, 0..0, "看一下"),
        ];
        let m = marks(&a, &Values::new(), &findings, None);
        let spans: Vec<(usize, usize, bool)> = m
            .iter()
            .map(|m| (m.span.start, m.span.end, m.issue))
            .collect();
        assert_eq!(spans, [(0, county, true)]);
    }

    #[test]
    fn source_marks_sit_on_the_unchanged_sentences() {
        let base = "今年全县重点项目进展顺利。我们要抓好安全生产。\n";
        let draft = "今年全县重点项目进展顺利。我们要把安全生产放在首位。\n";
        let u = jianggao_engine::baseline::unchanged(base, draft);
        let m = source_marks(&u);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].span, u.sentences[0].span);
        assert!(draft[m[0].span.clone()].starts_with("今年全县重点项目进展顺利"));
        assert!(m[0].source && !m[0].issue && !m[0].filled && !m[0].active);
        assert_eq!(m[0].title, "仍是原文，未改写");
    }

    #[test]
    fn returned_marks_sit_on_the_sentences_given_and_only_those() {
        let m = returned_marks(&[3..9, 12..12, 20..31]);
        let spans: Vec<_> = m.iter().map(|m| m.span.clone()).collect();
        assert_eq!(spans, [3..9, 20..31]);
        assert!(m
            .iter()
            .all(|m| m.returned && !m.source && !m.issue && !m.filled && !m.active));
    }
}
