//! An outline item as the outline panel shows it, with its length and speaking time.

use jianggao_engine::parse::OutlineKind;
use jianggao_engine::{length, Analysis};

#[derive(Clone, PartialEq, Debug)]
pub struct OutlineView {
    pub label: String,
    pub level: u8,
    pub is_section: bool,
    pub start: usize,
    pub chars: usize,
    pub minutes: f64,
}

/// The outline's items, each with its length and speaking time at `rate`.
pub fn outline_views(a: &Analysis, rate: u32) -> Vec<OutlineView> {
    a.outline
        .iter()
        .map(|it| OutlineView {
            label: it.label.clone(),
            level: it.level,
            is_section: it.kind == OutlineKind::Section,
            start: it.range.start,
            chars: it.chars,
            minutes: length(&a.text[it.range.clone()], rate).minutes,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::SPEECH;

    #[test]
    fn outline_views_follow_the_outline_with_times() {
        let a = Analysis::new(SPEECH);
        let v = outline_views(&a, 200);
        assert_eq!(v.len(), a.outline.len());
        let sections: Vec<&str> = v
            .iter()
            .filter(|o| o.is_section)
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(sections.len(), 2, "{v:?}");
        assert!(sections[0].starts_with("一、") && sections[1].starts_with("二、"));
        assert_eq!(v[0].label, "县长在全县重大项目推进会上的讲话");
        assert!(!v[0].is_section);
        for (o, it) in v.iter().zip(&a.outline) {
            assert_eq!(o.start, it.range.start);
            assert!((o.minutes - o.chars as f64 / 200.0).abs() < 1e-9, "{o:?}");
        }
        // a slower rate means more minutes
        let slow = outline_views(&a, 150);
        let i = v.iter().position(|o| o.chars > 0).unwrap();
        assert!(slow[i].minutes > v[i].minutes);
    }
}
