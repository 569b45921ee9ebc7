//! The signs of a site in one span of a page, by its shape: emoji, timestamps, counters,
//! URLs and leaked markup (the junk judge of `junk.rs` weighs them); notes about the page glued
//! into prose; page counters.

use super::phrases::Phrases;
use crate::lexicon::SITE_SENTENCES;
use crate::text::{is_cjk, Span};
use crate::title::is_speech_title;
use std::sync::LazyLock;

/// The boilerplate sentences of document sites, searched in one pass.
pub(super) static SITE_SENTENCE_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(SITE_SENTENCES));

pub(super) fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF)
}

/// `2024-03-18`, `2023-6-12`, `09:41:27`, `06-12` at the end: a timestamp (not `1-5月`).
pub(super) fn has_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_at =
        |i: usize| -> usize { b[i..].iter().take_while(|c| c.is_ascii_digit()).count() };
    let mut i = 0;
    while i < b.len() {
        let d = digits_at(i);
        if d == 0 {
            i += 1;
            continue;
        }
        let j = i + d;
        if j < b.len() && (b[j] == b'-' || b[j] == b':') {
            let d2 = digits_at(j + 1);
            // (`1-5月`, `3-5 日` are a span of months or days in a sentence)
            let unit = s[j + 1 + d2..].trim_start().starts_with(['月', '日']);
            // a clock told in a sentence's words (`4月18日上午9:30`, `9:45前到场`, `10:00时`) is a
            // programme's time, not the page's stamp
            let told = b[j] == b':' && d <= 2 && clock_in_words(&s[..i], &s[j + 1 + d2..]);
            if (1..=2).contains(&d2) && (d == 4 || d <= 2) && !(b[j] == b'-' && unit) && !told {
                return true;
            }
        }
        i = j;
    }
    false
}

/// A clock (`9:30`) with the words of a day's time before it (`4月18日上午`) or of a schedule
/// after it (`时`, `前`, `开始`, `至`): said in a sentence. A page's stamp stands after a date in
/// figures or alone.
fn clock_in_words(before: &str, after: &str) -> bool {
    const BEFORE: &[&str] = &[
        "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "日", "于", "至", "到", "晚", "早",
    ];
    const AFTER: &[&str] = &[
        "时", "前", "后", "开始", "至", "到", "整", "准时", "—", "－", "~", "～",
    ];
    let before = before.trim_end();
    let after = after.trim_start();
    BEFORE.iter().any(|w| before.ends_with(w)) || AFTER.iter().any(|w| after.starts_with(w))
}

/// `阅读：3156次`, `999+`, `18.6KB`, `已阅读3页`: a counter of a page.
pub(super) fn has_counter(s: &str) -> bool {
    // a counter has ASCII letters or digits (most spans of a page have none)
    if !s.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    // (次 and 页 count only after a figure: `9.58K 次`, `共3页`, not `首次纪念`, `首页`)
    let after_figure = |w: char| {
        s.match_indices(w).any(|(i, _)| {
            s[..i]
                .trim_end()
                .trim_end_matches(['K', 'k', 'W', 'w', '万', '+'])
                .ends_with(|c: char| c.is_ascii_digit())
        })
    };
    // (a count in thousands or ten-thousands: `6.81K`, `1.45W`, not `5G`, `3.5W功率` in a sentence,
    // nor a measure's prefix: `53.99k㎡`, `30kW`, `5km²`)
    let unit = |n: char| ('\u{3371}'..='\u{33df}').contains(&n) || matches!(n, '²' | '³');
    let thousands = s.char_indices().any(|(i, c)| {
        matches!(c, 'K' | 'W' | 'k' | 'w')
            && s[..i].ends_with(|d: char| d.is_ascii_digit())
            && !s[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || is_cjk(n) || unit(n))
    });
    ["kb", "mb", "999+"].iter().any(|u| lower.contains(u))
        || (thousands && s.chars().filter(|&c| is_cjk(c)).count() < 12)
        || ((after_figure('次') || after_figure('页'))
            && s.chars().filter(|&c| is_cjk(c)).count() < 12)
        || (s.chars().any(|c| c.is_ascii_digit())
            && ["次数", "人阅读", "人浏览", "字]", "字】", "金币", "积分"]
                .iter()
                .any(|w| s.contains(w))
            && s.chars().filter(|&c| is_cjk(c)).count() < 12)
}

/// Where a count of the text's characters starts (`全文共898字`, `当前仅显示571字`, `范文1655字`,
/// `约2千字`): a figure of 字 after a word of the page's. A speech counts no characters of its
/// own (`16字方针` has no such word before it).
pub(super) fn text_count(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let rest = &s[i..];
        let rest = rest.strip_prefix(['千', '万']).unwrap_or(rest);
        if !rest.starts_with('字') {
            continue;
        }
        let head = &s[..start];
        if let Some(w) = [
            "全文共",
            "全文",
            "共",
            "仅显示",
            "显示",
            "省略",
            "剩余",
            "隐藏",
            "约",
            "范文",
        ]
        .iter()
        .find(|w| head.ends_with(*w))
        {
            return Some(start - w.len());
        }
    }
    None
}

pub(super) fn has_url(s: &str) -> bool {
    if !s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let l = s.to_ascii_lowercase();
    l.contains("http")
        || l.contains("www.")
        || [".com", ".cn", ".net", ".org", ".example"]
            .iter()
            .any(|d| l.contains(d))
}

/// Markup leaked into the text: CSS rules, tag fragments, entities.
pub(super) fn is_markup(s: &str) -> bool {
    let t = s.trim();
    let latin = t.chars().filter(char::is_ascii_alphabetic).count();
    let cjk = t.chars().filter(|&c| is_cjk(c)).count();
    // `{{名称}}` is a placeholder; a CSS rule is Latin words in braces
    ((t.contains('{') || t.contains('}')) && !t.contains("{{") && !t.contains("}}") && latin >= cjk)
        || t.starts_with('@')
        || t.contains("&nbsp")
        || (t.len() <= 4 && t.ends_with('>') && t.is_ascii())
        || [
            "font-",
            "margin",
            "line-height",
            "text-align",
            "background",
            "direction:",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// A speech's title with the site's word for a model text after it (`…开工仪式致辞范文`): where
/// that word starts.
pub(super) fn model_title(t: &str) -> Option<usize> {
    ["范文", "范本", "模板"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .filter(|r| is_speech_title(r) && !r.contains(|c: char| "，。！？；：,;!?".contains(c)))
        .map(str::len)
}

/// A bracket that gives the site's contact (`更多素材，微信：abc123`): a label's colon, then an
/// account of ASCII letters and digits, both, and nothing else (a phone number or a figure in a
/// bracket of the text has no letters; a term after a colon, `GDP`, no digits).
fn contact_handle(inner: &str) -> bool {
    inner.rsplit_once(['：', ':']).is_some_and(|(_, h)| {
        let h = h.trim();
        h.chars().filter(|c| !c.is_whitespace()).count() >= 5
            && h.chars()
                .all(|c| c.is_ascii_alphanumeric() || " _-@.".contains(c))
            && h.chars().any(|c| c.is_ascii_digit())
            && h.chars().any(|c| c.is_ascii_alphabetic())
    })
}

/// Runs of ASCII question marks where a page's spaces or characters were lost in encoding
/// (`??? 才某某就…`): two or more at the start of the line or after a space, before a space or
/// a Chinese character. A Chinese question ends in `？`; a URL's `?` is alone.
fn question_marks(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = line[from..].find("??") {
        let a = from + k;
        let e = a + line[a..].len() - line[a..].trim_start_matches('?').len();
        let before_ok = line[..a]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let after_ok = line[e..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || is_cjk(c));
        if before_ok && after_ok {
            out.push(a..e);
        }
        from = e;
    }
    out
}

/// A document's file name shown by the page (`【讲话致辞】在某某会上的致辞.docx`): a name with
/// no sentence in it, ending in a document's extension.
pub(super) fn is_file_name(t: &str) -> bool {
    let lower = t.trim().to_ascii_lowercase();
    let Some((name, ext)) = lower.rsplit_once('.') else {
        return false;
    };
    // (a picture's file, what a page shows where its picture did not come: `640.jpg`)
    let picture = ["jpg", "jpeg", "png", "gif", "webp", "bmp"].contains(&ext)
        && !name.is_empty()
        && !name.contains(char::is_whitespace)
        && !name.contains(['。', '！', '？', '，', '、']);
    picture
        || ([
            "doc", "docx", "wps", "pdf", "txt", "ppt", "pptx", "xls", "xlsx",
        ]
        .contains(&ext)
            && name.chars().filter(|&c| is_cjk(c)).count() >= 2
            && !name.contains(['。', '！', '？', '，']))
}

/// A printed paper's note where a report goes on on another page (`下转第三版`, `上接第1版`,
/// `转A2版`).
fn print_continued(inner: &str) -> bool {
    let t = inner.trim();
    ["下转", "上接", "转", "接"]
        .iter()
        .any(|w| t.starts_with(w))
        && t.ends_with('版')
        && t.chars().count() <= 8
        && t.chars()
            .any(|c| c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(c))
}

/// A forum's note of where its poster is (`来自湖南`, `来自 湖南常德`): 来自 with a place and
/// no more (a sentence's `来自湖南的客商` says more; `来自` alone may be a sentence's, cut at a
/// slot's space: `来自 xx 省的客商`).
pub(super) fn from_place(t: &str) -> bool {
    t.strip_prefix("来自")
        .map(str::trim)
        .is_some_and(|rest| rest.chars().count() <= 8 && only_places(rest))
}

/// Whether a span is place names and nothing else (`湖南常德`).
fn only_places(s: &str) -> bool {
    let found = crate::places::places().find(s);
    let mut at = 0;
    for (sp, _) in &found {
        if sp.start != at {
            return false;
        }
        at = sp.end;
    }
    !found.is_empty() && at == s.len()
}

/// Inline junk inside a span of prose: `（通用6篇）`, `[此文共1685字]`, `【本文共3000字，仅供参考】`,
/// a site's boilerplate sentence glued to the text, a page counter glued to a chunk.
pub(super) fn inline_junk(line: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    out.extend(SITE_SENTENCE_SET.spans_in(line));
    out.extend(question_marks(line));
    // bracketed notes about the page: （通用6篇） （精选5篇） [此文共1685字] 【本文共3000字…】 [VIP]
    for (open, close) in [('（', '）'), ('(', ')'), ('[', ']'), ('【', '】')] {
        let mut from = 0;
        while let Some(k) = line[from..].find(open) {
            let a = from + k;
            let Some(len) = line[a..]
                .char_indices()
                .take(24)
                .find(|&(_, c)| c == close)
                .map(|(j, c)| j + c.len_utf8())
            else {
                from = a + open.len_utf8();
                continue;
            };
            let inner = &line[a + open.len_utf8()..a + len - close.len_utf8()];
            let about_page = (inner.contains('篇')
                && inner
                    .chars()
                    .any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                && inner.chars().count() <= 8)
                || (inner.contains("共") && inner.contains('字'))
                || inner.contains("仅供参考")
                || inner == "VIP"
                || inner.contains("复制链接")
                || print_continued(inner)
                || contact_handle(inner)
                // a count of the text's characters alone (`（全文1860字）`)
                || (text_count(inner) == Some(0) && inner.ends_with('字'))
                // a source note that names no source (`（来自）` put inside a sentence)
                || ["来自", "来源", "转自", "摘自", "出自", "来源于"].contains(&inner.trim())
                // a draft's status in a page's brackets on a title line (`…讲话[定稿]`); a
                // document's own status is in round brackets (`（征求意见稿）`)
                || (open != '（'
                    && open != '('
                    && inner.ends_with('稿')
                    && inner.chars().count() <= 4
                    && inner.chars().all(crate::text::is_cjk)
                    && !line.contains(['，', '。', ',']));
            if about_page {
                out.push(a..a + len);
            }
            from = a + len;
        }
    }
    // the page's copy header in brackets glued before the salutation (`【某某大会讲话稿】尊敬的…：`):
    // a text's own title stands on its line, unbracketed
    let lead = line.len() - line.trim_start().len();
    if let Some(inner) = line[lead..].strip_prefix('【') {
        if let Some((k, _)) = inner.char_indices().take(40).find(|&(_, c)| c == '】') {
            let after = &inner[k + '】'.len_utf8()..];
            // (or a label of a char or two, `【正】`, `【正文】`: no title is so short)
            let genre = ["稿", "范文", "致辞", "讲话", "发言", "主持词"]
                .iter()
                .any(|w| inner[..k].contains(w))
                || inner[..k].chars().count() <= 2;
            if genre && super::talk::opens_speech(after) {
                out.push(lead..line.len() - after.len());
            }
        }
    }
    // the site's word for a model text after a title on its own line (`…开工仪式致辞范文`)
    let body = line.trim_end();
    if let Some(a) = model_title(body.trim_start()) {
        out.push(body.len() - body.trim_start().len() + a..body.len());
    }
    // a count of the text's characters glued to the end of a line (`…致辞范文1655字`)
    if body.ends_with('字') {
        if let Some(a) = text_count(body) {
            if body[a..].chars().count() <= 10 && a > 0 {
                out.push(a..body.len());
            }
        }
    }
    // page counters glued anywhere: 第2页共3页, 第2页/共3页
    let mut from = 0;
    while let Some(k) = line[from..].find('第') {
        let a = from + k;
        let rest = &line[a + '第'.len_utf8()..];
        let d = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = &rest[d..];
        let tail = after
            .strip_prefix("页共")
            .or_else(|| after.strip_prefix("页/共"))
            .or_else(|| after.strip_prefix("页 共"));
        if let (true, Some(t)) = (d > 0, tail) {
            let d2 = t.bytes().take_while(u8::is_ascii_digit).count();
            if d2 > 0 && t[d2..].starts_with('页') {
                let end = a + '第'.len_utf8() + d + (after.len() - t.len()) + d2 + '页'.len_utf8();
                out.push(a..end);
            }
        }
        from = a + '第'.len_utf8();
    }
    // stray anti-copy marks between characters: 我们的`产业, 演练的.消防 (a dot before a unit is a
    // figure's, its digits left blank: `投资.亿元`); a backtick at a quote too: 授予的`“…”
    for (i, c) in line.char_indices() {
        if matches!(c, '`' | '\'' | '|' | '.') {
            let prev = line[..i].chars().next_back();
            let next = line[i + 1..].chars().next();
            let figure = c == '.' && crate::scan::unit_at(line, i + 1).is_some();
            let quoted = c == '`'
                && prev.is_some_and(|p| is_cjk(p) || "“”‘’".contains(p))
                && next.is_some_and(|n| is_cjk(n) || "“”‘’".contains(n));
            let stop = c == '.' && super::marks::sentence_dot(line, i);
            if (prev.is_some_and(is_cjk) && next.is_some_and(is_cjk) && !figure && !stop) || quoted
            {
                out.push(i..i + 1);
            }
        }
    }
    out.extend(super::marks::tripled_chars(line));
    out
}

/// A line that is only a bracketed label naming a piece of the page, not of the speech
/// (`【资料图】`, `（组图）`, `【正文】`): a picture or the body as the site shows it, a note of
/// where the page took it from (`（以上图文转自某某发布）`), the view offered (`文章预览`). A
/// stage direction of the speech (`（掌声）`) names what happens in the hall.
pub(super) fn is_page_label(t: &str) -> bool {
    let t = t.trim();
    let inner = [
        ('【', '】'),
        ('（', '）'),
        ('(', ')'),
        ('[', ']'),
        ('［', '］'),
    ]
    .iter()
    .find_map(|&(o, c)| t.strip_prefix(o)?.strip_suffix(c));
    // (or the view of it the site offers, alone: `文章预览`)
    let view = t.chars().count() <= 6 && t.ends_with("预览") && t.chars().all(crate::text::is_cjk);
    view || inner.is_some_and(|i| {
        let i = i.trim();
        let n = i.chars().count();
        ["正文", "全文", "原文", "图片", "视频", "音频"].contains(&i)
            || ((2..=4).contains(&n) && i.ends_with('图') && i.chars().all(crate::text::is_cjk))
            // (a note of where the page took it from: `（以上图文转自某某发布）`)
            || (["转自", "转载自", "摘自"].iter().any(|w| i.contains(w)) && n <= 40)
    })
}

/// `第1页 / 共10页`, `标题_第2页`, `- 3 -`, `第 3 页`.
pub(super) fn is_page_line(t: &str) -> bool {
    // every page line has a 页 or is a `-3-` (asked of every span of a page: most have neither)
    if !t.contains('页') && !t.trim_start().starts_with('-') {
        return false;
    }
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(pos) = compact.rfind("_第") {
        let rest = &compact[pos + "_第".len()..];
        let d = rest.chars().take_while(char::is_ascii_digit).count();
        if d > 0 && rest[d..] == *"页" {
            return true;
        }
    }
    let is_page = |s: &str| -> bool {
        s.strip_prefix('第')
            .and_then(|r| r.strip_suffix('页'))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let is_total = |s: &str| -> bool {
        s.strip_prefix('共')
            .and_then(|r| r.strip_suffix('页'))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let compact = compact.replace("页共", "页/共");
    match compact.split_once('/') {
        Some((a, b)) => is_page(a) && is_total(b),
        None => {
            is_page(&compact)
                || (compact.starts_with('-')
                    && compact.ends_with('-')
                    && compact.len() > 2
                    && compact[1..compact.len() - 1]
                        .chars()
                        .all(|c| c.is_ascii_digit()))
        }
    }
}

/// Where a `第N页共N页` / `第N页/共N页` at the end of a line starts.
pub(super) fn trailing_page_counter(body: &str) -> Option<usize> {
    let k = body.rfind("第")?;
    let tail: String = body[k..].chars().filter(|c| !c.is_whitespace()).collect();
    let tail = tail.replace('/', "");
    let rest = tail.strip_prefix('第')?;
    let d = rest.chars().take_while(char::is_ascii_digit).count();
    let rest = rest[d..].strip_prefix("页共")?;
    let d2 = rest.chars().take_while(char::is_ascii_digit).count();
    (d > 0 && d2 > 0 && &rest[d2..] == "页" && k > 0).then_some(k)
}

/// A line of three or more short items between bars and nothing of a sentence (`A|B|C`, `标题一
/// | 标题二 | 标题三`): a list of a site's links, whatever their words.
pub(super) fn is_link_list(line: &str) -> bool {
    let bars = line.matches(['|', '｜']).count();
    bars >= 2
        && !line.contains(['，', '。', '；', '！', '？', ',', ';'])
        && line
            .split(['|', '｜'])
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .all(|item| item.chars().count() <= 24)
        && line
            .split(['|', '｜'])
            .filter(|i| !i.trim().is_empty())
            .count()
            >= 3
}

/// A line of five or more short items between commas and nothing of a sentence (no `、`, no
/// sentence's end, hardly a function word: `某某视频,某某免费网站,www.某某`): a site's key words
/// or a spam block, whatever its words. A speech lists things with `、`, in a sentence.
pub(super) fn is_keyword_list(line: &str, prose_words: impl Fn(&str) -> usize) -> bool {
    let t = line.trim();
    if t.contains([
        '、', '。', '！', '？', '；', '：', ';', '!', '?', ':', '“', '”',
    ]) {
        return false;
    }
    let items: Vec<&str> = t.split([',', '，']).map(str::trim).collect();
    items.len() >= 5
        && items
            .iter()
            .all(|i| (2..=14).contains(&i.chars().count()) && !i.contains(' '))
        && prose_words(t) * 3 <= items.len()
}

/// A photo's caption: a line that ends with its photographer's credit (`…在国歌声中闭幕。
/// 某某社发 某某 摄`, `…举行(某社 某某摄) |`): the credit a medium and a name, or a name after
/// a space, then 摄. A sentence that ends in 拍摄 has no space before its last words.
pub(super) fn is_caption(line: &str) -> bool {
    let t = line
        .trim()
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '｜'))
        .trim_end_matches([')', '）'])
        .trim_end();
    let Some(body) = t.strip_suffix('摄') else {
        return false;
    };
    let from = body.rfind(['。', '！', '(', '（']).map_or(0, |k| {
        k + body[k..].chars().next().map_or(1, char::len_utf8)
    });
    let credit = body[from..].trim();
    let name = credit.rsplit(' ').next().unwrap_or("");
    let n = name.chars().count();
    credit.contains(' ')
        && credit.chars().count() <= 16
        && (2..=4).contains(&n)
        && name.chars().all(is_cjk)
        && t.chars().filter(|&c| is_cjk(c)).count() <= 150
}

#[cfg(test)]
mod tests {
    use super::{is_caption, is_keyword_list};

    #[test]
    fn key_words_and_captions_by_shape() {
        let none = |_: &str| 0;
        assert!(is_keyword_list(
            "甲乙彩票,丙丁赛车,戊己娱乐,庚辛平台,壬癸技巧",
            none
        ));
        // a slogan of the speech is a sentence, or lists with 、; a line that runs on is cut
        assert!(!is_keyword_list(
            "抓项目,促投资,稳增长,惠民生,防风险。",
            none
        ));
        assert!(!is_keyword_list(
            "抓项目、促投资、稳增长、惠民生、防风险",
            none
        ));
        assert!(!is_keyword_list(
            "要抓项目,促投资,稳增长,惠民生,防风险,",
            none
        ));
        assert!(is_caption("会议现场。 某某日报记者 张某 摄"));
        assert!(is_caption("客商代表签约(某某社 李某某摄) |"));
        assert!(!is_caption("要请专业团队来拍摄"));
        assert!(!is_caption("今年我们组织拍摄"));
    }
}
