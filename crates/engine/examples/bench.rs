//! Throughput of scan + check on about 1 MB of speech text (the corpus repeated).
//!
//! cargo run --release -p jianggao-engine --example bench [FILES…]
//!
//! Without files it reads ../shared/corpus/*.txt beside the project, falling back to the
//! built-in templates.

use jianggao_engine::check::{check, run_rule};
use jianggao_engine::CheckOptions;
use jianggao_engine::{Analysis, Values};
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
        if let Ok(rd) = std::fs::read_dir(dir) {
            args = rd
                .filter_map(|e| e.ok())
                .map(|e| e.path().display().to_string())
                .filter(|p| p.ends_with(".txt"))
                .collect();
            args.sort();
        }
    }
    let mut sample = String::new();
    for a in &args {
        sample.push_str(&std::fs::read_to_string(a).unwrap_or_default());
    }
    let source = if sample.is_empty() {
        "templates"
    } else {
        "corpus"
    };
    if sample.is_empty() {
        for t in jianggao_engine::templates::TEMPLATES {
            sample.push_str(t.text);
        }
    }
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(&sample);
        text.push('\n');
    }
    let mb = text.len() as f64 / 1e6;
    let opts = CheckOptions::default();
    let values = Values::new();
    let mut best = f64::MAX;
    let mut findings = 0;
    for _ in 0..7 {
        let t = Instant::now();
        let a = Analysis::new(&text);
        findings = check(&a, &values, &opts).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{source}: {mb:.2} MB, parse+scan+fields+check best of 7: {:.1} ms = {:.1} MB/s ({findings} findings)",
        best * 1e3,
        mb / best
    );
    // scan alone, and check alone on a ready analysis
    let t = Instant::now();
    let n = jianggao_engine::scan::scan(&text).placeholders.len();
    let scan_s = t.elapsed().as_secs_f64();
    let a0 = Analysis::new(&text);
    let t = Instant::now();
    let _ = check(&a0, &values, &opts);
    let check_s = t.elapsed().as_secs_f64();
    println!(
        "  scan alone: {:.1} MB/s ({n} placeholders); checks alone ({} rules): {:.1} MB/s",
        mb / scan_s,
        jianggao_engine::RULES.len(),
        mb / check_s
    );
    // where the time goes
    let t = Instant::now();
    let a = Analysis::new(&text);
    println!(
        "  analysis (parse, outline, scan, fields): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    for rule in jianggao_engine::RULES {
        let t = Instant::now();
        let out = run_rule(rule.rule, &a, &values, &opts);
        println!(
            "  rule {:<12} {:>7.1} ms ({} findings)",
            rule.id,
            t.elapsed().as_secs_f64() * 1e3,
            out.len()
        );
    }
    // one template, as on every keystroke in the app
    let t0 = jianggao_engine::templates::TEMPLATES[0].text;
    let n = 200;
    let t = Instant::now();
    for _ in 0..n {
        let a = Analysis::new(t0);
        std::hint::black_box(check(&a, &values, &opts));
    }
    println!(
        "one template ({} bytes): {:.3} ms per analysis + check",
        t0.len(),
        t.elapsed().as_secs_f64() * 1e3 / n as f64
    );
}
