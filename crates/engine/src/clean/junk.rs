//! Phase 1, lines and junk: the lines of a template site's page that are not the speech
//! (site words, bylines, counters) and the page markers of document viewers.

/// Words that mark a line as site furniture, with how many must appear.
const JUNK_ANY: &[&str] = &[
    "小编",
    "展开阅读全文",
    "温馨提示",
    "免责声明",
    "版权所有",
    "版权声明",
    "ICP备",
    "ICP",
    "公网安备",
    "copyright",
    "Copyright",
    "©",
    "本文由",
    "由会员分享",
    "下载文档",
    "立即下载",
    "点击下载",
    "开通会员",
    "会员可",
    "正式会员",
    "VIP",
    "资源描述",
    "您的位置",
    "当前位置",
    "关于我们",
    "网站地图",
    "联系我们",
    "本站",
    "上传者",
    "上传人",
    "文档编号",
    "阅读次数",
    "收藏 版权申诉",
    "扫码",
    "关注公众号",
    "相关推荐",
    "猜你喜欢",
    "上一篇",
    "下一篇",
    "权益所有人",
    "侵权",
    "用户上传",
    "上传分享",
    "下载文件",
    "下载资源",
    "信息存储空间",
];

/// Metadata lines: two or more of these.
const META: &[&str] = &[
    "作者",
    "来源",
    "发布时间",
    "上传时间",
    "阅读",
    "格式",
    "页数",
    "大小",
    "浏览",
    "下载次数",
    "更新时间",
];

pub(super) fn is_junk_line(line: &str) -> bool {
    let t = line.trim();
    if JUNK_ANY.iter().any(|w| t.contains(w)) {
        return true;
    }
    let meta = META.iter().filter(|w| t.contains(*w)).count();
    if meta >= 2 && t.chars().count() < 120 {
        return true;
    }
    // masked user names: xt****7
    if t.contains("****") && t.chars().count() < 80 {
        return true;
    }
    is_page_line(t)
}

/// `第1页 / 共10页`, `标题_第2页`, `- 3 -`, `第 3 页`.
pub(super) fn is_page_line(t: &str) -> bool {
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(pos) = compact.rfind("_第") {
        let rest = &compact[pos + "_第".len()..];
        let d = rest.chars().take_while(char::is_ascii_digit).count();
        if d > 0 && rest[d..] == *"页" {
            return true;
        }
    }
    let is_page = |s: &str| -> bool {
        s.strip_prefix('第')
            .and_then(|r| r.strip_suffix('页'))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let is_total = |s: &str| -> bool {
        s.strip_prefix('共')
            .and_then(|r| r.strip_suffix('页'))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    match compact.split_once('/') {
        Some((a, b)) => is_page(a) && is_total(b),
        None => {
            is_page(&compact)
                || (compact.starts_with('-')
                    && compact.ends_with('-')
                    && compact.len() > 2
                    && compact[1..compact.len() - 1]
                        .chars()
                        .all(|c| c.is_ascii_digit()))
        }
    }
}

/// Where a `第N页共N页` / `第N页/共N页` at the end of a line starts.
pub(super) fn trailing_page_counter(body: &str) -> Option<usize> {
    let k = body.rfind("第")?;
    let tail: String = body[k..].chars().filter(|c| !c.is_whitespace()).collect();
    let tail = tail.replace('/', "");
    let rest = tail.strip_prefix('第')?;
    let d = rest.chars().take_while(char::is_ascii_digit).count();
    let rest = rest[d..].strip_prefix("页共")?;
    let d2 = rest.chars().take_while(char::is_ascii_digit).count();
    (d > 0 && d2 > 0 && &rest[d2..] == "页" && k > 0).then_some(k)
}
