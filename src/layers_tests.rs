//! The app's layers, read from its sources: a feature folder (import, ledger, history, export,
//! checks, fields, outline, editor) names no other feature and not the shell; the shared
//! modules (state, storage, workers, tables, dom, the windowed list) name no feature; the shell
//! composes the features and `app.rs` composes it all, and nothing names `app`.
//! (`crates/engine/tests/house.rs` holds the crate-wide rules: no import loop, no long file.)

use std::path::{Path, PathBuf};

const FEATURES: [&str; 9] = [
    "checks", "editor", "export", "fields", "history", "import", "ledger", "outline", "returned",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
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

/// The code of a file without comments, up to its test module.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if !t.starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The top-level modules of the crate a piece of code names: `crate::x…` and the items of
/// `crate::{x, y::z}`.
fn named(code: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            out.extend(group[..end].split(',').map(ident));
        } else {
            out.push(ident(rest));
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

/// The folder (or root file) a source file belongs to: `ledger/panel.rs` → `ledger`,
/// `state.rs` → `state`.
fn layer_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap_or(file);
    let first = rel.iter().next().map(|s| s.to_string_lossy().to_string());
    first
        .unwrap_or_default()
        .trim_end_matches(".rs")
        .to_string()
}

/// What a module of `layer` may not name.
fn forbidden(layer: &str, name: &str) -> bool {
    let feature = |m: &str| FEATURES.contains(&m);
    match layer {
        "app" | "lib" | "main" => false,
        "shell" => name == "app",
        l if feature(l) => name != l && (feature(name) || name == "shell" || name == "app"),
        // a shared module
        _ => feature(name) || name == "shell" || name == "app",
    }
}

fn breaks(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let mut out = Vec::new();
    for f in files {
        if f.to_string_lossy().ends_with("tests.rs") || f.ends_with("fixtures.rs") {
            continue;
        }
        let layer = layer_of(&f);
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for name in named(&code(&text)) {
            if forbidden(&layer, &name) {
                out.push(format!("{} names crate::{name}", f.display()));
            }
        }
    }
    out
}

#[test]
fn no_feature_names_another_and_no_shared_module_names_a_feature() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(files.len() > 40, "the sources were not found: {files:?}");
    let found = breaks(&src());
    assert!(found.is_empty(), "{found:#?}");
    // every feature is a folder that is there
    for f in FEATURES {
        assert!(src().join(f).join("mod.rs").exists(), "{f}/mod.rs");
    }
}

#[test]
fn the_reader_sees_paths_and_groups() {
    let c = code("use crate::ledger::Offer;\n// crate::app\nfn f() { crate::dom::confirm(\"\") }\nuse crate::{state::State, history};\n#[cfg(test)]\nuse crate::shell;\n");
    assert_eq!(named(&c), ["ledger", "dom", "state", "history"]);
    assert!(forbidden("import", "ledger"));
    assert!(forbidden("import", "shell"));
    assert!(!forbidden("import", "import"));
    assert!(!forbidden("import", "storage"));
    assert!(forbidden("storage", "history"));
    assert!(!forbidden("shell", "ledger"));
    assert!(forbidden("shell", "app"));
}
