//! Rules `foreign-place` and `mixed-level`: another place's names and the wrong level (县 /
//! 区 / 市) in a speech whose own place and level are the writer's facts.

use crate::analysis::sets;
use crate::analysis::Analysis;
use crate::fields::{Fact, Values};
use crate::finding::{CheckOptions, Finding, RuleId, Severity};
use crate::parse::BlockKind;
use crate::places::{places, Geography};
use crate::text::Span;

/// Words after a name that speak of the speaker's own place: `东川的发展`, `东川人民`, `东川区委`.
const OWN_AFTER: &[&str] = &[
    "委",
    "人民政府",
    "政府",
    "党委",
    "县委",
    "区委",
    "市委",
    "四大班子",
    "四套班子",
    "四家班子",
    "的发展",
    "发展",
    "人民",
    "大地",
    "儿女",
    "全境",
    "境内",
    "经济社会",
    "县域",
    "城乡",
    "贡献",
    "速度",
    "力量",
    "形象",
    "干部群众",
    "父老乡亲",
    "老百姓",
    "上下",
];

/// Words before a name that claim it as the speaker's own: `建设美丽东川`, `全东川`, `我东川`.
const OWN_BEFORE: &[&str] = &[
    "美丽", "幸福", "魅力", "活力", "品质", "大美", "锦绣", "宜居", "诗画", "中共", "全", "我",
];

/// Words that make this meeting: `今天在东川召开` puts the meeting in the speaker's place.
const THIS_MEETING: &[&str] = &["今天", "今日", "我们", "这次", "本次", "此次", "隆重"];

/// Words before a name in its clause that relate it to the speaker's place (`来自`, `与`, `对接`,
/// `融入`, `前往`, `分会场`…): a place named there is named on purpose.
const RELATING_BEFORE: &[&str] = &[
    "来自",
    "与",
    "对接",
    "融入",
    "对标",
    "携手",
    "赴",
    "前往",
    "考察",
    "学习",
    "借鉴",
    "主会场",
    "分会场",
    "主现场",
    "分现场",
    "连线",
    "签约",
    "援建",
    "帮扶",
    "协作",
    "对口",
    "在外",
    "驻",
    "合作",
];

/// Words after a name in its clause that do the same (`向东川学习`, `东川籍`, `东川分会场`).
const RELATING_AFTER: &[&str] = &[
    "学习",
    "取经",
    "看齐",
    "经验",
    "做法",
    "籍",
    "客商",
    "企业家",
    "主会场",
    "分会场",
    "分现场",
    "连线",
    "合作",
    "签约",
    "考察",
];

/// Words after a name that make it part of a company's or a body's name (`东莞市蜀江新能源科技有限
/// 公司`, `深圳汉寿商会`).
const BODY_ENDS: &[&str] = &[
    "公司",
    "集团",
    "商会",
    "同乡会",
    "银行",
    "大学",
    "学院",
    "医院",
    "研究院",
    "协会",
    "基金",
    "工厂",
    "厂",
    "中心",
    "军区",
    "酒业",
    "药业",
    "置业",
    "实业",
    "矿业",
    "能源",
    "科技",
    "股份",
    "控股",
    "物流",
    "化工",
    "制药",
];

/// Posts after an organ that make it someone's office (`原惠州市委常委`), not the speaker's
/// organs.
const POSTS: &[&str] = &[
    "常委",
    "书记",
    "副书记",
    "委员",
    "秘书长",
    "部长",
    "主任",
    "副",
    "原",
    "常务",
    "领导",
];

/// The clause around a span: between the nearest marks that end a clause.
fn clause(text: &str, span: &Span) -> Span {
    let ends = |c: char| "，。；！？：\n,;!?".contains(c);
    let start = text[..span.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let end = text[span.end..]
        .char_indices()
        .find(|&(_, c)| ends(c))
        .map_or(text.len(), |(k, _)| span.end + k);
    start..end
}

/// Where a name stands in the speech.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stand {
    /// Where the speaker's own place belongs; the shape, for the message.
    OwnSlot(&'static str),
    /// Named on purpose: related to the speaker's place, or part of a company's name.
    Related,
    /// Named in passing.
    Mention,
}

/// The title, subtitle and signature lines: where only the speaker's place can stand.
fn heading_lines(a: &Analysis) -> Vec<Span> {
    let mut out: Vec<Span> = a
        .doc
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Title | BlockKind::Subtitle))
        .map(|b| b.line.clone())
        .collect();
    // a signature: one of the last three lines, short and without a sentence's marks
    let mut lines: Vec<Span> = Vec::new();
    let mut at = 0;
    for l in a.text.split_inclusive('\n') {
        let t = l.trim();
        if !t.is_empty() {
            lines.push(at..at + l.trim_end().len());
        }
        at += l.len();
    }
    for l in lines.iter().rev().take(3) {
        let t = &a.text[l.clone()];
        if lines.len() > 3 && t.chars().count() <= 30 && !t.contains(['。', '，', '！', '；']) {
            out.push(l.clone());
        }
    }
    out
}

/// How a name at `span` stands: an own-place slot, related on purpose, or a mention.
fn stand(a: &Analysis, span: &Span, headings: &[Span]) -> Stand {
    let text = &a.text;
    let (before, after) = (&text[..span.start], &text[span.end..]);
    let run_after: String = after
        .chars()
        .take_while(|&c| crate::text::is_cjk(c) || c == '（' || c == '）' || c == '(' || c == ')')
        .take(24)
        .collect();
    let body = BODY_ENDS.iter().any(|w| run_after.contains(w));
    if headings
        .iter()
        .any(|h| h.start <= span.start && span.end <= h.end)
    {
        return Stand::OwnSlot("标题或落款");
    }
    if body {
        return Stand::Related;
    }
    let c = clause(text, span);
    let whole = &text[c.clone()];
    let (head, rest) = (&text[c.start..span.start], &text[span.end..c.end]);
    if before.ends_with('在') && ["召开", "举行", "举办"].iter().any(|w| rest.contains(w)) {
        // this meeting, or an event the text places elsewhere on purpose
        if THIS_MEETING.iter().any(|w| whole.contains(w)) {
            return Stand::OwnSlot("本次会议的地点");
        }
        return Stand::Related;
    }
    let own_before = OWN_BEFORE
        .iter()
        .find(|w| before.ends_with(*w))
        .filter(|w| {
            !(**w == "全"
                && ["安全", "完全", "健全", "齐全", "周全"]
                    .iter()
                    .any(|x| before.ends_with(x)))
        });
    if let Some(w) = own_before {
        return Stand::OwnSlot(if w.chars().count() == 1 {
            "“全X”“我X”"
        } else {
            "本地的称谓"
        });
    }
    let related = RELATING_BEFORE.iter().any(|w| {
        head.contains(w) && !(*w == "与" && (head.contains("参与") || head.contains("与会")))
    }) || RELATING_AFTER.iter().any(|w| rest.contains(w));
    if related {
        return Stand::Related;
    }
    if let Some(w) = OWN_AFTER.iter().find(|w| after.starts_with(*w)) {
        let organ = w.ends_with('委') || w.ends_with("政府");
        if organ
            && (before.ends_with('原') || POSTS.iter().any(|p| after[w.len()..].starts_with(p)))
        {
            return Stand::Related;
        }
        return Stand::OwnSlot("本地的机关、发展和人民");
    }
    Stand::Mention
}

/// Rule `foreign-place`: names of provinces, cities, counties and districts other than the
/// draft's own place, its superiors and subordinates. Where the speaker's own place belongs (the
/// title and signature, 在X召开 this meeting, X县委 / X人民政府, 全X / 我X, 建设美丽X, X的发展…)
/// another place is an error; elsewhere it is worth a glance, and nothing at all where the text
/// relates it (来自, 与, 向…学习, 对接, 分会场, a company's name) or geography explains it (the
/// province's capital; for a mention, the province's other cities and counties).
pub(super) fn foreign_place(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let Some(own_name) = Fact::Place.value(values) else {
        return;
    };
    let p = places();
    let own = p.lookup(own_name);
    let headings = heading_lines(a);
    let mut names = p.find(&a.text);
    // after 美丽 / 魅力 a name stands even where it is an ordinary word (建设美丽安康)
    for (i, _) in a
        .text
        .match_indices("美丽")
        .chain(a.text.match_indices("魅力"))
    {
        let at = i + "美丽".len();
        if names.iter().any(|(s, _)| s.start == at) {
            continue;
        }
        if let Some((len, d)) = p.name_at(&a.text, at) {
            let next = a.text[at + len..].chars().next();
            if next.is_none_or(|c| !crate::text::is_cjk(c) || "的而".contains(c)) {
                names.push((at..at + len, d));
            }
        }
    }
    crate::order::sort_by_u64(&mut names, |(s, _)| s.start as u64);
    for (span, d) in names {
        let written = &a.text[span.clone()];
        let geo = p.geography(&own, d);
        if geo == Geography::Own || own_name.contains(written) || geo == Geography::Capital {
            continue;
        }
        let province = p
            .province_of(d)
            .filter(|pr| pr.code != d.code)
            .map(|pr| format!("，{}", pr.name))
            .unwrap_or_default();
        match stand(a, &span, &headings) {
            Stand::OwnSlot(shape) => out.push(Finding::new(
                RuleId::ForeignPlace,
                &a.text,
                span.clone(),
                format!("“{written}”是外地地名（{}{province}），出现在本该写本地（{own_name}）的位置（{shape}）：多半是范文原稿留下的", d.name),
            )),
            Stand::Mention if geo == Geography::Elsewhere => out.push(
                Finding::new(
                    RuleId::ForeignPlace,
                    &a.text,
                    span.clone(),
                    format!("“{written}”是外地地名（{}{province}），本稿是{own_name}的讲话：若不是有意提到，请改", d.name),
                )
                .severity(Severity::Info),
            ),
            _ => {}
        }
    }
}

const LEVELS: &[&str] = &["县", "区", "市"];

/// Words that speak as a level: `全县`, `我县`, `县委`, `县政府`…
fn level_words(level: &str) -> [String; 8] {
    [
        format!("全{level}"),
        format!("我{level}"),
        format!("本{level}"),
        format!("{level}委"),
        format!("{level}政府"),
        format!("{level}级"),
        format!("{level}直"),
        format!("{level}长"),
    ]
}

/// The level a title speaks at: `县长在全县…` → 县.
fn title_level(title: &str) -> Option<&'static str> {
    LEVELS.iter().copied().find(|l| {
        [format!("{l}长"), format!("{l}委书记"), format!("全{l}")]
            .iter()
            .any(|w| title.contains(w.as_str()))
    })
}

fn is_own_level_word(level: &str, w: &str, other: &str) -> bool {
    let rank = |l: &str| {
        LEVELS
            .iter()
            .position(|x| *x == l)
            .map(|p| if p == 2 { 2 } else { 1 })
    };
    let claims_own = w.starts_with('我') || w.starts_with('本');
    match (rank(level), rank(other)) {
        // 县 and 区 are peers: a 区委 in a 县 speech is always wrong
        (Some(a), Some(b)) if a == b => true,
        // a 县 speech speaks of 全市 and 市委 above it; only "我市" claims the wrong level
        (Some(1), Some(2)) => claims_own,
        // a 市 speech speaks of 县委 / 区政府 below it; "全县", "我区" claim the wrong level
        _ => claims_own || w.starts_with('全'),
    }
}

/// Chars before a level char that make it part of another word: `园区`, `景区`, `城市`, `超市`.
const AREA_BEFORE: &[(&str, &str)] = &[
    (
        "区",
        "园景城社片新辖山库矿街小校范能护验聚业域郊灾牧林港贸税保综湾商",
    ),
    ("市", "城都超门股菜夜集"),
    ("县", "郡"),
];

/// Whether a level word found at `at` is part of another word: `园区委员会`, `景区长效`,
/// `城市长远`.
fn inside_a_word(text: &str, at: usize, level: &str, w: &str) -> bool {
    let prev = text[..at].chars().next_back();
    let area = AREA_BEFORE.iter().any(|(l, chars)| {
        *l == level && w.starts_with(l) && prev.is_some_and(|p| chars.contains(p))
    });
    let next = text[at + w.len()..].chars().next();
    area || (w.ends_with('长') && next.is_some_and(|c| "期远效足久处江城".contains(c)))
}

/// Rule `mixed-level`: `区委`, `全区`, `我区` in a 县 speech (and every other mismatch), and a title
/// at one level over a body at another.
pub(super) fn mixed_level(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let title = a.doc.blocks.iter().find(|b| b.kind == BlockKind::Title);
    let from_title = title.and_then(|b| title_level(&a.text[b.content.clone()]));
    let level: &str = match Fact::Level.value(values).or(from_title) {
        Some(l) if LEVELS.contains(&l) => l,
        _ => return,
    };
    if let (Some(b), Some(t)) = (title, from_title) {
        if t != level {
            out.push(Finding::new(
                RuleId::MixedLevel,
                &a.text,
                b.content.clone(),
                format!("标题是{t}一级的讲话，正文按{level}一级写：请统一"),
            ));
        }
    }
    let body_start = title.map_or(0, |b| b.line.end);
    let body = &a.text[body_start..];
    for other in LEVELS.iter().filter(|l| **l != level) {
        let words: Vec<String> = level_words(other)
            .into_iter()
            .filter(|w| is_own_level_word(level, w, other))
            .collect();
        // one search for the level's char, then the words around each: every word holds it
        // once, as its first or its second char
        let Some(level_char) = other.chars().next() else {
            continue;
        };
        let level_chars = a.chars.within(sets::LEVELS, body_start..a.text.len());
        for j in level_chars
            .filter(|&(_, c)| c == level_char)
            .map(|(k, _)| k - body_start)
        {
            let before = body[..j].chars().next_back();
            for i in before.map(|c| j - c.len_utf8()).into_iter().chain([j]) {
                let Some(w) = words.iter().find(|w| body[i..].starts_with(w.as_str())) else {
                    continue;
                };
                let at = body_start + i;
                // 县区 / 区县 lists (各县区) are fine in a city speech
                let prev = a.text[..at].chars().next_back();
                if prev.is_some_and(|p| matches!(p, '县' | '区' | '市' | '各')) {
                    continue;
                }
                if inside_a_word(&a.text, at, other, w) {
                    continue;
                }
                let fix = w.replacen(other, level, 1);
                // the speaker's own claim or organs are an own-level slot; 区级, 区长 may be
                // someone else's
                let slot =
                    w.starts_with(['我', '全', '本']) || w.ends_with('委') || w.ends_with("政府");
                let f = Finding::new(
                    RuleId::MixedLevel,
                    &a.text,
                    at..at + w.len(),
                    format!("本稿是{level}一级的讲话，这里却写“{w}”：应为“{fix}”？"),
                );
                out.push(if slot {
                    f.fix(fix)
                } else {
                    f.severity(Severity::Info)
                });
            }
        }
    }
}
