//! The `clean` stage before parsing: a text copied off a template site becomes a draft a writer
//! can work on. Site junk, page markers and paywall cuts go; words cut by a page marker and
//! sentences cut by a hard line break are joined; pinyin artifacts go and traditional text
//! becomes simplified; `□` gets the punctuation it lost; half-width punctuation in Chinese
//! sentences becomes full-width; several speeches in one file are found.
//!
//! Every change is a [`Repair`] placed in the input (byte span, so the CLI gives line and
//! column), and the result is plain text; the app loads it as one undoable step. Total: any
//! input, no panic.

mod blocks;
mod bylines;
mod captions;
mod cards;
mod chunks;
mod gaps;
mod headers;
mod inline;
mod junk;
mod marks;
mod markup;
mod numbering;
mod phrases;
mod prompts;
mod repair;
mod repeats;
mod signs;
mod spans;
mod speeches;
mod talk;
mod truncation;
mod zones;

pub use inline::to_simplified;
pub use repair::{Cleaned, Repair, RepairKind, Speech, REPORT_REPAIRS};
pub use speeches::{find_speeches, speech_text};

/// Whether a repair deleted text judged to be the site's, which the writer may want back.
pub fn is_deletion(r: &Repair) -> bool {
    r.rule == RepairKind::SiteJunk
}

use chunks::page_chunks;
use inline::repair_line;
use junk::{is_page_line, junk_lines, trailing_page_counter};
use repair::shorten;
use speeches::{
    ends_paragraph, glued_title, leading_title, separator_label, split_glued, starts_numbered,
};
use truncation::{truncation_in, truncations};

use crate::detect::TRUNCATION_MARK;
use crate::text::{is_cjk, Span};

fn looks_traditional(text: &str) -> bool {
    let sample: String = text.chars().filter(|&c| is_cjk(c)).take(4000).collect();
    if sample.is_empty() {
        return false;
    }
    let simp = to_simplified(&sample);
    let changed = sample
        .chars()
        .zip(simp.chars())
        .filter(|(a, b)| a != b)
        .count();
    changed >= 5 && changed * 100 >= sample.chars().count() * 3
}

/// Make ready what every clean uses (the junk judge's word sets), so that the first clean
/// does not wait for it: the tools worker calls it while the writer is about to import.
pub fn prepare() {
    junk::prepare();
}

/// Clean a pasted or opened text. Total: never fails, never panics.
pub fn clean(input: &str) -> Cleaned {
    clean_keeping(input, &[])
}

/// Clean a text, keeping what the writer put back: no junk is deleted where it overlaps one of
/// `kept` (byte spans of the input, as the deletions' [`Repair::span`]s give them). A deletion
/// is undone in one click by cleaning again with its span kept.
pub fn clean_keeping(input: &str, kept: &[Span]) -> Cleaned {
    let mut repairs: Vec<Repair> = Vec::new();
    let mut incomplete = false;
    let traditional = looks_traditional(input);
    let readings = inline::has_readings(input);

    // lines with their input offsets (a \r before \n belongs to the break)
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for raw in input.split('\n') {
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        lines.push((pos, l));
        pos += raw.len() + 1;
    }
    // the marker's length of each line that is a page chunk
    let mut chunk_at: Vec<Option<usize>> = vec![None; lines.len()];
    for (li, len) in page_chunks(&lines) {
        chunk_at[li] = Some(len);
    }
    let texts: Vec<&str> = lines.iter().map(|&(_, l)| l).collect();
    let mut page_junk = junk_lines(&texts, |s| inline::plain_view(s, traditional, readings));
    for (li, &(base, line)) in lines.iter().enumerate() {
        let overlaps = |s: &Span| kept.iter().any(|k| k.start < s.end && s.start < k.end);
        if page_junk[li].whole && overlaps(&(base..base + line.len())) {
            page_junk[li] = Default::default();
        }
        page_junk[li]
            .spans
            .retain(|s| !overlaps(&(base + s.start..base + s.end)));
    }

    // paragraphs being built: (text, joined-to-previous?)
    let mut paras: Vec<(usize, usize, String)> = Vec::new(); // (input start, input end, text)
    let mut open_para = false; // the last paragraph may continue on the next line
    for (li, &(base, line)) in lines.iter().enumerate() {
        let t = line.trim_matches(|c: char| c.is_whitespace());
        if t.is_empty() {
            continue;
        }
        // a line with a paywall cut is kept for the cut's mark; its junk goes span by span
        let has_cut = truncation_in(t).is_some();
        let line_junk = &page_junk[li];
        let junk = line_junk.whole && !has_cut;
        if junk {
            repairs.push(Repair {
                rule: if is_page_line(t) {
                    RepairKind::PageMarker
                } else {
                    RepairKind::SiteJunk
                },
                span: base..base + line.len(),
                before: shorten(t),
                after: String::new(),
                message: format!("删除网页杂项“{}”", shorten(t)),
            });
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let mut body_start = lead;
        let chunk = chunk_at[li];
        if let Some(len) = chunk {
            repairs.push(Repair {
                rule: RepairKind::PageMarker,
                span: base + lead..base + lead + len,
                before: line[lead..lead + len].to_string(),
                after: String::new(),
                message: format!(
                    "删除分页标记“{}”并接上被切开的文字",
                    &line[lead..lead + len]
                ),
            });
            body_start += len;
        }
        let mut body = line[body_start..].trim_end();
        // `…基础。第10页共10页`: a page counter glued to the end of a chunk
        if let Some(k) = trailing_page_counter(body) {
            repairs.push(Repair {
                rule: RepairKind::PageMarker,
                span: base + body_start + k..base + body_start + body.len(),
                before: body[k..].to_string(),
                after: String::new(),
                message: format!("删除分页标记“{}”", &body[k..]),
            });
            body = &body[..k];
        }
        let body_base = base + body_start;
        // cuts inside the line: paywall cuts (marked) and spans of junk (deleted)
        let mut cuts: Vec<(Span, Option<String>)> = Vec::new();
        for (span, missing) in truncations(body) {
            let (s, e) = (span.start, span.end);
            let mark = match missing {
                Some(n) => format!("【{TRUNCATION_MARK}约{n}字】"),
                None => format!("【{TRUNCATION_MARK}】"),
            };
            repairs.push(Repair {
                rule: RepairKind::Truncation,
                span: body_base + s..body_base + e,
                before: body[s..e].to_string(),
                after: mark.clone(),
                message: match missing {
                    Some(n) => format!("网站截断了原文，这里缺少约{n}字，已标出待补"),
                    None => "网站截断了原文，这里有文字缺失，已标出待补".to_string(),
                },
            });
            incomplete = true;
            cuts.push((s..e, Some(mark)));
        }
        // a preview that stops mid-word in ASCII dots right before the site's junk
        // (`…切实加以解......` then `请扫码添加老师`) is cut there
        if let Some(s) = body
            .find("...")
            .filter(|&s| body[..s].chars().next_back().is_some_and(is_cjk))
        {
            let e = s + body[s..].len() - body[s..].trim_start_matches('.').len();
            let rest = body[e..].trim_start();
            let at = body.len() - rest.len();
            // what follows: the site's junk, or a paywall cut that is marked on its own line
            let next_line = (li + 1..lines.len())
                .find(|&k| !lines[k].1.trim().is_empty())
                .filter(|_| rest.is_empty());
            let next_cut = next_line.is_some_and(|k| {
                let next = lines[k].1.trim();
                truncation_in(next).is_some_and(|(sp, _)| next[..sp.start].trim().is_empty())
            });
            let junk_next = if rest.is_empty() {
                next_line.is_some_and(|k| page_junk[k].whole) || next_cut
            } else {
                cuts.iter().any(|(c, _)| c.start == at)
                    || line_junk
                        .spans
                        .iter()
                        .any(|sp| sp.start.saturating_sub(body_start) == at)
            };
            if junk_next && !cuts.iter().any(|(c, _)| c.start < e && s < c.end) {
                // the cut is marked once: here, or on the next line when that line is the cut
                let mark = (!next_cut).then(|| format!("【{TRUNCATION_MARK}】"));
                repairs.push(Repair {
                    rule: if next_cut {
                        RepairKind::SiteJunk
                    } else {
                        RepairKind::Truncation
                    },
                    span: body_base + s..body_base + e,
                    before: body[s..e].to_string(),
                    after: mark.clone().unwrap_or_default(),
                    message: if next_cut {
                        format!("删除网页杂项“{}”", &body[s..e])
                    } else {
                        "网站的预览在这里断了，后文缺失，已标出待补".to_string()
                    },
                });
                incomplete |= !next_cut;
                let at = cuts.partition_point(|(c, _)| c.start < s);
                cuts.insert(at, (s..e, mark));
            }
        }
        // the cuts so far are apart and in order: each span of junk looks only at those it
        // overlaps (found by their ends), not at all of them
        let fixed = cuts.len();
        for sp in &line_junk.spans {
            // in body coordinates, clipped; a paywall cut wins over junk around it
            let s = sp.start.saturating_sub(body_start).min(body.len());
            let e = sp.end.saturating_sub(body_start).min(body.len());
            if s >= e || !body.is_char_boundary(s) || !body.is_char_boundary(e) {
                continue;
            }
            let first = cuts[..fixed].partition_point(|(c, _)| c.end <= s);
            let over = cuts[first..fixed]
                .iter()
                .take_while(|(c, _)| c.start < e)
                .map(|(c, m)| (c.clone(), m.is_some()))
                .collect::<Vec<_>>();
            // a paywall cut wins over junk around it: only the junk outside the cut goes
            let mut pieces = vec![(s, e)];
            for (c, _) in over.iter().filter(|(_, marked)| *marked) {
                pieces = pieces
                    .into_iter()
                    .flat_map(|(a, b)| {
                        if c.end <= a || b <= c.start {
                            vec![(a, b)]
                        } else {
                            vec![(a, c.start.max(a)), (c.end.min(b), b)]
                        }
                    })
                    .filter(|(a, b)| a < b)
                    .collect();
            }
            for (s, e) in pieces {
                // (the spans of junk are apart: a piece can overlap only a cut made before)
                if body[s..e].trim().is_empty()
                    || over.iter().any(|(c, _)| s < c.end && c.start < e)
                {
                    continue;
                }
                let gone = body[s..e].trim();
                repairs.push(Repair {
                    rule: RepairKind::SiteJunk,
                    span: body_base + s..body_base + e,
                    before: shorten(gone),
                    after: String::new(),
                    message: format!("删除网页杂项“{}”", shorten(gone)),
                });
                cuts.push((s..e, None));
            }
        }
        cuts.sort_by_key(|(c, _)| c.start);
        let mut segs: Vec<(usize, String)> = Vec::new(); // (input offset, text)
        let mut marks: Vec<Option<String>> = Vec::new();
        let mut rest_start = 0;
        for (c, mark) in cuts {
            if c.start < rest_start {
                continue;
            }
            segs.push((
                body_base + rest_start,
                body[rest_start..c.start].to_string(),
            ));
            marks.push(mark);
            rest_start = c.end;
        }
        segs.push((body_base + rest_start, body[rest_start..].to_string()));
        let mut text = String::new();
        // (as does a wrapped line's: `…推动这项工作的落实` | `,高标准…`)
        // (a line can open with no comma: one that does goes on a sentence left open)
        // (nor with 的 or 们, save 的确: such a line goes on a phrase the line above left open,
        // a wrapped heading's too)
        let opened = body.trim_start();
        let cannot_open = opened.starts_with([',', '，', '们'])
            || opened.starts_with('的') && !opened.starts_with("的确");
        let wrapped = (open_para || cannot_open)
            && paras
                .last()
                .is_some_and(|(_, _, t)| t.chars().next_back().is_some_and(is_cjk));
        for (k, (seg_base, seg)) in segs.iter().enumerate() {
            // (a chunk's leading comma goes on the sentence the chunk before left open)
            let out = repair_line(
                seg,
                *seg_base,
                k == 0 && chunk.is_none() && !wrapped,
                traditional,
                readings,
            );
            repairs.extend(out.repairs);
            text.push_str(&out.text);
            if let Some(Some(m)) = marks.get(k) {
                text.push_str(m);
            }
        }
        let piece = text.trim().to_string();
        if piece.is_empty() {
            continue;
        }
        let continues = (open_para || wrapped)
            && (chunk.is_some() || cannot_open || !starts_numbered(&piece))
            && separator_label(&piece).is_none();
        if continues {
            if let Some((_, end, last)) = paras.last_mut() {
                *end = base + line.len();
                if chunk.is_none() {
                    repairs.push(Repair {
                        rule: RepairKind::LineBreak,
                        span: base..base,
                        before: String::new(),
                        after: String::new(),
                        message: "句子中间的换行已接上".into(),
                    });
                }
                last.push_str(&piece);
                // (a numbered line stays a heading: what follows it starts anew)
                open_para = !ends_paragraph(last) && (chunk.is_some() || !starts_numbered(last));
                continue;
            }
        }
        let next_chunked = chunk_at.get(li + 1).is_some_and(Option::is_some);
        open_para = if chunk.is_some() || next_chunked {
            true
        } else {
            !ends_paragraph(&piece)
                && (piece.chars().count() >= 15 || piece.contains(['，', '、']))
                && piece.chars().count() >= 6
                && piece.contains(['，', '。', '、', '；'])
                && !starts_numbered(&piece)
                && separator_label(&piece).is_none()
        };
        paras.push((base + lead, base + line.len(), piece));
    }
    // paragraphs that ran together on the site: headings, a salutation and another speech's
    // title glued into the text start paragraphs of their own
    let mut split: Vec<(Option<Span>, String)> = Vec::with_capacity(paras.len());
    for (at, end, para) in paras {
        let para = split_glued(&para, at, &mut repairs);
        let mut whole = !para.contains("\n\n");
        for mut part in para.split("\n\n") {
            // a title run into the text under it goes on a line of its own
            let prev = split.last().map(|(_, p)| p.as_str());
            if let Some(k) = leading_title(part, split.is_empty(), prev) {
                repairs.push(Repair {
                    rule: RepairKind::SpeechSplit,
                    span: at..at,
                    before: shorten(&part[..k]),
                    after: part[..k].to_string(),
                    message: format!("标题“{}”粘在正文前，已拆成单独一行", &part[..k]),
                });
                // (the title's place in the input, when the paragraph is that one line: a copy of
                // the title above can then go as a listed deletion)
                let span = (whole && input.get(at..at + k) == Some(&part[..k])).then(|| at..at + k);
                split.push((span, part[..k].to_string()));
                part = part[k..].trim();
                whole = false;
            }
            match glued_title(part) {
                Some(span) => {
                    repairs.push(Repair {
                        rule: RepairKind::SpeechSplit,
                        span: at..at,
                        before: shorten(&part[span.clone()]),
                        after: part[span.clone()].to_string(),
                        message: format!("标题“{}”粘在正文里，已拆成单独一行", &part[span.clone()]),
                    });
                    split.extend(
                        [&part[..span.start], &part[span.clone()], &part[span.end..]]
                            .into_iter()
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(|p| (None, p.to_string())),
                    );
                }
                None => split.push((whole.then_some(at..end), part.to_string())),
            }
        }
    }
    let (text, speeches) = headers::drop_headers(split, input, kept, &mut repairs);
    Cleaned {
        text,
        repairs,
        speeches,
        incomplete,
        summary_of_all: String::new(),
        total_of_all: 0,
    }
}
