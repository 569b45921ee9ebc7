//! A neighbour named that nothing relates: the other counties of the own city (the other cities
//! of the own province) are where a reused speech most often comes from, and a published speech
//! names one only with a relation (a partner, a venue, a peer it is compared with). Named
//! anywhere without one, it is most likely the source's own place left behind: a warning, since
//! no slot of the own place says so.

use super::introduced::introduced_anywhere;
use crate::check::world::relation;
use crate::finding::{Finding, RuleId, Severity};
use crate::places::{places, Division};
use crate::text::Span;

/// The warnings for the own place's neighbours (`own`: the own place's divisions; `related`:
/// the places the text relates; `flagged`: spans already found in a slot of the own place).
pub(super) fn unrelated_neighbours(
    text: &str,
    own: &[Division],
    own_short: &str,
    related: &[(Division, bool)],
    flagged: &[Span],
    out: &mut Vec<Finding>,
) {
    let p = places();
    // (a neighbour's name inside the own place's, `井陉` of `井陉矿区`, is the own name)
    let own_spans: Vec<Span> = own
        .iter()
        .flat_map(|o| text.match_indices(o.name).map(|(i, w)| i..i + w.len()))
        .collect();
    let neighbours: Vec<(Division, Vec<Span>)> = p
        .neighbours(own)
        .into_iter()
        .map(|d| (d, p.written(text, d)))
        .filter(|(_, spans)| !spans.is_empty())
        .collect();
    // (one of a list of places, `甲、乙、丙三县`, `甲蜜橘、乙茶叶`, is a peer listed, not the
    // source: a clause with 、 that names another neighbour, or the list mark right at the name)
    let listed = |d: Division, span: &Span| {
        let c = crate::text::bounded_stretch(text, span, 120, "，。；！？\n");
        text[..span.start].ends_with('、')
            || text[span.end..].starts_with('、')
            || (text[c.clone()].contains('、')
                && neighbours.iter().any(|(x, spans)| {
                    x.code != d.code && spans.iter().any(|s| c.start <= s.start && s.end <= c.end)
                }))
    };
    // (a partner's name and one other joined by 、, `甲、乙在…领域务实合作`: the pair the text
    // is about, one of them ours; a neighbour there is the source's own place, whatever else the
    // sentence says)
    let partner_spans: Vec<Span> = related
        .iter()
        .filter(|(_, partner)| *partner)
        .flat_map(|&(r, _)| p.written(text, r))
        .collect();
    let paired = |span: &Span| {
        partner_spans.iter().any(|s| {
            let (a, b) = if s.end <= span.start {
                (s, span)
            } else {
                (span, s)
            };
            text[a.end..b.start] == *"、"
                && !text[..a.start].ends_with('、')
                && !text[b.end..].starts_with('、')
        })
    };
    for &(d, ref spans) in &neighbours {
        if related.iter().any(|(r, _)| r.related(d)) {
            continue;
        }
        let Some(first) = spans.first() else {
            continue;
        };
        let (introduced, partner) = introduced_anywhere(text, &text[first.clone()], d, own_short);
        if introduced || partner {
            continue;
        }
        let parent = match d.level() {
            crate::places::Level::County => d.city_code().and_then(|c| p.by_code(c)),
            _ => None,
        }
        .or_else(|| p.province_of(d))
        .map_or("", |x| x.name);
        for span in spans.iter().cloned() {
            let taken = flagged
                .iter()
                .chain(&own_spans)
                .any(|f| f.start < span.end && span.start < f.end);
            if taken
                || !paired(&span)
                    && (listed(d, &span)
                        || relation(text, &span, own_short).is_some()
                        || with_us(text, &span)
                        || in_a_roster(text, &span))
            {
                continue;
            }
            let written = &text[span.clone()];
            out.push(
                Finding::new(
                    RuleId::ForeignPlace,
                    text,
                    span.clone(),
                    format!(
                        "“{written}”是本地的邻近地方（{}，同属{parent}），本稿没有提到它与本地的关系：多半是借用其范文时留下的，请核对",
                        d.name
                    ),
                )
                .severity(Severity::Warning),
            );
        }
    }
}

/// Whether the sentence around `span` speaks of us in the first person (`我们`, `我县`, `本市`):
/// the neighbour is then set beside us (`X比我们多了五个`, `我们将组织企业家到X考察`), related by
/// the sentence itself. (The own name beside it relates nothing: a reused sentence keeps the
/// source's name next to the one the writer put in.)
fn with_us(text: &str, span: &Span) -> bool {
    let c = crate::text::bounded_stretch(text, span, 240, "。！？\n");
    let sentence = &text[c];
    let us = [
        "我们", "我县", "我市", "我区", "我镇", "我乡", "我旗", "本县", "本市", "本区",
    ];
    us.iter().any(|w| sentence.contains(w))
}

/// The offices a roster of officials names (`某县委书记`, `副市长`, `人大常委会主任`).
const OFFICES: &[&str] = &["书记", "县长", "市长", "区长", "主任", "常委", "主席"];

/// Whether the neighbour at `span` is the place of an official in a roster of officials present
/// (`…县委书记某某，宣威市委常委、副市长某某，…等陪同调研`): its name is followed by an
/// office within a few chars, and its sentence names at least three offices, one before it. A
/// neighbour's
/// official at the own place's event is there on purpose.
fn in_a_roster(text: &str, span: &Span) -> bool {
    let near = &text[span.end..crate::text::floor_char_boundary(text, span.end + 12)];
    if !OFFICES.iter().any(|o| near.contains(o)) {
        return false;
    }
    let c = crate::text::bounded_stretch(text, span, 600, "。！？\n");
    let before = &text[c.start..span.start];
    // (a roster headed by the neighbour, `某市委书记某某，市长某某，…`, is its own leaders: the
    // host of a reused report)
    OFFICES.iter().any(|o| before.contains(o))
        && OFFICES
            .iter()
            .map(|o| text[c.clone()].matches(o).count())
            .sum::<usize>()
            >= 3
}
