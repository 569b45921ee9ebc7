//! Rule `typography`: 公文 punctuation and format.

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::scan::unit_at;
use crate::text::is_cjk;

/// Characters that are doubled by a slip of the keyboard (`市市上下`, `各各位`, `的的`) and hardly
/// ever by a word; other doubles (常常, 层层, 行政政策) are left alone.
const SLIP_DOUBLES: &str = "的是和了各市全我把对为与及将就都也还被让从向";

/// Rule `typography`: 公文 punctuation and spacing: half-width punctuation in Chinese
/// sentences, straight or unpaired quotes, a space between a figure and its unit, half-width
/// `(一)`, doubled characters.
pub(super) fn typography(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    for b in &a.doc.blocks {
        let line = &text[b.content.clone()];
        let base = b.content.start;
        let mut open_quote = true;
        let (mut opens, mut closes) = (0, 0);
        let mut prev: Option<char> = None;
        for (i, c) in line.char_indices() {
            let at = base + i;
            match c {
                ',' | ':' | ';' | '?' | '!' => {
                    if let Some(r) = crate::detect::width_fix(line, c, i) {
                        out.push(
                            Finding::new(
                                RuleId::Typography,
                                text,
                                at..at + 1,
                                format!("中文句子里的半角“{c}”应为全角“{r}”"),
                            )
                            .fix(r.to_string()),
                        );
                    }
                }
                '"' if prev.is_some_and(is_cjk)
                    || line[i + 1..].chars().next().is_some_and(is_cjk) =>
                {
                    let r = if open_quote { "“" } else { "”" };
                    open_quote = !open_quote;
                    out.push(
                        Finding::new(
                            RuleId::Typography,
                            text,
                            at..at + 1,
                            format!("中文里的直引号应为“{r}”"),
                        )
                        .fix(r.to_string()),
                    );
                }
                '“' => opens += 1,
                '”' => closes += 1,
                ' ' | '\u{3000}' if prev.is_some_and(|p| p.is_ascii_digit()) => {
                    let rest = &line[i + c.len_utf8()..];
                    if unit_at(rest, 0).is_some()
                        && rest.chars().next().is_some_and(|n| is_cjk(n) || n == '%')
                    {
                        out.push(
                            Finding::new(
                                RuleId::Typography,
                                text,
                                at..at + c.len_utf8(),
                                "数字和单位之间不空格（如“12亿元”）",
                            )
                            .fix(String::new()),
                        );
                    }
                }
                _ => {}
            }
            if prev == Some(c) && SLIP_DOUBLES.contains(c) {
                let start = at - c.len_utf8();
                out.push(
                    Finding::new(
                        RuleId::Typography,
                        text,
                        start..at + c.len_utf8(),
                        format!("“{c}{c}”重复了一个字"),
                    )
                    .fix(c.to_string()),
                );
            }
            prev = Some(c);
        }
        if opens != closes {
            out.push(Finding::new(
                RuleId::Typography,
                text,
                b.content.clone(),
                format!("这一段的引号不成对（“ {opens} 个，” {closes} 个）"),
            ));
        }
        // (一) → （一）
        if let Some(n) = &b.numbering {
            let marker = &text[n.marker.clone()];
            if marker.starts_with('(') || marker.ends_with(')') {
                let fixed = marker.replace('(', "（").replace(')', "）");
                out.push(
                    Finding::new(
                        RuleId::Typography,
                        text,
                        n.marker.clone(),
                        format!("公文的序号用全角括号：“{fixed}”"),
                    )
                    .fix(fixed),
                );
            }
        }
    }
}
