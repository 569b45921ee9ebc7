//! The `jianggao` binary on files: exit codes, messages, JSON shapes, on fixtures we wrote (the
//! engine's tests/fixtures) and, when it is there, on the real corpus beside the project
//! (../shared/corpus, read from there, never copied).

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

/// A fixture written for the tests, in the engine's fixture folder.
fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/tests/fixtures")
        .join(name)
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianggao-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Placeholder findings of `check --json` with their line and column checked against the file.
fn placeholder_findings(path: &std::path::Path) -> (Vec<serde_json::Value>, String) {
    let o = run(&["check", "--json", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    let findings: Vec<serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "placeholder")
        .cloned()
        .collect();
    for f in &findings {
        assert_eq!(f["severity"], "error");
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        let col = f["column"].as_u64().unwrap() as usize - 1;
        let at: String = line.chars().skip(col).collect();
        let t = f["text"].as_str().unwrap();
        assert!(
            !t.is_empty() && at.starts_with(t),
            "{t:?} not at {}:{}",
            f["line"],
            f["column"]
        );
        assert!(!f["message"].as_str().unwrap().is_empty());
    }
    (findings, text)
}

/// Where `word` occurs in `line`, as char ranges.
fn char_ranges(line: &str, word: &str) -> Vec<std::ops::Range<usize>> {
    let n = word.chars().count();
    line.match_indices(word)
        .map(|(b, _)| {
            let c = line[..b].chars().count();
            c..c + n
        })
        .collect()
}

/// Latin words, multiplication and a URL in the five-speeches fixture: no finding may touch them.
const NOT_PLACEHOLDERS: &[&str] = &[
    "ppp",
    "gdp",
    "2×660mw",
    "PPP",
    "GDP",
    "bt、",
    "bot",
    "tot",
    "www.xxfanwen.cn",
];

#[test]
fn check_json_on_the_five_speeches_fixture() {
    let path = fixture("five-speeches.txt");
    let (findings, text) = placeholder_findings(&path);
    let lines: Vec<&str> = text.split('\n').collect();
    // exactly the placeholders the fixture was written with, line by line, typed by their units:
    // none missed, none extra
    let expected: &[(u64, &[&str])] = &[
        (13, &["x批"]),
        (35, &["xx", "x", "x", "x", "x个"]),
        (41, &["xx", "x", "x", "x个"]),
        (
            45,
            &[
                "x%",
                "x",
                "x",
                "x",
                "x个",
                "x个",
                "xx亿元",
                "XX亿元",
                "x亿元",
                "x%",
                "x个百分点",
                "x个",
                "x个",
                "X%",
                "201x年",
                "x个",
                "x个",
                "x%",
            ],
        ),
        (49, &["XX月", "XX日", "x宗"]),
        (61, &["**", "**"]),
        (63, &["*%", "*位", "***", "**亿元", "**亿元"]),
        (
            65,
            &[
                "**个",
                "**亿元",
                "**",
                "*",
                "*",
                "**",
                "具体项目1",
                "具体项目2",
                "***万人",
            ],
        ),
        (73, &["×××", "○○", "○○"]),
        (75, &["_-_月份", "×亿元", "X.8%", "X%", "_%"]),
        (
            77,
            &[
                "牵头单位",
                "单位名称",
                "重点工程",
                "多少个",
                "_年",
                "多少亿元",
                "＿＿＿＿",
                "某",
                "某",
                "某某",
            ],
        ),
        (81, &["x批"]),
    ];
    let quoted = |f: &serde_json::Value| -> String {
        let m = f["message"].as_str().unwrap();
        let a = m.find('“').expect("a quoted placeholder") + '“'.len_utf8();
        let b = a + m[a..].find('”').unwrap();
        m[a..b].to_string()
    };
    let got: Vec<(u64, String)> = findings
        .iter()
        .map(|f| (f["line"].as_u64().unwrap(), quoted(f)))
        .collect();
    let want: Vec<(u64, String)> = expected
        .iter()
        .flat_map(|(l, ws)| ws.iter().map(move |w| (*l, w.to_string())))
        .collect();
    assert_eq!(got, want);
    assert_eq!(findings.len(), 66);
    // an independent count: runs of x / X / * that are not part of a Latin word
    let runs = mark_runs(&lines);
    let reported = findings
        .iter()
        .filter(|f| f["text"].as_str().unwrap().contains(['x', 'X', '*']))
        .count();
    assert_eq!(runs, 48);
    assert_eq!(reported, runs);
    // no finding's span overlaps a Latin word, 2×660mw or the URL
    for word in NOT_PLACEHOLDERS {
        assert!(text.contains(word), "the fixture lost {word}");
    }
    for f in &findings {
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        let col = f["column"].as_u64().unwrap() as usize - 1;
        let span = col..col + f["text"].as_str().unwrap().chars().count();
        for word in NOT_PLACEHOLDERS {
            for w in char_ranges(line, word) {
                assert!(
                    span.end <= w.start || w.end <= span.start,
                    "finding {} at {}:{} lies inside {word}",
                    f["text"],
                    f["line"],
                    f["column"]
                );
            }
        }
    }
    // every □ is a box finding, and nothing else is
    let o = run(&["check", "--json", path.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let boxes: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "box")
        .collect();
    assert_eq!(boxes.len(), text.matches('□').count());
    assert!(boxes.iter().all(|f| f["text"] == "□"));
}

#[test]
fn check_finds_nothing_in_a_finished_speech() {
    // a complete speech with real figures, Latin words and 2×660MW: no finding at all
    let path = fixture("correct-speech.txt");
    let o = run(&["check", path.to_str().unwrap()]);
    assert_eq!(stdout(&o), "");
    assert_eq!(o.status.code(), Some(0));
    let o = run(&[
        "check",
        "--json",
        path.to_str().unwrap(),
        "--place",
        "青山县",
        "--level",
        "县",
        "--year",
        "2026",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["findings"], serde_json::json!([]));
    let o = run(&["fields", "--json", path.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let unfilled_facts_only = v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["key"].as_str().unwrap().starts_with("fact:"));
    assert!(unfilled_facts_only, "{v}");
}

/// The real five-template file beside the project, when it is there: a fresh clone has none,
/// so this test says in one line whether it ran.
#[test]
fn check_json_on_the_five_templates_corpus() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/five-templates-major-projects.txt");
    if !path.exists() {
        eprintln!("corpus: ../shared/corpus not found, skipped");
        return;
    }
    let (findings, text) = placeholder_findings(&path);
    let lines: Vec<&str> = text.split('\n').collect();
    // the file's placeholders: runs of x / X / * that are not part of a Latin word
    let expected = mark_runs(&lines);
    let reported = findings.len();
    assert!(
        expected >= 85,
        "expected about 91 placeholders, counted {expected}"
    );
    assert!(
        reported * 100 >= expected * 95,
        "reported {reported} of {expected}"
    );
    // nothing inside ppp, gdp or 2×660mw
    for word in ["ppp", "gdp", "2×660mw"] {
        assert!(text.contains(word));
    }
    for f in &findings {
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        let col = f["column"].as_u64().unwrap() as usize - 1;
        let span = col..col + f["text"].as_str().unwrap().chars().count();
        for word in ["ppp", "gdp", "2×660mw", "PPP", "GDP"] {
            for w in char_ranges(line, word) {
                assert!(
                    span.end <= w.start || w.end <= span.start,
                    "finding {} at {}:{} lies inside {word}",
                    f["text"],
                    f["line"],
                    f["column"]
                );
            }
        }
    }
    eprintln!("corpus: ran on five-templates-major-projects.txt in ../shared/corpus");
}

#[test]
fn text_output_exit_codes_and_stdin() {
    let p = tmp("a.txt", "标题\n\n全县x个项目。\n".as_bytes());
    let o = run(&["check", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "3:3 placeholder 未填写的数量“x个”：全县（个）项目\n"
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
    let bin_file = tmp("c.pdf", b"%PDF-1.4\x00\x00binary");
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

/// Runs of x / X / * that are not part of a Latin word, counted without the engine.
fn mark_runs(lines: &[&str]) -> usize {
    let mut runs = 0;
    for line in lines {
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
                    runs += 1;
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    runs
}

#[test]
fn export_docx_fills_names_leftovers_and_refuses_unknown_presets() {
    let p = tmp(
        "d.txt",
        "关于项目的讲话\n\n同志们：\n\n一、总体情况\n\n今年开工[项目数]个，投资x亿元。\n"
            .as_bytes(),
    );
    let p = p.to_str().unwrap();
    let out = std::env::temp_dir().join(format!("jianggao-cli-{}/d.docx", std::process::id()));
    let out = out.to_str().unwrap();
    // placeholders left: exported all the same, and said how many on stderr
    let o = run(&["export", p, "--docx", "-o", out]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("还有 2 处占位符未填"), "{}", stderr(&o));
    let bytes = std::fs::read(out).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    // filled from --values: nothing said, the value is in the document
    let values = tmp("dv.json", r##"{"name:项目数":"12","#1":"8.5"}"##.as_bytes());
    let o = run(&[
        "export",
        p,
        "--docx",
        "--preset",
        "reading",
        "--large",
        "--values",
        values.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let doc = String::from_utf8_lossy(&o.stdout);
    assert!(
        doc.contains("今年开工12个，投资8.5亿元。"),
        "stored, so the text is readable"
    );
    assert!(doc.contains("<w:sz w:val=\"44\"/>"), "大字版: a 22 pt body");
    for bad in [
        &["--preset", "word"][..],
        &["--preset", "gongwen", "--large"][..],
    ] {
        let mut args = vec!["export", p, "--docx"];
        args.extend_from_slice(bad);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert!(
            stderr(&o).contains("版式") || stderr(&o).contains("讲话稿"),
            "{}",
            stderr(&o)
        );
    }
}

/// `returned`: the draft sent (with its values) against the one that came back: exactly the
/// edited and added sentences, each with its line in the new draft, and the dropped one; `-o`
/// writes the new draft with the draft's placeholder where the sentence came back as sent.
#[test]
fn a_returned_draft_against_the_one_sent() {
    let draft = tmp(
        "sent.txt",
        "县长讲话\n\n今年全县安排项目【项目个数】个。\n\n要抓好开工。要抓好投产。要抓好招商。\n"
            .as_bytes(),
    );
    let values = tmp("values.json", "{\"name:项目个数\": \"45\"}".as_bytes());
    let back = tmp(
        "back.txt",
        "县长讲话\n\n今年全县安排项目45个。\n\n要抓好开工，一刻不停。要抓好招商。\n\n领导加的一句。\n".as_bytes(),
    );
    let new = std::env::temp_dir().join(format!("jianggao-cli-{}/new.txt", std::process::id()));
    let (d, v, b, n) = (
        draft.to_str().unwrap(),
        values.to_str().unwrap(),
        back.to_str().unwrap(),
        new.to_str().unwrap(),
    );
    let o = run(&["returned", d, b, "--values", v, "--json", "-o", n]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let got: Vec<(String, Option<u64>, String)> = got
        .iter()
        .map(|x| {
            (
                x["kind"].as_str().unwrap().to_string(),
                x["line"].as_u64(),
                x["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("changed".into(), Some(5), "要抓好开工，一刻不停。".into()),
            ("added".into(), Some(7), "领导加的一句。".into()),
            ("dropped".into(), None, "要抓好投产。".into()),
        ]
    );
    // the sentence returned as sent keeps its placeholder: the field keeps its value
    let text = std::fs::read_to_string(&new).unwrap();
    assert!(text.contains("今年全县安排项目【项目个数】个。"), "{text}");
    assert!(
        text.contains("要抓好开工，一刻不停。要抓好招商。"),
        "{text}"
    );
    // without two files: a usage error
    assert_eq!(run(&["returned", d]).status.code(), Some(2));
}
