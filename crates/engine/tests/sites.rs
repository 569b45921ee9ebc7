//! Pasted pages of many site kinds (fixtures in our own words, `tests/fixtures/sites/`, shapes
//! learned from real pages in `docs/junk-shapes.md`): the clean stage removes every `[junk]`
//! entry of a page's `.expect` and keeps every `[keep]` entry. Prose is never lost: every line
//! of speech survives whole.

use jianggao_engine::clean::clean;
use std::path::{Path, PathBuf};

struct Expect {
    junk: Vec<String>,
    keep: Vec<String>,
}

fn expect(p: &Path) -> Expect {
    let text = std::fs::read_to_string(p).unwrap();
    let (mut junk, mut keep) = (Vec::new(), Vec::new());
    let mut section = "";
    for line in text.lines() {
        match line.trim() {
            "[junk]" => section = "junk",
            "[keep]" => section = "keep",
            "" => {}
            l => match section {
                "junk" => junk.push(l.to_string()),
                "keep" => keep.push(l.to_string()),
                _ => {}
            },
        }
    }
    Expect { junk, keep }
}

fn pages() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sites");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// Remove spaces (not line breaks: junk glued to prose must be split off) and give punctuation
/// its full width (the clean stage makes it so in Chinese sentences).
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() || *c == '\n')
        .map(|c| match c {
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '?' => '？',
            '!' => '！',
            c => c,
        })
        .collect()
}

/// A traditional page's words as the clean gives them: pinyin readings (`(qū)`) out, simplified
/// (so a junk entry written as on the page is looked for as it would come out).
fn as_read(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(k) = rest.find('(') {
        out.push_str(&rest[..k]);
        let after = &rest[k + 1..];
        match after.find(')') {
            Some(e)
                if e > 0
                    && after[..e]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || matches!(c, 'à'..='ü' | 'ā'..='ǜ')) =>
            {
                rest = &after[e + 1..];
            }
            _ => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    jianggao_engine::clean::to_simplified(&out)
}

/// Only the words: letters, digits and characters (prose is kept when its words are).
fn words(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// (page, junk left, prose lost) for every page.
fn results() -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    for p in pages() {
        let input = std::fs::read_to_string(&p).unwrap();
        let e = expect(&p.with_extension("expect"));
        let cleaned_text = clean(&input).text;
        let cleaned = squeeze(&cleaned_text);
        let cleaned_words = words(&cleaned_text);
        let left: Vec<String> = e
            .junk
            .iter()
            .filter(|j| cleaned.contains(&squeeze(j)) || cleaned.contains(&squeeze(&as_read(j))))
            .cloned()
            .collect();
        let lost: Vec<String> = e
            .keep
            .iter()
            .filter(|k| !cleaned_words.contains(&words(&as_read(k))))
            .cloned()
            .collect();
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        out.push((name, left, lost));
    }
    out
}

/// Junk the clean stage does not remove yet, by page (none today). Listed so the test fails
/// when one is fixed (take it off) or when anything else is left.
const KNOWN_MISSES: &[(&str, &str)] = &[];

fn report(r: &[(String, Vec<String>, Vec<String>)]) -> String {
    let mut out = String::new();
    for (name, left, lost) in r {
        out.push_str(&format!(
            "{name}: junk left {}, prose lost {}\n",
            left.len(),
            lost.len()
        ));
        for l in left {
            out.push_str(&format!("    junk left: {l}\n"));
        }
        for l in lost {
            out.push_str(&format!("    PROSE LOST: {l}\n"));
        }
    }
    out
}

#[test]
fn prose_is_never_lost() {
    let r = results();
    assert!(r.len() >= 16, "the site fixtures are there");
    assert!(
        r.iter().all(|(_, _, lost)| lost.is_empty()),
        "{}",
        report(&r)
    );
}

#[test]
fn every_page_loses_its_junk() {
    let r = results();
    eprintln!("{}", report(&r));
    let mut left: Vec<(String, String)> = r
        .iter()
        .flat_map(|(name, left, _)| left.iter().map(move |l| (name.clone(), l.clone())))
        .collect();
    left.sort();
    let mut known: Vec<(String, String)> = KNOWN_MISSES
        .iter()
        .map(|(n, j)| {
            let full = r
                .iter()
                .find(|(name, _, _)| name == n)
                .and_then(|(_, l, _)| l.iter().find(|x| x.starts_with(j)).cloned())
                .unwrap_or_else(|| format!("{j} (now removed: take it off KNOWN_MISSES)"));
            (n.to_string(), full)
        })
        .collect();
    known.sort();
    assert_eq!(
        left, known,
        "junk left on the pages, against the known misses"
    );
}

/// The Chinese characters of a text, simplified: what prose is made of (pinyin, punctuation,
/// spaces and width may change in cleaning; the characters may not).
fn hanzi(s: &str) -> String {
    jianggao_engine::clean::to_simplified(s)
        .chars()
        .filter(|&c| jianggao_engine::text::is_cjk(c))
        .collect()
}

#[test]
fn every_character_of_every_non_junk_line_survives() {
    let mut lost = Vec::new();
    for p in pages() {
        let input = std::fs::read_to_string(&p).unwrap();
        let e = expect(&p.with_extension("expect"));
        let out = hanzi(&clean(&input).text);
        for line in input.lines() {
            // what is left of the line when its junk is taken out, piece by piece
            let mut rest = line.to_string();
            for j in &e.junk {
                rest = rest.replace(j.as_str(), "\n");
            }
            for piece in rest.split('\n') {
                let h = hanzi(piece);
                if h.chars().count() >= 6 && !out.contains(&h) {
                    lost.push(format!(
                        "{}: {piece}",
                        p.file_stem().unwrap().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(lost.is_empty(), "non-junk text lost:\n{}", lost.join("\n"));
}
