//! Field kinds from the words around a slot that templates write without a unit the scanner
//! knew: a counter word after the figure (`xx起`, `xx例`, `x万剂次`), a title after a name
//! (`xx组长`), an adverb between a person and what the person does (`xx还要作重要讲话`), the
//! party committee and government of a level (`X委X政府`), and the place named by the work and
//! care spoken of (`推动xx科学跨越发展`, `对xx工作的关心`, `将xx建设得更好`, `驻xx工作组`,
//! `xx这些年来`, `xx的过去`). Each rule has a sentence of ours where it must speak and a twin
//! where it must not.

use jianggao_engine::scan::scan;
use jianggao_engine::FieldKind::{self, *};

/// The kinds of the slots of a sentence, in order.
fn kinds(text: &str) -> Vec<FieldKind> {
    scan(text).placeholders.iter().map(|p| p.kind).collect()
}

#[test]
fn a_counter_word_after_the_figure_makes_a_count() {
    assert_eq!(kinds("今年共处置森林火情 xx 起，无人员伤亡。"), [Count]);
    assert_eq!(kinds("本周新增报告病例 xx 例，均已隔离。"), [Count]);
    assert_eq!(kinds("全县组建志愿服务队 xx 支。"), [Count]);
    assert_eq!(kinds("接种加强针 x 剂次。"), [Count]);
    assert_eq!(kinds("签约投资合作项目 xx 宗。"), [Count]);
    // the words those chars start are no counters: the slot stays a name
    assert_eq!(kinds("在 xx 支持下，工作顺利推进。"), [Place]);
    assert_ne!(kinds("xx 起步早、基础好。"), [Count]);
    assert_eq!(kinds("以 xx 例如此类的做法为戒。").len(), 1);
    assert_ne!(kinds("以 xx 例如此类的做法为戒。"), [Count]);
}

#[test]
fn a_magnitude_before_a_counter_word_is_a_count_not_money() {
    assert_eq!(kinds("累计接种疫苗 x 万剂次。"), [Count]);
    assert_eq!(kinds("各地报告病例已超 x 亿例。"), [Count]);
    assert_eq!(kinds("出动车辆 x 万辆次，检查 x 万家。"), [Count, Count]);
    // money keeps its magnitude: `x亿元`, `x万元`, and a bare `x亿`
    assert_eq!(kinds("完成投资 x 亿元，到位 x 万元。"), [Money, Money]);
    assert_eq!(kinds("完成投资 x 亿。"), [Money]);
}

#[test]
fn a_name_heads_its_noun_however_many_count_words_came_before() {
    // a slot followed by a noun names a thing, not a figure of the project before it
    assert_eq!(kinds("该项目的开工将加快我镇 xxx 商业街开发进程。"), [Text]);
    assert_eq!(kinds("项目建设奠定了 xx 的过去。"), [Place]);
    // a figure with its unit or with nothing after it still takes the word before
    assert_eq!(
        kinds("今年新开工项目 xx ，竣工项目 xx 个。"),
        [Count, Count]
    );
    assert_eq!(kinds("全年完成投资 xx 左右。"), [Money]);
    assert_eq!(kinds("签约项目 xx 以上。"), [Count]);
}

#[test]
fn a_title_after_a_name_makes_a_person() {
    assert_eq!(kinds("督导组 x 组长作了重要讲话。"), [Person]);
    assert_eq!(kinds("请 xx 院长介绍情况。"), [Person]);
    assert_eq!(kinds("xx 行长出席签约仪式。"), [Person]);
    // a body's name is no title: `xx委员会`, `xx组织`
    assert_eq!(kinds("xx 委员会负责协调。"), [Organization]);
    assert_ne!(kinds("由 xx 组织实施。"), [Person]);
}

#[test]
fn an_adverb_between_a_person_and_the_act_keeps_the_person() {
    assert_eq!(kinds("一会儿，xx 还要作重要讲话。"), [Person]);
    assert_eq!(kinds("稍后，xx 将宣读表彰决定。"), [Person]);
    // an adverb before something else done is no act of a speaker
    assert_ne!(kinds("一会儿，xx 还要继续建设。"), [Person]);
}

#[test]
fn the_committee_and_government_of_a_level_are_a_place() {
    assert_eq!(kinds("按照 X 委 X 政府的部署要求。"), [Place, Place]);
    assert_eq!(kinds("在 xx 委、xx 政府的坚强领导下。"), [Place, Place]);
    // a committee alone is a body (`xx委` — 发改委, 卫健委)
    assert_eq!(kinds("xx 委牵头负责。"), [Organization]);
}

#[test]
fn the_place_whose_growth_the_work_drives() {
    assert_eq!(kinds("进一步推动 xx 科学跨越发展。"), [Place]);
    assert_eq!(kinds("加快 xx 经济社会更好更快发展。"), [Place]);
    // an industry or a trade between them is what develops, not a place
    assert_eq!(kinds("推动 xx 产业加快发展。"), [Text]);
    // and growth far away in the clause is not this slot's
    assert_ne!(kinds("推动 xx 项目建设和各项工作全面发展。"), [Place]);
}

#[test]
fn the_place_whose_work_a_superior_cares_for() {
    assert_eq!(kinds("感谢省领导一直以来对 × 工作的关心和支持。"), [Place]);
    assert_eq!(kinds("认真学习总书记对 xx 工作的重要指示。"), [Place]);
    // the work alone, with no care after it, names a task
    assert_ne!(kinds("会议对 xx 工作作出安排。"), [Place]);
}

#[test]
fn the_place_built_up_by_disposal() {
    assert_eq!(kinds("大家都盼着将 xx 建设得更好。"), [Place]);
    assert_eq!(kinds("努力把 xx 打造成区域中心。"), [Place]);
    // a project built is a name
    assert_eq!(kinds("要把 xx 项目建设好。"), [Text]);
}

#[test]
fn the_place_a_team_is_stationed_in() {
    assert_eq!(kinds("督导组驻 × 工作组一行莅临指导。"), [Place]);
    assert_eq!(kinds("企业入驻 xx 以来发展良好。"), [Place]);
    // `驻` glued into a word of its own before the slot is no station
    assert_ne!(kinds("进一步强化驻村 xx 工作。"), [Place]);
}

#[test]
fn the_place_spoken_of_through_its_times() {
    assert_eq!(kinds("纵观 × 这些年来的发展。"), [Place]);
    assert_eq!(kinds("影响着 x 的过去、x 的现在。"), [Place, Place]);
    // the times of a project or a meeting are not a place's
    assert_eq!(kinds("xx 项目这些年来效益很好。"), [Text]);
}

#[test]
fn the_body_spoken_for_before_an_ascii_comma() {
    // pages often keep `,` where a speech wrote `，`
    assert_eq!(kinds("首先,我谨代表xx,向各位来宾表示欢迎!"), [Organization]);
    // 代表 of a person's role is no body spoken for
    assert_ne!(kinds("人大代表xx,发言积极。"), [Organization]);
}

#[test]
fn the_place_a_project_lands_in() {
    assert_eq!(kinds("几经努力，终于把项目落到 xx ，来之不易。"), [Place]);
    assert_eq!(kinds("毕业后他又回到 xx 创业。"), [Place]);
    // 达到, 增长到: a figure reached, not a place
    assert_eq!(kinds("签约项目数达到 xx ，创历年新高。"), [Count]);
}

#[test]
fn the_place_visited_on_the_spot() {
    assert_eq!(kinds("客商一行初五就到了 xx 现场考察。"), [Place]);
    assert_eq!(kinds("专家组到 xx 实地调研。"), [Place]);
    // the spot of a project is the project's
    assert_ne!(kinds("要到 xx 项目现场考察。"), [Place]);
}

#[test]
fn the_committee_before_the_government_of_its_level() {
    assert_eq!(kinds("一直以来，xx 委、市政府高度重视。"), [Place]);
    assert_eq!(kinds("xx、xx 两级政府共同推进。"), [Place, Place]);
    // 委 before another body is a commission's
    assert_eq!(kinds("xx 委、财政局联合发文。"), [Organization]);
}

#[test]
fn more_titles_after_a_name() {
    assert_eq!(kinds("由 xx 常委通报情况。"), [Person]);
    assert_eq!(kinds("尊敬的 xx 副秘书长："), [Person]);
    // a standing committee is a body
    assert_ne!(kinds("xx 常委会研究决定。"), [Person]);
}

#[test]
fn a_body_word_that_begins_another_word_is_no_body() {
    assert_eq!(kinds("热烈祝贺 __ 办公楼开工建设。"), [Text]);
    assert_eq!(kinds("由 xx 办牵头负责。"), [Organization]);
}

#[test]
fn the_addressee_of_a_salutation_is_a_person() {
    assert_eq!(kinds("尊敬的 **、各位领导、同志们："), [Person]);
    // what is esteemed before a noun is that noun's
    assert_ne!(kinds("尊敬的 xx 人民代表："), [Person]);
}

#[test]
fn the_one_asked_to_do_something_is_a_person() {
    assert_eq!(kinds("稍后，我们将请 ** 启动开工按钮。"), [Person]);
    // a thing applied for, or a name's head after the slot, is none
    assert_ne!(kinds("积极申请 xx 资金。"), [Person]);
    assert_ne!(kinds("请 xx 项目单位做好准备。"), [Person]);
    assert_ne!(kinds("邀请 xx 企业来访。"), [Person]);
}

#[test]
fn a_figure_of_a_target_keeps_its_kind() {
    assert_eq!(kinds("确保全年增速达到 X 的目标。"), [Percent]);
    // a noun owned by the slot is still no figure (`xx的过去`)
    assert_eq!(kinds("项目建设成就了 xx 的现在。"), [Place]);
}

#[test]
fn buildings_are_counted_by_their_counter() {
    assert_eq!(kinds("新村已完成 X 栋楼房封顶。"), [Count]);
    assert_ne!(kinds("xx 栋梁之材辈出。"), [Count]);
}

#[test]
fn we_and_the_slot_in_apposition_name_our_place() {
    assert_eq!(kinds("只有这样，我们 * 才能成为投资的热土。"), [Place]);
    assert_eq!(kinds("咱们 xx 人从不服输。"), [Place]);
    // what we do to a thing is no apposition
    assert_ne!(kinds("我们 xx 项目进展顺利。"), [Place]);
}

#[test]
fn a_part_or_the_neighbours_of_a_place_after_the_slot() {
    assert_eq!(kinds("加速 xx 东部振兴步伐。"), [Place]);
    assert_eq!(kinds("举行 xxx 毗邻地区协作会。"), [Place]);
    assert_eq!(kinds("曾是 * 东南各县中的排头兵。"), [Place]);
    // a word that starts with a direction's char names no part (`东方`, `南北`)
    assert_ne!(kinds("xx 东方红拖拉机厂。"), [Place]);
}

#[test]
fn the_subject_cast_as_something_is_the_place() {
    assert_eq!(
        kinds("在全市发展格局中，xx 作为关键一环，责任重大。"),
        [Place]
    );
    // a body or a person cast so keeps its kind
    assert_eq!(kinds("xx 局作为牵头单位。"), [Organization]);
    assert_eq!(kinds("xx 同志作为代表发言。"), [Person]);
}

#[test]
fn a_cooperative_is_an_organization() {
    assert_eq!(kinds("xx 合作社作了经验交流。"), [Organization]);
    assert_eq!(kinds("xx 果蔬专业合作社带动农户增收。"), [Organization]);
    // cooperation itself names no body
    assert_ne!(kinds("xx 合作共赢。"), [Organization]);
}

#[test]
fn a_functional_area_named_after_the_slot_is_a_place() {
    assert_eq!(kinds("xx 经济开发区创办于上世纪九十年代。"), [Place]);
    assert_eq!(kinds("前身是 xx 出口加工区。"), [Place]);
    assert_eq!(kinds("国家级 xx 医药高新区挂牌成立。"), [Place]);
    // a park's project or phase is no area of the slot's (`xx产业园一期工程`)
    assert_eq!(kinds("确保 xx 产业园一期工程年内竣工。"), [Text]);
    // nor an area too far in the clause
    assert_ne!(kinds("xx 公司入驻经济开发区。"), [Place]);
}

#[test]
fn a_title_before_keeps_the_person_doing_something_often() {
    assert_eq!(kinds("市委书记 ** 多次听取情况汇报。"), [Person]);
    // a count with no title before stays a count
    assert_eq!(kinds("全年召开调度会 xx 多次。"), [Count]);
}

#[test]
fn the_place_whose_next_stage_of_growth_is_told() {
    // the checks' slot (`X新一轮的发展`, `X新的经济增长点`) types the field as a place
    assert_eq!(kinds("这批项目将成为xx新的经济增长点。"), [Place]);
    assert_eq!(kinds("拉开了xx新一轮的高质量发展大幕。"), [Place]);
    // a new round of something else is no place's growth
    assert_ne!(kinds("开展xx新一轮的安全检查。"), [Place]);
}

#[test]
fn the_words_after_a_list_of_slots_type_every_one_of_them() {
    // must fire: the title or the body after the last slot of a list
    assert_eq!(
        kinds("会上，*、*、*副县长分别作了安排。"),
        [Person, Person, Person]
    );
    assert_eq!(kinds("刚才，XX和XX同志作了发言。"), [Person, Person]);
    assert_eq!(kinds("xx与xx两县签订协议。"), [Place, Place]);
    // must not fire: a list of figures keeps its unit's kind, a list before a plain word its own
    assert_eq!(kinds("新开工 x、x 个项目。"), [Count, Count]);
    assert_ne!(kinds("要抓好xx、xx工作。")[0], Person);
}

#[test]
fn a_body_named_by_its_head_after_the_slot_is_an_organization() {
    // must fire: a school's, a hospital's name
    assert_eq!(kinds("我谨代表xxxx小学全体师生表示感谢。"), [Organization]);
    assert_eq!(kinds("xx中心医院新院区今天开工。")[0], Organization);
    // must not fire: a school named in the clause after the slot is no part of its name
    assert_ne!(
        kinds("解决了XX多年来无资金建学校蓄水池的难题。")[0],
        Organization
    );
}

#[test]
fn one_who_gives_a_welcome_is_a_person() {
    assert_eq!(kinds("开工仪式由村长主持，李××致欢迎词。"), [Person]);
    // must not fire: the welcome given by a body
    assert_ne!(kinds("由xx公司致欢迎词。"), [Person]);
}

#[test]
fn a_place_gone_into_is_a_place() {
    // must fire: the verbs of going into a place
    assert_eq!(kinds("省里领导多次深入xx检查指导工作。"), [Place]);
    assert_eq!(kinds("援建干部主动融入xx，扎实工作。"), [Place]);
    // must not fire: a body gone into is named by its head
    assert_eq!(kinds("领导莅临xx公司指导工作。"), [Organization]);
}
