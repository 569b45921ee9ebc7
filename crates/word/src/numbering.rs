//! Word's list numbering (numbering.xml) rendered as Word draws it: a paragraph's `w:numPr`
//! (its own, or its style's, through `w:basedOn`) names a list instance (`w:num`) and a level;
//! the instance's abstract list gives each level its start, its number format and its text
//! (`%1、`, `（%2）`, `%1.%2`), and a counter per level, restarted when a shallower level steps.

use crate::xml::Element;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
    /// `w:isLgl`: every number in the text as a decimal.
    legal: bool,
    /// `w:suff`: what follows the label (tab, space or nothing).
    suffix: Suffix,
}

/// What Word puts between a list label and the paragraph's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

/// A paragraph's list label and what follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub suffix: Suffix,
}

#[derive(Debug, Default)]
pub struct Numbering {
    /// abstractNumId → its levels (index = ilvl).
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides per level).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// numId → the counters of its levels (None: level not yet used).
    counters: HashMap<String, Vec<Option<u32>>>,
}

/// A paragraph's numbering reference: list instance and level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumRef {
    pub num_id: String,
    pub level: usize,
}

/// A `w:numPr`'s numId and level, either maybe absent.
type NumPr = (Option<String>, Option<usize>);

/// Styles' numbering: style id → (basedOn, numPr).
#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, (Option<String>, Option<NumPr>)>,
    default_paragraph: Option<String>,
}

impl Styles {
    pub fn read(root: Option<&Element>) -> Styles {
        let mut s = Styles::default();
        let Some(root) = root else { return s };
        for st in root.elements().filter(|e| e.name == "style") {
            if st.attr("type") != Some("paragraph") {
                continue;
            }
            let Some(id) = st.attr("styleId") else {
                continue;
            };
            if matches!(st.attr("default"), Some("1" | "true" | "on")) {
                s.default_paragraph = Some(id.to_string());
            }
            let based = st.child_val("basedOn").map(str::to_string);
            let num = st
                .child("pPr")
                .and_then(|p| p.child("numPr"))
                .map(num_pr_parts);
            s.styles.insert(id.to_string(), (based, num));
        }
        s
    }

    /// The numbering a paragraph of style `id` (none: the default style) inherits: numId from
    /// the nearest style that sets one, level likewise (0 when none does).
    fn inherited(&self, id: Option<&str>) -> NumPr {
        let mut num = None;
        let mut level = None;
        let mut cur = id
            .map(str::to_string)
            .or_else(|| self.default_paragraph.clone());
        let mut seen = 0;
        while let Some(id) = cur {
            seen += 1;
            if seen > 32 {
                break; // a basedOn loop
            }
            let Some((based, np)) = self.styles.get(&id) else {
                break;
            };
            if let Some((n, l)) = np {
                if num.is_none() {
                    num = n.clone();
                }
                if level.is_none() {
                    level = *l;
                }
            }
            cur = based.clone();
        }
        (num, level)
    }

    /// The numbering of paragraph properties `ppr`: its own `w:numPr`, else its style's.
    pub fn num_ref(&self, ppr: Option<&Element>) -> Option<NumRef> {
        let style = ppr.and_then(|p| p.child_val("pStyle"));
        let own = ppr.and_then(|p| p.child("numPr")).map(num_pr_parts);
        let (s_num, s_level) = self.inherited(style);
        let (o_num, o_level) = own.unwrap_or((None, None));
        let num_id = o_num.or(s_num)?;
        if num_id == "0" {
            return None; // numbering removed on purpose
        }
        Some(NumRef {
            num_id,
            level: o_level.or(s_level).unwrap_or(0).min(8),
        })
    }
}

fn num_pr_parts(np: &Element) -> NumPr {
    (
        np.child_val("numId").map(str::to_string),
        np.child_val("ilvl").and_then(|v| v.parse().ok()),
    )
}

impl Numbering {
    pub fn read(root: Option<&Element>) -> Numbering {
        let mut n = Numbering::default();
        let Some(root) = root else { return n };
        for a in root.elements().filter(|e| e.name == "abstractNum") {
            let Some(id) = a.attr("abstractNumId") else {
                continue;
            };
            let mut levels = vec![Level::default(); 9];
            for lvl in a.elements().filter(|e| e.name == "lvl") {
                let Some(i) = lvl.attr("ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if i >= 9 {
                    continue;
                }
                levels[i] = read_level(lvl);
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in root.elements().filter(|e| e.name == "num") {
            let (Some(id), Some(abs)) = (num.attr("numId"), num.child_val("abstractNumId")) else {
                continue;
            };
            let mut overrides = HashMap::new();
            for o in num.elements().filter(|e| e.name == "lvlOverride") {
                let Some(i) = o.attr("ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if let Some(s) = o.child_val("startOverride").and_then(|v| v.parse().ok()) {
                    overrides.insert(i, s);
                }
            }
            n.nums.insert(id.to_string(), (abs.to_string(), overrides));
        }
        n
    }

    /// The label of the next paragraph numbered `r` (the counters step), or `None` when the
    /// list is unknown. An empty label (format `none`, empty text) is `Some("")`.
    pub fn next_label(&mut self, r: &NumRef) -> Option<Label> {
        let (abs, overrides) = self.nums.get(&r.num_id)?;
        let levels = self.abstracts.get(abs)?;
        let start_of = |i: usize| {
            overrides
                .get(&i)
                .copied()
                .unwrap_or_else(|| levels.get(i).map_or(1, |l| l.start))
        };
        let counters = self
            .counters
            .entry(r.num_id.clone())
            .or_insert_with(|| vec![None; 9]);
        let l = r.level.min(8);
        counters[l] = Some(match counters[l] {
            Some(c) => c.saturating_add(1),
            None => start_of(l),
        });
        for c in counters.iter_mut().skip(l + 1) {
            *c = None;
        }
        let level = levels.get(l)?;
        let label = |text| {
            Some(Label {
                text,
                suffix: level.suffix,
            })
        };
        if level.format == "none" && !level.text.contains('%') {
            return label(level.text.clone());
        }
        if level.format == "bullet" {
            return label(bullet(&level.text));
        }
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let i = (d as usize).saturating_sub(1).min(8);
                    let value = counters[i].unwrap_or_else(|| start_of(i));
                    let fmt = if level.legal && levels.get(i).is_some_and(|l| l.format != "none") {
                        "decimal"
                    } else {
                        levels.get(i).map_or("decimal", |l| l.format.as_str())
                    };
                    out.push_str(&format_number(value, fmt));
                    continue;
                }
            }
            out.push(c);
        }
        label(out)
    }
}

fn read_level(lvl: &Element) -> Level {
    Level {
        start: lvl
            .child_val("start")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        format: lvl.child_val("numFmt").unwrap_or("decimal").to_string(),
        text: lvl.child_val("lvlText").unwrap_or_default().to_string(),
        legal: lvl
            .child("isLgl")
            .is_some_and(|e| !matches!(e.attr("val"), Some("0" | "false" | "off"))),
        suffix: match lvl.child_val("suff") {
            Some("space") => Suffix::Space,
            Some("nothing") => Suffix::Nothing,
            _ => Suffix::Tab,
        },
    }
}

/// A bullet as drawn: a symbol font's private-use character as the common bullet it shows.
pub fn bullet(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0xF0B7 | 0xF06C => '•',
            0xF0A7 => '▪',
            0xF0D8 => '➢',
            0xF0FC => '✓',
            0xF06E => '■',
            0xF075 => '◆',
            0xE000..=0xF8FF => '•',
            _ => c,
        })
        .collect()
}

const CN_DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const CN_LEGAL: [&str; 10] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];

/// `n` in Chinese counting (一, 十, 十一, 二十, 一百零五, 一千二百).
fn chinese(n: u32, digits: &[&str; 10], units: [&str; 4], ten_alone: bool) -> String {
    if n == 0 {
        return digits[0].to_string();
    }
    if n >= 10_000 {
        let (hi, lo) = (n / 10_000, n % 10_000);
        let mut s = chinese(hi, digits, units, ten_alone);
        s.push('万');
        if lo > 0 {
            if lo < 1000 {
                s.push_str(digits[0]);
            }
            s.push_str(&chinese(lo, digits, units, false));
        }
        return s;
    }
    let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut s = String::new();
    let mut zero = false;
    for (i, &d) in parts.iter().enumerate() {
        if d == 0 {
            zero = !s.is_empty();
            continue;
        }
        if zero {
            s.push_str(digits[0]);
            zero = false;
        }
        // 十一, not 一十一, when ten leads
        if !(ten_alone && i == 2 && d == 1 && s.is_empty()) {
            s.push_str(digits[d as usize]);
        }
        s.push_str(units[i]);
    }
    s
}

fn letters(n: u32, base: u8) -> String {
    // Word: a..z, aa..zz, aaa.. (the letter repeated)
    if n == 0 {
        return String::new();
    }
    let c = (base + ((n - 1) % 26) as u8) as char;
    c.to_string().repeat(((n - 1) / 26 + 1) as usize)
}

fn roman(mut n: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

fn from_table(n: u32, table: &[&str]) -> String {
    match (n as usize).checked_sub(1).and_then(|i| table.get(i)) {
        Some(s) => s.to_string(),
        None => n.to_string(),
    }
}

fn from_range(n: u32, first: u32, count: u32) -> String {
    if (1..=count).contains(&n) {
        char::from_u32(first + n - 1).map_or_else(|| n.to_string(), |c| c.to_string())
    } else {
        n.to_string()
    }
}

/// Number `n` in Word's number format `fmt` (ST_NumberFormat); an unknown format as a decimal.
pub fn format_number(n: u32, fmt: &str) -> String {
    const CN_UNITS: [&str; 4] = ["千", "百", "十", ""];
    const TW_UNITS: [&str; 4] = ["千", "百", "十", ""];
    const LEGAL_UNITS: [&str; 4] = ["仟", "佰", "拾", ""];
    match fmt {
        "decimalZero" if n < 10 => format!("0{n}"),
        "upperRoman" => roman(n).to_uppercase(),
        "lowerRoman" => roman(n),
        "upperLetter" => letters(n, b'A'),
        "lowerLetter" => letters(n, b'a'),
        "chineseCounting" | "chineseCountingThousand" | "japaneseCounting" => {
            chinese(n, &CN_DIGITS, CN_UNITS, true)
        }
        "taiwaneseCounting" | "taiwaneseCountingThousand" => chinese(n, &CN_DIGITS, TW_UNITS, true),
        "chineseLegalSimplified" | "ideographLegalTraditional" => {
            chinese(n, &CN_LEGAL, LEGAL_UNITS, false)
        }
        "ideographDigital" | "japaneseDigitalTenThousand" | "taiwaneseDigital" => n
            .to_string()
            .chars()
            .map(|d| match d.to_digit(10).unwrap_or(0) {
                0 => "〇",
                d => CN_DIGITS[d as usize],
            })
            .collect(),
        "ideographTraditional" => from_table(
            n,
            &["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"],
        ),
        "ideographZodiac" => from_table(
            n,
            &[
                "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥",
            ],
        ),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => match n {
            1..=20 => from_range(n, 0x2460, 20),
            21..=35 => from_range(n - 20, 0x3251, 15),
            36..=50 => from_range(n - 35, 0x32B1, 15),
            _ => n.to_string(),
        },
        "decimalEnclosedParen" => from_range(n, 0x2474, 20),
        "decimalEnclosedFullstop" => from_range(n, 0x2488, 20),
        "ideographEnclosedCircle" => from_range(n, 0x3220, 10),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 - '0' as u32 + 0xFF10).unwrap_or(d))
            .collect(),
        "none" => String::new(),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let cn = |n| format_number(n, "chineseCounting");
        assert_eq!(
            [
                cn(1),
                cn(10),
                cn(11),
                cn(20),
                cn(21),
                cn(100),
                cn(105),
                cn(110)
            ],
            [
                "一",
                "十",
                "十一",
                "二十",
                "二十一",
                "一百",
                "一百零五",
                "一百一十"
            ]
        );
        assert_eq!(format_number(1001, "chineseCountingThousand"), "一千零一");
        assert_eq!(format_number(12, "chineseLegalSimplified"), "壹拾贰");
        assert_eq!(format_number(3, "ideographTraditional"), "丙");
        assert_eq!(format_number(11, "ideographTraditional"), "11");
        assert_eq!(format_number(2, "decimalEnclosedCircle"), "②");
        assert_eq!(format_number(21, "decimalEnclosedCircle"), "㉑");
        assert_eq!(format_number(3, "decimalEnclosedParen"), "⑶");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(12, "decimalFullWidth"), "１２");
        assert_eq!(format_number(105, "ideographDigital"), "一〇五");
        assert_eq!(format_number(9, "nonsense"), "9");
    }
}
