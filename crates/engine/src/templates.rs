//! Built-in templates of the genre, written by us. They are text files compiled into the
//! engine; each uses every placeholder form and the global facts (`【地名】`, `【年份】`…).

/// A built-in template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub id: &'static str,
    pub title: &'static str,
    /// One line for the picker.
    pub description: &'static str,
    /// The level of government it is written for: 县, 区 or 市.
    pub level: &'static str,
    pub text: &'static str,
}

pub static TEMPLATES: &[Template] = &[
    Template {
        id: "county-promotion",
        title: "县长在全县重大项目建设推进会上的讲话",
        description: "县级推进会：盘点进度、分析差距、部署开工、要素、谋划和招商",
        level: "县",
        text: include_str!("../templates/county-promotion.txt"),
    },
    Template {
        id: "district-dispatch",
        title: "区委书记在重点项目调度会上的讲话",
        description: "区级调度会：对账销号，滞后项目、要素瓶颈与考核问责",
        level: "区",
        text: include_str!("../templates/district-dispatch.txt"),
    },
    Template {
        id: "city-groundbreaking",
        title: "市长在重大项目集中开工仪式上的致辞",
        description: "市级开工仪式致辞：项目特点、希望与祝愿，篇幅短、语气庄重",
        level: "市",
        text: include_str!("../templates/city-groundbreaking.txt"),
    },
];

/// A template by id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}
