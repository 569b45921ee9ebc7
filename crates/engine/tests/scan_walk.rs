//! The analysis scans only where its char walk found a char that may start a placeholder
//! (`scan::scan_at`): it finds exactly what `scan::scan`, which looks at every char, finds.

use jianggao_engine::{scan, Analysis};
use std::path::{Path, PathBuf};

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// Texts made of the pieces placeholders are written with and the words around them,
/// strung together by a fixed pseudo-random sequence.
fn strung_texts(n: usize) -> Vec<String> {
    const PIECES: &[&str] = &[
        "x",
        "X",
        "ｘ",
        "Ｘ",
        "xx",
        "*",
        "＊",
        "×",
        "○",
        "_",
        "＿",
        "__",
        "[",
        "]",
        "【",
        "】",
        "［",
        "］",
        "{{",
        "}}",
        "{",
        "}",
        "某",
        "某某",
        "多",
        "少",
        "亿元",
        "个",
        "%",
        "201",
        "9",
        "９",
        "é",
        "ǎ",
        "÷",
        "😀",
        "www",
        ".",
        "://",
        "http",
        "同志",
        "，",
        "。",
        " ",
        "\n",
        "\r\n",
        "\u{3000}",
        "（例如：",
        "）",
        "(",
        ")",
        "第",
        "页",
        "-",
        "至",
        "月",
        "日",
        "ab",
        "PPP",
        "元",
        "ＡＢ",
        "ａ",
        "項",
        "项目",
        "名称",
        "的的",
        "年",
        "射线",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    (0..n)
        .map(|_| {
            let len = 1 + next(40);
            (0..len).map(|_| PIECES[next(PIECES.len())]).collect()
        })
        .collect()
}

#[test]
fn the_analysis_scans_what_the_scan_finds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    txt_files(&root.join("tests"), &mut files);
    txt_files(&root.join("../../../shared/corpus"), &mut files);
    let mut texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    texts.extend(
        jianggao_engine::templates::TEMPLATES
            .iter()
            .map(|t| t.text.to_string()),
    );
    assert!(texts.len() > 20, "the fixtures are there");
    texts.extend(strung_texts(4000));
    for t in &texts {
        assert_eq!(Analysis::new(t).scan, scan::scan(t), "{t:?}");
    }
}
