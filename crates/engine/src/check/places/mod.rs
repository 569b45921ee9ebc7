//! Rule `foreign-place`: another place's names where only the own place can stand (the model of
//! the speech's places decides); rule `mixed-level`, the wrong level (县 / 区 / 市), is in `level.rs`.

mod introduced;
mod level;
mod neighbours;
mod slot;
mod voice;

pub(super) use level::mixed_level;

use super::world::{own_after, relation, Relation, SpeechPlaces};
use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId, Severity};
use crate::places::{places, Geography, Level};
use introduced::introduced_anywhere;
use slot::{heading_lines, slot, Slot};

/// Rule `foreign-place`: another place's name where only the draft's own place can stand — the
/// title and signature, 在X召开 this meeting, 全X / 我X / 建设美丽X, X县委 / X人民政府 / X的发展 /
/// X人民 — and which nothing in the text relates to the speaker's place. A model of the speech's
/// places decides: the own place with its superiors and subordinates (by code), the places
/// written right before the own name (`某市某新区`: its parents), and every place the text
/// introduces with a relation (partner, investor's home, model, venue, peer; see [`Relation`]),
/// which may then stand anywhere. A place merely mentioned raises nothing: the writer cannot act
/// on a name that is not in a slot of their own place.
pub(super) fn foreign_place(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let Some(world) = SpeechPlaces::read(a, values) else {
        return;
    };
    let headings = heading_lines(a);
    let protagonist = world.protagonist(&a.text, &headings);
    let SpeechPlaces {
        own_name,
        own_short,
        own,
        names,
        related,
    } = world;
    let p = places();
    let found_from = out.len();
    let mut introduced: std::collections::HashMap<&str, (bool, bool)> =
        std::collections::HashMap::new();
    for (span, d) in names {
        let written = &a.text[span.clone()];
        let geo = p.geography(&own, d);
        // (the own level said whole, `全州` in a 自治州's speech, is no county 全州)
        let whole_own = own_name
            .trim()
            .chars()
            .next_back()
            .is_some_and(|c| written.strip_prefix('全') == Some(c.encode_utf8(&mut [0; 4])));
        if geo == Geography::Own || own_name.contains(written) || whole_own {
            continue;
        }
        let Some(slot) = slot(a, &span, &headings, &own_short) else {
            continue;
        };
        // a report's event is of the own level: a province's or a city's above it is the
        // superior's (`陕西省在西安召开全省…推进会`)
        let rank = |l: Level| match l {
            Level::Province => 0,
            Level::City => 1,
            Level::County => 2,
        };
        let above = own
            .first()
            .is_some_and(|o| rank(d.level()) < rank(o.level()));
        if slot == Slot::Report && above {
            continue;
        }
        // the speaker's own voice (`我们X`, `我代表X县委`), or the place the whole text is about
        // while the own place barely appears: no relation makes it the speaker's
        let claimed = slot == Slot::Voice || protagonist == Some(d);
        // (a slot of the own place's claims and work: a relation elsewhere in the text does
        // not make the name the speaker's place here)
        // (its organs, though, a partner's or a model's as well: `X县委书记`)
        let organs = || {
            own_after(&a.text[span.end..])
                .is_some_and(|w| w.ends_with('委') || w.contains("政府") || w.contains("班子"))
        };
        let strong = matches!(
            slot,
            Slot::Claim | Slot::Work | Slot::Profile | Slot::Figures
        ) || slot == Slot::Organs && !organs();
        if !claimed
            && related
                .iter()
                .any(|(r, partner)| r.related(d) && (*partner || !strong))
        {
            continue;
        }
        // a body's name says nothing about the place, except in the signature (the speaker's
        // own office)
        match relation(&a.text, &span, &own_short) {
            Some(Relation::Body) if slot == Slot::Signature => {}
            Some(Relation::Body) => continue,
            Some(_) if !claimed => continue,
            _ => {}
        }
        // the province's capital may have its people, growth and assets named (`融入西安发展`)
        if geo == Geography::Capital && matches!(slot, Slot::Organs | Slot::Profile) {
            continue;
        }
        // introduced where the finder does not take the short form as a name (`赴昆山考察`:
        // a county's short form alone is too often a word): every place it is written
        let (introduced, partner) = *introduced
            .entry(written)
            .or_insert_with(|| introduced_anywhere(&a.text, written, d, &own_short));
        if !claimed && (partner || introduced && !strong) {
            continue;
        }
        let province = p
            .province_of(d)
            .filter(|pr| pr.code != d.code)
            .map(|pr| format!("，{}", pr.name))
            .unwrap_or_default();
        let f = Finding::new(
            RuleId::ForeignPlace,
            &a.text,
            span.clone(),
            format!(
                "“{written}”是外地地名（{}{province}），出现在本该写本地（{own_name}）的位置（{}），本稿也没有提到它与本地的关系：多半是范文原稿留下的",
                d.name,
                slot.shape()
            ),
        );
        // (a report's event is read from looser grammar: the writer checks it)
        out.push(if slot == Slot::Report {
            f.severity(Severity::Warning)
        } else {
            f
        });
    }
    // a neighbour named anywhere that nothing relates
    let flagged: Vec<crate::text::Span> =
        out[found_from..].iter().map(|f| f.span.clone()).collect();
    neighbours::unrelated_neighbours(&a.text, &own, &own_short, &related, &flagged, out);
}
