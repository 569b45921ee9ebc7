//! Names that are also words, and names known by their family: a city district's short form is
//! often an ordinary word (`港口`, `城中`), so alone in a slot of the own place's work it is that
//! district only where its full name or its city is written too; a partner related by its short
//! form (`甲·乙山海协作`) is related wherever its full name stands. All sentences are our own;
//! the places are real so the table knows them.

use jianggao_engine::Severity;

mod fact_rules;
use fact_rules::found;

/// The texts of the foreign-place errors in a text of 福州市 in 2023.
fn errors(text: &str) -> Vec<String> {
    found(text, "福州市", "市", "2023")
        .into_iter()
        .filter(|(rule, severity, _)| rule == "foreign-place" && *severity == Severity::Error)
        .map(|(_, _, t)| t)
        .collect()
}

#[test]
fn a_districts_short_form_that_is_a_word_needs_its_family() {
    // 港口 is also 港口区 of 防城港市: here it is the harbour whose standing the city lifts
    let right = "同志们：\n\n我们要完善陆上交通网络，优化提升港口能级，打造综合交通枢纽。\n";
    assert!(errors(right).is_empty(), "{:?}", errors(right));
    // the same slot, in a text that writes the district's city: the name left from the source
    let wrong = "同志们：\n\n防城港市委、市政府高度重视项目建设。我们要优化提升港口能级，推动全市高质量发展。\n";
    assert_eq!(errors(wrong), ["防城港市", "港口"]);
}

#[test]
fn a_partner_related_by_its_short_form_is_related_in_full() {
    let right = "同志们：\n\n福州·宁德山海协作座谈会今天召开。宁德市委书记出席会议并讲话，两市将携手推进产业协作。\n";
    assert!(errors(right).is_empty(), "{:?}", errors(right));
    // nothing relates it: the source's own leader at the source's own meeting
    let wrong = "同志们：\n\n全市重点项目推进会今天召开。宁德市委书记出席会议并讲话，要求各地加快项目建设。\n";
    assert_eq!(errors(wrong), ["宁德市"]);
}

#[test]
fn a_districts_short_form_in_the_own_province_is_a_name() {
    // 王益区 and 耀州区 are both of 铜川市: a neighbour's short form left in a reused speech
    let wrong =
        "同志们：\n\n今年，全区重点项目建设加快推进。我们要奋力谱写现代化建设的王益新篇章。\n";
    let found: Vec<String> = fact_rules::found(wrong, "耀州区", "区", "2024")
        .into_iter()
        .filter(|(rule, _, _)| rule == "foreign-place")
        .map(|(_, _, t)| t)
        .collect();
    assert_eq!(found, ["王益"]);
}
