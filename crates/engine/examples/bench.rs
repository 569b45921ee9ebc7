//! Throughput of the engine on three texts built from the corpus (or, on a bare clone, from
//! the repo's fixtures and templates): about 1 MB of multi-line speech text, the same 1 MB as
//! one single line, and 2 MB of multi-line text.
//!
//! cargo run --release -p jianggao-engine --example bench [FILES…]
//! cargo run --release -p jianggao-engine --example bench -- --hostile
//!
//! For each case it prints the MB/s of the whole pipeline (`Analysis::new` + every check), of
//! the scan alone, of the checks alone on a ready analysis and of `clean`, then the parts of
//! the analysis and the time of each rule, the costliest first. An adversarial case follows
//! (2 MB of `x个` on one line: half a million placeholders, no clause break). `--hostile` times
//! every entry point on 2 MB of each shape a fuzzer found slow instead (one per line).

use jianggao_engine::check::{check, run_rule};
use jianggao_engine::CheckOptions;
use jianggao_engine::{Analysis, Values};
use std::time::Instant;

/// The sample text and where it came from.
fn sample(args: &[String]) -> (String, &'static str) {
    let mut files: Vec<String> = args.to_vec();
    let mut source = "files";
    if files.is_empty() {
        source = "corpus";
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
        files = txt_files(dir);
    }
    let mut sample = String::new();
    for f in &files {
        sample.push_str(&std::fs::read_to_string(f).unwrap_or_default());
        sample.push('\n');
    }
    if sample.trim().is_empty() {
        source = "fixtures+templates";
        sample.clear();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for f in txt_files(dir) {
            sample.push_str(&std::fs::read_to_string(f).unwrap_or_default());
            sample.push('\n');
        }
        for t in jianggao_engine::templates::TEMPLATES {
            sample.push_str(t.text);
            sample.push('\n');
        }
    }
    (sample, source)
}

fn txt_files(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path().display().to_string())
                .filter(|p| p.ends_with(".txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// `sample` repeated to at least `bytes`.
fn repeated(sample: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + sample.len());
    while text.len() < bytes {
        text.push_str(sample);
    }
    text
}

/// Seconds of CPU time this thread has used: on a shared machine wall time counts the time
/// the thread waited for a core, CPU time does not. Elsewhere than Linux, wall time.
#[cfg(target_os = "linux")]
fn cpu_seconds() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec to the pointer it is given
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.sec as f64 + ts.nsec as f64 * 1e-9
}

#[cfg(not(target_os = "linux"))]
fn cpu_seconds() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// Best CPU time of up to `max` runs of `f`, stopping once about a second has been spent.
fn best_of(max: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    let start = Instant::now();
    for _ in 0..max {
        let t = cpu_seconds();
        f();
        best = best.min(cpu_seconds() - t);
        if start.elapsed().as_secs_f64() > 1.0 {
            break;
        }
    }
    best
}

fn case(name: &str, text: &str) {
    let mb = text.len() as f64 / 1e6;
    let lines = text.lines().count();
    let opts = CheckOptions::default();
    let values = Values::new();
    let mut findings = 0;
    let whole = best_of(5, || {
        let a = Analysis::new(text);
        findings = check(&a, &values, &opts).len();
    });
    let mut placeholders = 0;
    let scan = best_of(5, || {
        placeholders = jianggao_engine::scan::scan(text).placeholders.len();
    });
    let a = Analysis::new(text);
    let checks = best_of(5, || {
        std::hint::black_box(check(&a, &values, &opts));
    });
    let mut repairs = 0;
    let clean = best_of(3, || {
        repairs = jianggao_engine::clean::clean(text).repairs.len();
    });
    println!("{name}: {mb:.2} MB, {lines} lines");
    println!(
        "  whole pipeline {:>7.1} MB/s ({:.1} ms, {findings} findings)",
        mb / whole,
        whole * 1e3
    );
    println!(
        "  scan alone     {:>7.1} MB/s ({:.1} ms, {placeholders} placeholders)",
        mb / scan,
        scan * 1e3
    );
    println!(
        "  checks alone   {:>7.1} MB/s ({:.1} ms, {} rules)",
        mb / checks,
        checks * 1e3,
        jianggao_engine::RULES.len()
    );
    println!(
        "  clean          {:>7.1} MB/s ({:.1} ms, {repairs} repairs)",
        mb / clean,
        clean * 1e3
    );
    let parse = best_of(3, || {
        std::hint::black_box(jianggao_engine::parse::parse(text));
    });
    let doc = jianggao_engine::parse::parse(text);
    let outline = best_of(3, || {
        std::hint::black_box(jianggao_engine::parse::outline(text, &doc));
    });
    let sc = jianggao_engine::scan::scan(text);
    let fields = best_of(3, || {
        std::hint::black_box(jianggao_engine::fields::fields(text, &sc));
    });
    let sets = best_of(3, || {
        std::hint::black_box(jianggao_engine::text::CharSets::with_doubles(
            text,
            &jianggao_engine::analysis::CHAR_SETS,
            &jianggao_engine::analysis::DOUBLED,
            Some(jianggao_engine::analysis::sets::SCAN_STARTS),
        ));
    });
    println!(
        "  analysis parts: parse {:.1} ms, outline {:.1} ms, scan {:.1} ms, fields {:.1} ms, \
         char sets {:.1} ms",
        parse * 1e3,
        outline * 1e3,
        scan * 1e3,
        fields * 1e3,
        sets * 1e3
    );
    let mut rules: Vec<(&str, f64, usize)> = jianggao_engine::RULES
        .iter()
        .map(|rule| {
            let mut n = 0;
            let t = best_of(3, || n = run_rule(rule.rule, &a, &values, &opts).len());
            (rule.id, t, n)
        })
        .collect();
    rules.sort_by(|x, y| y.1.total_cmp(&x.1));
    for (id, t, n) in rules {
        println!("  rule {id:<15} {:>8.2} ms ({n} findings)", t * 1e3);
    }
}

/// The shapes a fuzzer of the CLI found slow, and their kin (the linear test's, tests/linear.rs).
const HOSTILE: &[(&str, &str)] = &[
    (
        "one long line",
        "全县共实施重大项目xx个，总投资xx亿元，完成投资【完成投资】亿元，同比增长x%，",
    ),
    ("short lines", "甲乙\n"),
    ("x个 on one line", "x个"),
    ("figures on one line", "12个项目"),
    ("placeholder lines", "xx个\n"),
    ("dates on one line", "x年x月x日"),
    ("【 run", "【"),
    ("（ run", "（"),
    ("[ run", "["),
    ("× run", "×"),
    ("named placeholders", "【项目名称】"),
    ("unclosed hints", "x（请填写"),
    ("era words", "十四五规划"),
    ("punctuation only", "，。、；：！？…—“”"),
    ("[ ] lines", "[ ]\n"),
    ("（ ） lines", "（ ）\n"),
    (
        "figure rules' words",
        "全年安排重点项目195个，其中续建104个、新建84个，开工12个，开工率为50%，占比120%，\
         争取资金5亿元，到位6亿元，甲、乙等5个项目，3月1日签约，3月21日开工，用时20天，",
    ),
    (
        "place rules' words",
        "在池州召开全县重大项目推进会，全县上下，建设美丽池州，我代表县委，与黄山区合作，\
         赴合肥招商，来自苏州的客商，向昆山学习，十三五期间，县长，区委，",
    ),
];

/// CPU seconds of each entry point on 2 MB of each hostile shape: the analysis and the checks
/// (with a ledger), the places of the findings and fields, fill by the ledger, the exports,
/// the clean and what is still the source.
fn hostile() {
    use jianggao_engine::ledger::{cells::Unit, delimited, facts::Facts};
    let csv = include_str!("../tests/fixtures/ledger/baishi.csv");
    let Ok(ledger) =
        jianggao_engine::ledger::read(&delimited::rows(csv, delimited::delimiter(csv)))
    else {
        return;
    };
    let facts = std::sync::Arc::new(Facts::of(&ledger, Unit::Yi, Some(10)));
    let opts = CheckOptions {
        ledger: Some(facts.clone()),
        ..CheckOptions::default()
    };
    for (name, unit) in HOSTILE {
        let text = repeated(unit, 2 << 20);
        let time = |f: &mut dyn FnMut()| {
            let t = cpu_seconds();
            f();
            cpu_seconds() - t
        };
        let mut a = None;
        let analysis = time(&mut || a = Some(Analysis::new(&text)));
        let Some(a) = a else { continue };
        // the draft's own place, level and year: the place and time checks run too
        let values = own_facts("东川区", "区", "2026");
        let mut findings = Vec::new();
        let checks = time(&mut || findings = check(&a, &values, &opts));
        let places = time(&mut || {
            std::hint::black_box(jianggao_engine::finding::locate(&text, &findings));
            let idx = jianggao_engine::text::LineIndex::new(&text);
            for p in &a.scan.placeholders {
                std::hint::black_box(idx.line_col(&text, p.raw.start));
            }
        });
        let fill = time(&mut || {
            let v: Values = jianggao_engine::check::ledger_values(&a, &facts)
                .into_iter()
                .map(|v| (v.key, v.value))
                .collect();
            std::hint::black_box(a.filled(&v));
        });
        let export = time(&mut || {
            std::hint::black_box(jianggao_engine::export::to_markdown(&text));
            std::hint::black_box(jianggao_engine::docx::to_docx(
                &text,
                jianggao_engine::docx::Preset::Gongwen,
            ));
        });
        let unchanged = time(&mut || {
            std::hint::black_box(jianggao_engine::baseline::unchanged(&text, &text));
        });
        let clean = time(&mut || {
            std::hint::black_box(jianggao_engine::clean::clean(&text));
        });
        println!(
            "{name:<20} {:.1} MB, {} placeholders: analysis {:.2} s, checks {:.2} s, places {:.2} s, \
             fill by ledger {:.2} s, md+docx {:.2} s, unchanged {:.2} s, clean {:.2} s",
            text.len() as f64 / 1e6,
            a.scan.placeholders.len(),
            analysis,
            checks,
            places,
            fill,
            export,
            unchanged,
            clean
        );
    }
}

/// The draft's own place, level and year as values.
fn own_facts(place: &str, level: &str, year: &str) -> Values {
    [
        ("fact:place", place),
        ("fact:level", level),
        ("fact:year", year),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// The rules that read the writer's facts, on a text checked with a place, a level and a year
/// (the place table loaded): the other cases check without facts, where these rules are idle.
fn facts_case(name: &str, text: &str) {
    let opts = CheckOptions::default();
    let values = own_facts("宁强县", "县", "2024");
    let a = Analysis::new(text);
    let checks = best_of(5, || {
        std::hint::black_box(check(&a, &values, &opts));
    });
    println!(
        "{name}: checks alone {:.1} ms ({:.1} MB/s)",
        checks * 1e3,
        text.len() as f64 / 1e6 / checks
    );
    for rule in jianggao_engine::RULES.iter().filter(|r| {
        [
            "foreign-place",
            "mixed-level",
            "stale-time",
            "source-leftover",
        ]
        .contains(&r.id)
    }) {
        let mut n = 0;
        let t = best_of(3, || n = run_rule(rule.rule, &a, &values, &opts).len());
        println!("  rule {:<15} {:>8.2} ms ({n} findings)", rule.id, t * 1e3);
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--hostile") {
        hostile();
        return;
    }
    // `--loop pipeline|scan|checks|clean N`: only that part on the 1 MB, N times (for a profiler)
    let only = match args.first().map(String::as_str) {
        Some("--loop") if args.len() >= 3 => {
            let part = args[1].clone();
            let n: usize = args[2].parse().unwrap_or(20);
            args.drain(..3);
            Some((part, n))
        }
        _ => None,
    };
    let (sample, source) = sample(&args);
    if let Some((part, n)) = only {
        let text = repeated(&sample, 1 << 20);
        let (opts, values) = (CheckOptions::default(), Values::new());
        let a = Analysis::new(&text);
        for _ in 0..n {
            match part.as_str() {
                "scan" => drop(std::hint::black_box(jianggao_engine::scan::scan(&text))),
                "checks" => drop(std::hint::black_box(check(&a, &values, &opts))),
                "clean" => drop(std::hint::black_box(jianggao_engine::clean::clean(&text))),
                _ => drop(std::hint::black_box(check(
                    &Analysis::new(&text),
                    &values,
                    &opts,
                ))),
            }
        }
        return;
    }
    println!("sample from {source}: {} bytes", sample.len());
    let multi = repeated(&sample, 1 << 20);
    case("1 MB multi-line", &multi);
    let one_line: String = multi.chars().filter(|&c| c != '\n' && c != '\r').collect();
    case("1 MB single line", &one_line);
    let two = repeated(&sample, 2 << 20);
    case("2 MB multi-line", &two);
    // adversarial: half a million placeholders on one line, no break for a clause to end at
    case("2 MB of x个 on one line", &repeated("x个", 2 << 20));
    facts_case("2 MB multi-line, with place, level and year", &two);

    // one template, as on every keystroke in the app
    let opts = CheckOptions::default();
    let values = Values::new();
    let t0 = jianggao_engine::templates::TEMPLATES[0].text;
    let n = 200;
    let t = cpu_seconds();
    for _ in 0..n {
        let a = Analysis::new(t0);
        std::hint::black_box(check(&a, &values, &opts));
    }
    println!(
        "one template ({} bytes): {:.3} ms per analysis + check",
        t0.len(),
        (cpu_seconds() - t) * 1e3 / n as f64
    );
}
