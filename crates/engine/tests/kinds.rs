//! Field kinds from the words on both sides of a slot, across line breaks, and labels that
//! name the thing. The fixture `fixtures/kinds.txt` holds sentences of the genre written by us,
//! each with the expected kind of every slot; the hit rate is printed with the misses.

use jianggao_engine::scan::{scan, Placeholder};
use jianggao_engine::text::is_cjk;
use jianggao_engine::FieldKind;

const FIXTURE: &str = include_str!("fixtures/kinds.txt");

/// (sentence, expected kind ids) for every line of the fixture.
fn cases() -> Vec<(String, Vec<String>)> {
    FIXTURE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (text, kinds) = l.split_once('\t').expect("sentence<TAB>kinds");
            let text = text.replace("\\r", "\r").replace("\\n", "\n");
            let kinds = kinds.split_whitespace().map(str::to_string).collect();
            (text, kinds)
        })
        .collect()
}

fn kind_id(k: FieldKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn kinds_from_both_sides() {
    let cases = cases();
    let total: usize = cases.iter().map(|(_, k)| k.len()).sum();
    assert!(
        total >= 80,
        "the fixture holds {total} slots, fewer than 80"
    );
    let mut hits = 0;
    let mut misses = Vec::new();
    for (text, expected) in &cases {
        let got: Vec<String> = scan(text)
            .placeholders
            .iter()
            .map(|p| kind_id(p.kind))
            .collect();
        if got.len() != expected.len() {
            misses.push(format!(
                "{text:?}: {} slots found, {} expected: {got:?}",
                got.len(),
                expected.len()
            ));
            continue;
        }
        for (i, (g, e)) in got.iter().zip(expected).enumerate() {
            if g == e {
                hits += 1;
            } else {
                misses.push(format!("{text:?} slot {}: {g}, expected {e}", i + 1));
            }
        }
    }
    let rate = hits as f64 / total as f64 * 100.0;
    println!("kinds: {hits} of {total} slots right ({rate:.1}%)");
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(rate >= 95.0, "hit rate {rate:.1}% < 95%: {misses:#?}");
}

/// Chars that end a word in the test's own reckoning: function words and the like.
const FUNCTION_CHARS: &str = "的了和与及将要已是为向从把并由请至到达等共都也";
/// Words after which a new phrase starts (scope and time).
const LEAD_WORDS: &[&str] = &[
    "全县",
    "全市",
    "全区",
    "全省",
    "我县",
    "我市",
    "我区",
    "今年",
    "全年",
    "本月",
    "目前",
    "累计",
    "其中",
    "截至",
    "年内",
    "今年以来",
    "以来",
    "力争",
    "实际",
    "新增",
    "实现",
    "完成",
];
/// Words of the genre a label may start with inside a clause.
const START_WORDS: &[&str] = &[
    "占",
    "完成",
    "开工",
    "新开工",
    "计划",
    "年度",
    "投资",
    "总投资",
    "资金",
    "项目",
    "企业",
    "低于",
    "滞后",
    "落后",
    "高于",
    "同比",
    "增长",
    "增速",
];
/// Nouns a label may end with when it takes words after the slot.
const HEAD_NOUNS: &[&str] = &[
    "项目",
    "工程",
    "公司",
    "集团",
    "园区",
    "产业园",
    "片区",
    "水库",
    "公路",
    "主题",
    "同志",
    "局",
    "镇",
    "省",
    "人民",
    "县",
    "企业",
    "乡镇",
];

fn boundary_before(text: &str, at: usize) -> bool {
    let before = &text[..at];
    match before.chars().next_back() {
        None => true,
        Some(c) if !is_cjk(c) => true,
        Some(c) if FUNCTION_CHARS.contains(c) => true,
        _ => {
            LEAD_WORDS.iter().any(|w| before.ends_with(w))
                || START_WORDS.iter().any(|w| text[at..].starts_with(w))
        }
    }
}

fn boundary_after(rest: &str, word: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) if !is_cjk(c) => true,
        Some(c) if FUNCTION_CHARS.contains(c) => true,
        _ => HEAD_NOUNS.iter().any(|n| word.ends_with(n)),
    }
}

const KIND_WORDS: &[&str] = &[
    "数量",
    "金额",
    "百分比",
    "百分点",
    "位次",
    "年份",
    "月份",
    "日期",
    "月份区间",
    "数值",
    "人名",
    "单位",
    "地名",
    "文字",
    "名称",
];

/// Why a label says nothing or cuts a word, if it does.
fn label_fault(text: &str, p: &Placeholder) -> Option<String> {
    let label = &p.label;
    if p.name.is_some() {
        return None;
    }
    // the words from the context: the label without its bracketed part
    let (head, rest) = label.split_once('（').unwrap_or((label.as_str(), ""));
    let tail = rest.split_once('）').map_or("", |(_, t)| t);
    let mut words = format!("{head}{tail}");
    for w in KIND_WORDS {
        words = words.replace(w, "");
    }
    if words.trim().is_empty() {
        return Some(format!("{label:?} names only a kind"));
    }
    if !head.is_empty() {
        // the head is the clause right before the slot (spaces and line breaks skipped)
        let before = text[..p.raw.start].trim_end_matches([' ', '\u{3000}', '\n', '\r', '\t']);
        if !before.ends_with(head) {
            return Some(format!("{label:?}: head not the words before the slot"));
        }
        if !boundary_before(before, before.len() - head.len()) {
            return Some(format!("{label:?} starts mid-word"));
        }
    }
    if !tail.is_empty() {
        // the tail follows the slot, or its unit; spaces do not count
        let after: String = text[p.span.end..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let after = p
            .unit
            .and_then(|u| after.strip_prefix(u).filter(|r| r.starts_with(tail)))
            .unwrap_or(&after);
        let Some(rest) = after.strip_prefix(tail) else {
            return Some(format!("{label:?}: tail not the words after the slot"));
        };
        if !boundary_after(rest, tail) {
            return Some(format!("{label:?} ends mid-word"));
        }
    }
    None
}

#[test]
fn labels_name_the_thing() {
    let mut faults = Vec::new();
    for (text, _) in cases() {
        for p in scan(&text).placeholders {
            if let Some(f) = label_fault(&text, &p) {
                faults.push(format!("{text:?}: {f}"));
            }
        }
    }
    for f in &faults {
        println!("  label: {f}");
    }
    assert!(
        faults.is_empty(),
        "{} labels say nothing or cut a word",
        faults.len()
    );
}

#[test]
fn labels_of_the_issue() {
    let label = |text: &str, i: usize| scan(text).placeholders[i].label.clone();
    assert_eq!(label("年度计划投资 XX 亿元，", 0), "年度计划投资（亿元）");
    assert_eq!(label("其中预备项目 xx 个。", 0), "预备项目（个）");
    assert_eq!(
        label("新开工项目 xx ，竣工项目 xx 个，", 0),
        "新开工项目（个）"
    );
}

#[test]
fn unit_on_the_next_line() {
    // the words before say nothing here: only the unit on the next line types the slot
    for (text, unit, kind) in [
        ("位次前移 ×\n位。", "位", FieldKind::Count),
        ("用时压缩到 xx\r\n天以内。", "天", FieldKind::Quantity),
        (
            "比全省平均水平高出 × \n 个百分点",
            "个百分点",
            FieldKind::Points,
        ),
        ("全年累计 xx\n亿元", "亿元", FieldKind::Money),
    ] {
        let s = scan(text);
        assert_eq!(s.placeholders.len(), 1, "{text:?}");
        let p = &s.placeholders[0];
        assert_eq!((p.unit, p.kind), (Some(unit), kind), "{text:?}");
    }
    // a next line that starts a word of its own, or a blank line, gives no unit
    for text in [
        "重点推进 xx\n项目建设",
        "新建 xx\n年度计划",
        "完成 xx\n\n个别问题",
    ] {
        let p = &scan(text).placeholders[0];
        assert_eq!(p.unit, None, "{text:?}");
    }
}

/// The slot grammar the place checks read (own-place slots, relation slots, what a person
/// does) types a slot without a unit: each of these exactly, not as part of a rate.
#[test]
fn the_place_checks_slot_grammar_types_places_and_people() {
    let kind = |t: &str| -> Vec<String> {
        scan(t)
            .placeholders
            .iter()
            .map(|p| kind_id(p.kind))
            .collect()
    };
    for t in [
        "我们在 xx 召开全区现场会。",
        "全 xx 上下齐心协力。",
        "建设美丽 xx。",
        "今年三月赴 xx 学习取经。",
    ] {
        assert_eq!(kind(t), ["place"], "{t}");
    }
    for t in ["区委 xx 宣读了决定。", "请 xx 作表态发言。"] {
        assert_eq!(kind(t), ["person"], "{t}");
    }
    // a unit still decides first
    assert_eq!(kind("全 xx 个乡镇。"), ["count"]);
}

/// The fixture's last sections, each rule's must-fire and must-not-fire sentences, are held
/// exactly: one rule lost is not hidden by the hit rate.
#[test]
fn each_rule_fires_and_holds_back() {
    let (_, exact) = FIXTURE
        .split_once("# === from here every slot is asserted exactly")
        .expect("the marker in fixtures/kinds.txt");
    let exact_cases: Vec<&str> = exact
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    assert!(exact_cases.len() >= 20, "{} exact cases", exact_cases.len());
    let mut wrong = Vec::new();
    for line in exact_cases {
        let (text, kinds) = line.split_once('\t').expect("sentence<TAB>kinds");
        let got: Vec<String> = scan(text)
            .placeholders
            .iter()
            .map(|p| kind_id(p.kind))
            .collect();
        let want: Vec<&str> = kinds.split_whitespace().collect();
        if got != want {
            wrong.push(format!("{text}: {got:?}, expected {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Shapes of real templates that the slot grammar types (each slot must come out right): an
/// instruction in brackets (its name says the kind), the months so far, a place's growth after
/// a time or its 的, a list that ends in a kind of body, a person named after a noun of people,
/// a place's reservoir and home, a place heading a clause of its record.
const GRAMMAR: &str = "\
（此处填写活动名称）顺利举行。	text
奠基仪式在（此处填写具体地点）举行。	place
出席仪式的有（请填写出席人员，如市县领导）。	person
前 x 个月，全县完成投资 xx 亿元。	month money
我们必须着眼 xx 今后的发展，谋划一批好项目。	place
十年来 xx 的变化，大家有目共睹。	place
园区已引进 xx 材料、xx 电气等企业十余家。	organization organization
该项目由外地客商 xxx 投资兴建。	person
xx 水库除险加固工程进展顺利。	place
大家常回 xx 家乡看看。	place
这几年，xx 连续三年跻身全省十强。	place
今年先后引进 xx、xx 光电等一批龙头企业。	organization organization
这是全镇 xx 万群众期盼已久的好事。	count
全县还有 xx 多万农业人口。	count
出席的有市委常委、宣传部长王 xxx，副县长 xx 等。	person person
";

#[test]
fn the_slot_grammar_types_real_templates_shapes() {
    for line in GRAMMAR.lines() {
        let (text, kinds) = line.split_once('\t').unwrap_or((line, ""));
        let got: Vec<String> = scan(text)
            .placeholders
            .iter()
            .map(|p| kind_id(p.kind))
            .collect();
        let want: Vec<&str> = kinds.split_whitespace().collect();
        assert_eq!(got, want, "{text}");
    }
}
