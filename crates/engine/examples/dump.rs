//! Everything the engine derives from the corpus, the fixtures and the templates, written out
//! as text: analysis (outline, placeholders, fields), findings with and without facts, the
//! cleaned text and its repairs, and values remapped after a few edits. A speed change must
//! leave this output byte for byte the same:
//!
//! cargo run --release -p jianggao-engine --example dump [FILES…] > before.txt
//! (change the engine)
//! cargo run --release -p jianggao-engine --example dump > after.txt && cmp before.txt after.txt

use jianggao_engine::check::check;
use jianggao_engine::fields::remap_values;
use jianggao_engine::{Analysis, CheckOptions, Values};
use std::fmt::Write;

fn txt_files(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path().display().to_string())
                .filter(|p| p.ends_with(".txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn dump(out: &mut String, name: &str, text: &str) {
    let a = Analysis::new(text);
    let _ = writeln!(out, "=== {name} ({} bytes)", text.len());
    let _ = writeln!(out, "doc {:?}", a.doc);
    let _ = writeln!(out, "outline {:?}", a.outline);
    let _ = writeln!(out, "scan {:?}", a.scan);
    let _ = writeln!(out, "fields {:?}", a.fields);
    let opts = CheckOptions::default();
    for f in check(&a, &Values::new(), &opts) {
        let _ = writeln!(out, "finding {f:?}");
    }
    // with the facts filled, the rules that compare against them run too
    let mut facts = Values::new();
    facts.insert("fact:place".into(), "东川区".into());
    facts.insert("fact:level".into(), "区".into());
    facts.insert("fact:year".into(), "2026".into());
    facts.insert("fact:meeting".into(), "全区经济工作会议".into());
    facts.insert("fact:speaker".into(), "区长".into());
    let opts = CheckOptions {
        target_minutes: Some(10.0),
        ..CheckOptions::default()
    };
    for f in check(&a, &facts, &opts) {
        let _ = writeln!(out, "finding+facts {f:?}");
    }
    let cleaned = jianggao_engine::clean::clean(text);
    let _ = writeln!(out, "cleaned {cleaned:?}");
    // values of every unnamed placeholder, remapped after edits at a few places
    let unnamed = a
        .scan
        .placeholders
        .iter()
        .filter(|p| !jianggao_engine::fields::is_named(p))
        .count();
    let mut values = facts.clone();
    for i in 1..=unnamed {
        values.insert(format!("#{i}"), format!("v{i}"));
    }
    let cut = |at: usize| {
        let mut i = at.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (q1, mid, q3) = (
        cut(text.len() / 4),
        cut(text.len() / 2),
        cut(text.len() * 3 / 4),
    );
    let edits = [
        format!("{}字{}", &text[..mid], &text[mid..]),
        format!("{}{}", &text[..q1], &text[mid..]),
        format!("{}{}{}", &text[mid..q3], &text[..mid], &text[q3..]),
        format!("{}【】{}", &text[..q3], &text[q3..]),
    ];
    for (i, new) in edits.iter().enumerate() {
        let _ = writeln!(out, "remap{i} {:?}", remap_values(text, new, &values));
    }
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"));
    // files named on the command line come first (a text shaped for one rule)
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    files.extend(txt_files(&format!("{root}/../../../shared/corpus")));
    files.extend(txt_files(&format!("{root}/tests/fixtures")));
    files.extend(txt_files(&format!("{root}/tests/fixtures/sites")));
    files.extend(txt_files(&format!("{root}/tests/fixtures/facts")));
    let mut out = String::new();
    let mut all = String::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let name = f.rsplit('/').next().unwrap_or(f);
        dump(&mut out, name, &text);
        all.push_str(&text);
        all.push('\n');
    }
    for t in jianggao_engine::templates::TEMPLATES {
        dump(&mut out, t.id, t.text);
        all.push_str(t.text);
        all.push('\n');
    }
    dump(&mut out, "all", &all);
    let one_line: String = all.chars().filter(|&c| c != '\n' && c != '\r').collect();
    dump(&mut out, "all one line", &one_line);
    // the bench's sizes: linear passes and quadratic ones must agree there too
    let big = all.repeat((1 << 20) / all.len().max(1) + 1);
    dump(&mut out, "all repeated to 1 MB", &big);
    let big_line: String = big.chars().filter(|&c| c != '\n' && c != '\r').collect();
    dump(&mut out, "all repeated to 1 MB, one line", &big_line);
    print!("{out}");
}
