//! No pass of the engine is quadratic: for texts shaped to hit each spot that once searched
//! the whole text before a hit (issue 12), 16 times the text must cost far less than 256 times
//! the time. The bound (64×) leaves room for a loaded machine on both sides: a linear pass
//! measures about 16×, a quadratic one about 256×. The shapes are timed one after the other
//! in one test, so that they do not slow each other down.

use jianggao_engine::check::run_rule;
use jianggao_engine::fields::remap_values;
use jianggao_engine::{Analysis, CheckOptions, RuleId, Values};
use std::time::Instant;

/// Best of three wall times of `f` on the text `build(n)`.
fn time(build: &dyn Fn(usize) -> String, n: usize, f: &dyn Fn(&str)) -> f64 {
    let text = build(n);
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f(&text);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

/// `f` on `build(16 n)` costs less than 64 times `f` on `build(n)`.
fn assert_linear_built(what: &str, build: &dyn Fn(usize) -> String, n: usize, f: &dyn Fn(&str)) {
    // warm up once (tables built on first use)
    f(&build(1));
    // the small text is made long enough to take 20 ms, so that a pause of the machine does
    // not weigh on the ratio
    let mut n = n;
    let mut small = time(build, n, f);
    while small < 0.02 && n < 1 << 16 {
        n *= 2;
        small = time(build, n, f);
    }
    let large = time(build, 16 * n, f);
    let ratio = large / small;
    assert!(
        ratio < 64.0,
        "{what}: {n} → {} repetitions took {ratio:.0}× the time ({small:.4} s → {large:.4} s)",
        16 * n
    );
}

fn assert_linear(what: &str, unit: &str, n: usize, f: &dyn Fn(&str)) {
    assert_linear_built(what, &|n| unit.repeat(n), n, f);
}

fn the_outline_of_many_salutations_is_linear() {
    assert_linear("outline", "同志们：\n", 2_000, &|t| {
        let doc = jianggao_engine::parse::parse(t);
        std::hint::black_box(jianggao_engine::parse::outline(t, &doc));
    });
}

fn figure_rule(t: &str) {
    let a = Analysis::new(t);
    std::hint::black_box(run_rule(
        RuleId::FigureMismatch,
        &a,
        &Values::new(),
        &CheckOptions::default(),
    ));
}

fn listed_counts_on_one_long_line_are_linear() {
    // every 等N个项目 once searched back over the whole line for the start of its list
    assert_linear("list counts", "甲、乙等5个项目和", 1_000, &figure_rule);
}

fn many_parts_after_one_total_are_linear() {
    // every 其中 once counted sentence ends from the last figure and searched to the end
    assert_linear("其中 sums", "其中甲和乙", 1_000, &|t| {
        figure_rule(&format!("安排项目3个{t}"));
    });
}

fn remapping_many_unnamed_values_is_linear() {
    // every value was looked for among all new placeholders, computing the words around each:
    // lines in reverse order put each value's placeholder behind all the ones not yet taken
    let line = |k: usize| format!("第{k}项完成投资xx亿元，\n");
    let build = |n: usize| (0..n).map(line).collect::<String>();
    let f = |t: &str| {
        let a = Analysis::new(t);
        let mut values = Values::new();
        for i in 1..=a.scan.placeholders.len() {
            values.insert(format!("#{i}"), format!("{i}"));
        }
        let mut lines: Vec<&str> = t.split_inclusive('\n').collect();
        lines.reverse();
        let new = format!("首{}尾", lines.concat());
        std::hint::black_box(remap_values(t, &new, &values));
    };
    assert_linear_built("remap_values", &build, 300, &f);
}

#[test]
fn no_pass_is_quadratic() {
    the_outline_of_many_salutations_is_linear();
    listed_counts_on_one_long_line_are_linear();
    many_parts_after_one_total_are_linear();
    remapping_many_unnamed_values_is_linear();
    what_is_still_the_source_is_linear();
    every_entry_point_is_linear_on_hostile_shapes();
    the_clean_is_linear();
}

/// The shapes a fuzzer of the CLI found slow, and their kin: one unbroken line of speech, many
/// short lines, long runs of one bracket, one placeholder or one figure, unclosed hints, a line
/// of nothing but punctuation. Each is a unit repeated; the large text is 16 times the small.
const HOSTILE: &[(&str, &str)] = &[
    (
        "one long line",
        "全县共实施重大项目xx个，总投资xx亿元，完成投资【完成投资】亿元，同比增长x%，",
    ),
    ("short lines", "甲乙\n"),
    ("x个 on one line", "x个"),
    // the shared fuzzer's: `fields --json` on this line of 1.2 MB took over 20 s
    ("dates on one line", "x年x月x日"),
    ("figures on one line", "12个项目"),
    ("placeholder lines", "xx个\n"),
    ("【 run", "【"),
    ("（ run", "（"),
    ("[ run", "["),
    ("】 run", "】"),
    ("× run", "×"),
    ("named placeholders", "【项目名称】"),
    ("unclosed hints", "x（请填写"),
    ("era words", "十四五规划"),
    ("punctuation only", "，。、；：！？…—“”"),
    // each check's own words over and over on one line, with no sentence end: every rule that
    // looks back or ahead within a sentence meets a sentence of megabytes (the 其中 sums took
    // 150 s on 2 MB of the figures' words)
    ("the figure rules' words", FIGURE_WORDS),
    ("the place, level and time rules' words", PLACE_WORDS),
    // and with no clause mark at all: every clause is the whole line
    (
        "the rules' words with no mark",
        "全年安排重点项目195个其中续建104个新建84个开工率为50%到位6亿元用时20天\
         在池州召开全县推进会建设美丽池州我代表县委与黄山区合作十三五期间县长区委\
         推动丰都高质量发展决胜全面建成小康社会来丰都投资兴业",
    ),
];

/// The words each figure check looks for: a total and its parts, a rate, a share, money sought
/// and come in, a counted list, two dates and the days between.
const FIGURE_WORDS: &str =
    "全年安排重点项目195个，其中续建104个、新建84个，开工12个，开工率为50%，\
    占比120%，争取资金5亿元，到位6亿元，甲、乙等5个项目，3月1日签约，3月21日开工，用时20天，";

/// The words the place, level and time checks read: the own-place slots, relations, other
/// levels' offices, era words, goals met.
const PLACE_WORDS: &str = "在池州召开全县重大项目推进会，全县上下，建设美丽池州，我代表县委，\
    与黄山区合作，赴合肥招商，来自苏州的客商，向昆山学习，十三五期间，县长，区委，\
    推动丰都高质量发展，介绍了松阳的县情，我们助力南湖发展，决胜全面建成小康社会，\
    欢迎来丰都投资兴业，";

/// The entry points a draft goes through, on `t`: the analysis and every check (with a ledger
/// and a value for every field), places of the findings and of the fields, filling by values
/// and by the ledger, the exports, and what is still the source.
fn every_entry_point(t: &str, facts: &std::sync::Arc<jianggao_engine::ledger::facts::Facts>) {
    use jianggao_engine::text::LineIndex;
    let a = Analysis::new(t);
    let mut values: Values = a
        .fields
        .iter()
        .map(|f| (f.key.clone(), "12".to_string()))
        .collect();
    // the draft's own place, level and year: the place checks run too
    for (k, v) in [
        ("fact:place", "东川区"),
        ("fact:level", "区"),
        ("fact:year", "2026"),
    ] {
        values.insert(k.to_string(), v.to_string());
    }
    let opts = CheckOptions {
        ledger: Some(facts.clone()),
        ..CheckOptions::default()
    };
    let findings = jianggao_engine::check::check(&a, &values, &opts);
    std::hint::black_box(jianggao_engine::finding::locate(t, &findings));
    let idx = LineIndex::new(t);
    for p in &a.scan.placeholders {
        std::hint::black_box(idx.line_col(t, p.raw.start));
    }
    std::hint::black_box(jianggao_engine::check::ledger_values(&a, facts));
    std::hint::black_box(a.filled(&values));
    values.clear();
    let filled = a.filled(&values);
    std::hint::black_box(jianggao_engine::export::to_markdown(&filled));
    std::hint::black_box(jianggao_engine::export::to_text(
        &filled,
        jianggao_engine::export::TextOptions { indent: true },
    ));
    std::hint::black_box(jianggao_engine::docx::to_docx(
        &filled,
        jianggao_engine::docx::Preset::Gongwen,
    ));
    std::hint::black_box(jianggao_engine::baseline::unchanged(t, t));
    // a returned draft: the same, every sentence edited, all new
    std::hint::black_box(jianggao_engine::returned::compare(t, t));
    std::hint::black_box(jianggao_engine::returned::compare(
        t,
        &t.replace('的', "之").replace('。', "！"),
    ));
    std::hint::black_box(jianggao_engine::returned::compare("", t));
}

fn every_entry_point_is_linear_on_hostile_shapes() {
    use jianggao_engine::ledger::{cells::Unit, delimited, facts::Facts, read};
    let csv = include_str!("fixtures/ledger/baishi.csv");
    let ledger = read(&delimited::rows(csv, delimited::delimiter(csv))).unwrap();
    let facts = std::sync::Arc::new(Facts::of(&ledger, Unit::Yi, Some(10)));
    for (what, unit) in HOSTILE {
        assert_linear(what, unit, 200, &|t| every_entry_point(t, &facts));
    }
}

/// The import clean, on the shapes that once walked a run of spans, cuts or lines from each
/// one (issue 31): short bracket lines (every unsure span looked for its nearest sure one),
/// one huge line, a line of punctuation alone, long runs of one bracket, a line of many cuts
/// (each searched to the line's end), many junk spans among cuts, many `(…)` pairs and many
/// page chunks.
fn the_clean_is_linear() {
    // (what, unit, repetitions to start from: more where the walk was short)
    let shapes: &[(&str, &str, usize)] = &[
        ("short bracket lines", "[ ]\n", 100),
        ("short full-width bracket lines", "（ ）\n", 100),
        ("one huge line", "我们要抓好项目建设，推进产业升级；", 100),
        ("a line of punctuation", "，。、；！？…—“”（）", 100),
        ("a run of one bracket", "（", 100),
        ("a run of one ASCII bracket", "[", 100),
        ("lines of brackets", "（（（（（\n", 100),
        ("many cuts in a line", "甲未完，", 100),
        (
            "many hidden-text prompts in a line",
            "统筹此处隐藏12字推进",
            100,
        ),
        ("junk among cuts", "加入书架 此处隐藏12字 ", 100),
        ("many pairs of parentheses", "甲(中)", 100),
        (
            "many notes about the page",
            "我们要抓好落实（通用6篇）",
            3200,
        ),
        ("many page counters in a line", "我们要第2页共3页", 3200),
        ("many quotes closed before a space", "“甲乙” 丙", 3200),
        ("many chars spaced out", "甲 ", 3200),
        (
            "many page chunks",
            "我们要抓好项目建设推进产业，加\n2、快转型升级步伐提高质量效益，\n",
            1600,
        ),
    ];
    for &(what, unit, n) in shapes {
        assert_linear(what, unit, n, &|t| {
            std::hint::black_box(jianggao_engine::clean::clean(t));
        });
    }
}

/// What is still the source: each sentence of the baseline finds its placeholders, and each
/// sentence of the draft its patterns, without looking over all of them.
fn what_is_still_the_source_is_linear() {
    assert_linear(
        "unchanged sentences",
        "全县共实施重大项目xx个，总投资xx亿元。我们要抓好落实。\n",
        200,
        &|t| {
            let u = jianggao_engine::baseline::unchanged(t, &t.replace("xx", "12"));
            assert!(u.unchanged_share > 0.99);
            // and a share per range, as the outline asks for every section
            for at in (0..t.len()).step_by(200) {
                u.share_in(&(at..at + 100));
            }
        },
    );
}
