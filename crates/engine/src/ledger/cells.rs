//! One cell of a ledger: amounts with or without their unit (`12,345.6`, `约3亿`, `1200万元`),
//! a project's nature (新建 / 续建 / 前期) and whether it has started.

use serde::{Deserialize, Serialize};

/// A unit of money as ledgers and speeches write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Unit {
    #[serde(rename = "元")]
    Yuan,
    #[default]
    #[serde(rename = "万元")]
    Wan,
    #[serde(rename = "亿元")]
    Yi,
}

impl Unit {
    /// How many 万元 one of this unit is.
    pub fn in_wan(self) -> f64 {
        match self {
            Unit::Yuan => 0.0001,
            Unit::Wan => 1.0,
            Unit::Yi => 10_000.0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Yuan => "元",
            Unit::Wan => "万元",
            Unit::Yi => "亿元",
        }
    }

    /// The unit a text names: `（万元）`, `单位：亿元`, `亿`. 亿 before 万: `万亿` does not occur
    /// in a county's ledger, `亿元` does.
    pub fn named_in(text: &str) -> Option<Unit> {
        if text.contains('亿') {
            Some(Unit::Yi)
        } else if text.contains('万') {
            Some(Unit::Wan)
        } else if text.contains("（元）") || text.contains("(元)") || text.contains("单位：元")
        {
            Some(Unit::Yuan)
        } else {
            None
        }
    }
}

/// A cell's text without spaces of any width (ledgers pad `合  计` and split headers over lines).
pub fn squeeze(cell: &str) -> String {
    cell.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

/// An amount in 万元: the number of the cell in the cell's own unit if it writes one, else in
/// `unit`. `—`, `/`, words without a number: none.
pub fn amount(cell: &str, unit: Unit) -> Option<f64> {
    let s = squeeze(cell);
    let (n, rest) = leading_number(&s)?;
    let own = if rest.starts_with('亿') {
        Some(Unit::Yi)
    } else if rest.starts_with('万') {
        Some(Unit::Wan)
    } else if rest.starts_with('元') {
        Some(Unit::Yuan)
    } else {
        None
    };
    Some(n * own.unwrap_or(unit).in_wan())
}

/// The first number in `s` (`约3.5亿` → 3.5, `12,345.6` → 12345.6, full-width digits too) and
/// the text after it. Thousands separators are dropped; a sign is kept.
pub fn leading_number(s: &str) -> Option<(f64, &str)> {
    let start = s.find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))?;
    let negative = s[..start].ends_with('-') || s[..start].ends_with('－');
    let mut digits = String::new();
    let mut end = start;
    for (i, c) in s[start..].char_indices() {
        let c = match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            c => c,
        };
        match c {
            '0'..='9' | '.' => digits.push(c),
            ',' | '，'
                if s[start + i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()) => {}
            _ => break,
        }
        end = start + i + s[start + i..].chars().next().map_or(1, char::len_utf8);
    }
    let n = crate::decimal::parse(digits.trim_end_matches('.'))?;
    Some((if negative { -n } else { n }, &s[end..]))
}

/// What a project is this year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    /// 新建 (新开工)
    New,
    /// 续建
    Continued,
    /// 前期 (预备, 储备, 谋划)
    Preparatory,
}

impl Nature {
    pub fn named_in(text: &str) -> Option<Nature> {
        let s = squeeze(text);
        if s.contains("续建") || s.contains("在建") {
            Some(Nature::Continued)
        } else if s.contains("新建") || s.contains("新开工") {
            Some(Nature::New)
        } else if ["前期", "预备", "储备", "谋划"]
            .iter()
            .any(|w| s.contains(w))
        {
            Some(Nature::Preparatory)
        } else {
            None
        }
    }
}

/// Whether a project has started, from a 是否开工 / 开工情况 / 开工时间 cell: `是`, `已开工`,
/// `√`, a date (`2026.3`, `3月`) are yes; `否`, `未开工`, `计划6月开工`, an empty cell are no.
pub fn started(cell: &str) -> bool {
    let s = squeeze(cell);
    if s.is_empty()
        || ["否", "未", "计划", "预计", "拟", "待", "×", "—", "-", "/"]
            .iter()
            .any(|w| s.starts_with(w) || s.contains(&format!("{w}开工")))
    {
        return false;
    }
    s.starts_with('是')
        || s.contains("已开工")
        || s.starts_with("已")
        || s.contains('√')
        || s.contains('✓')
        || s == "开工"
        || s.chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_any_writing() {
        assert_eq!(amount("12,345.6", Unit::Wan), Some(12345.6));
        assert_eq!(amount("约3亿", Unit::Wan), Some(30000.0));
        assert_eq!(amount("3.5", Unit::Yi), Some(35000.0));
        assert_eq!(amount("1200万元", Unit::Yi), Some(1200.0));
        assert_eq!(amount(" ８６ ", Unit::Wan), Some(86.0));
        assert_eq!(amount("—", Unit::Wan), None);
        assert_eq!(amount("待定", Unit::Wan), None);
    }

    #[test]
    fn started_cells() {
        for yes in ["是", "已开工", "√", "2026.3", "3月", "已"] {
            assert!(started(yes), "{yes}");
        }
        for no in ["否", "未开工", "计划6月开工", "", "—", "预计三季度开工"] {
            assert!(!started(no), "{no}");
        }
    }
}
