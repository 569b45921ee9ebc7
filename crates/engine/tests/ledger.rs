//! The project ledger: reading ledgers as offices keep them (title rows, 合计 rows, blank rows,
//! 万元 and 亿元, numbers written as text), the facts added up from them, the draft's figures
//! checked against them and the fields filled from them; what is still the source; work files.
//!
//! The expected facts were added up by hand from the fixtures (the sums are in the comments).

use jianggao_engine::check::{check, ledger_values};
use jianggao_engine::ledger::cells::Unit;
use jianggao_engine::ledger::facts::{round, Facts};
use jianggao_engine::ledger::figures::Quantity;
use jianggao_engine::ledger::{delimited, read, read_with, Column, LedgerError};
use jianggao_engine::session::Draft;
use jianggao_engine::{baseline, workfile, Analysis, CheckOptions, RuleId, Values};
use std::sync::Arc;

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ledger")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn facts_of(text: &str, month: Option<u32>) -> Facts {
    let grid = delimited::rows(text, delimited::delimiter(text));
    Facts::of(&read(&grid).expect("a ledger"), Unit::Yi, month)
}

/// The 12 projects of qingshan-12.tsv, in 万元 (a `单位：万元` title row):
/// total 52000+86000+120000+68000+45000+18000+12000+95000+60000+15000+150000+9000 = 730000;
/// plan 18000+30000+35000+25000+20000+8000+6000+5000+22000+9000+3000+4000 = 185000;
/// completed 15200+24600+31500+12800+16400+7300+0+1200+19800+6900+(empty)+3900 = 139600;
/// 139600 / 185000 = 75.46%; 1—10月 → schedule 83.33%, gap −7.87; started 9 of 12 = 75%.
pub fn qingshan_facts(f: &Facts) {
    assert_eq!(f.unit, Unit::Yi);
    assert_eq!(f.projects, 12);
    assert_eq!(
        (f.new, f.continued, f.preparatory),
        (Some(5), Some(5), Some(2))
    );
    assert_eq!((f.started, f.start_rate), (Some(9), Some(75.0)));
    assert_eq!(f.total_investment, Some(73.0));
    assert_eq!(f.year_plan, Some(18.5));
    assert_eq!(f.completed, Some(13.96));
    // rates unrounded (a draft's 75.46% is compared in its own precision), written to one
    assert_eq!(f.completion_rate.map(|r| round(r, 1)), Some(75.5));
    assert_eq!(
        (f.month, f.schedule_gap.map(|g| round(g, 1))),
        (Some(10), Some(-7.9))
    );
    // per town: 城关镇 rows 1,3,6,8,12: plan 18000+35000+8000+5000+4000 = 70000, completed
    // 15200+31500+7300+1200+3900 = 59100 → 84.4%
    let (name, town) = &f.groups[0];
    assert_eq!(name, "城关镇");
    assert_eq!(
        (
            town.projects,
            town.year_plan,
            town.completed,
            town.completion_rate
        ),
        (5, Some(7.0), Some(5.91), Some(84.4286))
    );
}

#[test]
fn pasted_cells_from_a_spreadsheet() {
    qingshan_facts(&facts_of(&fixture("qingshan-12.tsv"), None));
}

/// baishi.csv, in 亿元 (`（金额单位：亿元）`), the nature from group headings, a name over two
/// lines, `约3亿` and `2100万元` in number cells, 小计 and 合计 rows, a blank row:
/// total 12.5+3+20+8.8+35 = 79.3; plan 4.2+1.5+6+2.3+0.5 = 14.5; completed
/// 3.8+1.46+4.5+0.9+0.21 = 10.87 → 74.97%; started 已开工, 已开工, 2026.4 = 3 of 5.
#[test]
fn a_csv_ledger_in_yi_with_group_headings_and_subtotals() {
    let text = fixture("baishi.csv");
    let grid = delimited::rows(&text, delimited::delimiter(&text));
    let ledger = read(&grid).unwrap();
    assert_eq!(ledger.header_row, 3);
    assert_eq!(ledger.unit, Unit::Yi);
    assert_eq!(ledger.projects[3].name, "文旅综合体\n（含游客中心）");
    let f = Facts::of(&ledger, Unit::Yi, None);
    assert_eq!(f.projects, 5);
    assert_eq!(
        (f.new, f.continued, f.preparatory),
        (Some(2), Some(2), Some(1))
    );
    assert_eq!((f.started, f.start_rate), (Some(3), Some(60.0)));
    assert_eq!(
        (f.total_investment, f.year_plan, f.completed),
        (Some(79.3), Some(14.5), Some(10.87))
    );
    assert_eq!(f.completion_rate, Some(74.9655));
    assert_eq!((f.month, f.schedule_gap), (None, None));
    // given the month, the gap: 74.97 − 9/12 = −0.03
    assert_eq!(facts_of(&text, Some(9)).schedule_gap, Some(-0.0345));
    // in 万元 on request
    assert_eq!(
        Facts::of(&ledger, Unit::Wan, None).completed,
        Some(108700.0)
    );
}

#[test]
fn the_writer_corrects_a_column() {
    let text = fixture("qingshan-12.tsv");
    let grid = delimited::rows(&text, '\t');
    // say the plan is in the completed column's place: the sums swap
    let fixed = read_with(&grid, &[(Column::YearPlan, 6)].into()).unwrap();
    let f = Facts::of(&fixed, Unit::Yi, None);
    assert_eq!(f.year_plan, Some(13.96));
}

#[test]
fn what_is_not_a_ledger_says_why() {
    assert_eq!(read(&[]), Err(LedgerError::Empty));
    let grid = delimited::rows("姓名\t电话\n张三\t123\n", '\t');
    assert_eq!(read(&grid), Err(LedgerError::NoHeader));
    let grid = delimited::rows("项目名称\t总投资\n合计\t100\n", '\t');
    assert_eq!(read(&grid), Err(LedgerError::NoProjects));
    assert!(LedgerError::WpsEt.to_string().contains(".xlsx"));
}

fn opts_with(f: Facts) -> CheckOptions {
    CheckOptions {
        ledger: Some(Arc::new(f)),
        ..Default::default()
    }
}

/// Eight figures, three of them wrong: 14.6亿元 (13.96), 已开工10个 (9), 开工率80% (75).
#[test]
fn exactly_the_wrong_figures_are_found() {
    let draft = fixture("draft-eight-figures.txt");
    let a = Analysis::new(&draft);
    let f = facts_of(&fixture("qingshan-12.tsv"), None);
    let found: Vec<String> = check(&a, &Values::new(), &opts_with(f.clone()))
        .into_iter()
        .filter(|x| x.rule == RuleId::LedgerMismatch)
        .map(|x| x.text(&draft).to_string())
        .collect();
    assert_eq!(found, ["14.6亿元", "10个", "80%"]);
    // without a ledger the rule says nothing
    assert!(check(&a, &Values::new(), &CheckOptions::default())
        .iter()
        .all(|x| x.rule != RuleId::LedgerMismatch));
    // the same figures, rounded as speeches round and in 万元, agree
    let ok = "全县共安排重大项目12个，总投资约73亿元，完成投资139600万元，占年度计划的75%，开工率75%，项目分布在8个乡镇，带动就业3000余人。";
    let a = Analysis::new(ok);
    let wrong: Vec<_> = check(&a, &Values::new(), &opts_with(f))
        .into_iter()
        .filter(|x| x.rule == RuleId::LedgerMismatch)
        .collect();
    // (75% for 75.46%: right when written without decimals)
    assert!(wrong.is_empty(), "{wrong:?}");
}

const TEMPLATE: &str = "今年全县共实施重大项目xx个，其中新建项目xx个、续建项目xx个，总投资xx亿元。1—10月，累计完成投资xx万元，占年度计划的xx%，低于序时进度xx个百分点；已开工项目xx个，开工率xx%。项目分布在xx个乡镇。";

#[test]
fn fields_are_offered_the_ledger_values() {
    let a = Analysis::new(TEMPLATE);
    let f = facts_of(&fixture("qingshan-12.tsv"), None);
    let offered: Vec<(Quantity, String)> = ledger_values(&a, &f)
        .into_iter()
        .map(|v| (v.quantity, v.value))
        .collect();
    assert_eq!(
        offered,
        [
            (Quantity::Projects, "12".into()),
            (Quantity::New, "5".into()),
            (Quantity::Continued, "5".into()),
            (Quantity::TotalInvestment, "73".into()),
            (Quantity::Completed, "139600".into()),
            (Quantity::CompletionRate, "75.5".into()),
            (Quantity::ScheduleGap, "7.9".into()),
            (Quantity::Started, "9".into()),
            (Quantity::StartRate, "75".into()),
        ]
    );
    // filled with them, the draft agrees with the ledger; a wrong value in a field is found
    let mut values: Values = ledger_values(&a, &f)
        .into_iter()
        .map(|v| (v.key, v.value))
        .collect();
    let mismatches = |values: &Values| {
        check(&a, values, &opts_with(f.clone()))
            .into_iter()
            .filter(|x| x.rule == RuleId::LedgerMismatch)
            .count()
    };
    assert_eq!(mismatches(&values), 0);
    let key = ledger_values(&a, &f)
        .into_iter()
        .find(|v| v.quantity == Quantity::Started)
        .unwrap()
        .key;
    values.insert(key, "11".into());
    assert_eq!(mismatches(&values), 1);
}

#[test]
fn filling_alone_leaves_a_sentence_the_sources() {
    let filled = TEMPLATE
        .replacen("xx", "12", 1)
        .replace("项目分布在xx个乡镇。", "项目覆盖全县各乡镇。");
    let u = baseline::unchanged(TEMPLATE, &filled);
    let texts: Vec<&str> = u.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "今年全县共实施重大项目12个，其中新建项目xx个、续建项目xx个，总投资xx亿元。",
            "1—10月，累计完成投资xx万元，占年度计划的xx%，低于序时进度xx个百分点；",
            "已开工项目xx个，开工率xx%。",
        ]
    );
    assert!(
        u.unchanged_share > 0.8 && u.unchanged_share < 1.0,
        "{}",
        u.unchanged_share
    );
    // a word changed in a sentence makes it the writer's
    let edited = filled.replace("累计完成投资", "完成投资");
    assert_eq!(baseline::unchanged(TEMPLATE, &edited).sentences.len(), 2);
    assert_eq!(baseline::unchanged(TEMPLATE, "").unchanged_share, 0.0);
    // a placeholder at a sentence's start or after its first character
    let u = baseline::unchanged("xx个项目已开工。今xx年。", "12个项目已开工。今2026年。");
    assert_eq!(u.sentences.len(), 2);
    // per section: the first line all source, a new line all the writer's
    let two = format!("{filled}\n我们要再接再厉。");
    let u = baseline::unchanged(TEMPLATE, &two);
    let first = 0..filled.len();
    assert!(u.share_in(&first) > 0.8);
    assert_eq!(u.share_in(&(filled.len()..two.len())), 0.0);
    // read once (the app keeps it while the draft is typed in), from its own scan or from the
    // analysis of a draft that is the baseline: the same answer for every draft
    let read = baseline::Baseline::new(TEMPLATE);
    let analysis = jianggao_engine::Analysis::new(TEMPLATE);
    let scanned = baseline::Baseline::with_scan(TEMPLATE, &analysis.scan);
    for draft in [filled.as_str(), &edited, &two, TEMPLATE, ""] {
        let want = baseline::unchanged(TEMPLATE, draft);
        assert_eq!(read.unchanged(draft), want);
        assert_eq!(scanned.unchanged(draft), want);
    }
}

#[test]
fn a_work_file_carries_everything_and_refuses_a_newer_schema() {
    let mut d = Draft {
        text: TEMPLATE.into(),
        ..Default::default()
    };
    d.values.insert("fact:place".into(), "青山县".into());
    d.values.insert("#1".into(), "12".into());
    d.baseline = Some(TEMPLATE.into());
    d.ledger = Some(Box::new(facts_of(&fixture("qingshan-12.tsv"), None)));
    let file = workfile::write(&d);
    assert!(workfile::is_workfile(&file));
    assert_eq!(workfile::read(&file), Ok(d));
    let newer = file.replacen("\"version\":1", "\"version\":2", 1);
    let e = workfile::read(&newer).unwrap_err();
    assert_eq!(e, workfile::WorkFileError::Newer(2));
    assert!(e.to_string().contains("更新版本"));
    assert_eq!(
        workfile::read("{\"a\":1}"),
        Err(workfile::WorkFileError::NotWorkFile)
    );
    assert_eq!(
        workfile::read("不是 JSON"),
        Err(workfile::WorkFileError::NotWorkFile)
    );
}

/// A work file is bounded as an import is: a value of 2 MB in every occurrence of a field
/// would ask for gigabytes once filled; the text and the baseline each stay under a draft's
/// limit too. The message says so, and the draft in the editor is not touched.
#[test]
fn a_work_file_larger_than_a_draft_is_refused() {
    let limit = jianggao_engine::import::MAX_BYTES;
    let fits = Draft {
        text: "x".repeat(limit - 10),
        ..Default::default()
    };
    assert!(workfile::read(&workfile::write(&fits)).is_ok());
    let mut big_value = Draft {
        text: "今年安排项目x个，x个已开工。".into(),
        ..Default::default()
    };
    big_value
        .values
        .insert("#1".into(), "1".repeat(limit / 2 + 1));
    big_value
        .values
        .insert("#2".into(), "2".repeat(limit / 2 + 1));
    let e = workfile::read(&workfile::write(&big_value)).unwrap_err();
    assert!(matches!(e, workfile::WorkFileError::TooLarge(_)), "{e:?}");
    assert!(e.to_string().contains("当前稿没有改动"), "{e}");
    let big_baseline = Draft {
        baseline: Some("甲".repeat(limit)),
        ..Default::default()
    };
    assert!(workfile::read(&workfile::write(&big_baseline)).is_err());
}

#[test]
fn a_load_keeps_its_text_as_the_baseline_and_a_ledger_is_one_undoable_step() {
    use jianggao_engine::session::{Action, Session};
    let mut s = Session::new(Draft::default());
    s.apply(Action::Load {
        text: TEMPLATE.into(),
        values: Values::new(),
    });
    assert_eq!(s.draft.baseline.as_deref(), Some(TEMPLATE));
    let f = Box::new(facts_of(&fixture("qingshan-12.tsv"), None));
    assert!(s.apply(Action::SetLedger(Some(f.clone()))));
    assert_eq!(s.draft.check_options().ledger.as_deref(), Some(&*f));
    // filling every field from the ledger at once is one step too
    let a = Analysis::new(&s.draft.text);
    let values: Values = ledger_values(&a, &f)
        .into_iter()
        .map(|v| (v.key, v.value))
        .collect();
    s.apply(Action::Fix {
        text: s.draft.text.clone(),
        values: values.clone(),
    });
    assert_eq!(s.draft.values, values);
    s.apply(Action::Undo);
    assert!(s.draft.values.is_empty());
    assert!(s.draft.ledger.is_some());
    s.apply(Action::Undo);
    assert!(s.draft.ledger.is_none());
}

/// Parts, targets and what is left are not the ledger's totals: no offer, no finding.
#[test]
fn parts_targets_and_what_is_left_are_not_totals() {
    let f = facts_of(&fixture("qingshan-12.tsv"), None);
    let text = "其中产业类项目xx个，超过10亿元的项目有xx个，确保全年完成投资xx亿元，还有xx个项目没有开工，高于序时进度xx个百分点，集中观摩了【观摩项目数】个重大项目，平均每月要完成xx亿元。";
    let a = Analysis::new(text);
    let offered: Vec<String> = ledger_values(&a, &f).into_iter().map(|v| v.label).collect();
    assert!(offered.is_empty(), "{offered:?}");
    let written = "力争全年完成投资30亿元，其中产业类项目4个，超过10亿元的项目有3个。";
    let found: Vec<_> = check(&Analysis::new(written), &Values::new(), &opts_with(f))
        .into_iter()
        .filter(|x| x.rule == RuleId::LedgerMismatch)
        .collect();
    assert!(found.is_empty(), "{found:?}");
}
