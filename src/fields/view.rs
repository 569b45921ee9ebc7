//! A field as the fill-in panel shows it, made from the analysis and the values.

use jianggao_engine::fields::{validate, Fact};
use jianggao_engine::scan::context;
use jianggao_engine::{Analysis, Severity, Values};

#[derive(Clone, PartialEq, Debug)]
pub struct FieldView {
    pub key: String,
    pub label: String,
    pub kind: &'static str,
    /// The kind's id (`count`, `money`…), for styling and tests.
    pub kind_id: String,
    pub unit: Option<&'static str>,
    pub before: String,
    pub raw: String,
    pub after: String,
    pub hint: Option<String>,
    pub value: String,
    pub problem: Option<(Severity, String, Option<String>)>,
    pub is_fact: bool,
    /// Byte span of the first occurrence, if the field occurs in the text.
    pub first: Option<(usize, usize)>,
    pub count: usize,
}

/// The field views: facts first, then the fields present in the text, in document order.
pub fn field_views(a: &Analysis, values: &Values) -> Vec<FieldView> {
    a.fields
        .iter()
        .filter(|f| f.fact.is_some() || !f.occurrences.is_empty())
        .map(|f| {
            let value = values.get(&f.key).cloned().unwrap_or_default();
            let first = f
                .occurrences
                .first()
                .and_then(|&i| a.scan.placeholders.get(i));
            let (before, after) = first
                .map(|p| context(&a.text, &p.raw, 12))
                .unwrap_or_default();
            FieldView {
                key: f.key.clone(),
                label: f.label.clone(),
                kind: if f.fact == Some(Fact::Level) {
                    "县/区/市/镇"
                } else {
                    f.kind.label()
                },
                // the serde name (`count`, `money`…), without serde_json's Value in the wasm
                kind_id: serde_json::to_string(&f.kind)
                    .map(|s| s.trim_matches('"').to_string())
                    .unwrap_or_default(),
                unit: f.unit,
                before,
                raw: f.raw.clone(),
                after,
                hint: f.hint.clone(),
                problem: validate(f, &value).map(|p| (p.severity, p.message, p.suggestion)),
                value,
                is_fact: f.fact.is_some(),
                first: first.map(|p| (p.raw.start, p.raw.end)),
                count: f.occurrences.len(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{values, SPEECH};
    use jianggao_engine::templates::TEMPLATES;

    #[test]
    fn field_views_list_facts_first_then_fields_in_order() {
        let a = Analysis::new(SPEECH);
        let v = field_views(&a, &values(&[("fact:level", "县"), ("#1", "12")]));
        let keys: Vec<&str> = v.iter().map(|f| f.key.as_str()).collect();
        let facts = v.iter().take_while(|f| f.is_fact).count();
        assert_eq!(facts, 5, "{keys:?}");
        assert!(v[facts..].iter().all(|f| !f.is_fact), "{keys:?}");
        assert_eq!(
            &keys[..facts],
            [
                "fact:place",
                "fact:level",
                "fact:year",
                "fact:meeting",
                "fact:speaker"
            ]
        );
        // then the text's fields in document order: x个, xx亿元, [具体项目1] (once), X%
        let rest: Vec<(&str, &str, &str)> = v[facts..]
            .iter()
            .map(|f| (f.raw.as_str(), f.kind_id.as_str(), f.kind))
            .collect();
        assert_eq!(
            rest,
            [
                ("x", "count", "数量"),
                ("xx", "money", "金额"),
                ("[具体项目1]", "text", "文字"),
                ("X", "percent", "百分比")
            ]
        );
    }

    #[test]
    fn field_view_carries_label_context_value_problem_and_place() {
        let a = Analysis::new(SPEECH);
        let v = field_views(
            &a,
            &values(&[("fact:level", "州"), ("#1", "12"), ("#2", "abc")]),
        );
        let level = v.iter().find(|f| f.key == "fact:level").unwrap();
        assert_eq!(level.kind, "县/区/市/镇");
        assert_eq!(level.value, "州");
        assert_eq!(level.first, None);
        assert!(matches!(&level.problem, Some((Severity::Error, m, _)) if m.contains("县")));

        let count = v.iter().find(|f| f.raw == "x").unwrap();
        assert_eq!(count.unit, Some("个"));
        assert!(count.label.contains('个'), "{}", count.label);
        assert!(count.before.ends_with("重点项目"), "{}", count.before);
        assert!(count.after.starts_with("个，总投资"), "{}", count.after);
        assert_eq!(count.value, "12");
        assert_eq!(count.problem, None);
        let x = SPEECH.find("x个").unwrap();
        assert_eq!(count.first, Some((x, x + 1)));

        let money = v.iter().find(|f| f.raw == "xx").unwrap();
        assert!(
            matches!(&money.problem, Some((Severity::Error, _, _))),
            "letters in an amount: {:?}",
            money.problem
        );

        let named = v.iter().find(|f| f.key == "name:具体项目1").unwrap();
        assert_eq!(named.count, 2);
        assert_eq!(named.value, "");
    }

    #[test]
    fn field_views_of_every_template_start_with_the_five_facts() {
        for t in TEMPLATES {
            let a = Analysis::new(t.text);
            let v = field_views(&a, &Values::new());
            assert!(v.len() > 10, "{}: {} fields", t.id, v.len());
            assert!(v[..5].iter().all(|f| f.is_fact), "{}", t.id);
            assert!(
                v[5..].iter().all(|f| !f.is_fact && f.first.is_some()),
                "{}",
                t.id
            );
            for f in &v[5..] {
                let (s, e) = f.first.unwrap();
                assert_eq!(&t.text[s..e], f.raw, "{}: {}", t.id, f.key);
                assert!(!f.label.is_empty() && !f.kind.is_empty() && !f.kind_id.is_empty());
            }
            let firsts: Vec<usize> = v[5..].iter().map(|f| f.first.unwrap().0).collect();
            assert!(
                firsts.windows(2).all(|w| w[0] < w[1]),
                "{}: document order",
                t.id
            );
        }
    }
}
