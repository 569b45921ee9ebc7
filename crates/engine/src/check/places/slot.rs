//! The own-place slots of rule `foreign-place`: the title and signature, this meeting's
//! place, the claims (`全X`, `建设美丽X`), the own organs, work and figures — where only the
//! speaker's own place can stand.

use crate::analysis::Analysis;
use crate::check::world::{clause, instructed, led_delegation, own_after, this_meeting};
use crate::parse::BlockKind;
use crate::slots::{HOLD_VERBS, OWN_PLACE_BEFORE};
use crate::text::Span;

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

/// Words right before a name that make it this meeting's: `这次X县重点项目推进会`.
const THIS_MEETING_NAMED: &[&str] = &["这次", "本次", "此次", "今天的", "今天召开的"];

/// Meetings of the genre, after the place in their name.
const MEETINGS: &[&str] = &[
    "推进会",
    "调度会",
    "动员会",
    "观摩会",
    "现场会",
    "开工仪式",
    "誓师大会",
    "工作会",
];

/// Words right before a name that welcome guests to the speaker's place: `欢迎来到X`,
/// `莅临X` (not `落户X`: a company's other sites are named so too).
const WELCOME_TO: &[&str] = &["来到", "莅临", "光临", "前来"];

/// Words right before a name in which the speaker claims it as their own: `我们X`, `我代表X县委`
/// (with the organ after it).
const VOICE_BEFORE: &[&str] = &["我们", "我代表", "我代表中共"];

/// Words after an organ's post in its clause that make its holder the host of the meeting told
/// of, or its voice (`X县委书记某某主持会议`, `…出席会议并讲话`, `…宣布开工`, `…表示`): in a report
/// of the own meeting, the own place's (a partner's holder is related first; one who merely
/// attends, `…也出席了会议`, may be a guest).
const CHAIRS: &str = "主持 讲话 宣布 表示 指出 强调";

/// Verbs of a report's own event, after its place as the subject (`X召开`, `X集中开工`).
const REPORT_VERBS: &str = "召开 举行 举办 开工 签约";

/// How many chars of adverbs may stand between a report's place and its verb (`随即`, `此次集中`).
const REPORT_ADVERBS: usize = 4;

/// Whether the words after a name that opens its clause make it the subject of the report's
/// event: a verb of [`REPORT_VERBS`] after at most [`REPORT_ADVERBS`] chars of adverbs.
fn acts(rest: &str) -> bool {
    let head: String = without_its_time(rest)
        .chars()
        .take_while(|&c| crate::text::is_cjk(c))
        .take(REPORT_ADVERBS + 2)
        .collect();
    REPORT_VERBS.split(' ').any(|v| {
        head.find(v)
            .is_some_and(|k| head[..k].chars().count() <= REPORT_ADVERBS)
    })
}

/// Words of duty or resolve right after a place that opens its clause: what follows is its work.
const UNDERTAKES: &str = "要 将 必须 务必 一定要";

/// Whether the words after a name that opens its clause bind it to work (`X要进一步贯彻…`,
/// `X将全力以赴…`), not a noun (`要求`, `要素`) nor a time (`将来`).
fn undertakes(rest: &str) -> bool {
    UNDERTAKES.split(' ').any(|w| {
        rest.strip_prefix(w).is_some_and(|r| {
            r.starts_with(crate::text::is_cjk)
                && !["求", "素", "点", "害", "来", "近"]
                    .iter()
                    .any(|n| r.starts_with(n))
        })
    })
}

/// The periods of a year a report's event may be named by, after the year: `2024年第一季度`.
const PERIODS: &str =
    "第一季度 第二季度 第三季度 第四季度 一季度 二季度 三季度 四季度 上半年 下半年 春季 秋季";

/// The projects a report's event is of, between its time and its verb: `…重大项目集中开工`.
const EVENT_PROJECTS: &str = "重点项目 重大项目 项目";

/// The words after a report's place without the time and the projects its event is named by
/// (`2024年第一季度重大项目集中开工` → `集中开工`); unchanged without a year right after it.
fn without_its_time(rest: &str) -> &str {
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let Some(r) = rest[digits..].strip_prefix('年').filter(|_| digits == 4) else {
        return rest;
    };
    let r = PERIODS
        .split(' ')
        .find_map(|w| r.strip_prefix(w))
        .unwrap_or(r);
    EVENT_PROJECTS
        .split(' ')
        .find_map(|w| r.strip_prefix(w))
        .unwrap_or(r)
}

/// Words that end the name of a report's event.
const EVENT_ENDS: &str =
    "推进会 调度会 动员会 观摩会 现场会 誓师大会 工作会 会议 大会 开工仪式 签约仪式";

/// Whether a name at the head of an event's name is where that event is held: the name (and a
/// year or a season after it) runs in one stretch of text to an event's end ([`EVENT_ENDS`]),
/// with a holding verb right before the name (`隆重举行X…开工仪式`) or after the event
/// (`X…推进会在…召开`, `X…会议召开`). A meeting of two (`X与Y协作联席会议`) relates its second
/// place first.
fn heads_held_event(before: &str, rest: &str) -> bool {
    let run: String = rest
        .chars()
        .take_while(|&c| crate::text::is_cjk(c) || c.is_ascii_digit() || "“”".contains(c))
        .take(30)
        .collect();
    // (every end: `工作会` and `工作会议` both end one)
    let ends: Vec<usize> = EVENT_ENDS
        .split(' ')
        .flat_map(|w| run.match_indices(w).map(move |(k, _)| k + w.len()))
        .collect();
    if ends.is_empty() {
        return false;
    }
    let before = before.strip_suffix('了').unwrap_or(before);
    let held_before = HOLD_VERBS.iter().any(|w| before.ends_with(w));
    // (the rest of the clause: `…推进会在县委礼堂召开`)
    let held_after = ends.iter().any(|&end| {
        let after = &run[end..];
        (after.starts_with('在') && HOLD_VERBS.iter().any(|w| rest[end..].contains(w)))
            || HOLD_VERBS.iter().any(|w| after.starts_with(w))
    });
    held_before || held_after
}

/// The slot a name fills where only the speaker's own place can stand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Slot {
    /// The title or subtitle.
    Heading,
    /// The signature: the speaker's own office, even where it is a body's name.
    Signature,
    /// `在X召开` this meeting of the own place.
    ThisMeeting,
    /// `全X`, `我X`, `建设美丽X`, `中共X`.
    Claim,
    /// `X县委`, `X人民政府`, `X的发展`, `X人民`, `X上下`; the own place's work (`推动X高质量发展`,
    /// `介绍了X的县情`).
    Organs,
    /// The object of the own work: the place promoted (`推介了X资源优势`), the place whose task
    /// the work serves (`为X打好…攻坚战`).
    Work,
    /// The subject of a sentence that sets out the place's assets: `X有优越的交通优势`, `X地处…`.
    Profile,
    /// The subject of the year's own figures, after a time phrase: `今年前三季度，X完成投资…亿元`.
    Figures,
    /// The speaker's own voice: `我们X`, `我代表X县委`. No relation makes another place the
    /// speaker's.
    Voice,
    /// The delegation a leader of ours leads: `县委书记率X党政代表团`.
    Delegation,
    /// The place a leader's instructions concern: `视察X重要指示`, `对X工作的重要指示`.
    Instructed,
    /// The place whose event a report tells: `3月2日，X召开…`, `X…推进会在…召开`.
    Report,
}

impl Slot {
    pub(super) fn shape(self) -> &'static str {
        match self {
            Slot::Heading => "标题",
            Slot::Signature => "落款",
            Slot::ThisMeeting => "本次会议的地点",
            Slot::Claim => "“全X”“我X”“美丽X”",
            Slot::Organs => "本地的机关、发展和人民",
            Slot::Work => "本地工作的对象",
            Slot::Figures => "本地今年的数字",
            Slot::Profile => "本地的区位和优势",
            Slot::Voice => "讲话人自称的本地（我们X、我代表X）",
            Slot::Delegation => "本地领导率领的代表团",
            Slot::Instructed => "上级对本地工作的指示",
            Slot::Report => "报道中本地的会议和活动",
        }
    }
}

/// The title, subtitle and signature lines: where only the speaker's place can stand; each
/// with whether it is the signature.
pub(super) fn heading_lines(a: &Analysis) -> Vec<(Span, bool)> {
    let mut out: Vec<(Span, bool)> = a
        .doc
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Title | BlockKind::Subtitle))
        .map(|b| (b.line.clone(), false))
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
        if lines.len() >= 3 && t.chars().count() <= 30 && !t.contains(['。', '，', '！', '；'])
        {
            out.push((l.clone(), true));
        }
    }
    out
}

/// Words in a bracket that make it a byline: who wrote or sent the report.
const BYLINE: &str = "记者 通讯员 供稿 撰稿";

/// Whether a name stands at the head of a bracket (`（X融媒记者 …）`) that is a byline.
fn in_byline(before: &str, after: &str) -> bool {
    if !before.ends_with(['（', '(']) {
        return false;
    }
    // (at most about forty chars on: a bracket left open reads no further)
    let near = &after[..crate::text::floor_char_boundary(after, 120)];
    let inside = near.split(['）', ')', '\n']).next().unwrap_or("");
    inside.len() < near.len() && BYLINE.split(' ').any(|w| inside.contains(w))
}

/// Films that present a place, after its name: `X宣传片`.
const FILMS: &str = "宣传片 形象片 推介片 专题片";

/// Whether a name is the place whose film the meeting watched (`观看了X宣传片`): the own
/// place's, which a speech's own event shows.
fn shows_own_film(before: &str, after: &str) -> bool {
    let before = before.strip_suffix('了').unwrap_or(before);
    let after = after.strip_prefix('的').unwrap_or(after);
    ["观看", "播放", "观看了"]
        .iter()
        .any(|w| before.ends_with(w))
        && FILMS.split(' ').any(|w| after.starts_with(w))
}

/// Verbs right after a place that set out its assets: `X有…优势`, `X地处…`.
const PROFILE_VERBS: &str = "有 具有 拥有 具备 地处 位于";

/// The assets a place's profile names in its clause.
const PROFILE_NOUNS: &str = "优势 区位 禀赋 通道 门户 枢纽";

/// Whether a name at `span` opens a sentence that sets out the place's assets: the first words
/// of the sentence, a verb of [`PROFILE_VERBS`] right after it and an asset of
/// [`PROFILE_NOUNS`] in the sentence (`X有优越的交通优势`, `X地处…，区位优势明显`): what a speech
/// sets out so is its own place (a partner's profile is related first).
fn heads_own_profile(text: &str, span: &Span) -> bool {
    let opens = text[..span.start]
        .chars()
        .next_back()
        .is_none_or(|ch| "。！？；\n".contains(ch));
    if !opens {
        return false;
    }
    let sentence = crate::text::bounded_stretch(text, span, 300, "。！？；\n");
    let rest = &text[span.end..sentence.end];
    opens
        && PROFILE_VERBS.split(' ').any(|w| rest.starts_with(w))
        && PROFILE_NOUNS.split(' ').any(|w| rest.contains(w))
}

/// The assets a description of a place names right after it (`X历史文化底蕴深厚`).
const ASSETS: &str = "历史 文化 区位 交通 资源 生态 产业 工业 农业 基础 底蕴 环境 山水";

/// Words that praise an asset, later in the clause.
const PRAISE: &str = "深厚 优越 丰富 雄厚 良好 优美 独特 便利 便捷 明显 突出 悠久";

/// Whether a name at `span` opens a clause that describes its assets (`他说，X历史文化底蕴深厚、
/// 交通区位优越`): an asset of [`ASSETS`] right after it and a praise of [`PRAISE`] in the clause.
/// What a speech so sets out is its own place (a partner's is related first).
fn described(text: &str, span: &Span, c: &Span) -> bool {
    let rest = &text[span.end..c.end];
    c.start == span.start
        && ASSETS.split(' ').any(|w| rest.starts_with(w))
        && PRAISE.split(' ').any(|w| rest.contains(w))
}

/// Verbs of a year's figures after a place that heads its clause: `X完成固定资产投资…亿元`.
const FIGURE_VERBS: &str = "完成 实现 累计 新开工 开工 签约 引进 到位";

/// Words of a time phrase that opens a sentence of the own year's figures: `今年前三季度，`.
const THIS_YEAR_PHRASE: &str = "今年 本年 年初以来 季度 上半年 1-";

/// Whether a name at `span` heads the clause of the own year's figures: the clause starts with
/// it, a figure verb ([`FIGURE_VERBS`]) and a number follow, and the clause before it in its
/// sentence is a short time phrase of this year (`今年前三季度，X完成投资…亿元`).
fn heads_own_figures(text: &str, span: &Span, c: &Span) -> bool {
    if c.start != span.start || c.start == 0 {
        return false;
    }
    let rest = &text[span.end..c.end];
    if !FIGURE_VERBS.split(' ').any(|w| rest.starts_with(w))
        || !rest.chars().any(|ch| ch.is_ascii_digit())
    {
        return false;
    }
    // the clause before, back to the sentence's start
    let before = &text[..c.start];
    let before = before.strip_suffix(['，', ',']).unwrap_or(before);
    crate::slots::opening_clause(text, before.len()).is_some_and(|phrase| {
        phrase.chars().count() <= 12 && THIS_YEAR_PHRASE.split(' ').any(|w| phrase.contains(w))
    })
}

/// The own-place slot a name at `span` fills, if any.
pub(super) fn slot(
    a: &Analysis,
    span: &Span,
    headings: &[(Span, bool)],
    own_short: &str,
) -> Option<Slot> {
    let text = &a.text;
    let (before, after) = (&text[..span.start], &text[span.end..]);
    if let Some((_, signature)) = headings
        .iter()
        .find(|(h, _)| h.start <= span.start && span.end <= h.end)
    {
        return Some(if *signature {
            Slot::Signature
        } else {
            Slot::Heading
        });
    }
    // a byline in brackets at a paragraph's end: `（X融媒记者 某某 通讯员 某某）`
    if in_byline(before, after) || crate::slots::sourced(before) {
        return Some(Slot::Signature);
    }
    let c = clause(text, span);
    let rest = &text[span.end..c.end];
    let voice = VOICE_BEFORE.iter().any(|w| before.ends_with(w));
    if voice
        && (!before.ends_with("代表") && !before.ends_with("中共") || own_after(after).is_some())
    {
        return Some(Slot::Voice);
    }
    // a report's own meeting, held by the place that opens its clause after the date:
    // `10月13日，X召开重点项目推进会`
    let opens_clause = c.start == span.start && c.start > 0;
    if opens_clause
        && HOLD_VERBS.iter().any(|w| rest.starts_with(w))
        && MEETINGS.iter().chain(&["会议"]).any(|w| rest.contains(w))
    {
        return Some(Slot::ThisMeeting);
    }
    // the place a report's event is of: its subject after the date (`3月2日，X随即召开…`,
    // `据悉，X此次集中开工…`), or the head of the event's name where it is held (`X…推进会在…
    // 召开`, `隆重举行X…开工仪式`)
    if opens_clause && acts(rest) || heads_held_event(before, rest) {
        return Some(Slot::Report);
    }
    // the place bound to the work the clause goes on to say (`X要进一步…`, `X将全力…`): the
    // speaker's own, or a partner the text relates
    if opens_clause && undertakes(rest) {
        return Some(Slot::Work);
    }
    if before.ends_with('在')
        && HOLD_VERBS.iter().any(|w| rest.contains(w))
        && this_meeting(
            &text[c.clone()],
            &text[c.start..span.start],
            own_short,
            &text[span.clone()],
        )
    {
        return Some(Slot::ThisMeeting);
    }
    // this meeting named in the body: 这次X县重点项目推进会
    if THIS_MEETING_NAMED.iter().any(|w| before.ends_with(w))
        && MEETINGS.iter().any(|w| rest.contains(w))
    {
        return Some(Slot::ThisMeeting);
    }
    if led_delegation(text, span) {
        return Some(Slot::Delegation);
    }
    if instructed(before, after) {
        return Some(Slot::Instructed);
    }
    let own_before = OWN_PLACE_BEFORE
        .iter()
        .chain(WELCOME_TO)
        .find(|w| before.ends_with(*w))
        .filter(|w| {
            !(**w == "全"
                && ["安全", "完全", "健全", "齐全", "周全"]
                    .iter()
                    .any(|x| before.ends_with(x)))
        });
    // and the same claims of a new X (`建设宜居新X`; not 全新X, 我新X)
    let new_claim = crate::slots::claims_new(before);
    // (and the place guests are welcomed to: `欢迎各位到X考察`)
    if own_before.is_some() || new_claim || crate::slots::welcomed(text, span.start, span.len()) {
        return Some(Slot::Claim);
    }
    if crate::slots::own_profile(text, span.start, span.len())
        || crate::slots::task_for(text, span.start, span.len())
        || crate::slots::driven(before, after)
        || crate::slots::improved(before, after)
        || crate::slots::made_home(text, span.start, span.len())
        || crate::slots::learns(before, after)
        || crate::slots::supported(before, after)
        || crate::slots::helped(before, after)
        || crate::slots::renewed(after)
        || crate::slots::trusted(before, after)
    {
        return Some(Slot::Work);
    }
    if heads_own_profile(text, span)
        || described(text, span, &c)
        || shows_own_film(before, after)
        || crate::slots::after_own_apposition(text, span.start)
        || crate::slots::heads_profile_sentence(text, span.start)
    {
        return Some(Slot::Profile);
    }
    if heads_own_figures(text, span, &c) {
        return Some(Slot::Figures);
    }
    if let Some(w) = own_after(after) {
        let organ = w.ends_with('委') || w.ends_with("政府");
        // (a post whose holder chairs the meeting told of is the host's: `X县委书记某某主持会议`)
        let chairs = CHAIRS.split(' ').any(|w| rest.contains(w));
        if organ
            && (before.ends_with('原')
                || after
                    .strip_prefix(w)
                    .is_some_and(|r| POSTS.iter().any(|p| r.starts_with(p)) && !chairs))
        {
            return None;
        }
        return Some(Slot::Organs);
    }
    None
}
