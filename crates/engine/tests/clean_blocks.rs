//! The clean on block shapes of pages it had not met (issue 25, second round), each in our own
//! words: a title run into the text under it, and the rest of the shapes below.

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
fn a_title_run_into_the_text_gets_its_own_line() {
    // at the top of the page, before a sentence
    let top = "在全镇秋冬季植树造林动员会上的讲话今天是入冬后的第一个周一，镇党委、镇政府召开这次会议，主要目的是部署今冬明春的植树造林工作。\n";
    let out = lines(top);
    assert_eq!(out[0], "在全镇秋冬季植树造林动员会上的讲话", "{out:?}");
    assert!(out[1].starts_with("今天是入冬后的第一个周一"), "{out:?}");
    // before a salutation
    let sal = "在东湖大桥通车仪式上的致辞各位领导、各位来宾、朋友们：在这金秋送爽的日子里，我们迎来了东湖大桥的建成通车，这是全区人民期盼已久的一件大事。\n";
    let out = lines(sal);
    assert_eq!(out[0], "在东湖大桥通车仪式上的致辞", "{out:?}");
    assert!(out[1].starts_with("各位领导"), "{out:?}");
    // under the same title said once already
    let again = "在全县农田水利建设现场会上的讲话\n副县长在全县农田水利建设现场会上的讲话这次现场会，目的是看一看各乡镇的进度，比一比各乡镇的做法，把冬修水利的劲头鼓起来。\n";
    let out = lines(again);
    assert!(out.iter().any(|l| l.starts_with("这次现场会")), "{out:?}");
}

#[test]
fn a_sentence_that_names_a_speech_is_not_cut() {
    // inside the text: the sentence goes on after the speech it names
    let inside = "同志们：\n今天的会议开得很好。\n县长在全县农田水利建设现场会上的讲话深刻分析了当前冬修水利面临的形势，提出了明确要求，大家要认真抓好落实。\n";
    let out = lines(inside);
    assert!(
        out.iter()
            .any(|l| l.starts_with("县长在全县农田水利建设现场会上的讲话深刻分析了")),
        "{out:?}"
    );
    // at the top, a clause after the title's words is the sentence's
    let top = "在全镇秋冬季植树造林动员会上的讲话，我完全同意，请各村抓好落实，确保今冬明春植树造林任务按时完成。\n";
    let out = lines(top);
    assert!(
        out[0].starts_with("在全镇秋冬季植树造林动员会上的讲话，我完全同意"),
        "{out:?}"
    );
}

#[test]
fn a_title_with_the_sites_word_for_a_model_text_is_kept_without_it() {
    let page = "河西大道改造工程竣工仪式致辞范文\n\n时间：2022-05-06\n\n同志们：\n\n河西大道改造工程今天正式竣工通车了！这是全区城市建设中的一件大事，我代表区委、区政府表示热烈祝贺。\n";
    let out = lines(page);
    assert_eq!(out[0], "河西大道改造工程竣工仪式致辞", "{out:?}");
    assert!(!out.iter().any(|l| l.contains("2022-05-06")), "{out:?}");
}

#[test]
fn a_model_text_label_stays_the_pages_where_a_title_stands_or_below_the_text() {
    // a title of its own stands above the text: the label is the page's
    let titled = "在河西大道竣工通车仪式上的致辞\n河西大道改造工程竣工仪式致辞范文\n同志们：\n河西大道改造工程今天正式竣工通车了！这是全区城市建设中的一件大事，我代表区委、区政府表示热烈祝贺。\n";
    let out = lines(titled);
    assert!(!out.iter().any(|l| l.contains("范文")), "{out:?}");
    // another page's title below the text
    let below = "同志们：\n河西大道改造工程今天正式竣工通车了！这是全区城市建设中的一件大事，我代表区委、区政府表示热烈祝贺。\n谢谢大家！\n东湖大桥建成通车仪式讲话范文\n";
    let out = lines(below);
    assert!(!out.iter().any(|l| l.contains("东湖大桥")), "{out:?}");
}

#[test]
fn a_breadcrumb_with_its_separators_glued_goes_whole() {
    let page = "您所在的位置：南山日报网>>时政要闻\n\n南山区召开冬季安全生产工作会议\n\n12月2日，南山区召开冬季安全生产工作会议，区长在会上强调，要把隐患排查整治抓细抓实，确保全区安全形势稳定。\n";
    let out = lines(page);
    assert!(
        !out.iter()
            .any(|l| l.contains("位置") || l.contains("时政要闻")),
        "{out:?}"
    );
    assert_eq!(out[0], "南山区召开冬季安全生产工作会议", "{out:?}");
}

#[test]
fn a_sign_between_words_in_a_sentence_is_no_breadcrumb() {
    let page = "同志们：\n要坚持质量>速度的原则，把每一项工程都建成放心工程。\n群众满意度>95%的乡镇，年底前要总结经验。\n";
    let out = lines(page).join("\n");
    assert!(out.contains("要坚持质量>速度的原则"), "{out}");
    assert!(out.contains("群众满意度>95%的乡镇"), "{out}");
}

#[test]
fn a_bracket_that_gives_the_sites_contact_goes() {
    let page = "同志们：\n我到青石还不到一个月，这期间主要是到乡镇、到企业调研，了解项目建设情况。我认为今年的工作有三个特点：【更多讲话素材，请加微信：qsh2024wx】\n";
    let out = lines(page).join("\n");
    assert!(!out.contains("微信") && !out.contains("qsh2024wx"), "{out}");
    assert!(out.contains("我认为今年的工作有三个特点"), "{out}");
}

#[test]
fn a_bracket_of_the_text_with_a_number_after_a_colon_stays() {
    let page = "同志们：\n各乡镇要对照县里的通知（文号：2023-118号），逐项抓好落实。\n要把亩均税收（口径：GDP核算）作为考核的重要指标。\n";
    let out = lines(page).join("\n");
    assert!(out.contains("（文号：2023-118号）"), "{out}");
    assert!(out.contains("（口径：GDP核算）"), "{out}");
}

#[test]
fn a_word_of_the_page_above_the_title_goes() {
    let page = "正文阅读\n\n在全镇冬春水利建设动员会上的讲话\n\n今天，镇党委、镇政府召开这次会议，主要是部署今冬明春的水利建设工作，动员全镇上下掀起冬修水利的热潮。\n";
    let out = lines(page);
    assert_eq!(out[0], "在全镇冬春水利建设动员会上的讲话", "{out:?}");
    // a label of a char or two glued before the salutation goes too
    let label = "【正】同志们：今天，镇党委、镇政府召开这次会议，主要是部署今冬明春的水利建设工作，动员全镇上下掀起冬修水利的热潮。\n";
    let out = lines(label).join("\n");
    assert!(!out.contains("【正】"), "{out}");
    assert!(out.contains("同志们"), "{out}");
}

#[test]
fn a_short_line_under_the_title_stays_for_its_neighbours() {
    // a place and a date under the title belong to the text; a word under it is no button
    let page = "在全镇冬春水利建设动员会上的讲话\n\n镇长\n\n（2023年11月6日）\n\n同志们：\n今天，镇党委、镇政府召开这次会议，主要是部署今冬明春的水利建设工作，动员全镇上下掀起冬修水利的热潮。\n";
    let out = lines(page);
    assert!(out.iter().any(|l| l == "镇长"), "{out:?}");
    assert!(out.iter().any(|l| l.contains("2023年11月6日")), "{out:?}");
}

#[test]
fn a_colon_inside_a_bracket_does_not_cut_its_sentence() {
    let page = "同志们：\n各乡镇要公布监督电话（举报电话：0571-8765432），接受群众监督。\n";
    let out = lines(page).join("\n");
    assert!(out.contains("各乡镇要公布监督电话"), "{out}");
}

#[test]
fn a_pages_line_with_a_bracketed_label_still_goes() {
    let page = "发布时间：2023-05-06（来源：青山县人民政府网）\n同志们：\n今天，镇党委、镇政府召开这次会议，主要是部署今冬明春的水利建设工作，动员全镇上下掀起冬修水利的热潮。\n";
    let out = lines(page).join("\n");
    assert!(!out.contains("来源") && !out.contains("发布时间"), "{out}");
}

#[test]
fn a_sites_list_under_its_label_below_the_text_goes_a_texts_own_list_stays() {
    // the site's: numbered titles under a junk label, below the text's last sentence
    let page = "同志们：\n今天的调度会开得很好，希望大家抓好落实。\n谢谢大家！\n【调度会讲话】相关文章：\n1.项目调度会上的讲话\n2.项目推进会主持词\n";
    let out = lines(page);
    assert!(
        !out.iter().any(|l| l.contains("项目推进会主持词")),
        "{out:?}"
    );
    assert!(out.iter().any(|l| l == "谢谢大家！"), "{out:?}");
    // the text's own: a list under its own label, at the end or inside the text
    let own = "同志们：\n今天的调度会开得很好，希望大家抓好落实。\n谢谢大家！\n附件：\n1.全县重点项目清单\n2.项目责任分工表\n";
    let out = lines(own);
    assert!(out.iter().any(|l| l == "2.项目责任分工表"), "{out:?}");
    let agenda = "同志们：\n主要议程：\n1.通报项目进展情况\n2.观看项目宣传片\n请大家抓好落实。\n";
    let out = lines(agenda);
    assert!(out.iter().any(|l| l == "1.通报项目进展情况"), "{out:?}");
}

#[test]
fn a_viewers_preview_above_a_text_with_no_salutation_line_goes_once() {
    // the viewer shows the title, a preview cut mid-word, then the text with its spaces
    let page = "在全镇秸秆禁烧工作会议上的讲话\n在全镇秸秆禁烧工作会议上的讲话各位同志：今天召开全镇秸秆禁烧工作会议，主要任务是部署今年夏季秸秆禁烧和综合利用工作，确保全镇不出现一处火\n在全镇秸秆禁烧工作会议上的讲话 各位同志： 今天召开全镇秸秆禁烧工作会议，主要任务是部署今年夏季秸秆禁 烧和综合利用工作，确保全镇不出现一处火点。各村要把责任落实到田块，把巡查落实到时段。 第1页共2页\n";
    let out = clean(page).text;
    assert_eq!(
        out.matches("今天召开全镇秸秆禁烧工作会议").count(),
        1,
        "{out}"
    );
    assert!(out.contains("把巡查落实到时段。"), "{out}");
    // a text with no salutation line whose first lines differ is kept whole
    let own = "在全镇秸秆禁烧工作会议上的讲话\n今天召开全镇秸秆禁烧工作会议，主要任务是部署今年夏季秸秆禁烧和综合利用工作，确保全镇不出现一处火\n点。各村要把责任落实到田块，把巡查落实到时段，今天召开全镇秸秆禁烧工作会议的目的就在这里。\n";
    let out = clean(own).text;
    assert!(out.contains("主要任务是部署今年夏季秸秆禁烧"), "{out}");
}

#[test]
fn a_wire_dateline_opens_its_report() {
    let page = "两市举行结好三十周年庆典\n某某网某市11月18日电 （记者 某某）18日，某市与友好城市举行结好三十周年庆典。\n两市市长签署了合作备忘录。\n";
    let out = clean(page).text;
    assert!(out.contains("某某网某市11月18日电"), "{out}");
    // and the report it opens stays whole
    assert!(out.contains("18日，某市与友好城市举行"), "{out}");
}

#[test]
fn a_news_headline_its_lead_says_again_stays() {
    // a long headline with no clause mark, the lead repeating its words: the report's title
    let page = "第五届中国西部农业博览会进出口商品展暨投资推介会某县投资说明会暨重点项目签约仪式在蓉举行\n46个项目落户我县\n6月3日，第五届中国西部农业博览会进出口商品展暨投资推介会某县投资说明会暨重点项目签约仪式在成都举行。县委书记某某致辞。\n据了解，本次共签约项目46个，总投资120亿元。\n";
    let out = clean(page).text;
    assert!(out.contains("重点项目签约仪式在蓉举行"), "{out}");
}

#[test]
fn a_texts_wrapped_lines_under_a_preview_stay() {
    // no salutation line; the text hard-wrapped into lines of 45 that the preview above holds
    // whole: the preview goes, every wrapped line stays
    let page = "在全镇秸秆禁烧工作会议上的讲话\n今天召开全镇秸秆禁烧工作会议，主要任务是部署今年夏季秸秆禁烧和综合利用工作，确保全镇不出现一处火点。各村要把责任落实到田块，把巡查落实到时段，把宣传落实到农户，做到不烧一把火、不冒一处烟，同\n今天召开全镇秸秆禁烧工作会议，主要任务是部署今年夏季秸秆禁烧和综合利用工作，确保全镇不出现\n一处火点。各村要把责任落实到田块，把巡查落实到时段，把宣传落实到农户，做到不烧一把火、不冒\n一处烟，同时要把秸秆还田、离田利用的路子走宽走实。\n";
    let out = clean(page).text;
    assert_eq!(
        out.matches("今天召开全镇秸秆禁烧工作会议").count(),
        1,
        "{out}"
    );
    assert!(
        out.contains("确保全镇不出现一处火点。各村要把责任落实到田块"),
        "{out}"
    );
    assert!(out.contains("不冒一处烟，同时要把秸秆还田"), "{out}");
}

#[test]
fn a_figure_cut_by_spaces_is_joined_figures_apart_are_not() {
    let page = "同志们：\n全县总面积1.3 6万平方公里，常住人口4 2万人，下辖5区3县。\n今年新开工项目12个，其中3个已经投产。\n";
    let out = clean(page).text;
    assert!(
        out.contains("全县总面积1.36万平方公里，常住人口42万人"),
        "{out}"
    );
    assert!(out.contains("下辖5区3县"), "{out}");
    // figures with words between them, or with their own units, stay apart
    let apart = "同志们：\n今年共实施项目 12 个，其中 3 个已经投产，排名第 2 3 位之间。\n";
    let out = clean(apart).text;
    assert!(
        out.contains("第 2 3 位") || out.contains("第2 3位"),
        "{out}"
    );
}

#[test]
fn a_title_said_again_before_the_salutation_goes_once() {
    // the page's title, then the same title with spaces and the salutation on one line
    let page = "在全镇春季植树活动启动仪式上的致辞\n发布时间：2024-03-12 08:30:12\n在全镇春季植树活动启动仪式上的致辞   各位领导、同志们：\n今天，我们在这里启动全镇春季植树活动，这是绿化家园、造福子孙的一件好事。\n";
    let c = clean(page);
    assert_eq!(
        c.text.matches("植树活动启动仪式上的致辞").count(),
        1,
        "{}",
        c.text
    );
    assert!(c.text.contains("各位领导、同志们："), "{}", c.text);
    // listed, so it can be put back
    assert!(c
        .repairs
        .iter()
        .any(|r| r.before.contains("植树活动启动仪式上的致辞")));
    // the title alone at the top, spaced from its salutation, stays
    let own = "在全镇春季植树活动启动仪式上的致辞   各位领导、同志们：\n今天，我们在这里启动全镇春季植树活动，这是绿化家园、造福子孙的一件好事。\n";
    let out = lines(own);
    assert_eq!(out[0], "在全镇春季植树活动启动仪式上的致辞", "{out:?}");
    assert!(out.iter().any(|l| l.starts_with("各位领导")), "{out:?}");
}
