//! Built-in templates of the genre, written by us. They are text files compiled into the
//! engine; each uses the global facts (`【地名】`, `【年份】`, `【会议名称】`…), named fields and
//! a mix of placeholder forms. Together they cover the genre's events at its levels (乡镇, 县,
//! 区, 市): promotion meetings, dispatch meetings, observation meetings, the ceremonies
//! (groundbreaking, completion, signing), a mobilization meeting, an investment fair and the
//! host's scripts; the picker groups them by [`TemplateEvent`], then by level ([`LEVELS`]).

use std::ops::RangeInclusive;

/// A template's text: compiled in natively; in a `wasm32` build only with the `tables`
/// feature (the app fetches `templates/{id}.txt` when one is picked: see [`crate::tables`]).
#[cfg(any(feature = "tables", not(target_arch = "wasm32")))]
macro_rules! text {
    ($id:literal) => {
        include_str!(concat!("../templates/", $id, ".txt"))
    };
}
#[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
macro_rules! text {
    ($id:literal) => {
        ""
    };
}

/// What kind of text a template is: it sets the length a writer expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateKind {
    /// 讲话: a leader's speech at a 推进会, 调度会 or 观摩会.
    Speech,
    /// 致辞: a short address at a ceremony (开工仪式, 签约仪式).
    Address,
    /// 主持词: the host's script that opens the meeting, calls each agenda item and closes it.
    HostScript,
}

impl TemplateKind {
    /// The name writers use for it.
    pub fn label(self) -> &'static str {
        match self {
            TemplateKind::Speech => "讲话",
            TemplateKind::Address => "致辞",
            TemplateKind::HostScript => "主持词",
        }
    }

    /// The usual length in characters (spaces not counted) of a real text of this kind.
    pub fn typical_chars(self) -> RangeInclusive<usize> {
        match self {
            TemplateKind::Speech => 2_500..=5_000,
            TemplateKind::Address => 800..=1_500,
            TemplateKind::HostScript => 600..=1_200,
        }
    }
}

/// The event a template is written for: the picker's groups, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TemplateEvent {
    /// 推进会: a promotion meeting on the projects.
    Promotion,
    /// 调度会: a dispatch meeting that checks the projects one by one.
    Dispatch,
    /// 开工、竣工、签约仪式: a ceremony's address.
    Ceremony,
    /// 观摩会: an observation meeting after a tour of the sites.
    Observation,
    /// 动员会: a mobilization meeting that opens a campaign (百日攻坚…).
    Mobilization,
    /// 推介会: an investment fair held to attract investors.
    InvestmentFair,
    /// 主持词: the host's script of a meeting, whatever the meeting.
    Hosting,
}

impl TemplateEvent {
    /// Every event, in the picker's order.
    pub const ALL: [TemplateEvent; 7] = [
        TemplateEvent::Promotion,
        TemplateEvent::Dispatch,
        TemplateEvent::Ceremony,
        TemplateEvent::Observation,
        TemplateEvent::Mobilization,
        TemplateEvent::InvestmentFair,
        TemplateEvent::Hosting,
    ];

    /// The group's name in the picker.
    pub fn label(self) -> &'static str {
        match self {
            TemplateEvent::Promotion => "推进会",
            TemplateEvent::Dispatch => "调度会",
            TemplateEvent::Ceremony => "开工、竣工、签约仪式",
            TemplateEvent::Observation => "观摩会",
            TemplateEvent::Mobilization => "动员会",
            TemplateEvent::InvestmentFair => "推介会",
            TemplateEvent::Hosting => "主持词",
        }
    }

    /// Words of a title of this event: one of them is in every template's title.
    pub fn title_words(self) -> &'static [&'static str] {
        match self {
            TemplateEvent::Promotion => &["推进会"],
            TemplateEvent::Dispatch => &["调度会"],
            TemplateEvent::Ceremony => &["开工仪式", "竣工投产仪式", "签约仪式"],
            TemplateEvent::Observation => &["观摩会"],
            TemplateEvent::Mobilization => &["动员会"],
            TemplateEvent::InvestmentFair => &["推介会"],
            TemplateEvent::Hosting => &["主持词"],
        }
    }
}

/// The levels a template is written for (its `level`, the draft's level fact), in the picker's
/// order within an event: the county first, the level most drafts are written at.
pub const LEVELS: [&str; 4] = ["县", "区", "市", "镇"];

/// A level's name in the picker: `县级`; a 镇 (or 乡) is `乡镇级`.
pub fn level_label(level: &str) -> &'static str {
    match level {
        "县" => "县级",
        "区" => "区级",
        "市" => "市级",
        "镇" | "乡" => "乡镇级",
        _ => "",
    }
}

/// A built-in template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub id: &'static str,
    pub title: &'static str,
    /// One line for the picker.
    pub description: &'static str,
    /// The level of government it is written for: one of [`LEVELS`] (镇 for a town's).
    pub level: &'static str,
    pub event: TemplateEvent,
    pub kind: TemplateKind,
    /// The text; empty in a `wasm32` build without the `tables` feature, where the app loads
    /// `templates/{id}.txt` instead.
    pub text: &'static str,
}

/// The built-in templates, in the picker's order. The first three keep their places (the app's
/// tests pick them by position).
pub static TEMPLATES: &[Template] = &[
    Template {
        id: "county-promotion",
        title: "县长在全县重大项目建设推进会上的讲话",
        description: "县级推进会：盘点进度、分析差距，部署开工、要素、谋划、招商和服务",
        level: "县",
        event: TemplateEvent::Promotion,
        kind: TemplateKind::Speech,
        text: text!("county-promotion"),
    },
    Template {
        id: "district-dispatch",
        title: "区委书记在重点项目调度会上的讲话",
        description: "区级调度会：对账销号，滞后项目、要素瓶颈、竣工投产与考核问责",
        level: "区",
        event: TemplateEvent::Dispatch,
        kind: TemplateKind::Speech,
        text: text!("district-dispatch"),
    },
    Template {
        id: "city-groundbreaking",
        title: "市长在重大项目集中开工仪式上的致辞",
        description: "市级开工仪式致辞：项目特点、四点希望与祝愿，篇幅短、语气庄重",
        level: "市",
        event: TemplateEvent::Ceremony,
        kind: TemplateKind::Address,
        text: text!("city-groundbreaking"),
    },
    Template {
        id: "district-promotion",
        title: "区长在全区重点项目建设推进会上的讲话",
        description: "区级推进会：产业项目、城市更新、要素保障、招商落地四场攻坚",
        level: "区",
        event: TemplateEvent::Promotion,
        kind: TemplateKind::Speech,
        text: text!("district-promotion"),
    },
    Template {
        id: "city-promotion",
        title: "市委书记在全市重大项目建设推进会上的讲话",
        description: "市级推进会：县（市、区）进度对比，结构、要素、储备、招商与督查考核",
        level: "市",
        event: TemplateEvent::Promotion,
        kind: TemplateKind::Speech,
        text: text!("city-promotion"),
    },
    Template {
        id: "county-observation",
        title: "县委书记在全县重大项目观摩会上的讲话",
        description: "县级观摩会：点评观摩项目的亮点和差距，比谋划、比招商、比速度，比学赶超",
        level: "县",
        event: TemplateEvent::Observation,
        kind: TemplateKind::Speech,
        text: text!("county-observation"),
    },
    Template {
        id: "signing-ceremony",
        title: "县长在招商引资重点项目集中签约仪式上的致辞",
        description: "签约仪式致辞：欢迎客商、介绍签约项目，对营商环境作三点承诺，篇幅短",
        level: "县",
        event: TemplateEvent::Ceremony,
        kind: TemplateKind::Address,
        text: text!("signing-ceremony"),
    },
    Template {
        id: "promotion-host-script",
        title: "全区重点项目建设推进会主持词",
        description: "推进会主持词：宣布开会、介绍出席领导、四项议程逐项串场、会议结束",
        level: "区",
        event: TemplateEvent::Hosting,
        kind: TemplateKind::HostScript,
        text: text!("promotion-host-script"),
    },
    Template {
        id: "town-promotion",
        title: "镇党委书记在全镇项目建设推进会上的讲话",
        description: "乡镇推进会：包联到村，征地拆迁、向上争取、招商和村集体经济项目",
        level: "镇",
        event: TemplateEvent::Promotion,
        kind: TemplateKind::Speech,
        text: text!("town-promotion"),
    },
    Template {
        id: "county-mobilization",
        title: "县委书记在全县项目建设“百日攻坚”行动动员会上的讲话",
        description: "县级动员会：为何攻坚，开工、提速、要素、招商四场硬仗，指挥部挂图作战",
        level: "县",
        event: TemplateEvent::Mobilization,
        kind: TemplateKind::Speech,
        text: text!("county-mobilization"),
    },
    Template {
        id: "district-completion",
        title: "区长在重点项目集中竣工投产仪式上的致辞",
        description: "竣工投产仪式致辞：项目的三个特点，达产、服务、再加压三点希望，篇幅短",
        level: "区",
        event: TemplateEvent::Ceremony,
        kind: TemplateKind::Address,
        text: text!("district-completion"),
    },
    Template {
        id: "city-investment-fair",
        title: "市长在重点产业招商推介会上的致辞",
        description: "招商推介会致辞：区位、产业、服务三句话介绍本地，推介项目并发出邀请",
        level: "市",
        event: TemplateEvent::InvestmentFair,
        kind: TemplateKind::Address,
        text: text!("city-investment-fair"),
    },
    Template {
        id: "city-dispatch",
        title: "市长在全市重大项目建设调度会上的讲话",
        description: "市级调度会：对账盘点县（市、区）进度，逐项交办滞后、开工、要素、投产和储备",
        level: "市",
        event: TemplateEvent::Dispatch,
        kind: TemplateKind::Speech,
        text: text!("city-dispatch"),
    },
    Template {
        id: "observation-host-script",
        title: "全县重大项目观摩会主持词",
        description: "观摩点评会主持词：观摩回顾、通报评比、交流与表态发言、颁奖、讲话与会后要求",
        level: "县",
        event: TemplateEvent::Hosting,
        kind: TemplateKind::HostScript,
        text: text!("observation-host-script"),
    },
];

/// A template by id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}
