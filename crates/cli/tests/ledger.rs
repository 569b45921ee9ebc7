//! `jianggao ledger`, `check --ledger`, `fill --ledger` and `unchanged` on our ledger fixtures:
//! the same 12 projects as pasted cells (.tsv), an Excel workbook and an OpenDocument sheet
//! (both with a merged title row and numbers stored as numbers), and a CSV in 亿元.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jianggao"))
        .args(args)
        .output()
        .expect("run jianggao")
}

fn ledger(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/tests/fixtures/ledger")
        .join(name);
    p.display().to_string()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

#[test]
fn every_format_gives_the_hand_counted_facts() {
    for file in ["qingshan-12.tsv", "qingshan-12.xlsx", "qingshan-12.ods"] {
        let v = json(&run(&["ledger", "--json", &ledger(file)]));
        assert_eq!(v["rows"], 12, "{file}");
        assert_eq!(v["unit"], "亿元", "{file}");
        assert_eq!(v["columns"]["name"]["index"], 1, "{file}");
        assert_eq!(v["columns"]["completed"]["index"], 6, "{file}");
        let f = &v["facts"];
        // hand sums: see the engine's tests/ledger.rs
        for (k, want) in [
            ("projects", 12.0),
            ("new", 5.0),
            ("continued", 5.0),
            ("started", 9.0),
            ("start_rate", 75.0),
            ("total_investment", 73.0),
            ("year_plan", 18.5),
            ("completed", 13.96),
            ("completion_rate", 75.5),
            ("schedule_gap", -7.9),
        ] {
            // rates unrounded: within 0.05 of the one-decimal hand figure
            let got = f[k].as_f64().unwrap_or(f64::NAN);
            assert!((got - want).abs() < 0.05, "{file} {k}: {got} vs {want}");
        }
    }
    let v = json(&run(&[
        "ledger",
        "--json",
        "--unit",
        "万元",
        &ledger("baishi.csv"),
    ]));
    assert_eq!(v["facts"]["completed"].as_f64(), Some(108700.0));
}

#[test]
fn check_finds_exactly_the_three_wrong_figures() {
    let draft = ledger("draft-eight-figures.txt");
    let o = run(&[
        "check",
        "--json",
        "--ledger",
        &ledger("qingshan-12.xlsx"),
        &draft,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let found: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "ledger-mismatch")
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(found, ["14.6亿元", "10个", "80%"]);
}

#[test]
fn fill_takes_the_ledger_values_and_says_which() {
    let tpl = std::env::temp_dir().join(format!("jianggao-ledger-{}.txt", std::process::id()));
    std::fs::write(
        &tpl,
        "全县共实施重大项目xx个，已开工项目xx个，完成投资xx亿元，开工率xx%。",
    )
    .unwrap();
    let o = run(&[
        "fill",
        "--ledger",
        &ledger("qingshan-12.tsv"),
        tpl.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "全县共实施重大项目12个，已开工项目9个，完成投资13.96亿元，开工率75%。"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("9（台账的已开工项目数）"), "{err}");
    // what is still the template: every sentence (only placeholders were filled)
    let filled = tpl.with_extension("filled.txt");
    std::fs::write(&filled, &o.stdout).unwrap();
    let v = json(&run(&[
        "unchanged",
        "--json",
        tpl.to_str().unwrap(),
        filled.to_str().unwrap(),
    ]));
    assert_eq!(v["unchanged_share"].as_f64(), Some(1.0));
    assert_eq!(v["sentences"][0]["line"], 1);
}

#[test]
fn a_wps_file_and_a_sheet_without_a_ledger_say_what_to_do() {
    let dir = std::env::temp_dir().join(format!("jianggao-ledger-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let et = dir.join("台账.et");
    std::fs::write(&et, b"\xd0\xcf\x11\xe0").unwrap();
    let o = run(&["ledger", et.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("另存为"));
    let csv = dir.join("names.csv");
    std::fs::write(&csv, "姓名,电话\n张三,123\n").unwrap();
    let o = run(&["ledger", csv.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("没有找到台账的表头"));
}
