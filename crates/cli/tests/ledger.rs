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

/// A summary ledger saved as a GBK .csv: its rows are groups with a 项目个数 column and a 合计
/// right under the header (23 = 9+11+3, 186.4 = 64.2+98.7+23.5, 52.6 = 21.5+28.3+2.8, 35.1 =
/// 12.9+21.4+0.8; 35.1/52.6 = 66.73%, 1-8月 → gap +0.06). The draft's figures are checked
/// against what their sentences state: 168.4 (186.4), 76.7% (66.7%, written
/// `占年度投资计划的`) and the 续建 group's 24.1 (21.4) are wrong; a threshold, a part counted
/// in its sentence and a visit's own list are not totals.
#[test]
fn a_gbk_summary_ledger_and_its_draft() {
    let file = ledger("shapes/summary-gbk.csv");
    let v = json(&run(&["ledger", "--json", &file]));
    let f = &v["facts"];
    for (k, want) in [
        ("projects", 23.0),
        ("new", 9.0),
        ("continued", 11.0),
        ("preparatory", 3.0),
        ("total_investment", 186.4),
        ("year_plan", 52.6),
        ("completed", 35.1),
        ("completion_rate", 66.73),
        ("schedule_gap", 0.06),
    ] {
        let got = f[k].as_f64().unwrap_or(f64::NAN);
        assert!((got - want).abs() < 0.006, "{k}: {got} vs {want}");
    }
    assert_eq!(v["summary"], true);
    let dir = std::env::temp_dir().join(format!("jianggao-gbk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let draft = dir.join("draft.txt");
    std::fs::write(
        &draft,
        "今年全区安排重点项目23个，总投资168.4亿元。1至8月完成投资35.1亿元，占年度投资计划的76.7%。\
         其中新开工项目9个，完成投资12.9亿元；续建项目完成投资24.1亿元，占年度计划的75.6%。\
         完成率低于60%的类别有1个。3个前期项目中已开工2个。观摩了甲、乙等4个项目。",
    )
    .expect("write draft");
    // (check ends with a failure status when it finds errors: its JSON is read as it is)
    let out: serde_json::Value = serde_json::from_slice(
        &run(&[
            "check",
            "--json",
            "--ledger",
            &file,
            &draft.display().to_string(),
        ])
        .stdout,
    )
    .expect("JSON");
    let found: Vec<String> = out["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|x| x["rule"] == "ledger-mismatch")
                .map(|x| x["text"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(found, ["168.4亿元", "76.7%", "24.1亿元"]);
}
