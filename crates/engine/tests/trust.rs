//! Checks a writer can believe: correct Chinese raises nothing, real slips are still found, and
//! 全部修复 applies only fixes that cannot change what the speech says.

use jianggao_engine::check::{check, safe_fixes};
use jianggao_engine::clean::{clean, clean_keeping, is_deletion};
use jianggao_engine::{Analysis, CheckOptions, RuleId, Values};

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The rules that judge the text alone, without the writer's place, level, year or target.
fn fact_free(rule: RuleId) -> bool {
    !matches!(
        rule,
        RuleId::ForeignPlace | RuleId::MixedLevel | RuleId::StaleTime | RuleId::Length
    )
}

fn findings(text: &str) -> Vec<(RuleId, String, String)> {
    let a = Analysis::new(text);
    check(&a, &Values::new(), &CheckOptions::default())
        .into_iter()
        .filter(|f| fact_free(f.rule))
        .map(|f| (f.rule, f.text(text).to_string(), f.message.into_owned()))
        .collect()
}

#[test]
fn correct_sentences_raise_nothing() {
    let text = fixture("must-not-fire.txt");
    assert!(text.chars().count() > 600, "the fixture is there");
    let found = findings(&text);
    assert!(found.is_empty(), "false alarms on correct text: {found:#?}");
    // a placeholder word is one placeholder, not also an emptied slot
    let found = findings("今年要争取多少亿元资金。");
    assert!(
        found.iter().all(|(r, _, _)| *r == RuleId::Placeholder),
        "{found:?}"
    );
}

#[track_caller]
fn fires(text: &str, rule: RuleId, what: &str) {
    let found = findings(text);
    assert!(
        found.iter().any(|(r, t, _)| *r == rule && t == what),
        "{rule} should find “{what}” in “{text}”: {found:?}"
    );
}

#[test]
fn slips_and_emptied_slots_are_still_found() {
    fires("全市市上下要行动起来。", RuleId::Typography, "市市");
    fires("我们的的工作要抓紧。", RuleId::Typography, "的的");
    fires("各各部门要落实。", RuleId::Typography, "各各");
    fires("这是是一项重要任务。", RuleId::Typography, "是是");
    fires(
        "同志们：\n\n刚才，个部门作了发言。",
        RuleId::EmptySlot,
        "个",
    );
    fires("今年，家企业签约落地。", RuleId::EmptySlot, "家");
    fires("全年投资增长%，好于预期。", RuleId::EmptySlot, "%");
}

#[test]
fn fix_all_takes_only_fixes_that_keep_the_meaning() {
    // a □ and a half-width comma are safe; a doubled character is not (为了了解 would lose a
    // character of meaning if the rule were wrong)
    let text = "全县□全市要抓项目,我们的的工作要抓紧。";
    let a = Analysis::new(text);
    let all = check(&a, &Values::new(), &CheckOptions::default());
    let double = all
        .iter()
        .find(|f| f.text(text) == "的的")
        .expect("the double is found");
    assert!(double.fix.is_some() && !double.safe);
    let safe = safe_fixes(&all);
    assert!(safe.iter().any(|f| f.text(text) == "□"));
    assert!(safe.iter().any(|f| f.text(text) == ","));
    assert!(!safe
        .iter()
        .any(|f| f.rule == RuleId::Typography && f.text(text) == "的的"));
}

#[test]
fn cut_words_are_joined_and_real_lists_kept() {
    // a word cut across a blank line
    let c = clean("同志们：\n\n这几年，特别是工业结\n\n构的调整成效明显。\n");
    assert!(c.text.contains("特别是工业结构的调整"), "{}", c.text);
    // a page chunk numbered 2、 that continues the sentence the page left open
    let c = clean(
        "一、加快项目建设\n\n全县上下要凝心聚力，全力推进重\n2、点工程建设，确保按期完成。\n",
    );
    assert!(c.text.contains("全力推进重点工程建设"), "{}", c.text);
    // a list after a sentence end or a lead-in stays a list
    let list = "下面，我讲三点意见\n\n1、提高认识。\n\n2、狠抓落实。\n";
    assert_eq!(clean(list).text, list);
    let list = "今年的任务很重，大家要有思想准备。\n2、狠抓落实。\n";
    assert!(
        clean(list).text.contains("\n\n2、狠抓落实。"),
        "{}",
        clean(list).text
    );
}

#[test]
fn every_deletion_can_be_put_back() {
    let page = "首页 > 范文 > 讲话稿\n在全县项目推进会上的讲话\n同志们：\n今天召开推进会，主要任务是部署工作。收藏 分享 举报\n下面是小编整理的范文，供参考。\n\n各村要抓好落实。\n";
    // a short last sentence after junk is prose
    assert!(clean(page).text.contains("各村要抓好落实。"));
    let c = clean(page);
    let gone: Vec<_> = c.repairs.iter().filter(|r| is_deletion(r)).collect();
    assert!(gone.len() >= 3, "{:?}", c.repairs);
    for r in gone {
        let back = clean_keeping(page, std::slice::from_ref(&r.span));
        let text = &page[r.span.clone()];
        let words: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !"›>".contains(*c))
            .collect();
        let kept: String = back
            .text
            .chars()
            .filter(|c| !c.is_whitespace() && !"›>".contains(*c))
            .collect();
        assert!(kept.contains(&words), "“{text}” is back: {}", back.text);
        // and only it: the other deletions stay
        assert_eq!(
            back.repairs.iter().filter(|r| is_deletion(r)).count(),
            c.repairs.iter().filter(|r| is_deletion(r)).count() - 1
        );
    }
}
