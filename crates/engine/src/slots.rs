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
];

/// Words right before a name that claim it as the speaker's own place: `建设美丽X`, `全X`,
/// `我X`, `中共X县委`.
pub const OWN_PLACE_BEFORE: &[&str] = &[
    "美丽", "幸福", "魅力", "活力", "品质", "大美", "锦绣", "宜居", "诗画", "中共", "全", "我",
];

/// Verbs after `在X` that hold a meeting there: `在X召开`.
pub const HOLD_VERBS: &[&str] = &["召开", "举行", "举办"];

/// Words right before a slot that make it a place the text relates to: `赴X考察`, `与X结对`.
pub const PLACE_RELATION_BEFORE: &str = "赴 前往 来到 落户 登陆 走进 对口 援建 帮扶 结对 支援 对标";

/// Verbs of a place's steady course, after a slot that heads its clause: `xx始终把项目…`,
/// `xx坚持…` (a person there is named with a title: `xx同志`).
pub const STEADFAST: &[&str] = &["始终", "坚持", "一直"];

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
    "代表",
    "亲临",
    "莅临",
];
