//! Rules `foreign-place` and `mixed-level`: another place's names and the wrong level (县 /
//! 区 / 市) in a speech whose own place and level are the writer's facts.

use crate::analysis::Analysis;
use crate::fields::{Fact, Values};
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::parse::BlockKind;
use crate::places::places;

/// Rule `foreign-place`: names of provinces, cities, counties and districts that are neither the
/// draft's own place nor its superiors or subordinates.
pub(super) fn foreign_place(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let Some(own_name) = Fact::Place.value(values) else {
        return;
    };
    let p = places();
    let own = p.lookup(own_name);
    for (span, d) in p.find(&a.text) {
        let is_own = own.iter().any(|o| o.related(d)) || own_name.contains(&a.text[span.clone()]);
        if is_own {
            continue;
        }
        let province = p
            .province_of(d)
            .filter(|pr| pr.code != d.code)
            .map(|pr| format!("，{}", pr.name))
            .unwrap_or_default();
        let written = &a.text[span.clone()];
        out.push(Finding::new(RuleId::ForeignPlace, &a.text, span.clone(), format!("“{written}”是外地地名（{}{province}），本稿是{own_name}的讲话：可能是范文原稿留下的", d.name)));
    }
}

const LEVELS: &[&str] = &["县", "区", "市"];

/// Words that speak as a level: `全县`, `我县`, `县委`, `县政府`…
fn level_words(level: &str) -> [String; 8] {
    [
        format!("全{level}"),
        format!("我{level}"),
        format!("本{level}"),
        format!("{level}委"),
        format!("{level}政府"),
        format!("{level}级"),
        format!("{level}直"),
        format!("{level}长"),
    ]
}

/// The level a title speaks at: `县长在全县…` → 县.
fn title_level(title: &str) -> Option<&'static str> {
    LEVELS.iter().copied().find(|l| {
        [format!("{l}长"), format!("{l}委书记"), format!("全{l}")]
            .iter()
            .any(|w| title.contains(w.as_str()))
    })
}

fn is_own_level_word(level: &str, w: &str, other: &str) -> bool {
    let rank = |l: &str| {
        LEVELS
            .iter()
            .position(|x| *x == l)
            .map(|p| if p == 2 { 2 } else { 1 })
    };
    let claims_own = w.starts_with('我') || w.starts_with('本');
    match (rank(level), rank(other)) {
        // 县 and 区 are peers: a 区委 in a 县 speech is always wrong
        (Some(a), Some(b)) if a == b => true,
        // a 县 speech speaks of 全市 and 市委 above it; only "我市" claims the wrong level
        (Some(1), Some(2)) => claims_own,
        // a 市 speech speaks of 县委 / 区政府 below it; "全县", "我区" claim the wrong level
        _ => claims_own || w.starts_with('全'),
    }
}

/// Rule `mixed-level`: `区委`, `全区`, `我区` in a 县 speech (and every other mismatch), and a title
/// at one level over a body at another.
pub(super) fn mixed_level(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let title = a.doc.blocks.iter().find(|b| b.kind == BlockKind::Title);
    let from_title = title.and_then(|b| title_level(&a.text[b.content.clone()]));
    let level: &str = match Fact::Level.value(values).or(from_title) {
        Some(l) if LEVELS.contains(&l) => l,
        _ => return,
    };
    if let (Some(b), Some(t)) = (title, from_title) {
        if t != level {
            out.push(Finding::new(
                RuleId::MixedLevel,
                &a.text,
                b.content.clone(),
                format!("标题是{t}一级的讲话，正文按{level}一级写：请统一"),
            ));
        }
    }
    let body_start = title.map_or(0, |b| b.line.end);
    let body = &a.text[body_start..];
    for other in LEVELS.iter().filter(|l| **l != level) {
        for w in level_words(other) {
            if !is_own_level_word(level, &w, other) {
                continue;
            }
            for (i, _) in body.match_indices(w.as_str()) {
                let at = body_start + i;
                // 县区 / 区县 lists (各县区) are fine in a city speech
                let prev = a.text[..at].chars().next_back();
                if prev.is_some_and(|p| LEVELS.contains(&p.to_string().as_str()) || p == '各') {
                    continue;
                }
                let fix = w.replacen(other, level, 1);
                out.push(
                    Finding::new(
                        RuleId::MixedLevel,
                        &a.text,
                        at..at + w.len(),
                        format!("本稿是{level}一级的讲话，这里却写“{w}”：应为“{fix}”？"),
                    )
                    .fix(fix),
                );
            }
        }
    }
}
