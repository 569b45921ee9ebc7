//! The model of the places in a speech: for each relation by which a text introduces another
//! place (partner, investor's home, model, venue, peer, parent), a text of our own where the
//! place, once introduced, stands even in the speaker's own slots and raises nothing, and its
//! twin without the introduction, where the same slot is a leftover and an error. Also the words
//! that contain a place's name and are none (`代县长`, `河南岸`), the own place's head
//! (`宁强县长`) and a county's meeting held in another place's district.

use jianggao_engine::check::check;
use jianggao_engine::places::places;
use jianggao_engine::{Analysis, CheckOptions, Severity, Values};

fn facts(place: &str, level: &str) -> Values {
    [
        ("fact:place", place),
        ("fact:level", level),
        ("fact:year", "2025"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// (rule, severity, text) of every place, level and leftover finding.
fn found(text: &str, place: &str, level: &str) -> Vec<(String, Severity, String)> {
    let a = Analysis::new(text);
    check(&a, &facts(place, level), &CheckOptions::default())
        .into_iter()
        .filter(|f| {
            ["foreign-place", "mixed-level", "source-leftover"]
                .iter()
                .any(|r| f.rule == *r)
        })
        .map(|f| (f.rule.to_string(), f.severity, f.text(text).to_string()))
        .collect()
}

/// The texts of the error findings of foreign-place.
fn errors(text: &str, place: &str, level: &str) -> Vec<String> {
    found(text, place, level)
        .into_iter()
        .filter(|(r, s, _)| r == "foreign-place" && *s == Severity::Error)
        .map(|(_, _, t)| t)
        .collect()
}

/// The texts of the mixed-level findings.
fn levels(text: &str, place: &str, level: &str) -> Vec<String> {
    found(text, place, level)
        .into_iter()
        .filter(|(r, _, _)| r == "mixed-level")
        .map(|(_, _, t)| t)
        .collect()
}

/// One relation: the introduction, and the sentences that then use the place in our own slots.
struct Case {
    relation: &'static str,
    introduction: &'static str,
    uses: &'static str,
    /// The place's name as the uses write it.
    name: &'static str,
}

const CASES: &[Case] = &[
    Case {
        relation: "partner",
        introduction: "东西部协作开展以来，河西区与我县结对帮扶，去年援建了两所学校。",
        // (an official of the place coming to us would introduce it: `来我县` relates it)
        uses: "河西区常务副区长带队出席。希望河西区委、区政府继续关心支持宁强发展，天津人民的情谊我们铭记在心。",
        name: "天津",
    },
    Case {
        relation: "partner joined to us by 和, its city before it",
        introduction: "前年，宁强和天津市河西区成为东西部协作结对县区。",
        uses: "希望河西区委、区政府继续关心支持宁强发展，天津人民的情谊我们铭记在心。",
        name: "天津",
    },
    Case {
        relation: "a delegation coming to us",
        introduction: "上月，天津市河西区党政代表团来我县考察对接。",
        uses: "希望河西区委、区政府继续关心支持宁强发展，天津人民的情谊我们铭记在心。",
        name: "天津",
    },
    Case {
        relation: "a delegation coming to us by our name",
        introduction: "上月，天津市河西区党政代表团来宁强考察。",
        uses: "希望河西区委、区政府继续关心支持宁强发展，天津人民的情谊我们铭记在心。",
        name: "天津",
    },
    Case {
        relation: "our delegation going there",
        introduction: "上月，县委书记率团来到天津市河西区，考察对接协作工作。",
        uses: "希望河西区委、区政府继续关心支持宁强发展，天津人民的情谊我们铭记在心。",
        name: "天津",
    },
    Case {
        relation: "our delegation walking into it",
        introduction: "上月，县长带领我县党政代表团走进天津市河西区，对接协作工作。",
        uses: "希望河西区委、区政府继续关心支持宁强发展，天津人民的情谊我们铭记在心。",
        name: "天津",
    },
    Case {
        relation: "investor",
        introduction: "今天签约的客商来自温州，他们看中了我县的资源。",
        uses: "温州人民勤劳智慧，敢闯敢干。",
        name: "温州",
    },
    Case {
        relation: "model",
        introduction: "去年我们专程赴昆山考察学习，收获很大。",
        uses: "昆山的发展靠的是开放，我们要把这股劲学到手。",
        name: "昆山",
    },
    Case {
        relation: "venue",
        introduction: "上个月，我们在深圳举办了招商推介会，签下了一批好项目。",
        uses: "深圳上下对我们的推介反响热烈。",
        name: "深圳",
    },
    Case {
        relation: "peer",
        introduction: "与勉县相比，我县项目开工率还低了五个百分点。",
        uses: "勉县的发展势头很猛，我们不能松劲。",
        name: "勉县",
    },
];

#[test]
fn a_place_the_text_introduces_may_stand_in_our_slots() {
    for c in CASES {
        let text = format!("同志们：\n\n{}{}\n", c.introduction, c.uses);
        let all = found(&text, "宁强县", "县");
        assert!(all.is_empty(), "{}: {all:?}", c.relation);
    }
}

#[test]
fn the_same_slots_without_the_introduction_are_leftovers() {
    for c in CASES {
        let text = format!("同志们：\n\n{}\n", c.uses);
        let e = errors(&text, "宁强县", "县");
        assert!(e.iter().any(|t| t == c.name), "{}: {e:?}", c.relation);
    }
}

#[test]
fn a_subject_that_cooperates_with_a_third_place_is_not_introduced() {
    // 甲与乙合作 in the source's own voice: 甲 was the source's place, not our partner
    let text = "同志们：\n\n顺庆与成都合作共建产业园。全顺庆干部群众要鼓足干劲。\n";
    assert_eq!(errors(text, "宁强县", "县"), ["顺庆"]);
    // nor does 甲和乙 when 甲 is not us
    let text = "同志们：\n\n顺庆和成都市金牛区成为结对区县。全顺庆干部群众要鼓足干劲。\n";
    assert_eq!(errors(text, "宁强县", "县"), ["顺庆"]);
}

#[test]
fn a_parent_written_before_a_new_area_is_its_own() {
    // 两江新区 belongs to 重庆 in the table of functional areas
    let title = "在重庆两江新区重点项目推进会上的讲话\n\n同志们：\n\n全区上下要鼓足干劲。\n";
    assert!(errors(title, "两江新区", "区").is_empty());
    let wrong = "在成都两江新区重点项目推进会上的讲话\n\n同志们：\n\n全区上下要鼓足干劲。\n";
    assert_eq!(errors(wrong, "两江新区", "区"), ["成都"]);
    // a new area the table does not know takes its parent from the text
    let unknown = "在汉中某某新区重点项目推进会上的讲话\n\n同志们：\n\n全区上下要鼓足干劲。\n";
    assert!(errors(unknown, "某某新区", "区").is_empty());
}

#[test]
fn a_meeting_held_in_another_places_district_is_found() {
    let text = "同志们：\n\n今天，我们在郫都区召开全县重点项目推进会。\n";
    assert_eq!(errors(text, "筠连县", "县"), ["郫都区"]);
    // the whole county's meeting, whoever holds it
    let text = "同志们：\n\n县委、县政府在郫都区召开全县重点项目推进会。\n";
    assert_eq!(errors(text, "筠连县", "县"), ["郫都区"]);
    // a promotion held in the capital is a venue
    let text = "同志们：\n\n今天，我们在成都举办招商推介会，向各位客商介绍筠连。\n";
    assert!(errors(text, "筠连县", "县").is_empty());
}

#[test]
fn titles_and_sides_are_no_places() {
    let text = "同志们：\n\n会议由代县长主持。曹县长作了说明。河南岸的码头已经建成，江西侧的道路正在拓宽。\n全县上下要鼓足干劲。\n";
    assert!(
        found(text, "宁强县", "县").is_empty(),
        "{:?}",
        found(text, "宁强县", "县")
    );
    // the same names as places in our slots
    let text = "同志们：\n\n代县人民和曹县人民政府都在看着我们。\n";
    assert_eq!(errors(text, "宁强县", "县"), ["代县", "曹县"]);
}

#[test]
fn the_own_places_head_is_no_leftover_official() {
    let text = "同志们：\n\n会议由宁强县长主持。\n";
    assert!(found(text, "宁强县", "县").is_empty());
    let text = "同志们：\n\n会议由德荣县长主持。\n";
    let f = found(text, "宁强县", "县");
    assert!(
        f.iter()
            .any(|(r, _, t)| r == "source-leftover" && t == "德荣县长"),
        "{f:?}"
    );
}

#[test]
fn a_partners_organs_are_not_the_wrong_level() {
    // a district's report of its county partner: the partner's 县委 and 县政府
    let text = "同志们：\n\n我区与丽水市庆元县开展山海协作。庆元县县长致辞。他代表县委、县政府表示欢迎。随后，田县长一行参观了园区。\n";
    let f = found(text, "海曙区", "区");
    assert!(f.is_empty(), "{f:?}");
    // without the partner, the same words speak for the wrong level
    let text = "同志们：\n\n我代表县委、县政府致辞。\n";
    assert_eq!(levels(text, "海曙区", "区"), ["县委", "县政府"]);
}

#[test]
fn more_slots_only_the_own_place_fills() {
    for (text, name) in [
        ("同志们：\n\n欢迎各位来到勉县投资兴业。\n", "勉县"),
        ("同志们：\n\n这次勉县重点项目推进会开得很及时。\n", "勉县"),
        ("同志们：\n\n要奋力推动勉县高质量发展。\n", "勉县"),
        ("同志们：\n\n要立足勉县实际，打造特色产业。\n", "勉县"),
        ("同志们：\n\n形成具有勉县特色的产业布局。\n", "勉县"),
        // a county's short form before the own-place words is a name
        ("同志们：\n\n要结合城固实际抓项目。\n", "城固"),
        ("同志们：\n\n近年来，勉县项目建设势头强劲。\n", "勉县"),
        // 同 in 同时 relates nothing
        ("同志们：\n\n同时勉县人民也期盼项目早日建成。\n", "勉县"),
    ] {
        assert_eq!(errors(text, "宁强县", "县"), [name], "{text}");
    }
    // a province that sends aid, and its cities
    let text = "同志们：\n\n福建省先后选派八批干部到呼图壁县开展援疆工作。龙岩援疆分指挥部汇报了工作，福建人民的情谊我们铭记。\n";
    assert!(errors(text, "呼图壁县", "县").is_empty());
    let text =
        "同志们：\n\n福建省先后选派八批干部到呼图壁县开展援疆工作。福建人民的情谊我们铭记。\n";
    assert!(errors(text, "呼图壁县", "县").is_empty());
    // partners listed after 与: each in the slot of the first
    let text =
        "同志们：\n\n我县与勉县、略阳和洋县结成协作联盟。勉县人民、略阳人民和洋县人民都很热情。\n";
    assert!(errors(text, "宁强县", "县").is_empty());
}

#[test]
fn titles_and_sides_hold_no_place() {
    let p = places();
    let names = |t: &str| -> Vec<&str> { p.find(t).iter().map(|(_, d)| d.name).collect() };
    // an acting head, a surname and a head's title; a river's bank, a river's side
    assert_eq!(
        names("由代县长主持，曹县长说明，河南岸的码头，江西侧的路"),
        Vec::<&str>::new()
    );
    assert_eq!(
        names("代县人民，曹县长期坚持，河南人民"),
        ["代县", "曹县", "河南省"]
    );
    // the own place's head: the place itself
    assert_eq!(names("宁强县长"), ["宁强县"]);
    // a national new area the GB/T table lacks, under its city
    let area = p.lookup("两江新区");
    assert_eq!(area.len(), 1);
    assert!(area[0].related(p.lookup("重庆市")[0]));
    assert!(!area[0].related(p.lookup("成都市")[0]));
}

#[test]
fn an_autonomous_regions_words_are_its_countys_parent() {
    // a county in 宁夏 speaks of the region above it: 全区, 区委, 区政府 are the parent's
    let text = "同志们：\n\n今年以来，我县认真落实区委、区政府部署，重点项目建设走在全区前列。\n";
    assert!(levels(text, "西吉县", "县").is_empty());
    // the same words in a county of a province are another level's
    assert_eq!(levels(text, "宁强县", "县"), ["区委", "区政府", "全区"]);
    // and a claim to be a district is wrong in the region too
    let text = "同志们：\n\n我区重点项目建设进展顺利。\n";
    assert_eq!(levels(text, "西吉县", "县"), ["我区"]);
}

#[test]
fn a_zones_text_says_all_the_zone() {
    // a county's text about its 开发区: 全区 is the zone's, all of it
    let text = "同志们：\n\n县经济开发区开展项目观摩，全区上下比进度、比质量。\n";
    assert!(levels(text, "宁强县", "县").is_empty());
    // without a zone it is another level's; and a zone makes no 区委 or 我区 the county's
    let text = "同志们：\n\n县里开展项目观摩，全区上下比进度、比质量。\n";
    assert_eq!(levels(text, "宁强县", "县"), ["全区"]);
    let text = "同志们：\n\n县经济开发区开展项目观摩，我区项目进展顺利。\n";
    assert_eq!(levels(text, "宁强县", "县"), ["我区"]);
}

#[test]
fn the_own_places_work_is_an_own_slot() {
    // a county's short form as the object of our work: its growth, its 县情
    for (text, name) in [
        ("同志们：\n\n我们要奋力推动城固高质量发展。\n", "城固"),
        ("同志们：\n\n座谈会上，县长介绍了城固的县情。\n", "城固"),
        ("同志们：\n\n项目建设有力促进了城固经济社会发展。\n", "城固"),
        ("同志们：\n\n奋力谱写城固高质量发展新篇章。\n", "城固"),
        ("同志们：\n\n我们要为城固的明天不懈奋斗。\n", "城固"),
        // others help us there: the place helped is the speaker's own
        ("同志们：\n\n感谢长期关心支持城固发展的各界朋友。\n", "城固"),
    ] {
        assert_eq!(errors(text, "宁强县", "县"), [name], "{text}");
    }
    // the same slots where the text relates the place: a partner, the place we help
    for text in [
        "同志们：\n\n我县与城固结对协作三年来，两地互派干部。对方介绍了城固的县情，我们也要推动城固高质量发展。\n",
        "同志们：\n\n两地携手，我们将全力助力城固高质量发展。\n",
        "同志们：\n\n赴城固考察学习后，大家都说要推动城固高质量发展的经验在本地落地。\n",
    ] {
        assert!(errors(text, "宁强县", "县").is_empty(), "{text}");
    }
    // a short form glued to the words before it is none: 振兴和发展 holds no 兴和, 强县富民 no
    // 富民, 便民惠民 no 惠民
    let text = "同志们：\n\n共同开创乡村振兴和高质量发展新局面，推进乡村振兴和发展。\n";
    assert!(found(text, "宁强县", "县").is_empty(), "{text}");
    let text = "同志们：\n\n坚持强县富民高质量发展，推进便民惠民高质量服务。\n";
    assert!(found(text, "宁强县", "县").is_empty(), "{text}");
}

#[test]
fn a_superiors_group_visiting_us_titles_our_report() {
    // the city's group coming to the own county, named in the title: the title is our event
    let visit = "全市项目观摩组到宁强县观摩重点项目\n\n观摩组一行先后察看了县里的五个项目，全县上下深受鼓舞。\n";
    assert!(levels(visit, "宁强县", "县").is_empty());
    // a city's title over a county's body, the county unnamed in it: a title left over
    let left = "在全市重点项目推进会上的讲话\n\n同志们：\n\n全县上下要鼓足干劲。\n";
    assert_eq!(levels(left, "宁强县", "县").len(), 1);
    // the group coming to 我县: the title's own claim says whose event it is
    let visit = "全市项目观摩团来我县观摩\n\n观摩团一行先后察看了五个项目。\n";
    assert!(levels(visit, "宁强县", "县").is_empty());
    assert_eq!(levels(visit, "汉台区", "区").len(), 1);
}

#[test]
fn a_county_level_citys_zone_speaks_as_we() {
    // a county-level city has no districts: its 我区 may be a zone it runs, a warning
    let text = "同志们：\n\n今天，市里的重点项目开工仪式在我区举行。\n";
    let zone = |place: &str| -> Vec<Severity> {
        found(text, place, "市")
            .into_iter()
            .filter(|(r, _, t)| r == "mixed-level" && t == "我区")
            .map(|(_, s, _)| s)
            .collect()
    };
    assert_eq!(zone("兴平市"), [Severity::Warning]);
    // a prefecture-level city has districts: its 我区 is a district's speech left over
    assert_eq!(zone("汉中市"), [Severity::Error]);
}

#[test]
fn a_place_listed_with_us_acts_with_us() {
    // two counties holding one meeting: the other one listed right after ours
    let text = "同志们：\n\n5月8日，宁强县、勉县以“山水相依”为主题，召开民族团结进步座谈会。勉县人民的情谊我们铭记在心。\n";
    assert!(errors(text, "宁强县", "县").is_empty());
    // without the listing, the same slot is a leftover
    let text = "同志们：\n\n勉县人民的情谊我们铭记在心。\n";
    assert_eq!(errors(text, "宁强县", "县"), ["勉县"]);
}

/// A town the place table does not know (it lists counties and above): its speech names its
/// county in its own slots, and that is no leftover; a second county in the same slots is.
#[test]
fn a_towns_speech_names_its_county() {
    let own = "镇党委书记在全镇项目建设推进会上的讲话\n\n同志们：\n\n今年以来，在县委、县政府的坚强领导下，全镇上下紧盯项目建设不放松，为沂水县高质量发展贡献了力量。\n\n下一步，我们要抓好项目储备，助力沂水县经济社会发展，奋力开创全镇发展新局面。\n";
    assert_eq!(errors(own, "沙沟镇", "镇"), Vec::<String>::new());
    let left = own.replace("奋力开创", "推动临朐县经济社会发展，奋力开创");
    assert_eq!(errors(&left, "沙沟镇", "镇"), ["临朐县"]);
}

#[test]
fn the_own_works_objects_and_figures_are_own_slots() {
    // a new X claimed, the place promoted, the place whose task we serve, the subject of this
    // year's own figures, and the own government holding its event there
    for (text, name) in [
        (
            "同志们：\n\n老同志们表示，愿为建设宜居新勉县出谋划策。\n",
            "勉县",
        ),
        (
            "同志们：\n\n招商小分队走访多家企业，推介了城固资源优势。\n",
            "城固",
        ),
        (
            "同志们：\n\n这批项目开工，为勉县打赢攻坚战添了底气。\n",
            "勉县",
        ),
        (
            "同志们：\n\n今年一季度，略阳县完成投资12.5亿元，同比增长9%。\n",
            "略阳县",
        ),
        (
            "同志们：\n\n宁强县人民政府在勉县会议中心举行项目发布会。\n",
            "勉县",
        ),
    ] {
        assert_eq!(errors(text, "宁强县", "县"), [name], "{text}");
    }
    // the same words where the text relates the place, names a peer, or travels there
    for text in [
        "同志们：\n\n我县与勉县结对协作多年，这批项目开工，为勉县打赢攻坚战添了底气。\n",
        "同志们：\n\n今年一季度，相邻的略阳县完成投资12.5亿元。\n",
        "同志们：\n\n宁强县代表团在勉县举行项目推介会。\n",
        "同志们：\n\n宁强县在西安举行招商座谈会。\n",
        "同志们：\n\n这里曾是全新的工业园区，成为勉县打造产业集群的起点。\n",
    ] {
        assert!(errors(text, "宁强县", "县").is_empty(), "{text}");
    }
}

#[test]
fn an_autonomous_county_is_called_by_its_name_without_the_peoples() {
    let p = places();
    // its common name is the county, not a shorter county inside it (沧县)
    let names = |t: &str| -> Vec<&str> { p.find(t).iter().map(|(_, d)| d.name).collect() };
    assert_eq!(names("代表澜沧县四套班子"), ["澜沧拉祜族自治县"]);
    assert_eq!(p.lookup("孟连县"), p.lookup("孟连傣族拉祜族佤族自治县"));
    // a prefecture's short form without its peoples is a name only in context: not in a
    // region's word (湘南湘西)
    assert!(names("推进湘南湘西承接产业转移").is_empty());
    // the own county by its short name raises nothing; a sibling speaking for it does
    let own = "同志们：\n\n我们要推动孟连高质量发展，孟连人民期盼项目早日建成。\n";
    assert!(found(own, "孟连傣族拉祜族佤族自治县", "县").is_empty());
    let text = "同志们：\n\n县委书记代表澜沧县“四班子”向参加签约活动的嘉宾表示欢迎。\n";
    assert_eq!(errors(text, "孟连傣族拉祜族佤族自治县", "县"), ["澜沧县"]);
    // an autonomous county listed with its partner: the partner acts with it
    let text = "石林彝族自治县、陆良县召开协商会议。陆良县人民的情谊我们铭记在心。\n";
    assert!(errors(text, "石林彝族自治县", "县").is_empty());
}

#[test]
fn without_the_level_the_own_places_name_gives_it() {
    let values = |place: &str| -> Values {
        [("fact:place", place), ("fact:year", "2025")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let levels_of = |text: &str, place: &str| -> Vec<String> {
        let a = Analysis::new(text);
        check(&a, &values(place), &CheckOptions::default())
            .into_iter()
            .filter(|f| f.rule == "mixed-level")
            .map(|f| f.text(text).to_string())
            .collect()
    };
    // the city's group at the county's event, in the title: the county's body is at its level
    let text = "全市项目观摩组来勉县观摩\n\n观摩组察看了全县的五个项目，全县开工项目三十个。\n";
    assert!(levels_of(text, "勉县").is_empty());
    // a district's draft with the same body speaks at the wrong level
    let body: Vec<String> = levels_of(text, "汉台区")
        .into_iter()
        .filter(|t| t == "全县")
        .collect();
    assert_eq!(body, ["全县", "全县"]);
}

#[test]
fn a_neighbours_short_form_in_our_slots_is_a_leftover() {
    // a county of the capital city: its siblings are neighbours, not the capital
    let text = "同志们：\n\n项目建设是肥西发展的生命线。\n";
    assert_eq!(errors(text, "长丰县", "县"), ["肥西"]);
    for (text, name) in [
        // claimed as a modern X at the clause's end
        ("同志们：\n\n我们要加快建设富裕文明的现代化城固。\n", "城固"),
        // the place the own work drives
        ("同志们：\n\n这批项目将推动城固做大茶叶产业。\n", "城固"),
        // the byline at a paragraph's end
        (
            "同志们：\n\n开工仪式隆重举行。（城固融媒记者 李明 通讯员 王芳）\n",
            "城固",
        ),
        // the own profile that opens a sentence
        ("同志们：\n\n略阳县地处三省交界，区位优势明显。\n", "略阳县"),
    ] {
        assert_eq!(errors(text, "宁强县", "县"), [name], "{text}");
    }
    // the same slots with the own place, a parent, the capital or a place related; and a
    // county's short form that is an ordinary word (合作, 比如)
    for text in [
        "同志们：\n\n宁强地处三省交界，区位优势明显。我们要加快建设现代化宁强。\n",
        "同志们：\n\n开工仪式隆重举行。（汉中日报记者 李明）\n",
        "同志们：\n\n西安市地处关中平原，区位优势明显。\n",
        "同志们：\n\n我县与城固结对多年。我们要推动城固做大茶叶产业。\n",
        "同志们：\n\n我们要推动合作发展，是比如发展的基础。加快建设现代化延长。\n",
    ] {
        assert!(errors(text, "宁强县", "县").is_empty(), "{text}");
    }
    assert!(errors("同志们：\n\n项目建设是肥西发展的生命线。\n", "肥西县", "县").is_empty());
}

#[test]
fn a_film_of_a_place_and_a_delegation_from_one() {
    // the film the meeting watched is the own place's
    let text = "同志们：\n\n与会人员观看了勉县宣传片，听取了项目介绍。\n";
    assert_eq!(errors(text, "宁强县", "县"), ["勉县"]);
    for text in [
        "同志们：\n\n与会人员观看了宁强县宣传片，听取了项目介绍。\n",
        "同志们：\n\n我县与勉县结对多年。与会人员观看了勉县宣传片。\n",
        // a place's delegation with us: named on purpose, its people too
        "同志们：\n\n勉县党政代表团在我县考察。\n\n勉县人民勤劳智慧。\n",
    ] {
        assert!(errors(text, "宁强县", "县").is_empty(), "{text}");
    }
    let text = "同志们：\n\n勉县人民勤劳智慧。\n";
    assert_eq!(errors(text, "宁强县", "县"), ["勉县"]);
}

#[test]
fn a_neighbours_short_form_as_venue_object_subject_and_title() {
    for (text, name) in [
        // the venue of this meeting of ours
        (
            "同志们：\n\n3月5日，全县项目建设推进会在城固召开。\n",
            "城固",
        ),
        // the object of our work's improvement, its county seat or core named
        (
            "同志们：\n\n工程建成后，将明显提升略阳县城人居品质。\n",
            "略阳县",
        ),
        ("同志们：\n\n新区建成后，将大大改善城固城区面貌。\n", "城固"),
        // the subject after an apposition of our profile
        (
            "同志们：\n\n作为茶叶大县，城固始终把产业放在首位。\n",
            "城固",
        ),
        // the title, with the event it names
        (
            "城固集中签约十二个项目\n\n同志们：\n\n今天签约的项目质量很高。\n",
            "城固",
        ),
        // the outlet the report comes from, and the home guests are asked to make
        (
            "同志们：\n\n项目全部开工。（李明 来源：城固发布）\n",
            "城固",
        ),
        (
            "同志们：\n\n希望签约入驻的企业把城固作为投资兴业的第二故乡。\n",
            "城固",
        ),
        (
            "同志们：\n\n我们将优化服务，让城固成为客商创业兴业的沃土。\n",
            "城固",
        ),
        // the sentence that ends by calling it a place of our profile
        (
            "同志们：\n\n县长在致辞中说，城固山水秀美、物产丰饶，是远近闻名的茶叶大县。\n",
            "城固",
        ),
    ] {
        assert_eq!(errors(text, "宁强县", "县"), [name], "{text}");
    }
    for text in [
        // the own place in the same slots
        "同志们：\n\n3月5日，全县项目建设推进会在宁强召开。\n",
        "同志们：\n\n工程建成后，将明显提升宁强县城人居品质。\n",
        "同志们：\n\n作为茶叶大县，宁强始终把产业放在首位。\n",
        "宁强集中签约十二个项目\n\n同志们：\n\n今天签约的项目质量很高。\n",
        // a meeting that is not ours, held there; a related place improved
        "同志们：\n\n省里的现场会在城固召开，我县派员参加。\n",
        "同志们：\n\n我县与城固结对多年，将帮助提升城固城区面貌。\n",
        // no improvement of its quality, no apposition that opens the sentence
        "同志们：\n\n我们要提升城固方向的通行能力。\n",
        "同志们：\n\n我们把它作为茶叶大县，城固也一样。\n",
        "同志们：\n\n项目全部开工。（李明 来源：宁强发布）\n",
        "同志们：\n\n希望各位客商把宁强作为投资兴业的第二故乡。\n",
        "同志们：\n\n县长在致辞中说，宁强山水秀美、物产丰饶，是远近闻名的茶叶大县。\n",
        "同志们：\n\n我县与城固结对多年。城固山水秀美，是远近闻名的茶叶大县。\n",
        // a partner made a second home; a short form made something else
        "同志们：\n\n我县与城固结对多年，干部们把城固作为第二故乡。\n",
        "同志们：\n\n我们把城固作为下一站，开展考察。\n",
        "同志们：\n\n我县与城固结对多年，我们要让城固成为两地合作的沃土。\n",
        "同志们：\n\n让城固成为我们学习的榜样。\n",
        // a short form that two places share is no name (通州: Beijing's and Nantong's)
        "同志们：\n\n3月5日，全县项目建设推进会在通州召开。\n",
    ] {
        assert!(errors(text, "宁强县", "县").is_empty(), "{text}");
    }
    // a short form two counties share (华容: 岳阳's county, 鄂州's district) is the neighbour
    // in the own city, and no name elsewhere
    let text = "同志们：\n\n3月5日，全县项目建设推进会在华容召开。\n";
    assert_eq!(errors(text, "岳阳县", "县"), ["华容"]);
    assert!(errors(text, "宁强县", "县").is_empty());
}
