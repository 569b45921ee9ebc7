//! A site's prompt to read on (`点击查看全文`, `剩余内容免费查看`) or its way about (`网站地图`)
//! glued into the text, often in the middle of a word (`统筹点击查看全文推进`): the prompt goes,
//! and only the prompt. The span
//! around it is judged without it, so the words on both sides are kept and joined.

use super::phrases::Phrases;
use crate::text::Span;
use std::sync::LazyLock;

/// The calls to read the rest of a page: where one of them is, a prompt is. (Not `查看更多`:
/// its `更多` may be the prose's, `免费查看更多项目`.)
const PROMPTS: &[&str] = &[
    "展开阅读全文",
    "展开全文",
    "阅读全文",
    "查看全文",
    "获取全文",
    "下载全文",
    "全文阅读",
    "完整全文",
    "点击查看",
    "点此查看",
    "免费查看",
    "付费查看",
    "剩余内容",
    "余下全文",
    "继续阅读",
    "免费阅读",
    "付费阅读",
    // the site's own way about, copied into the text with it (`进一步导航地图优化`): labels no
    // sentence holds
    "导航地图",
    "网站地图",
    "返回首页",
    "设为首页",
    "加入收藏",
    "收藏本站",
    "返回顶部",
];

/// The words a prompt is made of around its core (`点击` + `查看全文` + `>>`): the words
/// before it that call (`点击`, `免费`) or say what is hidden (`当前隐藏内容`), and after it
/// the marks that point on. Never a word prose could hold next to it alone (`内容`, `更多`):
/// the prompt takes only itself.
const BEFORE: &[&str] = &["点击", "点此", "免费", "付费", "当前隐藏内容", "隐藏内容"];
const AFTER: &[&str] = &["全文", ">>", "》》", "→", "▼"];

static PROMPT_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(PROMPTS));

pub(super) fn prepare() {
    LazyLock::force(&PROMPT_SET);
}

/// Whether `s` holds a prompt.
pub(super) fn has_prompt(s: &str) -> bool {
    PROMPT_SET.any_in(s)
}

/// The prompts of `s`: byte spans, apart and in order, each its core widened over the words
/// prompts are made of.
pub(super) fn prompts_in(s: &str) -> Vec<Span> {
    let mut wide: Vec<Span> = PROMPT_SET
        .spans_in(s)
        .into_iter()
        .map(|core| {
            let (mut a, mut b) = (core.start, core.end);
            while let Some(p) = BEFORE.iter().find(|p| s[..a].ends_with(**p)) {
                a -= p.len();
            }
            while let Some(p) = AFTER.iter().find(|p| s[b..].starts_with(**p)) {
                b += p.len();
            }
            a..b
        })
        .collect();
    wide.sort_by_key(|s| (s.start, s.end));
    let mut out: Vec<Span> = Vec::new();
    for w in wide {
        match out.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => out.push(w),
        }
    }
    out
}

/// Whether `s` opens with a prompt (after spaces).
pub(super) fn opens_with_prompt(s: &str) -> bool {
    let head: String = s.trim_start().chars().take(8).collect();
    prompts_in(&head).first().is_some_and(|p| p.start == 0)
}

/// `s` without its prompts, and without the spaces before them (the clean takes those too).
pub(super) fn without(s: &str, prompts: &[Span]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for p in prompts {
        if p.start >= at {
            out.push_str(s[at..p.start].trim_end());
            at = p.end;
        }
    }
    out.push_str(&s[at.min(s.len())..]);
    out
}

#[cfg(test)]
mod tests {
    use super::{prompts_in, without};

    #[test]
    fn a_prompt_widens_over_its_parts_and_no_further() {
        let s = "统筹点击查看全文推进";
        let p = prompts_in(s);
        assert_eq!(p.len(), 1);
        assert_eq!(&s[p[0].clone()], "点击查看全文");
        assert_eq!(without(s, &p), "统筹推进");
        let s = "上下功夫剩余内容免费查看，在要素";
        let p = prompts_in(s);
        assert_eq!(without(s, &p), "上下功夫，在要素");
    }
}
