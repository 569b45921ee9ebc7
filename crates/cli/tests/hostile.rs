//! What a hostile or unlucky user gives the CLI: arguments that are not UTF-8, values and files
//! larger than a draft, and every input kept in `tests/corpus` (inputs that once made a command
//! panic, abort or hang, and shapes made to do so), run through every command: an answer or a
//! message, exit 0, 1 or 2, never a signal, each within a bound.

use std::ffi::OsStr;
#[cfg(unix)]
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn run<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jianggao"))
        .args(args)
        .output()
        .expect("run jianggao")
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianggao-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file name in GBK bytes (an old archive's) is a path like any other; an option's value that
/// is not UTF-8 is a message; neither aborts.
#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8() {
    let dir = std::env::temp_dir().join(format!("jianggao-gbk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // 讲稿.txt in GBK
    let (name, _, _) = encoding_rs::GBK.encode("讲稿.txt");
    let path = dir.join(OsStr::from_bytes(&name));
    std::fs::write(&path, "今年安排项目x个。\n").unwrap();
    let o = run(&[OsStr::new("check"), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("x个"));
    for args in [
        vec![OsStr::new("check"), OsStr::from_bytes(b"\xff")],
        vec![OsStr::from_bytes(b"\xff\xfe")],
        vec![
            OsStr::new("check"),
            OsStr::new("--place"),
            OsStr::from_bytes(b"\xc4\xe3"),
            path.as_os_str(),
        ],
        vec![
            OsStr::new("check"),
            OsStr::from_bytes(b"--\xff"),
            path.as_os_str(),
        ],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
        assert!(stderr(&o).starts_with("jianggao: "), "{}", stderr(&o));
    }
    let o = run(&[
        OsStr::new("check"),
        OsStr::new("--place"),
        OsStr::from_bytes(b"\xc4\xe3"),
        path.as_os_str(),
    ]);
    assert!(stderr(&o).contains("不是 UTF-8"), "{}", stderr(&o));
}

/// Values are bounded as drafts are: a values file over 2 MB is refused, and so is a fill that
/// would be larger than eight drafts (a long value in every occurrence of a field).
#[test]
fn values_too_large_are_messages() {
    let draft = tmp(
        "v-draft.txt",
        "【项目名称】开工，【项目名称】竣工。\n"
            .repeat(2000)
            .as_bytes(),
    );
    let big = tmp(
        "big.json",
        format!("{{\"项目名称\":\"{}\"}}", "甲".repeat(800_000)).as_bytes(),
    );
    for cmd in [
        &["fill", "--values"][..],
        &["export", "--docx", "-o", "/dev/null", "--values"][..],
    ] {
        let mut args: Vec<&str> = cmd.to_vec();
        args.push(big.to_str().unwrap());
        args.push(draft.to_str().unwrap());
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("太大"), "{}", stderr(&o));
    }
    // 4,000 occurrences × 30 KB is 120 MB filled
    let long = tmp(
        "long.json",
        format!("{{\"name:项目名称\":\"{}\"}}", "乙".repeat(10_000)).as_bytes(),
    );
    let o = run(&[
        "fill",
        "--values",
        long.to_str().unwrap(),
        draft.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("超过"), "{}", stderr(&o));
    // a short value fills
    let short = tmp("short.json", "{\"name:项目名称\":\"北岭水厂\"}".as_bytes());
    let o = run(&[
        "fill",
        "--values",
        short.to_str().unwrap(),
        draft.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // a draft file larger than 2 MB is refused before it is read
    let huge = tmp("huge.txt", &vec![b'x'; 3 << 20]);
    let o = run(&["check", huge.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("文件太大"), "{}", stderr(&o));
}

/// The inputs of the corpus: drafts (`.txt`), ledgers (`.xlsx .xls .ods .csv .tsv`), and
/// values (`.json`), each through every command that takes its kind.
#[test]
fn every_corpus_input_through_every_command() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let draft = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/fixtures/kinds.txt");
    let ledger = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/tests/fixtures/ledger/qingshan-12.tsv");
    let values = tmp("values.json", b"{\"#1\":\"12\"}");
    let (d, l, v) = (
        draft.to_str().unwrap(),
        ledger.to_str().unwrap(),
        values.to_str().unwrap(),
    );
    let mut runs = 0;
    for f in &files {
        let f = f.to_str().unwrap();
        let commands: Vec<Vec<&str>> = match f.rsplit('.').next().unwrap() {
            "txt" => vec![
                vec!["check", "--json", f],
                vec!["check", "--ledger", l, f],
                vec!["fields", "--json", f],
                vec!["fill", "--values", v, f],
                vec!["fill", "--ledger", l, f],
                vec!["clean", "--json", f],
                vec!["export", "--to", "md", f],
                vec!["export", "--to", "txt", "--indent", f],
                vec!["export", "--docx", "-o", "/dev/null", "--values", v, f],
                vec!["unchanged", "--json", f, d],
                vec!["unchanged", d, f],
            ],
            "json" => vec![
                vec!["fill", "--values", f, d],
                vec!["export", "--docx", "-o", "/dev/null", "--values", f, d],
            ],
            "md" => continue,
            _ => vec![
                vec!["ledger", "--json", f],
                vec!["check", "--ledger", f, d],
                vec!["fill", "--ledger", f, d],
                vec!["export", "--docx", "-o", "/dev/null", "--values", v, d],
            ],
        };
        for args in commands {
            let t = Instant::now();
            let o = run(&args);
            let took = t.elapsed();
            runs += 1;
            let code = o.status.code();
            assert!(
                matches!(code, Some(0..=2)) && !stderr(&o).contains("panicked"),
                "{args:?}: exit {code:?}, {}",
                stderr(&o)
            );
            if code == Some(2) {
                assert!(stderr(&o).starts_with("jianggao: "), "{args:?}: no message");
            }
            // generous for a debug build on a loaded machine: a hang was tens of seconds
            assert!(took < Duration::from_secs(30), "{args:?} took {took:?}");
        }
    }
    assert!(runs >= 20, "{runs} runs: the corpus is missing");
}

/// A spreadsheet whose reading never ends (here a named pipe no one writes to, as a reader stuck
/// in a damaged file was) is given up after the time limit with a message, the child ended.
#[cfg(unix)]
#[test]
fn a_sheet_that_never_reads_is_given_up() {
    let dir = std::env::temp_dir().join(format!("jianggao-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("台账.xlsx");
    let _ = std::fs::remove_file(&fifo);
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    let t = Instant::now();
    let o = run(&[OsStr::new("ledger"), fifo.as_os_str()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("仍未完成"), "{}", stderr(&o));
    assert!(t.elapsed() < Duration::from_secs(40), "{:?}", t.elapsed());
}
