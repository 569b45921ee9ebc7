//! Print a Word file's text: `wordtext [--lo] [--markup] FILE` (--lo: LibreOffice's text
//! export's layout, for tests/compare.py; --markup: deleted text shown as the markup shows it).

use jianggao_word::{read_with, Revisions, Style};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let style = if args.iter().any(|a| a == "--lo") {
        Style::LibreOffice
    } else {
        Style::Draft
    };
    let revisions = if args.iter().any(|a| a == "--markup") {
        Revisions::Markup
    } else {
        Revisions::Accept
    };
    let Some(file) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("用法：wordtext [--lo] [--markup] FILE");
        return std::process::ExitCode::from(2);
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{file}：{e}");
            return std::process::ExitCode::from(2);
        }
    };
    match read_with(file, &bytes, revisions) {
        Ok(r) => {
            print!("{}", r.text(style));
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}：{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
