//! The in-process fuzzer of the engine's entry points: what a file or a paste can bring, through
//! each way in (bytes decoded and imported, a draft analysed, checked against a ledger, filled,
//! cleaned and exported, a ledger read from a grid or pasted cells, a work file opened whole or
//! damaged) ends in a value or a message, never a panic, and in time linear in its size.
//! The case counts grow with `JIANGGAO_FUZZ` (`scripts/fuzz.sh 30 entries` runs it for 30 min).

use jianggao_engine::ledger::cells::Unit;
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::{delimited, reading};
use jianggao_engine::session::Draft;
use jianggao_engine::{workfile, Analysis, CheckOptions, Values};
use proptest::prelude::*;
use std::sync::Arc;

mod common;
use common::cases;

/// The pieces hostile drafts were made of: placeholders, brackets open and closed, figures and
/// their units, clause marks, line breaks, hints, mojibake, a work file's own words.
const PIECES: &[&str] = &[
    "x",
    "xx",
    "X",
    "×",
    "**",
    "○",
    "□",
    "_",
    "＿＿",
    "【",
    "】",
    "[",
    "]",
    "（",
    "）",
    "(",
    ")",
    "{{",
    "}}",
    "【项目名称】",
    "[具体项目]",
    "x个",
    "12个",
    "3.5亿元",
    "x%",
    "个百分点",
    "万元",
    "（请填写",
    "(例如：",
    "，",
    "。",
    "、",
    "；",
    "：",
    "！",
    "？",
    "…",
    "—",
    "“",
    "”",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    "\t",
    "一、",
    "（二）",
    "3.",
    "同志们：",
    "其中",
    "等5个项目",
    "序时进度",
    "低于",
    "十四五",
    "2026年",
    "x年x月x日",
    "完成投资",
    "总投资",
    "新建",
    "续建",
    "开工",
    "重点项目",
    "锟斤拷",
    "Ã©",
    "💛",
    "\u{feff}",
    "\u{3000}",
    "# ",
    "- ",
    "1. ",
    "小编",
    "收藏",
    "第1页",
    "\"format\":\"jianggao-work\"",
    "{",
    "}",
    "\"",
    "\\",
    "\0",
];

/// Up to `max` pieces, some of them repeated in a run (a run is how a hostile shape looks).
fn hostile(max: usize) -> impl Strategy<Value = String> {
    let piece = (
        0..PIECES.len(),
        prop_oneof![4 => Just(1usize), 1 => 1usize..120],
    );
    prop::collection::vec(piece, 0..max).prop_map(|ps| {
        ps.into_iter()
            .map(|(i, n)| PIECES[i].repeat(n))
            .collect::<String>()
    })
}

/// A text of pieces, of arbitrary chars, or of both.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => hostile(60),
        1 => any::<String>(),
        1 => (hostile(20), any::<String>(), hostile(20)).prop_map(|(a, b, c)| a + &b + &c),
    ]
}

/// The facts of a small ledger written here (projects, money, progress), in 亿元 with a month.
fn facts() -> Arc<Facts> {
    let tsv = "项目名称\t建设性质\t总投资\t年度计划投资\t完成投资\t是否开工\n\
               河湾路改造\t新建\t1.5\t0.8\t0.5\t是\n\
               北岭水厂\t续建\t2.25\t1\t0.9\t是\n\
               东坡园区道路\t前期\t0.6\t0.2\t0\t否\n";
    let ledger = jianggao_engine::ledger::read(&delimited::rows(tsv, '\t')).unwrap();
    Arc::new(Facts::of(&ledger, Unit::Yi, Some(10)))
}

/// Every entry point a draft's text goes through, as the CLI and the app call them.
fn through_every_entry_point(text: &str, value: &str, facts: &Arc<Facts>) {
    let a = Analysis::new(text);
    let values: Values = a
        .fields
        .iter()
        .map(|f| (f.key.clone(), value.to_string()))
        .collect();
    let opts = CheckOptions {
        ledger: Some(facts.clone()),
        target_minutes: Some(1.0),
        ..CheckOptions::default()
    };
    let findings = jianggao_engine::check::check(&a, &values, &opts);
    for f in jianggao_engine::finding::locate(text, &findings) {
        assert!(f.line >= 1 && f.column >= 1);
    }
    let idx = jianggao_engine::text::LineIndex::new(text);
    for p in &a.scan.placeholders {
        assert!(idx.line_col(text, p.raw.start).line <= idx.line_count());
    }
    for v in jianggao_engine::check::ledger_values(&a, facts) {
        assert!(!v.value.is_empty());
    }
    // the bound the CLI puts on a fill before building it: at most a few digits of a year short
    let filled = a.filled(&values);
    assert!(filled.len() <= a.filled_len(&values) + 4 * a.scan.placeholders.len());
    std::hint::black_box(jianggao_engine::export::to_markdown(&filled));
    std::hint::black_box(jianggao_engine::export::to_text(
        &filled,
        jianggao_engine::export::TextOptions { indent: true },
    ));
    for preset in [
        jianggao_engine::docx::Preset::Gongwen,
        jianggao_engine::docx::Preset::ReadingLarge,
    ] {
        assert!(jianggao_engine::docx::to_docx(&filled, preset).starts_with(b"PK"));
    }
    let cleaned = jianggao_engine::clean::clean(text);
    assert!(cleaned.repairs.iter().all(|r| r.span.end <= text.len()));
    std::hint::black_box(jianggao_engine::baseline::unchanged(text, &filled));
    // the work file of the draft comes back as the draft
    let draft = Draft {
        text: text.to_string(),
        values,
        ledger: Some(Box::new((**facts).clone())),
        baseline: Some(text.to_string()),
        ..Draft::default()
    };
    let file = workfile::write(&draft);
    if text.len() <= jianggao_engine::import::MAX_BYTES {
        assert_eq!(workfile::read(&file).map(|d| d.text), Ok(draft.text));
    }
}

/// Damage a text: cut it, or put one of a few bytes JSON and XML care about in a place.
fn damaged(text: &str, at: usize, how: u8) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let at = at % (bytes.len() + 1);
    match how % 4 {
        0 => bytes.truncate(at),
        1 => bytes.insert(at, b"{}[]:,\"\\0-e9"[usize::from(how / 4) % 12]),
        2 if at < bytes.len() => {
            bytes.remove(at);
        }
        _ => {
            let tail = bytes[at..].to_vec();
            bytes.extend_from_slice(&tail);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A cell of a ledger grid: headers, figures, dates, natures, blanks, or anything.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "项目名称",
            "总投资",
            "年度计划投资",
            "完成投资",
            "1-10月完成投资",
            "建设性质",
            "是否开工",
            "所属乡镇",
            "责任单位",
            "合计",
            "小计",
            "一、新建项目",
            "新建",
            "续建",
            "前期",
            "是",
            "否",
            "",
            " ",
            "万元",
            "亿元",
            "（万元）",
            "序号",
        ])
        .prop_map(str::to_string),
        (-1e12f64..1e12).prop_map(|v| v.to_string()),
        "[0-9.,%-]{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(cases(40))]

    /// Any bytes, as a file is opened: decoded, imported, and through every entry point.
    #[test]
    fn any_bytes_open_as_a_draft_or_a_message(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..3000),
            hostile(80).prop_map(String::into_bytes),
        ],
        md in any::<bool>(),
    ) {
        let facts = facts();
        if let Ok(text) = jianggao_engine::import::decode(&bytes) {
            let name = if md { "稿.md" } else { "稿.txt" };
            if let Ok(t) = jianggao_engine::import::import_text(name, &text) {
                through_every_entry_point(&t, "12", &facts);
            }
        }
    }

    /// Hostile texts through every entry point, with values short and long.
    #[test]
    fn hostile_drafts_through_every_entry_point(
        text in any_text(),
        value in prop_oneof![Just("12".to_string()), "\\PC{0,8}", hostile(6)],
    ) {
        through_every_entry_point(&text, &value, &facts());
    }

    /// Any grid of cells, and any pasted text, read as a ledger: a reading or a message; the
    /// facts read then check and fill a draft.
    #[test]
    fn any_grid_reads_as_a_ledger_or_a_message(
        grid in prop::collection::vec(prop::collection::vec(cell(), 0..12), 0..20),
        pasted in prop_oneof![hostile(40), any::<String>()],
        draft in hostile(30),
    ) {
        for req in [
            reading::Request { grid: Some(grid.clone()), ..Default::default() },
            reading::Request { text: Some(pasted.clone()), ..Default::default() },
        ] {
            // the request as the tools worker gets it: through JSON
            let json = serde_json::to_string(&req).unwrap();
            let req: reading::Request = serde_json::from_str(&json).unwrap();
            match reading::read(req) {
                Ok(r) => through_every_entry_point(&draft, "12", &Arc::new(r.facts)),
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }

    /// A work file whole, then damaged (cut, a byte put in or taken out, a part repeated): a
    /// draft or a message; a draft read from it goes through the entry points.
    #[test]
    fn damaged_work_files_open_or_refuse(
        text in hostile(30),
        value in "\\PC{0,8}",
        damage in prop::collection::vec((any::<usize>(), any::<u8>()), 1..4),
    ) {
        let mut draft = Draft { text: text.clone(), ..Draft::default() };
        draft.values.insert("#1".into(), value);
        draft.values.insert("fact:place".into(), "青山县".into());
        draft.ledger = Some(Box::new((*facts()).clone()));
        let mut file = workfile::write(&draft);
        prop_assert_eq!(workfile::read(&file), Ok(draft));
        for (at, how) in damage {
            file = damaged(&file, at, how);
            match workfile::read(&file) {
                Ok(d) => {
                    let f = d.ledger.map(|f| Arc::new(*f)).unwrap_or_else(facts);
                    let v = d.values.values().next().cloned().unwrap_or_default();
                    through_every_entry_point(&d.text, &v, &f);
                }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }
}
