//! Word tables, kept apart from the code that walks them so a reader can scan them in one
//! place: the scanner's units and the words that give a placeholder its kind, and the genre's
//! common words that a censored character is guessed from.

/// What a unit after a figure says about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UnitClass {
    Count,
    Money,
    Percent,
    Points,
    Quantity,
    Year,
    Month,
    Day,
    Days,
}

/// Units, longest first where one is a prefix of another.
pub const UNITS: &[(&str, UnitClass)] = &[
    ("个百分点", UnitClass::Points),
    ("百分点", UnitClass::Points),
    ("个月", UnitClass::Quantity),
    ("个", UnitClass::Count),
    // energy before money: `xx亿千瓦时` is a quantity, not `亿`
    ("亿千瓦时", UnitClass::Quantity),
    ("万千瓦时", UnitClass::Quantity),
    ("千瓦时", UnitClass::Quantity),
    ("亿美元", UnitClass::Money),
    ("万美元", UnitClass::Money),
    ("亿元", UnitClass::Money),
    ("万元", UnitClass::Money),
    ("千元", UnitClass::Money),
    ("亿", UnitClass::Money),
    ("元", UnitClass::Money),
    ("%", UnitClass::Percent),
    ("％", UnitClass::Percent),
    ("万平方米", UnitClass::Quantity),
    ("平方米", UnitClass::Quantity),
    ("平方公里", UnitClass::Quantity),
    ("公里", UnitClass::Quantity),
    ("万亩", UnitClass::Quantity),
    ("亩", UnitClass::Quantity),
    ("万吨", UnitClass::Quantity),
    ("吨", UnitClass::Quantity),
    ("万千瓦", UnitClass::Quantity),
    ("千瓦", UnitClass::Quantity),
    ("兆瓦", UnitClass::Quantity),
    ("千伏", UnitClass::Quantity),
    ("公斤", UnitClass::Quantity),
    ("斤", UnitClass::Quantity),
    ("立方米", UnitClass::Quantity),
    ("万人次", UnitClass::Quantity),
    ("万人", UnitClass::Quantity),
    ("倍", UnitClass::Quantity),
    ("月份", UnitClass::Month),
    ("月", UnitClass::Month),
    ("日", UnitClass::Day),
    ("号", UnitClass::Day),
    ("年", UnitClass::Year),
    ("天", UnitClass::Days),
    ("项", UnitClass::Count),
    ("家", UnitClass::Count),
    ("户", UnitClass::Count),
    ("名", UnitClass::Count),
    ("位", UnitClass::Count),
    ("批", UnitClass::Count),
    ("座", UnitClass::Count),
    ("条", UnitClass::Count),
    ("所", UnitClass::Count),
    ("处", UnitClass::Count),
    ("人次", UnitClass::Count),
    ("次", UnitClass::Count),
    ("件", UnitClass::Count),
    ("场", UnitClass::Count),
    ("台", UnitClass::Count),
    ("套", UnitClass::Count),
    ("季度", UnitClass::Count),
    ("届", UnitClass::Count),
    ("份", UnitClass::Count),
    ("种", UnitClass::Count),
    ("周年", UnitClass::Count),
    // counters of events, cases, teams, doses, deals and vehicles (`xx起`, `x万剂次`); the
    // words their chars start are kept apart (`scan::words::NOT_COUNTER_WORDS`)
    ("起", UnitClass::Count),
    ("例", UnitClass::Count),
    ("支", UnitClass::Count),
    ("剂次", UnitClass::Count),
    ("剂", UnitClass::Count),
    ("宗", UnitClass::Count),
    ("辆次", UnitClass::Count),
    ("辆", UnitClass::Count),
    ("栋", UnitClass::Count),
    // traditional forms, as pasted from traditional-character pages
    ("個百分點", UnitClass::Points),
    ("個月", UnitClass::Quantity),
    ("個", UnitClass::Count),
    ("億元", UnitClass::Money),
    ("萬元", UnitClass::Money),
    ("億", UnitClass::Money),
    ("項", UnitClass::Count),
    ("萬噸", UnitClass::Quantity),
    ("畝", UnitClass::Quantity),
    ("萬人", UnitClass::Quantity),
];

pub const PERSON_AFTER: &[&str] = &[
    "同志",
    "书记",
    "总书记",
    "副书记",
    "县长",
    "副县长",
    "区长",
    "副区长",
    "市长",
    "副市长",
    "省长",
    "副省长",
    "主任",
    "副主任",
    "局长",
    "副局长",
    "部长",
    "处长",
    "科长",
    "镇长",
    "乡长",
    "总经理",
    "董事长",
    "主席",
    "会长",
    "秘书长",
    "顾问",
    "先生",
    "女士",
];

pub const ORG_AFTER: &[&str] = &[
    "局",
    "委",
    "办",
    "部门",
    "单位",
    "公司",
    "集团",
    "中心",
    "银行",
    "协会",
    "学校",
    "医院",
    "厅",
    "党委",
    "政府",
    "管委会",
    "指挥部",
];

/// `某` followed by one of these is a placeholder (`某同志`, `某县`); `某些`, `某种` are words.
pub const MOU_AFTER: &[&str] = &[
    "同志", "书记", "县长", "区长", "市长", "主任", "局长", "领导", "县", "区", "市", "省", "镇",
    "乡", "村", "街道", "局", "委", "办", "单位", "部门", "公司", "企业", "项目", "园区", "工程",
];

/// Words before a hint in parentheses: `(例如：…)`.
pub const HINT_START: &[&str] = &[
    "例如", "比如", "如：", "如:", "注：", "注:", "请填", "填写", "可填",
];

/// Common words of the genre, to guess a censored character (`效能革_` → 效能革命).
pub const GENRE_WORDS: &[&str] = &[
    "效能革命",
    "真刀实枪",
    "真抓实干",
    "真金白银",
    "攻坚克难",
    "狠抓落实",
    "只争朝夕",
    "凝心聚力",
    "齐心协力",
    "担当作为",
    "腾笼换鸟",
    "招商引资",
    "营商环境",
    "一抓到底",
    "推诿扯皮",
    "集约集聚",
    "集聚发展",
    "高质量发展",
    "跨越式发展",
    "经济发展",
    "项目建设",
    "重点项目",
    "重大项目",
    "领导干部",
    "党委政府",
    "立行立改",
    "雷厉风行",
    "求真务实",
    "开拓创新",
    "改革创新",
    "解放思想",
    "实事求是",
    "与时俱进",
    "全力以赴",
    "千方百计",
    "加快发展",
    "科学发展",
    "转型升级",
    "提质增效",
    "稳中求进",
    "开门红",
    "十四五",
    "十五五",
    "十三五",
    "党中央",
    "省委",
    "市委",
    "县委",
    "区委",
    "决策部署",
    "重要讲话",
    "重要指示",
    "习近平",
    "新时代",
    "新发展理念",
    "共同富裕",
    "乡村振兴",
    "不作为",
    "乱作为",
    "慢作为",
    "庸懒散",
    "形式主义",
    "官僚主义",
    "豆腐渣",
    "发展机遇",
    "战略机遇",
];

/// Characters a slip of the keyboard doubles (`各各位`, `的的`), with the common two-character
/// words that end or start with each: a double between such words is correct Chinese
/// (`为了|了解`, `城市|市容`, `面对|对手`), not a slip. Each entry: (char, words ending with
/// it, words starting with it).
pub const SLIP_DOUBLES: &[(char, &str, &str)] = &[
    ('的', "目的 标的 有的 端的", "的确 的士"),
    ('是', "就是 还是 但是 于是 可是 总是 正是 只是 也是 都是 不是 要是 凡是 若是 真是 而是 或是 倒是 更是 却是 便是 乃是 即是 硬是 实是", "是否 是非 是以"),
    ('和', "温和 平和 缓和 调和 总和 共和 随和 暖和 祥和 饱和 柔和 中和 谦和 人和", "和谐 和平 和美 和睦 和气 和解 和衷"),
    ('了', "不了 为了 除了 罢了 算了 极了 好了 到了 少了 多了 对了 完了 末了 受不了 了不", "了解 了之 了结 了却 了然 了如 了了"),
    ('各', "", "各位 各级 各地 各类 各项"),
    ('市', "城市 全市 本市 超市 省市 县市 都市 上市 闹市 股市 楼市 夜市 集市 开市 该市 我市 各市 门市", "市场 市民 市容 市委 市政 市长 市级 市区 市直 市属 市域 市值 市面 市县 市情 市井"),
    ('全', "安全 健全 齐全 完全 周全 保全 成全 顾全 俱全 万全", "全面 全力 全县 全市 全区 全省 全国 全体 全部 全程 全方 全覆 全链 全员 全民 全年 全域 全过 全新 全速 全心 全局 全流"),
    ('我', "自我 忘我 本我 唯我", "我们 我县 我市 我区 我国 我省 我镇 我乡"),
    ('把', "一把 火把 车把 拖把", "把握 把关 把手 把脉"),
    ('对', "面对 针对 应对 相对 绝对 核对 比对 反对 校对 查对 一对 配对 敌对 作对", "对接 对象 对手 对标 对照 对比 对口 对外 对策 对账 对待 对于 对话 对应 对称"),
    ('为', "作为 行为 因为 成为 认为 以为 称为 视为 更为 较为 极为 尤为 广为 大为 无为 有为 人为 最为 甚为 颇为 尚为", "为了 为民 为主 为此 为止 为何 为期 为人"),
    ('与', "参与 给与 赋与", "与会 与其 与时 与日"),
    ('及', "涉及 以及 普及 波及 危及 顾及 论及 提及 惠及 企及", "及时 及早 及其 及格"),
    ('将', "即将 必将 终将 行将 大将", "将来 将近 将军 将领"),
    ('就', "成就 造就 迁就 将就 早就", "就业 就是 就地 就近 就医 就学 就位 就绪 就此"),
    ('都', "首都 国都 古都 故都", "都市 都会 都是"),
    ('还', "归还 偿还 退还 奉还 生还", "还款 还是 还有 还要 还原 还贷"),
    ('被', "棉被 覆被 植被", "被动 被迫 被子"),
    ('让', "转让 出让 礼让 谦让 避让", "让利 让步 让渡"),
    ('从', "服从 自从 跟从 听从 遵从 顺从 盲从 随从", "从容 从严 从业 从事 从而 从来 从此 从实 从快 从优 从重 从简"),
    ('向', "方向 导向 意向 面向 走向 指向 转向 流向 去向 趋向 取向 倾向 投向 朝向 一向 动向 志向 风向 双向 单向 定向 横向 纵向", "向前 向上 向好 向心 向往 向着 向下 向外 向内"),
];

/// What a measure word counts: `个` + 部门 … A measure word right after a clause break and
/// before one of these nouns is an emptied slot (`刚才，个部门作了发言`); before anything else it
/// starts a word of its own (名列前茅, 位居前列, 项目, 个人, 家乡).
pub const COUNTED_NOUNS: &[(char, &str)] = &[
    ('个', "部门 单位 乡镇 街道 项目 县 区 市 镇 乡 村 社区 园区 重点 问题 方面 百分点 月 工作日 领域 产业 片区 板块 专班 小组 批次 行业 点位 环节 亿元 万元"),
    ('项', "工作 任务 议程 指标 措施 制度 工程 举措 重点 内容 活动 改革 政策 事项"),
    ('家', "企业 单位 银行 金融机构 公司 医院 学校 商会 协会 规上 机构 市场主体"),
    ('名', "同志 干部 代表 员工 专家 党员 群众 职工 工人 志愿者 学生 人才 领导"),
    ('位', "领导 同志 代表 企业家 嘉宾 客商 专家 来宾 负责同志"),
];

/// Phrases that exist only on web pages: a span holding one is junk however long it is.
pub const JUNK_PHRASES: &[&str] = &[
    "小编",
    "展开阅读全文",
    "展开全文",
    "阅读全文",
    "查看全文",
    "获取全文",
    "下载全文",
    "全文阅读",
    "点击查看",
    "点此查看",
    "点此注册",
    "点此登",
    "点击下载",
    "立即下载",
    "下载本文档",
    "下载文档",
    "登录下载",
    "快捷下载",
    "开通会员",
    "正式会员",
    "注册会员",
    "会员可",
    "VIP专",
    "扣点券",
    "点券",
    "下载积分",
    "资源ID",
    "文档编号",
    "上传人",
    "上传者",
    "用户上传",
    "由会员分享",
    "上传分享",
    "信息存储空间",
    "免责声明",
    "版权所有",
    "版权声明",
    "版权申诉",
    "侵权投诉",
    "侵权删除",
    "如有侵权",
    "ICP备",
    "ICP证",
    "公网安备",
    "Copyright",
    "copyright",
    "©",
    "相关文章",
    "相关推荐",
    "相关阅读",
    "猜你喜欢",
    "热门推荐",
    "推荐阅读",
    "上一篇",
    "下一篇",
    "上一主题",
    "下一主题",
    "友情链接",
    "网友评论",
    "发表评论",
    "我要投稿",
    "我要评论",
    "显示全部楼层",
    "阅读模式",
    "复制链接",
    "返回顶部",
    "网站地图",
    "联系我们",
    "关于我们",
    "当前位置",
    "您的位置",
    "现在的位置",
    "所在栏目",
    "本文标签",
    "相关关键词",
    "仅供参考",
    "添加客服",
    "客服微信",
    "联系老师",
    "关注官方",
    "关注公众号",
    "扫码关注",
    "文档简介",
    "内容摘要",
    "内容预览",
    "在线预览",
    "免费阅读",
    "仅部分预览",
    "申请退款",
    "可任意编辑",
    "手机版",
    "电脑版",
    "蜘蛛池",
    "ImageVerifierCode",
    "换一换",
    "验证码",
    "用户名",
    "密 码",
    "密码",
    "最近更新",
    "会员信息",
    "在线看",
    "免费看",
    "在线观看",
    "发表于",
    "本站",
    "因篇幅有限",
    "查看更多",
    "更多更全",
    // document sites' disclaimers
    "权益归",
    "权益所有人",
    "上传用户",
    "下载资源",
    "版权或隐私",
    "给予删除",
    "WinRAR",
    "挪作商业",
    // the intros of template sites
    "范文怎么写",
    "尝试过写作",
    "一起来看看",
    "有所帮助",
    "供大家参考",
    "欢迎阅读",
    "欢迎参考",
    "精心整理",
    "为大家整理",
    "为大家收集",
    "为大家带来",
    "一份精编",
    // calls to get the rest
    "完整全文",
    "代写",
    "添加老师",
    "加老师",
];

/// Words of site furniture: a short span without the marks of prose that holds one is junk.
pub const JUNK_WORDS: &[&str] = &[
    "收藏",
    "分享",
    "举报",
    "评论",
    "回复",
    "点赞",
    "打印",
    "投稿",
    "会员",
    "注册",
    "登录",
    "扫码",
    "关注",
    "下载",
    "来源",
    "作者",
    "阅读",
    "浏览",
    "发布",
    "更新",
    "时间",
    "栏目",
    "首页",
    "标签",
    "关键词",
    "热门",
    "精选",
    "范文",
    "文库",
    "网",
    "免费",
    "海报",
    "资源",
    "文档",
    "微信",
    "QQ",
    "公众号",
    "客服",
    "链接",
    "字数",
    "页数",
    "大小",
    "格式",
    "之家",
    "大全",
    "频道",
    "专题",
    "佚名",
    "编辑",
    "责编",
    "摘要",
];

/// Labels that open a line a site wrote about the text (a summary repeating its opening).
pub const JUNK_LABELS: &[&str] = &["摘要", "内容摘要", "内容预览", "文档简介", "导读", "导语"];

/// Boilerplate sentences of document sites, removed wherever they are glued into the text.
pub const SITE_SENTENCES: &[&str] = &[
    "本文格式为Word版下载后可任意编辑和复制",
    "本文格式为Word版，下载后可任意编辑和复制",
    "下载后可任意编辑和复制",
];

/// Function words and verbs of speech prose: a span dense in them is a sentence, not furniture.
pub const PROSE_WORDS: &[&str] = &[
    "的",
    "了",
    "是",
    "在",
    "和",
    "要",
    "把",
    "对",
    "我们",
    "进一步",
    "为",
    "将",
    "以",
    "与",
    "及",
    "等",
    "着",
    "也",
    "都",
    "就",
    "还",
    "更",
    "不",
    "有",
    "能",
    "让",
    "使",
    "向",
    "从",
    "推进",
    "加快",
    "确保",
    "全力",
    "坚持",
    "抓好",
    "落实",
    "同志",
    "大家",
];

/// Words of a sentence about the text as a document (`有个范文照着改`, `写讲话稿难不难`): a
/// speech does not call itself so; a site's intro does.
pub const ABOUT_TEXT: &[&str] = &[
    "范文",
    "讲话稿",
    "发言稿",
    "致辞稿",
    "写作",
    "怎么写",
    "文章",
];

/// Words before a slot that make it a sum of money when no unit follows (`完成投资 xx`).
/// With the other `*_BEFORE` tables, the cue nearest the slot wins. The tables from here on
/// are words separated by spaces.
pub const MONEY_BEFORE: &str = "投资 资金 贷款 债券 融资 引资 金额 总额 余额 收入 营收 产值 增加值 生产总值 税收 销售额 成交额 签约额 出口额 进出口额 预算 基金 补助 奖补 外资 内资 资本";

/// Words before a slot that make it a count (`新开工项目 xx`, `规上企业 xx`).
pub const COUNT_BEFORE: &str = "项目 企业 个数 家数 户数 总数 数量 工程 乡镇 园区 批次 主体 商户";

/// Words before a slot that make it a percentage (`同比增长 xx`, `开工率 xx`, `比重为 xx`).
pub const PERCENT_BEFORE: &str = "增长 增速 增幅 同比 环比 下降 降低 回落 提高 占比 比重 率";

/// Words of a gap (`滞后`, `低于`) that, with a schedule word after them, make a slot points.
pub const GAP_BEFORE: &str = "滞后 落后 低于 高于 慢于 快于 超过 高出 超出 领先";

/// Schedule words that follow a gap word: `滞后序时进度 xx`.
pub const SCHEDULE_WORDS: &str = "进度 序时 时序";

/// Chars after which a label may start (the end of a function word): a long clause is cut
/// there, never inside a word.
pub const LABEL_BREAK_CHARS: &str = "的了和与及将要已是为向从把并由请";

/// Words after which a label may start: scope and time (`全县`, `今年`, `累计`).
pub const LABEL_LEADS: &str = "全县 全市 全区 全省 全镇 我县 我市 我区 今年 全年 本月 本季度 目前 累计 其中 截至 年内 以来 力争 同时";

/// Words dropped from the start of a label: `其中预备项目` → `预备项目`.
pub const LABEL_DROP: &str = "其中 同时 并且 以及 共有 共计 总计 请 并 和 及 与 的";

/// Nouns a label may take from the words after a free-text slot: `加快推进（文字）高速公路`.
pub const LABEL_HEAD_NOUNS: &str = "项目 工程 公司 集团 园区 产业园 片区 水库 公路 大道 大桥 基地 中心 同志 主题 人民 乡镇 局 委 办 镇 乡 村 县 区 市 省 街道";

/// Words a label may start with in a long clause, besides gap words (`占地区生产总值的`).
pub const LABEL_STARTS: &str =
    "占 完成 开工 新开工 竣工 计划 年度 签约 新增 实现 总投资 固定资产 到位 同比 环比 增速 增长";

/// Wholes a share is taken of: `完成年度计划的 xx` is a percentage.
pub const SHARE_OF: &str = "计划 目标 任务 总数 总量 总额 比例";

/// Words that make a share a share of a plan (`占年度计划的115%`, `完成目标任务的120%`): above
/// 100% it is over-fulfilment, not a mistake.
pub const PLAN_WORDS: &[&str] = &["计划", "任务", "目标", "预期", "序时"];

/// Whether the words before a percentage make it a share of a plan.
pub fn of_a_plan(before: &str) -> bool {
    PLAN_WORDS.iter().any(|w| before.contains(w))
}
