//! The clean on more block shapes of pages it had not met (issue 25, third round), each in our
//! own words: a block is judged by its features with the blocks around it.

use jianggao_engine::clean::clean;

fn lines(input: &str) -> Vec<String> {
    clean(input)
        .text
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_dateline_with_its_byline_on_a_line_of_its_own_opens_the_report() {
    // must fire: the report's first lines stay, dateline and byline with them
    let page = "青山县项目观摩会上的一堂课\n青山日报网5月9日讯（本网记者 林某某 通讯员 陈某）\n“请大家说说，哪个项目给你的印象最深？”8日下午，在全县项目观摩点评会上，县委书记向乡镇党委书记们提问。\n这次观摩共看了十二个项目，涵盖工业、农业和城建。\n";
    let out = lines(page);
    assert!(
        out.iter().any(|l| l.contains("青山日报网5月9日讯")),
        "{out:?}"
    );
    assert!(out.iter().any(|l| l.contains("本网记者 林某某")), "{out:?}");
    // must not fire: a byline alone under the text is still the page's
    let foot = "青山日报网5月9日讯 8日下午，全县项目观摩点评会召开，县委书记出席并讲话。\n这次观摩共看了十二个项目，涵盖工业、农业和城建。\n（本网记者 林某某 通讯员 陈某）\n责任编辑：王某\n";
    let out = lines(foot).join("\n");
    assert!(!out.contains("责任编辑"), "{out}");
}

#[test]
fn a_reported_saying_before_the_credits_is_the_reports_sentence() {
    // must fire: `会议强调：` opens a sentence of the report, though credit lines follow it
    let page = "5月9日上午，青山县召开招商引资攻坚推进会，县委副书记某某主持会议。\n会上，各攻坚组负责人汇报了项目对接情况。\n会议强调：各攻坚组要提高站位，把招商引资作为当前的头等大事来抓，确保签约项目早落地。\n图 文：某某\n编 辑：某 某\n责任编辑：某某某\n审 核：某某\n";
    let out = lines(page).join("\n");
    assert!(out.contains("会议强调：各攻坚组要提高站位"), "{out}");
    assert!(!out.contains("责任编辑") && !out.contains("审 核"), "{out}");
    // must not fire: a record card's summary label still goes, its prose stays
    let card = "作　者：某某\n来　源：某某杂志\n年 卷 期：2021年第4期\n摘　要：全县上下要把重大项目建设作为稳增长的头等大事，确保项目早开工、早投产、早见效，为全年目标打下基础。\n";
    let out = lines(card).join("\n");
    assert!(!out.contains("摘　要"), "{out}");
    assert!(out.contains("全县上下要把重大项目建设"), "{out}");
}

#[test]
fn a_source_note_with_no_source_inside_a_sentence_goes() {
    // must fire: the site's stamp put inside a sentence names no source
    let page =
        "同志们：\n稍后，我们将请各位领导按下启动按钮，（来自）为青山大道工程培下第一锹土。\n";
    let out = lines(page).join("\n");
    assert!(
        out.contains("按下启动按钮，为青山大道工程培下第一锹土"),
        "{out}"
    );
    // must not fire: a bracket that names its source is the text's
    let own = "同志们：\n去年全县新签约项目42个（来源：县统计局），总投资达到186亿元。\n";
    let out = lines(own).join("\n");
    assert!(out.contains("（来源：县统计局）"), "{out}");
}

#[test]
fn a_title_with_the_pages_notes_on_it_is_kept_without_them() {
    // must fire: a draft's status in square brackets and a bracketed count of the text's
    // characters are the page's notes on the title
    let page = "在全县重点项目集中开工仪式上的讲话[定稿]\n（全文1860字）\n同志们：\n今天，我们在这里举行全县重点项目集中开工仪式，这是全县上下大干项目的一个缩影。\n";
    let out = lines(page);
    assert_eq!(out[0], "在全县重点项目集中开工仪式上的讲话", "{out:?}");
    assert!(!out.iter().any(|l| l.contains("1860")), "{out:?}");
    // must not fire: a document's status in its own round brackets, a slot in square ones
    let own = "青山县重点项目建设三年行动方案（征求意见稿）\n各乡镇要在[日期]前报送项目清单，全文不超过2000字。\n";
    let out = lines(own).join("\n");
    assert!(out.contains("（征求意见稿）"), "{out}");
    assert!(out.contains("[日期]"), "{out}");
    assert!(out.contains("全文不超过2000字"), "{out}");
}

#[test]
fn a_forum_posters_name_and_place_go_with_their_line() {
    // must fire: the poster's name and where the forum says the poster is from
    let page = "发表于 2024-6-12 09:18:40\n| 来自湖南 来自 湖南常德\n6月11日，我县召开招商引资工作推进会，通报1至5月全县招商引资工作情况。\n会上，各牵头单位汇报了产业链招商进展。\n";
    let out = lines(page);
    assert!(out[0].starts_with("6月11日，我县召开"), "{out:?}");
    let poster = "全县项目观摩会召开\n\n青山夜雨 | 来自湖南\n6月11日，全县项目观摩会召开，与会人员实地观摩了十个重点项目。\n";
    let out = lines(poster);
    assert!(
        !out.iter()
            .any(|l| l.contains("青山夜雨") || l.contains("来自湖南")),
        "{out:?}"
    );
    assert_eq!(out[0], "全县项目观摩会召开", "{out:?}");
    // must not fire: guests from a place in a sentence, a short heading
    let own =
        "同志们、朋友们：\n欢迎来自湖南的各位客商！\n来自湖南常德的三家企业今天签约落户园区。\n";
    let out = lines(own).join("\n");
    assert!(out.contains("欢迎来自湖南的各位客商！"), "{out}");
    assert!(out.contains("来自湖南常德的三家企业"), "{out}");
}

#[test]
fn the_pages_foot_said_in_sentences_goes_with_its_junk() {
    // must fire: the site's sentences below the text, between its lines of junk
    let page = "在全县冬季农田水利建设现场会上的讲话\n同志们：\n今天我们在青山镇召开全县冬季农田水利建设现场会，看了三个点，听了两个镇的介绍，大家很受启发。\n下面，我讲两点意见：\n用手机扫一扫阅读、分享本文\n本文标题：在全县冬季农田水利建设现场会上的讲话\n链接地址：https://www.example.com/article/10086.html\n版权声明\n作者原创，不允许二次传播，一经发现收回会员权益。\n联系客服\n";
    let out = lines(page);
    assert!(
        out.last()
            .is_some_and(|l| l.ends_with("下面，我讲两点意见：")),
        "{out:?}"
    );
    // must not fire: the text's last sentence with words a site uses, and no foot below it
    let own = "同志们：\n今天我们在青山镇召开全县冬季农田水利建设现场会，看了三个点，大家很受启发。\n希望各镇在微信工作群里及时分享进度，形成比学赶超的氛围。\n";
    let out = lines(own);
    assert!(
        out.iter().any(|l| l.starts_with("希望各镇在微信工作群里")),
        "{out:?}"
    );
}

#[test]
fn a_space_that_splits_a_word_inside_a_clause_goes() {
    // must fire: one space inside a clause between two marks splits a word of the viewer's text
    let page = "同志们：\n今年是“十五五”的开局之年，是全镇发展的崭 新起点，也证明了园区发展的强 大生命力。\n";
    let out = lines(page).join("\n");
    assert!(
        out.contains("崭新起点") && out.contains("强大生命力"),
        "{out}"
    );
    // (and one before a quote that opens inside the clause)
    let quoted =
        "同志们：\n今年以来，全县深入实施 “工业强县”战略，园区基本完成了 “七通一平”工程。\n";
    let out = lines(quoted).join("\n");
    assert!(
        out.contains("实施“工业强县”") && out.contains("完成了“七通一平”"),
        "{out}"
    );
    // must not fire: a heading's space, a headline's halves, a list's names, a quote's phrases
    let own = "一、看进度 从观摩情况看，各镇项目推进有力。\n提升站位 聚焦重点\n出席仪式的有：李某 王某等同志。\n活动以“扩大开放 推动发展”为主题，取得圆满成功。\n";
    let out = lines(own).join("\n");
    assert!(out.contains("看进度 从观摩情况看"), "{out}");
    assert!(out.contains("提升站位 聚焦重点"), "{out}");
    assert!(out.contains("李某 王某"), "{out}");
    assert!(out.contains("扩大开放 推动发展"), "{out}");
}

#[test]
fn a_column_word_above_a_news_headline_goes() {
    // must fire: the column's name alone on the first line, over the report's headline
    let page = "工作动态\n青山经济开发区成立二十周年 省开发区协会致信祝贺\n12月5日，青山经济开发区成立二十周年座谈会召开，省开发区协会发来贺信，对开发区二十年的建设成就表示祝贺。\n贺信指出，开发区要在新征程上奋勇争先，为全县高质量发展作出更大贡献。\n";
    let out = lines(page);
    assert_eq!(
        out[0], "青山经济开发区成立二十周年 省开发区协会致信祝贺",
        "{out:?}"
    );
    // must not fire: the speaker's line under a speech's title, a short title over the text
    let own = "在全镇冬春水利建设动员会上的讲话\n镇长\n今天，镇党委、镇政府召开这次会议，主要是部署今冬明春的水利建设工作，动员全镇上下掀起冬修水利的热潮。\n";
    let out = lines(own);
    assert!(out.iter().any(|l| l == "镇长"), "{out:?}");
}

#[test]
fn an_area_in_square_kilometres_is_no_counter_of_the_page() {
    // must not fire: `k㎡` after a figure is an area, and the sentence stays
    let page = "我们的友好城市东林市位于半岛中部，是一座临海的工业城市。面积为61.25k㎡，人口约183460人。\n两市自结好以来，在经贸、教育和文化方面往来频繁。\n";
    let out = lines(page).join("\n");
    assert!(out.contains("面积为61.25k㎡，人口约183460人。"), "{out}");
    // must fire: a viewer's counter of thousands alone on its line still goes
    let viewer = "重大项目推进会讲话稿\n6.81K\n同志们：今天召开全县重大项目推进会，主要任务是盘点进度、部署下一步工作。\n";
    let out = lines(viewer).join("\n");
    assert!(!out.contains("6.81K"), "{out}");
    assert!(out.contains("同志们：今天召开全县重大项目推进会"), "{out}");
}

#[test]
fn a_sites_way_about_glued_into_a_sentence_goes_and_only_it() {
    // must fire: the label goes from inside the sentence, the sentence stays whole
    let page = "同志们：\n这批项目投产后，对于全区进一步网站地图优化产业结构、壮大经济总量，必将产生深远影响。\n";
    let out = lines(page).join("\n");
    assert!(
        out.contains("对于全区进一步优化产业结构、壮大经济总量"),
        "{out}"
    );
    assert!(!out.contains("网站地图"), "{out}");
    // must not fire: the words of a sentence about a map or a home page stay
    let prose = "同志们：\n要加快智慧园区建设，把园区导航、地图服务和企业首页接入统一平台。\n";
    let out = lines(prose).join("\n");
    assert!(
        out.contains("把园区导航、地图服务和企业首页接入统一平台"),
        "{out}"
    );
}

#[test]
fn a_pages_markup_goes_and_the_sentences_in_it_stay() {
    // must fire: the tags go, even inside a word, and every sentence between them stays whole
    let page = "同志们：\n<p class=\"ql-block\">会议传达了县委书记在<span style=\"font-size:18px;\">赴邻县考</span>察座谈会上的讲话精神。</p> <p class=\"ql-block\">会议听取了各项目专班的工作汇报。</p>\n";
    let c = jianggao_engine::clean::clean(page);
    assert!(
        c.text
            .contains("会议传达了县委书记在赴邻县考察座谈会上的讲话精神。"),
        "{}",
        c.text
    );
    assert!(
        c.text.contains("会议听取了各项目专班的工作汇报。"),
        "{}",
        c.text
    );
    assert!(!c.text.contains('<') && !c.text.contains('>'), "{}", c.text);
    // must not fire: a title in ASCII brackets and a comparison are the text's own
    let prose = "同志们：\n要对照<政府工作报告>逐项落实，确保负债率<5%的目标不突破。\n";
    let out = lines(prose).join("\n");
    assert!(out.contains("政府工作报告"), "{out}");
    assert!(out.contains("5%的目标不突破"), "{out}");
}

#[test]
fn a_prompt_glued_to_the_last_sentence_does_not_make_it_the_pages_foot() {
    // must fire: the prompt goes, the sentence it was glued to stays, the page's counter goes
    // (the prompt's words with the sentence's 时间 once read as a site's line at the foot)
    let page = "（【日期】xx月xx日）\n这轮会战，时间紧、要求高，必须盯住关键、持续用力，打赢三场攻坚战展开阅读全文。\n• 3页\n";
    let out = lines(page).join("\n");
    assert!(out.contains("持续用力，打赢三场攻坚战。"), "{out}");
    assert!(
        !out.contains("展开阅读全文") && !out.contains("3页"),
        "{out}"
    );
    // must not fire: a site's own sentence at the foot still goes with the foot
    let foot = "同志们：\n全年要开工项目四十个，力争早日建成投产见效。\n本文由网友上传，如有侵权请联系删除，点击阅读全文。\n• 3页\n";
    let out = lines(foot).join("\n");
    assert!(out.contains("力争早日建成投产见效。"), "{out}");
    assert!(!out.contains("网友上传"), "{out}");
}

#[test]
fn a_line_that_cannot_open_goes_on_the_line_above() {
    // must fire: a comma or a 的 opening a line continues the phrase left open above it, a
    // wrapped heading's too; the comma is kept, not dropped as a stray mark
    let page = "同志们：\n为了把这批项目尽快落地\n,县里专门成立了工作专班。\n一、统一思想，进一步增强抓项目促投资\n的紧迫感\n项目是发展的生命线。\n";
    let out = lines(page);
    assert!(
        out.contains(&"为了把这批项目尽快落地，县里专门成立了工作专班。".to_string()),
        "{out:?}"
    );
    assert!(
        out.contains(&"一、统一思想，进一步增强抓项目促投资的紧迫感".to_string()),
        "{out:?}"
    );
    // (the heading stays a heading: the paragraph under it starts anew)
    assert!(out.contains(&"项目是发展的生命线。".to_string()), "{out:?}");
    // must not fire: a line that opens with 的确 or a number starts its own paragraph
    let own = "同志们：\n今天的会开得很及时\n的确，项目建设到了关键时候。\n二、压实责任\n";
    let out = lines(own);
    assert!(
        out.contains(&"的确，项目建设到了关键时候。".to_string()),
        "{out:?}"
    );
    assert!(out.contains(&"二、压实责任".to_string()), "{out:?}");
}
