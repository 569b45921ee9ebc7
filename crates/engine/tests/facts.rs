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
        // a far place in passing: worth a glance only
        ("foreign-place", "池州", Severity::Info),
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
