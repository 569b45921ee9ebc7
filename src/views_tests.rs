//! More tests of the view functions (`views.rs` is at the house's length limit): the cases a
//! run of cargo-mutants (`scripts/mutants.sh app`) found untested.

use crate::components::preview::Segment;
use crate::views::{marks, preview_segments, source_marks};
use jianggao_engine::{Analysis, Finding, RuleId, Values};

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
