//! Every finding of every rule on the fixtures and templates, held to a golden list recorded
//! from the engine before the speed work of issue 12 (`tests/golden/findings.txt`): a faster
//! engine must find exactly the same — same rules, severities, spans, texts, messages, fixes
//! and order.
//!
//! Each text is checked four ways: as it is with no values; with the five facts filled and a
//! target length; with every field filled (figures that add up or not, a few values that do
//! not fit) and a ledger's facts; and after `clean`, with the facts.
//!
//! The list is written, never compared, with `JIANGGAO_GOLDEN=write` (only to record it
//! again on purpose, when a rule's findings are meant to change). `JIANGGAO_GOLDEN=FILE…`
//! (colon-separated) writes the same rendering of other texts to `$JIANGGAO_GOLDEN_OUT`, to
//! compare findings on the corpus before and after a change by hand.

use jianggao_engine::check::check;
use jianggao_engine::ledger::cells::Unit;
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::{delimited, read};
use jianggao_engine::{Analysis, CheckOptions, Values};
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.txt` under `dir`, sorted, recursively.
fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

fn ledger_facts() -> Facts {
    let text = std::fs::read_to_string(root().join("tests/fixtures/ledger/qingshan-12.tsv"))
        .expect("the ledger fixture");
    let grid = delimited::rows(&text, delimited::delimiter(&text));
    Facts::of(&read(&grid).expect("a ledger"), Unit::Yi, None)
}

fn facts() -> Values {
    let mut v = Values::new();
    v.insert("fact:place".into(), "东川区".into());
    v.insert("fact:level".into(), "区".into());
    v.insert("fact:year".into(), "2026".into());
    v.insert("fact:meeting".into(), "全区经济工作会议".into());
    v.insert("fact:speaker".into(), "区长".into());
    v
}

/// One line per finding, every field written out (not `Debug`, so the list does not depend
/// on how `Finding` stores them).
fn render(out: &mut String, label: &str, text: &str, values: &Values, opts: &CheckOptions) {
    let a = Analysis::new(text);
    let found = check(&a, values, opts);
    let _ = writeln!(out, "-- {label}: {} findings", found.len());
    for f in &found {
        let at = text.get(f.span.clone()).unwrap_or("<not a char boundary>");
        // the finding's own text is written only where it is not the text at its span
        let own: &str = f.text(text);
        let own = if own == at {
            String::new()
        } else {
            format!(" text={own:?}")
        };
        let _ = writeln!(
            out,
            "{} {:?} {}..{} {:?}{own} {:?} fix={:?} safe={}",
            f.rule.id(),
            f.severity,
            f.span.start,
            f.span.end,
            at,
            &f.message[..],
            f.fix.as_deref(),
            f.safe
        );
    }
}

fn render_text(out: &mut String, name: &str, text: &str, ledger: &Facts) {
    let _ = writeln!(out, "=== {name} ({} bytes)", text.len());
    render(out, "plain", text, &Values::new(), &CheckOptions::default());
    let with_target = CheckOptions {
        target_minutes: Some(10.0),
        ..CheckOptions::default()
    };
    render(out, "facts", text, &facts(), &with_target);
    // every field filled: numbers that may or may not add up, and a few that do not fit
    let a = Analysis::new(text);
    let mut filled = facts();
    for (i, f) in a.fields.iter().enumerate() {
        if f.fact.is_some() {
            continue;
        }
        let v = match i % 7 {
            0 => "12".to_string(),
            1 => "3.5".to_string(),
            2 => "48".to_string(),
            3 => "甲乙".to_string(),
            4 => "130".to_string(),
            5 => String::new(),
            _ => format!("{}", i * 3),
        };
        filled.insert(f.key.clone(), v);
    }
    let with_ledger = CheckOptions {
        target_minutes: Some(3.0),
        ledger: Some(std::sync::Arc::new(ledger.clone())),
        ..CheckOptions::default()
    };
    render(out, "filled", text, &filled, &with_ledger);
    let cleaned = jianggao_engine::clean::clean(text);
    render(out, "cleaned", &cleaned.text, &facts(), &with_target);
}

fn texts() -> Vec<(String, String)> {
    let mut files = Vec::new();
    txt_files(&root().join("tests/fixtures"), &mut files);
    let mut out: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let name = p
                .strip_prefix(root())
                .unwrap_or(p)
                .display()
                .to_string()
                .replace('\\', "/");
            (name, std::fs::read_to_string(p).expect("a fixture"))
        })
        .collect();
    // a text of our own for the rules the fixtures seldom trigger (figures, empty slots,
    // leftovers of the source speech)
    let mut own = Vec::new();
    txt_files(&root().join("tests/golden/texts"), &mut own);
    for p in own {
        let name = format!("golden/{}", p.file_name().unwrap().to_string_lossy());
        out.push((name, std::fs::read_to_string(&p).expect("a text")));
    }
    for t in jianggao_engine::templates::TEMPLATES {
        out.push((format!("template {}", t.id), t.text.to_string()));
    }
    out
}

fn golden_path() -> PathBuf {
    root().join("tests/golden/findings.txt")
}

#[test]
fn findings_match_the_golden_list() {
    let ledger = ledger_facts();
    let mut now = String::new();
    for (name, text) in texts() {
        render_text(&mut now, &name, &text, &ledger);
    }
    let mode = std::env::var("JIANGGAO_GOLDEN").unwrap_or_default();
    if mode == "write" {
        std::fs::create_dir_all(golden_path().parent().unwrap()).unwrap();
        std::fs::write(golden_path(), &now).unwrap();
        return;
    }
    let golden = std::fs::read_to_string(golden_path()).expect("tests/golden/findings.txt");
    if golden != now {
        let (g, n): (Vec<&str>, Vec<&str>) = (golden.lines().collect(), now.lines().collect());
        let first = g
            .iter()
            .zip(&n)
            .position(|(a, b)| a != b)
            .unwrap_or(g.len().min(n.len()));
        let section = g[..first.min(g.len())]
            .iter()
            .rev()
            .find(|l| l.starts_with("==="))
            .copied()
            .unwrap_or("");
        panic!(
            "the findings differ from the golden list ({} lines now, {} golden) first at line {} \
             in {section}:\n golden: {}\n now:    {}",
            n.len(),
            g.len(),
            first + 1,
            g.get(first).copied().unwrap_or("<end>"),
            n.get(first).copied().unwrap_or("<end>"),
        );
    }
    // the list is not trivially empty: every rule but those that need more than these
    // texts give is in it
    for rule in jianggao_engine::RULES {
        assert!(
            golden.contains(&format!("\n{} ", rule.id)),
            "no finding of rule {} in the golden list",
            rule.id
        );
    }
}

/// `JIANGGAO_GOLDEN=a.txt:b.txt JIANGGAO_GOLDEN_OUT=out.txt cargo test --release --test golden
/// -- --ignored`: the same rendering of other texts (the corpus), to diff by hand.
#[test]
#[ignore]
fn render_other_texts() {
    let files = std::env::var("JIANGGAO_GOLDEN").unwrap_or_default();
    let out_path = std::env::var("JIANGGAO_GOLDEN_OUT").expect("JIANGGAO_GOLDEN_OUT");
    let ledger = ledger_facts();
    let mut out = String::new();
    for f in files.split(':').filter(|f| !f.is_empty()) {
        let text = std::fs::read_to_string(f).expect("a text");
        render_text(&mut out, f, &text, &ledger);
    }
    std::fs::write(out_path, out).unwrap();
}

/// The checks in their two parts (the app runs the form part on the page and the review part in
/// the tools worker) give exactly the findings of `check`, in the same order, on every golden
/// text, with and without the facts; every rule is in one part.
#[test]
fn the_checks_in_two_parts_are_the_checks() {
    use jianggao_engine::check::{check_form, check_review, in_text_order};
    use jianggao_engine::check::{form_rule_fn, review_rule_fn, Part};
    use jianggao_engine::RULES;
    for m in RULES {
        let (form, review) = (form_rule_fn(m.rule), review_rule_fn(m.rule));
        assert!(form.is_some() != review.is_some(), "{} in one part", m.id);
        let part = if form.is_some() {
            Part::Form
        } else {
            Part::Review
        };
        assert_eq!(Part::of(m.rule), part, "{}", m.id);
        // the leftovers are counted on the page at once (the header, 历史版本, the export)
        assert!(!m.leftover || part == Part::Form, "{} is a leftover", m.id);
    }
    let mut both = [false; 2];
    for (name, text) in texts() {
        let a = Analysis::new(&text);
        for values in [Values::new(), facts()] {
            let opts = CheckOptions::default();
            let mut form_part = Vec::new();
            check_form(&a, &values, &opts, &mut form_part);
            let mut review = Vec::new();
            check_review(&a, &values, &opts, &mut review);
            both[0] |= !form_part.is_empty();
            both[1] |= !review.is_empty();
            assert!(form_part.iter().all(|f| Part::of(f.rule) == Part::Form));
            assert!(review.iter().all(|f| Part::of(f.rule) == Part::Review));
            // the worker's findings are put after the page's
            form_part.extend(review);
            in_text_order(&mut form_part);
            assert_eq!(form_part, check(&a, &values, &opts), "{name}");
        }
    }
    assert_eq!(
        both,
        [true, true],
        "both parts find something in the golden texts"
    );
}
