//! The site talking: to its reader about the genre above the speech (`相信大家对开工致辞并不
//!陌生`, `你是否还在为写主持词发愁？`), and in the names of its menus. Judged by the kinds of
//! talk a line shows, not by its sentences.

/// The site's phrases that name its menus and forms (`联系我们`, `本站`, `密码`): they condemn
/// a span of furniture, not a whole sentence of prose that uses the words
/// (`…可以直接拨打热线联系我们，我们承诺24小时内响应。`).
pub(super) const MENU_PHRASES: &[&str] = &[
    "联系我们",
    "关于我们",
    "网站地图",
    "返回顶部",
    "当前位置",
    "您的位置",
    "现在的位置",
    "手机版",
    "电脑版",
    "用户名",
    "密码",
    "验证码",
    "换一换",
    "最近更新",
    "在线看",
    "免费看",
    "在线观看",
    "阅读模式",
    "友情链接",
    "本站",
    "发表于",
    "热门推荐",
    "推荐阅读",
    "相关阅读",
];

/// A line that opens a speech: a salutation ending in a colon, alone or after the title it is
/// glued to (`…总监致辞1尊敬的各位领导，各位来宾，朋友们、同志们：`); a school's too
/// (`敬爱的老师、亲爱的同学们：`).
pub(super) fn opens_speech(line: &str) -> bool {
    let t = line.trim();
    let Some(colon) = t.find(['：', ':']) else {
        return false;
    };
    let head = &t[..colon];
    head.chars().count() <= 60
        && !head.contains(['。', '！', '？', '；', '!', '?'])
        && [
            "同志", "来宾", "朋友", "领导", "代表", "嘉宾", "先生", "女士", "乡亲", "老师", "同学",
            "家长",
        ]
        .iter()
        .any(|w| head.contains(w))
}

/// How many kinds of the site's talk to its reader about the genre a line shows: the genre
/// named as a kind of text (`致辞`, `讲话稿`, `范文`), the reader addressed (`你`, `您`), a
/// question, a definition (`是指`), the words of a page offering texts (`以下`, `欣赏`,
/// `相信`, `不陌生`). A speech's own words above its salutation (its title, date and
/// venue) show one kind at most.
pub(super) fn genre_talk(t: &str) -> usize {
    let any = |ws: &[&str]| ws.iter().any(|w| t.contains(w));
    let genre = any(&[
        "致辞",
        "讲话稿",
        "发言稿",
        "主持词",
        "演讲",
        "范文",
        "作品",
        "写作",
        "欢迎词",
        "贺词",
        "文稿",
        "稿子",
    ]);
    let reader = any(&["你", "您"]);
    let question =
        t.contains(['？', '?']) || t.contains("吗，") || t.contains("吗,") || t.contains("吧，");
    let definition = any(&["是指", "指的是", "是一种", "用的文字", "表达思想"]);
    let offer = any(&[
        "以下",
        "下面是",
        "欣赏",
        "相信大家",
        "陌生",
        "或多或少",
        "信息爆炸",
        "一篇好的",
        "写出",
        "写好",
        "发愁",
        "通常都会",
        "精彩的",
        "优秀的",
    ]);
    [genre, reader, question, definition, offer]
        .iter()
        .filter(|&&k| k)
        .count()
}

/// A request to the page's reader about the page (`（请认真阅读下面的提示信息）`, `请先登录后下载`):
/// asked (请, 敬请) to do what one does with a page — read it on, look, download, log in,
/// copy, keep. A host's stage note asks the room (`（请全体起立）`), never that.
pub(super) fn to_the_reader(t: &str) -> bool {
    let asks = t.contains('请');
    let page_acts = [
        "阅读",
        "查看",
        "下载",
        "登录",
        "登陆",
        "注册",
        "复制",
        "收藏",
        "转载",
        "提示信息",
        "点击",
    ];
    asks && t.chars().count() <= 30 && page_acts.iter().any(|w| t.contains(w))
}
