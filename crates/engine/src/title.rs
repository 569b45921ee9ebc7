//! Whether a line reads as a speech's title; used by the clean (where a speech starts) and
//! the parse (which line is the title).

/// A speech's title: `在全镇重点项目推进会上的讲话`, `…开工仪式致辞`, `…推进会主持词`.
pub fn is_speech_title(t: &str) -> bool {
    // (a note the site put after it does not count: `…的讲话（通用6篇）`)
    let t = match t.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).map_or(t, |o| &t[..o]),
        None => t,
    };
    let n = t.chars().count();
    (8..=48).contains(&n)
        && (["讲话", "致辞", "主持词", "发言", "讲话提纲", "报告"]
            .iter()
            .any(|w| t.ends_with(w))
            || t.contains("会上的"))
}
