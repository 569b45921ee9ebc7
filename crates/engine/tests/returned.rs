//! A returned draft against the one sent (issue 28 item 3): exactly the sentences edited,
//! added and dropped are reported, each with its spans, on a template of ours edited here.

use jianggao_engine::baseline::sentences;
use jianggao_engine::returned::{compare, Change, Kind};

fn sent() -> String {
    jianggao_engine::templates::template("county-promotion")
        .map(|t| t.text.to_string())
        .expect("template")
}

fn kinds(changes: &[Change]) -> Vec<Kind> {
    changes.iter().map(|c| c.kind).collect()
}

#[test]
fn the_same_draft_has_no_change_whitespace_aside() {
    let s = sent();
    assert!(compare(&s, &s).is_empty());
    let respaced = s.replace("。", "。 ").replace("\n\n", "\n\n\n");
    assert!(compare(&s, &respaced).is_empty());
    assert_eq!(compare("", ""), vec![]);
}

#[test]
fn five_edited_sentences_one_added_one_dropped_are_exactly_those() {
    let s = sent();
    let spans = sentences(&s);
    assert!(spans.len() > 60, "{}", spans.len());
    // five sentences edited here and there (a word changed, a clause added, one cut short)
    let picks = [5, 17, 18, 33, 50];
    let mut returned = s.clone();
    let mut want_sent = Vec::new();
    for &k in picks.iter().rev() {
        let span = spans[k].clone();
        let old = &s[span.clone()];
        let chars: Vec<char> = old.chars().collect();
        assert!(chars.len() > 8, "{old}");
        let mid = chars.len() / 2;
        let new: String = chars[..mid]
            .iter()
            .chain("切实".chars().collect::<Vec<_>>().iter())
            .chain(chars[mid..].iter())
            .collect();
        returned.replace_range(span.clone(), &new);
        want_sent.push(span);
    }
    want_sent.reverse();
    // one sentence dropped, one added, outside those
    let drop = spans[40].clone();
    let dropped_text = s[drop.clone()].to_string();
    let at = returned.find(&dropped_text).expect("still there");
    returned.replace_range(at..at + dropped_text.len(), "");
    let added = "要把群众满意作为检验项目成效的根本标准。";
    let anchor = &s[spans[60].clone()];
    let at = returned.find(anchor).expect("anchor") + anchor.len();
    returned.insert_str(at, added);

    let changes = compare(&s, &returned);
    let changed: Vec<_> = changes
        .iter()
        .filter(|c| c.kind == Kind::Changed)
        .map(|c| c.sent.clone().expect("sent"))
        .collect();
    assert_eq!(changed, want_sent, "{changes:?}");
    for c in changes.iter().filter(|c| c.kind == Kind::Changed) {
        let r = c.returned.clone().expect("returned");
        assert!(returned[r].contains("切实"));
    }
    let dropped: Vec<_> = changes
        .iter()
        .filter(|c| c.kind == Kind::Dropped)
        .map(|c| &s[c.sent.clone().expect("sent")])
        .collect();
    assert_eq!(dropped, [dropped_text.as_str()]);
    let added_found: Vec<_> = changes
        .iter()
        .filter(|c| c.kind == Kind::Added)
        .map(|c| &returned[c.returned.clone().expect("returned")])
        .collect();
    assert_eq!(added_found, [added]);
    assert_eq!(changes.len(), 7, "{:?}", kinds(&changes));
}

#[test]
fn a_rewritten_sentence_is_dropped_and_added_an_edited_one_changed() {
    let s = "甲。我们要抓好项目建设。乙。";
    let edited = "甲。我们要切实抓好项目建设。乙。";
    assert_eq!(kinds(&compare(s, edited)), [Kind::Changed]);
    let rewritten = "甲。会议到此结束。乙。";
    assert_eq!(kinds(&compare(s, rewritten)), [Kind::Dropped, Kind::Added]);
    // a sentence moved: dropped where it was, added where it is
    let moved = "我们要抓好项目建设。甲。乙。";
    let c = compare(s, moved);
    assert_eq!(c.len(), 2, "{c:?}");
}

/// Sentences found more than once (a repeated 好。) are matched in order between the changes
/// around them, not reported as edited.
#[test]
fn repeated_sentences_are_matched_not_changed() {
    let s = "同志们：好。好。甲乙丙丁戊。好。好。散会。";
    let r = "各位：好。好。甲乙丙丁戊己。好。好。会议结束。";
    let changes = compare(s, r);
    for c in &changes {
        let t = c.sent.clone().map(|x| &s[x]).unwrap_or_default();
        assert_ne!(t, "好。", "{changes:?}");
    }
    assert_eq!(
        kinds(&changes),
        [
            Kind::Dropped,
            Kind::Added,
            Kind::Changed,
            Kind::Dropped,
            Kind::Added
        ]
    );
}

/// The county template with every field filled is sent; five of its sentences come back
/// edited, one added, one dropped. Taken as the new draft, the untouched sentences are the
/// draft's own again, placeholders and all, so every field whose slots remain keeps its value;
/// the five edited and the added one are marked where they stand in the new text.
#[test]
fn a_returned_draft_taken_keeps_the_fields_of_the_sentences_left_alone() {
    use jianggao_engine::returned::adopt;
    use jianggao_engine::{Analysis, Values};
    let draft = sent();
    let a = Analysis::new(&draft);
    let values: Values = a
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| (f.key.clone(), format!("值{i}")))
        .collect();
    let edits = jianggao_engine::fields::fill_edits(&a.scan, &a.fields, &values);
    let filled = a.filled(&values);
    let spans = sentences(&filled);
    // edit five sentences that hold no value (the leader rewrote them), add one, drop one
    let plain: Vec<_> = spans
        .iter()
        .filter(|s| !filled[(*s).clone()].contains('值') && s.len() > 30)
        .cloned()
        .collect();
    let mut returned = filled.clone();
    let (mut edited, mut originals) = (Vec::new(), Vec::new());
    for s in plain.iter().skip(3).step_by(7).take(5).rev() {
        // (before its closing mark: the sentence stays one sentence)
        let t = &filled[s.clone()];
        let mark = t.chars().next_back().map_or(0, char::len_utf8);
        let new = format!(
            "{}要再加一把劲{}",
            &t[..t.len() - mark],
            &t[t.len() - mark..]
        );
        edited.push(new.clone());
        originals.push(t.to_string());
        returned.replace_range(s.clone(), &new);
    }
    let dropped_at = plain[1].clone();
    let dropped = filled[dropped_at.clone()].to_string();
    returned.replace_range(dropped_at, "");
    returned.push_str("\n\n领导加的一句话要写进去。\n");
    let got = adopt(&draft, edits, &returned);
    let marked: Vec<(Kind, &str)> = got
        .marked
        .iter()
        .map(|(k, s)| (*k, &got.text[s.clone()]))
        .collect();
    assert_eq!(marked.len(), 6, "{marked:?}");
    for e in &edited {
        assert!(
            marked.contains(&(Kind::Changed, e.as_str())),
            "{e} in {marked:?}"
        );
    }
    assert!(marked.contains(&(Kind::Added, "领导加的一句话要写进去。")));
    // beside each, the sentence as it was sent (filled): an edited one's own, none for the added
    assert_eq!(got.sent.len(), marked.len());
    for ((kind, text), was) in marked.iter().zip(&got.sent) {
        match kind {
            Kind::Changed => {
                let k = edited.iter().position(|e| e == text).expect("edited");
                assert_eq!(was, &originals[k]);
            }
            _ => assert_eq!(was, ""),
        }
    }
    assert_eq!(got.dropped, [dropped.trim()]);
    // the new draft has the draft's placeholders where the sentences were left alone: its
    // fields are the draft's, and the values fill it to the returned text
    let b = Analysis::new(&got.text);
    assert_eq!(b.fields.len(), a.fields.len());
    assert_eq!(b.filled(&values), returned);
}
