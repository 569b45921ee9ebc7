//! A photo's caption on a line of its own between the lines of a report: the scene it shows,
//! named and not said (`签约仪式现场`, `贺信展示`), or a picture described in one noun phrase
//! (`图为…`, `正在建设的某某厂房二期项目。`), or a speaker shown (`某某董事长致辞`). The photo is gone from a pasted page; its caption
//! is the page's. A word list seeds what a scene's or a caption's head is; the shape decides:
//! one line, short, no clause, sentences above and prose below.

use super::spans::{line_runs, Verdict};
use crate::text::{is_cjk, Span};

/// The last word of a caption that names a scene.
const SCENE_HEADS: &[&str] = &["现场", "展示", "合影", "一角", "全景", "掠影", "剪影"];
/// The last word of a caption that shows a speaker.
const SPEECH_ACTS: &[&str] = &["讲话", "致辞", "发言", "致欢迎辞", "作报告", "主持会议"];
/// The head noun of a caption that describes a built thing.
const THING_HEADS: &[&str] = &["项目", "工程", "工地", "厂房", "车间", "园区", "基地"];

/// Whether `t` is a caption: `Some(true)` for a picture described (a caption wherever it
/// stands), `Some(false)` for a scene named (a caption only amid the report).
fn caption_kind(t: &str) -> Option<bool> {
    let body = t.strip_suffix('。').unwrap_or(t);
    let cjk = body.chars().filter(|&c| is_cjk(c)).count();
    if cjk < 4 || !body.chars().all(|c| is_cjk(c) || c.is_ascii_digit()) {
        return None;
    }
    let scene = body == t && cjk <= 10 && SCENE_HEADS.iter().any(|h| body.ends_with(h));
    // (a picture described: its head noun after the last 的 ends the line, no verb after it)
    let described = cjk <= 30
        && (body.starts_with("图为")
            || (body.starts_with("正在")
                && body.rsplit('的').next().is_some_and(|head| {
                    head.chars().count() <= 16 && THING_HEADS.iter().any(|h| head.ends_with(h))
                })));
    // (a speaker shown at the lectern: a title or a name, then the act, `某某董事长致辞`, with
    // no one asked to speak: a host's line says 请 or 下面)
    let speaks = (4..=30).contains(&cjk)
        // (the act of a person, not of an occasion: `团拜会致辞`, `…仪式上的讲话` are titles)
        && SPEECH_ACTS.iter().any(|a| {
            body.strip_suffix(a)
                .is_some_and(|b| !b.ends_with(['会', '式', '礼', '典', '节', '的', '上', '坛']))
        })
        && !["请", "下面", "首先", "接下来", "由", "欢迎", "听取"]
            .iter()
            .any(|w| body.contains(w));
    (scene || described || speaks).then_some(described)
}

/// The spans of caption lines become junk: lines of one span, judged not junk, with a line of
/// prose above and below them, the one above with a sentence in it (under the headline, a scene
/// named may be the report's own: published texts keep `开工仪式现场` there; a picture described
/// goes there too).
pub(super) fn captions(lines: &[&str], all: &mut [(usize, Span, Verdict)]) {
    let runs = line_runs(all);
    let prose = |all: &[(usize, Span, Verdict)], r: &std::ops::Range<usize>| {
        all[r.clone()].iter().any(|x| x.2 == Verdict::Prose)
    };
    let kind = |all: &[(usize, Span, Verdict)], r: &std::ops::Range<usize>| {
        (r.len() == 1 && all[r.start].2 != Verdict::Junk)
            .then(|| {
                // (read without a prompt glued inside: `…上的点击查看全文讲话` is a title)
                let line = lines[all[r.start].0];
                caption_kind(
                    super::prompts::without(line, &super::prompts::prompts_in(line)).trim(),
                )
            })
            .flatten()
    };
    let mut k = 1;
    while k + 1 < runs.len() {
        // (captions one under another, a speaker then the scene, are one block)
        let mut end = k;
        let mut described = false;
        while end + 1 < runs.len() {
            match kind(all, &runs[end]) {
                Some(d) => described |= d,
                None => break,
            }
            end += 1;
        }
        if end == k {
            k += 1;
            continue;
        }
        let above = runs[k - 1].clone();
        let amid = prose(all, &above) && lines[all[above.start].0].contains(['。', '！', '？']);
        let headed = all[above.clone()].iter().any(|x| x.2 != Verdict::Junk);
        if prose(all, &runs[end]) && (amid || (described && headed)) {
            for r in &runs[k..end] {
                all[r.start].2 = Verdict::Junk;
            }
            // (the lone line above a caption that opens the report is its headline, not a
            // neighbour of the caption's junk)
            if !amid && all[above.clone()].iter().all(|x| x.2 == Verdict::Unsure) {
                for x in &mut all[above] {
                    x.2 = Verdict::Prose;
                }
            }
        }
        k = end + 1;
    }
}

/// The lead photo's caption of a signed report: a line that says what the photo shows, with no
/// clause and no sentence end, between the page's date line (junk) and the report's first
/// paragraph that opens with its byline in brackets (`（记者 林某）5月8日，…`), under a headline
/// kept above. A report's headline is above its date line, never between it and the lead.
pub(super) fn signed_lead_captions(lines: &[&str], all: &mut [(usize, Span, Verdict)]) {
    let runs = line_runs(all);
    let title_like = |t: &str| t.chars().filter(|&c| is_cjk(c)).count() >= 8;
    for k in 2..runs.len().saturating_sub(1) {
        let r = runs[k].clone();
        let t = lines[all[r.start].0].trim();
        let next = lines[all[runs[k + 1].start].0].trim_start();
        let opens_signed = next.starts_with(['（', '('])
            && next
                .find(['）', ')'])
                .is_some_and(|e| super::bylines::is_byline(&next[..e]));
        let caption = all[r.clone()].iter().all(|x| x.2 != Verdict::Junk)
            && t.chars().filter(|&c| is_cjk(c)).count() >= 10
            && !t.contains(|c: char| {
                super::spans::is_end(c) || matches!(c, '，' | ',' | '、' | ' ' | '（' | '(' | '—')
            })
            && !crate::title::is_speech_title(t);
        let after_date = all[runs[k - 1].clone()]
            .iter()
            .all(|x| x.2 == Verdict::Junk);
        // (asked last: a walk back over the runs above)
        let headed = || {
            runs[..k - 1].iter().any(|h| {
                all[h.clone()].iter().all(|x| x.2 != Verdict::Junk)
                    && title_like(lines[all[h.start].0].trim())
            })
        };
        if caption && opens_signed && after_date && headed() {
            for x in &mut all[r] {
                x.2 = Verdict::Junk;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::caption_kind;

    fn is_caption_line(t: &str) -> bool {
        caption_kind(t).is_some()
    }

    #[test]
    fn captions_by_shape() {
        assert!(is_caption_line("开工仪式现场"));
        assert!(is_caption_line("正在建设的青山县标准化厂房二期项目。"));
        assert!(is_caption_line("图为青山大桥施工现场"));
        assert!(!is_caption_line("现场"));
        assert!(!is_caption_line("正在建设的项目要加快进度。"));
        assert!(!is_caption_line("一、抓好项目现场"));
        assert!(is_caption_line("县委书记林某讲话"));
        assert!(is_caption_line("青山公司董事长王某先生致辞。"));
        assert!(!is_caption_line("下面请县委书记林某讲话。"));
        assert!(!is_caption_line("讲话"));
        assert!(!is_caption_line("新春团拜会致辞"));
        assert!(!is_caption_line("在项目开工仪式上的讲话"));
    }
}
