//! The year a sentence or its paragraph speaks of, for the time rules: a year by its number
//! (`2022年，…`), a year gone by unnumbered (`去年`, `过去的一年`), and whether an era word is
//! said in a report of such a year (`这一年，统筹疫情防控…`).

/// What the sentence before a plan period says of the year it speaks of.
#[derive(Debug, PartialEq)]
pub(super) enum Said {
    /// A year by its number (`2021年是“十四五”开局之年`), the last one before the period.
    Year(u32),
    /// A year gone by, unnumbered: `去年`, `过去`, `回顾`, `当年`.
    Past,
    Nothing,
}

/// Words before a period in its sentence that place it in an unnumbered past year.
const PAST_BEFORE: &str = "去年 上年 前年 过去 回顾 当年 那年 那一年 曾 上一年";

/// What the sentence before byte `i` says of the year it speaks of.
pub(super) fn year_said_before(text: &str, i: usize) -> Said {
    let start = crate::text::bounded_stretch(text, &(i..i), 240, "。；！？\n").start;
    let head = &text[start..i];
    let numbered = head.char_indices().rev().find_map(|(k, _)| {
        let y = head.get(k..k + 4)?;
        let digits = y.bytes().all(|b| b.is_ascii_digit());
        (digits && head[k + 4..].starts_with('年'))
            .then(|| y.parse().ok())
            .flatten()
    });
    match numbered {
        Some(v) => Said::Year(v),
        None if PAST_BEFORE.split(' ').any(|w| head.contains(w)) => Said::Past,
        None => Said::Nothing,
    }
}

/// Whether the era word at `i` is said of a year gone by when it was current: its sentence
/// names such a year (`2022年，…统筹疫情防控`) or a past one (`去年`, `回顾`), or its paragraph
/// opened on such a year and the sentence points back to it (`这一年，统筹疫情防控…`), or on
/// the year gone by (`过去的一年，…`) when that was the era's last. A report of last year's
/// work uses last year's words.
pub(super) fn recounts_a_year_of(text: &str, i: usize, last: u32, year: u32) -> bool {
    let sentence = crate::text::bounded_stretch(text, &(i..i), 240, "。；！？\n").start;
    let head = &text[sentence..i];
    // `2022年…，今年仍要统筹疫情防控`: the sentence came back to now
    if ["今年", "当前", "目前", "明年", "下一步"]
        .iter()
        .any(|w| head.contains(w))
    {
        return false;
    }
    match year_said_before(text, i) {
        Said::Year(v) => return v <= last,
        Said::Past => return true,
        Said::Nothing => {}
    }
    // the paragraph's first sentence: the year it is about, pointed back to (`这一年，…`) or
    // told on with no word of now between (`刚刚过去的2022年，是…的一年。全市上下…`)
    let para = crate::text::bounded_stretch(text, &(i..i), 2000, "\n").start;
    // (当年 is a past year already: `Said::Past`)
    let back = ["这一年", "这年", "该年", "同年"]
        .iter()
        .any(|w| head.contains(w));
    let now = ["今年", "当前", "目前", "明年", "下一步", "新的一年"]
        .iter()
        .any(|w| text[para..i].contains(w));
    if !back && now {
        return false;
    }
    let first = crate::text::bounded_stretch(text, &(para..para), 240, "。；！？\n").end;
    // (a paragraph opened on the year gone by, unnumbered, `过去的一年，…`, in the year right
    // after the era: that year was the era's last)
    match year_said_before(text, first.min(i)) {
        Said::Year(v) => v <= last,
        Said::Past => year == last + 1,
        Said::Nothing => false,
    }
}
