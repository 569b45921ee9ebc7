//! Rule `mixed-level`: another level's offices and words (县 / 区 / 市) in a speech whose own
//! level is the writer's fact, unless they are a superior's, a partner's or part of a word.

use super::introduced::introduced_anywhere;
use super::slot::{heading_lines, slot};
use super::voice;
use crate::analysis::sets;
use crate::analysis::Analysis;
use crate::check::world::{own_short, relation, Relation};
use crate::fields::{Fact, Values};
use crate::finding::{CheckOptions, Finding, RuleId, Severity};
use crate::parse::BlockKind;
use crate::places::Division;
use crate::places::{places, Level};
use crate::text::Span;
use std::cell::OnceCell;

/// The levels a speech speaks at (the county ones first: a title names them before a town's).
const LEVELS: &[&str] = &["县", "区", "市", "镇", "乡"];

/// A level's rank: a town (镇, 乡) under a county or a district, both under a city.
fn rank(level: &str) -> Option<u8> {
    match level {
        "镇" | "乡" => Some(0),
        "县" | "区" => Some(1),
        "市" => Some(2),
        _ => None,
    }
}

/// Words that speak as a level: `全县`, `我县`, `县委`, `县政府`…; a town's party committee
/// is its 党委 (`镇党委`).
fn level_words(level: &str) -> Vec<String> {
    let mut words = vec![
        format!("全{level}"),
        format!("我{level}"),
        format!("本{level}"),
        format!("{level}委"),
        format!("{level}政府"),
        format!("{level}级"),
        format!("{level}直"),
        format!("{level}长"),
        format!("{level}人民政府"),
        format!("{level}政协"),
        format!("{level}人大"),
    ];
    if rank(level) == Some(0) {
        words.push(format!("{level}党委"));
    }
    words
}

/// The level the own place's name says (`庄浪县` → 县, `牧野区` → 区); for a short form
/// (`庄浪`), the level of the place the table knows by it.
fn place_level(values: &Values) -> Option<&'static str> {
    let name = Fact::Place.value(values)?.trim();
    let by_suffix = |n: &str| LEVELS.iter().copied().find(|l| n.ends_with(l));
    by_suffix(name).or_else(|| match places().lookup(name).as_slice() {
        [d] => by_suffix(d.name),
        _ => None,
    })
}

/// A level's numbered session at the start of `at` (`区十四届`, `县第十九届`): its people's
/// congress or its party congress, written without the organ's name.
fn session_word(at: &str, level_char: char) -> Option<String> {
    let rest = at.strip_prefix(level_char)?;
    let rest_ord = rest.strip_prefix('第').unwrap_or(rest);
    let n = rest_ord
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    let len = at.len() - rest_ord.len() + n * '十'.len_utf8();
    (n > 0 && at[len..].starts_with('届')).then(|| at[..len + '届'.len_utf8()].to_string())
}

/// The level a title speaks at: `县长在全县…` → 县, `镇党委书记在全镇…` → 镇.
fn title_level(title: &str) -> Option<&'static str> {
    LEVELS.iter().copied().find(|l| {
        [
            format!("{l}长"),
            format!("{l}委书记"),
            format!("{l}党委书记"),
            format!("全{l}"),
        ]
        .iter()
        .any(|w| title.contains(w.as_str()))
    })
}

fn is_own_level_word(level: &str, w: &str, other: &str) -> bool {
    let claims_own = w.starts_with('我') || w.starts_with('本');
    match (rank(level), rank(other)) {
        // 县 and 区 are peers, and so are 镇 and 乡: a 区委 in a 县 speech is always wrong
        (Some(a), Some(b)) if a == b => true,
        // a 县 speech speaks of 全市 and 市委 above it, a 镇 speech of 全县 and 县委; only
        // "我市", "本县" claim the wrong level
        (Some(a), Some(b)) if a < b => claims_own,
        // a county's or a city's speech speaks of its towns: 全镇, 本镇 may be each town's
        // (`各乡镇要立足本镇实际`); only "我镇" claims the wrong level
        (Some(_), Some(0)) => w.starts_with('我'),
        // a 市 speech speaks of 县委 / 区政府 below it; "全县", "我区" claim the wrong level
        _ => claims_own || w.starts_with('全'),
    }
}

/// Whether the text before an organ word speaks for it: `代表县委`, `代表中共某县委`, and the
/// second organ of `代表县委、县政府` (`代表镇党委、镇政府`).
fn speaks_for(before: &str, level: &str) -> bool {
    let b = before
        .strip_suffix('、')
        .and_then(|b| {
            b.strip_suffix(&format!("{level}委"))
                .or_else(|| b.strip_suffix(&format!("{level}党委")))
        })
        .unwrap_or(before);
    b.ends_with("代表") || b.ends_with("代表中共")
}

/// Chars before a level char that make it part of another word: `园区`, `景区`, `城市`, `超市`.
const AREA_BEFORE: &[(&str, &str)] = &[
    (
        "区",
        "园景城社片新辖山库矿街小校范能护验聚业域郊灾牧林港贸税保综湾商",
    ),
    ("市", "城都超门股菜夜集"),
    ("县", "郡"),
    ("镇", "城乡村集古名重"),
    ("乡", "城家故老异他下返还同"),
];

/// Chars that make a word with a 本 after them (`基本`, `根本`, `成本`, `资本`, `样本`…): a 本县
/// after one is no claim of the level (`基本县情`).
const WORDS_ENDING_IN_BEN: &str = "基根成资样版文范课书剧账蓝原日标脚副读民治血老";

/// Whether a level word found at `at` is part of another word: `园区委员会`, `景区长效`,
/// `城市长远`.
fn inside_a_word(text: &str, at: usize, level: &str, w: &str) -> bool {
    let prev = text[..at].chars().next_back();
    let area = AREA_BEFORE.iter().any(|(l, chars)| {
        *l == level && w.starts_with(l) && prev.is_some_and(|p| chars.contains(p))
    });
    let next = text[at + w.len()..].chars().next();
    // 本区域, 全市域: the area, not the level
    let domain = w.ends_with(level) && next == Some('域');
    // 本乡本土, 本乡本村: the home place, not the level
    let home = w == "本乡" && next.is_some_and(|c| "本土村亲人".contains(c));
    // 基本县情, 成本市场: 本 ends a word before the level char
    let ends_ben = w.starts_with('本') && prev.is_some_and(|p| WORDS_ENDING_IN_BEN.contains(p));
    area || domain
        || home
        || ends_ben
        || (w.ends_with('长') && next.is_some_and(|c| "期远效足久处江城".contains(c)))
}

/// The sentence around byte `at`: between the marks that end a sentence, at most about two
/// hundred chars each way.
fn sentence(text: &str, at: usize) -> Span {
    crate::text::bounded_stretch(text, &(at..at), 600, "。！？；\n")
}

/// How far (bytes, about two hundred chars) after a related place's name its organs may be
/// named without it.
const PARTNER_REACH: usize = 600;

/// What mixed-level needs of the speech's places, read only around the level words it doubts
/// (a whole-text model would cost a pass over every char for each check).
struct LevelPlaces {
    own: Vec<Division>,
    own_short: String,
    /// The title, subtitle and signature lines.
    headings: Vec<(Span, bool)>,
    /// The names already looked up in the whole text, and whether it relates them.
    introduced: std::cell::RefCell<Vec<(String, bool)>>,
}

impl LevelPlaces {
    /// None without the draft's place (the table is loaded only then).
    fn read(a: &Analysis, values: &Values) -> Option<LevelPlaces> {
        let own_name = Fact::Place.value(values)?;
        let own = places().lookup(own_name);
        let own_short = own_short(&own, own_name);
        Some(LevelPlaces {
            own,
            own_short,
            headings: heading_lines(a),
            introduced: std::cell::RefCell::new(Vec::new()),
        })
    }

    /// Whether the own place lies in an autonomous region (宁夏, 广西…): there 全区, 区委 and
    /// 区政府 name the region above a county or a city, not another district.
    fn in_a_region(&self) -> bool {
        let p = places();
        self.own
            .iter()
            .filter_map(|d| p.province_of(*d))
            .any(|pr| pr.name.ends_with("自治区"))
    }

    /// Whether the own place is a county-level city (a 市 of county rank, 邳州市).
    fn county_level_city(&self) -> bool {
        !self.own.is_empty()
            && self
                .own
                .iter()
                .all(|d| d.level() == Level::County && d.name.ends_with('市'))
    }

    /// Other places named in `range` of the text whose name ends in `level` (`西湖区` → 区),
    /// with their spans in the text.
    fn named<'t>(
        &'t self,
        text: &'t str,
        range: Span,
        level: char,
    ) -> impl Iterator<Item = (Span, Division)> + 't {
        places()
            .find(&text[range.clone()])
            .into_iter()
            .filter(move |(_, d)| !self.own.contains(d) && d.name.ends_with(level))
            .map(move |(s, d)| (range.start + s.start..range.start + s.end, d))
    }

    /// Whether a level word in `sentence` that claims nothing is another place's: one of that
    /// level named in its sentence (`西湖区常务副区长`, `希望西湖区委、区政府……`: foreign-place
    /// judges the name), or a place of that level the text relates to the own one, named just
    /// before (`田某代表县委、县政府` in a district's report of its county partner). One look at
    /// the names for every level word of a sentence.
    fn others(&self, a: &Analysis, sentence: Span, level: char, organ: bool) -> bool {
        let text = &a.text;
        // (ranks and offices, 县级 and 县直, only by a name in their sentence)
        let reach = if organ { PARTNER_REACH } else { 0 };
        let mut from = sentence.start.saturating_sub(reach);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // (one in an own-place slot that nothing in the text relates explains nothing: it is
        // the source's own place, `汉滨区人民政府区长`, which foreign-place judges)
        self.named(text, from..sentence.end, level).any(|(s, d)| {
            let related = relation(text, &s, &self.own_short).is_some_and(|r| r != Relation::Body);
            let leftover = || {
                slot(a, &s, &self.headings, &self.own_short).is_some() && {
                    // (once a name: the whole text is read for it)
                    let written = &text[s.clone()];
                    let mut seen = self.introduced.borrow_mut();
                    let introduced = match seen.iter().find(|(w, _)| w == written) {
                        Some(&(_, i)) => i,
                        None => {
                            let i = introduced_anywhere(text, written, d, &self.own_short).0;
                            seen.push((written.to_string(), i));
                            i
                        }
                    };
                    !introduced
                }
            };
            related || (s.start >= sentence.start && !leftover())
        })
    }
}

/// Rule `mixed-level`: `区委`, `全区`, `我区` in a 县 speech (and every other mismatch), and a title
/// at one level over a body at another.
/// The zones a county or a city runs, whose own text says 全区 (`全区上下` of a 开发区).
const ZONES: &str = "开发区 高新区 经开区 新区 园区 示范区 工业区 保税区 合作区 试验区";

pub(crate) fn mixed_level(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let title = a.doc.blocks.iter().find(|b| b.kind == BlockKind::Title);
    let from_title = title.and_then(|b| title_level(&a.text[b.content.clone()]));
    // without the level given, the own place's name says it (`庄浪县` → 县) before a title does:
    // a superior's title over our event (`全市观摩组来庄浪县`) is not our level
    let level: &str = match Fact::Level
        .value(values)
        .or_else(|| place_level(values))
        .or(from_title)
    {
        Some(l) if LEVELS.contains(&l) => l,
        _ => return,
    };
    let places: OnceCell<Option<LevelPlaces>> = OnceCell::new();
    if let (Some(b), Some(t)) = (title, from_title) {
        // a superior's word in a title that names the own place is the superior's part in our
        // event (`全市观摩组到某县观摩`), not a title left from the superior's speech
        let title_text = &a.text[b.content.clone()];
        // (`全市观摩团来我县观摩`: the title's own claim, 我县 or 本县, says whose event it is)
        let claims = ["我", "本"]
            .iter()
            .any(|m| title_text.contains(&format!("{m}{level}")));
        let ours = claims
            || t == "市"
                && places
                    .get_or_init(|| LevelPlaces::read(a, values))
                    .as_ref()
                    .is_some_and(|p| !p.own_short.is_empty() && title_text.contains(&p.own_short));
        // a town's title in a county's or a city's draft is its superior at the town's event
        // (`在全镇…会上的讲话` given by a county leader)
        let town_event = rank(t) == Some(0) && rank(level) > Some(0);
        // a greeting taken for the title (`尊敬的于市长、`) names a guest, not the speech's level
        let greeting = title_text.starts_with("尊敬的") || title_text.ends_with(['、', '：', ':']);
        if t != level && !ours && !town_event && !greeting {
            out.push(Finding::new(
                RuleId::MixedLevel,
                &a.text,
                b.content.clone(),
                format!("标题是{t}一级的讲话，正文按{level}一级写：请统一"),
            ));
        }
    }
    let zone_named: OnceCell<bool> = OnceCell::new();
    let body_start = title.map_or(0, |b| b.line.end);
    let body = &a.text[body_start..];
    for other in LEVELS.iter().filter(|l| **l != level) {
        let words: Vec<String> = level_words(other).into_iter().collect();
        // one search for the level's char, then the words around each: every word holds it
        // once, as its first or its second char
        let Some(level_char) = other.chars().next() else {
            continue;
        };
        let level_chars = a.chars.within(sets::LEVELS, body_start..a.text.len());
        // the last sentence looked at, and whether its level words are another place's
        let mut last: Option<(Span, bool, bool)> = None;
        for j in level_chars
            .filter(|&(_, c)| c == level_char)
            .map(|(k, _)| k - body_start)
        {
            let before = body[..j].chars().next_back();
            for i in before.map(|c| j - c.len_utf8()).into_iter().chain([j]) {
                let session = (i == j)
                    .then(|| session_word(&body[i..], level_char))
                    .flatten();
                let Some(w) = words
                    .iter()
                    .find(|w| body[i..].starts_with(w.as_str()))
                    .or(session.as_ref())
                else {
                    continue;
                };
                let at = body_start + i;
                // `我代表县委、县政府`: whoever speaks for the organs speaks for the own place
                // (a city's organs in a county speech may be a city leader's at the county's
                // event: only a lower level's organs give the speaker away)
                let speaks_for = rank(level) > rank(other)
                    && (w.ends_with('委') || w.ends_with("政府"))
                    && speaks_for(&a.text[..at], other);
                if !speaks_for && !is_own_level_word(level, w, other) {
                    continue;
                }
                // in an autonomous region a county's or a city's 全区 / 区委 is the region's;
                // only 我区 / 本区 claim to be a district
                if *other == "区"
                    && level != "区"
                    && !w.starts_with(['我', '本'])
                    && places
                        .get_or_init(|| LevelPlaces::read(a, values))
                        .as_ref()
                        .is_some_and(LevelPlaces::in_a_region)
                {
                    continue;
                }
                // a county's or a city's text about one of its zones (开发区, 高新区): 全区 is the
                // zone's
                if *other == "区"
                    && level != "区"
                    && w.starts_with('全')
                    && *zone_named.get_or_init(|| ZONES.split(' ').any(|z| a.text.contains(z)))
                {
                    continue;
                }
                // 县区 / 区县 lists (各县区) are fine in a city speech
                let prev = a.text[..at].chars().next_back();
                if prev.is_some_and(|p| matches!(p, '县' | '区' | '市' | '各')) {
                    continue;
                }
                if inside_a_word(&a.text, at, other, w) {
                    continue;
                }
                // (but `全县` said for another county by its official: `沙某代表全县人民`)
                if w.starts_with('全')
                    && places
                        .get_or_init(|| LevelPlaces::read(a, values))
                        .as_ref()
                        .is_some_and(|p| voice::spoken_for_another(&a.text, at, level_char, &p.own))
                {
                    continue;
                }
                // (nor 我市 in a city leader's words that a county's report tells)
                if w.starts_with(['我', '全', '本'])
                    && rank(other) > rank(level)
                    && (voice::reported_superior(&a.text, at, level_char)
                        || voice::superior_in_sentence(&a.text, at, level_char))
                {
                    continue;
                }
                // a claim (我县, 全县, 本县) is always the speaker's; organs and posts may be
                // another place's
                let claim = w.starts_with(['我', '全', '本']);
                if !claim {
                    let sentence = sentence(&a.text, at);
                    // organs and heads (县委, 县政府, 王县长) may be a partner's just named
                    let organ = w.ends_with('委') || w.ends_with("政府") || w.ends_with('长');
                    let others = match last {
                        Some((s, o, others)) if s == sentence && o == organ => others,
                        _ => places
                            .get_or_init(|| LevelPlaces::read(a, values))
                            .as_ref()
                            .is_some_and(|p| p.others(a, sentence.clone(), level_char, organ)),
                    };
                    last = Some((sentence, organ, others));
                    if others {
                        continue;
                    }
                }
                // a district is of county rank: `县级领导` is its own
                if level == "区" && w == "县级" {
                    continue;
                }
                // a town's party committee is its 党委, a county's its 委: 镇党委 → 县委
                let fix = match w.strip_suffix("党委") {
                    Some(_) if rank(level) != Some(0) => format!("{level}委"),
                    None if rank(level) == Some(0) && *w == format!("{other}委") => {
                        format!("{level}党委")
                    }
                    _ => w.replacen(other, level, 1),
                };
                // the speaker's own claim or organs are an own-level slot; 区级, 区长 may be
                // someone else's
                let slot =
                    w.starts_with(['我', '全', '本']) || w.ends_with('委') || w.ends_with("政府");
                // a county-level city has no districts: its 我区 / 全区 may be a zone it runs
                // speaking (a 高新区's report of an event held there), a warning, not an error
                let zone_voice = *other == "区"
                    && claim
                    && places
                        .get_or_init(|| LevelPlaces::read(a, values))
                        .as_ref()
                        .is_some_and(LevelPlaces::county_level_city);
                let f = Finding::new(
                    RuleId::MixedLevel,
                    &a.text,
                    at..at + w.len(),
                    if zone_voice {
                        format!("本稿是县级市的讲话，这里却写“{w}”：若指市里的开发区、园区则无误，否则应为“{fix}”")
                    } else {
                        format!("本稿是{level}一级的讲话，这里却写“{w}”：应为“{fix}”？")
                    },
                );
                out.push(match (slot, zone_voice) {
                    (true, false) => f.fix(fix),
                    (true, true) => f.fix(fix).severity(Severity::Warning),
                    // (another level's posts, ranks and sessions that nothing named nearby
                    // explains: the writer checks them)
                    _ => f.severity(Severity::Warning),
                });
            }
        }
    }
}
