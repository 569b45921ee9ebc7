//! The `jianggao` binary on files: exit codes, messages, JSON shapes, and the real corpus
//! beside the project (../shared/corpus, read from there, never copied).

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jianggao"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run jianggao")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 output")
}

fn corpus(name: &str) -> PathBuf {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    assert!(
        p.exists(),
        "the corpus file {} is missing (it lives beside the project in shared/corpus)",
        p.display()
    );
    p
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianggao-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn check_json_on_the_five_templates_corpus() {
    let path = corpus("five-templates-major-projects.txt");
    let o = run(&["check", "--json", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut reported = 0;
    // the file also has □ and repeated paragraphs; count the placeholders
    let findings: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["rule"] == "placeholder")
        .collect();
    for f in &findings {
        assert_eq!(f["severity"], "error");
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        let col = f["column"].as_u64().unwrap() as usize - 1;
        let at: String = line.chars().skip(col).collect();
        let t = f["text"].as_str().unwrap();
        assert!(
            at.starts_with(t),
            "{t:?} not at {}:{}",
            f["line"],
            f["column"]
        );
        assert!(!f["message"].as_str().unwrap().is_empty());
        reported += 1;
    }
    // the file's placeholders: runs of x / X / * that are not part of a Latin word
    let mut expected = 0;
    for line in &lines {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if matches!(c, 'x' | 'X' | '*') {
                let mut j = i;
                while j < chars.len() && chars[j] == c {
                    j += 1;
                }
                let latin = |k: Option<&char>| k.is_some_and(|c| c.is_ascii_alphabetic());
                if !latin(i.checked_sub(1).and_then(|k| chars.get(k))) && !latin(chars.get(j)) {
                    expected += 1;
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    assert!(
        expected >= 85,
        "expected about 91 placeholders, counted {expected}"
    );
    assert!(
        reported * 100 >= expected * 95,
        "reported {reported} of {expected}"
    );
    // nothing inside ppp, gdp or 2×660mw
    for f in &findings {
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        let col = f["column"].as_u64().unwrap() as usize - 1;
        let around: String = line.chars().skip(col.saturating_sub(3)).take(10).collect();
        for word in ["ppp", "gdp", "660mw", "PPP", "GDP"] {
            assert!(
                !around.contains(word) || !word.contains(f["text"].as_str().unwrap()),
                "{around}"
            );
        }
    }
    assert!(text.contains("ppp") && text.contains("gdp") && text.contains("2×660mw"));
}

#[test]
fn text_output_exit_codes_and_stdin() {
    let p = tmp("a.txt", "标题\n\n全县x个项目。\n".as_bytes());
    let o = run(&["check", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "3:3 placeholder 未填写的数量“x个”：全县（个）\n"
    );
    let clean = tmp("b.txt", "标题\n\n全县12个项目。\n".as_bytes());
    let o = run(&["check", clean.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
    let mut child = bin()
        .args(["check", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("投资**亿元".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("1:3 placeholder"));
}

#[test]
fn read_errors_are_clear_and_exit_2() {
    let o = run(&["check", "/nonexistent/x.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("找不到文件"), "{}", stderr(&o));
    let o = run(&["check", std::env::temp_dir().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("是一个目录"));
    let o = run(&["frobnicate", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("未知命令"));
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    let bin_file = tmp("c.docx", b"PK\x03\x04\x00\x00binary");
    let o = run(&["check", bin_file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("不是文本文件"), "{}", stderr(&o));
    // GB18030 text is decoded, with a note
    let (gbk, _, _) = encoding_rs::GB18030.encode("全县x个项目");
    let p = tmp("gbk.txt", &gbk);
    let o = run(&["check", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("GB18030"));
    assert!(stdout(&o).contains("x个"));
}

#[test]
fn fields_fill_export() {
    let p = tmp(
        "f.txt",
        "标题\n\n[项目A]投资x亿元，[项目A]占比x%。\n".as_bytes(),
    );
    let o = run(&["fields", "--json", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let fields = v["fields"].as_array().unwrap();
    assert_eq!(fields.len(), 3);
    assert_eq!(fields[0]["key"], "name:项目A");
    assert_eq!(fields[0]["occurrences"].as_array().unwrap().len(), 2);
    assert_eq!(fields[1]["kind"], "money");
    assert_eq!(fields[1]["unit"], "亿元");
    assert_eq!(fields[1]["label"], "投资（亿元）");
    assert_eq!(fields[2]["role"], "share");
    let values = tmp(
        "v.json",
        r##"{"name:项目A":"东港大桥","#1":"12.5","#2":40}"##.as_bytes(),
    );
    let o = run(&[
        "fill",
        p.to_str().unwrap(),
        "--values",
        values.to_str().unwrap(),
    ]);
    assert_eq!(
        stdout(&o),
        "标题\n\n东港大桥投资12.5亿元，东港大桥占比40%。\n"
    );
    let bad = tmp("bad.json", b"[1,2]");
    let o = run(&[
        "fill",
        p.to_str().unwrap(),
        "--values",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("不是有效的 JSON 对象"));
    let o = run(&["export", p.to_str().unwrap(), "--to", "md"]);
    assert!(stdout(&o).starts_with("# 标题\n\n"));
    let o = run(&["export", p.to_str().unwrap(), "--to", "txt", "--indent"]);
    assert!(stdout(&o).contains("\n\n\u{3000}\u{3000}[项目A]"));
    let o = run(&["export", p.to_str().unwrap(), "--to", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn clean_json_places_repairs_in_the_input() {
    let p = tmp(
        "site.txt",
        "您的位置：首页 > 范文\n标题\n\n同志们:\n\n东港大桥□西湖公园等项目顺利。\n".as_bytes(),
    );
    let o = run(&["clean", "--json", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["text"],
        "标题\n\n同志们：\n\n东港大桥、西湖公园等项目顺利。\n"
    );
    let repairs = v["repairs"].as_array().unwrap();
    let junk = repairs.iter().find(|r| r["rule"] == "site-junk").unwrap();
    assert_eq!(
        (junk["line"].as_u64(), junk["column"].as_u64()),
        (Some(1), Some(1))
    );
    let bx = repairs.iter().find(|r| r["rule"] == "box").unwrap();
    assert_eq!(
        (bx["line"].as_u64(), bx["column"].as_u64()),
        (Some(6), Some(5))
    );
    assert_eq!(bx["after"], "、");
    let o = run(&["clean", p.to_str().unwrap()]);
    assert_eq!(
        stdout(&o),
        "标题\n\n同志们：\n\n东港大桥、西湖公园等项目顺利。\n"
    );
    assert!(stderr(&o).contains("删除网页杂项 1 处"));
}
