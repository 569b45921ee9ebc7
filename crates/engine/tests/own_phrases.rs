//! A foreign place inside a phrase only the speaker's own place fills: the learner of
//! `值得X学习借鉴`, the place whose growth the thanked ones supported (`关心支持X建设发展的各界
//! 人士`), the place whose catching up the work speeds (`加快X追赶跨越`), the place claimed as
//! harmonious (`建设和谐X`), and the people who invite guests to us (`X人民期待各位来…`). And the
//! names a text itself defines as something else: a town written `X镇` is no county X. All
//! sentences are our own; the places are real so the table knows them.

mod fact_rules;
use fact_rules::texts;

fn foreign(text: &str, place: &str, level: &str) -> Vec<String> {
    texts(text, "foreign-place", place, level, "2024")
}

#[test]
fn the_learner_of_a_lesson_is_the_own_place() {
    // 丰南区 and 滦南县 are both of 唐山市: the source's own place left as the learner
    let wrong =
        "同志们：\n\n兄弟县区这些年发展很快，许多做法值得丰南学习借鉴。我们要把好经验用起来。\n";
    assert_eq!(foreign(wrong, "滦南县", "县"), ["丰南"]);
    // the place learnt from, not the learner: a model
    let right = "同志们：\n\n丰南区这些年发展很快，许多做法值得我们学习借鉴。我们要向丰南学习。\n";
    assert!(
        foreign(right, "滦南县", "县").is_empty(),
        "{:?}",
        foreign(right, "滦南县", "县")
    );
}

#[test]
fn the_place_whose_growth_was_supported_is_the_own_place() {
    // 高淳区 and 溧水区 are both of 南京市
    let wrong = "同志们：\n\n在此，向长期关心、支持和参与高淳建设发展的各界朋友表示衷心的感谢！\n";
    assert_eq!(foreign(wrong, "溧水区", "区"), ["高淳"]);
    // our support of a partner's growth: the partner
    let right = "同志们：\n\n两区结对以来，我区始终支持高淳建设发展的各项工作，高淳区也给了我们很多帮助。\n";
    assert!(
        foreign(right, "溧水区", "区").is_empty(),
        "{:?}",
        foreign(right, "溧水区", "区")
    );
}

#[test]
fn the_place_whose_catching_up_is_sped_is_the_own_place() {
    // 朝天区 and 苍溪县 are both of 广元市
    let wrong = "同志们：\n\n今年是加快朝天追赶跨越的关键之年，全县上下要一心抓项目。\n";
    assert_eq!(foreign(wrong, "苍溪县", "县"), ["朝天"]);
    // a peer the own place catches up with
    let right = "同志们：\n\n今年，全县上下要加快追赶朝天等先进县区，一心抓项目。\n";
    assert!(
        foreign(right, "苍溪县", "县").is_empty(),
        "{:?}",
        foreign(right, "苍溪县", "县")
    );
}

#[test]
fn the_place_claimed_harmonious_is_the_own_place() {
    // 新建区 and 青云谱区 are both of 南昌市
    let wrong = "同志们：\n\n让我们齐心协力，为建设富裕和谐新建作出新的更大贡献！\n";
    assert_eq!(foreign(wrong, "青云谱区", "区"), ["新建"]);
    let right = "同志们：\n\n今年要建成一批和谐新建小区，为建设富裕和谐青云谱作出新的更大贡献！\n";
    assert!(
        foreign(right, "青云谱区", "区").is_empty(),
        "{:?}",
        foreign(right, "青云谱区", "区")
    );
}

#[test]
fn the_people_who_invite_guests_to_us_are_the_own_places() {
    // 潜江市 and 天门市 are both county-level cities of 湖北省
    let wrong = "各位来宾：\n\n好客的潜江人民热切期待着各位企业家来天门考察投资。\n";
    assert_eq!(foreign(wrong, "天门市", "市"), ["潜江"]);
    // a partner's people who come to us themselves
    let right = "各位来宾：\n\n潜江企业家代表团今天来天门考察投资，我们表示热烈欢迎。\n";
    assert!(
        foreign(right, "天门市", "市").is_empty(),
        "{:?}",
        foreign(right, "天门市", "市")
    );
}

#[test]
fn a_town_the_text_writes_as_a_town_is_no_county() {
    // 永福 is 永福县 of 广西, and also a town of 漳平市 that the text writes as one
    let right = "同志们：\n\n永福镇抓项目不等不靠，这种“永福速度”值得各乡镇学习。\n";
    assert!(
        foreign(right, "漳平市", "市").is_empty(),
        "{:?}",
        foreign(right, "漳平市", "市")
    );
    // no town written: the county's short form left in the own place's slot
    let wrong = "同志们：\n\n我们要跑出“永福速度”，推动永福高质量发展。\n";
    assert_eq!(foreign(wrong, "漳平市", "市"), ["永福", "永福"]);
}

#[test]
fn a_place_merely_named_as_a_peer_elsewhere_is_no_excuse_for_an_own_slot() {
    // 宁强县 is named once as a neighbour; in the own place's work it is the source's own place
    let wrong = "同志们：\n\n我县北面毗邻宁强，交通便利。今年，全县上下要推动宁强高质量发展。\n";
    assert_eq!(foreign(wrong, "略阳县", "县"), ["宁强"]);
    // a partner's people speak of it so: its official thanks those who stood by its growth
    let right = "同志们：\n\n我县与宁强县结对帮扶以来，两县携手共进。宁强县委书记某某向关心支持宁强发展的各界朋友表示感谢。\n";
    assert!(
        foreign(right, "略阳县", "县").is_empty(),
        "{:?}",
        foreign(right, "略阳县", "县")
    );
}

#[test]
fn the_place_a_builder_helps_is_the_own_place() {
    // 龙港市 and 瑞安市 are both of 温州市
    let wrong = "同志们：\n\n承建单位将发挥自身优势，助力龙港打造一座宜业宜居的产业新城。\n";
    assert_eq!(foreign(wrong, "瑞安市", "市"), ["龙港"]);
    // our own help to a partner: the partner
    let right =
        "同志们：\n\n两市携手以来，我市将继续助力龙港打造产业新城，龙港市也给了我们很多支持。\n";
    assert!(
        foreign(right, "瑞安市", "市").is_empty(),
        "{:?}",
        foreign(right, "瑞安市", "市")
    );
}

#[test]
fn a_report_whose_subject_opens_with_its_year_tells_the_own_event() {
    // a reused report: the source's county, its year and quarter, then its event
    let wrong = "同志们：\n\n勉县2024年第一季度重大项目集中开工，总投资四十亿元。\n";
    assert_eq!(foreign(wrong, "宁强县", "县"), ["勉县"]);
    // the same county as the measure of a figure, not the subject of an event
    let right = "同志们：\n\n勉县2024年第一季度重大项目比我们多了五个，开工率也更高。\n";
    assert!(
        foreign(right, "宁强县", "县").is_empty(),
        "{:?}",
        foreign(right, "宁强县", "县")
    );
}

#[test]
fn the_place_built_more_beautiful_is_the_own_place() {
    // 泾县 and 旌德县 are both of 宣城市: the source's place left as the one built
    let wrong = "同志们：\n\n让我们凝心聚力、真抓实干，奋力建设美好泾县。\n";
    assert_eq!(foreign(wrong, "旌德县", "县"), ["泾县"]);
    // a better life is no place
    let right = "同志们：\n\n让我们凝心聚力、真抓实干，共同创造美好生活。\n";
    assert!(foreign(right, "旌德县", "县").is_empty());
}

#[test]
fn the_place_whose_next_stage_of_growth_is_told_is_the_own_place() {
    // 铅山县 and 横峰县 are both of 上饶市
    let wrong =
        "同志们：\n\n这批项目建成后，将成为铅山新的经济增长点，拉开横峰新一轮发展的大幕。\n";
    assert_eq!(foreign(wrong, "横峰县", "县"), ["铅山"]);
    // a partner's growth our help serves: the text relates it
    let right =
        "同志们：\n\n我县与铅山县结对协作以来，两地往来密切，我们愿为铅山新一轮发展贡献力量。\n";
    assert!(
        foreign(right, "横峰县", "县").is_empty(),
        "{:?}",
        foreign(right, "横峰县", "县")
    );
}

#[test]
fn the_place_bound_to_the_work_ahead_is_the_own_place() {
    // 柴桑区 and 濂溪区 are both of 九江市: the source's place left as the one that will act
    let wrong = "同志们：\n\n区委书记在会上表示，柴桑区将进一步抓好项目建设，确保全年目标完成。\n";
    assert_eq!(foreign(wrong, "濂溪区", "区"), ["柴桑区"]);
    // a partner's resolve, the partner related: no finding; nor a place's demand (要求)
    let right = "同志们：\n\n我区与柴桑区结对协作。会上，柴桑区将继续支持我区产业发展，柴桑区要求两地加强对接。\n";
    assert!(
        foreign(right, "濂溪区", "区").is_empty(),
        "{:?}",
        foreign(right, "濂溪区", "区")
    );
}

#[test]
fn the_place_guests_trust_is_the_own_place() {
    // 浦江县 and 武义县 are both of 金华市
    let wrong = "同志们：\n\n各位客商选择武义、投资武义，让我们感受到了大家对浦江的信任。\n";
    assert_eq!(foreign(wrong, "武义县", "县"), ["浦江"]);
    // our support of a partner the text relates
    let right = "同志们：\n\n我县与浦江县结对帮扶多年，我们对浦江的支持不会减少。\n";
    assert!(
        foreign(right, "武义县", "县").is_empty(),
        "{:?}",
        foreign(right, "武义县", "县")
    );
}
