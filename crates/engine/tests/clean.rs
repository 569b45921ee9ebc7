//! The clean stage and the damage rules, on fixtures we wrote (tests/fixtures) that have the
//! shapes of real downloaded pages, and, when it is there, on the real corpus beside the project
//! (../shared/corpus, read from there, never copied).

use jianggao_engine::check::{apply_fixes, check};
use jianggao_engine::clean::{clean, clean_keeping, is_deletion, speech_text, Cleaned, Repair};
use jianggao_engine::detect::box_replacement;
use jianggao_engine::CheckOptions;
use jianggao_engine::{Analysis, Values};

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(p).unwrap()
}

const JUNK: &[&str] = &[
    "小编",
    "您的位置",
    "上传人",
    "文档编号",
    "阅读 1203 次",
    "展开阅读全文",
    "温馨提示",
    "版权所有",
    "ICP",
    "会员",
    "第1页",
    "_第",
    "本站",
    "****",
];

fn assert_clean(text: &str) {
    for j in JUNK {
        assert!(!text.contains(j), "junk {j:?} left in:\n{text}");
    }
    assert!(!text.contains('□'));
    for c in ['ū', 'ā', 'ǎ', 'ì', 'è'] {
        assert!(!text.contains(c), "pinyin {c} left");
    }
}

#[test]
fn site_page_fixture() {
    let input = fixture("site-page.txt");
    let c = clean(&input);
    assert_clean(&c.text);
    assert!(c.incomplete);
    assert!(c.text.contains("【此处原文缺失约654字】"));
    assert!(
        c.text.contains("【此处原文缺失约1052字】"),
        "2889 − 1837 missing"
    );
    assert!(c
        .text
        .contains("东港大桥、西湖公园、北山隧道等项目进展顺利，新开工项目x个。"));
    assert!(
        c.text.contains("总体感觉是进度快"),
        "the hard line break is joined"
    );
    assert!(c.text.contains("同志们：\n"));
    assert_eq!(c.speeches.len(), 2);
    assert_eq!(c.speeches[0].title, "在全镇重点项目观摩会上的讲话篇一");
    // the collection's numbering leaves the text; the speech starts with its title
    assert!(speech_text(&c, 1).starts_with("在全镇重点项目观摩会上的讲话\n\n同志们："));
    assert!(!c.text.contains("讲话篇"), "{}", c.text);
    // every repair points at what it replaced in the input
    for r in &c.repairs {
        if matches!(
            r.rule.id(),
            "pinyin" | "box" | "width" | "page-marker" | "truncation"
        ) {
            assert_eq!(&input[r.span.clone()], r.before, "{r:?}");
        }
    }
    assert!(c.summary().contains("删除网页杂项"));
    assert!(c.summary().contains("发现 2 篇讲话"));

    // what stays in the draft is found by the damage rules
    let a = Analysis::new(&c.text);
    let findings = check(&a, &Values::new(), &CheckOptions::default());
    let censored: Vec<_> = findings.iter().filter(|f| f.rule == "censored").collect();
    assert_eq!(censored.len(), 2);
    assert!(censored[0].message.contains("真刀实枪"));
    assert!(censored[1].message.contains("效能革命"));
    let truncated: Vec<_> = findings.iter().filter(|f| f.rule == "truncation").collect();
    assert_eq!(truncated.len(), 2);
    assert!(truncated[0].message.contains("缺少约654字"));
    assert!(!findings
        .iter()
        .any(|f| f.rule == "placeholder" && f.text(&a.text).contains("缺失")));
    let fixed = apply_fixes(&c.text, &findings);
    assert!(fixed.contains("真刀实枪的劲头") && fixed.contains("效能革命，"));
}

#[test]
fn page_chunks_fixture() {
    let c = clean(&fixture("page-chunks.txt"));
    assert_clean(&c.text);
    assert!(
        c.text.contains("城乡面貌"),
        "a word cut by a page marker is whole again"
    );
    assert!(c.text.contains("每一个节点"));
    assert!(!c.text.contains("2、") && !c.text.contains("3、"));
    assert!(c.text.contains("\n\n同志们：\n\n今天召开"));
    assert!(c.text.contains("\n\n二、突出重点"));
    // a heading glued to its paragraph is a line of its own again
    assert!(
        c.text
            .contains("\n\n一、正视问题，增强紧迫感\n\n今年以来，全县"),
        "{}",
        c.text
    );
    assert_eq!(c.speeches.len(), 2);
    assert_eq!(c.speeches[1].title, "在全县项目推进会上的讲话（二）");
}

#[test]
fn traditional_fixture() {
    let c = clean(&fixture("traditional.txt"));
    assert_eq!(
        c.text,
        "在全区重点项目推进会上的讲话\n\n同志们：\n\n今年全区安排重点项目x个，总投资xx亿元。各责任单位要加快推进，确保完成年度目标任务。\n"
    );
    let a = Analysis::new(&c.text);
    assert_eq!(a.scan.placeholders.len(), 2);
}

#[test]
fn real_numbered_lists_and_latin_are_kept() {
    let text = "一、成绩\n\n1、全市上下形成了共识。\n\n2、项目进展顺利。\n\n3、投资增长较快。\n\n推广PPP模式,投资1,200万元,详见http://example.com/a,b。GDP增长(同比)。\n";
    let c = clean(text);
    assert!(c
        .text
        .contains("1、全市上下形成了共识。\n\n2、项目进展顺利。"));
    assert!(
        c.text
            .contains("推广PPP模式，投资1,200万元，详见http://example.com/a,b。GDP增长（同比）。"),
        "{}",
        c.text
    );
    // a clean text is left as it is
    let t = jianggao_engine::templates::TEMPLATES[0].text;
    let c = clean(t);
    assert_eq!(c.text, t);
    assert!(c.repairs.is_empty(), "{:?}", c.repairs);
    assert_eq!(c.summary(), "文本无需清理");
}

#[test]
fn box_becomes_the_likely_punctuation() {
    assert_eq!(box_replacement("建成了东港大桥", "西湖公园等项目"), "、");
    assert_eq!(box_replacement("项目进展顺利", "新开工项目x个。"), "，");
    assert_eq!(box_replacement("刚才", "xx同志通报了情况"), "，");
    let a = Analysis::new("今天我们召开会议□主要任务是部署工作。");
    let f = check(&a, &Values::new(), &CheckOptions::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, "box");
    assert_eq!(
        apply_fixes(&a.text, &f),
        "今天我们召开会议，主要任务是部署工作。"
    );
}

#[test]
fn duplicates_and_mojibake() {
    let para = "今年以来，全县上下把项目建设作为稳增长的主抓手，项目工作总体保持了稳中有进的势头。";
    let near =
        "今年以来，全县上下把项目建设作为稳增长的主抓手，项目工作总体保持了稳中有进的好势头。";
    let text = format!(
        "标题\n\n{para}\n\n另一段完全不同的文字，讲的是要素保障和营商环境的问题。\n\n{near}\n"
    );
    let a = Analysis::new(&text);
    let f = check(&a, &Values::new(), &CheckOptions::default());
    let d: Vec<_> = f.iter().filter(|f| f.rule == "duplicate").collect();
    assert_eq!(d.len(), 1);
    assert!(d[0].message.contains("第3行"));
    assert!(d[0].span.start > text.find("另一段").unwrap());
    let a = Analysis::new("领导讲话锟斤拷，接下来给大家?guī眍I导");
    let f = check(&a, &Values::new(), &CheckOptions::default());
    assert_eq!(f.iter().filter(|f| f.rule == "mojibake").count(), 2);
    let a = Analysis::new("看什么?看哪里?");
    let f = check(&a, &Values::new(), &CheckOptions::default());
    assert!(
        !f.iter().any(|f| f.rule == "mojibake"),
        "a question between words is a question"
    );
    assert_eq!(f.iter().filter(|f| f.rule == "typography").count(), 2);
    let a = Analysis::new("你好吗? 好的!GDP?");
    let f = check(&a, &Values::new(), &CheckOptions::default());
    assert!(
        !f.iter().any(|f| f.rule == "mojibake"),
        "a question mark is not mojibake"
    );
    assert_eq!(
        f.iter().filter(|f| f.rule == "typography").count(),
        2,
        "but half-width in Chinese"
    );
}

/// How many times `c` occurs in `s`.
fn count(s: &str, c: char) -> usize {
    s.chars().filter(|&x| x == c).count()
}

/// The repairs of one rule.
fn repairs<'a>(c: &'a Cleaned, rule: &str) -> Vec<&'a Repair> {
    c.repairs.iter().filter(|r| r.rule == rule).collect()
}

/// Repairs whose `before` is the exact input text they replaced.
fn assert_repairs_point_into(input: &str, c: &Cleaned) {
    for r in &c.repairs {
        if matches!(
            r.rule.id(),
            "pinyin" | "box" | "width" | "page-marker" | "truncation"
        ) {
            assert_eq!(&input[r.span.clone()], r.before, "{r:?}");
        }
    }
}

/// No line of the text starts with a page-chunk marker `2、`.
fn assert_no_chunk_markers(text: &str) {
    for line in text.lines() {
        let d = line.chars().take_while(char::is_ascii_digit).count();
        assert!(
            !(d > 0 && line[d..].starts_with('、')),
            "a page-chunk marker is left: {line}"
        );
    }
}

#[test]
fn five_speeches_fixture() {
    let input = fixture("five-speeches.txt");
    let c = clean(&input);
    assert_clean(&c.text);
    assert_repairs_point_into(&input, &c);
    let titles: Vec<&str> = c.speeches.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["一", "二", "三", "四", "五"]
            .map(|n| format!("重点项目推进会讲话范文篇{n}"))
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    // each speech is its title, the salutation and its text; the 小编 line between is gone
    let third = speech_text(&c, 2);
    assert!(!c.text.contains("范文篇"), "the numbering leaves the text");
    assert!(
        third.starts_with("重点项目推进会讲话\n\n同志们：\n\n今天召开全县重点项目调度会"),
        "{third}"
    );
    assert!(third.trim_end().ends_with("现场解决问题。"), "{third}");
    assert!(
        c.text.contains("“一月一调度一通报”的办法"),
        "a word cut by a blank line is joined"
    );
    // every □ is repaired, with the punctuation the place needs
    assert_eq!(repairs(&c, "box").len(), count(&input, '□'));
    assert_eq!(count(&input, '□'), 8);
    assert!(c
        .text
        .contains("刚才，xx同志通报了项目进展情况，x局、x局等x个部门"));
    assert!(c.text.contains("同比增长x%，x、x、x等x个项目已经开工"));
    assert!(c.text.contains("占年度计划的x%，滞后序时进度x个百分点"));
    // the site's page title, the "(精选5篇)" note, the intro, five 小编 lines and the copyright
    // line go, and the five numbers of the collection (篇一…篇五 and the 范文 before them); nothing
    // else does
    assert_eq!(repairs(&c, "site-junk").len(), 14, "{:?}", c.repairs);
    assert!(!c.text.contains("www.") && !c.text.contains("写讲话稿难不难"));
    // Latin words, multiplication and the hint stay as they are
    for w in [
        "推广ppp模式",
        "去年gdp增长*%",
        "新建2×660mw发电机组",
        "bt、bot、tot",
        "PPP模式",
        "争取GDP",
    ] {
        assert!(c.text.contains(w), "{w} lost");
    }
    // cleaning removes no placeholder: the same 66 are in the draft
    let raw = Analysis::new(&input);
    let a = Analysis::new(&c.text);
    assert_eq!(raw.scan.placeholders.len(), 66);
    assert_eq!(a.scan.placeholders.len(), 66);
    let hint = a
        .scan
        .placeholders
        .iter()
        .find(|p| p.hint.is_some())
        .expect("the hint of ** survives the full-width repair");
    assert_eq!(
        hint.hint.as_deref(),
        Some("例如：交通枢纽、资源大市、文化名城等")
    );
    // the paragraph pasted twice is found once, pointing at its first copy
    let findings = check(&a, &Values::new(), &CheckOptions::default());
    let dup: Vec<_> = findings.iter().filter(|f| f.rule == "duplicate").collect();
    assert_eq!(dup.len(), 1, "{dup:?}");
    assert!(dup[0].text(&a.text).starts_with("项目是发展的硬支撑"));
    assert!(dup[0].span.start > c.speeches[4].range.start);
    assert!(!findings.iter().any(|f| f.rule == "box"));
}

#[test]
fn doc_site_fixture() {
    let input = fixture("doc-site-page.txt");
    let c = clean(&input);
    assert_clean(&c.text);
    assert_repairs_point_into(&input, &c);
    assert_no_chunk_markers(&c.text);
    for j in [
        "copyright",
        "OFFICE2007",
        "C2C",
        "fanwenku-example.com",
        "公网安备",
        "资源描述",
        "收藏",
        "8页",
        "DOC",
        "KB",
    ] {
        assert!(!c.text.contains(j), "junk {j:?} left");
    }
    assert!(
        c.text.contains("城乡基础设施短板正在加快补齐"),
        "the word cut by 2、 is whole"
    );
    assert!(c.text.contains("要把考核落到实处。各牵头单位要把这三条"));
    assert_eq!(repairs(&c, "page-marker").len(), 9, "{:?}", c.repairs);
    let titles: Vec<&str> = c.speeches.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "在全区重点工程建设调度会上的讲话稿汇编",
            "在全区重点工程建设调度会上的讲话稿（二）"
        ]
    );
    // the title glued to the first chunk and the salutation glued to it are lines again
    assert!(
        speech_text(&c, 0)
            .contains("\n\n在全区重点工程建设调度会上的讲话稿\n\n同志们：\n\n今天把大家请来"),
        "{}",
        c.text
    );
    assert!(speech_text(&c, 1)
        .starts_with("在全区重点工程建设调度会上的讲话稿（二）\n\n同志们，今天的调度会"));
    assert!(c.text.contains("bt、bot、tot等方式"));
    // what stays is damage the checks find: censored characters and a cut character
    let a = Analysis::new(&c.text);
    let findings = check(&a, &Values::new(), &CheckOptions::default());
    let censored: Vec<_> = findings.iter().filter(|f| f.rule == "censored").collect();
    assert_eq!(censored.len(), 3, "{censored:?}");
    assert!(censored[1].message.contains("只争朝夕"));
    assert!(censored[2].message.contains("招商引资"));
    let mojibake: Vec<_> = findings.iter().filter(|f| f.rule == "mojibake").collect();
    assert_eq!(mojibake.len(), 1);
    assert_eq!(mojibake[0].text(&a.text), "\u{FFFD}");
    assert_eq!(
        &c.text[mojibake[0].span.start - 3..mojibake[0].span.end + 3],
        "加\u{FFFD}快"
    );
    assert!(
        a.scan.placeholders.is_empty(),
        "no placeholder in bt, bot, tot: {:?}",
        a.scan.placeholders
    );
    let fixed = apply_fixes(&c.text, &findings);
    assert!(fixed.contains("一、只争朝夕，") && fixed.contains("二、招商引资，"));
}

#[test]
fn traditional_page_fixture() {
    let input = fixture("traditional-page.txt");
    let c = clean(&input);
    assert_clean(&c.text);
    assert_repairs_point_into(&input, &c);
    // every `(pīn)` after a character is an artifact, and each is removed
    let artifacts = input
        .match_indices('(')
        .filter(|&(i, _)| {
            let inner: String = input[i + 1..].chars().take_while(|&c| c != ')').collect();
            !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_alphabetic() && !jianggao_engine::text::is_cjk(c))
                && !inner.is_ascii()
        })
        .count();
    assert_eq!(repairs(&c, "pinyin").len(), artifacts);
    assert!(artifacts >= 40, "{artifacts}");
    assert!(c.text.contains("重点项目"));
    for t in ["項目", "區", "領", "導", "進", "講話"] {
        assert!(!c.text.contains(t), "traditional {t} left");
    }
    assert!(!c.incomplete, "未完工 is not a paywall cut");
    assert!(c.text.contains("还有一批应完工未完工项目迟迟不能收尾"));
    let titles: Vec<&str> = c.speeches.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["1", "2", "3"]
            .map(|n| format!("领导在重点项目调度会上的讲话稿{n}"))
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    assert!(speech_text(&c, 2)
        .starts_with("领导在重点项目调度会上的讲话稿\n\n各位领导、各位同事：\n\n今天的会议"));
    // placeholders, named fields and the emptied slot come through; PPP is a word
    let a = Analysis::new(&c.text);
    let raws: Vec<&str> = a
        .scan
        .placeholders
        .iter()
        .map(|p| &c.text[p.raw.clone()])
        .collect();
    assert_eq!(
        raws,
        [
            "x",
            "X",
            "X",
            "X",
            "X",
            "X",
            "[具体项目1]",
            "[列举困难]",
            "[具体外部因素]"
        ]
    );
    assert!(c.text.contains("推动8个PPP项目尽快落地"));
    let findings = check(&a, &Values::new(), &CheckOptions::default());
    let slot: Vec<_> = findings.iter().filter(|f| f.rule == "empty-slot").collect();
    assert_eq!(slot.len(), 1, "{slot:?}");
    assert_eq!(slot[0].text(&a.text), "还将作");
    assert!(c.text[..slot[0].span.start].ends_with("稍后，"));
    // the two lines the site cut off end in a broken character
    assert_eq!(findings.iter().filter(|f| f.rule == "mojibake").count(), 2);
}

/// The real samples beside the project, when they are there: a fresh clone has none, so this
/// test says in one line whether it ran.
#[test]
fn corpus_files_come_out_clean() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if !dir.is_dir() {
        eprintln!("corpus: ../shared/corpus not found, skipped");
        return;
    }
    let corpus = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.join(name).display()))
    };
    let doc = clean(&corpus("doc-site-two-speeches-page-chunks.txt"));
    assert_clean(&doc.text);
    assert!(
        doc.text.contains("城乡基础设施日趋完善"),
        "the word cut by 2、 is whole"
    );
    assert_eq!(doc.speeches.len(), 2, "{:?}", doc.speeches);
    let five = clean(&corpus("five-templates-major-projects.txt"));
    assert_clean(&five.text);
    assert_eq!(five.speeches.len(), 5);
    assert!(
        five.text.contains("一季一督查一通报"),
        "a word cut by a blank line is joined"
    );
    let trad = clean(&corpus("traditional-with-pinyin-artifacts.txt"));
    assert_clean(&trad.text);
    assert_eq!(trad.speeches.len(), 3);
    assert!(trad.text.contains("重点项目"));
    assert!(!trad.text.contains("項目"));
    assert!(!trad.incomplete, "未完工 is not a paywall cut");
    eprintln!("corpus: ran on 3 files in ../shared/corpus");
}

/// A site's prompt to read on in the middle of a word goes alone: the word is joined, and a
/// cut's mark stands exactly where the cut was, the half-sentences on both sides kept (issue
/// 25). Both are listed and come back one by one.
#[test]
fn a_prompt_or_a_cut_costs_no_prose() {
    let input = fixture("sites/prompt-in-word.txt");
    let c = clean(&input);
    assert!(c.text.contains("统筹推进招商引资"), "{}", c.text);
    assert!(
        c.text
            .contains("手续办理偏慢，【此处原文缺失约860字】各村各部门"),
        "{}",
        c.text
    );
    assert!(
        c.text.contains("在要素保障上下功夫，在服务企业上求突破"),
        "{}",
        c.text
    );
    // each removal is listed with its span, and keeping that span gives the prompt back
    let gone: Vec<&Repair> = c
        .repairs
        .iter()
        .filter(|r| jianggao_engine::clean::is_deletion(r))
        .collect();
    assert_eq!(gone.len(), 2, "{gone:?}");
    for r in gone {
        let back = jianggao_engine::clean::clean_keeping(&input, std::slice::from_ref(&r.span));
        assert!(
            back.text.contains(input[r.span.clone()].trim()),
            "{}",
            back.text
        );
    }
}

/// A title said again (three times at the top, or again with a collection's number) is taken
/// out, each a deletion the writer can undo; the speeches are still split where the numbers
/// stood, each starting with its title.
#[test]
fn repeated_and_numbered_titles_fixture() {
    let input = fixture("sites/title-repeated.txt");
    let c = clean(&input);
    let title = "在全镇农田水利建设动员会上的讲话";
    assert_eq!(c.text.matches(title).count(), 1, "{}", c.text);
    assert!(c.text.starts_with(title));
    assert_repairs_point_into(&input, &c);
    let gone: Vec<_> = c.repairs.iter().filter(|r| is_deletion(r)).collect();
    assert_eq!(gone.len(), 2);
    // each is undone by keeping its span
    let kept: Vec<_> = gone.iter().map(|r| r.span.clone()).collect();
    assert_eq!(clean_keeping(&input, &kept).text.matches(title).count(), 3);

    let input = fixture("sites/collection-numbered.txt");
    let c = clean(&input);
    assert_repairs_point_into(&input, &c);
    assert!(!c.text.contains("篇1") && !c.text.contains("篇2") && !c.text.contains("致辞2"));
    assert_eq!(c.speeches.len(), 3, "{:?}", c.speeches);
    assert!(speech_text(&c, 0).starts_with("社区文化中心落成仪式讲话\n\n各位居民朋友"));
    assert!(speech_text(&c, 1).starts_with("社区文化中心落成仪式讲话\n\n各位来宾"));
    assert!(speech_text(&c, 2).starts_with("新春团拜会致辞\n\n尊敬的老同志们："));
    let kept: Vec<_> = c
        .repairs
        .iter()
        .filter(|r| is_deletion(r))
        .map(|r| r.span.clone())
        .collect();
    assert_eq!(kept.len(), 3);
    let back = clean_keeping(&input, &kept).text;
    assert!(
        back.contains("篇1") && back.contains("篇2") && back.contains("致辞2尊敬"),
        "{back}"
    );
}

/// A page flattened from a PDF: its wraps, spaces at the page's line width, are joined where
/// they split words; a space that stands alone (between the title and the salutation, after a
/// heading) stays.
#[test]
fn wraps_of_a_flattened_page_are_joined() {
    let c = clean(&fixture("sites/wrapped-lines.txt"));
    for split in ["开工 的喜事", "建设 的各级", "诚挚的 问候", "将 成为"] {
        assert!(!c.text.contains(split), "{split} left in {}", c.text);
    }
    assert!(c.text.contains("讲话 各位领导"), "{}", c.text);
    let joined = c.repairs.iter().filter(|r| r.before == " ").count();
    assert_eq!(joined, 4, "{:?}", c.repairs);
    // a lone space between a heading and its text is the text's own
    let heading = clean("一、看进度，有喜也有忧 从观摩情况看，超进度的项目有五个。\n");
    assert!(
        heading.text.contains("有喜也有忧 从观摩"),
        "{}",
        heading.text
    );
}

#[test]
fn doubled_marks_spaces_before_them_and_broken_readings_go() {
    // our own words, with a page's anti-copy marks, a record's spaced commas and readings whose
    // bracket a wrong decoding lost (`?qíng)`)
    let page = "消防演练(liàn)总结\n春风化雨育桃李,,甘为人梯写华章。大会在礼堂举行,。校长,、书记出席。\n今天 ,我们在这里集会 ,总结经验。\n平安?qíng)校园建设取得成效。。\n,全校上下齐心协力,共同进步。\n";
    let c = clean(page);
    let t = &c.text;
    for bad in ["，，", "，。", "，、", "。。", " ，", "?qíng)", "？qíng"] {
        assert!(!t.contains(bad), "{bad:?} left in:\n{t}");
    }
    assert!(!t.lines().any(|l| l.starts_with('，')), "{t}");
    for kept in [
        "春风化雨育桃李，甘为人梯写华章。",
        "大会在礼堂举行。",
        "校长、书记出席。",
        "今天，我们在这里集会，总结经验。",
        "取得成效。",
        "全校上下齐心协力，共同进步。",
    ] {
        assert!(t.contains(kept), "{kept:?} lost in:\n{t}");
    }
    // an ellipsis written as marks stays; a dot between words goes, one before a unit (a figure
    // left blank) stays
    let dots = clean("同志们：\n我们的目标是什么。。。是发展！！！\n感谢参加演练的.消防部门，年度计划投资.亿元。\n").text;
    assert!(dots.contains("什么。。。是发展！！！"), "{dots}");
    assert!(dots.contains("演练的消防部门"), "{dots}");
    assert!(dots.contains("投资.亿元"), "{dots}");
    assert_repairs_point_into(page, &c);
}

/// A news report's own start stays: its dateline with 消息 (`某某网5月9日消息：`) and two names
/// joined by a middle dot in its sentence (`东坡区·西岭县…`); the page's chrome around it, a
/// breadcrumb of dots and a dated site line, still goes (issue 25, news pages).
#[test]
fn a_news_reports_dateline_and_joined_names_stay() {
    let page = "首页·新闻中心·县域要闻\n\
        白鹭新闻网5月9日消息：东坡区·西岭县结对协作推进会日前在西岭县召开，两地围绕产业合作签订了三项协议。\n\
        会议要求，双方要把协作项目一个一个落到实处。\n\
        来源：白鹭新闻网 2021-05-09 10:20 浏览次数：36\n";
    let out = clean(page).text;
    for kept in [
        "白鹭新闻网5月9日消息：东坡区·西岭县结对协作推进会日前在西岭县召开",
        "会议要求，双方要把协作项目一个一个落到实处。",
    ] {
        assert!(out.contains(kept), "lost {kept:?}:\n{out}");
    }
    for gone in ["首页", "县域要闻", "浏览次数", "2021-05-09"] {
        assert!(!out.contains(gone), "left {gone:?}:\n{out}");
    }
}
