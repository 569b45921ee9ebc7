//! The house rules of the source tree, read from the files themselves:
//!
//! * no import loop between modules, in the engine and in the app: a module is a file; it
//!   depends on every module it names in a path (`use crate::…`, `crate::x::f(…)`, `super::…`,
//!   a child module's name) and on each child it declares (`mod x;`), so a child that names its
//!   parent, or a module that names the crate root's re-exports, makes a loop;
//! * no source file over 600 lines;
//! * no `.unwrap()` or `.expect(…)` outside tests: an error is a value with a Chinese message;
//! * no `{:.N}` format of a float in the engine or the app (`decimal::fixed` instead).
//!
//! Every crate of the workspace is read ([`CRATES`]).
//!
//! Test modules (`#[cfg(test)]` to the end of a file) and comments are not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

/// The `src/` of every crate: the engine, the app, the CLI, the spreadsheet cells, what the app
/// and its workers share, the workers.
const CRATES: [&str; 6] = [
    "crates/engine/src",
    "src",
    "crates/cli/src",
    "crates/sheets/src",
    "crates/web/src",
    "crates/workers/src",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `a/b.rs` → ["a", "b"]; `a/mod.rs` → ["a"]; `lib.rs` → [].
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a file without comments, up to its test module.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        // drop a trailing comment (good enough: our paths never hold `//`)
        let line = match line.find("//") {
            Some(k) if !line[..k].contains('"') => &line[..k],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every path `a::b::c` in the code, as its segments, with the brace groups of `use` lines
/// expanded one level (`use crate::x::{a, b}` names `crate::x::a` and `crate::x::b`).
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !is_ident(chars[i]) || (i > 0 && (is_ident(chars[i - 1]) || chars[i - 1] == ':')) {
            i += 1;
            continue;
        }
        let mut segs = Vec::new();
        let mut j = i;
        loop {
            let s = j;
            while j < chars.len() && is_ident(chars[j]) {
                j += 1;
            }
            segs.push(chars[s..j].iter().collect::<String>());
            if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' {
                j += 2;
                if chars[j] == '{' {
                    // a group: each item is a path under the prefix
                    let end = chars[j..]
                        .iter()
                        .position(|&c| c == '}')
                        .map_or(chars.len(), |k| j + k);
                    let group: String = chars[j + 1..end].iter().collect();
                    for item in group.split(',') {
                        let item = item.trim();
                        let first: String = item.chars().take_while(|&c| is_ident(c)).collect();
                        if !first.is_empty() && first != "self" {
                            let mut p = segs.clone();
                            p.extend(item.split("::").map(|s| {
                                s.trim()
                                    .chars()
                                    .take_while(|&c| is_ident(c))
                                    .collect::<String>()
                            }));
                            out.push(p);
                        }
                    }
                    out.push(segs.clone());
                    j = end;
                    segs.clear();
                    break;
                }
                if j < chars.len() && is_ident(chars[j]) {
                    continue;
                }
            }
            break;
        }
        if segs.len() > 1 {
            out.push(segs);
        }
        i = j.max(i + 1);
    }
    out
}

/// The modules of a crate's `src/` and the modules each depends on.
fn graph(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .filter(|f| !(f.ends_with("main.rs") && src.join("lib.rs").exists()))
        .map(|f| (module_of(src, f), f.clone()))
        .collect();
    let mut g = BTreeMap::new();
    for (m, file) in &modules {
        let text = code(&std::fs::read_to_string(file).unwrap());
        let mut deps = BTreeSet::new();
        // declared children
        for line in text.lines() {
            let t = line.trim();
            let t = t.strip_prefix("pub ").unwrap_or(t);
            if let Some(name) = t.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
                let mut child = m.clone();
                child.push(name.trim().to_string());
                deps.insert(child);
            }
        }
        for p in paths(&text) {
            // resolve the path's start to an absolute module path
            let mut abs: Vec<String> = match p[0].as_str() {
                "crate" => Vec::new(),
                "super" => {
                    let mut up = m.clone();
                    up.pop();
                    up
                }
                "self" => m.clone(),
                first => {
                    let mut child = m.clone();
                    child.push(first.to_string());
                    if !modules.contains_key(&child) {
                        continue; // an outside crate or a local name
                    }
                    child.pop();
                    child
                }
            };
            let rest = if matches!(p[0].as_str(), "crate" | "super" | "self") {
                &p[1..]
            } else {
                &p[..]
            };
            // the longest prefix that is a module of ours; a path into the crate root's
            // items (`crate::Analysis`) depends on the root
            let mut target = abs.clone();
            for s in rest {
                abs.push(s.clone());
                if modules.contains_key(&abs) {
                    target = abs.clone();
                } else {
                    break;
                }
            }
            if &target != m {
                deps.insert(target);
            }
        }
        g.insert(m.clone(), deps);
    }
    g
}

/// A loop in the graph, as its modules, if there is one.
fn find_loop(g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        n: &Vec<String>,
        g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(2) => return None,
            Some(1) => {
                let k = stack.iter().position(|s| s == n).unwrap_or(0);
                let mut cyc: Vec<String> = stack[k..].iter().map(|s| name(s)).collect();
                cyc.push(name(n));
                return Some(cyc);
            }
            _ => {}
        }
        state.insert(n.clone(), 1);
        stack.push(n.clone());
        for d in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, g, state, stack) {
                return Some(c);
            }
        }
        stack.pop();
        state.insert(n.clone(), 2);
        None
    }
    fn name(m: &[String]) -> String {
        if m.is_empty() {
            "crate".into()
        } else {
            m.join("::")
        }
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if let Some(c) = visit(n, g, &mut state, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_import_loop_in_the_engine_or_the_app() {
    for src in CRATES {
        let g = graph(&root().join(src));
        assert!(
            g.len() > 1 || src == "crates/cli/src",
            "{src}: no modules read"
        );
        if let Some(cycle) = find_loop(&g) {
            panic!("{src}: import loop {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_loop_finder_sees_a_child_naming_its_parent_and_the_root() {
    let dir = std::env::temp_dir().join(format!("jianggao-house-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(
        dir.join("lib.rs"),
        "pub mod a;\npub mod text;\npub use a::Thing;\n",
    )
    .unwrap();
    std::fs::write(dir.join("text.rs"), "pub struct X;\n").unwrap();
    std::fs::write(dir.join("a/mod.rs"), "mod b;\npub struct Thing;\n").unwrap();
    std::fs::write(dir.join("a/b.rs"), "use crate::text::X;\n").unwrap();
    assert_eq!(find_loop(&graph(&dir)), None);
    // a child that names its parent's item
    std::fs::write(dir.join("a/b.rs"), "use super::Thing;\n").unwrap();
    assert!(find_loop(&graph(&dir)).is_some());
    // a module that names the root's re-export
    std::fs::write(dir.join("a/b.rs"), "fn f(_: crate::Thing) {}\n").unwrap();
    assert!(find_loop(&graph(&dir)).is_some());
    // grouped use lines are read item by item
    std::fs::write(dir.join("a/b.rs"), "use crate::{a::Thing, text};\n").unwrap();
    assert!(find_loop(&graph(&dir)).is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_source_file_over_600_lines() {
    let mut files = Vec::new();
    for src in CRATES {
        rust_files(&root().join(src), &mut files);
    }
    assert!(files.len() > 20, "the source files were not found");
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

/// A panic in the app loses the page (the panic hook saves the draft and asks for a reload), in
/// a worker the request, in the CLI the command's message: errors are values, with a Chinese
/// message where a writer reads them.
#[test]
fn no_unwrap_or_expect_outside_tests() {
    let mut files = Vec::new();
    for src in CRATES {
        rust_files(&root().join(src), &mut files);
    }
    assert!(files.len() > 20, "the source files were not found");
    let found: Vec<String> = files
        .iter()
        .filter(|f| {
            let code = code(&std::fs::read_to_string(f).unwrap());
            code.contains(".unwrap()") || code.contains(".expect(")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        found.is_empty(),
        "`.unwrap()` / `.expect(` outside tests: {found:?}"
    );
}

/// A `{:.N}` in the engine or the app formats an f64 with core's Grisu / Dragon (~11 KB of the
/// app's wasm): `decimal::fixed` writes the same digits (ARCHITECTURE.md, the first load).
#[test]
fn no_float_precision_format_in_the_engine_or_the_app() {
    let mut files = Vec::new();
    for src in ["crates/engine/src", "src"] {
        rust_files(&root().join(src), &mut files);
    }
    assert!(files.len() > 20, "the source files were not found");
    let found: Vec<String> = files
        .iter()
        .filter(|f| code(&std::fs::read_to_string(f).unwrap()).contains("{:."))
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        found.is_empty(),
        "`{{:.N}}` (use decimal::fixed): {found:?}"
    );
}

/// A standard sort in the app's code compiles the whole of it into the first load again (the
/// stable one ~3.7 KB per element type): `jianggao_engine::order::sort_by_u64` is the app's one
/// sort (ARCHITECTURE.md, hand-written for size).
#[test]
fn no_standard_sort_in_the_app() {
    let mut files = Vec::new();
    for src in ["src", "crates/web/src"] {
        rust_files(&root().join(src), &mut files);
    }
    assert!(files.len() > 20, "the source files were not found");
    let sorts = [".sort(", ".sort_by", ".sort_unstable"];
    let found: Vec<String> = files
        .iter()
        .filter(|f| !f.to_string_lossy().ends_with("tests.rs"))
        .filter(|f| {
            let code = code(&std::fs::read_to_string(f).unwrap());
            sorts.iter().any(|s| code.contains(s))
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        found.is_empty(),
        "a standard sort in the app (use jianggao_engine::order::sort_by_u64): {found:?}"
    );
}
