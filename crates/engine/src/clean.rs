//! The `clean` stage before parsing: a text copied off a template site becomes a draft a writer
//! can work on. Site junk, page markers and paywall cuts go; words cut by a page marker and
//! sentences cut by a hard line break are joined; pinyin artifacts go and traditional text
//! becomes simplified; `□` gets the punctuation it lost; half-width punctuation in Chinese
//! sentences becomes full-width; several speeches in one file are found.
//!
//! Every change is a [`Repair`] placed in the input (byte span, so the CLI gives line and
//! column), and the result is plain text; the app loads it as one undoable step. Total: any
//! input, no panic.

use crate::text::{is_cjk, is_latin_letter, is_sentence_end, Span};
use serde::Serialize;
use std::sync::OnceLock;

/// One change made by the clean stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Repair {
    /// `site-junk`, `page-marker`, `truncation`, `line-break`, `pinyin`, `traditional`, `box`,
    /// `width`, `speech-split`.
    pub rule: &'static str,
    /// Where in the input.
    pub span: Span,
    /// The input text it replaced (shortened for long lines).
    pub before: String,
    pub after: String,
    pub message: String,
}

/// A speech found in the cleaned text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speech {
    pub title: String,
    /// Byte range in the cleaned text.
    pub range: Span,
}

/// The result of cleaning.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cleaned {
    pub text: String,
    pub repairs: Vec<Repair>,
    pub speeches: Vec<Speech>,
    /// Text was cut by the source site (paywall, preview end): the draft is incomplete.
    pub incomplete: bool,
}

impl Cleaned {
    /// How many repairs each rule made, in rule order.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        let mut out: Vec<(&'static str, usize)> = Vec::new();
        for r in &self.repairs {
            match out.iter_mut().find(|(k, _)| *k == r.rule) {
                Some((_, n)) => *n += 1,
                None => out.push((r.rule, 1)),
            }
        }
        out
    }

    /// "删除网页杂项 N 行，修复 M 处，繁体转简体…": the import summary.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        for (rule, n) in self.counts() {
            parts.push(match rule {
                "site-junk" => format!("删除网页杂项 {n} 处"),
                "page-marker" => format!("删除分页标记 {n} 处"),
                "truncation" => format!("发现截断 {n} 处（原文缺失，已标出）"),
                "line-break" => format!("接上断行 {n} 处"),
                "pinyin" => format!("删除拼音注音 {n} 处"),
                "traditional" => format!("繁体转简体 {n} 段"),
                "box" => format!("修复“□” {n} 处"),
                "width" => format!("半角标点改全角 {n} 处"),
                "speech-split" => format!("拆开粘连的标题 {n} 处"),
                other => format!("{other} {n} 处"),
            });
        }
        if self.speeches.len() > 1 {
            parts.push(format!("发现 {} 篇讲话", self.speeches.len()));
        }
        if parts.is_empty() {
            "文本无需清理".to_string()
        } else {
            parts.join("，")
        }
    }
}

/// The marker left where the source cut text: a named field, so it is a leftover until the
/// writer fills the gap, and the `truncation` rule explains it.
pub const TRUNCATION_MARK: &str = "此处原文缺失";

fn shorten(s: &str) -> String {
    let n = s.chars().count();
    if n <= 40 {
        s.to_string()
    } else {
        let head: String = s.chars().take(36).collect();
        format!("{head}…")
    }
}

// ---------------------------------------------------------------- line classes

/// Words that mark a line as site furniture, with how many must appear.
const JUNK_ANY: &[&str] = &[
    "小编",
    "展开阅读全文",
    "温馨提示",
    "免责声明",
    "版权所有",
    "版权声明",
    "ICP备",
    "ICP",
    "公网安备",
    "copyright",
    "Copyright",
    "©",
    "本文由",
    "由会员分享",
    "下载文档",
    "立即下载",
    "点击下载",
    "开通会员",
    "会员可",
    "正式会员",
    "VIP",
    "资源描述",
    "您的位置",
    "当前位置",
    "关于我们",
    "网站地图",
    "联系我们",
    "本站",
    "上传者",
    "上传人",
    "文档编号",
    "阅读次数",
    "收藏 版权申诉",
    "扫码",
    "关注公众号",
    "相关推荐",
    "猜你喜欢",
    "上一篇",
    "下一篇",
    "权益所有人",
    "侵权",
    "用户上传",
    "上传分享",
    "下载文件",
    "下载资源",
    "信息存储空间",
];

/// Metadata lines: two or more of these.
const META: &[&str] = &[
    "作者",
    "来源",
    "发布时间",
    "上传时间",
    "阅读",
    "格式",
    "页数",
    "大小",
    "浏览",
    "下载次数",
    "更新时间",
];

fn is_junk_line(line: &str) -> bool {
    let t = line.trim();
    if JUNK_ANY.iter().any(|w| t.contains(w)) {
        return true;
    }
    let meta = META.iter().filter(|w| t.contains(*w)).count();
    if meta >= 2 && t.chars().count() < 120 {
        return true;
    }
    // masked user names: xt****7
    if t.contains("****") && t.chars().count() < 80 {
        return true;
    }
    is_page_line(t)
}

/// `第1页 / 共10页`, `标题_第2页`, `- 3 -`, `第 3 页`.
fn is_page_line(t: &str) -> bool {
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
fn trailing_page_counter(body: &str) -> Option<usize> {
    let k = body.rfind("第")?;
    let tail: String = body[k..].chars().filter(|c| !c.is_whitespace()).collect();
    let tail = tail.replace('/', "");
    let rest = tail.strip_prefix('第')?;
    let d = rest.chars().take_while(char::is_ascii_digit).count();
    let rest = rest[d..].strip_prefix("页共")?;
    let d2 = rest.chars().take_while(char::is_ascii_digit).count();
    (d > 0 && d2 > 0 && &rest[d2..] == "页" && k > 0).then_some(k)
}

/// A paywall or preview cut inside a line: (byte range in the line, characters missing if said).
fn truncation_in(line: &str) -> Option<(Span, Option<u32>)> {
    const CUES: &[&str] = &[
        "省略",
        "未完",
        "此处隐藏",
        "预览结束",
        "试读结束",
        "全文共",
        "剩余",
    ];
    // a cue counts only in the shape sites give it: `未完,` not `未完工`, `省略654字`
    let says_chars = |after: &str| -> bool {
        let t: String = after.chars().take(14).collect();
        t.contains('字') && t.chars().any(|c| c.is_ascii_digit())
    };
    let cue = CUES
        .iter()
        .flat_map(|c| line.match_indices(c).map(move |(i, _)| (i, *c)))
        .filter(|&(i, c)| {
            let after = &line[i + c.len()..];
            match c {
                "未完" => {
                    after.starts_with("待续")
                        || after.chars().next().is_none_or(|n| {
                            matches!(n, ',' | '，' | ')' | '）' | '…' | '。' | '.' | ' ')
                        })
                }
                "预览结束" | "试读结束" => true,
                _ => says_chars(after),
            }
        })
        .min()?;
    let (cue_at, cue_word) = cue;
    // the cut spans from an opening bracket or dash run before the cue to the closing one after
    let open_at = line[..cue_at]
        .char_indices()
        .rev()
        .take(6)
        .filter(|&(_, c)| matches!(c, '(' | '（' | '…' | '-' | '—' | '.' | '【' | '['))
        .map(|(i, _)| i)
        .min();
    let mut start = open_at.unwrap_or(cue_at);
    // the ellipsis run before a bracket belongs to the cut
    while let Some(c) = line[..start].chars().next_back() {
        if matches!(c, '…' | '.' | '-' | '—') {
            start -= c.len_utf8();
        } else {
            break;
        }
    }
    let after_cue = &line[cue_at..];
    let close_rel = after_cue
        .char_indices()
        .find(|&(_, c)| matches!(c, ')' | '）' | '】' | ']'))
        .map(|(i, c)| i + c.len_utf8());
    let mut end = match close_rel {
        Some(e) if e < 80 => cue_at + e,
        _ => {
            // a bare cue ("预览结束", "---此处隐藏1069字---"): up to the dash run's end or the line end
            let mut e = cue_at + cue_word.len();
            let tail = &line[e..];
            let k = tail
                .char_indices()
                .find(|&(_, c)| {
                    !(c.is_ascii_digit() || matches!(c, '字' | '-' | '—' | '…' | ',' | '，' | '.'))
                })
                .map_or(tail.len(), |(i, _)| i);
            e += k;
            e
        }
    };
    while let Some(c) = line[end..].chars().next() {
        if matches!(c, '…' | '.' | '-' | '—') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    // "全文共2889字,当前仅显示1837字" → 1052 missing; "省略654字" → 654
    let numbers: Vec<u32> = line[start..end]
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    let missing = match (cue_word, numbers.as_slice()) {
        ("全文共" | "未完", [total, shown, ..]) if total > shown => Some(total - shown),
        (_, [n, ..]) => Some(*n),
        _ => None,
    };
    // a bare "全文共N字" that is the speech's own sentence is not a cut
    if cue_word == "全文共" && open_at.is_none() {
        return None;
    }
    Some((start..end, missing))
}

// ---------------------------------------------------------------- speech separators

const CN_NUM: &str = "一二三四五六七八九十";

/// `重大项目推进讲话稿篇一`, `讲话稿1`, `精编(二)`, `范文3`: the line starts a new speech.
fn separator_label(t: &str) -> Option<String> {
    let t = t.trim();
    if t.chars().count() > 40 || t.chars().any(is_sentence_end) {
        return None;
    }
    let last: Vec<char> = t.chars().rev().take(4).collect();
    let ends_numbered_pian = t.rfind('篇').is_some_and(|i| {
        !t[i + '篇'.len_utf8()..].is_empty()
            && t[i + '篇'.len_utf8()..].chars().all(|c| CN_NUM.contains(c))
    });
    let ends_digit_after_word = ["讲话稿", "讲话", "范文", "发言", "致辞"].iter().any(|w| {
        t.rfind(w).is_some_and(|i| {
            let rest = &t[i + w.len()..];
            !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || "（）()一二三四五六七八九十".contains(c))
        })
    });
    let paren_num = matches!(last.first(), Some(')' | '）'))
        && last.get(1).is_some_and(|c| CN_NUM.contains(*c))
        && matches!(last.get(2), Some('(' | '（'));
    (ends_numbered_pian || ends_digit_after_word || paren_num).then(|| t.to_string())
}

/// A speech title glued into running text: `…意义重大。在全区…讲话精编(二)在当前…`.
/// Returns the byte range of the glued title inside the line.
fn glued_title(line: &str) -> Option<Span> {
    for w in ["讲话精编", "讲话稿", "讲话"] {
        let mut from = 0;
        while let Some(k) = line[from..].find(w) {
            let at = from + k;
            let after = &line[at + w.len()..];
            let num_len = [
                "(二)",
                "（二）",
                "(三)",
                "（三）",
                "(四)",
                "（四）",
                "(五)",
                "（五）",
            ]
            .iter()
            .find(|p| after.starts_with(*p))
            .map(|p| p.len());
            if let Some(nl) = num_len {
                // the title starts after the last sentence end before it
                let start = line[..at]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| is_sentence_end(c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let end = at + w.len() + nl;
                if start > 0 && at - start < 90 {
                    return Some(start..end);
                }
            }
            from = at + w.len();
        }
    }
    None
}

// ---------------------------------------------------------------- inline repairs

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || matches!(c, 'à'..='ü' | 'ā'..='ǜ')
}

fn has_tone(s: &str) -> bool {
    s.chars().any(|c| !c.is_ascii() && is_pinyin_letter(c))
}

/// `(qū)` right after a CJK char: a pinyin artifact of a converted page.
fn pinyin_at(line: &str, i: usize) -> Option<usize> {
    let rest = &line[i..];
    let open = rest.chars().next()?;
    if open != '(' && open != '（' {
        return None;
    }
    let inner_start = open.len_utf8();
    let inner_len = rest[inner_start..]
        .char_indices()
        .find(|&(_, c)| !is_pinyin_letter(c))
        .map_or(rest.len() - inner_start, |(k, _)| k);
    let inner = &rest[inner_start..inner_start + inner_len];
    let close = rest[inner_start + inner_len..].chars().next()?;
    if !(close == ')' || close == '）')
        || inner.is_empty()
        || inner.chars().count() > 7
        || !has_tone(inner)
    {
        return None;
    }
    Some(inner_start + inner_len + close.len_utf8())
}

fn converter() -> Option<&'static ferrous_opencc::OpenCC> {
    static CC: OnceLock<Option<ferrous_opencc::OpenCC>> = OnceLock::new();
    CC.get_or_init(|| {
        ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).ok()
    })
    .as_ref()
}

/// Traditional → simplified with OpenCC's t2s tables.
pub fn to_simplified(s: &str) -> String {
    match converter() {
        Some(cc) => cc.convert(s),
        None => s.to_string(),
    }
}

/// The punctuation a `□` most likely stood for: `、` between short items (names, figures,
/// placeholders), `，` elsewhere.
pub fn box_replacement(before: &str, after: &str) -> &'static str {
    let item = |s: &str, from_end: bool| -> usize {
        let it: Box<dyn Iterator<Item = char>> = if from_end {
            Box::new(s.chars().rev())
        } else {
            Box::new(s.chars())
        };
        it.take_while(|&c| {
            !matches!(
                c,
                '，' | '。' | '、' | '；' | '：' | '□' | '\n' | ',' | '“' | '”'
            )
        })
        .take(20)
        .count()
    };
    let (b, a) = (item(before, true), item(after, false));
    let next_is_item = after
        .chars()
        .take(12)
        .collect::<String>()
        .contains(['□', '、', '等']);
    let prev_is_item = before
        .chars()
        .rev()
        .take(12)
        .collect::<String>()
        .contains(['□', '、']);
    if (b <= 10 && next_is_item && a <= 12) || (prev_is_item && b <= 10 && a <= 10) {
        "、"
    } else {
        "，"
    }
}

/// Half-width punctuation in a Chinese sentence → full-width; numbers, URLs, Latin text kept.
pub(crate) fn width_fix(line: &str, c: char, i: usize) -> Option<&'static str> {
    let prev = line[..i].chars().next_back();
    let next = line[i + c.len_utf8()..].chars().next();
    let cjk_side = prev.is_some_and(is_cjk)
        || next.is_some_and(is_cjk)
        || prev.is_some_and(|p| "”）】".contains(p));
    let digits_around =
        prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
    let latin_around = prev.is_some_and(|p| p.is_ascii_alphabetic())
        && next.is_some_and(|n| n.is_ascii_alphabetic() || n == ' ');
    if !cjk_side || digits_around || latin_around {
        return None;
    }
    match c {
        ',' => Some("，"),
        ':' if !line[i..].starts_with("://") => Some("："),
        ';' => Some("；"),
        // (a `?` glued to Latin letters, as in `家?guī`, is mojibake, not a question)
        '?' if prev.is_some_and(is_cjk) && !next.is_some_and(is_latin_letter) => Some("？"),
        '!' if prev.is_some_and(is_cjk) => Some("！"),
        _ => None,
    }
}

/// Matching half-width parentheses around Chinese text: byte offsets of `(` and `)`.
fn paren_pair(line: &str, i: usize) -> Option<usize> {
    let rest = &line[i + 1..];
    let close = rest
        .char_indices()
        .take(40)
        .find(|&(_, c)| c == ')' || c == '(')?;
    if close.1 != ')' {
        return None;
    }
    let inner = &rest[..close.0];
    let prev = line[..i].chars().next_back();
    let next = rest[close.0 + 1..].chars().next();
    let chinese = inner.chars().any(is_cjk) || prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
    let latin_only = !inner.is_empty() && inner.is_ascii();
    (chinese && (!latin_only || prev.is_some_and(is_cjk))).then_some(i + 1 + close.0)
}

struct LineOut {
    text: String,
    repairs: Vec<Repair>,
}

/// Repairs inside one line (which starts at `base` in the input).
fn repair_line(line: &str, base: usize, traditional: bool) -> LineOut {
    let mut repairs = Vec::new();
    // 1. pinyin artifacts
    let mut s = String::with_capacity(line.len());
    let mut map: Vec<usize> = Vec::with_capacity(line.len() + 1); // output byte → input byte
    let mut i = 0;
    while let Some(c) = line[i..].chars().next() {
        if (c == '(' || c == '（')
            && line[..i]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace())
        {
            if let Some(len) = pinyin_at(line, i) {
                repairs.push(Repair {
                    rule: "pinyin",
                    span: base + i..base + i + len,
                    before: line[i..i + len].to_string(),
                    after: String::new(),
                    message: format!("删除拼音注音“{}”", &line[i..i + len]),
                });
                i += len;
                continue;
            }
        }
        for k in 0..c.len_utf8() {
            map.push(i + k);
        }
        s.push(c);
        i += c.len_utf8();
    }
    map.push(line.len());
    // 2. traditional → simplified
    if traditional {
        let simp = to_simplified(&s);
        if simp != s {
            let changed = s
                .chars()
                .zip(simp.chars())
                .filter(|(a, b)| a != b)
                .count()
                .max(1);
            repairs.push(Repair {
                rule: "traditional",
                span: base..base + line.len(),
                before: shorten(&s),
                after: shorten(&simp),
                message: format!("繁体转简体 {changed} 字"),
            });
            if simp.len() == s.len() {
                s = simp;
            } else {
                // phrase conversions changed lengths: offsets are kept per line
                map = (0..=simp.len()).map(|k| k.min(line.len())).collect();
                s = simp;
            }
        }
    }
    // 3. □ and width, char by char
    let mut out = String::with_capacity(s.len());
    let mut pairs: Vec<usize> = Vec::new();
    for (k, c) in s.char_indices() {
        let at = base + map.get(k).copied().unwrap_or(line.len());
        let replacement: Option<&str> = match c {
            '□' => Some(box_replacement(&s[..k], &s[k + c.len_utf8()..])),
            '(' => paren_pair(&s, k).map(|close| {
                pairs.push(close);
                "（"
            }),
            ')' if pairs.contains(&k) => Some("）"),
            ',' | ':' | ';' | '?' | '!' => width_fix(&s, c, k),
            _ => None,
        };
        match replacement {
            Some(r) => {
                let rule = if c == '□' { "box" } else { "width" };
                let message = if c == '□' {
                    format!("“□”改为“{r}”")
                } else {
                    format!("半角“{c}”改为全角“{r}”")
                };
                repairs.push(Repair {
                    rule,
                    span: at..at + c.len_utf8(),
                    before: c.to_string(),
                    after: r.to_string(),
                    message,
                });
                out.push_str(r);
            }
            None => out.push(c),
        }
    }
    LineOut { text: out, repairs }
}

// ---------------------------------------------------------------- page chunks

/// Lines `1、…`, `2、…`, `3、…` in sequence that are page chunks of a document site: long,
/// cut mid-sentence. Returns, for each chunk line index, the byte length of its marker.
fn page_chunks(lines: &[(usize, &str)]) -> Vec<(usize, usize)> {
    let numbered: Vec<(usize, u32, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(li, (_, l))| {
            let d = l.chars().take_while(char::is_ascii_digit).count();
            let rest = &l[d..];
            (d > 0 && d <= 3 && rest.starts_with('、'))
                .then(|| l[..d].parse().ok().map(|n| (li, n, d + '、'.len_utf8())))
                .flatten()
        })
        .collect();
    // runs of consecutive numbers starting at 1
    let mut out = Vec::new();
    let mut run: Vec<(usize, u32, usize)> = Vec::new();
    let flush = |run: &mut Vec<(usize, u32, usize)>, out: &mut Vec<(usize, usize)>| {
        if run.len() >= 3 {
            let long = run
                .iter()
                .filter(|(li, _, _)| lines[*li].1.chars().count() >= 200)
                .count();
            let cut = run
                .iter()
                .filter(|(li, _, _)| {
                    !lines[*li]
                        .1
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(is_sentence_end)
                })
                .count();
            if long * 10 >= run.len() * 7 && cut * 2 >= run.len() {
                out.extend(run.iter().map(|&(li, _, len)| (li, len)));
            }
        }
        run.clear();
    };
    for item in numbered {
        match run.last() {
            Some(&(_, n, _)) if item.1 == n + 1 => run.push(item),
            _ => {
                flush(&mut run, &mut out);
                if item.1 == 1 {
                    run.push(item);
                }
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

// ---------------------------------------------------------------- the stage

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

fn starts_numbered(t: &str) -> bool {
    crate::parse::numbering_at(t.trim_start(), 0).is_some()
}

/// Clean a pasted or opened text. Total: never fails, never panics.
pub fn clean(input: &str) -> Cleaned {
    let mut repairs: Vec<Repair> = Vec::new();
    let mut incomplete = false;
    let traditional = looks_traditional(input);

    // lines with their input offsets (a \r before \n belongs to the break)
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for raw in input.split('\n') {
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        lines.push((pos, l));
        pos += raw.len() + 1;
    }
    let chunks = page_chunks(&lines);

    // paragraphs being built: (text, joined-to-previous?)
    let mut paras: Vec<(usize, String)> = Vec::new();
    let mut open_para = false; // the last paragraph may continue on the next line
    for (li, &(base, line)) in lines.iter().enumerate() {
        let t = line.trim_matches(|c: char| c.is_whitespace());
        if t.is_empty() {
            continue;
        }
        // a line that is only a paywall cut is a truncation, not junk
        let only_cut = truncation_in(t).is_some_and(|(span, _)| {
            t[..span.start].trim().is_empty() && t[span.end..].trim().is_empty()
        });
        let junk = !only_cut
            && if traditional {
                is_junk_line(&to_simplified(t))
            } else {
                is_junk_line(t)
            };
        if junk {
            repairs.push(Repair {
                rule: if is_page_line(t) {
                    "page-marker"
                } else {
                    "site-junk"
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
        let chunk = chunks.iter().find(|(c, _)| *c == li).map(|&(_, len)| len);
        if let Some(len) = chunk {
            repairs.push(Repair {
                rule: "page-marker",
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
                rule: "page-marker",
                span: base + body_start + k..base + body_start + body.len(),
                before: body[k..].to_string(),
                after: String::new(),
                message: format!("删除分页标记“{}”", &body[k..]),
            });
            body = &body[..k];
        }
        let body_base = base + body_start;
        // truncation cuts inside the line
        let mut segs: Vec<(usize, String)> = Vec::new(); // (input offset, text)
        let mut rest_start = 0;
        let mut marks: Vec<String> = Vec::new();
        let mut scan_from = 0;
        while let Some((span, missing)) = truncation_in(&body[scan_from..]) {
            let s = scan_from + span.start;
            let e = scan_from + span.end;
            segs.push((body_base + rest_start, body[rest_start..s].to_string()));
            let mark = match missing {
                Some(n) => format!("【{TRUNCATION_MARK}约{n}字】"),
                None => format!("【{TRUNCATION_MARK}】"),
            };
            repairs.push(Repair {
                rule: "truncation",
                span: body_base + s..body_base + e,
                before: body[s..e].to_string(),
                after: mark.clone(),
                message: match missing {
                    Some(n) => format!("网站截断了原文，这里缺少约{n}字，已标出待补"),
                    None => "网站截断了原文，这里有文字缺失，已标出待补".to_string(),
                },
            });
            incomplete = true;
            marks.push(mark);
            rest_start = e;
            scan_from = e;
            if scan_from >= body.len() {
                break;
            }
        }
        segs.push((body_base + rest_start, body[rest_start..].to_string()));
        let mut text = String::new();
        for (k, (seg_base, seg)) in segs.iter().enumerate() {
            let out = repair_line(seg, *seg_base, traditional);
            repairs.extend(out.repairs);
            text.push_str(&out.text);
            if let Some(m) = marks.get(k) {
                text.push_str(m);
            }
        }
        let piece = text.trim().to_string();
        if piece.is_empty() {
            continue;
        }
        let continues = open_para
            && (chunk.is_some() || !starts_numbered(&piece))
            && separator_label(&piece).is_none();
        if continues {
            if let Some((_, last)) = paras.last_mut() {
                if chunk.is_none() {
                    repairs.push(Repair {
                        rule: "line-break",
                        span: base..base,
                        before: String::new(),
                        after: String::new(),
                        message: "句子中间的换行已接上".into(),
                    });
                }
                last.push_str(&piece);
                open_para = !ends_paragraph(last);
                continue;
            }
        }
        let next_chunked = chunks.iter().any(|(c, _)| *c == li + 1);
        open_para = if chunk.is_some() || next_chunked {
            true
        } else {
            !ends_paragraph(&piece)
                && piece.chars().count() >= 15
                && piece.contains(['，', '。', '、', '；'])
                && !starts_numbered(&piece)
                && separator_label(&piece).is_none()
        };
        paras.push((base + lead, piece));
    }
    // paragraphs that ran together on the site: headings, a salutation and another speech's
    // title glued into the text start paragraphs of their own
    let mut split: Vec<String> = Vec::with_capacity(paras.len());
    for (at, para) in paras {
        let para = split_glued(&para, at, &mut repairs);
        for part in para.split("\n\n") {
            match glued_title(part) {
                Some(span) => {
                    repairs.push(Repair {
                        rule: "speech-split",
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
                            .map(str::to_string),
                    );
                }
                None => split.push(part.to_string()),
            }
        }
    }
    let paras = split;
    let mut text = paras.join("\n\n");
    if !text.is_empty() {
        text.push('\n');
    }
    let speeches = find_speeches(&text);
    Cleaned {
        text,
        repairs,
        speeches,
        incomplete,
    }
}

/// In a line over 300 characters, put a break before `一、`/`（一）` that follows a sentence
/// end, and around a salutation glued to a title (`…讲话精编同志们：今天…`).
fn split_glued(text: &str, at: usize, repairs: &mut Vec<Repair>) -> String {
    if text.chars().count() < 300 {
        return text.to_string();
    }
    let mut breaks: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let rest = &text[i..];
        let heading = matches!(prev, Some('。' | '！' | '；'))
            && crate::parse::numbering_at(rest, 0).is_some_and(|n| {
                matches!(
                    n.style,
                    crate::parse::NumStyle::ChineseDun | crate::parse::NumStyle::ChineseParen
                )
            });
        if heading {
            breaks.push(i);
            if let Some(k) = heading_end(rest) {
                breaks.push(i + k);
            }
        }
        let glued_salutation = i > 0
            && text[..i].chars().count() < 80
            && rest.starts_with("同志们：")
            && !matches!(prev, Some('，' | '。' | '：' | '！'));
        if glued_salutation {
            breaks.push(i);
            breaks.push(i + "同志们：".len());
        }
        prev = Some(c);
    }
    if breaks.is_empty() {
        return text.to_string();
    }
    repairs.push(Repair {
        rule: "line-break",
        span: at..at,
        before: String::new(),
        after: String::new(),
        message: format!("长段落里粘连的标题和称谓分出 {} 段", breaks.len()),
    });
    let mut out = String::with_capacity(text.len() + breaks.len() * 2);
    let mut pos = 0;
    for b in breaks {
        out.push_str(&text[pos..b]);
        out.push_str("\n\n");
        pos = b;
    }
    out.push_str(&text[pos..]);
    out
}

/// Words a paragraph of a speech often opens with: where a heading glued to its text ends
/// (`一、正视问题，增强紧迫感今年以来，…`).
const OPENERS: &[&str] = &[
    "今年以来",
    "近年来",
    "近几年来",
    "近几年",
    "一年来",
    "当前",
    "目前",
    "去年",
    "实践证明",
    "实践表明",
    "事实证明",
    "总的来看",
    "总体来看",
    "从",
    "过去",
    "我们",
];

/// Byte offset in `rest` (which starts with a numbered heading) where the heading's own words
/// end and the paragraph starts: an opener word after 6–30 characters without a sentence end.
fn heading_end(rest: &str) -> Option<usize> {
    for (n, (k, c)) in rest.char_indices().enumerate().take(34) {
        if is_sentence_end(c) {
            return None;
        }
        if n >= 6 && OPENERS.iter().any(|o| rest[k..].starts_with(o)) {
            let prev = rest[..k].chars().next_back();
            if prev.is_some_and(|p| is_cjk(p) && !"在从是的和与".contains(p)) {
                return Some(k);
            }
        }
    }
    None
}

fn ends_paragraph(s: &str) -> bool {
    s.trim_end().chars().next_back().is_none_or(|c| {
        is_sentence_end(c) || matches!(c, '：' | ':' | '”' | '）' | ')' | '】' | '…' | '！')
    })
}

/// Split points of several speeches: separator lines, or titles that come again after a
/// salutation has been seen.
pub fn find_speeches(text: &str) -> Vec<Speech> {
    let mut starts: Vec<(usize, String)> = Vec::new();
    let mut pos = 0;
    let mut seen_salutation = false;
    for line in text.split('\n') {
        let t = line.trim();
        if let Some(label) = separator_label(t) {
            starts.push((pos, label));
            seen_salutation = false;
        } else if t.starts_with("同志们") || t.starts_with("各位") {
            seen_salutation = true;
        } else if seen_salutation
            && t.chars().count() <= 40
            && !t.chars().any(is_sentence_end)
            && (t.contains("讲话") || t.contains("致辞"))
            && !starts_numbered(t)
        {
            starts.push((pos, t.to_string()));
            seen_salutation = false;
        }
        pos += line.len() + 1;
    }
    // the first speech often has no separator of its own: its title is the file's first line
    if let Some(&(first, _)) = starts.first() {
        let before = &text[..first];
        if first > 0 && before.lines().any(|l| l.trim_start().starts_with("同志们")) {
            let title = before
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            starts.insert(0, (0, title));
        }
    }
    if starts.len() < 2 {
        return if text.trim().is_empty() {
            Vec::new()
        } else {
            let title = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            vec![Speech {
                title,
                range: 0..text.len(),
            }]
        };
    }
    let mut out = Vec::new();
    for (k, (start, title)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |s| s.0);
        out.push(Speech {
            title: title.clone(),
            range: *start..end.min(text.len()),
        });
    }
    out
}

/// The text of one speech, with the file's title kept when the speech has none of its own.
pub fn speech_text(cleaned: &Cleaned, index: usize) -> String {
    match cleaned.speeches.get(index) {
        Some(s) => {
            cleaned
                .text
                .get(s.range.clone())
                .unwrap_or("")
                .trim()
                .to_string()
                + "\n"
        }
        None => cleaned.text.clone(),
    }
}

/// Mojibake runs: replacement characters, `锟斤拷`, Latin-1 misreadings, `?` glued into Chinese.
/// One pass over the text.
pub fn mojibake_spans(text: &str) -> Vec<Span> {
    const RUNS: &[&str] = &["锟斤拷", "烫烫烫", "屯屯屯", "Ã", "â€"];
    let mut out: Vec<Span> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let hit = match c {
            '\u{FFFD}' => Some(c.len_utf8()),
            '锟' | '烫' | '屯' | 'Ã' | 'â' => RUNS
                .iter()
                .find(|r| text[i..].starts_with(*r))
                .map(|r| r.len()),
            '?' => {
                // glued between characters with a Latin letter on one side: `家?guī`
                let next = text[i + 1..].chars().next();
                let letter = |c: Option<char>| {
                    c.is_some_and(|c| is_latin_letter(c) && !c.is_ascii_uppercase())
                };
                let word = |c: Option<char>| c.is_some_and(|c| is_cjk(c) || is_latin_letter(c));
                let glued = word(prev) && word(next) && (letter(prev) || letter(next));
                glued.then_some(1)
            }
            _ => None,
        };
        if let Some(len) = hit {
            if out.last().is_none_or(|l| l.end <= i) {
                out.push(i..i + len);
            }
        }
        prev = Some(c);
    }
    out
}
