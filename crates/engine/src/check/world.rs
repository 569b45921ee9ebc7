//! The model of the places in a speech: the own place with its superiors and subordinates (by
//! code, and the parents written right before its name), every other place named, and the
//! relation by which the text introduces each (partner, investor's home, model, venue, peer),
//! read from the relation words around the name and the slot it fills in its clause.

use crate::analysis::Analysis;
use crate::fields::{Fact, Values};
use crate::places::{places, Division};
use crate::slots::{own_work_after, HELP_BEFORE, HOLD_VERBS, PLACE_PEOPLE_AFTER};
use crate::text::Span;

/// Words after a name that speak of the speaker's own place: `东川的发展`, `东川人民`, `东川区委`.
pub(super) const OWN_AFTER: &str =
    "委 人民政府 政府 党委 县委 区委 市委 四大班子 四套班子 四家班子 四班子 的发展 发展 高质量 振兴 崛起 加快发展 加速发展 跨越 实际 的实际 特色 发展史 发展大局 大局 城市化 新型工业化 工业化进程 项目建设 经济发展 经济总量 贡献 速度 力量 形象";

/// Whether the words after a name make it the speaker's own place: its organs, its growth
/// ([`OWN_AFTER`]), its work ([`OWN_WORK_AFTER`]), its people and land ([`PLACE_PEOPLE_AFTER`];
/// both shared with field kinds).
pub(super) fn own_after(after: &str) -> Option<&'static str> {
    // (a quoted body: X“四班子”)
    let after = after.trim_start_matches(['“', '"', '「']);
    words(OWN_AFTER)
        .chain(PLACE_PEOPLE_AFTER.iter().copied())
        .find(|w| after.starts_with(w))
        .or_else(|| own_work_after(after).then_some("县情"))
}

/// Words that make this meeting: `今天在东川召开` puts the meeting in the speaker's place.
pub(super) const THIS_MEETING: &str = "今天 今日 我们 这次 本次 此次 隆重";

/// How the text relates another place to the speaker's, read from the words around the name in
/// its clause. A place the text relates once is named on purpose everywhere in the speech: its
/// organs, its officials, its people and the sentences that address it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Relation {
    /// 协作, 帮扶, 结对, 对口, 友好, 合作, 签约; `与X`, `X与我`.
    Partner,
    /// `来自X`, `X客商`, `X企业`, `X籍`.
    Investor,
    /// `向X学习`, `赴X考察`, `X的经验`.
    Model,
    /// `在X举办` (not this meeting), `X分会场`, a 推介会 or 博览会 there.
    Venue,
    /// `与X相比`, `超过X`, `毗邻X`, `至X`, `融入X`.
    Peer,
    /// Part of a company's, school's or event's name, or of a document's title: says nothing
    /// about the place elsewhere.
    Body,
}

impl Relation {
    /// Whether the relation brings the place and its people into the speech (a partner, an
    /// investor's home, a place visited or learnt from, the venue of an event of ours): the
    /// speech, or its people in it, may then speak of it as of the own place
    /// (`向关心支持X发展的朋友表示感谢`, `X上下`), where a peer merely compared or passed
    /// (`超过X`, `毗邻X`) may not.
    pub(super) fn partner(self) -> bool {
        self != Relation::Peer
    }
}

/// Words anywhere before a name in its clause that relate it: the name fills their object slot.
const RELATING_BEFORE: &[(Relation, &str)] = &[
    (Relation::Partner, "协作 帮扶 结对 对口 友好 合作 签约 签订 援建 支援 援助 携手 共建 联手 牵手 对接 缔结 交流 挂职"),
    (Relation::Investor, "来自 在外 驻 引进 招引"),
    (Relation::Model, "学习 借鉴 对标 看齐 前往 赴 考察 参观 率团 率队 带队 走进 到访 拜访 回访"),
    (Relation::Venue, "主会场 分会场 主现场 分现场 连线"),
    (Relation::Peer, "相比 超过 赶超 追赶 领先 次于 毗邻 相邻 接壤 连接 通往 直达 融入 接轨 距离"),
];

/// Chars right before a name that relate it (`赴X`, `至X`, `到X`): alone they are too common to
/// count anywhere in the clause.
const RELATING_JUST_BEFORE: &[(char, Relation)] = &[
    ('与', Relation::Partner),
    ('同', Relation::Partner),
    ('跟', Relation::Partner),
    ('赴', Relation::Model),
    ('往', Relation::Model),
    ('至', Relation::Peer),
    ('经', Relation::Peer),
    ('距', Relation::Peer),
];

/// Words that end in a char of [`RELATING_JUST_BEFORE`] and relate nothing: `参与X建设`.
const WORDS_ENDING_RELATING: &str = "参与 给与 赋与 共同 协同 如同 相同 不同 认同 赞同 已经 曾经";

/// Verbs by which a place's people invite others to come: then they are the hosts.
const INVITING: &str = "期待 期盼 盼望 欢迎 邀请 诚邀 希望";

/// Chars that go on a list of names (`与甲、乙和丙`): a name after them stands in the slot of
/// the first.
const LIST_CHARS: &[char] = &['、', '和', '及'];

/// Words right after a name (or after `X的`) that relate it: `X客商`, `X籍`, `X的经验`.
const RELATING_AFTER: &[(Relation, &str)] = &[
    (
        Relation::Investor,
        "客商 企业 商会 籍 老乡 乡贤 客人 嘉宾 朋友 来宾 代表团 考察团 党政代表团 党政考察团",
    ),
    (Relation::Model, "学习 取经 看齐 经验 做法 模式"),
    (Relation::Venue, "主会场 分会场 主现场 分现场 连线"),
    (Relation::Partner, "方面 援疆 援藏 援青 两地"),
];

/// Verbs after a name that make it the one who relates to us (`X帮扶我县`, `X与我县结对`):
/// they count right after the name, or anywhere in the clause once the clause names us (我,
/// 本, 两地) — `甲与乙合作` in another place's speech does not relate 甲 to the speaker.
const RELATING_VERBS_AFTER: &str =
    "帮扶 援建 支援 结对 协作 合作 签约 对口 携手 共建 对接 牵手 援疆 援藏 援青 选派 来我 到我 莅临";

/// Words in a clause that make a meeting there a venue (a 推介会 held in the capital), not the
/// speaker's own meeting.
const VENUE_MEETINGS: &str =
    "招商 推介 签约 洽谈 对接 恳谈 座谈 联谊 博览 交易会 展会 交流 协作 联席 论坛 峰会";

/// Words after a name that make it part of a company's, a school's or an event's name
/// (`东莞市蜀江新能源科技有限公司`, `深圳汉寿商会`, `某高中某市校区`).
const BODY_ENDS: &str =
    "公司 集团 商会 同乡会 银行 大学 学院 学校 中学 高中 小学 校区 分校 医院 研究院 协会 基金 工厂 厂 中心 军区 酒业 药业 置业 实业 矿业 能源 科技 股份 控股 物流 化工 制药 博览会 交易会 洽谈会 文化节 旅游节 艺术节 运动会 论坛 峰会";

/// The words of a table written as one string, space between them (a `&[&str]` costs the app's
/// wasm a pointer and a length a word).
fn words(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.split(' ')
}

/// The relation of the first word of `table` (in its order) that `hit` takes.
fn related_by(table: &[(Relation, &'static str)], hit: impl Fn(&str) -> bool) -> Option<Relation> {
    table
        .iter()
        .find(|(_, ws)| words(ws).any(&hit))
        .map(|&(r, _)| r)
}

/// The clause around a span: between the nearest marks that end a clause, at most about a
/// hundred chars each way.
pub(super) fn clause(text: &str, span: &Span) -> Span {
    crate::text::bounded_stretch(text, span, 300, "，。；！？：\n,;!?")
}

/// The relation the words around a name at `span` give it, if any.
pub(super) fn relation(text: &str, span: &Span, own_short: &str) -> Option<Relation> {
    let (before, after) = (&text[..span.start], &text[span.end..]);
    let c = clause(text, span);
    let (head, rest) = (&text[c.start..span.start], &text[span.end..c.end]);
    // the delegation a leader of ours leads (`县委书记率X党政代表团赴…`) is ours, whatever the
    // clause goes on to say of others
    // and so is the place a leader's instructions concern (`学习贯彻…视察X重要指示`): the
    // clause's verbs take the instructions
    // and the learner of a lesson (`值得X学习借鉴`): the words of learning are ours
    if led_delegation(text, span)
        || instructed(before, after)
        || crate::slots::learns(before, after)
    {
        return None;
    }
    // inside a document's title (《关中—天水经济区发展规划》) or an event's (第十届……节)
    if head.rfind('《').is_some_and(|k| !head[k..].contains('》')) || head.contains('届') {
        return Some(Relation::Body);
    }
    let run_after: String = after
        .chars()
        .take_while(|&c| crate::text::is_cjk(c) || "（）()".contains(c))
        .take(16)
        .collect();
    let organ_after = own_after(after).is_some();
    // (a 商会 is a body, 协商会议 none; a 会议中心 is where a meeting is held, in the place)
    let body = words(BODY_ENDS).any(|w| {
        run_after.contains(w)
            && (!matches!(w, "商会" | "中心")
                || run_after.match_indices(w).any(|(k, _)| {
                    let head = &run_after[..k];
                    !(w == "商会" && head.ends_with('协') || w == "中心" && head.ends_with("会议"))
                }))
    });
    if !organ_after && body {
        return Some(Relation::Body);
    }
    // the home guests are asked to make (`希望签约企业把X作为第二故乡`) is the host's: the
    // clause's relation words are the guests'
    if crate::slots::made_home(text, span.start, span.len()) {
        return None;
    }
    // thanks or greetings addressed to it (`向X区委、区政府表示感谢`): another place's
    if before.ends_with('向') && ADDRESSED.split(' ').any(|w| rest.contains(w)) {
        return Some(Relation::Partner);
    }
    // 与X, 赴X, and the names listed after them (与甲、乙和丙)
    let mut lead = before;
    while let Some(b) = lead.strip_suffix(LIST_CHARS) {
        // back over the name before the list mark, to the char before it
        let name_start = b
            .char_indices()
            .rev()
            .take_while(|&(_, c)| {
                crate::text::is_cjk(c)
                    && !LIST_CHARS.contains(&c)
                    && !RELATING_JUST_BEFORE.iter().any(|(r, _)| *r == c)
            })
            .take(8)
            .last()
            .map_or(b.len(), |(k, _)| k);
        if name_start == b.len() {
            break;
        }
        lead = &b[..name_start];
    }
    // and back over a superior written before the name (与丽水市庆元县)
    if lead.ends_with(['省', '市', '州', '盟']) {
        let back = lead
            .char_indices()
            .rev()
            .skip(1)
            .take(7)
            .take_while(|&(_, c)| crate::text::is_cjk(c))
            .find(|&(_, c)| RELATING_JUST_BEFORE.iter().any(|(r, _)| *r == c));
        if let Some((k, c)) = back {
            lead = &lead[..k + c.len_utf8()];
        }
    }
    // (not the char ending a word of its own: 参与X, 共同X, 已经X)
    let word_end = |b: &str| words(WORDS_ENDING_RELATING).any(|w| b.ends_with(w));
    if let Some(&(_, r)) = RELATING_JUST_BEFORE.iter().find(|(ch, _)| {
        before.ends_with(*ch) && !word_end(before) || lead.ends_with(*ch) && !word_end(lead)
    }) {
        return Some(r);
    }
    // the place we help: 我们助力X发展 (not 关心支持X发展的朋友: others help us there)
    let us = |s: &str| {
        ["我", "本", "两地", "双方"].iter().any(|w| s.contains(w))
            || (!own_short.is_empty() && s.contains(own_short))
    };
    if HELP_BEFORE.split(' ').any(|w| before.ends_with(w)) && us(head) {
        return Some(Relation::Partner);
    }
    if let Some(r) = related_by(RELATING_BEFORE, |w| head.contains(w)) {
        return Some(r);
    }
    let after_de = after.strip_prefix('的').unwrap_or(after);
    // (the place a hall of the event is set up in: `在X设主会场`)
    if head.ends_with('在') && ["会场", "现场"].iter().any(|w| rest.contains(w)) {
        return Some(Relation::Venue);
    }
    if let Some(r) = related_by(RELATING_AFTER, |w| after_de.starts_with(w)) {
        return Some(r);
    }
    if of_the_pair(text, span) {
        return Some(Relation::Partner);
    }
    // listed right after us as one subject of the clause (`石林县、陆良县召开协商会议`): the
    // two act together, the place is named on purpose
    let ours_named = |ours: &str| {
        let bare = ours.strip_suffix(['县', '区', '市', '旗']).unwrap_or(ours);
        // (an autonomous county's full name: 石林彝族自治县)
        let bare = crate::places::without_peoples(bare.strip_suffix("自治").unwrap_or(bare));
        !own_short.is_empty() && bare.ends_with(own_short)
    };
    // (or joined to us by a dot or a dash, as a pair's name is written: `福州·宁德山海协作`)
    if head
        .strip_suffix(['、', '·', '•', '—', '-'])
        .is_some_and(ours_named)
    {
        return Some(Relation::Partner);
    }
    // the clause names us after the name, or joins us to it just before (`遂昌和南湖区成为结对县`)
    let joined_to_us = head.rfind(['和', '与', '同']).is_some_and(|k| {
        let (ours, between) = (&head[..k], &head[k + '和'.len_utf8()..]);
        // (between them at most a superior's name: 和嘉兴市南湖区)
        between.chars().count() <= 8
            && between.chars().all(crate::text::is_cjk)
            && (ours_named(ours)
                || ours
                    .strip_suffix(['县', '区', '市', '旗'])
                    .is_some_and(|o| o.ends_with(['我', '本'])))
    });
    // the name's people come to us by our name (`X代表团来十堰考察`, `到十堰对接`)
    // (not when it invites others to come: `X人民期待各位来十堰`, the hosts)
    let come_to_us = !own_short.is_empty()
        && rest.match_indices(own_short).any(|(k, _)| {
            (rest[..k].ends_with(['来', '到']) || rest[..k].ends_with("莅临"))
                && !words(INVITING).any(|w| rest[..k].contains(w))
        });
    if come_to_us {
        return Some(Relation::Partner);
    }
    // speaking for the name's organs (`代表X“四班子”向…`) is the speaker's own slot, whatever
    // the clause goes on to say of us (`…参加签约活动`)
    let speaks_for = (before.ends_with("代表") || before.ends_with("代表中共")) && organ_after;
    let names_us = (us(rest) || joined_to_us) && !speaks_for;
    let verb =
        words(RELATING_VERBS_AFTER).any(|v| after.starts_with(v) || (names_us && rest.contains(v)));
    if verb {
        return Some(Relation::Partner);
    }
    // a meeting held there that is not this one, or a 推介会 there
    if before.ends_with('在') && HOLD_VERBS.iter().any(|w| rest.contains(w)) {
        let whole = &text[c.clone()];
        let named = &text[span.clone()];
        let own_wide = wide_here(whole, named);
        if !this_meeting(whole, head, own_short, named)
            || (!own_wide && words(VENUE_MEETINGS).any(|w| whole.contains(w)))
        {
            return Some(Relation::Venue);
        }
    }
    None
}

/// Words right before a name that make it the delegation a leader of ours leads: `县委书记率X党政
/// 代表团赴…`.
const LEADS: &[&str] = &["率领", "带领", "率"];

/// The delegations a leader leads, right after the place's name.
const DELEGATIONS: &str = "党政代表团 党政考察团 政府代表团 代表团 考察团";

/// Whether a name at `span` heads the delegation a leader of ours leads: a verb of [`LEADS`]
/// right before it, a delegation of [`DELEGATIONS`] right after, and no place named before in
/// its clause (`某县委书记率某县党政代表团` is that county's leader with his own).
pub(super) fn led_delegation(text: &str, span: &Span) -> bool {
    let (before, after) = (&text[..span.start], &text[span.end..]);
    if !LEADS.iter().any(|w| before.ends_with(w))
        || !DELEGATIONS.split(' ').any(|w| after.starts_with(w))
    {
        return false;
    }
    let c = clause(text, span);
    places().find(&text[c.start..span.start]).is_empty()
}

/// Words after a name that make it the place a leader's instructions concern (`视察X重要指示`,
/// `对X工作的重要指示`): the own place, or one of its superiors.
const INSTRUCTIONS: &str = "重要指示 重要讲话 重要批示 指示 批示 讲话 要求";

/// Whether a name at `span` is the place a leader's instructions concern: `视察X` with the
/// instructions after it, or `对X工作的…` / `关于X工作的…` with them.
pub(super) fn instructed(before: &str, after: &str) -> bool {
    let said = |a: &str| {
        let a = a.strip_prefix("时的").unwrap_or(a);
        let a = a.strip_prefix('的').unwrap_or(a);
        let a = a.strip_prefix("系列").unwrap_or(a);
        INSTRUCTIONS.split(' ').any(|w| a.starts_with(w))
    };
    (before.ends_with("视察") && said(after))
        || ((before.ends_with('对') || before.ends_with("关于"))
            && after.strip_prefix("工作").is_some_and(said))
}

/// What a speaker addresses to a place after `向X`: thanks, respect, greetings.
const ADDRESSED: &str = "感谢 致谢 谢意 敬意 问候 慰问";

/// Whether a name stands in a sentence that speaks of a pair and its bond before it
/// (`自两地结对以来，X累计接收…`, `双方携手以来，X…`): the place is one of the two.
fn of_the_pair(text: &str, span: &Span) -> bool {
    let sentence = crate::text::bounded_stretch(text, span, 240, "。！？；\n");
    let head = &text[sentence.start..span.start];
    let partner = RELATING_BEFORE
        .iter()
        .find(|(r, _)| *r == Relation::Partner)
        .map_or("", |(_, w)| *w);
    ["两地", "双方"].iter().any(|w| head.contains(w)) && words(partner).any(|w| head.contains(w))
}

/// Words before `在X` that tell of a trip there, not of the own place at home: `代表团在X召开`.
const TRIP_BEFORE: &str = "代表团 考察团 一行 赴 前往 到 来到 率 带队 带领";

/// Whether a clause speaks of this meeting: `今天我们在X召开`, `在X召开全县…`, or the own place
/// holding it, named as the subject before `在X` (`某县人民政府在X…举行`) on no trip there.
/// `head` is the clause before the name.
pub(super) fn this_meeting(clause: &str, head: &str, own_short: &str, named: &str) -> bool {
    let ours_holds = !own_short.is_empty()
        && head.contains(own_short)
        && !words(TRIP_BEFORE).any(|w| head.contains(w));
    ours_holds || words(THIS_MEETING).any(|w| clause.contains(w)) || wide_here(clause, named)
}

/// Whether a clause's meeting is of the whole place where it is held, `全县`, `全区`, `全市`,
/// `全旗`: not a city's meeting held in one of its counties (`全市项目观摩会在珙县召开`, which a
/// county's speech tells of its neighbour), `named` being the name the meeting is held at.
pub(super) fn wide_here(clause: &str, named: &str) -> bool {
    let in_a_county = named.ends_with(['县', '区', '旗']);
    ["全县", "全区", "全市", "全旗"]
        .iter()
        .any(|w| clause.contains(w) && !(in_a_county && *w == "全市"))
}

/// The own place's name without its level (`宁强`), as the relation words around a name look
/// for it.
pub(super) fn own_short(own: &[Division], own_name: &str) -> String {
    own.first()
        .map(|d| {
            let name = d.name;
            // (an autonomous county by its name without the peoples: 孟连)
            let autonomous = crate::places::short_without_peoples(name);
            autonomous.unwrap_or_else(|| {
                ["新区", "县", "区", "市", "旗"]
                    .iter()
                    .find_map(|s| name.strip_suffix(s))
                    .filter(|s| s.chars().count() >= 2)
                    .unwrap_or(name)
            })
        })
        .unwrap_or(own_name.trim())
        .to_string()
}

/// Whether the text writes `name` as a town's: `X镇`, `X街道`, or `X乡` that is no `X乡村`,
/// `X乡镇` (the county's countryside and towns).
fn written_as_town(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let after = &text[i + name.len()..];
        after.starts_with('镇')
            || after.starts_with("街道")
            || after.starts_with('乡') && !after[3..].starts_with(['村', '镇', '亲', '土'])
    })
}

/// The model of the places in a speech: the own place with its superiors and subordinates, the
/// other places named, and those the text relates to the own place.
pub(super) struct SpeechPlaces<'a> {
    pub(super) own_name: &'a str,
    /// The own place's name without its level (`宁强`).
    pub(super) own_short: String,
    /// The own place's divisions, and the parents written right before its name.
    pub(super) own: Vec<Division>,
    /// Every place named, in text order.
    pub(super) names: Vec<(Span, Division)>,
    /// The places the text relates to the own place (partner, investor's home, model, venue,
    /// peer), each with whether it is related as a partner or an investor's home.
    pub(super) related: Vec<(Division, bool)>,
}

/// How often the most named other place must be named to be the place a text is about.
const PROTAGONIST_MIN: usize = 3;

impl<'a> SpeechPlaces<'a> {
    /// The other place the text is about when the own place barely appears outside the heading
    /// lines (at most once): the one named most, at least [`PROTAGONIST_MIN`] times, and not one the
    /// text visits or relates to us (`赴X`, `X与我县结对`). It is the source's own place (a text about another county with
    /// only the headline retyped): whatever relates it, its own slots are leftovers.
    pub(super) fn protagonist(&self, text: &str, headings: &[(Span, bool)]) -> Option<Division> {
        let outside = |s: &Span| {
            !headings
                .iter()
                .any(|(h, _)| h.start <= s.start && s.end <= h.end)
        };
        let own_form = if self.own_short.chars().count() >= 2 {
            self.own_short.as_str()
        } else {
            self.own_name.trim()
        };
        if own_form.is_empty() {
            return None;
        }
        let own_count = text
            .match_indices(own_form)
            .filter(|(i, _)| outside(&(*i..i + own_form.len())))
            .count();
        if own_count > 1 {
            return None;
        }
        let p = places();
        let mut counts: Vec<(Division, usize)> = Vec::new();
        for (span, d) in self.names.iter().filter(|(s, _)| outside(s)) {
            if p.geography(&self.own, *d) == crate::places::Geography::Own
                || self.own_name.contains(&text[span.clone()])
            {
                continue;
            }
            match counts.iter_mut().find(|(c, _)| c == d) {
                Some((_, n)) => *n += 1,
                None => counts.push((*d, 1)),
            }
        }
        let most = counts.iter().map(|(_, n)| *n).max()?;
        // a place the text visits or learns from (`赴X考察`), or relates to us by our pronoun
        // (`X与我县结对`), is not the one it is about
        let visited = |d: &Division| {
            self.names.iter().filter(|(_, x)| x == d).any(|(s, _)| {
                let r = relation(text, s, &self.own_short);
                let ours = || {
                    let c = &text[clause(text, s)];
                    ["我县", "我区", "我市", "我旗", "我们"]
                        .iter()
                        .any(|w| c.contains(w))
                };
                r == Some(Relation::Model) || r.is_some_and(|r| r != Relation::Body) && ours()
            })
        };
        let tops: Vec<Division> = counts
            .iter()
            .filter(|(_, n)| *n == most)
            .map(|(d, _)| *d)
            .collect();
        let unvisited: Vec<Division> = tops.iter().copied().filter(|d| !visited(d)).collect();
        let [top] = unvisited.as_slice() else {
            return None;
        };
        let top = *top;
        (most >= PROTAGONIST_MIN).then_some(top)
    }

    /// The model, when the draft's place is given (the table is loaded only then).
    pub(super) fn read(a: &Analysis, values: &'a Values) -> Option<SpeechPlaces<'a>> {
        let own_name = Fact::Place.value(values)?;
        let p = places();
        let mut own = p.lookup(own_name);
        let own_short = own_short(&own, own_name);
        // (a short form other counties share is the one in the own city: its neighbour)
        let city = own.first().and_then(|d| d.city_code());
        let mut names = p.find_near(&a.text, city);
        // (where the names found start, in order: looked up by a binary search)
        let mut starts: Vec<usize> = names.iter().map(|(s, _)| s.start).collect();
        crate::order::sort_by_u64(&mut starts, |&s| s as u64);
        // after 美丽 / 魅力 a name stands even where it is an ordinary word (建设美丽安康)
        for (i, _) in a
            .text
            .match_indices("美丽")
            .chain(a.text.match_indices("魅力"))
        {
            let at = i + "美丽".len();
            if starts.binary_search(&at).is_ok() {
                continue;
            }
            if let Some((len, d)) = p.name_at(&a.text, at) {
                // the name ends where the claim's verb goes on: 建设美丽X作出贡献, 美丽X的明天
                let next = a.text[at + len..].chars().next();
                if next.is_none_or(|c| !crate::text::is_cjk(c) || "的而作做贡添再".contains(c))
                {
                    names.push((at..at + len, d));
                }
            }
        }
        crate::order::sort_by_u64(&mut names, |(s, _)| s.start as u64);
        // a short form the text writes as a town's name (`永福镇`) is that town wherever it
        // stands (`“永福速度”`), not the county called so
        let mut towns: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
        names.retain(|(s, d)| {
            let w = &a.text[s.clone()];
            w == d.name
                || !*towns
                    .entry(w)
                    .or_insert_with(|| written_as_town(&a.text, w))
        });
        // a functional area the table does not know: its parents are the places written right
        // before its name (`某市某新区`)
        let unknown = own.is_empty();
        for (span, d) in names.iter().filter(|_| unknown) {
            let next = &a.text[span.end..];
            if (next.starts_with(own_name.trim()) || next.starts_with(own_short.as_str()))
                && !own.contains(d)
            {
                own.push(*d);
            }
        }
        // a town the table does not know, with no parent written before its name: its county
        // is the county-level place its speech names most (a town's speech names its county
        // in its own slots: 为某某县发展作贡献); a second county there is still foreign
        let town = ["镇", "乡", "街道"]
            .iter()
            .any(|t| own_name.trim().ends_with(t));
        if own.is_empty() && town {
            let mut counts: Vec<(Division, usize)> = Vec::new();
            for (_, d) in names.iter().filter(|(_, d)| d.code >= 100_000) {
                match counts.iter_mut().find(|(c, _)| c == d) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((*d, 1)),
                }
            }
            // (the most named; of equals, the first named)
            let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
            if let Some((d, _)) = counts.iter().find(|(_, n)| *n == most) {
                own.push(*d);
            }
        }
        let mut related: Vec<(Division, bool)> = Vec::new();
        for (span, d) in &names {
            let known = related.iter().position(|(r, _)| r == d);
            if own.iter().any(|o| o.related(*d)) || known.is_some_and(|k| related[k].1) {
                continue;
            }
            let Some(r) = relation(&a.text, span, &own_short).filter(|r| *r != Relation::Body)
            else {
                continue;
            };
            match known {
                Some(k) => related[k].1 = r.partner(),
                None => related.push((*d, r.partner())),
            }
        }
        Some(SpeechPlaces {
            own_name,
            own_short,
            own,
            names,
            related,
        })
    }
}
