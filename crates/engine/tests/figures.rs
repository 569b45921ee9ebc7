//! The figures a draft writes and the ledger facts they state (`ledger/figures.rs`): the unit
//! that makes a figure's measure, the clause it is read in, the word that names its fact, and
//! whether it agrees with the ledger beyond rounding. Texts and figures of our own.

use jianggao_engine::ledger::cells::Unit;
use jianggao_engine::ledger::claims::claims;
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::figures::{
    classify, clause_end, clause_start, counts_projects, disagreement, schedule_side, Claim,
    Measure, Quantity, CLAUSE_REACH,
};

const ALL: [Quantity; 11] = [
    Quantity::Projects,
    Quantity::New,
    Quantity::Continued,
    Quantity::Preparatory,
    Quantity::Started,
    Quantity::StartRate,
    Quantity::TotalInvestment,
    Quantity::YearPlan,
    Quantity::Completed,
    Quantity::CompletionRate,
    Quantity::ScheduleGap,
];

/// A ledger's facts in 亿元, every one of them known.
fn facts() -> Facts {
    Facts {
        unit: Unit::Yi,
        projects: 120,
        new: Some(45),
        continued: Some(60),
        preparatory: Some(15),
        started: Some(90),
        start_rate: Some(75.0),
        total_investment: Some(512.34),
        year_plan: Some(121.0),
        completed: Some(86.2),
        completion_rate: Some(71.24),
        month: Some(10),
        schedule_gap: Some(-12.09),
        ..Facts::default()
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= b.abs() * 1e-12)
}

#[test]
fn every_quantity_has_its_own_label() {
    let labels: Vec<&str> = ALL.iter().map(|q| q.label()).collect();
    assert!(labels.iter().all(|l| !l.is_empty()), "{labels:?}");
    for (i, l) in labels.iter().enumerate() {
        assert!(!labels[..i].contains(l), "{l} twice");
    }
    assert_eq!(Quantity::CompletionRate.label(), "投资完成率");
    assert_eq!(Quantity::Projects.label(), "项目总数");
}

#[test]
fn values_are_the_ledger_facts_and_money_changes_unit() {
    let f = facts();
    let got: Vec<Option<f64>> = ALL.iter().map(|q| q.value(&f, Unit::Yi)).collect();
    let want = [
        120.0, 45.0, 60.0, 15.0, 90.0, 75.0, 512.34, 121.0, 86.2, 71.24, -12.09,
    ];
    assert_eq!(got, want.map(Some));
    // money in the asked unit, counts and rates as they are
    assert!(close(Quantity::Completed.value(&f, Unit::Wan), 862_000.0));
    assert!(close(
        Quantity::Completed.value(&f, Unit::Yuan),
        8_620_000_000.0
    ));
    assert!(close(Quantity::YearPlan.value(&f, Unit::Wan), 1_210_000.0));
    assert_eq!(Quantity::Projects.value(&f, Unit::Wan), Some(120.0));
    assert_eq!(Quantity::StartRate.value(&f, Unit::Wan), Some(75.0));
    // what the ledger does not say has no value
    let bare = Facts {
        projects: 3,
        ..Facts::default()
    };
    assert_eq!(Quantity::New.value(&bare, Unit::Yi), None);
    assert_eq!(Quantity::Completed.value(&bare, Unit::Yi), None);
    assert_eq!(Quantity::Completed.written(&bare, Unit::Yi), None);
}

#[test]
fn written_values_round_as_speeches_do() {
    let f = facts();
    let w = |q: Quantity, u: Unit| q.written(&f, u).unwrap_or_default();
    // counts whole, with their zeros
    assert_eq!(w(Quantity::Projects, Unit::Yi), "120");
    assert_eq!(w(Quantity::Continued, Unit::Yi), "60");
    // rates to one decimal, a trailing zero dropped
    assert_eq!(w(Quantity::CompletionRate, Unit::Yi), "71.2");
    assert_eq!(w(Quantity::StartRate, Unit::Yi), "75");
    // the gap to the schedule without its sign (the words say behind or ahead)
    assert_eq!(w(Quantity::ScheduleGap, Unit::Yi), "12.1");
    // money to two decimals in 亿元, whole in 万元
    assert_eq!(w(Quantity::TotalInvestment, Unit::Yi), "512.34");
    assert_eq!(w(Quantity::Completed, Unit::Yi), "86.2");
    assert_eq!(w(Quantity::YearPlan, Unit::Yi), "121");
    assert_eq!(w(Quantity::Completed, Unit::Wan), "862000");
    // a rate is never given the money's decimals, nor a sum the rate's
    let g = Facts {
        completion_rate: Some(71.26),
        completed: Some(86.234),
        ..facts()
    };
    assert_eq!(
        Quantity::CompletionRate.written(&g, Unit::Yi).as_deref(),
        Some("71.3")
    );
    assert_eq!(
        Quantity::Completed.written(&g, Unit::Yi).as_deref(),
        Some("86.23")
    );
}

#[test]
fn the_unit_after_a_figure_makes_its_measure() {
    let m = |s: &str| Measure::of_unit(s);
    assert_eq!(m("个百分点，"), Some((Measure::Points, "个百分点".len())));
    assert_eq!(m("百分点"), Some((Measure::Points, "百分点".len())));
    assert_eq!(m("亿元。"), Some((Measure::Money(Unit::Yi), "亿元".len())));
    assert_eq!(m("亿"), Some((Measure::Money(Unit::Yi), "亿".len())));
    assert_eq!(
        m("万元以上"),
        Some((Measure::Money(Unit::Wan), "万元".len()))
    );
    assert_eq!(m("%"), Some((Measure::Percent, 1)));
    assert_eq!(m("％"), Some((Measure::Percent, "％".len())));
    assert_eq!(m("个项目"), Some((Measure::Count, "个".len())));
    assert_eq!(m("项"), Some((Measure::Count, "项".len())));
    assert_eq!(m("万人"), None);
    assert_eq!(m("年"), None);
    assert_eq!(m(""), None);
}

#[test]
fn a_figures_fact_is_the_nearest_word_before_it() {
    let money = Measure::Money(Unit::Yi);
    assert_eq!(
        classify("1—10月完成投资", "", money),
        Some(Quantity::Completed)
    );
    assert_eq!(
        classify("总投资", "", money),
        Some(Quantity::TotalInvestment)
    );
    assert_eq!(
        classify("年度计划投资", "", money),
        Some(Quantity::YearPlan)
    );
    // the nearest, not the first: 总投资 comes before 完成
    assert_eq!(
        classify("总投资中已完成", "", money),
        Some(Quantity::Completed)
    );
    // ending at the same place, the longest: 完成年度计划投资, not 计划投资
    assert_eq!(
        classify("完成年度计划投资", "", money),
        Some(Quantity::Completed)
    );
    // the last money word (完成) is a word like the others, not a generic head
    assert_eq!(classify("今年已完成", "", money), Some(Quantity::Completed));
    assert_eq!(
        classify("占年度计划的", "", Measure::Percent),
        Some(Quantity::CompletionRate)
    );
    assert_eq!(
        classify("全县开工率达", "", Measure::Percent),
        Some(Quantity::StartRate)
    );
    assert_eq!(
        classify("续建项目", "", Measure::Count),
        Some(Quantity::Continued)
    );
}

#[test]
fn else_the_first_word_after_it() {
    assert_eq!(
        classify("", "新开工项目和续建项目", Measure::Count),
        Some(Quantity::New)
    );
    assert_eq!(
        classify("共有", "续建项目", Measure::Count),
        Some(Quantity::Continued)
    );
    assert_eq!(
        classify("", "开工率和完成率", Measure::Percent),
        Some(Quantity::StartRate)
    );
    assert_eq!(classify("全县", "", Measure::Percent), None);
}

#[test]
fn a_count_is_of_all_projects_only_when_nothing_names_a_part() {
    let count = Measure::Count;
    assert_eq!(
        classify("全县重大项目", "", count),
        Some(Quantity::Projects)
    );
    assert_eq!(classify("项目", "", count), Some(Quantity::Projects));
    assert_eq!(classify("全县共", "项目", count), Some(Quantity::Projects));
    assert_eq!(
        classify("全县", "重点项目", count),
        Some(Quantity::Projects)
    );
    // a part of the projects, or no projects at all
    assert_eq!(classify("基础设施项目", "", count), None);
    assert_eq!(classify("其中重大项目", "", count), None);
    assert_eq!(classify("重大项目", "不足三成", count), None);
    assert_eq!(classify("全县", "", count), None);
}

#[test]
fn targets_parts_and_what_is_left_are_no_fact() {
    let money = Measure::Money(Unit::Yi);
    assert_eq!(classify("确保完成投资", "", money), None);
    assert_eq!(classify("完成投资", "以上", money), None);
    assert_eq!(classify("签约项目", "", Measure::Count), None);
}

#[test]
fn a_gap_in_points_is_to_the_time_schedule_only() {
    assert_eq!(
        classify("低于序时进度", "", Measure::Points),
        Some(Quantity::ScheduleGap)
    );
    assert_eq!(classify("比去年提高", "", Measure::Points), None);
    // a percent beside 序时 is not a gap
    assert_eq!(classify("序时进度", "", Measure::Percent), None);
    assert_eq!(schedule_side("低于序时进度"), Some(true));
    assert_eq!(schedule_side("比序时进度落后"), Some(true));
    assert_eq!(schedule_side("快于序时进度"), Some(false));
    assert_eq!(schedule_side("超序时进度"), Some(false));
    assert_eq!(schedule_side("与序时进度相差"), None);
}

#[test]
fn a_clause_runs_between_breaks_and_no_further_than_its_reach() {
    let t = "一、全县完成投资86.2亿元，占年度计划的71%。";
    let at = t.find("86").unwrap();
    let start = clause_start(t, at);
    assert_eq!(&t[start..at], "全县完成投资");
    let unit_end = at + "86.2亿元".len();
    assert_eq!(&t[unit_end..clause_end(t, unit_end)], "");
    let pct = t.find("71").unwrap();
    assert_eq!(&t[clause_start(t, pct)..pct], "占年度计划的");
    assert_eq!(clause_end(t, pct), t.find('。').unwrap());
    // a clause at the text's start, and one running to its end
    assert_eq!(clause_start(t, 3), 0);
    assert_eq!(clause_end("完成86亿元", 0), "完成86亿元".len());

    // a line without a break: at most CLAUSE_REACH bytes, on char boundaries
    let long = format!("a{}", "中".repeat(100));
    assert_eq!(clause_end(&long, 0), 1 + 60 * 3);
    assert!(clause_end(&long, 0) > CLAUSE_REACH);
    let end = long.len();
    let s = clause_start(&long, end);
    assert_eq!(s, end - CLAUSE_REACH);
    let odd = format!("{}a", "中".repeat(100));
    let s = clause_start(&odd, odd.len());
    assert!(odd.is_char_boundary(s));
    assert_eq!(s, odd.len() - 1 - 60 * 3);
}

#[test]
fn a_count_counts_projects_when_nothing_else_follows() {
    assert!(counts_projects(""));
    assert!(counts_projects("项目"));
    assert!(counts_projects("重大项目"));
    assert!(counts_projects("，"));
    assert!(!counts_projects("乡镇"));
    assert!(!counts_projects("百分点"));
}

fn claim(quantity: Quantity, measure: Measure, value: f64, decimals: i32) -> Claim {
    Claim {
        span: 0..1,
        value,
        decimals,
        measure,
        quantity,
        approximate: false,
        behind: false,
    }
}

#[test]
fn the_claims_of_a_paragraph() {
    let t = "今年全县安排重大项目120个，总投资512.34亿元，年度计划投资121亿元，\
        1—10月完成投资86.2亿元，占年度计划的71.2%，低于序时进度12.1个百分点。";
    let got: Vec<(&str, Quantity, f64, i32, bool)> = claims(t)
        .iter()
        .map(|c| {
            assert!(!c.approximate, "{c:?}");
            (
                &t[c.span.clone()],
                c.quantity,
                c.value,
                c.decimals,
                c.behind,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("120个", Quantity::Projects, 120.0, 0, false),
            ("512.34亿元", Quantity::TotalInvestment, 512.34, 2, false),
            ("121亿元", Quantity::YearPlan, 121.0, 0, false),
            ("86.2亿元", Quantity::Completed, 86.2, 1, false),
            ("71.2%", Quantity::CompletionRate, 71.2, 1, false),
            ("12.1个百分点", Quantity::ScheduleGap, 12.1, 1, true),
        ]
    );
    let measures: Vec<Measure> = claims(t).iter().map(|c| c.measure).collect();
    assert_eq!(
        measures,
        [
            Measure::Count,
            Measure::Money(Unit::Yi),
            Measure::Money(Unit::Yi),
            Measure::Money(Unit::Yi),
            Measure::Percent,
            Measure::Points
        ]
    );
}

#[test]
fn loose_figures_are_approximate() {
    let loose = |t: &str| claims(t).iter().map(|c| c.approximate).collect::<Vec<_>>();
    assert_eq!(loose("完成投资约86亿元"), [true]);
    assert_eq!(loose("完成投资86亿元左右"), [true]);
    assert_eq!(loose("完成投资86亿元"), [false]);
}

#[test]
fn figures_in_ranges_names_and_other_counts_claim_nothing() {
    for t in [
        "续建项目3—5个",
        "续建项目3-5个",
        "续建项目3～5个",
        "续建项目3~5个",
        "续建项目A5个",
        "续建项目12个乡镇",
        "2026年完成投资",
        // a number at the very end, without a unit, or alone
        "完成投资86",
        "86",
    ] {
        assert_eq!(claims(t), [], "{t}");
    }
    // thousands separators belong to the number
    let c = claims("完成投资1,234.5万元");
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].value, c[0].span.clone()),
        (1234.5, 12..12 + "1,234.5万元".len())
    );
    // after the range, the next figure is read again
    let c = claims("续建项目3—5个，新建项目7个");
    assert_eq!(c.len(), 1);
    assert_eq!((c[0].quantity, c[0].value), (Quantity::New, 7.0));
}

#[test]
fn a_figure_disagrees_beyond_rounding_only() {
    let f = facts();
    let yi = Measure::Money(Unit::Yi);
    let completed = |v, d| claim(Quantity::Completed, yi, v, d);
    assert_eq!(disagreement(&completed(86.2, 1), &f), None);
    // 86 is 86.2 rounded to a whole
    assert_eq!(disagreement(&completed(86.0, 0), &f), None);
    assert_eq!(disagreement(&completed(85.0, 0), &f), Some(86.2));
    assert_eq!(disagreement(&completed(85.2, 1), &f), Some(86.2));
    // one step off is off: the tolerance is half a step
    assert_eq!(disagreement(&completed(86.3, 1), &f), Some(86.2));
    // in another unit than the ledger's
    let wan = |v| claim(Quantity::Completed, Measure::Money(Unit::Wan), v, 0);
    assert_eq!(disagreement(&wan(862_000.0), &f), None);
    assert!(close(disagreement(&wan(860_000.0), &f), 862_000.0));
    // a fact the ledger does not have is no disagreement
    let bare = Facts::default();
    assert_eq!(disagreement(&completed(1.0, 0), &bare), None);
}

#[test]
fn half_a_step_off_agrees_both_ways() {
    let yi = Measure::Money(Unit::Yi);
    let completed = |v, d| claim(Quantity::Completed, yi, v, d);
    // 86.25 written 86.2: within half a step (86.25 rounds up to 86.3 by the figure's rule)
    let f = Facts {
        completed: Some(86.25),
        ..facts()
    };
    assert_eq!(disagreement(&completed(86.2, 1), &f), None);
    // 86.15 written 86.1: half a step, just over in binary
    let f = Facts {
        completed: Some(86.15),
        ..facts()
    };
    assert_eq!(disagreement(&completed(86.1, 1), &f), None);
    assert_eq!(disagreement(&completed(86.0, 1), &f), Some(86.15));
}

/// A gap a writer works out from the rate and the schedule as the speech writes them: 4 months
/// are 33.3%, the rate 24.88% is 24.9%, so 8.4 points behind is right though the gap is 8.45;
/// 8.3 and 8.6 are not.
#[test]
fn a_gap_worked_out_from_the_rounded_figures_agrees() {
    let f = Facts {
        month: Some(4),
        completion_rate: Some(24.8826),
        schedule_gap: Some(24.8826 - 400.0 / 12.0),
        ..facts()
    };
    let behind = |v| Claim {
        behind: true,
        ..claim(Quantity::ScheduleGap, Measure::Points, v, 1)
    };
    assert_eq!(disagreement(&behind(8.5), &f), None);
    assert_eq!(disagreement(&behind(8.4), &f), None);
    assert_eq!(disagreement(&behind(8.3), &f), Some(-8.5));
    assert_eq!(disagreement(&behind(8.6), &f), Some(-8.5));
}

#[test]
fn an_approximate_figure_has_five_percent() {
    let f = facts();
    let about = |v| Claim {
        approximate: true,
        ..claim(Quantity::Completed, Measure::Money(Unit::Yi), v, 0)
    };
    assert_eq!(disagreement(&about(85.0), &f), None);
    assert_eq!(disagreement(&about(88.0), &f), None);
    assert_eq!(disagreement(&about(80.0), &f), Some(86.2));
    assert_eq!(disagreement(&about(95.0), &f), Some(86.2));
}

#[test]
fn a_gap_is_signed_by_its_words() {
    let f = facts();
    let gap = |behind| Claim {
        behind,
        ..claim(Quantity::ScheduleGap, Measure::Points, 12.1, 1)
    };
    // the ledger is 12.09 points behind, the speech says 12.1 behind
    assert_eq!(disagreement(&gap(true), &f), None);
    // said ahead: wrong, and the ledger's gap comes rounded to one decimal
    assert_eq!(disagreement(&gap(false), &f), Some(-12.1));
}

#[test]
fn a_rate_rounded_twice_is_right() {
    // 81.4495 → 81.45 → 81.5 as a table of two decimals rounds it again; 81.3 is wrong
    let f = Facts {
        completion_rate: Some(81.4495),
        ..facts()
    };
    let rate = |v| claim(Quantity::CompletionRate, Measure::Percent, v, 1);
    assert_eq!(disagreement(&rate(81.5), &f), None);
    assert_eq!(disagreement(&rate(81.4), &f), None);
    assert_eq!(disagreement(&rate(81.3), &f), Some(81.4495));
}

/// A ledger without a project row states no count: a count of nothing is not compared.
#[test]
fn no_projects_is_no_count() {
    let none = Facts::default();
    assert_eq!(Quantity::Projects.value(&none, Unit::Yi), None);
    let three = Facts {
        projects: 3,
        ..Facts::default()
    };
    assert_eq!(Quantity::Projects.value(&three, Unit::Yi), Some(3.0));
}
