//! The clean stage and the damage rules, on fixtures we wrote (tests/fixtures) and on the real
//! corpus beside the project (../shared/corpus, read from there).

use jianggao_engine::check::{apply_fixes, check};
use jianggao_engine::clean::{clean, speech_text};
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
    assert!(speech_text(&c, 1).starts_with("在全镇重点项目观摩会上的讲话篇二\n\n同志们："));
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
        .any(|f| f.rule == "placeholder" && f.text.contains("缺失")));
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

fn corpus(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (the corpus lives beside the project)", p.display()))
}

#[test]
fn corpus_files_come_out_clean() {
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
}
