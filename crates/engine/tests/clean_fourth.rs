//! The clean on the block shapes of a fourth round of unseen pages (issue 25), each in our own
//! words: a block is judged by its features with the blocks around it.

use jianggao_engine::clean::clean;

fn out(input: &str) -> String {
    clean(input)
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_headline_over_text_wrapped_in_tags_stays() {
    // must fire: the tags are no junk neighbours for the headline above them
    let page = "项目为先 实干为要——青山镇召开党委(扩大)会议\n\n林木\n\n<p class=\"txt\"> 5月8日上午，青山镇召开项目调度会，镇班子成员参加会议。</p> <p class=\"txt\"> 会议听取了各项目进展情况汇报，部署了下一步工作。</p>\n";
    let o = out(page);
    assert!(
        o.contains("项目为先 实干为要——青山镇召开党委（扩大）会议"),
        "{o}"
    );
    assert!(!o.contains("<p"), "{o}");
    // must not fire: a menu word above a line of tags still goes
    let menu =
        "收藏本页\n<div class=\"nav\">\n5月8日上午，青山镇召开项目调度会，镇班子成员参加会议。\n";
    let o = out(menu);
    assert!(!o.contains("收藏本页"), "{o}");
}

#[test]
fn the_headline_under_a_breadcrumb_that_ends_in_it_stays() {
    // must fire: the crumb's last item is the page's title, and the line under it is that title
    let page = "首页 > 图片新闻 > 园区建设正当时\n园区建设正当时\n\n今年以来，青山县坚持项目为王，园区各项重点工程有序推进。\n上半年，已建成交付标准厂房八栋，其他项目都在加快建设中。\n";
    let o = out(page);
    assert!(o.starts_with("园区建设正当时"), "{o}");
    assert_eq!(o.matches("园区建设正当时").count(), 1, "{o}");
    // must not fire: a column's word alone under a crumb that ends in it is a menu item
    let column =
        "首页 > 图片新闻\n图片新闻\n\n今年以来，青山县坚持项目为王，园区各项重点工程有序推进。\n";
    let o = out(column);
    assert!(!o.contains("图片新闻"), "{o}");
}

#[test]
fn the_next_title_with_a_prompt_inside_stays_below_the_text() {
    // must fire: a site's prompt glued into the next speech's title (`致 点击查看全文辞`) goes,
    // and the title it broke stays below the text as the file's next speech
    let page = "各位来宾：\n今年以来，我们抓项目、促投资，确保完成全年目标任务。\n县长在招商引资重点项目集中签约仪式上的致 点击查看全文辞\n加入书架\n";
    let o = out(page);
    assert!(o.contains("签约仪式上的致辞"), "{o}");
    assert!(!o.contains("点击查看全文"), "{o}");
    assert!(!o.contains("加入书架"), "{o}");
}

#[test]
fn a_ranked_list_of_titles_below_the_text_goes() {
    // must fire: a hot list by bare numbers, a question among its titles, the last one cut
    let page = "青山县重大项目集中开工\n3月1日，青山县举行重大项目集中开工仪式，12个项目总投资56亿元。\n县委书记出席仪式并宣布项目开工。\n- 1 某品牌新款手机发布 售价创新低\n- 2 冬季养生小知识 你做对了吗？\n- 3 某地景区门票半价 游客量大增\n- 4 新能源汽车销量\n";
    let o = out(page);
    assert!(o.contains("县委书记出席仪式并宣布项目开工。"), "{o}");
    for gone in ["某品牌新款手机", "冬季养生", "景区门票", "新能源汽车销量"] {
        assert!(!o.contains(gone), "{gone}: {o}");
    }
    // must not fire: a speech's points are numbered with a mark and are sentences
    let own = "同志们：\n下面，我讲三点意见。\n1. 抓项目，促投资。\n2. 优环境，强服务。\n3. 严考核，重落实。\n";
    let o = out(own);
    for kept in ["1. 抓项目", "2. 优环境", "3. 严考核"] {
        assert!(
            o.contains(&kept.replace(". ", ".")) || o.contains(kept),
            "{kept}: {o}"
        );
    }
    // nor two numbered lines only
    let two =
        "同志们：\n今年要办好两件事。\n1 项目建设年活动\n2 营商环境提升年活动\n大家要抓好落实。\n";
    assert!(out(two).contains("项目建设年活动"), "{}", out(two));
}

#[test]
fn a_label_naming_a_piece_of_the_page_goes() {
    // must fire: the site's label for a picture or the body, alone on its line
    let page = "【正文】\n同志们：\n今天，我们召开全县重大项目推进会。\n（资料图）\n640.jpg\n项目是发展的生命线，要全力以赴抓推进。\n";
    let o = out(page);
    assert!(!o.contains("640.jpg"), "{o}");
    assert!(!o.contains("正文"), "{o}");
    assert!(!o.contains("资料图"), "{o}");
    assert!(o.contains("项目是发展的生命线"), "{o}");
    // must not fire: a stage direction of the hall stays
    let own = "同志们：\n今天，我们召开全县重大项目推进会。\n（掌声）\n项目是发展的生命线，要全力以赴抓推进。\n";
    assert!(out(own).contains("（掌声）"), "{}", out(own));
}

#[test]
fn the_title_said_again_before_the_dateline_keeps_the_date() {
    // must fire: only the title said again goes; the date's number is the text's
    let page = "共建园区 同谋发展\n共建园区 同谋发展10月16日，青山县·海滨区协作联席会议在海滨区举行，双方座谈交流。\n会上，两地签署了园区共建协议。\n";
    let o = out(page);
    assert!(o.contains("10月16日，青山县·海滨区协作联席会议"), "{o}");
    assert_eq!(o.matches("共建园区 同谋发展").count(), 1, "{o}");
}

#[test]
fn a_headline_led_by_its_place_and_a_colon_is_no_card_field() {
    // must fire: the place before the colon is the headline's subject, not a field's label
    let page = "宁强：招商引资氛围浓厚\n来源：某某日报\n发布时间：2015年06月04日\n5月以来，宁强县扎实开展招商月活动，主要领导率队外出招商，成效显著。\n";
    let o = out(page);
    assert!(o.starts_with("宁强：招商引资氛围浓厚"), "{o}");
    assert!(!o.contains("发布时间"), "{o}");
    // (a half-width colon, as a news page writes it, keeps the headline one span)
    let o = out(&page.replace('：', ":"));
    assert!(o.starts_with("宁强：招商引资氛围浓厚"), "{o}");
    // must not fire: a card's fields under the same headline still go
    let card = "资源类型：期刊论文\n来源：某某日报\n发布时间：2015年06月04日\n5月以来，宁强县扎实开展招商月活动，主要领导率队外出招商，成效显著。\n";
    let o = out(card);
    assert!(!o.contains("资源类型"), "{o}");
}

#[test]
fn a_photos_caption_between_the_reports_paragraphs_goes() {
    // must fire: a scene named, and a picture described, each alone between two paragraphs
    let page = "青山园区项目建设正酣\n\n5月8日，青山园区十个重点项目集中开工，总投资五十亿元。\n\n签约仪式现场\n\n会上，县长与客商代表签订了投资协议，并为项目培土奠基。\n\n正在建设的青山园区标准化厂房二期项目。\n\n据了解，园区今年将新建标准厂房二十万平方米。\n";
    let o = out(page);
    assert!(!o.contains("签约仪式现场"), "{o}");
    assert!(!o.contains("正在建设的青山园区"), "{o}");
    assert!(o.contains("并为项目培土奠基。"), "{o}");
    // must not fire: under the headline the line may be the report's own, and a sentence
    // that starts the same way says something
    let own = "青山园区项目集中开工\n\n开工仪式现场\n\n5月8日，青山园区十个重点项目集中开工。\n\n正在建设的项目要加快进度。\n\n各单位要全力保障。\n";
    let o = out(own);
    assert!(o.contains("开工仪式现场"), "{o}");
    assert!(o.contains("正在建设的项目要加快进度。"), "{o}");
}

#[test]
fn a_picture_described_under_the_headline_goes_and_the_headline_stays() {
    // must fire: the lead photo's caption under a short headline; the headline stays
    let page = "首页 > 图片视角 > 青山园区施工忙\n青山园区施工忙\n\n正在建设的青山园区标准化厂房二期项目。\n今年以来，青山县坚持项目为王，园区各项重点工程有序推进。\n";
    let o = out(page);
    assert!(o.starts_with("青山园区施工忙\n今年以来"), "{o}");
    // must not fire: a sentence under the headline that says something stays
    let own = "园区施工忙\n\n正在建设的项目都要加快进度。\n今年以来，青山县坚持项目为王，园区各项重点工程有序推进。\n";
    let o = out(own);
    assert!(o.contains("正在建设的项目都要加快进度。"), "{o}");
}

#[test]
fn the_lead_photos_caption_of_a_signed_report_goes() {
    // must fire: between the date line and the signed lead, what the photo shows
    let page = "青山县长率队赴石门县考察\n\n发布时间：2024-05-08 09:30:00\n\n林县长与石门县长在结对帮扶协议上签字\n\n（记者 陈某）5月7日至8日，青山县长林某率队赴石门县考察，两县签订结对帮扶协议。\n";
    let o = out(page);
    assert!(!o.contains("在结对帮扶协议上签字"), "{o}");
    assert!(o.starts_with("青山县长率队赴石门县考察"), "{o}");
    assert!(o.contains("两县签订结对帮扶协议"), "{o}");
    // must not fire: the headline itself under the date line, with no headline above it
    let own = "发布时间：2024-05-08 09:30:00\n\n青山县与石门县签订结对帮扶协议\n\n（记者 陈某）5月7日至8日，青山县长林某率队赴石门县考察。\n";
    let o = out(own);
    assert!(o.contains("青山县与石门县签订结对帮扶协议"), "{o}");
}

#[test]
fn a_speaker_shown_and_the_scene_under_it_go_as_one_block() {
    // must fire: two captions one under another between the report's paragraphs
    let page = "青山园区光伏项目竣工投产\n\n5月8日，青山园区光伏项目竣工投产，总投资五亿元。\n\n青山新能源公司董事长王某先生致辞\n\n竣工投产仪式剪彩现场\n\n该项目年发电量可达一亿千瓦时。\n";
    let o = out(page);
    assert!(!o.contains("先生致辞"), "{o}");
    assert!(!o.contains("剪彩现场"), "{o}");
    assert!(o.contains("该项目年发电量可达一亿千瓦时。"), "{o}");
    // must not fire: a host's line asks the speaker, and says so
    let own = "同志们：\n\n今天召开全县项目推进会。\n\n下面请县委书记林某讲话。\n\n大家欢迎。\n";
    assert!(
        out(own).contains("下面请县委书记林某讲话。"),
        "{}",
        out(own)
    );
}

#[test]
fn a_page_of_titles_alone_keeps_every_title() {
    // must not fire: with no sentence below, a title said again opens no text; it stays
    let page = "县长在全县项目推进会上的讲话\n镇长在全镇项目观摩会上的讲话\n县长在全县项目推进会上的讲话\n";
    assert_eq!(
        out(page).matches("县长在全县项目推进会上的讲话").count(),
        2,
        "{}",
        out(page)
    );
    // must fire: above the text's first sentence it is the site's copy
    let text = "县长在全县项目推进会上的讲话\n县长在全县项目推进会上的讲话\n同志们：\n今天召开全县项目推进会。\n";
    assert_eq!(
        out(text).matches("县长在全县项目推进会上的讲话").count(),
        1,
        "{}",
        out(text)
    );
}

#[test]
fn a_traditional_pages_speaker_caption_goes_as_a_simplified_one_does() {
    // must fire: the caption read simplified (`致辭` is `致辞`)
    let page = "5月8日上午，青山縣重點項目集中開工儀式舉行。縣四套班子領導出席儀式。\n青山縣委書記李某同志致辭\n李某指出，今年全縣將集中開工項目二十個，總投資五十億元。\n";
    let o = out(page);
    assert!(!o.contains("同志致辞"), "{o}");
    assert!(o.contains("李某指出"), "{o}");
    // must not fire: a speech's title above its salutation stays
    let title = "青山縣委書記在開工儀式上的致辭\n同志們：\n今天，我們在這裡舉行開工儀式。\n";
    let o = out(title);
    assert!(o.contains("在开工仪式上的致辞"), "{o}");
}

#[test]
fn a_page_cut_off_at_the_next_sentences_speaker_keeps_the_speaker() {
    // must fire: the page's last line, cut after a person named by a title, is the text's
    let page = "5月8日，青山县重点项目集中开工仪式举行。此次开工标志着合作项目成功落地。\n集团副总经理李某代表\n";
    let o = out(page);
    assert!(o.ends_with("集团副总经理李某代表"), "{o}");
    // must not fire: the site's call below the text still goes
    let call = "5月8日，青山县重点项目集中开工仪式举行。此次开工标志着合作项目成功落地。\n扫一扫在手机打开当前页\n";
    let o = out(call);
    assert!(!o.contains("扫一扫"), "{o}");
}

#[test]
fn the_pages_note_of_its_source_and_its_preview_label_go() {
    // must fire: a bracketed note of where the page took the text from, the preview's label
    let page = "文章预览\n5月8日，青山县与白水市签订友好城市协议，两地将在产业、文旅等领域深化合作。\n（以上图文转自青山发布）\n签约后，双方代表进行了座谈交流。\n";
    let o = out(page);
    assert!(!o.contains("文章预览") && !o.contains("转自"), "{o}");
    assert!(o.contains("双方代表进行了座谈交流"), "{o}");
    // must not fire: a stage direction in brackets, a sentence that names a preview
    let speech = "同志们：\n今天的项目签约，是全县上下共同努力的结果。\n（掌声）\n方案预览已经印发给大家。\n";
    let o = out(speech);
    assert!(
        o.contains("（掌声）") && o.contains("方案预览已经印发给大家"),
        "{o}"
    );
}
