//! The checks that catch what would embarrass the speaker: for every rule, texts of our own
//! where it must fire and where it must not, and switching it off.

use jianggao_engine::check::{apply_fixes, check};
use jianggao_engine::CheckOptions;
use jianggao_engine::{Analysis, Values};

fn facts(place: &str, level: &str, year: &str) -> Values {
    [
        ("fact:place", place),
        ("fact:level", level),
        ("fact:year", year),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// The (text, message) of every finding of one rule.
fn run(rule: &str, text: &str, values: &Values) -> Vec<(String, String)> {
    run_opts(rule, text, values, &CheckOptions::default())
}

fn run_opts(rule: &str, text: &str, values: &Values, opts: &CheckOptions) -> Vec<(String, String)> {
    let a = Analysis::new(text);
    check(&a, values, opts)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| (f.text(text).to_string(), f.message.into_owned()))
        .collect()
}

fn texts(found: &[(String, String)]) -> Vec<&str> {
    found.iter().map(|(t, _)| t.as_str()).collect()
}

#[test]
fn foreign_place() {
    let v = facts("东川区", "区", "2026");
    let text = "池州的发展，全襄阳市、顺庆区人民也在比。东川一年一变样，昆明市和云南省的部署，我们要延长工期、加强合作，比如新城区建设。";
    let found = run("foreign-place", text, &v);
    assert_eq!(texts(&found), ["池州", "襄阳市", "顺庆区"]);
    assert!(found[0].1.contains("池州市，安徽省"), "{}", found[0].1);
    assert!(found[0].1.contains("本地（东川区）"), "{}", found[0].1);
    assert!(found[1].1.contains("“全X”"), "{}", found[1].1);
    // named in passing, in no slot of the own place: nothing the writer can act on
    let text = "襄阳市、顺庆区的同行也来了。";
    assert!(run("foreign-place", text, &v).is_empty());
    // learning from them and comparing with them is naming them on purpose
    let text = "学习池州的经验，与襄阳市、顺庆区比一比。";
    assert!(run("foreign-place", text, &v).is_empty());
    // without the draft's place there is nothing to compare with
    assert!(run("foreign-place", text, &Values::new()).is_empty());
    // a city speech may name its own counties
    let v = facts("昆明市", "市", "2026");
    assert!(run("foreign-place", "东川区、五华区和全市各县区", &v).is_empty());
}

#[test]
fn mixed_level() {
    let v = facts("青山县", "县", "2026");
    let text = "县长在全县推进会上的讲话\n\n全县上下要努力。区委、区政府高度重视，全区项目进展顺利，我区要加快。增速居全市第3位，市委要求我们，我市要……\n";
    let found = run("mixed-level", text, &v);
    assert_eq!(texts(&found), ["区委", "区政府", "全区", "我区", "我市"]);
    assert!(found[0].1.contains("应为“县委”"));
    // a title at one level over a body at another
    let text = "区委书记在重点项目调度会上的讲话\n\n全县上下要努力。\n";
    let found = run("mixed-level", text, &v);
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("标题是区一级"), "{}", found[0].1);
    // a city speech speaks of the counties below it
    let v = facts("", "市", "2026");
    assert!(run("mixed-level", "全市各县区，县委、区政府要落实。", &v).is_empty());
    assert_eq!(
        texts(&run("mixed-level", "全市上下，全县要落实。", &v)),
        ["全县"]
    );
    // a town's speech: its own 全镇 and 镇党委, its county's 全县 and 县委 above it; a claim
    // at another level and a peer's words are wrong
    let v = facts("青山镇", "镇", "2026");
    let text = "镇党委书记在全镇项目建设推进会上的讲话\n\n全镇上下要落实县委、县政府的部署，镇党委、镇政府高度重视，在全县乡镇考评中争先，乡镇长要带头。我县要加快，全乡项目进展顺利，本乡本土的能人要回来。我代表县委表示感谢。\n";
    let found = run("mixed-level", text, &v);
    // (a county leader may speak for the county at the town's event)
    assert_eq!(texts(&found), ["我县", "全乡"]);
    assert!(found[0].1.contains("应为“我镇”"), "{}", found[0].1);
    // the title gives the level when the fact is not filled
    let found = run("mixed-level", text, &facts("", "", "2026"));
    assert_eq!(texts(&found), ["我县", "全乡"]);
    let text = "镇党委书记在项目建设推进会上的讲话\n\n我县要加快。\n";
    assert_eq!(texts(&run("mixed-level", text, &Values::new())), ["我县"]);
    // a county leader at the town's meeting; a county's title over a town's draft
    let text = "在全镇项目建设推进会上的讲话\n\n全县上下要支持全镇的项目。\n";
    assert!(run("mixed-level", text, &facts("青山县", "县", "2026")).is_empty());
    let text = "县长在全县项目建设推进会上的讲话\n\n全镇上下要努力。\n";
    let found = run("mixed-level", text, &v);
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("标题是县一级"), "{}", found[0].1);
    // a county's speech speaks of its towns; only 我镇 claims a town's level
    let v = facts("青山县", "县", "2026");
    let text = "全县各乡镇要立足本镇实际，全镇上下动起来的镇要表扬，镇党委书记、镇长要带头。我镇要加快。\n";
    assert_eq!(texts(&run("mixed-level", text, &v)), ["我镇"]);
    let found = run("mixed-level", "我代表镇党委、镇政府表示欢迎。", &v);
    assert_eq!(texts(&found), ["镇党委", "镇政府"]);
    assert!(found[0].1.contains("应为“县委”"), "{}", found[0].1);
    // and a peer's committee in a town's speech is the town's 党委
    let found = run(
        "mixed-level",
        "乡委、乡政府高度重视。",
        &facts("青山镇", "镇", ""),
    );
    assert!(found[0].1.contains("应为“镇党委”"), "{}", found[0].1);
    // fixes rewrite the level
    let a = Analysis::new("区委、区政府高度重视。");
    let f = check(&a, &facts("", "县", ""), &CheckOptions::default());
    assert_eq!(apply_fixes(&a.text, &f), "县委、县政府高度重视。");
}

#[test]
fn stale_time() {
    let v = facts("青山县", "县", "2026");
    let text = "2021年全区完成投资，2025年增长较快，201x年以来，为实现“十四五”开门红，“十三五”成就，统筹疫情防控和经济发展。";
    let found = run("stale-time", text, &v);
    assert_eq!(
        texts(&found),
        ["2021", "201x", "十四五", "十三五", "疫情防控"]
    );
    assert!(found[2].1.contains("十五五"));
    // the year before is reported as last year's results; a 2025 speech may say 十四五
    let v = facts("", "县", "2025");
    assert_eq!(
        texts(&run("stale-time", "“十四五”收官之年，2024年完成", &v)),
        Vec::<&str>::new()
    );
    // a period's place said of this year: 开局 was 2021, the second year 2022; of a 2025
    // speech only 收官 (or the fifth year) is right, and next year opens 十五五
    let v = facts("", "县", "2025");
    let text = "今年是“十四五”开局之年。今年是十四五的第二年。今年是“十四五”收官之年。今年是十四五规划的第五年。明年是“十五五”开局之年。那一年正值“十四五”开局之年。";
    let found = run("stale-time", text, &v);
    // (the finding shows the place it misplaces)
    assert_eq!(texts(&found), ["十四五”开局之年", "十四五的第二年"]);
    assert!(
        found[0].1.contains("2021年") && found[0].1.contains("收官之年"),
        "{}",
        found[0].1
    );
    assert!(found[1].1.contains("2022年"), "{}", found[1].1);
    // a 2026 speech: 十五五 opens; 十四五 is over (said once, as before)
    let v = facts("", "县", "2026");
    let found = run(
        "stale-time",
        "今年是“十五五”开局之年，明年是十五五的第三年。",
        &v,
    );
    assert_eq!(texts(&found), ["十五五的第三年"]);
    assert!(found[0].1.contains("第二年"), "{}", found[0].1);
    assert_eq!(
        texts(&run("stale-time", "今年是“十四五”开局之年。", &v)),
        ["十四五"]
    );
    // month ranges later than the speech's date
    let text = "县长讲话\n\n（2026年3月18日）\n\n1-10月完成投资，1-2月开局良好。\n";
    let found = run("stale-time", text, &facts("", "县", "2026"));
    assert_eq!(texts(&found), ["1-10月"]);
}

#[test]
fn source_leftover() {
    let text = "刚才，德荣副区长通报了情况，请张明书记讲话。各位县长、常务副县长要带头。充分用好第十四届西洽会、第10届投洽会，开好第三季度调度会。";
    let found = run("source-leftover", text, &Values::new());
    assert_eq!(
        texts(&found),
        ["德荣副区长", "张明书记", "第十四届西洽会", "第10届投洽会"]
    );
    assert!(run(
        "source-leftover",
        "县委书记、县长和分管副县长参加。",
        &Values::new()
    )
    .is_empty());
    // this year's session of a fair, named with the speech's year or joined to a national
    // event, is no leftover; another year's is
    let text =
        "组团参加2026丝路博览会暨第12届投洽会。全力办好中国国际服务贸易博览会暨第9届商洽会。";
    let v = facts("", "县", "2026");
    assert!(run("source-leftover", text, &v).is_empty());
    let found = run(
        "source-leftover",
        "组团参加2019丝路博览会暨第12届投洽会。",
        &v,
    );
    assert_eq!(texts(&found), ["第12届投洽会"]);
    // an association's numbered session (its presidents' or council's meeting) is its own,
    // not an event left from the source
    let text = "同期还将召开县外商会第三届会长会议和第二届理事会。";
    assert!(run("source-leftover", text, &v).is_empty());
}

#[test]
fn figure_mismatch() {
    // a rate must equal part ÷ total
    let text = "今年全县安排重点项目45个，已开工22个，开工率为60%。";
    let found = run("figure-mismatch", text, &Values::new());
    assert_eq!(texts(&found), ["60"]);
    assert!(found[0].1.contains("22÷总数45=48.9%"), "{}", found[0].1);
    assert!(run(
        "figure-mismatch",
        "今年全县安排重点项目45个，已开工22个，开工率为48.9%。",
        &Values::new()
    )
    .is_empty());
    // where the parts are filled, the rate is offered
    let text = "今年全县安排重点项目x个，已开工x个，开工率为x%。";
    let v: Values = [("#1", "40"), ("#2", "30")]
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    let a = Analysis::new(text);
    let f: Vec<_> = check(&a, &v, &CheckOptions::default())
        .into_iter()
        .filter(|f| f.rule == "figure-mismatch")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].fix.as_deref(), Some("75"));
    // applied to the draft, the offer fills the rate's field and leaves the template alone
    let (t, v2) = jianggao_engine::check::apply_fixes_to_draft(&a, &v, &f);
    assert_eq!(t, text);
    assert_eq!(v2.get("#3").map(String::as_str), Some("75"));
    // parts must add up to the total
    let found = run(
        "figure-mismatch",
        "全年安排重点项目195个，其中续建104个、新建84个。",
        &Values::new(),
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("104+84=188"), "{}", found[0].1);
    assert!(run(
        "figure-mismatch",
        "全年安排重点项目195个，其中续建111个、新建84个。",
        &Values::new()
    )
    .is_empty());
    // shares at most 100%; 到位 not above 争取
    assert_eq!(
        texts(&run(
            "figure-mismatch",
            "产业项目占总投资的130%。",
            &Values::new()
        )),
        ["130"]
    );
    assert_eq!(
        texts(&run(
            "figure-mismatch",
            "争取上级资金5亿元，到位8亿元。",
            &Values::new()
        )),
        ["8"]
    );
    assert!(run(
        "figure-mismatch",
        "争取上级资金8亿元，到位5亿元，占比62.5%。",
        &Values::new()
    )
    .is_empty());
    // date spans
    let v = facts("", "", "2026");
    let said = "项目于3月1日签约，3月31日开工，仅用20天。";
    assert_eq!(texts(&run("figure-mismatch", said, &v)), ["20"]);
    assert!(run(
        "figure-mismatch",
        "项目于3月1日签约，3月21日开工，仅用20天。",
        &v
    )
    .is_empty());
    // the number of items said and listed
    let listed = "重点抓好五个项目：东港大桥、西湖公园、北山隧道。";
    assert_eq!(texts(&run("figure-mismatch", listed, &v)), ["五个项目"]);
    let listed = "东港大桥、西湖公园、北山隧道等2个项目进展顺利。";
    assert_eq!(texts(&run("figure-mismatch", listed, &v)), ["2个项目"]);
    let fine = "重点抓好三个项目：东港大桥、西湖公园、北山隧道。东港大桥、西湖公园等5个项目。";
    assert!(run("figure-mismatch", fine, &v).is_empty());
}

#[test]
fn empty_slot() {
    let text = "刚才，个部门作了发言。稍后，还将作重要讲话。同比增长%，总投资亿元。";
    let found = run("empty-slot", text, &Values::new());
    assert_eq!(texts(&found), ["个", "还将作", "%", "亿元"], "{found:?}");
    let fine = "刚才，各部门作了发言，个别项目滞后，项目进展顺利。增长12%，投资数亿元，张华同志还将作重要讲话。新谋划亿元以上项目，个个都是能手。";
    assert!(run("empty-slot", fine, &Values::new()).is_empty());
}

#[test]
fn typography() {
    let text = "同志们:今天开会,请大家发言。投资12 亿元。\"重点项目\"要抓好。市市上下、各各位、常常、层层。\n\n(一)抓开工\n";
    let found = run("typography", text, &Values::new());
    let got = texts(&found);
    assert_eq!(
        got,
        [":", ",", " ", "\"", "\"", "市市", "各各", "(一)"],
        "{found:?}"
    );
    let a = Analysis::new(text);
    let fixed = apply_fixes(text, &check(&a, &Values::new(), &CheckOptions::default()));
    assert_eq!(fixed, "同志们：今天开会，请大家发言。投资12亿元。“重点项目”要抓好。市上下、各位、常常、层层。\n\n（一）抓开工\n");
    // 公文 keeps x亿元 tight and （一） full-width; numbers, URLs and Latin are left alone
    assert!(run(
        "typography",
        "投资1,200万元，见http://a.cn/x,y，GDP,CPI。",
        &Values::new()
    )
    .is_empty());
    assert_eq!(
        run("typography", "他说“好”。“未完", &Values::new()).len(),
        1,
        "unpaired quotes"
    );
}

#[test]
fn length_against_a_target() {
    let body = "项目建设是经济发展的生命线。".repeat(100); // 1400 chars
    let text = format!("讲话\n\n{body}\n");
    let opts = CheckOptions {
        target_minutes: Some(15.0),
        ..Default::default()
    };
    let found = run_opts("length", &text, &Values::new(), &opts);
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("不足"), "{}", found[0].1);
    let opts = CheckOptions {
        target_minutes: Some(5.0),
        ..Default::default()
    };
    let found = run_opts("length", &text, &Values::new(), &opts);
    assert!(found[0].1.contains("超出2.0分钟"), "{}", found[0].1);
    let opts = CheckOptions {
        target_minutes: Some(7.0),
        ..Default::default()
    };
    assert!(run_opts("length", &text, &Values::new(), &opts).is_empty());
}

#[test]
fn every_rule_can_be_switched_off() {
    let text = "区委书记在调度会上的讲话\n\n（2026年3月1日）\n\n同志们:\n\n刚才，个部门发了言。\n\n全县安排项目45个，其中续建10个、新建10个，开工22个，开工率为60%。\n\n德荣副区长通报，池州人民，十三五，1-10月，x个，□，效能革_。锟斤拷【此处原文缺失约100字】\n\n全县安排项目45个，其中续建10个、新建10个，开工22个，开工率为60%。\n";
    let v = facts("东川区", "县", "2026");
    // a ledger of 40 projects, for ledger-mismatch
    let ledger = jianggao_engine::ledger::facts::Facts {
        projects: 40,
        ..Default::default()
    };
    let opts = CheckOptions {
        target_minutes: Some(30.0),
        ledger: Some(std::sync::Arc::new(ledger)),
        ..Default::default()
    };
    let a = Analysis::new(text);
    let all = check(&a, &v, &opts);
    for rule in jianggao_engine::RULES {
        if rule.id == "field-value" {
            continue;
        }
        assert!(
            all.iter().any(|f| f.rule == rule.id),
            "{} did not fire",
            rule.id
        );
        let off = CheckOptions {
            disabled: [rule.rule].into(),
            ..opts.clone()
        };
        let rest = check(&a, &v, &off);
        assert!(
            !rest.iter().any(|f| f.rule == rule.id),
            "{} still fires when off",
            rule.id
        );
        assert!(rest.len() < all.len());
    }
}

#[test]
fn a_share_of_a_plan_may_pass_a_hundred() {
    let v = Values::new();
    let found = run("figure-mismatch", "完成投资52亿元，占全年总量的115%。", &v);
    assert_eq!(texts(&found), ["115"]);
    // over-fulfilment of the plan, the target, the task
    for t in [
        "完成投资52亿元，占年度计划的115%。",
        "项目投资占目标任务的108%。",
    ] {
        assert!(run("figure-mismatch", t, &v).is_empty(), "{t}");
    }
}

#[test]
fn a_part_said_for_several_items_is_not_summed() {
    let v = Values::new();
    let t = "开工项目共16个，其中：工业项目5个，城建和农业项目各4个，民生项目3个。";
    assert!(run("figure-mismatch", t, &v).is_empty());
    let t = "开工项目共16个，其中：工业项目5个，城建项目4个，民生项目3个。";
    assert_eq!(texts(&run("figure-mismatch", t, &v)), ["16"]);
}
