//! Leftovers of a reused report or an older year's speech, each with a twin of the same shape
//! that is right: an era's words said as today's task after the era (a congress's 精神 to carry
//! out, the battle against poverty to win) beside the same words as history; a plan period tied
//! to a later year; the source's county in the lead or as the office whose holder attends the
//! meeting; the delegation our leader leads; the place whose work a leader's instructions
//! concern; the place whose rebuilding the speech drives. All sentences are our own.

mod fact_rules;
use fact_rules::texts;

#[test]
fn a_congress_carried_out_after_the_next_one_is_stale() {
    let now = "同志们：\n\n今天的会议，要认真学习贯彻党的十九大精神，把全县的项目抓实。\n";
    assert_eq!(texts(now, "stale-time", "宁强县", "县", "2024"), ["十九大"]);
    // in its own years it is today's task; afterwards, history
    assert!(texts(now, "stale-time", "宁强县", "县", "2019").is_empty());
    let history = "同志们：\n\n党的十九大以来，我县共建成公路八百公里。党的十九大提出的乡村振兴战略，已在全县落地。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2024").is_empty());
}

#[test]
fn the_battle_against_poverty_is_won_and_then_only_history() {
    let now = "同志们：\n\n各乡镇要坚决打赢脱贫攻坚这场硬仗，确保项目资金到位。\n";
    assert_eq!(
        texts(now, "stale-time", "宁强县", "县", "2023"),
        ["脱贫攻坚"]
    );
    assert!(texts(now, "stale-time", "宁强县", "县", "2019").is_empty());
    let history = "同志们：\n\n脱贫攻坚取得全面胜利后，我县接续推进乡村振兴，巩固拓展脱贫攻坚成果。在脱贫攻坚中锻炼的干部，如今挑起了项目的担子。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2023").is_empty());
}

#[test]
fn a_plan_period_said_of_a_later_year_is_stale() {
    let stale =
        "同志们：\n\n回顾2023年，全县上下干劲十足。我们在“十三五”的新起点上实现了稳步增长。\n";
    assert_eq!(
        texts(stale, "stale-time", "宁强县", "县", "2024"),
        ["十三五"]
    );
    let history = "同志们：\n\n回顾2023年，全县上下干劲十足。我们在“十三五”期间打下的基础上又迈出了坚实的一步。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2024").is_empty());
}

#[test]
fn a_year_that_starts_what_followed_is_history() {
    let history = "同志们：\n\n2016年，两县结成帮扶对子后，往来一年比一年密。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2025").is_empty());
    let stale = "同志们：\n\n2016年，全县新开工项目四十个。\n";
    assert_eq!(texts(stale, "stale-time", "宁强县", "县", "2025"), ["2016"]);
}

#[test]
fn the_office_whose_holder_attends_our_meeting_is_ours() {
    let leftover = "宁强县召开项目调度会\n\n5月8日，我县召开项目调度会。略阳县委书记周某出席会议并讲话，各乡镇负责人参加。\n";
    assert_eq!(
        texts(leftover, "foreign-place", "宁强县", "县", "2024"),
        ["略阳县"]
    );
    // a partner's holder at a meeting of the pair
    let partner = "宁强县召开协作联席会\n\n5月8日，宁强县与略阳县协作联席会召开。略阳县委书记周某出席会议并讲话。\n";
    assert!(texts(partner, "foreign-place", "宁强县", "县", "2024").is_empty());
}

#[test]
fn the_delegation_our_leader_leads_is_ours() {
    let leftover =
        "同志们：\n\n上月，县委书记率略阳县党政代表团赴杭州考察，学到了不少招商的办法。\n";
    assert_eq!(
        texts(leftover, "foreign-place", "宁强县", "县", "2024"),
        ["略阳县"]
    );
    // a delegation that comes to us is a guest's
    let guest = "同志们：\n\n上月，略阳县党政代表团来我县考察，双方签订了合作协议。\n";
    assert!(texts(guest, "foreign-place", "宁强县", "县", "2024").is_empty());
}

#[test]
fn the_place_a_leaders_instructions_concern_is_ours() {
    let leftover =
        "同志们：\n\n我们要认真贯彻习近平总书记视察山东重要指示精神，把项目建设抓紧抓实。\n";
    assert_eq!(
        texts(leftover, "foreign-place", "宁强县", "县", "2024"),
        ["山东"]
    );
    let own =
        "同志们：\n\n我们要认真贯彻习近平总书记对陕西工作的重要指示精神，把项目建设抓紧抓实。\n";
    assert!(texts(own, "foreign-place", "宁强县", "县", "2024").is_empty());
    // (after a session's name in the clause: no event's name holds the place)
    let listed = "同志们：\n\n要学习贯彻二十届三中全会精神、视察山东重要指示要求。\n";
    assert_eq!(
        texts(listed, "foreign-place", "宁强县", "县", "2024"),
        ["山东"]
    );
    let stale = "同志们：\n\n我们要认真贯彻习近平总书记对山东工作的重要指示精神。\n";
    assert_eq!(
        texts(stale, "foreign-place", "宁强县", "县", "2024"),
        ["山东"]
    );
}

#[test]
fn the_place_whose_rebuilding_we_drive_is_ours() {
    let leftover = "同志们：\n\n全县上下要加快略阳灾后重建，让群众早日住上新房。\n";
    assert_eq!(
        texts(leftover, "foreign-place", "宁强县", "县", "2024"),
        ["略阳"]
    );
    let helped = "同志们：\n\n我县要继续支援略阳灾后重建，选派干部常驻一线。\n";
    assert!(texts(helped, "foreign-place", "宁强县", "县", "2024").is_empty());
}

#[test]
fn a_claim_spoken_by_another_places_official_is_theirs() {
    let theirs =
        "同志们：\n\n略阳县委书记周某一行来我区考察。周某代表全县人民对我区的帮扶表示感谢。\n";
    assert!(texts(theirs, "mixed-level", "汉台区", "区", "2024").is_empty());
    let ours = "同志们：\n\n区委书记周某主持会议。周某代表全县人民对各方的支持表示感谢。\n";
    assert_eq!(texts(ours, "mixed-level", "汉台区", "区", "2024"), ["全县"]);
}

#[test]
fn the_place_whose_event_a_report_tells_is_ours() {
    // the subject of the report's event, after adverbs (`随即召开`, `此次集中开工`)
    let subject =
        "同志们：\n\n3月2日，略阳县随即召开全县项目调度会。据悉，略阳县此次集中开工项目九个。\n";
    assert_eq!(
        texts(subject, "foreign-place", "宁强县", "县", "2024"),
        ["略阳县", "略阳县"]
    );
    // the head of the event's name, the event held (`X…推进会在…召开`, `隆重举行X…开工仪式`)
    let named = "同志们：\n\n3月2日，略阳县重点项目推进工作会议在县委礼堂召开。上午还隆重举行了略阳县春季项目集中开工仪式。\n";
    assert_eq!(
        texts(named, "foreign-place", "宁强县", "县", "2024"),
        ["略阳县", "略阳县"]
    );
    // a partner's joint meeting, a neighbour's event we learn from and a superior's event are
    // theirs
    let partner = "同志们：\n\n3月2日，宁强县与略阳县协作联席会议召开。略阳县招商推介会的经验值得我们学习。上月，四川省随即召开全省项目推进会。\n";
    assert!(texts(partner, "foreign-place", "宁强县", "县", "2024").is_empty());
}

#[test]
fn a_year_of_the_battle_said_as_this_year_is_stale() {
    let now = "同志们：\n\n今年，是“脱贫攻坚决战年”，越到最后越要咬紧牙关。\n";
    assert_eq!(
        texts(now, "stale-time", "宁强县", "县", "2022"),
        ["脱贫攻坚"]
    );
    let after = "同志们：\n\n今年，是脱贫攻坚取得全面胜利后的第二年。\n";
    assert!(texts(after, "stale-time", "宁强县", "县", "2022").is_empty());
}

#[test]
fn next_years_place_in_a_plan_is_prepared_for() {
    let ahead = "同志们：\n\n要立足“十三五”突出明年，为“十三五”第一年开好局奠定基础。\n";
    assert!(texts(ahead, "stale-time", "宁强县", "县", "2015").is_empty());
    let stale = "同志们：\n\n今年是“十三五”第一年，全县上下干劲十足。\n";
    assert_eq!(
        texts(stale, "stale-time", "宁强县", "县", "2015"),
        ["十三五”第一年"]
    );
}

#[test]
fn the_voice_of_a_report_and_its_profile_are_ours() {
    // the office whose holder speaks in the report, the place whose assets a speech describes,
    // the place its work serves
    let leftover = "同志们：\n\n3月2日，略阳县委书记周某表示，项目要快。他说，略阳县历史文化底蕴深厚、交通区位优越。各位客商为略阳加快建设山水城市作出了贡献。\n";
    assert_eq!(
        texts(leftover, "foreign-place", "宁强县", "县", "2024"),
        ["略阳县", "略阳县", "略阳"]
    );
    // a partner's are theirs
    let partner = "同志们：\n\n我县与略阳县结对协作多年。略阳县委书记周某表示，两地要携手。他说，略阳县历史文化底蕴深厚、交通区位优越。\n";
    assert!(texts(partner, "foreign-place", "宁强县", "县", "2024").is_empty());
}

#[test]
fn the_own_places_numbered_event_is_its_own() {
    let own = "同志们：\n\n3月2日，宁强县第四届招商大会开幕。\n";
    assert!(texts(own, "source-leftover", "宁强县", "县", "2024").is_empty());
    let other = "同志们：\n\n3月2日，我们参加了第四届招商大会。\n";
    assert_eq!(
        texts(other, "source-leftover", "宁强县", "县", "2024"),
        ["第四届招商大会"]
    );
}

#[test]
fn the_first_centenary_goal_is_met_and_then_only_history() {
    let now = "同志们：\n\n全县上下要确保如期全面建成小康社会，把项目一个个落地。\n";
    assert_eq!(
        texts(now, "stale-time", "宁强县", "县", "2023"),
        ["全面建成小康社会"]
    );
    let history =
        "同志们：\n\n全面建成小康社会、实现第一个百年奋斗目标之后，我县开启了新的征程。\n";
    assert!(texts(history, "stale-time", "宁强县", "县", "2023").is_empty());
}
