//! Another place where only the own place fits, however the text relates it: the speaker's own
//! voice (`我们X`, `我代表X县委`), the host of the meeting told of (`X县委书记某某主持会议`,
//! `某月某日，X召开…推进会`), visitors coming to it (`前来X`), and a text wholly about another
//! place while the own place is named only in its headline. Each with a twin that is right. All
//! sentences are our own; the places are real counties so the table knows them.

use jianggao_engine::Severity;

mod fact_rules;
use fact_rules::found;

/// The texts of the foreign-place errors in a 宁强县 text.
fn errors(text: &str) -> Vec<String> {
    found(text, "宁强县", "县", "2025")
        .into_iter()
        .filter(|(rule, severity, _)| rule == "foreign-place" && *severity == Severity::Error)
        .map(|(_, _, t)| t)
        .collect()
}

#[test]
fn the_speakers_own_voice_is_no_partners() {
    // related elsewhere (a peer), yet the speaker speaks as it
    let wrong = "同志们：\n\n与勉县相比，我们的差距还很大。我代表勉县县委、县政府，向各位客商表示欢迎。我们勉县一定把服务做好。\n";
    assert_eq!(errors(wrong), ["勉县", "勉县"]);
    let right = "同志们：\n\n与勉县相比，我们的差距还很大。我代表宁强县委、县政府，向勉县来的客商表示欢迎。我们宁强一定把服务做好。\n";
    assert!(errors(right).is_empty(), "{:?}", errors(right));
}

#[test]
fn the_host_of_the_meeting_told_of_is_the_own_place() {
    let chair = "宁强县委召开常委会议\n\n3月5日，县委召开常委会议。勉县县委书记王某主持会议，研究部署项目建设。\n";
    assert_eq!(errors(chair), ["勉县"]);
    let held = "宁强县召开重点项目推进会\n\n3月5日，勉县召开重点项目推进会，安排全年工作。\n";
    assert_eq!(errors(held), ["勉县"]);
    // a partner's secretary chairs the joint meeting; the city holds its own meeting; an
    // official merely present
    let right = "宁强县召开协作联席会议\n\n天津市河西区与我县结对帮扶多年。3月5日，河西区召开对口协作联席会议，河西区委书记李某主持会议。汉中市召开全市重点项目推进会。勉县县委书记王某也出席了会议。\n";
    assert!(errors(right).is_empty(), "{:?}", errors(right));
}

#[test]
fn visitors_come_to_the_own_place() {
    let wrong = "同志们：\n\n感谢各位客商不远千里前来勉县考察投资。\n";
    assert_eq!(errors(wrong), ["勉县"]);
    let right = "同志们：\n\n感谢各位客商不远千里前来宁强考察投资。\n";
    assert!(errors(right).is_empty());
}

#[test]
fn a_text_about_another_place_is_a_leftover() {
    // the own place only in the headline; the text is all about 勉县 and its partner
    let wrong = "宁强县召开东西部协作联席会议\n\n4月2日，天津市河西区党政代表团一行到勉县考察。双方召开河西区—勉县对口协作联席会议。勉县县长王某介绍了勉县的发展情况，他说，河西区的帮扶助力勉县经济发展，希望河西区继续关心勉县。\n";
    let e = errors(wrong);
    assert!(!e.is_empty() && e.iter().all(|t| t == "勉县"), "{e:?}");
    // the partner we visit, named as often while we are 我县: named on purpose
    let right = "宁强县党政代表团赴河西区考察\n\n4月2日，我县党政代表团赴天津市河西区考察。河西区委书记李某介绍了河西区的发展情况。河西区与我县结对以来，两地往来密切。希望河西区继续关心支持我县发展。\n";
    assert!(errors(right).is_empty(), "{:?}", errors(right));
}
