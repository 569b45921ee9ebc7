//! The word tables of the place finder: forms that are ordinary words, the contexts a short
//! form needs, the chars around a name that make it part of another word, the new areas GB/T
//! 2260 lacks, and the peoples of autonomous divisions' names.

// Common words that contain a place's name after their first char (`示范县`, `水资源`,
// `热火朝天`), from a segmenter's dictionary by `scripts/gen-not-places.py`, are in
// `data/not-places.txt`, loaded with the place table ([`crate::tables`]).

/// Words of the genre that contain a place's name and are no place, or name a nationwide model
/// rather than the place (`延安精神`); the dictionary does not have them.
pub(super) const GENRE_NOT_PLACES: &[&str] = &[
    "双城经济圈",
    "新乡贤",
    "新县城",
    "延安精神",
    "井冈山精神",
    "遵义会议",
    "古田会议",
    "晋江经验",
    "浦江经验",
    "西柏坡精神",
    "红旗渠精神",
    "大庆精神",
    "深圳速度",
    "雄安新区",
];

/// Chars that are words of their own before a name: `市和县两级` is 市 / 和 / 县两级.
pub(super) const FUNCTION_CHARS: &str = "和与及或在同并跟";

/// Chars after which a word starts: `在富县召开`, `赴和县考察`.
pub(super) const BOUNDARY_BEFORE: &str = "在到赴至往于从经向对为是的了把将让由";

/// Chars before a short form written alone ([`super::Places::written`]): a join (`和X`) or the
/// end of a verb that takes a place (`带回X`, `帮助X`, `融入X`, `走进X`).
pub(super) const JOIN_OR_TAKE_BEFORE: &str = "和与及同助回入进";

/// A level char followed by one of these starts a word (`提高县域` is not 高县, `新县城` not 新县).
pub(super) const LEVEL_WORD_ENDS: &[&str] = &[
    "县域", "县城", "县级", "县直", "县委", "县乡", "县区", "县市", "县长", "县政", "区域", "区位",
    "区县", "区委", "区长", "区政", "区级", "区直", "市场", "市民", "市区", "市县", "市委", "市级",
    "市直", "市政", "市容", "市长",
];

/// Chars that end a slogan before a level (`产业兴县`, `工业富县`, `生态立县`): 兴县 and 富县
/// are counties, but not there.
pub(super) const SLOGAN_CHARS: &str = "兴富强立活稳";

/// National-level new areas that GB/T 2260 does not list, with the city (or, for 重庆, the
/// province's districts) they belong to: a functional area's parent must be known for a speech
/// of the area to name its city (`成都天府新区`). Loaded with the table under a code no division
/// uses (the parent's code, then 9x), and found by their full name only (天府, 湘江, 赣江 are
/// ordinary words).
pub(super) const NEW_AREAS: &[(u32, &str)] = &[
    (5101, "天府新区"),
    (5001, "两江新区"),
    (6101, "西咸新区"),
    (5201, "贵安新区"),
    (3201, "江北新区"),
    (3501, "福州新区"),
    (2102, "金普新区"),
    (3702, "西海岸新区"),
    (2201, "长春新区"),
    (3601, "赣江新区"),
    (2301, "哈尔滨新区"),
    (4301, "湘江新区"),
    (3309, "舟山群岛新区"),
    (5301, "滇中新区"),
];

/// Chars after a level char that make `X县长` / `X区长` a person's title (`代县长`, surname +
/// 县长), not the place X县, when X县 is a two-char name: anything but the words 长期, 长远….
pub(super) const NOT_TITLE_AFTER_ZHANG: &str = "期远效足久廊江城";

/// Chars after a name ending in a direction that make it a bank or a side (`河南岸`, `江西侧`,
/// `山东麓`), not the province.
pub(super) const SIDE_CHARS: &str = "岸侧畔麓坡翼";

/// Suffixes dropped to make a short form, longest first.
pub(super) const SUFFIXES: &[&str] = &[
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "新区",
    "省",
    "市",
    "县",
    "区",
    "盟",
    "旗",
];

/// Short forms that are ordinary words in a speech.
pub(super) const COMMON: &[&str] = &[
    "朝阳", "新华", "和平", "城关", "开发", "高新", "中山", "江南", "江北", "城中", "城东", "城西",
    "城南", "城北", "市中", "市南", "市北", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区",
    "白云", "红旗", "解放", "建设", "胜利", "人民", "光明", "文化", "和谐", "发展", "兴业", "富民",
    "安全", "太平", "永和", "长安", "永安", "新城", "老城", "古城", "新市", "龙华", "金山", "铁山",
    "青山", "东山", "西山", "南山", "北山", "长城", "黄河", "长江", "大同", "安宁", "宁安", "丰收",
    "向阳", "前进", "红星", "新兴", "兴安", "新区", "平安", "吉利", "通化", "海南", "河南", "河北",
    "山东", "山西", "湖南", "湖北", "广东", "广西", "城区", "东方", "江山", "上海", "北京", "天津",
    "重庆", "中国", "全国", "宁德", "德化", "文明", "振兴", "富裕", "宝山", "普陀", "双流", "新都",
    "万全", "长宁", "崇明", "和田", "阿里", "那曲", "红河", "通州", "桥西", "桥东", "东港", "西湖",
    "东湖", "鼓楼", "龙湖", "新洲", "高明", "东源", "清河", "临河", "沙河", "白山", "黑山", "青河",
    "永定", "东平", "西平", "平山", "安源", "大安", "长兴", "城步", "美兰", "龙泉", "福山", "东海",
    "南海", "北海", "黄山", "泰山", "华山", "衡山", "嵩县", "上街", "三门", "五河", "六合", "七台",
    "八公", "九台", "十堰", "千山", "万山", "万源", "万年", "来宾", "安康", "白银", "长治", "日照",
    "大庆", "吉安", "金华", "承德", "常德", "清远", "三明", "四平", "松原", "海东", "山南",
];

/// Full names that are also ordinary words (城区 is a district of 长治, and every town's 城区).
pub(super) const FULL_COMMON: &[&str] = &[
    "城区",
    "新城区",
    "郊区",
    "矿区",
    "新区",
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
    "城中区",
    "城东区",
    "城西区",
    "城南区",
    "城北区",
    "市中区",
    "高新区",
    "开发区",
    "新建区",
    "合作市",
    "比如县",
];

/// A county's short form (`顺庆`, `东川`) is a name only before words like these (or as the
/// object of the own place's work: `slots::own_work`); alone it is too often an ordinary word
/// (`延长`, `合作`, `比如`).
pub(super) const COUNTY_CONTEXT: &[&str] = &[
    "荣誉",
    "人民",
    "各族",
    "经济",
    "发展",
    "大地",
    "儿女",
    "籍",
    "一年",
    "特色",
    "境内",
    "全境",
    "各级",
    "干部",
    "群众",
    "工作",
    "的发展",
    "的经济",
    "的人民",
    "的干部",
    "速度",
    "力量",
    "精神",
    "形象",
    "品牌",
    "实际",
    "上下",
    // its events, as a title names them: `X集中签约…`
    "集中签约",
    "集中开工",
    "集中竣工",
    "重点项目",
    // its own media, in a byline: `（X融媒记者 …）`
    "融媒",
    "广播电视台",
];

/// Provinces written without 省 in speeches (广东, 四川) are kept even when listed above.
pub(super) const PROVINCE_SHORT_OK: &[&str] = &[
    "河南", "河北", "山东", "山西", "湖南", "湖北", "广东", "广西", "海南", "上海", "北京", "天津",
    "重庆",
];

/// The peoples named in an autonomous division's name (`孟连傣族拉祜族佤族自治县`), each before
/// its 族; 各 of `各族`.
pub(super) const PEOPLES: &str = "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各";
