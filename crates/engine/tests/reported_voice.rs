//! A county's report of its event tells what a city leader said there in the leader's words:
//! `我市` in that voice is the leader's city, while `我市` in the county's own sentences is a
//! level left from a city's source. Our own sentences; 临颍县 is real so the table knows it.

mod fact_rules;
use fact_rules::texts;

fn mixed_level(text: &str) -> Vec<String> {
    texts(text, "mixed-level", "临颍县", "县", "2024")
}

#[test]
fn a_city_leaders_reported_words_keep_his_level() {
    let right = "我县一季度重点项目集中签约\n\n3月8日，我县举行一季度重点项目集中签约仪式。副市长王某代表市委、市政府向客商表示欢迎。王某指出，近年来我市营商环境持续优化，我市将一如既往支持企业发展。\n";
    assert!(mixed_level(right).is_empty(), "{:?}", mixed_level(right));
    let wrong = "我县一季度重点项目集中签约\n\n3月8日，我县举行一季度重点项目集中签约仪式。近年来我市营商环境持续优化，我市将一如既往支持企业发展。\n";
    assert_eq!(mixed_level(wrong), ["我市", "我市"]);
}
