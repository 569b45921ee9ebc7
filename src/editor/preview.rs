//! The finished speech as the preview tab shows it: values in place (green), leftovers (red).

use jianggao_engine::fields::fill_edits;
use jianggao_engine::{Analysis, Values};
use std::collections::BTreeMap;

#[derive(Clone, PartialEq, Debug)]
pub enum Segment {
    Plain(String),
    Filled(String),
    Open(String),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{values, SPEECH};
    use jianggao_engine::templates::TEMPLATES;

    fn joined(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Filled(t) | Segment::Open(t) => t.as_str(),
            })
            .collect()
    }

    #[test]
    fn preview_segments_concatenate_to_the_filled_text() {
        for t in TEMPLATES {
            let a = Analysis::new(t.text);
            let none = preview_segments(&a, &Values::new());
            assert_eq!(joined(&none), t.text, "{}: nothing filled", t.id);
            assert!(!none.iter().any(|s| matches!(s, Segment::Filled(_))));

            // fill every other field
            let vals: Values = a
                .fields
                .iter()
                .filter(|f| f.fact.is_none() && !f.occurrences.is_empty())
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
    fn a_placeholder_at_the_start_is_a_segment_of_its_own() {
        let t = "[单位名称]召开重点项目推进会，[具体项目1]进展最快。\n";
        let a = Analysis::new(t);
        assert_eq!(a.scan.placeholders.first().map(|p| p.span.start), Some(0));
        let s = preview_segments(&a, &Values::new());
        let open: Vec<&Segment> = s.iter().filter(|s| matches!(s, Segment::Open(_))).collect();
        assert_eq!(
            open,
            [
                &Segment::Open("[单位名称]".into()),
                &Segment::Open("[具体项目1]".into())
            ]
        );
        let joined: String = s
            .iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Filled(t) | Segment::Open(t) => t.as_str(),
            })
            .collect();
        assert_eq!(joined, t);
    }
}
