//! Whether a text relates a place to the own place anywhere it names it: what excuses the
//! place's name in a weak slot of the own place (`foreign-place`) and another level's words
//! said of it (`mixed-level`).

use crate::check::world::{relation, Relation};
use crate::places::Division;

/// How the text relates the place `d` (written `written` here) to the own place anywhere it
/// writes it, in full or by its short form (`福州·宁德山海协作` relates the 宁德市 of
/// `宁德市委书记`, though `宁德` alone is too often a company's word to be found as a name): not
/// at all, by any relation, or as a partner or an investor's home ([`Relation::partner`]).
pub(super) fn introduced_anywhere(
    text: &str,
    written: &str,
    d: Division,
    own_short: &str,
) -> (bool, bool) {
    let short = crate::places::short_form(d.name);
    let mut forms = vec![written, d.name];
    forms.extend(short);
    forms.sort_unstable();
    forms.dedup();
    let mut any = false;
    for w in forms {
        for (i, _) in text.match_indices(w) {
            match relation(text, &(i..i + w.len()), own_short) {
                Some(r) if r.partner() => return (true, true),
                Some(Relation::Body) | None => {}
                Some(_) => any = true,
            }
        }
    }
    (any, false)
}
