//! The slot grammar of places and people: the words around a name that make its slot one only
//! the speaker's own place can fill, one the text relates to another place, or a person's. One
//! grammar for the checks (a foreign place in an own-place slot: `check/places.rs`,
//! `check/world.rs`) and for field kinds (a placeholder in that slot is a place or a person:
//! `scan/describe.rs`).

/// Words after a name that speak of a place's people and land: `X人民`, `全X上下`, `X大地`.
pub const PLACE_PEOPLE_AFTER: &[&str] = &[
    "人民",
    "大地",
    "儿女",
    "全境",
    "境内",
    "经济社会",
    "县域",
    "城乡",
    "干部群众",
    "父老乡亲",
    "老百姓",
    "上下",
    "代表团",
    "各族",
];

/// Words after a name that make it the object of the own place's work, which only the own
/// place's speech sets itself: `推动X高质量发展`, `介绍了X的县情`, `X经济社会发展`. A county's short
/// form before them is a name (`places.rs`), and a placeholder before them a place.
pub const OWN_WORK_AFTER: &str =
    "高质量 县情 区情 市情 经济社会发展 明天 未来 新征程 新篇章 新辉煌 新跨越 追赶跨越 跨越发展 辉煌 灾后重建 灾后恢复重建 恢复重建 疫后重振";

/// Verbs right before a name whose object is the own place's work ([`OWN_WORK_AFTER`]): a
/// county's short form between them is a name (`推动丰都高质量发展`), while one glued to the
/// words before it is none (`振兴和高质量发展`).
pub const OWN_WORK_BEFORE: &str =
    "推动 促进 加快 推进 实现 引领 介绍了 介绍 谱写 书写 开创 绘就 打造 建设";

/// Whether a short form at `i` (`len` bytes) is the object of the own place's work: a verb of
/// it before ([`OWN_WORK_BEFORE`]), a clause's start or a char of `boundary` (为, 的), and the
/// work after ([`OWN_WORK_AFTER`]): `推动丰都高质量发展`, `介绍了松阳的县情`, `为丰都的明天`.
pub fn own_work(text: &str, i: usize, len: usize, boundary: &str) -> bool {
    let before = &text[..i];
    own_work_after(&text[i + len..])
        && (OWN_WORK_BEFORE.split(' ').any(|w| before.ends_with(w))
            || before
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_cjk(c) || boundary.contains(c)))
}

/// Whether the words after a name (or after its 的) are the own place's work
/// ([`OWN_WORK_AFTER`]).
pub fn own_work_after(after: &str) -> bool {
    let after = after.strip_prefix('的').unwrap_or(after);
    OWN_WORK_AFTER.split(' ').any(|w| after.starts_with(w))
}

/// Verbs of growth right after a name that the own place's work drives (`推动X做强…`,
/// `推动X迈向…`): with a verb of [`OWN_WORK_BEFORE`] right before the name, its object is the
/// own place's work.
pub const GROWTH_VERBS_AFTER: &str = "做强 做大 做优 做实 做精 迈向 走在 建成 跑出 跨入";

/// Whether the words around a slot make it the place the own work drives: a verb of
/// [`OWN_WORK_BEFORE`] before it and one of [`GROWTH_VERBS_AFTER`] after it (`推动X做强…`).
pub fn driven(before: &str, after: &str) -> bool {
    OWN_WORK_BEFORE.split(' ').any(|w| before.ends_with(w))
        && GROWTH_VERBS_AFTER.split(' ').any(|w| after.starts_with(w))
}

/// Whether a name at `i` (`len` bytes) is claimed as the own place by a praise before it
/// (`建设现代化X`, `美丽X`; [`OWN_PLACE_BEFORE`] but 全, 我, 中共) and ends the claim: the
/// clause goes on with no word glued to it (`…现代化X。`, `美丽X的明天`, `幸福X作贡献`).
pub fn claimed(text: &str, i: usize, len: usize) -> bool {
    let before = &text[..i];
    let praised = OWN_PLACE_BEFORE
        .iter()
        .filter(|w| !["全", "我", "中共"].contains(w))
        .any(|w| before.ends_with(w))
        || claims_new(before);
    praised
        && text[i + len..]
            .chars()
            .next()
            .is_none_or(|c| !crate::text::is_cjk(c) || "的而作做贡添再".contains(c))
}

/// Verbs that promote a place, right before it (`推介了X资源优势`; a 了 may follow them).
pub const PROMOTE_BEFORE: &[&str] = &["推介", "宣传", "展示", "展现", "叫响", "擦亮", "打响"];

/// What a place is promoted by, after it (or after its 的): its resources and name.
pub const PROFILE_AFTER: &[&str] = &["资源", "优势", "名片", "品牌", "形象"];

/// Whether a name at `i` (`len` bytes) is the object of a promotion of the own place: a verb
/// of [`PROMOTE_BEFORE`] right before it and its profile ([`PROFILE_AFTER`]) after it —
/// `推介了X资源优势`, `打响X品牌`: what a speech's own team promotes is its own place.
pub fn own_profile(text: &str, i: usize, len: usize) -> bool {
    promoted(&text[..i], &text[i + len..])
}

/// [`own_profile`] of the words before and after a slot (a placeholder there is a place).
pub fn promoted(before: &str, after: &str) -> bool {
    let before = before.strip_suffix('了').unwrap_or(before);
    let after = after.strip_prefix('的').unwrap_or(after);
    PROFILE_AFTER.iter().any(|w| after.starts_with(w))
        && PROMOTE_BEFORE.iter().any(|w| before.ends_with(w))
}

/// Verbs of a task after `为X` that make X the place whose task the speech serves: `为X打好…攻坚战`,
/// `为X实现高质量发展` — the own place's (a place the text relates to is judged apart).
pub const TASK_AFTER_FOR: &[&str] = &[
    "打好", "打赢", "实现", "推动", "加快", "建设", "谱写", "开创", "奋力", "全面",
];

/// Whether a name at `i` (`len` bytes) is the place whose task the words serve: `为` right
/// before it (not `成为`, `作为`: [`NOT_OBJECT_BEFORE`]) and a verb of [`TASK_AFTER_FOR`] right
/// after it.
pub fn task_for(text: &str, i: usize, len: usize) -> bool {
    served(&text[..i], &text[i + len..])
}

/// [`task_for`] of the words before and after a slot (a placeholder there is a place).
pub fn served(before: &str, after: &str) -> bool {
    before.ends_with('为')
        && TASK_AFTER_FOR.iter().any(|w| after.starts_with(w))
        && !NOT_OBJECT_BEFORE.split(' ').any(|w| before.ends_with(w))
}

/// Whether the words before a name claim a new X as the own place (`建设宜居新X`, `幸福新X`;
/// not 全新X, 我新X): one of [`OWN_PLACE_BEFORE`]'s praises, then 新.
pub fn claims_new(before: &str) -> bool {
    before.strip_suffix('新').is_some_and(|b| {
        OWN_PLACE_BEFORE
            .iter()
            .filter(|w| !["全", "我", "中共"].contains(w))
            .any(|w| b.ends_with(w))
    })
}

/// Words right before a name that make it the place helped (`助力X发展`, `支持X建设`): the
/// text relates it (a partner's speech), and a placeholder there is a place.
pub const HELP_BEFORE: &str = "助力 支持 助推 帮助 服务";

/// What the place helped sets out to do, right after it: `助力X打造…`.
const HELPED_TO: &str = "打造 建设 建成 实现 推动 加快 推进 做大 做强";

/// Whether a name is the place a helper's work serves (`助力X打造…`, `助推X建成…`): a verb of
/// [`HELP_BEFORE`] right before it and what the place sets out to do ([`HELPED_TO`]) after it
/// — the place the project stands in, the host's (our own help to a partner names us in its
/// clause: `check/world.rs` relates that).
pub fn helped(before: &str, after: &str) -> bool {
    HELP_BEFORE.split(' ').any(|w| before.ends_with(w))
        && HELPED_TO.split(' ').any(|w| after.starts_with(w))
}

/// Whether the slot grammar of the own place's work and profile holds the `len` bytes at `i`
/// (`推动X高质量发展`, `提升X品质`, `对X的信任`): looser shapes than a claim's, which an
/// ordinary word can fill too (`boundary`: chars a name may follow in [`own_work`]).
pub fn place_slot(text: &str, i: usize, len: usize, boundary: &str) -> bool {
    let (before, after) = (&text[..i], &text[i + len..]);
    own_work(text, i, len, boundary)
        || own_profile(text, i, len)
        || task_for(text, i, len)
        || driven(before, after)
        || improved(before, after)
        || after_own_apposition(text, i)
        || sourced(before)
        || made_home(text, i, len)
        || heads_profile_sentence(text, i)
        || learns(before, after)
        || supported(before, after)
        || helped(before, after)
        || renewed(after)
        || trusted(before, after)
}

/// Whether the words after a name make it the place whose next stage of growth the text
/// tells (`X新一轮的高质量发展`, `X新的经济增长点`): the own place's development.
pub fn renewed(after: &str) -> bool {
    let rest = ["新一轮", "新的"]
        .iter()
        .find_map(|w| after.strip_prefix(w));
    rest.is_some_and(|r| {
        let r: String = r
            .chars()
            .take(8)
            .take_while(|&c| crate::text::is_cjk(c))
            .collect();
        ["发展", "增长点", "增长极"].iter().any(|w| r.contains(w))
    })
}

/// Words right before a name that claim it as the speaker's own place: `建设美丽X`, `全X`,
/// `我X`, `中共X县委`.
pub const OWN_PLACE_BEFORE: &[&str] = &[
    "美丽",
    "美好",
    "幸福",
    "魅力",
    "活力",
    "品质",
    "大美",
    "锦绣",
    "宜居",
    "诗画",
    "现代化",
    "和谐",
    "中共",
    "全",
    "我",
];

/// Verbs after `在X` that hold a meeting there: `在X召开`.
pub const HOLD_VERBS: &[&str] = &["召开", "举行", "举办"];

/// Whether a name at `i` (`len` bytes) is where a meeting is held, `在X召开`: a county's short
/// form there is a name (whether the meeting is the speech's own is `check/places`'s to say).
pub fn held_at(text: &str, i: usize, len: usize) -> bool {
    text[..i].ends_with('在') && HOLD_VERBS.iter().any(|w| text[i + len..].starts_with(w))
}

/// Whether a name at `i` names the outlet a report comes from (`来源：X发布`): the own
/// place's media, a signature.
pub fn sourced(before: &str) -> bool {
    before.ends_with("来源：") || before.ends_with("来源:")
}

/// What guests are asked to make of the own place, in its clause after `把X作为`: their home.
pub const HOME_AFTER: &str = "故乡 家乡 热土 沃土";

/// Whether a name at `i` (`len` bytes) is the place guests are asked to make their home:
/// `把X作为创业的第二故乡`, `把X当作投资兴业的热土`, `让X成为创业创新的沃土` — the host's own
/// place.
pub fn made_home(text: &str, i: usize, len: usize) -> bool {
    let after = &text[i + len..];
    // (`把X作为…`, or the place made so: `让X成为…的沃土`)
    let made = ["让", "使"].iter().any(|w| text[..i].ends_with(w));
    let Some(rest) = ["作为", "当作", "当成", "视为", "成为"]
        .iter()
        .filter(|w| (**w == "成为") == made)
        .find_map(|w| after.strip_prefix(w))
    else {
        return false;
    };
    let near = &rest[..crate::text::floor_char_boundary(rest, 36)];
    let near = &near[..near
        .find(crate::text::is_clause_break)
        .unwrap_or(near.len())];
    (made || text[..i].ends_with('把')) && HOME_AFTER.split(' ').any(|w| near.contains(w))
}

/// Whether a name is the learner of a lesson: `值得X学习借鉴` — the one a speech sets to learn
/// is its own place (the place learnt from is `向X学习`, `X的经验值得学习`).
pub fn learns(before: &str, after: &str) -> bool {
    before.ends_with("值得") && (after.starts_with("学习") || after.starts_with("借鉴"))
}

/// Verbs of the ones who stand by a place's growth: `关心、支持和参与X建设发展的各界朋友`.
const SUPPORT_BEFORE: &str = "关心 支持 参与 关注 帮助";

/// Whether a name is the place whose growth the ones a speech addresses stood by: a verb of
/// [`SUPPORT_BEFORE`] right before it, its growth after it (`建设`, `发展`, `经济社会发展`)
/// and a 的 that makes them people (`…发展的各界人士`) — whom a speech thanks for its own place.
pub fn supported(before: &str, after: &str) -> bool {
    let after = after.strip_prefix('的').unwrap_or(after);
    SUPPORT_BEFORE.split(' ').any(|w| before.ends_with(w))
        && [
            "经济社会发展的",
            "建设发展的",
            "发展建设的",
            "建设的",
            "发展的",
        ]
        .iter()
        .any(|w| after.starts_with(w))
}

/// What guests give the place they are thanked for, after `对X的`: `对X的信任`, `对X的青睐`.
const TRUST_AFTER: &str = "信任 信心 青睐 厚爱 关心 关注 关怀 支持 认可";

/// Whether a name is the place the ones a speech thanks hold in their trust or care: `对` right
/// before it, `的` and a word of [`TRUST_AFTER`] after it (`感谢各位对X的信任`) — the own place,
/// or a partner the text relates (`我们对X的支持`).
pub fn trusted(before: &str, after: &str) -> bool {
    before.ends_with('对')
        && after
            .strip_prefix('的')
            .is_some_and(|a| TRUST_AFTER.split(' ').any(|w| a.starts_with(w)))
}

/// Verbs that improve a place, right before it: `提升X县城宜居品质`.
pub const IMPROVE_BEFORE: &str = "提升 改善 提高 美化 优化 扮靓";

/// What a place's improvement improves, in the few words after it (or after its 县城, 城区):
/// its quality and face.
pub const QUALITY_AFTER: &str = "品质 品位 形象 颜值 面貌 能级";

/// Whether a name is the object of the own work's improvement: a verb of [`IMPROVE_BEFORE`]
/// right before it and a quality of [`QUALITY_AFTER`] within four chars after it, its seat or
/// core (`县城`, `城区`, `城`) skipped — `提升X县城宜居品质`, `改善X城区面貌`.
pub fn improved(before: &str, after: &str) -> bool {
    if !IMPROVE_BEFORE.split(' ').any(|w| before.ends_with(w)) {
        return false;
    }
    let after = ["县城", "城区", "城市", "城", "的"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let near = &after[..crate::text::floor_char_boundary(after, 18)];
    let near = &near[..near
        .find(crate::text::is_clause_break)
        .unwrap_or(near.len())];
    QUALITY_AFTER.split(' ').any(|w| near.contains(w))
}

/// Places a speech calls its own in an apposition, at the end of a clause `作为…`: `作为旅游大县，`.
const AS_PLACE_ENDS: &str = "县 市 区 城 镇 乡 之乡 基地 大省";

/// Whether a name at `i` heads the clause after an apposition that names the own place's
/// profile (`作为旅游大县，X坚持…`): the sentence opens with 作为 and its first clause ends in a
/// place's noun ([`AS_PLACE_ENDS`]) right before the name.
pub fn after_own_apposition(text: &str, i: usize) -> bool {
    let Some(before) = text[..i].strip_suffix(['，', ',']) else {
        return false;
    };
    opening_clause(text, before.len()).is_some_and(|clause| {
        clause.starts_with("作为")
            && clause.chars().count() <= 16
            && AS_PLACE_ENDS.split(' ').any(|w| clause.ends_with(w))
    })
}

/// The clause that ends at byte `end` (back to the last clause break before it), when it opens
/// its sentence: nothing but a sentence break, or the text's start, before it.
pub fn opening_clause(text: &str, end: usize) -> Option<&str> {
    let before = &text[..end];
    let start = before
        .rfind(['。', '！', '？', '；', '\n', '，', '：'])
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let opens = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| "。！？；\n".contains(c));
    opens.then(|| &text[start..end])
}

/// Whether a name at `i` heads a sentence (or the words a speaker is quoted with: `说，X…`)
/// that ends by calling it a place of the own profile: `X农耕文化悠久，是名副其实的农业大县`.
pub fn heads_profile_sentence(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let opens = before
        .chars()
        .next_back()
        .is_none_or(|c| "。！？；\n".contains(c))
        || ["说，", "指出，", "表示，", "介绍，"]
            .iter()
            .any(|w| before.ends_with(w));
    if !opens {
        return false;
    }
    let rest = &text[i..crate::text::floor_char_boundary(text, i + 300)];
    let sentence = &rest[..rest
        .find(['。', '！', '？', '；', '\n'])
        .unwrap_or(rest.len())];
    sentence.split('，').skip(1).any(|c| {
        c.starts_with('是')
            && c.chars().count() <= 16
            && AS_PLACE_ENDS.split(' ').any(|w| c.ends_with(w))
    })
}

/// Words right before a slot that make it a place the text relates to or goes into: `赴X考察`,
/// `与X结对`, `深入X检查`, `融入X`.
pub const PLACE_RELATION_BEFORE: &str =
    "赴 前往 来到 落户 落地 登陆 走进 对口 援建 帮扶 结对 支援 对标 深入 融入 光临 莅临 扎根 回到 深耕";

/// Verbs of a place's steady course, after a slot that heads its clause: `xx始终把项目…`,
/// `xx坚持…` (a person there is named with a title: `xx同志`).
pub const STEADFAST: &[&str] = &["始终", "坚持", "一直", "连续"];

/// Words after a slot that make it a place (besides the levels and land of
/// `scan::words::PLACE_AFTER`): its areas and roads, places listed (`xx高新区`, `xx大道`,
/// `xx和xx两地`, `xx等地`), a pair's cooperation (`xx协作`, `xx东西部协作`, `xx对口帮扶`), and its natives
/// and their chamber (`xx籍`, `xx商会`).
pub const PLACE_AREA_AFTER: &str =
    "高新区 开发区 经开区 新区 大道 水库 两地 两市 两县 两区 两省 等地 协作 东西部 山海 对口 籍 商会 家乡";

/// What one comes to a place to do, after `到xx`: `到xx投资兴业` (`来xx` needs none).
pub const COME_TO_DO: &str =
    "投资 考察 调研 兴业 发展 落户 创业 参观 指导 帮扶 对接 挂职 观摩 视察 检查";

/// Words after a bare slot that make it a whole noun phrase, the subject, owner or object of
/// its clause (`xx是…省会`, `也是xx的民生工程`, `xx近几年`, `xx等这些城市`): the copula and
/// possession, adverbs that head a predicate, a conjunction, a list's end, the agent of 所 and
/// a verb (`xx所需`), 在 after 是 (`是xx在…中前行`), the subject cast as something (`xx作为关键一环`). A template's unnamed slot that stands so, with nothing else saying what it is, is
/// the place the speech is about; one followed by a noun is the head of a name (`xx项目`,
/// `xx商务酒店`) and stays text.
pub const ALONE_AFTER: &str =
    "的 是 有 已 将 也 都 正 近 与 和 及 等 所需 所能 所作 所急 所盼 在 作为";

/// Prepositions whose bare object is the place spoken of: `为xx集聚动能`, `与xx深化合作`,
/// `在xx做事`, `作为xx人` (not `因为`, `现在`, `参与`… — [`NOT_OBJECT_BEFORE`]).
pub const PLACE_OBJECT_BEFORE: &str = "为 与 对 给 在 有关 作为";

/// Words that end in one of [`PLACE_OBJECT_BEFORE`] and are no preposition.
pub const NOT_OBJECT_BEFORE: &str =
    "因为 成为 认为 行为 以为 更为 最为 较为 称为 视为 极为 尤为 参与 给与 相对 绝对 现在 存在 正在 实在 所在 好在 内在 潜在";

/// Nouns after a slot that make it the head of a name, not a place (`对xx项目表示祝贺`,
/// `为xx产业集聚动能`).
pub const NAME_HEAD_AFTER: &str =
    "项目 工程 产业 行业 领域 问题 工作 会 展 博览 论坛 节 活动 精神 要求 部署";

/// Words after a slot that name a place's own growth and people: `提振xx发展信心`,
/// `在xx群众的期盼中`, `xx经济建设快速发展`, `成为xx率先发展的平台` (a place, whatever figure words came before).
pub const PLACE_GROWTH_AFTER: &str = "发展 经济建设 经济发展 群众 百姓 率先发展";

/// Words of a time to come or gone, between a slot and its growth (`考虑xx今后的发展`), and
/// what a place's growth brings about, after its 的 (`这些年xx的变化`).
pub const GROWTH_TIME: &str = "今后 未来 长远 近年来 多年来";

/// Whether the words after a slot name a place's growth ([`PLACE_GROWTH_AFTER`]), also after a
/// time ([`GROWTH_TIME`]) and a 的, or its change (`xx的变化`).
pub fn grows(after: &str) -> bool {
    // (one look at the first char: most slots are followed by none of these words)
    if !after.starts_with(|c: char| "发经群百今未长近多的率".contains(c)) {
        return false;
    }
    let timed = GROWTH_TIME
        .split(' ')
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let owned = timed.strip_prefix('的');
    let growth = |a: &str| PLACE_GROWTH_AFTER.split(' ').any(|w| a.starts_with(w));
    growth(timed) || owned.is_some_and(|a| growth(a) || a.starts_with("变化"))
}

/// Nouns of a person right before a name: `客商xxx`, `董事长xxx` (besides the titles of
/// `lexicon::PERSON_AFTER`).
pub const PERSON_NOUN_BEFORE: &str = "客商 企业家 董事长 总经理 负责人 嘉宾";

/// The kinds of bodies a list of names ends in: `xx电子、xx驱动等企业`.
pub const BODIES_LISTED: &str = "企业 公司 集团 厂家 厂商";

/// What someone does at a meeting, after a person's slot: `县委XX宣读`, `请XX作表态发言`.
pub const PERSON_ACTS_AFTER: &[&str] = &[
    "宣读",
    "主持",
    "通报",
    "讲话",
    "致辞",
    "发言",
    "介绍",
    "汇报",
    "宣布",
    "表态",
    "作了",
    "作重要",
    "作表态",
    "作工作",
    "作报告",
    "致欢迎",
    "致答谢",
    "代表",
    "亲临",
    "莅临",
];

/// The verbs of a strategy's slogan, between what drives it and the place: `工业强X`, `产业兴X`,
/// `生态立X` — the slot is the place (its level or its name).
pub const STRATEGY_VERBS: &str = "强兴立";

/// Chars before a strategy verb that make a word of the two (`增强`, `振兴`, `树立`, `县立`):
/// then no slogan ends there.
const NOT_STRATEGY_BEFORE: &str = "增加坚富刚顽自逞列图要变振复新中勃高助时即尽乘树建成设确创独挺屹鼎矗对孤林站起订公私国省市县区";

/// Whether the words before a slot end a strategy's slogan whose object the slot is: two
/// ideographs that drive it and a verb of [`STRATEGY_VERBS`] that makes no word with the one
/// before it (`工业强xx`, `产业兴xx`; not `增强xx`, `振兴xx`).
pub fn strategy_of(before: &str) -> bool {
    let mut cs = before.chars().rev();
    let (Some(verb), Some(a), Some(b)) = (cs.next(), cs.next(), cs.next()) else {
        return false;
    };
    STRATEGY_VERBS.contains(verb)
        && crate::text::is_cjk(a)
        && crate::text::is_cjk(b)
        && !NOT_STRATEGY_BEFORE.contains(a)
}

/// Whether a slot stands for the place in the party's name of its committee: `中共xx委`
/// (the slot is `县`, `某某县`: a place, though `委` alone after a slot is an organ).
pub fn party_committee_of(before: &str, after: &str) -> bool {
    before.ends_with("中共") && after.starts_with('委')
}

/// Words right after a slot that the speaker speaks for before saying what to whom:
/// `我代表xx对…表示祝贺`, `我谨代表xx向…`.
/// (`,` as pages often keep it for `，`)
const SPOKEN_FOR_AFTER: &[&str] = &["对", "向", "表示", "，", ",", "欢迎", "感谢", "祝贺"];

/// Whether a slot is the body a speaker speaks for: `代表` right before it (not `人大代表`,
/// `党代表`: people) and what it says to whom after it (`我代表xx对项目开工表示祝贺`).
pub fn spoken_for(before: &str, after: &str) -> bool {
    before.ends_with("代表")
        && !["人大代表", "党代表", "职工代表", "企业代表"]
            .iter()
            .any(|w| before.ends_with(w))
        && SPOKEN_FOR_AFTER.iter().any(|w| after.starts_with(w))
}

/// Bodies whose sessions are counted by 届, after `xx届`: `党的xx届三中全会`, `xx届人大`.
const SESSIONS: &[&str] = &[
    "人大",
    "政协",
    "党代会",
    "全会",
    "委员会",
    "代表大会",
    "中央",
    "一中",
    "二中",
    "三中",
    "四中",
    "五中",
    "六中",
    "七中",
];

/// Whether a slot numbers a body's session: `xx届` after a level (`县xx届人大`) or before the
/// body ([`SESSIONS`]): an ordinal, a rank, not a count (`连续xx届`).
pub fn session_of(before: &str, after: &str) -> bool {
    let Some(rest) = after.strip_prefix('届') else {
        return false;
    };
    before.ends_with(|c: char| "县市区省州镇乡".contains(c))
        || SESSIONS.iter().any(|w| rest.starts_with(w))
}

/// Whether a name at `i` (`len` bytes) is the place guests are welcomed to: `莅临X`, `光临X`
/// before a visit (`莅临X视察指导`), or, in a clause that welcomes (`欢迎`), `到X` or `来X` before
/// what one comes to do ([`COME_TO_DO`]): `热烈欢迎各位到X考察`, `欢迎大家来X投资兴业` — the
/// host's own place (a place the text relates stands there freely: `check/world.rs`).
pub fn welcomed(text: &str, i: usize, len: usize) -> bool {
    let (before, after) = (&text[..i], &text[i + len..]);
    if !COME_TO_DO.split(' ').any(|w| after.starts_with(w)) {
        return false;
    }
    if before.ends_with("莅临") || before.ends_with("光临") {
        return true;
    }
    let come = before.ends_with('到')
        || before
            .strip_suffix('来')
            .is_some_and(|b| !b.ends_with(|c: char| "带迎引看原本从将未起下出后以年".contains(c)));
    // (the clause before, at most twenty chars back)
    let near = &before[crate::text::floor_char_boundary(before, before.len().saturating_sub(60))..];
    let clause = near
        .rfind(crate::text::is_clause_break)
        .map_or(near, |k| &near[k..]);
    come && clause.contains("欢迎")
}
