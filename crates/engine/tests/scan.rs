//! Placeholder forms, exclusions, typing by unit and labels. Each case writes what the scanner
//! finds as lines `raw kind unit`, which stay readable with CJK.

use jianggao_engine::scan::{scan, Role};
use jianggao_engine::FieldKind;

fn describe(text: &str) -> Vec<String> {
    scan(text)
        .placeholders
        .iter()
        .map(|p| {
            let unit = p.unit.map(|u| format!(" {u}")).unwrap_or_default();
            format!("{} {:?}{unit}", &text[p.raw.clone()], p.kind)
        })
        .collect()
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(describe(text), expected, "in {text:?}");
}

#[test]
fn runs_of_x() {
    check("全县x个项目", &["x Count 个"]);
    check("总投资xx亿元", &["xx Money 亿元"]);
    check("完成XXX万元", &["XXX Money 万元"]);
    check("增长X %。", &["X Percent %"]);
    check("提高X.8%", &["X.8 Percent %"]);
    // decimals marked too are one figure (`x.x万亩`), not two slots around a dot
    check("推进x.x万亩", &["x.x Quantity 万亩"]);
    check("投放xx.xx亿元", &["xx.xx Money 亿元"]);
    check("见x.xls", &["x Text"]);
    check("xx同志作了发言", &["xx Person"]);
    check("x局、x局", &["x Organization", "x Organization"]);
    check("xxxxxx", &["xxxxxx Text"]);
    // a number of people is a count (real templates: `全县xx万人民`, `xx多万人口`)
    check("XXX万人民", &["XXX Count 万人"]);
    check("就业约x万人。", &["x Count 万人"]);
    check("接待xx万人次", &["xx Quantity 万人次"]);
    check("培训xx人次，", &["xx Count 人次"]);
    check("年发电xx亿千瓦时", &["xx Quantity 亿千瓦时"]);
    check("亩产xxxx斤", &["xxxx Quantity 斤"]);
    check("建成xx 千伏线路", &["xx Quantity 千伏"]);
    // 所 and a verb after a slot is no unit: the slot is its agent (`xx所需`)
    check("做到xx所需、xx所能", &["xx Place", "xx Place"]);
    check("这是xx在转型中的探索", &["xx Place"]);
    check("落实党的xx大精神", &["xx Rank"]);
    check("着力改善xx城区面貌", &["xx Place"]);
    check("xx总书记指出", &["xx Person"]);
    check("700万**人民", &["** Place"]);
    // a place's natives and its people's character; a list after 赴 is places all through
    check("成立在外**同乡联谊会", &["** Place"]);
    check("发扬**人所特有的韧劲", &["** Place"]);
    check(
        "赴xx、xx、xx开展考察",
        &["xx Place", "xx Place", "xx Place"],
    );
}

#[test]
fn years_months_days_and_ranges() {
    check("201x年", &["201x Year 年"]);
    check("20xx年", &["20xx Year 年"]);
    check("200*年是", &["200* Year 年"]);
    check("19**年", &["19** Year 年"]);
    check("XX月XX日", &["XX Month 月", "XX Day 日"]);
    check("1-x月", &["x Month 月"]);
    check("今年x-x月份", &["x-x MonthRange 月份"]);
    check("_-_月份", &["_-_ MonthRange 月份"]);
    check("居全省第x位", &["x Rank 位"]);
    check("第**届", &["** Rank 届"]);
}

#[test]
fn stars_crosses_and_circles() {
    check("**亿元", &["** Money 亿元"]);
    check("*街跨*河大桥", &["* Place", "* Place"]);
    check("增长*%", &["* Percent %"]);
    check("×××省长", &["××× Person"]);
    check("占×%", &["× Percent %"]);
    // (the place spoken of through its years: `scan::around`)
    check("纵观×这些年", &["× Place"]);
    check("○○镇", &["○○ Place"]);
    check("***X个", &["***X Count 个"]);
}

#[test]
fn underscores() {
    check("_年", &["_ Year 年"]);
    check("增_%", &["_ Percent %"]);
    check("＿＿＿＿领域", &["＿＿＿＿ Text"]);
    let s = scan("开展“效能革_”，真刀实_地干");
    assert!(s.placeholders.is_empty());
    assert_eq!(s.censored.len(), 2);
    check("snake_case", &[]);
    check("讲话精编_第1页", &[]);
}

#[test]
fn brackets_words_and_hints() {
    check("[具体项目1]", &["[具体项目1] Text"]);
    check("【单位名称】", &["【单位名称】 Organization"]);
    check("［项目］和{{名称}}", &["［项目］ Text", "{{名称}} Text"]);
    check(
        "某同志、某县、某某",
        &["某 Person", "某 Place", "某某 Text"],
    );
    check("某些方面", &[]);
    // a company's name after 某: the rest of the name, up to 公司 or 集团
    check("某新能源科技有限公司签约", &["某 Organization"]);
    check("某种程度上，公司", &[]);
    check("多少亿元", &["多少 Money 亿元"]);
    let text = "围绕**(例如：交通枢纽、资源大市、文化名城等)定位";
    let s = scan(text);
    assert_eq!(s.placeholders.len(), 1);
    let p = &s.placeholders[0];
    assert_eq!(
        p.hint.as_deref(),
        Some("例如：交通枢纽、资源大市、文化名城等")
    );
    assert_eq!(
        &text[p.span.clone()],
        "**(例如：交通枢纽、资源大市、文化名城等)"
    );
    assert_eq!(&text[p.raw.clone()], "**");
}

#[test]
fn not_placeholders() {
    for text in [
        "推广PPP模式，ppp项目",
        "GDP增长，gdp总量",
        "2×660mw机组",
        "X射线检测",
        "居全省第4位",
        "1-7月份",
        "格式:DOC 大小:25.50KB",
        "上传人:xt****7",
        "地區(qū)發(fā)展",
        "C2C、OFFICE2007、bt、bot、tot",
        "见 https://example.com/xx/x.html 和 www.xxx.com",
        "参考[1]",
        "[链接](http://a.b)",
        "二〇二六年",
        "3*4",
        // a news page's credits in brackets: 【记者 某人】 names who wrote it
        "【记者 林晓】本报讯",
        "【通讯员陈立新】全市重点项目",
        "[本报记者 周敏 通讯员 何平]",
    ] {
        assert_eq!(describe(text), Vec::<String>::new(), "in {text:?}");
    }
}

#[test]
fn a_credit_asked_for_is_a_field() {
    // the same words asking for a name, or a name left out, are fields
    check("【记者姓名】报道", &["【记者姓名】 Person"]);
    let found = describe("【记者xx】报道");
    assert!(
        found.len() == 1 && found[0].starts_with("【记者xx】"),
        "{found:?}"
    );
}

#[test]
fn roles_and_labels() {
    let text = "年度计划投资x亿元，占全市总量的x%，同比增长x%，开工率x%，滞后序时进度x个百分点，占年度计划的x%";
    let s = scan(text);
    let roles: Vec<Option<Role>> = s.placeholders.iter().map(|p| p.role).collect();
    assert_eq!(
        roles,
        [
            None,
            Some(Role::Share),
            Some(Role::Growth),
            Some(Role::Rate),
            Some(Role::Gap),
            // progress against a plan may pass 100%: no share
            None
        ]
    );
    assert_eq!(s.placeholders[0].label, "年度计划投资（亿元）");
    assert_eq!(s.placeholders[4].label, "滞后序时进度（个百分点）");
    assert_eq!(s.placeholders[0].kind, FieldKind::Money);
}

#[test]
fn spans_on_cjk_emoji_and_crlf() {
    let text = "第xx条\r\n💛x亿元[具体项目]";
    let s = scan(text);
    let raws: Vec<&str> = s
        .placeholders
        .iter()
        .map(|p| &text[p.raw.clone()])
        .collect();
    assert_eq!(raws, ["xx", "x", "[具体项目]"]);
    for p in &s.placeholders {
        assert!(text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end));
    }
    assert_eq!(s.placeholders[0].kind, FieldKind::Rank);
    assert_eq!(s.placeholders[1].span, 14..15);
}

#[test]
fn traditional_units() {
    check("開工x個項目，投資X億元", &["x Count 個", "X Money 億元"]);
}
