//! Ledgers in the shapes offices keep them (fixtures/ledger/shapes, written for these tests):
//! a header over two rows, a town merged down over its rows, category rows carrying their sums,
//! `其中` rows repeating part of a bundled project, the whole right under the header, the unit
//! only in the title block, a sector column beside the nature column. Each fact was added up
//! by hand (the sums are in the comments); and a draft's figures checked only against what
//! their sentence states.

use jianggao_engine::check::{check, ledger_values};
use jianggao_engine::ledger::cells::Unit;
use jianggao_engine::ledger::facts::{round, Facts};
use jianggao_engine::ledger::{delimited, read};
use jianggao_engine::{Analysis, CheckOptions, RuleId, Values};
use std::sync::Arc;

fn shape(name: &str) -> Facts {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ledger/shapes")
        .join(name);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let grid = delimited::rows(&text, delimited::delimiter(&text));
    Facts::of(&read(&grid).expect("a ledger"), Unit::Yi, None)
}

/// Money to the 万元 (four decimals in 亿元), rates to two decimals.
fn money(v: Option<f64>) -> Option<f64> {
    v.map(|v| round(v, 4))
}
fn rate(v: Option<f64>) -> Option<f64> {
    v.map(|v| round(v, 2))
}

/// The figures of `draft` the ledger check calls wrong.
fn wrong(draft: &str, f: &Facts) -> Vec<String> {
    let a = Analysis::new(draft);
    let opts = CheckOptions {
        ledger: Some(Arc::new(f.clone())),
        ..Default::default()
    };
    check(&a, &Values::new(), &opts)
        .into_iter()
        .filter(|x| x.rule == RuleId::LedgerMismatch)
        .map(|x| x.text(draft).to_string())
        .collect()
}

/// `2026年计划` merged over `投资额 | 形象进度`, `1-9月完成` over `投资 | 占年度计划%`, and a
/// `截至上年底累计完成投资` column between them: plan 12000+6000+5200+20000 = 43200, completed
/// this year 9600+3300+4680+11000 = 28580 (not 30000+0+8800+0 = 38800), 28580/43200 = 66.16%,
/// 1-9月 → gap 66.16 − 75 = −8.84.
#[test]
fn a_header_over_two_rows() {
    let f = shape("two-row-header.csv");
    assert_eq!(f.projects, 4);
    assert_eq!(money(f.total_investment), Some(13.51));
    assert_eq!(money(f.year_plan), Some(4.32));
    assert_eq!(money(f.completed), Some(2.858));
    assert_eq!(rate(f.completion_rate), Some(66.16));
    assert_eq!((f.month, rate(f.schedule_gap)), (Some(9), Some(-8.84)));
    assert_eq!((f.new, f.continued), (Some(2), Some(2)));
}

/// The town written on its first row only (merged down): 桃源镇 3200+8600+2400 = 14200,
/// plan 1500+3000+1200 = 5700, completed 900+1650+600 = 3150 (55.26%); 青石乡 1800+2600 =
/// 4400, 900+1300 = 2200, 450+910 = 1360 (61.82%).
#[test]
fn a_town_merged_down_over_its_rows() {
    let f = shape("merged-down-town.tsv");
    assert_eq!(f.projects, 5);
    let town = |n: &str| {
        f.groups.iter().find(|(name, _)| name == n).map(|(_, g)| {
            (
                g.projects,
                money(g.total_investment),
                money(g.year_plan),
                money(g.completed),
                rate(g.completion_rate),
            )
        })
    };
    assert_eq!(
        town("桃源镇"),
        Some((3, Some(1.42), Some(0.57), Some(0.315), Some(55.26)))
    );
    assert_eq!(
        town("青石乡"),
        Some((2, Some(0.44), Some(0.22), Some(0.136), Some(61.82)))
    );
    // a town's own figures in its sentence are checked against the town's, the whole's
    // against the whole (4510万元 of 7900 = 57.09%); a threshold is no total
    let draft = "全镇5个项目完成投资4510万元，占年度计划的57.1%。桃源镇3个项目完成投资3150万元；青石乡完成投资1460万元。完成率低于60%的乡镇有1个。";
    assert_eq!(wrong(draft, &f), ["1460万元"]);
    // and a town's field is filled with the town's figure
    let template = "一季度开局良好。青石乡完成投资xx万元。";
    let offered: Vec<String> = ledger_values(&Analysis::new(template), &f)
        .into_iter()
        .map(|v| v.value)
        .collect();
    assert_eq!(offered, ["1360"]);
}

/// Category rows with their sums (numbered, and one without a number whose figures are the
/// sum of the two rows under it): 7 projects, total 10+5.5+3+8+4+1.6+1 = 33.1, plan
/// 3+2.2+1+2.5+1.5+0.8+0.5 = 11.5, completed 2.2+1.2+0.7+1.6+0.9+0.5+0.3 = 7.4.
#[test]
fn category_rows_carrying_their_sums() {
    let f = shape("category-subtotals.csv");
    assert_eq!(f.projects, 7);
    assert_eq!(money(f.total_investment), Some(33.1));
    assert_eq!(money(f.year_plan), Some(11.5));
    assert_eq!(money(f.completed), Some(7.4));
    // each category is a group: 产业项目 3, 18.5亿元
    let g = f
        .groups
        .iter()
        .find(|(n, _)| n == "产业项目")
        .map(|(_, g)| g);
    assert_eq!(
        g.map(|g| (g.projects, money(g.total_investment))),
        Some((3, Some(18.5)))
    );
    // a part the sentence names: 其中产业项目3个 is the category's; 基础设施项目完成投资2.5亿元
    // too; the 民生项目 sum is 0.8, not 0.9
    let draft = "全区7个重点项目总投资33.1亿元。其中产业项目3个，总投资18.5亿元；基础设施项目完成投资2.5亿元；民生项目完成投资0.9亿元。";
    assert_eq!(wrong(draft, &f), ["0.9亿元"]);
}

/// `其中：` rows repeating part of a bundled project are not projects: 4 projects, total
/// 12000+6800+25000+9000 = 52800, plan 5000+2500+8000+500 = 16000, completed
/// 3600+1100+5200+0 = 9900 (61.88%).
#[test]
fn part_rows_are_not_added() {
    let f = shape("part-rows.tsv");
    assert_eq!(f.projects, 4);
    assert_eq!(
        (f.new, f.continued, f.preparatory),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(money(f.total_investment), Some(5.28));
    assert_eq!(money(f.year_plan), Some(1.6));
    assert_eq!(money(f.completed), Some(0.99));
    assert_eq!(rate(f.completion_rate), Some(61.88));
}

/// The whole right under the header (`全镇（5个项目）`), its completed 5300 one row off the
/// rows' 1500+2100+500+900+400 = 5400: the rows are read, the stated figure kept beside them
/// (a draft quoting either is right), the disagreement said; per village (所属村): 湖口村
/// 6000+1500+2000 = 9500.
#[test]
fn the_whole_right_under_the_header() {
    let f = shape("total-under-header.csv");
    assert_eq!(f.projects, 5);
    assert_eq!(money(f.total_investment), Some(2.1));
    assert_eq!(money(f.completed), Some(0.54));
    assert_eq!(
        f.stated.as_ref().and_then(|s| money(s.completed)),
        Some(0.53)
    );
    let g = f.groups.iter().find(|(n, _)| n == "湖口村").map(|(_, g)| g);
    assert_eq!(
        g.map(|g| (g.projects, money(g.total_investment))),
        Some((3, Some(0.95)))
    );
    let draft = "全镇5个项目完成投资5300万元。全镇5个项目完成投资5400万元。全镇完成投资5500万元。";
    assert_eq!(wrong(draft, &f), ["5500万元"]);
}

#[test]
fn a_stated_total_that_disagrees_is_said() {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ledger/shapes/total-under-header.csv");
    let text = std::fs::read_to_string(p).unwrap_or_default();
    let ledger = read(&delimited::rows(&text, ',')).expect("a ledger");
    assert_eq!(
        ledger.warnings,
        ["第4行“全镇（5个项目）”的完成投资是 5300万元，而各项目行相加是 5400万元"]
    );
    use jianggao_engine::ledger::RowClass;
    let classes: Vec<RowClass> = ledger.rows.iter().map(|r| r.class).collect();
    assert_eq!(classes[0], RowClass::Total);
    assert!(classes[1..].iter().all(|c| *c == RowClass::Project));
}

/// A heading found by its sums (`民生项目`, unnumbered) after `二、基础设施项目（2个）` and its
/// two rows stands beside it, not under it: the sheet's own figures all agree with its rows,
/// and a wrong one is still said.
#[test]
fn a_heading_by_its_sums_after_a_complete_one_is_its_sibling() {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ledger/shapes/category-subtotals.csv");
    let text = std::fs::read_to_string(p).unwrap_or_default();
    let ledger = read(&delimited::rows(&text, ',')).expect("a ledger");
    assert_eq!(ledger.warnings, Vec::<String>::new());
    // 二、 stating 12 亿元 over rows of 8 + 4 = 12: right; stating 13 is said
    let wrong_head = text.replace(
        ",二、基础设施项目（2个）,12,",
        ",二、基础设施项目（2个）,13,",
    );
    let ledger = read(&delimited::rows(&wrong_head, ',')).expect("a ledger");
    assert_eq!(
        ledger.warnings,
        ["第7行“基础设施项目”的总投资是 13亿元，而其下各行相加是 12亿元"]
    );
}

/// The unit only in the title, which names 亿元 in its own words (`亿元以上重点项目`) before
/// `（单位：万元）`: total 56000+120000+38000+45000 = 259000万元, plan 15000+30000+10000+8000 =
/// 63000, completed 12600.5+27500+6400+0 = 46500.5 (73.81%); started 3 of 4.
#[test]
fn the_unit_only_in_the_title_block() {
    let f = shape("unit-in-title.tsv");
    assert_eq!(money(f.total_investment), Some(25.9));
    assert_eq!(money(f.year_plan), Some(6.3));
    assert_eq!(rate(f.completion_rate), Some(73.81));
    assert_eq!((f.started, rate(f.start_rate)), (Some(3), Some(75.0)));
    // compared in the unit and precision the draft writes: 46500.5万元 is right, and so is
    // 4.65亿元; 46500万元 is not (the ledger is not rounded to 0.01 亿元 first)
    let draft = "1至10月完成投资46500.5万元。完成投资4.65亿元。完成投资46600万元。";
    assert_eq!(wrong(draft, &f), ["46600万元"]);
}

/// `项目类别` of 产业 / 基础设施 / 民生 beside `建设性质` of 新建 / 续建 / 前期: the nature is
/// the second column; the first groups by sector (产业 12+6 = 18亿元).
#[test]
fn a_sector_column_is_not_the_nature() {
    let f = shape("sector-and-nature.csv");
    assert_eq!(
        (f.new, f.continued, f.preparatory),
        (Some(2), Some(2), Some(1))
    );
    assert_eq!(money(f.total_investment), Some(27.7));
    let g = f.groups.iter().find(|(n, _)| n == "产业").map(|(_, g)| g);
    assert_eq!(
        g.map(|g| (g.projects, money(g.total_investment))),
        Some((2, Some(18.0)))
    );
}

/// A cell of figures that holds none is said with its row and column, and not added.
#[test]
fn a_cell_that_is_not_a_figure_is_named() {
    let grid = delimited::rows(
        "项目名称\t总投资（万元）\t年度计划投资（万元）\n甲\t1200\t待定\n乙\t—\t300\n",
        '\t',
    );
    let ledger = read(&grid).expect("a ledger");
    assert_eq!(
        ledger.warnings,
        ["第2行“年度计划投资（万元）”列的“待定”不是数字，未计入"]
    );
    let f = Facts::of(&ledger, Unit::Wan, None);
    assert_eq!(
        (f.total_investment, f.year_plan),
        (Some(1200.0), Some(300.0))
    );
}

/// Two bundled projects with parts named alike, the second part of each without `其中：` (no
/// 序号: a part because it follows one), and `1-9月累计完成` without the word 投资: 3 projects,
/// total 9000+6000+3000 = 18000, completed 3257.98+1000+800 = 5057.98; new 2, of which 1
/// started. A part's figure is checked against the part of the project its sentence names.
#[test]
fn parts_named_alike_and_a_part_of_the_new_projects() {
    let grid = delimited::rows(
        "序号\t项目名称\t建设性质\t总投资（万元）\t年度计划投资（万元）\t1-9月累计完成\t是否开工\n\
         1\t北岸物流园\t新建\t9000\t4000\t3257.98\t是\n\
         \t其中：仓储工程\t\t5000\t2500\t2100\t\n\
         \t配套道路\t\t4000\t1500\t1157.98\t\n\
         2\t南湾产业园\t新建\t6000\t2000\t1000\t否\n\
         \t其中：仓储工程\t\t3000\t1000\t600\t\n\
         \t配套道路\t\t3000\t1000\t400\t\n\
         3\t老城管网改造\t续建\t3000\t1000\t800\t是\n",
        '\t',
    );
    let f = Facts::of(&read(&grid).expect("a ledger"), Unit::Wan, None);
    assert_eq!(f.projects, 3);
    assert_eq!(money(f.total_investment), Some(18000.0));
    assert_eq!(money(f.completed), Some(5057.98));
    assert_eq!((f.new, f.started), (Some(2), Some(2)));
    let draft = "3个项目完成投资5057.98万元。2个新建项目中已开工1个。北岸物流园中，仓储工程已完成投资2100万元；南湾产业园中，仓储工程已完成投资600万元。全部项目完成投资5158万元。";
    assert_eq!(wrong(draft, &f), ["5158万元"]);
}
