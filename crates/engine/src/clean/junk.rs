//! Phase 1, lines and junk: what on a pasted page is not the speech — menus, breadcrumbs,
//! banners, counters, bylines, toolbars, calls to action, related lists, page markers, markup
//! and anti-copy noise — judged by its shape, not by a list of the sites' sentences.
//!
//! The method is jusText's (Pomikálek 2011), for Chinese: each line is cut into spans at
//! sentence ends, colons and runs of spaces or site separators (`|`, `›`, `>`, `•`); each span
//! is judged on its own — prose (long, with clause punctuation or a sentence end and the
//! function words of speech), junk (site vocabulary in a short span, dates and counters, URLs,
//! emoji, bullets, markup, ASCII noise) or unsure (short and plain: a title, a menu word);
//! then unsure spans take the verdict of their neighbours, because junk clusters with junk and
//! prose with prose. A span of prose is never junk because it holds one site word
//! (`坚决打击侵权假冒行为`, `全县扫码办事率达到90%`): only the few phrases that exist only on
//! sites (`小编`, `展开阅读全文`, `ICP备`) condemn a whole sentence.

use super::blocks::is_salutation;
use super::bylines::{is_byline, is_dateline};
use super::cards::{cards, Field};
use super::phrases::Phrases;
use super::prompts;
use super::repeats::repeats;
use super::signs::{
    from_place, has_counter, has_timestamp, has_url, inline_junk, is_caption, is_emoji,
    is_file_name, is_keyword_list, is_link_list, is_markup, text_count,
};
pub(super) use super::signs::{is_page_line, trailing_page_counter};
use super::spans::{
    crumb_end, figures_have_units, is_end, is_separator, spans, sure_neighbours, Verdict,
};
use super::speeches::separator_label;
use super::talk;
use super::truncation::truncations;
use crate::lexicon::{ABOUT_TEXT, JUNK_PHRASES, JUNK_WORDS, PROSE_WORDS};
use crate::text::{is_cjk, Span};
use crate::title::is_speech_title;
use std::sync::LazyLock;

// the lists the judge looks for in every span, each searched in one pass
static JUNK_PHRASE_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(JUNK_PHRASES));
static JUNK_WORD_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(JUNK_WORDS));
static PROSE_WORD_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(PROSE_WORDS));
static ABOUT_TEXT_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ABOUT_TEXT));
// the site's phrases that condemn a sentence: all but the menus' names
static NOT_MENU_SET: LazyLock<Phrases> = LazyLock::new(|| {
    let words: Vec<&str> = JUNK_PHRASES
        .iter()
        .copied()
        .filter(|p| !talk::MENU_PHRASES.contains(p))
        .collect();
    Phrases::new(&words)
});
// the site's phrases that are not a prompt to read on (a prompt goes alone: [`prompts`])
static NOT_PROMPT_SET: LazyLock<Phrases> = LazyLock::new(|| {
    let words: Vec<&str> = JUNK_PHRASES
        .iter()
        .copied()
        .filter(|p| !prompts::has_prompt(p))
        .collect();
    Phrases::new(&words)
});

/// Build the word sets now (~50 ms in wasm), not in the first clean.
pub(super) fn prepare() {
    for set in [
        &JUNK_PHRASE_SET,
        &JUNK_WORD_SET,
        &PROSE_WORD_SET,
        &ABOUT_TEXT_SET,
        &super::signs::SITE_SENTENCE_SET,
        &NOT_PROMPT_SET,
        &NOT_MENU_SET,
    ] {
        LazyLock::force(set);
    }
    prompts::prepare();
}

/// The junk of one line: byte spans in the line to delete, and whether that is all of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct LineJunk {
    pub(super) spans: Vec<Span>,
    pub(super) whole: bool,
}

/// The function words and verbs of speech prose: how many of them a span holds.
fn prose_words(s: &str) -> usize {
    PROSE_WORD_SET.count_in(s)
}

fn junk_words(s: &str) -> usize {
    JUNK_WORD_SET.distinct_in(s)
}

/// A span that opens with list numbering: `一、` `（二）` `3.` `第一，`.
fn is_heading(s: &str) -> bool {
    crate::parse::numbering_at(s, 0).is_some()
}

/// The verdict on one span, on its own.
pub(super) fn judge(s: &str) -> Verdict {
    let t = s.trim();
    if t.is_empty() {
        return Verdict::Junk;
    }
    if is_page_line(t) || is_byline(t) || from_place(t) {
        return Verdict::Junk;
    }
    // a title with the text's count glued to it (`…致辞范文1280字`) is judged without it (the
    // count goes inline, `signs::inline_junk`)
    if t.ends_with('字') {
        if let Some(a) = text_count(t).filter(|&a| a > 0 && t[a..].chars().count() <= 10) {
            return judge(&t[..a]);
        }
    }
    // a title with the page's note on it (`…发言稿（通用5篇）`) is judged without the note (the
    // note goes inline, `signs::inline_junk`)
    if t.ends_with([')', '）', ']', '】']) {
        if let Some(a) = inline_junk(t)
            .into_iter()
            .find(|sp| sp.end == t.len() && sp.start > 0 && t[sp.clone()].contains('篇'))
            .map(|sp| sp.start)
        {
            return judge(&t[..a]);
        }
    }
    // a sentence about the page that counts the text's characters (`全文共898字，当前仅显示571字，
    // 请阅读下面提示信息。`)
    if t.contains(['，', ',', '。']) && text_count(t).is_some() {
        return Verdict::Junk;
    }
    if JUNK_PHRASE_SET.any_in(t) {
        // a menu's name in a whole sentence of prose is a word of the sentence
        let sentence = t.ends_with(['。', '！', '？'])
            && t.contains('，')
            && t.chars().filter(|&c| is_cjk(c)).count() >= 16
            && prose_words(t) >= 2;
        if !sentence || NOT_MENU_SET.any_in(t) {
            return Verdict::Junk;
        }
    }
    let cjk = t.chars().filter(|&c| is_cjk(c)).count();
    // a link on to more (`查看全部帖子>>`, `更多 »`): no sentence ends so
    if t.ends_with(">>") || t.ends_with('»') {
        return Verdict::Junk;
    }
    if is_markup(t) || t.chars().any(is_emoji) || (has_url(t) && cjk <= 6) || is_file_name(t) {
        return Verdict::Junk;
    }
    // a news dateline (`本报讯`, `某某网3月5日讯`, `某某网3月5日消息：`) opens the report: it
    // goes with what follows
    if is_dateline(t) && cjk <= 24 {
        return Verdict::Unsure;
    }
    if cjk == 0 {
        // punctuation alone (a host's script lists agenda items as `……`; a `；` left by a
        // cut) goes with its neighbours
        if t.chars().all(|c| !c.is_alphanumeric()) && !t.chars().any(is_emoji) {
            return Verdict::Unsure;
        }
        // timestamps, counters, URLs and the ASCII noise of forum software are junk; a figure
        // or a placeholder (`XX`, `1,200`, `X.8`) split off by spaces goes with its neighbours
        let figure_like = t.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | '%' | '×' | '＊' | '*' | '_' | '-')
        });
        if figure_like && !has_timestamp(t) && !has_counter(t) && t.chars().count() <= 12 {
            return Verdict::Unsure;
        }
        return Verdict::Junk;
    }
    // a bracketed note asking the reader to do something with the page
    if t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && talk::to_the_reader(t) {
        return Verdict::Junk;
    }
    let words = prose_words(t);
    let clause = t.contains(['，', '、', ',']);
    // a closing bracket ends a sentence when what it closes follows one (`…完成。（掌声）`) or
    // is the span (`（二〇二四年三月）`), not a note glued to words (`留言(共有 0 条)`)
    let ends = t.ends_with(|c: char| is_end(c) || matches!(c, '”' | '…'))
        || (t.ends_with(['）', ')'])
            && t.rfind(['（', '(']).is_none_or(|o| {
                t[..o]
                    .chars()
                    .next_back()
                    .is_none_or(|c| is_end(c) || matches!(c, '”' | '…' | '，' | '、'))
            }));
    let figure = t.char_indices().any(|(i, c)| {
        (c.is_ascii_digit() || matches!(c, 'x' | 'X' | '%'))
            && crate::scan::unit_at(t, i + c.len_utf8()).is_some()
    });
    let prose = (cjk >= 12 && clause && (words >= 1 || ends || figure))
        || (cjk >= 8 && ends && (words >= 1 || figure || clause) && !t.ends_with('：'))
        || (cjk >= 20 && words >= 2)
        || (is_heading(t) && cjk >= 4)
        || (t.ends_with('：')
            && (t.contains("同志")
                || t.contains("来宾")
                || t.contains("领导")
                || t.contains("朋友")))
        || (t.starts_with('（') && t.ends_with('）') && cjk <= 12)
        || is_speech_title(t);
    let site = junk_words(t)
        + 2 * usize::from(has_timestamp(t))
        + 2 * usize::from(has_counter(t))
        + usize::from(has_url(t));
    if prose {
        // speech prose keeps its site words; a counter or a date in a short line does not
        if site >= 3 && words == 0 && cjk < 20 {
            return Verdict::Junk;
        }
        return Verdict::Prose;
    }
    // one site word in a piece of a sentence is weak evidence: a site word of one char in a
    // run of words with function words (`做好管网改造`), or any in a clause (`时间就是效益，
    // 速度就是竞`, a sentence a site's line was put into): the neighbours decide
    if site == 1
        && words >= 1
        && ((cjk >= 8 && t.contains('网') && junk_words(&t.replace('网', "")) == 0)
            || (clause && cjk >= 6 && !t.contains(['您', '你'])))
    {
        return Verdict::Unsure;
    }
    // a headline with one site word inside it (`…集中开工专题会议召开`, not a label that ends in
    // one: `…推进会讲话范文`): where it stands decides
    if site == 1
        && cjk >= 10
        && JUNK_WORD_SET.count_in(t) == 1
        && JUNK_WORD_SET.count_in(&t[t.char_indices().nth_back(1).map_or(0, |(i, _)| i)..]) == 0
        && t.chars().all(|c| is_cjk(c) || "“”《》·、—".contains(c))
    {
        return Verdict::Unsure;
    }
    if site >= 1 {
        return Verdict::Junk;
    }
    // a short sentence of its own (`各村要抓好落实。`, `谢谢大家！`) with nothing of the site
    if cjk >= 2 && t.ends_with(['。', '！', '？', '!', '?']) {
        return Verdict::Prose;
    }
    // a headline: a longer run of characters with nothing of the site about it, its figures
    // with their units too (`关于全县 1-4 月重大项目推进情况的汇报`, not `讲话稿13篇`)
    // (a place's name and a colon before the rest: `宁强：招商氛围浓厚`)
    let placed = t
        .split_once(['：', ':'])
        .is_some_and(|(p, rest)| !rest.is_empty() && crate::places::places().is_form(p));
    let plain = if placed {
        t.replacen([':', '：'], "", 1)
    } else {
        t.to_string()
    };
    if cjk >= 8
        && plain
            .chars()
            .all(|c| is_cjk(c) || c.is_ascii_digit() || " “”《》·、.%-—".contains(c))
        && figures_have_units(t)
    {
        return Verdict::Prose;
    }
    Verdict::Unsure
}

/// The junk of every line of a page, with unsure spans decided by their neighbours.
/// `view` gives a line as the judge reads it (readings out, simplified) with the line's byte of
/// each of its bytes when they moved.
pub(super) fn junk_lines(
    lines: &[&str],
    view: impl Fn(&str) -> (String, Option<Vec<usize>>),
) -> Vec<LineJunk> {
    let simplify = |s: &str| view(s).0;
    // (line, span, verdict) in page order
    let mut all: Vec<(usize, Span, Verdict)> = Vec::new();
    let views: Vec<(String, Option<Vec<usize>>)> = lines.iter().map(|l| view(l)).collect();
    let simple: Vec<String> = views.iter().map(|v| v.0.clone()).collect();
    // the first and the last salutation
    let sal = (
        lines.iter().position(|l| is_salutation(l)),
        lines.iter().rposition(|l| is_salutation(l)),
    );
    let (labelled, previews) = repeats(lines, &simple, sal);
    let ranked = super::blocks::ranked_lists(&simple);
    let again = super::repeats::title_again(&simple, |l| {
        talk::opens_speech(l) || separator_label(l).is_some()
    });
    // the site's talk about the genre above the speech: a line of it before the first line that
    // opens a speech, judged as a block (a sentence of it alone looks like prose)
    let start = simple.iter().position(|l| talk::opens_speech(l));
    let talk: Vec<bool> = simple
        .iter()
        .enumerate()
        .map(|(li, l)| {
            let above = start.is_some_and(|s| li < s);
            let kinds = talk::genre_talk(l);
            let site = NOT_PROMPT_SET.any_in(l);
            l.chars().count() >= 12
                && ((above && (kinds >= 2 || (site && kinds >= 1)))
                    || (start.is_none() && kinds >= 3))
        })
        .collect();
    // prompts to read on inside spans: (line, span in the line)
    let mut prompt_cuts: Vec<(usize, Span)> = Vec::new();
    let mut crumb_line = vec![false; lines.len()];
    for (li, line) in lines.iter().enumerate() {
        // a breadcrumb (首页 > 范文 > 讲话稿 > 标题): every item before the last is junk
        let crumb_end = crumb_end(line);
        crumb_line[li] = crumb_end.is_some();
        let preview = previews[li]
            || ranked[li]
            || talk[li]
            || is_page_line(line.trim())
            || super::signs::is_page_label(&simple[li])
            || is_byline(&simple[li])
            || is_link_list(line)
            || is_keyword_list(line, prose_words)
            || is_caption(&simple[li]);
        // a site's intro (`写讲话稿难不难？…下面是小编为大家收集的…`): in a line with a site phrase,
        // the sentences that talk about the text as a document go with it
        let intro = NOT_PROMPT_SET.any_in(&simple[li]);
        // a line that starts another speech of the file (`讲话稿篇二`) is the file's, not the site's
        let separator = separator_label(line).is_some();
        for sp in spans(line) {
            let v = if separator {
                Verdict::Prose
            } else if preview
                || crumb_end.is_some_and(|e| sp.end <= e)
                || (intro && {
                    let part = simplify(&line[sp.clone()]);
                    ABOUT_TEXT_SET.any_in(&part)
                })
            {
                Verdict::Junk
            } else {
                let part = simplify(&line[sp.clone()]);
                // a prompt to read on goes alone; the rest of the span is judged without it
                let inside = if prompts::has_prompt(&part) && part.len() == sp.len() {
                    prompts::prompts_in(&part)
                } else {
                    Vec::new()
                };
                // a paywall cut is marked apart (mod.rs): the span is judged without it
                let cuts: Vec<Span> = if part.len() == sp.len() {
                    truncations(&part).into_iter().map(|(c, _)| c).collect()
                } else {
                    Vec::new()
                };
                if !cuts.is_empty() && inside.is_empty() {
                    let rest = prompts::without(&part, &cuts);
                    if rest.trim().is_empty() {
                        Verdict::Junk
                    } else {
                        judge(&rest)
                    }
                } else if inside.is_empty() {
                    judge(&part)
                } else {
                    // judged without its prompts and without its cuts (a prompt and a cut in one
                    // span left the cut's site words to condemn the prose glued around them)
                    let mut gone: Vec<Span> = inside.iter().chain(&cuts).cloned().collect();
                    gone.sort_by_key(|g| g.start);
                    let rest = prompts::without(&part, &gone);
                    prompt_cuts.extend(
                        inside
                            .iter()
                            .map(|p| (li, sp.start + p.start..sp.start + p.end)),
                    );
                    if rest.trim().is_empty() {
                        Verdict::Junk
                    } else {
                        judge(&rest)
                    }
                }
            };
            // the value of a site's label (`上一篇：项目观摩会主持词`, `本文标签：开工仪式 讲话稿`):
            // plain words after a junk span that ends in a colon
            let v = match all.last() {
                Some((pl, psp, Verdict::Junk))
                    if *pl == li
                        && lines[li][psp.clone()].ends_with(['：', ':'])
                        && !line[sp.clone()].contains(['，', '。', '！', '？', '；', ','])
                        && line[sp.clone()].chars().count() <= 24 =>
                {
                    Verdict::Junk
                }
                _ => v,
            };
            all.push((li, sp, v));
        }
        // the breadcrumb's own separators go with it
        if let Some(e) = crumb_end {
            all.push((
                li,
                0..e + line[e..].chars().next().map_or(0, char::len_utf8),
                Verdict::Junk,
            ));
        }
    }
    // unsure spans go with their nearest sure neighbours: junk only between junk (or junk and
    // the page's edge)
    // a short unsure span that is an item of the page's junk (`讲话发言`, the last item of the
    // breadcrumb `首页 > 公众号好文 > 讲话发言`) is a menu item too
    let junk_items: std::collections::HashSet<&str> = all
        .iter()
        .filter(|x| x.2 == Verdict::Junk)
        .flat_map(|(li, sp, _)| lines[*li][sp.clone()].split(|c: char| is_separator(c) || c == '>'))
        .chain(
            lines
                .iter()
                .enumerate()
                .filter(|&(li, l)| crumb_line[li] || l.contains(" > ") || l.contains(['›', '→']))
                .map(|(_, l)| l)
                .flat_map(|l| l.split(|c: char| is_separator(c) || matches!(c, '>' | '→'))),
        )
        .filter(|t| !t.is_empty())
        .collect();
    for (li, sp, v) in all.iter_mut() {
        let t = &lines[*li][sp.clone()];
        if *v == Verdict::Unsure
            && t.chars().count() <= 8
            && junk_items.contains(t)
            && !super::repeats::headline_under_crumb(lines, &crumb_line, *li, t)
        {
            *v = Verdict::Junk;
        }
    }
    super::blocks::signed_reports(lines, &mut all, &simplify);
    super::blocks::programme_times(lines, &mut all);
    let above = sal.0.unwrap_or(5.min(lines.len()));
    super::blocks::title_tags(lines, &mut all, above, &simplify);
    super::cards::facts_lines(lines, &mut all);
    super::blocks::furniture_lines(lines, &mut all);
    // (captions are read simplified: a traditional page's `…致辭` is a speaker's caption too)
    let simple_lines: Vec<&str> = simple.iter().map(String::as_str).collect();
    super::captions::captions(&simple_lines, &mut all);
    super::captions::signed_lead_captions(&simple_lines, &mut all);
    super::zones::zones(lines, &simple, sal.0, &mut all);
    // the headline the text names again is the page's title, wherever it stands
    for (li, sp, v) in all.iter_mut() {
        if *v == Verdict::Unsure
            && super::repeats::headline_named_below(
                &simple,
                *li,
                &simplify(&lines[*li][sp.clone()]),
            )
        {
            *v = Verdict::Prose;
        }
    }
    let (before, after) = sure_neighbours(lines, &all);
    // a site's line put inside a sentence (`…看准项目建设` | `浏览记录` | `的进展与不足`): the
    // line right after one line of junk continues a sentence left open right before it, and a
    // line hanging on a word that cannot end a phrase (`今天召开的`) goes on after it
    let mut first_last: Vec<Option<(usize, usize)>> = vec![None; lines.len()];
    let mut all_junk = vec![true; lines.len()];
    for (k, (li, _, v)) in all.iter().enumerate() {
        let e = first_last[*li].get_or_insert((k, k));
        e.1 = k;
        all_junk[*li] &= *v == Verdict::Junk;
    }
    let seq: Vec<usize> = (0..lines.len())
        .filter(|&li| first_last[li].is_some())
        .collect();
    let text_of = |k: usize| lines[all[k].0][all[k].1.clone()].trim_end();
    let open_sentence = |k: usize| {
        let t = text_of(k);
        all[k].2 == Verdict::Prose
            && t.contains(['，', '、', ','])
            && !t.chars().next_back().is_some_and(|c| {
                is_end(c) || matches!(c, '”' | '）' | ')' | '…' | '】' | '，' | '、' | '.')
            })
    };
    let mut open_before = vec![false; all.len()];
    for (p, &li) in seq.iter().enumerate() {
        let Some((first, last)) = first_last[li] else {
            continue;
        };
        if p >= 2 && all_junk[seq[p - 1]] {
            if let Some((_, prev_last)) = first_last[seq[p - 2]] {
                open_before[first] |= open_sentence(prev_last);
            }
        }
        if p + 2 < seq.len() && all_junk[seq[p + 1]] {
            let next_first = first_last[seq[p + 2]].map(|(f, _)| f);
            open_before[last] |= all[last].2 == Verdict::Unsure
                && text_of(last).ends_with([
                    '的', '和', '与', '及', '对', '把', '在', '是', '要', '为', '将',
                ])
                && next_first.is_some_and(|f| all[f].2 == Verdict::Prose);
        }
    }
    let mut out = vec![LineJunk::default(); lines.len()];
    let mut counts = vec![(0usize, 0usize); lines.len()]; // (spans, junk spans)
    for (k, (li, sp, v)) in all.iter().enumerate() {
        let v = match v {
            Verdict::Unsure => match (before[k], after[k]) {
                (Some(Verdict::Prose), _) | (_, Some(Verdict::Prose)) => Verdict::Prose,
                (None, None) => Verdict::Prose,
                _ if open_before[k] => Verdict::Prose,
                _ => Verdict::Junk,
            },
            v => *v,
        };
        counts[*li].0 += 1;
        if v == Verdict::Junk || labelled[*li] {
            counts[*li].1 += 1;
            out[*li].spans.push(sp.clone());
        }
    }
    let numbers = super::numbering::site_numbers(lines, is_salutation);
    let card = cards(&simple);
    // a title said again is the site's only on a page with other traces of a site (a text of our
    // own may well name its title twice)
    let site_page = counts.iter().any(|&(_, j)| j > 0);
    let (mut prompt_at, mut number_at) = (0, 0);
    for (li, line) in lines.iter().enumerate() {
        while prompt_cuts.get(prompt_at).is_some_and(|(pl, _)| *pl < li) {
            prompt_at += 1;
        }
        // (the site's numbers are in line order: walked once, not searched for each line)
        while numbers.get(number_at).is_some_and(|(nl, _)| *nl < li) {
            number_at += 1;
        }
        let (n, j) = counts[li];
        out[li].whole = n > 0 && n == j;
        // a record card's field: the line, or its label; the title said again on a site's page
        // (decided last: its copies are no menu items, its neighbours no junk for it)
        match &card[li] {
            _ if again[li] && site_page => {
                out[li].whole = true;
                out[li].spans = std::iter::once(0..line.len()).collect();
            }
            Some(Field::Whole) => {
                out[li].whole = true;
                out[li].spans = std::iter::once(0..line.len()).collect();
            }
            Some(Field::Label(sp)) => {
                let at = |k: usize| views[li].1.as_ref().map_or(k, |m| m[k.min(m.len() - 1)]);
                out[li].spans.push(at(sp.start)..at(sp.end));
            }
            None => {}
        }
        if !out[li].whole {
            // found in the line as read, put back on the line (with a reading after each end)
            let (read, map) = &views[li];
            let at = |k: usize| map.as_ref().map_or(k, |m| m[k.min(read.len())]);
            out[li]
                .spans
                .extend(inline_junk(read).into_iter().map(|sp| {
                    let (s, mut e) = (at(sp.start), at(sp.end));
                    while let Some(len) = super::inline::pinyin_at(line, e, true) {
                        e += len;
                    }
                    s..e
                }));
            let site_number = numbers[number_at..].iter().take_while(|(nl, _)| *nl == li);
            out[li].spans.extend(site_number.map(|(_, sp)| sp.clone()));
            out[li].spans.extend(
                prompt_cuts[prompt_at..]
                    .iter()
                    .take_while(|(pl, _)| *pl == li)
                    .map(|(_, sp)| sp.clone()),
            );
            // separators and spaces next to removed spans, and at the ends of what is kept, go
            // too (Chinese needs no space where the junk was)
            for sp in out[li].spans.iter_mut() {
                while let Some(c) = line[..sp.start]
                    .chars()
                    .next_back()
                    .filter(|&c| is_separator(c))
                {
                    sp.start -= c.len_utf8();
                }
                while let Some(c) = line[sp.end..].chars().next().filter(|&c| is_separator(c)) {
                    sp.end += c.len_utf8();
                }
            }
            let body = line.trim_end();
            let tail = body.trim_end_matches(|c: char| is_separator(c));
            if tail.len() < body.len() {
                out[li].spans.push(tail.len()..body.len());
            }
            let lead = line.len() - line.trim_start_matches(|c: char| is_separator(c)).len();
            if lead > 0 && line[..lead].chars().any(|c| !c.is_whitespace()) {
                out[li].spans.push(0..lead);
            }
        }
        // in order and apart (the clean looks at each span's neighbours only)
        out[li].spans.sort_by_key(|s| (s.start, s.end));
        let mut kept: Vec<Span> = Vec::new();
        for s in std::mem::take(&mut out[li].spans) {
            match kept.last_mut() {
                Some(last) if s.start < last.end => last.end = last.end.max(s.end),
                _ => kept.push(s),
            }
        }
        out[li].spans = kept;
    }
    let whole: Vec<bool> = out.iter().map(|j| j.whole).collect();
    for li in super::blocks::listed_below(lines, &whole) {
        out[li].whole = true;
        out[li].spans = std::iter::once(0..lines[li].len()).collect();
    }
    out
}
