//! A neighbour of the own place (another county of its city, another city of its province)
//! named where nothing relates it is the source speech's own place left behind; a neighbour the
//! text relates (a partner, a venue, a peer it is compared with) is not. All sentences are ours.

use jianggao_engine::Severity;

mod fact_rules;
use fact_rules::{found, texts};

#[test]
fn a_neighbour_named_without_a_relation_is_found() {
    // must fire: 勉县 is 宁强县's neighbour under 汉中市, named as the subject of our own work,
    // in full and by its short form, where the finder alone wants a context
    let text = "同志们：\n\n近年来，勉县依托区位优势，培育壮大了一批龙头企业。勉县将以更有力的举措，推动项目早日落地。\n";
    let got = found(text, "宁强县", "县", "2024");
    let neighbour: Vec<_> = got
        .iter()
        .filter(|(r, _, _)| r == "foreign-place")
        .collect();
    assert_eq!(neighbour.len(), 2, "{got:?}");
    // (named where nothing says whose: a warning; as the subject of our own duty: an error)
    assert_eq!(neighbour[0].1, Severity::Warning, "{got:?}");
    assert_eq!(neighbour[1].1, Severity::Error, "{got:?}");
    // a short form after a verb that takes a place, or ending its noun phrase
    for text in [
        "同志们：\n\n项目建成后将辐射带动略阳，效益明显。\n",
        "同志们：\n\n要帮助略阳的茶叶产业打开市场。\n",
    ] {
        assert_eq!(
            texts(text, "foreign-place", "宁强县", "县", "2024"),
            ["略阳"],
            "{text}"
        );
    }
    // a city's neighbour: another city of its province
    let city = "同志们：\n\n今年以来，宝鸡上下齐心协力，重点项目建设捷报频传。\n";
    assert_eq!(
        texts(city, "foreign-place", "汉中市", "市", "2024"),
        ["宝鸡"]
    );
}

#[test]
fn a_neighbour_the_text_relates_is_no_leftover() {
    // must not fire: a partner, a peer compared, a venue, the parent's name its county shares,
    // the own name that holds a neighbour's, a river named after a place
    let partner =
        "同志们：\n\n我县与勉县签订了园区共建协议，两县将携手招商。\n勉县客商在我县投资兴业。\n";
    assert!(texts(partner, "foreign-place", "宁强县", "县", "2024").is_empty());
    let peer = "同志们：\n\n与勉县相比，我县的项目储备还有差距。\n";
    assert!(texts(peer, "foreign-place", "宁强县", "县", "2024").is_empty());
    let listed = "同志们：\n\n全市特色农业蓬勃发展，城固蜜橘、勉县茶叶、西乡樱桃远近闻名。\n";
    assert!(texts(listed, "foreign-place", "宁强县", "县", "2024").is_empty());
    let far = "同志们：\n\n新区距勉县四十公里，交通便利。\n";
    assert!(texts(far, "foreign-place", "宁强县", "县", "2024").is_empty());
    let hall = "同志们：\n\n全市集中开工活动以视频连线形式举行，在勉县设主会场，各县区设分会场。\n";
    assert!(texts(hall, "foreign-place", "宁强县", "县", "2024").is_empty());
    let parent = "同志们：\n\n岳阳上下要抢抓机遇，我市要在全岳阳争先进位。\n";
    assert!(texts(parent, "foreign-place", "临湘市", "市", "2024").is_empty());
    let own = "同志们：\n\n今天，井陉矿区召开重点项目推进会。\n";
    assert!(texts(own, "foreign-place", "井陉矿区", "区", "2024").is_empty());
    let river = "同志们：\n\n要守护好嘉陵江，建设沿江生态廊道。\n";
    assert!(texts(river, "foreign-place", "蓬安县", "县", "2024").is_empty());
    // a short form inside a run of words is a word (新建区's 新建, 朝天区's 朝天)
    let words = "同志们：\n\n今年要建成一批新建小区，大力发展朝天椒产业。\n";
    assert!(texts(words, "foreign-place", "青云谱区", "区", "2024").is_empty());
    assert!(texts(words, "foreign-place", "苍溪县", "县", "2024").is_empty());
}

#[test]
fn a_neighbours_official_in_a_roster_is_present_on_purpose() {
    // must not fire: a neighbour's official among the officials who came along
    let roster = "同志们：\n\n六月五日，省考察组来我县调研。汉中市人大常委会副主任某某，县委书记某某，县长某某，勉县县委常委、副县长某某等陪同调研。\n";
    assert!(texts(roster, "foreign-place", "宁强县", "县", "2024").is_empty());
    // must fire: the neighbour's office named alone is no roster (the source's own leader)
    let alone = "同志们：\n\n勉县县委书记某某在会上强调，要全力抓好项目建设。\n";
    assert_eq!(
        texts(alone, "foreign-place", "宁强县", "县", "2024"),
        ["勉县"]
    );
    // must fire: a roster the neighbour heads is the neighbour's own leaders, the host
    let host = "同志们：\n\n考察团来我县学习。勉县县委书记某某，县委副书记、县长某某，县委常委某某陪同。\n";
    assert_eq!(
        texts(host, "foreign-place", "宁强县", "县", "2024"),
        ["勉县"]
    );
}

#[test]
fn a_neighbour_paired_with_the_partner_is_the_sources_place() {
    // must fire: the partner and one other joined (`甲、乙在…合作`) are the pair the text is
    // about; a neighbour there is the source's own place, even beside `我县`
    let pair = "同志们：\n\n我县与青岛市结对以来，青岛、勉县在产业协作、人文交流等领域务实合作，助推我县高质量发展。\n";
    assert_eq!(
        texts(pair, "foreign-place", "宁强县", "县", "2024"),
        ["勉县"]
    );
    // must not fire: the own place in the pair, and a list of three
    let own = "同志们：\n\n我县与青岛市结对以来，青岛、宁强在产业协作领域务实合作。\n";
    assert!(texts(own, "foreign-place", "宁强县", "县", "2024").is_empty());
    let three = "同志们：\n\n我县与青岛市结对以来，青岛、勉县、宁强三地在产业协作领域务实合作。\n";
    assert!(texts(three, "foreign-place", "宁强县", "县", "2024").is_empty());
}
