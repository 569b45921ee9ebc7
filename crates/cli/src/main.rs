//! `jianggao`: the engine on files, for batch checks and tests.
//!
//! jianggao check FILE [--json]
//! jianggao fields FILE [--json]
//! jianggao fill FILE --values VALUES.json
//! jianggao export FILE --to md|txt [--indent]
//! jianggao export FILE --docx [--preset gongwen|reading] [--large] [--values VALUES.json] -o OUT.docx
//! jianggao clean FILE [--json]
//! jianggao ledger LEDGER [--json] [--unit 亿元|万元] [--month N]
//! jianggao check --ledger LEDGER FILE / jianggao fill --ledger LEDGER FILE
//! jianggao unchanged BASE FILE [--json]; jianggao returned DRAFT RETURNED [--values V] [-o NEW]
//!
//! FILE may be `-` for standard input, and a Word file (.docx, .doc): read for its text, its
//! tracked changes accepted (said on stderr). Exit codes: 0 fine (no finding), 1 findings, 2 usage or
//! read error.

use jianggao_engine::check::check;
use jianggao_engine::docx::{to_docx, Preset};
use jianggao_engine::export::{to_markdown, to_text, TextOptions};
use jianggao_engine::fields::Values;
use jianggao_engine::finding::{locate, CheckOptions, Located, RuleId};
use jianggao_engine::Analysis;
use serde::Serialize;
use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod input;
mod ledger;
mod returned;

use input::{read_input, read_values};

const USAGE: &str = "用法：
  jianggao check FILE [--json]              检查未填的占位符等问题
      [--place 东川区 --level 区 --year 2026]  本稿的地名、层级、年份（用于外地地名、层级、年份检查）
      [--minutes 15 --rate 200]                 目标时长（分钟）和语速（字/分钟）
      [--disable rule1,rule2]                   关闭某些检查规则
  jianggao fields FILE [--json]             列出待填字段
  jianggao fill FILE --values VALUES.json   按填写的值输出成稿
  jianggao export FILE --to md|txt [--indent]
  jianggao export FILE --docx [--preset gongwen|reading] [--large] [--values VALUES.json] -o OUT.docx
      导出 Word：gongwen 公文格式（默认），reading 讲话稿，--large 讲话稿大字版
  jianggao clean FILE [--json]               清理网页杂项、分页标记、拼音、繁体等，输出清理后的文本
  jianggao ledger LEDGER [--json]            读项目台账（.xlsx .xls .ods .csv 或粘贴的制表符文本），算出项目数、投资、完成率等
      [--unit 亿元|万元 --month 10]              金额单位（默认亿元）；完成投资截至的月份（算序时进度）
  jianggao check --ledger LEDGER FILE        另查稿中与台账不符的数字
  jianggao fill --ledger LEDGER FILE         用台账的数字填写对应的字段（标准错误输出列出填了什么）
  jianggao unchanged BASE FILE [--json]      稿中仍与原文（BASE）逐字相同的句子及其比例
  jianggao returned DRAFT RETURNED [--values VALUES.json] [--json] [-o NEW]  领导改回的稿子改、增、删了哪些句子（-o 写出新稿，未改的句子保留占位符）
FILE 为 - 时读标准输入；FILE 可以是 .txt .md 或 Word 文件（.docx .doc，带修订的按全部接受读取）。";

struct Args {
    command: String,
    /// The files are paths as the system gives them (a GBK file name is not UTF-8).
    file: PathBuf,
    json: bool,
    values: Option<PathBuf>,
    to: Option<String>,
    indent: bool,
    /// `--preset` of the Word export, `--large`, `-o`.
    preset: Option<String>,
    large: bool,
    output: Option<PathBuf>,
    /// The draft's facts for the checks: --place, --level, --year, --meeting, --speaker.
    facts: Vec<(jianggao_engine::Fact, String)>,
    disabled: Vec<RuleId>,
    minutes: Option<f64>,
    rate: Option<u32>,
    /// The project ledger to check against or fill from, and its unit and month.
    ledger: Option<PathBuf>,
    unit: Option<jianggao_engine::ledger::cells::Unit>,
    month: Option<u32>,
    /// The second file of `unchanged`.
    file2: Option<PathBuf>,
}

/// An argument that must be text (a command, an option, a value): a message when the system
/// gives bytes that are not UTF-8.
fn text_arg(arg: &OsStr) -> Result<&str, String> {
    arg.to_str().ok_or_else(|| {
        format!(
            "参数“{}”不是 UTF-8 文本（可能是其他编码的文字），无法识别",
            arg.to_string_lossy()
        )
    })
}

/// The value after `option`, which must be text.
fn next_text<'a>(
    it: &mut impl Iterator<Item = &'a OsString>,
    missing: impl Into<String>,
) -> Result<&'a str, String> {
    text_arg(it.next().ok_or_else(|| missing.into())?)
}

/// The file named after an option: any path the system accepts.
fn next_path<'a>(
    it: &mut impl Iterator<Item = &'a OsString>,
    missing: &str,
) -> Result<PathBuf, String> {
    Ok(PathBuf::from(it.next().ok_or(missing)?))
}

fn parse_args(args: &[OsString]) -> Result<Args, String> {
    let mut it = args.iter();
    let command = text_arg(it.next().ok_or("缺少命令")?)?.to_string();
    if !matches!(
        command.as_str(),
        "check" | "fields" | "fill" | "export" | "clean" | "ledger" | "unchanged" | "returned"
    ) {
        return Err(format!("未知命令“{command}”"));
    }
    let mut a = Args {
        command,
        file: PathBuf::new(),
        json: false,
        values: None,
        to: None,
        indent: false,
        preset: None,
        large: false,
        output: None,
        facts: Vec::new(),
        disabled: Vec::new(),
        minutes: None,
        rate: None,
        ledger: None,
        unit: None,
        month: None,
        file2: None,
    };
    let mut file = None;
    while let Some(os) = it.next() {
        // a file name need not be text; anything else must be
        let Some(arg) = os.to_str() else {
            if os.as_encoded_bytes().starts_with(b"--") {
                return Err(text_arg(os).unwrap_err());
            }
            if matches!(a.command.as_str(), "unchanged" | "returned")
                && file.is_some()
                && a.file2.is_none()
            {
                a.file2 = Some(PathBuf::from(os));
            } else if file.replace(PathBuf::from(os)).is_some() {
                return Err("只能给一个文件".into());
            }
            continue;
        };
        match arg {
            "--json" => a.json = true,
            "--indent" => a.indent = true,
            "--docx" => a.to = Some("docx".into()),
            "--large" => a.large = true,
            "--preset" => {
                a.preset = Some(
                    next_text(&mut it, "--preset 后面缺少版式（gongwen 或 reading）")?.to_string(),
                )
            }
            "-o" | "--output" => a.output = Some(next_path(&mut it, "-o 后面缺少文件名")?),
            "--values" => a.values = Some(next_path(&mut it, "--values 后面缺少文件名")?),
            "--to" => {
                a.to = Some(next_text(&mut it, "--to 后面缺少格式（md 或 txt）")?.to_string())
            }
            "--place" | "--level" | "--year" | "--meeting" | "--speaker" => {
                use jianggao_engine::Fact;
                let fact = match arg {
                    "--place" => Fact::Place,
                    "--level" => Fact::Level,
                    "--year" => Fact::Year,
                    "--meeting" => Fact::Meeting,
                    _ => Fact::Speaker,
                };
                let v = next_text(&mut it, format!("{arg} 后面缺少值"))?;
                a.facts.push((fact, v.to_string()));
            }
            "--disable" => {
                let v = next_text(&mut it, "--disable 后面缺少规则名")?;
                for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    let Some(rule) = RuleId::from_id(id) else {
                        let ids: Vec<&str> = RuleId::all().map(RuleId::id).collect();
                        return Err(format!("未知规则“{id}”，可用：{}", ids.join(", ")));
                    };
                    a.disabled.push(rule);
                }
            }
            "--minutes" => {
                let v = next_text(&mut it, "--minutes 后面缺少分钟数")?;
                a.minutes = Some(
                    v.parse()
                        .map_err(|_| format!("--minutes 应为数字，而不是“{v}”"))?,
                );
            }
            "--rate" => {
                let v = next_text(&mut it, "--rate 后面缺少语速")?;
                a.rate = Some(
                    v.parse()
                        .map_err(|_| format!("--rate 应为每分钟字数，而不是“{v}”"))?,
                );
            }
            "--ledger" => a.ledger = Some(next_path(&mut it, "--ledger 后面缺少台账文件名")?),
            "--unit" => {
                a.unit = Some(ledger::unit_arg(next_text(
                    &mut it,
                    "--unit 后面缺少单位",
                )?)?)
            }
            "--month" => {
                let m = next_text(&mut it, "--month 后面缺少月份")?;
                a.month = Some(
                    m.parse()
                        .ok()
                        .filter(|m| (1..=12).contains(m))
                        .ok_or(format!("月份应为 1 到 12 的整数，而不是“{m}”"))?,
                );
            }
            s if s.starts_with("--") => return Err(format!("未知选项“{s}”")),
            s => {
                if matches!(a.command.as_str(), "unchanged" | "returned")
                    && file.is_some()
                    && a.file2.is_none()
                {
                    a.file2 = Some(PathBuf::from(s));
                } else if file.replace(PathBuf::from(s)).is_some() {
                    return Err("只能给一个文件".into());
                }
            }
        }
    }
    a.file = file.ok_or("缺少文件名（用 - 表示标准输入）")?;
    Ok(a)
}

/// Pretty JSON and a line break, written as it is made (the fields of 2 MB of placeholders are
/// 90 MB of JSON: not built as one string first).
fn json_out(out: &mut std::io::StdoutLock, value: &impl Serialize) -> Result<(), String> {
    let mut buf = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut buf, value).map_err(|e| format!("写出失败：{e}"))?;
    buf.write_all(b"\n")
        .and_then(|_| buf.flush())
        .map_err(|e| format!("写出失败：{e}"))
}

/// The largest filled draft written: eight times a draft's limit (values in every occurrence).
const MAX_FILLED_BYTES: usize = 8 * jianggao_engine::import::MAX_BYTES;

/// The draft with the values in place, unless that would be larger than [`MAX_FILLED_BYTES`].
fn filled(analysis: &Analysis, values: &Values) -> Result<String, String> {
    let n = analysis.filled_len(values);
    if n > MAX_FILLED_BYTES {
        return Err(format!(
            "填入字段值后的成稿将有 {} MB，超过 {} MB：请检查字段值是否过长",
            n / 1_048_576,
            MAX_FILLED_BYTES / 1_048_576
        ));
    }
    Ok(analysis.filled(values))
}

#[derive(Serialize)]
struct FieldOut<'a> {
    key: &'a str,
    name: Option<&'a str>,
    kind: jianggao_engine::FieldKind,
    role: Option<jianggao_engine::scan::Role>,
    unit: Option<&'a str>,
    label: &'a str,
    hint: Option<&'a str>,
    occurrences: Vec<OccurrenceOut>,
}

#[derive(Serialize)]
struct OccurrenceOut {
    line: usize,
    column: usize,
    text: String,
}

fn run(args: &[OsString]) -> Result<ExitCode, String> {
    let a = parse_args(args)?;
    let print = |s: String| {
        std::io::stdout()
            .lock()
            .write_all(s.as_bytes())
            .map_err(|e| format!("写出失败：{e}"))
    };
    match a.command.as_str() {
        "ledger" => {
            print(ledger::ledger_command(&a.file, a.json, a.unit, a.month)?)?;
            return Ok(ExitCode::SUCCESS);
        }
        "unchanged" | "returned" => {
            let second = a
                .file2
                .as_deref()
                .ok_or(format!("{} 需要两个文件", a.command))?;
            print(match a.command.as_str() {
                "unchanged" => ledger::unchanged_command(&a.file, second, a.json)?,
                _ => {
                    let values = a.values.as_deref().map(read_values).transpose()?;
                    let out = a.output.as_deref();
                    returned::command(&a.file, second, values.unwrap_or_default(), a.json, out)?
                }
            })?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let ledger_facts = match &a.ledger {
        Some(path) => Some(ledger::facts(path, a.unit, a.month)?.1),
        None => None,
    };
    let text = read_input(&a.file)?;
    // the analysis only for the commands that read it (clean and the text exports do not: on
    // 2 MB of placeholders it is most of their time)
    let analysis = match a.command.as_str() {
        "clean" => None,
        "export" if a.to.as_deref() != Some("docx") => None,
        _ => Some(Analysis::new(&text)),
    };
    let analysis = analysis.as_ref();
    let analysis = || analysis.ok_or_else(|| USAGE.to_string());
    let mut out = std::io::stdout().lock();
    let w = |out: &mut std::io::StdoutLock, s: &str| {
        out.write_all(s.as_bytes())
            .map_err(|e| format!("写出失败：{e}"))
    };
    match a.command.as_str() {
        "check" => {
            let values: Values = a
                .facts
                .iter()
                .map(|(f, v)| (f.key().to_string(), v.clone()))
                .collect();
            let opts = CheckOptions {
                disabled: a.disabled.iter().copied().collect(),
                rate: a.rate.unwrap_or(jianggao_engine::DEFAULT_RATE),
                target_minutes: a.minutes,
                ledger: ledger_facts.map(std::sync::Arc::new),
            };
            let findings = check(analysis()?, &values, &opts);
            let located = locate(&text, &findings);
            if a.json {
                #[derive(Serialize)]
                struct Out<'a> {
                    findings: &'a [Located<'a>],
                }
                json_out(&mut out, &Out { findings: &located })?;
            } else {
                for f in &located {
                    w(
                        &mut out,
                        &format!("{}:{} {} {}\n", f.line, f.column, f.rule, f.message),
                    )?;
                }
            }
            Ok(if findings.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        "fields" => {
            let idx = jianggao_engine::text::LineIndex::new(&text);
            let analysis = analysis()?;
            let fields: Vec<FieldOut> = analysis
                .fields
                .iter()
                .filter(|f| !f.occurrences.is_empty())
                .map(|f| FieldOut {
                    key: &f.key,
                    name: f.name.as_deref(),
                    kind: f.kind,
                    role: f.role,
                    unit: f.unit,
                    label: &f.label,
                    hint: f.hint.as_deref(),
                    occurrences: f
                        .occurrences
                        .iter()
                        .filter_map(|&i| analysis.scan.placeholders.get(i))
                        .map(|p| {
                            let lc = idx.line_col(&text, p.raw.start);
                            OccurrenceOut {
                                line: lc.line,
                                column: lc.column,
                                text: text[p.raw.clone()].to_string(),
                            }
                        })
                        .collect(),
                })
                .collect();
            if a.json {
                #[derive(Serialize)]
                struct Out<'a> {
                    fields: &'a [FieldOut<'a>],
                }
                json_out(&mut out, &Out { fields: &fields })?;
            } else {
                for f in &fields {
                    let first = &f.occurrences[0];
                    w(
                        &mut out,
                        &format!(
                            "{}:{} {} {} {}（{}处）\n",
                            first.line,
                            first.column,
                            f.key,
                            f.kind_label(),
                            f.label,
                            f.occurrences.len()
                        ),
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        "fill" => {
            let mut values = match &a.values {
                Some(path) => read_values(path)?,
                None if ledger_facts.is_some() => Values::new(),
                None => return Err("fill 需要 --values VALUES.json 或 --ledger 台账文件".into()),
            };
            if let Some(f) = &ledger_facts {
                for v in jianggao_engine::check::ledger_values(analysis()?, f) {
                    if values.contains_key(&v.key) {
                        continue;
                    }
                    eprintln!(
                        "填入 {}：{}（台账的{}）",
                        v.label,
                        v.value,
                        v.quantity.label()
                    );
                    values.insert(v.key, v.value);
                }
            }
            w(&mut out, &filled(analysis()?, &values)?)?;
            Ok(ExitCode::SUCCESS)
        }
        "clean" => {
            let cleaned = jianggao_engine::clean::clean(&text);
            if a.json {
                let idx = jianggao_engine::text::LineIndex::new(&text);
                #[derive(Serialize)]
                struct RepairOut<'a> {
                    rule: &'a str,
                    line: usize,
                    column: usize,
                    before: &'a str,
                    after: &'a str,
                    message: &'a str,
                }
                #[derive(Serialize)]
                struct Out<'a> {
                    text: &'a str,
                    summary: String,
                    incomplete: bool,
                    speeches: &'a [jianggao_engine::clean::Speech],
                    repairs: Vec<RepairOut<'a>>,
                }
                let repairs = cleaned
                    .repairs
                    .iter()
                    .map(|r| {
                        let lc = idx.line_col(&text, r.span.start);
                        RepairOut {
                            rule: r.rule.id(),
                            line: lc.line,
                            column: lc.column,
                            before: &r.before,
                            after: &r.after,
                            message: &r.message,
                        }
                    })
                    .collect();
                let s = serde_json::to_string_pretty(&Out {
                    text: &cleaned.text,
                    summary: cleaned.summary(),
                    incomplete: cleaned.incomplete,
                    speeches: &cleaned.speeches,
                    repairs,
                })
                .map_err(|e| e.to_string())?;
                w(&mut out, &format!("{s}\n"))?;
            } else {
                w(&mut out, &cleaned.text)?;
                eprintln!("{}", cleaned.summary());
            }
            Ok(ExitCode::SUCCESS)
        }
        "export" => {
            if a.to.as_deref() == Some("docx") {
                return export_docx(&a, analysis()?);
            }
            let s = match a.to.as_deref() {
                Some("md") => to_markdown(&text),
                Some("txt") => to_text(&text, TextOptions { indent: a.indent }),
                Some(other) => return Err(format!("不支持的格式“{other}”：请用 md、txt 或 docx")),
                None => return Err("export 需要 --to md、--to txt 或 --docx".into()),
            };
            w(&mut out, &s)?;
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.into()),
    }
}

/// The Word export: the draft filled with `--values` (if given) in a preset, to `-o` or stdout;
/// placeholders left are named on stderr, as the app asks before exporting them.
fn export_docx(a: &Args, analysis: &Analysis) -> Result<ExitCode, String> {
    let preset = match (a.preset.as_deref(), a.large) {
        (None | Some("gongwen"), false) => Preset::Gongwen,
        (Some("reading") | None, true) | (Some("large"), _) => Preset::ReadingLarge,
        (Some("reading"), false) => Preset::Reading,
        (Some("gongwen"), true) => return Err("--large 只用于讲话稿（--preset reading）".into()),
        (Some(other), _) => return Err(format!("不支持的版式“{other}”：请用 gongwen 或 reading")),
    };
    let values = match &a.values {
        Some(path) => read_values(path)?,
        None => Values::default(),
    };
    let filled = filled(analysis, &values)?;
    let left = check(analysis, &values, &CheckOptions::default())
        .iter()
        .filter(|f| f.rule.is_leftover())
        .count();
    if left > 0 {
        eprintln!("注意：还有 {left} 处占位符未填，已照样导出");
    }
    let bytes = to_docx(&filled, preset);
    match &a.output {
        Some(path) => std::fs::write(path, &bytes)
            .map_err(|e| format!("无法写入“{}”：{e}", path.display()))?,
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| format!("写出失败：{e}"))?,
    }
    Ok(ExitCode::SUCCESS)
}

impl FieldOut<'_> {
    fn kind_label(&self) -> &'static str {
        self.kind.label()
    }
}

fn main() -> ExitCode {
    // as the system gives them: `std::env::args` aborts on an argument that is not UTF-8
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    if let [command, file] = &args[..] {
        if command == ledger::SHEET_COMMAND {
            println!("{}", ledger::sheet_command(Path::new(file)));
            return ExitCode::SUCCESS;
        }
    }
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return if args.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("jianggao: {msg}");
            if msg.starts_with("未知") || msg.starts_with("缺少") || msg.contains("需要") {
                eprintln!("{USAGE}");
            }
            ExitCode::from(2)
        }
    }
}
