//! The `jianggao` binary on Word files: every command's FILE may be a .docx or a .doc (the
//! fixtures of crates/word, ours), read with its tracked changes accepted and said so on
//! stderr; a broken, empty, encrypted or WPS file is refused with its message (exit 2); the
//! app's own Word export read back gives the text exported.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jianggao"))
        .args(args)
        .output()
        .expect("run jianggao")
}

fn out(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn word(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../word/tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn tmp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("jianggao-cli-word-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p.to_string_lossy().into_owned()
}

#[test]
fn a_docx_with_tracked_changes_is_read_as_accepted_and_said_so() {
    let o = run(&["export", &word("revisions.docx"), "--to", "txt"]);
    let (stdout, stderr) = out(&o);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stdout.starts_with("我们要始终把群众的事放在心上，办好实事。"),
        "{stdout}"
    );
    assert!(stdout.contains("会议改在周五召开。"));
    assert!(!stdout.contains("原定") && !stdout.contains("努力"));
    assert!(
        stderr.contains("带有修订（插入 2 处、删除 2 处），已按全部接受读取"),
        "{stderr}"
    );
    assert!(stderr.contains("1 条批注"), "{stderr}");
    // no changes, nothing said
    let o = run(&["export", &word("notice.docx"), "--to", "txt"]);
    assert_eq!(out(&o).1, "");
}

#[test]
fn docx_and_doc_are_read_alike_by_every_command() {
    for cmd in [
        vec!["check", "--json"],
        vec!["fields", "--json"],
        vec!["clean", "--json"],
    ] {
        let a = run(&[cmd.as_slice(), &[word("notice.docx").as_str()]].concat());
        let b = run(&[cmd.as_slice(), &[word("notice.doc").as_str()]].concat());
        assert_eq!(a.status.code(), b.status.code(), "{cmd:?}");
        assert!(a.status.code() != Some(2), "{cmd:?}: {}", out(&a).1);
        assert_eq!(out(&a).0, out(&b).0, "{cmd:?}");
    }
    let o = run(&["export", &word("numbering.docx"), "--to", "txt"]);
    let text = out(&o).0;
    assert!(text.contains("一、今年以来的工作\n\n（一）粮食生产稳中有进\n\n1.完成播种面积十二万亩"));
    assert!(!text.contains("页脚"));
    // standard input: known by its first bytes
    let bytes = std::fs::read(word("table.docx")).expect("fixture");
    let mut child = Command::new(env!("CARGO_BIN_EXE_jianggao"))
        .args(["export", "-", "--to", "txt"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(&bytes).expect("write");
    }
    let o = child.wait_with_output().expect("wait");
    assert!(
        out(&o).0.contains("项目名称\t总投资\t进度"),
        "{:?}",
        out(&o)
    );
}

#[test]
fn unreadable_word_files_exit_2_with_their_message() {
    let cases: [(&str, &[u8], &str); 4] = [
        ("empty.docx", b"", "是空的"),
        ("broken.docx", b"PK\x03\x04\x00\x00binary", "已损坏"),
        (
            "old.wps",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "WPS 自己的格式",
        ),
        (
            "locked.docx",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not a compound file",
            "已损坏",
        ),
    ];
    for (name, bytes, says) in cases {
        let p = tmp(name, bytes);
        let o = run(&["check", &p]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(out(&o).1.contains(says), "{name}: {}", out(&o).1);
        assert!(out(&o).1.contains("原稿未改动"), "{name}");
    }
}

/// The app's own Word export, opened again, gives back the text exported: each preset, and the
/// large-print layout.
#[test]
fn the_word_export_read_back_gives_the_same_text() {
    let template = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/templates/county-promotion.txt")
        .to_string_lossy()
        .into_owned();
    let want = out(&run(&["export", &template, "--to", "txt"])).0;
    assert!(want.len() > 500);
    for layout in [
        vec!["--preset", "gongwen"],
        vec!["--preset", "reading"],
        vec!["--preset", "reading", "--large"],
    ] {
        let docx = tmp(&format!("rt-{}.docx", layout.join("")), b"");
        let args = [
            &["export", template.as_str(), "--docx"][..],
            &layout,
            &["-o", docx.as_str()],
        ]
        .concat();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{layout:?}: {}", out(&o).1);
        let back = out(&run(&["export", &docx, "--to", "txt"])).0;
        assert_eq!(back, want, "{layout:?}");
    }
}
