//! Real leftovers by their shape, each with a twin of the same shape that is right: another
//! year's era words and plan periods, a year in history, a guest greeted by a superior's title,
//! another level's offices (人民政府, 政协, 人大, a numbered session) in a county's text, and the
//! source's own place that names them. All sentences are our own.

use jianggao_engine::Severity;

mod fact_rules;
use fact_rules::{found, texts};

#[test]
fn an_era_word_is_found_whole() {
    let text = "同志们：\n\n各乡镇要毫不放松抓好新冠肺炎防控，同时抓项目建设。\n";
    assert_eq!(
        texts(text, "stale-time", "宁强县", "县", "2024"),
        ["新冠肺炎"]
    );
    // in its own years it is today's work
    assert!(texts(text, "stale-time", "宁强县", "县", "2021").is_empty());
}

#[test]
fn a_pasted_texts_half_width_marks_end_its_clauses() {
    // must fire: the era word in a list of today's work, the clauses marked by `,` and `;` (the
    // next clause's 成果 is no legacy of it)
    let text = "同志们：\n\n一要认真贯彻会议精神,结合本县实际,全力推进县域经济、脱贫攻坚、乡村振兴等各项工作,确保取得新成果;二要抓好项目建设。\n";
    assert_eq!(
        texts(text, "stale-time", "宁强县", "县", "2023"),
        ["脱贫攻坚"]
    );
    // must not fire: its legacy, in the next clause after a half-width comma
    let legacy = "同志们：\n\n一要全力推进县域经济,巩固拓展脱贫攻坚成果;二要抓好项目建设。\n";
    assert!(texts(legacy, "stale-time", "宁强县", "县", "2023").is_empty());
}

#[test]
fn a_paragraph_on_the_year_gone_by_tells_that_years_words() {
    let text =
        "同志们：\n\n过去的一年，极不平凡。面对新冠疫情冲击，全县上下攻坚克难，经济稳中有进。\n";
    // must not fire: in 2023 the year gone by was the era's last
    assert!(texts(text, "stale-time", "宁强县", "县", "2023").is_empty());
    // must fire: in 2024 the year gone by was after it, the old draft's words
    assert_eq!(texts(text, "stale-time", "宁强县", "县", "2024"), ["新冠"]);
}

#[test]
fn a_year_that_runs_to_now_is_history() {
    let history = "同志们：\n\n1996年省里作出山海协作的部署以来，两地往来不断。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2010").is_empty());
    let from = "同志们：\n\n2005年起，青山村依托协作项目发展茶叶产业。\n";
    assert!(texts(from, "stale-time", "宁强县", "县", "2010").is_empty());
    let stale = "同志们：\n\n1996年全县完成固定资产投资三亿元。\n";
    assert_eq!(texts(stale, "stale-time", "宁强县", "县", "2010"), ["1996"]);
}

#[test]
fn the_close_of_a_period_before_the_last_is_no_news() {
    let old = "同志们：\n\n“十二五”以来，我县坚持项目带动，圆满完成“十二五”规划的各项任务。\n";
    assert_eq!(
        texts(old, "stale-time", "宁强县", "县", "2022"),
        ["十二五", "十二五"]
    );
    // the last period may be looked back at so, and an older one as history
    let last = "同志们：\n\n“十三五”以来，我县坚持项目带动，圆满完成“十三五”规划的各项任务。\n";
    assert!(texts(last, "stale-time", "宁强县", "县", "2022").is_empty());
    let history = "同志们：\n\n“十二五”时期，全县年均增长百分之九。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2022").is_empty());
}

#[test]
fn a_guest_greeted_by_a_superiors_title_is_no_title() {
    let greeting = "尊敬的王市长、\n各位来宾：\n\n欢迎各位来到宁强，全县上下倍感振奋。\n";
    assert!(texts(greeting, "mixed-level", "宁强县", "县", "2025").is_empty());
    let title = "王市长在全市重点项目推进会上的讲话\n\n同志们：\n\n全县上下倍感振奋。\n";
    assert_eq!(
        texts(title, "mixed-level", "宁强县", "县", "2025"),
        ["王市长在全市重点项目推进会上的讲话"]
    );
}

#[test]
fn another_levels_offices_in_a_countys_text() {
    let text = "同志们：\n\n我代表区人民政府作报告，请区政协委员提出意见。本次会议是区十二届人大五次会议，区级领导全部到会。\n";
    let got = found(text, "宁强县", "县", "2025");
    let level: Vec<(Severity, &str)> = got
        .iter()
        .filter(|(r, _, _)| r == "mixed-level")
        .map(|(_, s, t)| (*s, t.as_str()))
        .collect();
    assert_eq!(
        level,
        [
            (Severity::Error, "区人民政府"),
            (Severity::Warning, "区政协"),
            (Severity::Warning, "区十二届"),
            (Severity::Warning, "区级"),
        ]
    );
    // a city's text names its districts' offices
    assert!(texts(
        text.replace("我代表", "听取").as_str(),
        "mixed-level",
        "汉中市",
        "市",
        "2025"
    )
    .is_empty());
    // a partner district introduced: its offices are its own
    let partner = "同志们：\n\n河西区与我县结对帮扶多年。河西区人民政府、区政协的领导今天到会。\n";
    assert!(texts(partner, "mixed-level", "宁强县", "县", "2025").is_empty());
}

#[test]
fn the_sources_own_place_explains_none_of_its_offices() {
    // the source's district in the signature line: its 区长 is the leftover too
    let text = "宁强县人民政府工作报告\n\n汉台区人民政府区长 李某某\n\n各位代表：\n\n全县上下砥砺奋进，项目建设再上台阶。\n";
    let level = texts(text, "mixed-level", "宁强县", "县", "2025");
    assert!(level.iter().any(|t| t == "区长"), "{level:?}");
    // a partner's head named in its sentence is the partner's
    let partner = "宁强县人民政府工作报告\n\n各位代表：\n\n天津市河西区与我县结对以来，河西区区长多次带队来宁强对接。\n";
    assert!(texts(partner, "mixed-level", "宁强县", "县", "2025").is_empty());
}

#[test]
fn a_congress_welcomed_after_it_met_is_an_old_drafts() {
    let text = "同志们：\n\n全县上下要以项目建设的优异成绩迎接党的二十大胜利召开。\n";
    assert_eq!(
        texts(text, "stale-time", "宁强县", "县", "2024"),
        ["二十大"]
    );
    // in the year it meets it is still to be welcomed
    assert!(texts(text, "stale-time", "宁强县", "县", "2022").is_empty());
    // and once met, it is history where the text says so
    let history = "同志们：\n\n党的二十大胜利召开以来，全县项目建设迎接新的挑战。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2024").is_empty());
}

#[test]
fn a_past_year_that_opens_its_paragraph_is_recounted_to_its_end() {
    // must not fire: the paragraph opens on the year gone by and tells of it
    let review = "同志们：\n\n刚刚过去的2022年，是全州极不平凡的一年。全州上下一手抓防汛救灾，一手抓疫情防控和项目建设，稳住了经济大盘。\n";
    assert!(texts(review, "stale-time", "恩施土家族苗族自治州", "市", "2023").is_empty());
    // must fire: a word of now in the paragraph brings it back to this year
    let now = "同志们：\n\n刚刚过去的2022年，是全州极不平凡的一年。当前，全州上下要一手抓疫情防控，一手抓项目建设。\n";
    assert_eq!(
        texts(now, "stale-time", "恩施土家族苗族自治州", "市", "2023"),
        ["疫情防控"]
    );
}

#[test]
fn a_prefectures_own_level_is_its_zhou() {
    // must not fire: 全州 is the whole prefecture, 州委书记 its own office
    let own = "同志们：\n\n州委书记某某出席开工仪式。全州上下要把项目建设抓在手上，州委副书记、州长某某主持会议。\n";
    let got = found(own, "恩施土家族苗族自治州", "市", "2025");
    assert!(got.is_empty(), "{got:?}");
    // must fire: in a county's speech 全州 is another county's name in the own place's slot
    let county = "同志们：\n\n全州上下要把项目建设抓在手上，确保全年目标完成。\n";
    let got = found(county, "宁强县", "县", "2025");
    assert!(got.iter().any(|f| f.0 == "foreign-place"), "{got:?}");
}

#[test]
fn a_project_named_after_its_plan_period_is_a_name() {
    // must not fire: the period is part of a project's long name
    let named = "同志们：\n\n青山村的“十三五”易地搬迁后续扶持食用菌种植项目已经投产。\n";
    assert!(texts(named, "stale-time", "宁强县", "县", "2024").is_empty());
    // must fire: the period's projects said as today's task
    let stale = "同志们：\n\n今年要全力抓好“十三五”重点项目建设。\n";
    assert_eq!(
        texts(stale, "stale-time", "宁强县", "县", "2024"),
        ["十三五"]
    );
    let listed = "同志们：\n\n医院综合楼是我县“十三五”经济社会发展规划重点建设项目之一。\n";
    assert_eq!(
        texts(listed, "stale-time", "宁强县", "县", "2024"),
        ["十三五"]
    );
}
