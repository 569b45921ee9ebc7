//! The fact rules (foreign-place, mixed-level, stale-time, source-leftover) on two speeches of
//! our own: one that is right in every shape and must raise nothing, one with a leftover in every
//! own-place slot and a stale time, each of which must be found (as an error where it stands in
//! an own-place slot). The place is a real county, so the geography rules work on the real table:
//! 宁强县, 汉中市, 陕西省 (capital 西安).

use jianggao_engine::check::check;
use jianggao_engine::{Analysis, CheckOptions, Finding, Severity, Values};

const FACT_RULES: &[&str] = &[
    "foreign-place",
    "mixed-level",
    "stale-time",
    "source-leftover",
];

fn facts(place: &str, level: &str, year: &str) -> Values {
    [
        ("fact:place", place),
        ("fact:level", level),
        ("fact:year", year),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

fn fact_findings(text: &str, values: &Values) -> Vec<Finding> {
    let a = Analysis::new(text);
    check(&a, values, &CheckOptions::default())
        .into_iter()
        .filter(|f| FACT_RULES.iter().any(|r| f.rule == *r))
        .collect()
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/facts/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_right_speech_raises_no_fact_finding() {
    let text = fixture("must-not-fire.txt");
    let sentences = text.matches(['。', '！', '？']).count();
    assert!(sentences >= 40, "only {sentences} sentences");
    let found = fact_findings(&text, &facts("宁强县", "县", "2022"));
    let listed: Vec<String> = found
        .iter()
        .map(|f| {
            format!(
                "{} {:?} “{}” {}",
                f.rule,
                f.severity,
                f.text(&text),
                f.message
            )
        })
        .collect();
    assert!(listed.is_empty(), "{}", listed.join("\n"));
}

#[test]
fn every_leftover_in_an_own_place_slot_is_found() {
    let text = fixture("must-fire.txt");
    let found = fact_findings(&text, &facts("宁强县", "县", "2024"));
    // (rule, text, severity): each must be found
    let expected: &[(&str, &str, Severity)] = &[
        // the title line
        ("foreign-place", "澄城县", Severity::Error),
        // 在X召开 this meeting
        ("foreign-place", "洋县", Severity::Error),
        // the speaker's own organs (twice: 勉县县委, 勉县人民政府)
        ("foreign-place", "勉县", Severity::Error),
        // 全X
        ("foreign-place", "城固", Severity::Error),
        // another city's 建设美丽X
        ("foreign-place", "安康", Severity::Error),
        // X发展, X人民, X的发展
        ("foreign-place", "略阳", Severity::Error),
        ("foreign-place", "西乡", Severity::Error),
        ("foreign-place", "顺庆", Severity::Error),
        // the signature
        ("foreign-place", "顺庆区", Severity::Error),
        // the wrong level in the speaker's own organs and claims
        ("mixed-level", "区委", Severity::Error),
        ("mixed-level", "区政府", Severity::Error),
        ("mixed-level", "我区", Severity::Error),
        // an era word two years after its time, a finished plan period used forward
        ("stale-time", "疫情防控", Severity::Warning),
        ("stale-time", "十三五", Severity::Warning),
        // a named official of the source
        ("source-leftover", "德荣副县长", Severity::Warning),
    ];
    let mut missing = Vec::new();
    for (rule, t, sev) in expected {
        let hit = found
            .iter()
            .any(|f| f.rule == *rule && f.text(&text) == *t && f.severity == *sev);
        if !hit {
            missing.push(format!("{rule} “{t}” {sev:?}"));
        }
    }
    let listed: Vec<String> = found
        .iter()
        .map(|f| format!("{} {:?} “{}”", f.rule, f.severity, f.text(&text)))
        .collect();
    assert!(
        missing.is_empty(),
        "missing: {}\nfound: {}",
        missing.join(", "),
        listed.join(", ")
    );
    // a far place in passing is nothing the writer can act on: no finding at all
    assert!(
        !found.iter().any(|f| f.text(&text) == "池州"),
        "{}",
        listed.join(", ")
    );
    // every place in the speech's own slots is an error; nothing else is
    let errors = found
        .iter()
        .filter(|f| f.rule == "foreign-place" && f.severity == Severity::Error)
        .count();
    assert_eq!(errors, 10, "{}", listed.join(", "));
}

#[test]
fn era_words_are_judged_by_the_year() {
    let text = "要统筹疫情防控和经济发展，抓好复工复产。";
    let at = |y: &str| -> Vec<String> {
        fact_findings(text, &facts("宁强县", "县", y))
            .into_iter()
            .map(|f| f.text(text).to_string())
            .collect()
    };
    assert_eq!(at("2020"), Vec::<String>::new());
    assert_eq!(at("2022"), ["复工复产"]);
    assert_eq!(at("2024"), ["疫情防控", "复工复产"]);
}

#[test]
fn era_words_in_a_report_of_the_year_they_were_current_are_not_stale() {
    let at = |text: &str| -> Vec<String> {
        fact_findings(text, &facts("宁强县", "县", "2024"))
            .into_iter()
            .filter(|f| f.rule == "stale-time")
            .map(|f| f.text(text).to_string())
            // (the years themselves are another question: `2022` in a 2024 speech)
            .filter(|t| !t.bytes().all(|b| b.is_ascii_digit()))
            .collect()
    };
    // the sentence names the year it reports: last year's words are right there
    assert_eq!(
        at("2022年，我县统筹疫情防控和经济发展，项目建设稳步推进。"),
        Vec::<String>::new()
    );
    // the paragraph opened on that year and the sentence points back to it
    assert_eq!(
        at("2022年，全县经济总量再上台阶。这一年，我们统筹疫情防控和经济发展，交出了答卷。"),
        Vec::<String>::new()
    );
    // a year of the word's own time said as a past one
    assert_eq!(
        at("去年以前，各地忙于抗疫，项目进度受到影响。"),
        Vec::<String>::new()
    );
    // said of now, or of a year after its time: still stale
    assert_eq!(at("今年要统筹疫情防控和经济发展。"), ["疫情防控"]);
    assert_eq!(
        at("2022年项目推进有力，今年仍要统筹疫情防控和经济发展。"),
        ["疫情防控"]
    );
    assert_eq!(at("2024年，我们要统筹疫情防控和经济发展。"), ["疫情防控"]);
    assert_eq!(
        at("2023年，全县经济总量再上台阶。这一年，我们统筹疫情防控和经济发展。"),
        ["疫情防控"]
    );
    // 这一年 with no year opening the paragraph: the year of the speech
    assert_eq!(at("这一年，我们要统筹疫情防控和经济发展。"), ["疫情防控"]);
}

#[test]
fn a_look_back_at_a_plan_period_is_never_stale() {
    let v = facts("宁强县", "县", "2026");
    let texts = |t: &str| -> Vec<String> {
        fact_findings(t, &v)
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    for t in [
        "“十四五”时期，全县累计完成投资八百亿元。",
        "回顾“十四五”，我们办成了一批大事。",
        "“十四五”以来，路网密度提高了一倍。",
        "“十四五”圆满收官。",
    ] {
        assert_eq!(texts(t), Vec::<String>::new(), "{t}");
    }
    assert_eq!(texts("确保“十四五”目标如期完成。"), ["十四五"]);
    assert_eq!(texts("为“十四五”开好局、起好步。"), ["十四五"]);
}

#[test]
fn a_past_year_named_as_a_measure_or_a_start_is_not_stale() {
    let v = facts("宁强县", "县", "2024");
    let texts = |t: &str| -> Vec<String> {
        fact_findings(t, &v)
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    for t in [
        "两县自2016年结对以来，协作不断深化。",
        "居民收入达2019年的1.4倍。",
        "比2018年增长一倍。",
        "这座桥于2015年建成。",
    ] {
        assert_eq!(texts(t), Vec::<String>::new(), "{t}");
    }
    assert_eq!(texts("2019年全县计划实施重点项目五十个。"), ["2019"]);
}

#[test]
fn a_plan_period_spoken_of_as_now_or_ahead_is_stale() {
    let texts = |t: &str, y: &str| -> Vec<String> {
        fact_findings(t, &facts("宁强县", "县", y))
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    assert_eq!(texts("今年是“十三五”收官之年。", "2022"), ["十三五"]);
    assert_eq!(
        texts("为圆满完成“十四五”规划打下基础。", "2026"),
        ["十四五"]
    );
    assert_eq!(
        texts("圆满完成“十四五”规划目标任务。", "2026"),
        Vec::<String>::new()
    );
}

#[test]
fn a_goal_met_long_ago_driven_toward_is_stale() {
    let texts = |t: &str, y: &str| -> Vec<String> {
        fact_findings(t, &facts("宁强县", "县", y))
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    // the drive toward a goal met in 2020, before it or after it and its 的
    assert_eq!(
        texts("我们要携手决胜全面建成小康社会，再创佳绩。", "2024"),
        ["决胜全面建成小康社会"]
    );
    assert_eq!(
        texts("今年是脱贫攻坚的决战决胜之年，任务很重。", "2023"),
        ["脱贫攻坚的决战"]
    );
    assert_eq!(
        texts("全力以赴打赢脱贫攻坚战，带领群众奔小康。", "2025"),
        ["打赢脱贫攻坚战", "奔小康"]
    );
    // in its own years it is the task of the day
    assert_eq!(
        texts("我们要携手决胜全面建成小康社会，再创佳绩。", "2019"),
        Vec::<String>::new()
    );
    // named as history, or the goal alone, it is no finding
    for t in [
        "回顾过去，我们决胜全面建成小康社会，群众生活大为改善。",
        "“十三五”期间，全县打赢脱贫攻坚战，五千人摘帽。",
        "兄弟单位为我县决胜脱贫攻坚作出了巨大贡献。",
        "产业协作为全县打赢脱贫攻坚战注入了强劲动力。",
        "在打赢脱贫攻坚战的基础上，接续推进乡村振兴，巩固拓展脱贫攻坚成果。",
    ] {
        assert_eq!(texts(t, "2024"), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn the_own_bodies_sessions_and_wide_events_are_no_leftovers() {
    let v = facts("宁强县", "县", "2024");
    let texts = |t: &str| -> Vec<String> {
        fact_findings(t, &v)
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    assert_eq!(
        texts("在县第十八届人民代表大会第三次会议上。"),
        Vec::<String>::new()
    );
    assert_eq!(
        texts("本次签约是中国·汉江第六届茶文化节的活动之一。"),
        Vec::<String>::new()
    );
    assert_eq!(texts("借第六届茶文化节的东风。"), ["第六届茶文化节"]);
}

#[test]
fn levels_that_are_not_the_speakers() {
    let texts = |t: &str, level: &str| -> Vec<String> {
        fact_findings(t, &facts("汉中市", level, "2024"))
            .into_iter()
            .filter(|f| f.rule == "mixed-level")
            .map(|f| f.text(t).to_string())
            .collect()
    };
    // a city speaker who speaks for a county's organs is reading a county's speech
    assert_eq!(
        texts("我代表县委、县政府表示欢迎。", "市"),
        ["县委", "县政府"]
    );
    assert_eq!(
        texts("县委书记在会上作了发言。", "市"),
        Vec::<String>::new()
    );
    // 本区域 is the area; a district is of county rank
    assert_eq!(
        texts("各区报告本区域的项目情况。", "市"),
        Vec::<String>::new()
    );
    assert_eq!(texts("县级领导要包抓项目。", "区"), Vec::<String>::new());
}

#[test]
fn a_plan_periods_year_said_alone_is_the_speechs_year() {
    let texts = |t: &str, y: &str| -> Vec<String> {
        fact_findings(t, &facts("宁强县", "县", y))
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    // a year named by its place in the plan and nothing else is this year
    assert_eq!(
        texts("“十四五”开局之年，全县共安排项目八十个。", "2023"),
        ["十四五”开局之年"]
    );
    // a span run from the first year of a plan that is over
    assert_eq!(
        texts("“十二五”开局之年以来，全县引进项目百余个。", "2017"),
        ["十二五"]
    );
    // a year numbered or gone by, the plan's course, a span within the plan of the day
    for (t, y) in [
        ("2021年是“十四五”开局之年，全县共安排项目八十个。", "2022"),
        ("去年是“十四五”开局之年，全县共安排项目八十个。", "2022"),
        ("“十四五”开局良好，全县共安排项目八十个。", "2023"),
        ("“十四五”开局之年以来，全县共安排项目八十个。", "2024"),
        ("“十二五”以来，全县引进项目百余个。", "2017"),
        (
            "紧扣“十四五”开局之年的新要求，全县共安排项目八十个。",
            "2021",
        ),
    ] {
        assert_eq!(texts(t, y), Vec::<String>::new(), "{t} {y}");
    }
}

#[test]
fn a_period_over_that_holds_this_occasion_is_stale() {
    let texts = |t: &str, y: &str| -> Vec<String> {
        fact_findings(t, &facts("宁强县", "县", y))
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    // the period said as the time of today's start: the old draft's
    assert_eq!(
        texts(
            "作为全县“十二五”期间第一个新开工的工业项目，它意义重大。",
            "2019"
        ),
        ["十二五"]
    );
    // the period's tally, and the present within a period that is still on
    for (t, y) in [
        ("“十二五”期间新开工项目一百二十个，总投资60亿元。", "2019"),
        ("“十二五”期间，全县新开工项目一百二十个。", "2019"),
        (
            "作为全县“十三五”期间第一个新开工的工业项目，它意义重大。",
            "2019",
        ),
    ] {
        assert_eq!(texts(t, y), Vec::<String>::new(), "{t} {y}");
    }
}

#[test]
fn a_period_to_come_that_holds_this_occasion_is_stale() {
    let texts = |t: &str| -> Vec<String> {
        fact_findings(t, &facts("宁强县", "县", "2019"))
            .into_iter()
            .map(|f| f.text(t).to_string())
            .collect()
    };
    assert_eq!(
        texts("今天的活动，是全县“十四五”期间第一场项目签约仪式。"),
        ["十四五"]
    );
    for t in [
        "全县要谋划好“十四五”期间的重大项目。",
        "力争使它成为“十四五”期间第一个投产的项目。",
        "“十四五”期间，全县计划实施项目两百个。",
    ] {
        assert_eq!(texts(t), Vec::<String>::new(), "{t}");
    }
}
