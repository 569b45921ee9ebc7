//! The slot grammar's newer words, each with a sentence of ours where it must speak and a twin
//! where it must not: field kinds (a strategy's slogan, the party's committee, the body a
//! speaker speaks for, a session's number, a place's peoples and future, the roman ten that
//! templates write for `xx`), and the checks that read the same slots (`X各族人民`, `X年是…`,
//! a person the text introduces, an event named again without its name, `基本县情`).

use jianggao_engine::scan::scan;
use jianggao_engine::FieldKind;

mod fact_rules;

/// The kinds of the slots of a sentence, in order.
fn kinds(text: &str) -> Vec<FieldKind> {
    scan(text).placeholders.iter().map(|p| p.kind).collect()
}

/// (rule, text) of every finding of the place, level, time and leftover rules.
fn found(text: &str, place: &str, level: &str, year: &str) -> Vec<(String, String)> {
    fact_rules::found(text, place, level, year)
        .into_iter()
        .map(|(rule, _, t)| (rule, t))
        .collect()
}

fn has(found: &[(String, String)], rule: &str, text: &str) -> bool {
    found.iter().any(|(r, t)| r == rule && t.contains(text))
}

#[test]
fn a_strategys_slogan_ends_on_the_place() {
    assert_eq!(
        kinds("全县要坚定不移走工业强 xx 之路。"),
        [FieldKind::Place]
    );
    assert_eq!(
        kinds("农旅融合是产业兴 xx 的关键一招。"),
        [FieldKind::Place]
    );
    // 增强, 振兴: a word, no slogan
    assert_eq!(kinds("要不断增强 xx 意识。"), [FieldKind::Text]);
    assert_eq!(kinds("全力振兴 xx 之后再谈扩张。"), [FieldKind::Text]);
}

#[test]
fn the_partys_committee_names_a_place() {
    assert_eq!(
        kinds("受中共 xx 委委托，我讲三点意见。"),
        [FieldKind::Place]
    );
    assert_eq!(
        kinds("经 xx 委研究同意，项目如期推进。"),
        [FieldKind::Organization]
    );
}

#[test]
fn the_body_a_speaker_speaks_for_is_an_organization() {
    assert_eq!(
        kinds("我谨代表 xx 向各位客商表示欢迎！"),
        [FieldKind::Organization]
    );
    assert_eq!(
        kinds("我代表 xx 对项目开工表示祝贺。"),
        [FieldKind::Organization]
    );
    // a person who represents others speaks
    assert_eq!(kinds("请企业代表 xx 发言。"), [FieldKind::Person]);
}

#[test]
fn a_sessions_number_is_a_rank() {
    assert_eq!(
        kinds("认真贯彻县 xx 届人大三次会议精神。"),
        [FieldKind::Rank]
    );
    assert_eq!(kinds("会议传达了 xx 届三中全会精神。"), [FieldKind::Rank]);
    assert_ne!(
        kinds("这家企业已连续 xx 届获评诚信单位。"),
        [FieldKind::Rank]
    );
}

#[test]
fn a_places_peoples_and_future_make_it_a_place() {
    assert_eq!(
        kinds("全体 xx 各族干部群众要团结一心。"),
        [FieldKind::Place]
    );
    assert_eq!(kinds("全县 xx 个民族和睦相处。"), [FieldKind::Count]);
    assert_eq!(kinds("让我们携手开启 xx 新征程。"), [FieldKind::Place]);
    assert_eq!(kinds("奋力再创 xx 辉煌。"), [FieldKind::Place]);
    assert_eq!(kinds("园区已成为 xx 率先发展的引擎。"), [FieldKind::Place]);
    // a name's head between: the slot is the name of a project or a trade
    assert_eq!(kinds("开启 xx 项目建设新征程。"), [FieldKind::Text]);
    assert_eq!(kinds("推动 xx 行业率先发展。"), [FieldKind::Text]);
}

#[test]
fn the_roman_ten_is_a_mark_of_a_slot() {
    assert_eq!(
        kinds("向关心支持 ⅹⅹ 发展的各界朋友表示感谢。"),
        [FieldKind::Place]
    );
    assert_eq!(kinds("在 ⅩⅩ 召开全县项目推进会。"), [FieldKind::Place]);
    // a list's tenth item and a numeral among others are no slot
    assert!(scan("Ⅹ、强化要素保障\n").placeholders.is_empty());
    assert!(scan("详见附表ⅨⅩ。").placeholders.is_empty());
}

#[test]
fn another_places_peoples_in_our_slot_are_a_leftover() {
    let f = found(
        "这是东兰各族人民盼望已久的一件喜事。",
        "凤山县",
        "县",
        "2024",
    );
    assert!(has(&f, "foreign-place", "东兰"), "{f:?}");
    let f = found(
        "这是凤山各族人民盼望已久的一件喜事。",
        "凤山县",
        "县",
        "2024",
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn this_year_said_as_an_old_periods_end_is_stale() {
    for text in [
        "X年是全面实施“十三五”规划的收官之年，任务十分繁重。",
        "2026年是“十三五”规划收官之年，任务十分繁重。",
    ] {
        let f = found(text, "凤山县", "县", "2026");
        assert!(has(&f, "stale-time", "十三五"), "{text}: {f:?}");
    }
    // a past year said so is history
    let f = found(
        "2020年是“十三五”规划收官之年，全县圆满完成了任务。",
        "凤山县",
        "县",
        "2026",
    );
    assert!(!has(&f, "stale-time", "十三五"), "{f:?}");
}

#[test]
fn a_person_the_text_introduces_is_no_template_leftover() {
    let intro = "会上，东兰县委书记韦宏才介绍了协作情况。宏才书记表示，两地要深化合作。";
    let f = found(intro, "凤山县", "县", "2024");
    assert!(!has(&f, "source-leftover", "宏才"), "{f:?}");
    let bare = "会上，宏才书记表示，两地要深化合作。";
    let f = found(bare, "凤山县", "县", "2024");
    assert!(has(&f, "source-leftover", "宏才书记"), "{f:?}");
}

#[test]
fn an_event_named_again_without_its_name_is_no_leftover() {
    let text = "第三届全国凤商大会在县城开幕。不论是首届大会，还是如今的第三届大会，都凝聚了乡情。";
    let f = found(text, "凤山县", "县", "2024");
    assert!(!has(&f, "source-leftover", "第三届"), "{f:?}");
    let f = found("去年我们成功举办了第十二届桔橙节。", "凤山县", "县", "2024");
    assert!(has(&f, "source-leftover", "第十二届桔橙节"), "{f:?}");
}

#[test]
fn a_word_ending_in_ben_claims_no_level() {
    let f = found("考察团详细了解了当地的基本县情。", "长安区", "区", "2024");
    assert!(f.is_empty(), "{f:?}");
    let f = found("本县项目建设成效明显。", "长安区", "区", "2024");
    assert!(has(&f, "mixed-level", "本县"), "{f:?}");
}

#[test]
fn the_place_guests_are_welcomed_to_is_our_own() {
    for text in [
        "热烈欢迎各位领导和企业家到东兰考察指导。",
        "欢迎各位客商来东兰县投资兴业。",
        "衷心感谢各位领导莅临东兰视察指导。",
    ] {
        let f = found(text, "凤山县", "县", "2024");
        assert!(has(&f, "foreign-place", "东兰"), "{text}: {f:?}");
    }
    for text in [
        "热烈欢迎各位领导和企业家到凤山考察指导。",
        // we go there: no welcome, a visit of ours
        "下个月，我们将组织企业家到东兰县考察学习。",
    ] {
        let f = found(text, "凤山县", "县", "2024");
        assert!(!has(&f, "foreign-place", "东兰"), "{text}: {f:?}");
    }
}

#[test]
fn a_pairs_cooperation_names_both_places() {
    assert_eq!(
        kinds("共同出席东莞— xx 东西部协作签约活动。"),
        [FieldKind::Place]
    );
    assert_eq!(kinds("两地签订 xx 山海协作协议。"), [FieldKind::Place]);
    assert_eq!(kinds("共同出席 xx 签约活动。"), [FieldKind::Text]);
}

#[test]
fn a_citys_meeting_held_in_a_neighbour_county_is_not_ours() {
    // a county's speech tells of the city's meeting held in its neighbour
    let f = found(
        "全市项目观摩会在东兰县召开，我县排名第三。",
        "凤山县",
        "县",
        "2024",
    );
    assert!(!has(&f, "foreign-place", "东兰"), "{f:?}");
    // the county's own meeting held there is a leftover
    let f = found(
        "今天，我们在东兰县召开全县项目观摩会。",
        "凤山县",
        "县",
        "2024",
    );
    assert!(has(&f, "foreign-place", "东兰"), "{f:?}");
}

#[test]
fn a_sentence_of_the_pair_relates_the_other_place() {
    let pair = "自两地结对以来，东兰县累计接收帮扶资金2亿元。东兰人民对此铭记于心。";
    let f = found(pair, "凤山县", "县", "2024");
    assert!(!has(&f, "foreign-place", "东兰"), "{f:?}");
    let alone = "近年来，东兰县累计接收帮扶资金2亿元。东兰人民对此铭记于心。";
    let f = found(alone, "凤山县", "县", "2024");
    assert!(has(&f, "foreign-place", "东兰"), "{f:?}");
}

#[test]
fn thanks_addressed_to_a_place_relate_it() {
    let thanks = "我代表县委、县政府，向东兰县委、县政府表示衷心感谢！";
    let f = found(thanks, "凤山县", "县", "2024");
    assert!(!has(&f, "foreign-place", "东兰"), "{f:?}");
    let speaks = "我代表东兰县委、县政府向大家表示衷心感谢！";
    let f = found(speaks, "凤山县", "县", "2024");
    assert!(has(&f, "foreign-place", "东兰"), "{f:?}");
}
