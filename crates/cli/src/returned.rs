//! `jianggao returned DRAFT RETURNED [--values VALUES.json] [--json] [-o NEW]`: a draft that came
//! back (领导改回的稿子) against the draft as it was sent (DRAFT filled with VALUES): the sentences
//! changed, added and dropped, each with its line in the new draft; `-o` writes the new draft,
//! the sentences left as sent with their placeholders (so their fields keep their values).

use jianggao_engine::fields::{fill_edits, Values};
use jianggao_engine::lines::LineIndex;
use jianggao_engine::returned::{adopt, Kind};
use jianggao_engine::Analysis;
use serde::Serialize;
use std::path::Path;

#[derive(Serialize)]
struct Line {
    kind: Kind,
    /// The line in the new draft (from 1); none for a dropped sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    text: String,
}

pub fn command(
    draft: &Path,
    returned: &Path,
    values: Values,
    json: bool,
    output: Option<&Path>,
) -> Result<String, String> {
    let draft = crate::input::read_input(draft)?;
    let returned = crate::input::read_input(returned)?;
    let a = Analysis::new(&draft);
    let got = adopt(&draft, fill_edits(&a.scan, &a.fields, &values), &returned);
    let lines = LineIndex::new(&got.text);
    let mut out: Vec<Line> = got
        .marked
        .iter()
        .map(|(kind, span)| Line {
            kind: *kind,
            line: Some(lines.line(span.start)),
            text: got.text[span.clone()].to_string(),
        })
        .collect();
    out.extend(got.dropped.iter().map(|t| Line {
        kind: Kind::Dropped,
        line: None,
        text: t.clone(),
    }));
    if let Some(path) = output {
        std::fs::write(path, &got.text).map_err(|e| format!("无法写入 {}：{e}", path.display()))?;
    }
    if json {
        return serde_json::to_string_pretty(&out)
            .map(|s| format!("{s}\n"))
            .map_err(|e| e.to_string());
    }
    let mut s = format!(
        "改回的稿子：改 {} 句，增 {} 句，删 {} 句\n",
        out.iter().filter(|l| l.kind == Kind::Changed).count(),
        out.iter().filter(|l| l.kind == Kind::Added).count(),
        out.iter().filter(|l| l.kind == Kind::Dropped).count()
    );
    for l in &out {
        let (word, at) = match (l.kind, l.line) {
            (Kind::Changed, Some(n)) => ("改", format!("{n}")),
            (Kind::Added, Some(n)) => ("增", format!("{n}")),
            _ => ("删", "—".to_string()),
        };
        s += &format!("{word} {at}: {}\n", l.text);
    }
    Ok(s)
}
