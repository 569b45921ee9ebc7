//! Fields: grouping, global facts, validation messages, filling and value remapping.

use jianggao_engine::fields::{fields, normalize, remap_values, validate, Fact, Values};
use jianggao_engine::scan::scan;
use jianggao_engine::{Analysis, Severity};

fn values(pairs: &[(&str, &str)]) -> Values {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn named_fields_are_one_field_and_facts_come_first() {
    let text = "【地名】推进[具体项目1]，[具体项目1]要快，x个项目，【县名】发展";
    let a = Analysis::new(text);
    let keys: Vec<&str> = a.fields.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "fact:place",
            "fact:level",
            "fact:year",
            "fact:meeting",
            "fact:speaker",
            "name:具体项目1",
            "#1"
        ]
    );
    // 【地名】 and its alias 【县名】 are the place fact
    assert_eq!(a.fields[0].occurrences.len(), 2);
    assert_eq!(a.fields[5].occurrences.len(), 2);
    assert_eq!(Fact::from_name("区名"), Some(Fact::Place));
}

fn field_for(text: &str) -> jianggao_engine::Field {
    let s = scan(text);
    fields(text, &s).pop().expect("one field")
}

#[track_caller]
fn problem(text: &str, value: &str) -> Option<(Severity, String)> {
    validate(&field_for(text), value).map(|p| (p.severity, p.message))
}

#[test]
fn validation_messages() {
    assert_eq!(problem("x个项目", "12个"), None);
    assert_eq!(problem("x个项目", "12"), None);
    assert_eq!(
        problem("x个项目", "十二"),
        Some((Severity::Error, "请填阿拉伯数字：12".into()))
    );
    assert_eq!(
        problem("x个项目", "abc"),
        Some((Severity::Error, "数量只能填数字（单位：个）".into()))
    );
    assert_eq!(
        problem("x个项目", "2.5"),
        Some((Severity::Error, "数量应为整数".into()))
    );
    assert_eq!(
        problem("占总量的x%", "130"),
        Some((Severity::Warning, "占比130%超过了100%，请核对".into()))
    );
    assert_eq!(problem("同比增长x%", "130"), None);
    // a share of a plan above 100% is over-fulfilment
    assert_eq!(problem("完成投资5亿元，占年度计划的x%", "115"), None);
    assert_eq!(problem("完成目标任务的x%", "120"), None);
    assert_eq!(problem("同比增长x%", "-3.5%"), None);
    assert_eq!(
        problem("投资x亿元", "3000万元"),
        Some((
            Severity::Error,
            "单位不同：这里的单位是亿元，应填0.3".into()
        ))
    );
    assert_eq!(problem("投资x亿元", "12.5亿"), None);
    assert_eq!(problem("投资x亿元", "１２．５"), None);
    assert_eq!(
        problem("x月", "13"),
        Some((Severity::Error, "月份应在1到12之间".into()))
    );
    assert_eq!(
        problem("_年", "26"),
        Some((Severity::Error, "年份请填四位数字，如2026".into()))
    );
    assert_eq!(problem("201x年", "9"), None);
    assert_eq!(
        problem("x-x月", "10-3"),
        Some((Severity::Error, "起始月份不能晚于结束月份".into()))
    );
    assert_eq!(problem("x-x月", "1-10"), None);
    assert_eq!(
        problem("xx同志", "xx"),
        Some((Severity::Error, "填写的内容里还有占位符".into()))
    );
    let a = Analysis::new("x");
    let level = &a.fields[1];
    assert_eq!(validate(level, "县"), None);
    assert!(validate(level, "州府").is_some());
}

#[test]
fn normalize_keeps_units_once() {
    assert_eq!(normalize(&field_for("x亿元"), " 12.5亿元 "), "12.5");
    assert_eq!(normalize(&field_for("x%"), "35％"), "35");
    assert_eq!(normalize(&field_for("201x年"), "9"), "2019");
    assert_eq!(normalize(&field_for("x个百分点"), "2.1个百分点"), "2.1");
    assert_eq!(normalize(&field_for("x-x月"), "1～10"), "1-10");
}

#[test]
fn filling_puts_values_everywhere_and_drops_hints() {
    let text = "围绕**(例如：交通枢纽、资源大市)定位，投资x亿元，[项目A]和[项目A]，【地名】";
    let a = Analysis::new(text);
    let hint_key = a.fields[5].key.clone();
    let v = values(&[
        (&hint_key, "物流枢纽"),
        ("#2", "12.5亿元"),
        ("name:项目A", "东港大桥"),
        ("fact:place", "青山县"),
    ]);
    assert_eq!(
        a.filled(&v),
        "围绕物流枢纽定位，投资12.5亿元，东港大桥和东港大桥，青山县"
    );
    // unfilled placeholders stay
    assert_eq!(
        a.filled(&Values::new()),
        text,
        "nothing filled, nothing changed"
    );
}

#[test]
fn values_follow_their_placeholders_through_edits() {
    let old = "甲x个，乙x个，丙x个";
    let v = values(&[("#1", "1"), ("#2", "2"), ("#3", "3")]);
    // a placeholder inserted before: the others keep their values under new keys
    let new = "新x个，甲x个，乙x个，丙x个";
    assert_eq!(
        remap_values(old, new, &v),
        values(&[("#2", "1"), ("#3", "2"), ("#4", "3")])
    );
    // a placeholder deleted in the middle: its value goes, the rest stay
    let new = "甲x个，丙x个";
    assert_eq!(
        remap_values(old, new, &v),
        values(&[("#1", "1"), ("#2", "3")])
    );
    // parts swapped: values follow by their surrounding words
    let old = "一、甲\n甲有x个项目\n二、乙\n乙有x个项目\n";
    let new = "一、乙\n乙有x个项目\n二、甲\n甲有x个项目\n";
    let v = values(&[("#1", "7"), ("#2", "9")]);
    assert_eq!(
        remap_values(old, new, &v),
        values(&[("#1", "9"), ("#2", "7")])
    );
}
