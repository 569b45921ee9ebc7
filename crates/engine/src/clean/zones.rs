//! The zones of a page: above the text, the text, below it. A span the junk judge was not
//! sure of is decided by where it stands as well as by its neighbours (PRODUCT.md, "Pages as
//! they arrive"): a column word above the text or a caption below it is the page's, the same
//! few characters inside the text are the text's.

use super::signs::{has_timestamp, model_title};
use super::spans::{is_end, Verdict};
use super::speeches::separator_label;
use crate::lexicon::{JUNK_WORDS, ORG_AFTER, PERSON_AFTER, PROSE_WORDS};
use crate::text::{is_cjk, Span};
use crate::title::is_speech_title;

// the offices that sign a text, besides the organisations' own endings
const SIGNED_BY: &[&str] = &["办公室", "委员会", "领导小组"];

/// A span of sure prose: a clause-punctuated sentence, finished or long.
fn is_sure_prose(t: &str) -> bool {
    let cjk = t.chars().filter(|&c| is_cjk(c)).count();
    cjk >= 12
        && t.contains(['，', '、', ','])
        && (cjk >= 20 || t.ends_with(|c: char| is_end(c) || matches!(c, '”' | '…')))
}

/// A date in words or figures (`2024年3月5日`, `二〇二四年三月`) with no clock time.
fn has_date(t: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c);
    t.char_indices().any(|(i, c)| {
        c == '年'
            && t[..i].chars().next_back().is_some_and(numeral)
            && t[i + c.len_utf8()..].chars().next().is_some_and(numeral)
    }) && !has_timestamp(t)
}

/// The next speech's title below a text (`…推进会主持词`, `在…会上的讲话`), not a caption whose
/// verb is the genre's word (`区委书记在仪式上讲话`, `市长致欢迎辞`).
fn next_title(t: &str) -> bool {
    // (a title under a page's label, `本文标题：…`, is the page's line)
    !t.contains(['：', ':'])
        && is_speech_title(t)
        && (t.contains('的')
            || ["主持词", "讲话稿", "发言稿", "提纲", "报告"]
                .iter()
                .any(|w| t.ends_with(w)))
}

/// The zones of a page (PRODUCT.md, "Pages as they arrive"): the text runs from its first
/// line of sure prose or its salutation to its last punctuated span of prose. Above it, a span no one
/// was sure of (a column word, a counter, a menu item) is the page's unless its line is a title,
/// a date or a speaker's line; below it, every line is unless it signs the text (an office, a
/// date) or is the page's last line cut off inside a sentence.
/// Inside, the neighbours decide as before.
pub(super) fn zones(
    lines: &[&str],
    simple: &[String],
    salutation: Option<usize>,
    all: &mut [(usize, Span, Verdict)],
) {
    let text = |x: &(usize, Span, Verdict)| lines[x.0][x.1.clone()].trim();
    let first = all
        .iter()
        .filter(|x| x.2 == Verdict::Prose && is_sure_prose(text(x)))
        .map(|x| x.0)
        .chain(salutation)
        .min();
    // a span of prose with the punctuation of a sentence; a line of bare words (`签约仪式现场`,
    // `市委书记在会上讲话`) looks like a headline, and one below the text is a photo's caption
    // or another article's title
    // (a list of titles in a caption, `市委副书记、市长某某致欢迎辞`, has no more than 、)
    let punctuated = |t: &str| {
        t.contains(|c: char| "，；：。！？”）…,;:!?)".contains(c))
            || crate::parse::numbering_at(t, 0).is_some()
    };
    // the page's foot: from the page's end back, lines all of the page's junk and lines said as
    // the site speaks (`微信扫一扫在手机阅读、分享本文`, `作者原创，不允许二次传播…会员权益…`: the
    // text as `本文`, or its words of the site without the words of speech) with such a line of
    // junk below them; the text ends above it, however punctuated the site's sentences are
    let mut whole_junk = vec![None; lines.len()];
    for x in all.iter() {
        let w = whole_junk[x.0].get_or_insert(true);
        *w &= x.2 == Verdict::Junk;
    }
    // each line without the site's prompts glued into it (`…的致 点击查看全文辞`): a prompt's
    // words say nothing of the line they sit in (read once per line: the page stays linear)
    let bare: Vec<String> = simple
        .iter()
        .map(|l| super::prompts::without(l, &super::prompts::prompts_in(l)))
        .collect();
    let site_said = |li: usize| {
        let t = bare[li].trim();
        let site = JUNK_WORDS.iter().filter(|w| t.contains(*w)).count();
        let words = PROSE_WORDS.iter().filter(|w| t.contains(*w)).count();
        t.contains("本文") || (site >= 2 && words <= 1)
    };
    let mut foot = lines.len();
    for li in (0..lines.len()).rev() {
        match whole_junk[li] {
            None => continue,
            Some(true) => foot = li,
            Some(false) if foot < lines.len() && site_said(li) => foot = li,
            Some(false) => break,
        }
    }
    let last = all
        .iter()
        .rev()
        .find(|x| x.2 == Verdict::Prose && punctuated(text(x)))
        .map(|x| x.0);
    // (above a foot, a punctuated line no one was sure of is the text's: `下面，我讲两点：`)
    let last = match last {
        Some(l) if l >= foot => all
            .iter()
            .rev()
            .filter(|x| x.0 < foot)
            .find(|x| x.2 != Verdict::Junk && punctuated(text(x)))
            .map(|x| x.0)
            .or(last),
        _ => last,
    };
    let (Some(first), Some(last)) = (first, last) else {
        return;
    };
    // the rest of the last sentence, wrapped onto a short line of its own (`…家庭幸福，干` |
    // `杯！`), is the text's end
    let open = !simple[last]
        .trim_end()
        .ends_with(|c: char| is_end(c) || matches!(c, '”' | '）' | ')' | '…'));
    let last = match (last + 1..lines.len()).find(|&k| !simple[k].trim().is_empty()) {
        Some(n)
            if open
                && simple[n].trim().ends_with(is_end)
                && simple[n].trim().chars().count() <= 12
                && all.iter().any(|x| x.0 == n && x.2 == Verdict::Unsure) =>
        {
            n
        }
        _ => last,
    };
    // the page's title with the site's word for a model text after it (`…嘉宾致辞范文`): when no
    // line above the text reads as a title, the first that does once that word is off is the
    // text's title, not the page's label (a title lost is one the writer types again)
    if !(0..first).any(|li| is_speech_title(simple[li].trim())) {
        let one_span = |li: usize| all.iter().filter(|x| x.0 == li).count() == 1;
        if let Some(li) =
            (0..first).find(|&li| model_title(simple[li].trim()).is_some() && one_span(li))
        {
            for x in all.iter_mut().filter(|x| x.0 == li) {
                x.2 = Verdict::Prose;
            }
        }
    }
    // whether a line holds a span judged the page's
    let mut has_junk = vec![false; lines.len()];
    for x in all.iter() {
        has_junk[x.0] |= x.2 == Verdict::Junk;
    }
    // a title, a date or a speaker's line above the text
    let above_keeps: Vec<bool> = (0..first)
        .map(|li| {
            let t = simple[li].trim();
            let cjk = t.chars().filter(|&c| is_cjk(c)).count();
            let shown = t.chars().filter(|c| !c.is_whitespace()).count();
            let title = !has_junk[li] && cjk >= 6 && cjk * 2 >= shown;
            title
                || has_date(t)
                || (t.chars().count() <= 30 && PERSON_AFTER.iter().any(|w| t.contains(w)))
        })
        .collect();
    // a signature below the text (an office, a date) or the next speech's title, and the page's
    // last line cut off inside a
    // sentence (a copied excerpt ends where it ends: `…请区发改局、`)
    let end = lines.iter().rposition(|l| !l.trim().is_empty());
    let signs = |li: usize| {
        let t = bare[li].trim();
        has_date(t)
            || next_title(t)
            || (t.chars().count() <= 30
                && (ORG_AFTER.iter().chain(SIGNED_BY).any(|w| t.ends_with(w))))
    };
    // (or a few words of the next sentence, cut right after the text's last finished sentence:
    // `祝在座的同`, two of the words of speech in it, or a person's title; `扫一扫在手机打开当前页`
    // is the page's)
    let cut_off = |li: usize| {
        if Some(li) != end {
            return false;
        }
        let t = simple[li].trim();
        // (or whatever words open a section under its bare number, `（二）`)
        let number = |k: usize| {
            let n = simple[k].trim();
            crate::parse::numbering_at(n, 0).is_some_and(|m| m.marker.end == n.len())
        };
        let numbered = (last..li)
            .rev()
            .find(|&k| !simple[k].trim().is_empty())
            .is_some_and(number);
        let words = || {
            (2..=15).contains(&t.chars().count())
                && t.chars().all(is_cjk)
                && (last + 1..li).all(|k| simple[k].trim().is_empty() || number(k))
                && (numbered
                    || simple[last]
                        .trim_end()
                        .ends_with(|c: char| is_end(c) || c == '”'))
                && (numbered
                    || PROSE_WORDS.iter().filter(|w| t.contains(*w)).count() >= 2
                    // (or the next sentence's subject, a person by a title: `集团副总经理某某代表`)
                    || PERSON_AFTER.iter().any(|w| t.contains(w)))
        };
        !t.ends_with(|c: char| is_end(c) || matches!(c, '”' | '）' | ')' | '…'))
            && (t.contains(['，', '、', '：', ',', ':'])
                || t.chars().filter(|&c| is_cjk(c)).count() >= 16
                || words())
    };
    // a page cut off inside a sentence of the text ends in the text: what stands between its
    // last finished sentence and the cut (a news report's subheading) is the text's too; not
    // the site's call cut short, with its words (`关注我们，获取…资讯`)
    let plain = |li: usize| !JUNK_WORDS.iter().any(|w| simple[li].contains(w));
    let last = match end {
        Some(e) if e > last && cut_off(e) && !has_junk[e] && plain(e) => e,
        _ => last,
    };
    // below: whatever is neither; a signature is the text's (its date waits for no neighbour)
    for x in all.iter_mut() {
        // (a line that starts the file's next speech, `…致辞 篇2`, is the file's)
        if x.2 != Verdict::Junk
            && x.0 > last
            && !cut_off(x.0)
            && separator_label(lines[x.0]).is_none()
        {
            x.2 = if signs(x.0) {
                Verdict::Prose
            } else {
                Verdict::Junk
            };
        }
    }
    // above: a counter alone, then a plain word that shares a line with the page's junk or
    // stands next to one (`体育正文 106 0`, `时间：… 欢迎词`, a column word under its breadcrumb);
    // a placeholder (`XX`), and a short line among the text's own short lines (a verse before
    // the text), stay for the neighbours to decide
    let above = |x: &(usize, Span, Verdict)| {
        x.2 == Verdict::Unsure && x.0 < first && !above_keeps[x.0] && !text(x).starts_with('—')
    };
    for x in all.iter_mut() {
        let t = lines[x.0][x.1.clone()].trim();
        let counter = t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | ':'));
        if above(x) && counter {
            x.2 = Verdict::Junk;
            has_junk[x.0] = true;
        }
    }
    // a line of the page's facts above the text (`时间：… 09:30 人气：45`, `来源：… 查看：`): with a
    // timestamp the page's and nothing of prose, its labels and figures are the page's too
    let mut stamped = vec![false; lines.len()];
    let mut prose = vec![false; lines.len()];
    for x in all.iter() {
        stamped[x.0] |= x.2 == Verdict::Junk && has_timestamp(text(x));
        prose[x.0] |= x.2 == Verdict::Prose;
    }
    for x in all.iter_mut() {
        if above(x) && stamped[x.0] && !prose[x.0] {
            x.2 = Verdict::Junk;
        }
    }
    let shown: Vec<usize> = (0..first)
        .filter(|&li| !lines[li].trim().is_empty())
        .collect();
    let mut near_junk = vec![false; lines.len()];
    for (k, &li) in shown.iter().enumerate() {
        near_junk[li] = has_junk[li]
            || (k > 0 && has_junk[shown[k - 1]])
            || shown.get(k + 1).is_some_and(|&n| has_junk[n]);
    }
    let word = |x: &(usize, Span, Verdict)| {
        let t = text(x);
        t.chars().all(is_cjk) && t.chars().count() <= 8
    };
    // a line of nothing but the page's junk and such words (not a sentence cut into pieces by a
    // placeholder's spaces: `年度计划投资 XX 亿元`)
    let mut words_only = vec![true; lines.len()];
    for x in all.iter() {
        words_only[x.0] &= x.2 == Verdict::Junk || (x.2 == Verdict::Unsure && word(x));
    }
    // the line just above the text with nothing of the page's is the title's place, however
    // short the title
    let title_at = all
        .iter()
        .filter(|x| x.0 < first && x.2 != Verdict::Junk && !has_junk[x.0])
        .map(|x| x.0)
        .next_back();
    // (or stands above the speech's title: a page's button or column word, `正文复制`; the
    // title is the first line of the text's own)
    // (or a news headline: a long bare line, its halves maybe apart, nothing of the page's)
    let headline = |li: usize| {
        let t = simple[li].trim();
        !has_junk[li]
            && t.chars().filter(|&c| is_cjk(c)).count() >= 12
            && t.chars()
                .all(|c| is_cjk(c) || c.is_ascii_digit() || " “”《》·、".contains(c))
    };
    let title_line = (0..first).find(|&li| is_speech_title(simple[li].trim()) || headline(li));
    for x in all.iter_mut() {
        let over_title = title_line.is_some_and(|t| x.0 < t);
        if above(x)
            && (near_junk[x.0] || over_title)
            && words_only[x.0]
            && word(x)
            && Some(x.0) != title_at
        {
            x.2 = Verdict::Junk;
        }
    }
}
