//! The clean on the block shapes of a fourth round of unseen pages (issue 25), each in our own
//! words: a block is judged by its features with the blocks around it.

use jianggao_engine::clean::clean;

fn out(input: &str) -> String {
    clean(input)
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_headline_over_text_wrapped_in_tags_stays() {
    // must fire: the tags are no junk neighbours for the headline above them
    let page = "项目为先 实干为要——青山镇召开党委(扩大)会议\n\n林木\n\n<p class=\"txt\"> 5月8日上午，青山镇召开项目调度会，镇班子成员参加会议。</p> <p class=\"txt\"> 会议听取了各项目进展情况汇报，部署了下一步工作。</p>\n";
    let o = out(page);
    assert!(
        o.contains("项目为先 实干为要——青山镇召开党委（扩大）会议"),
        "{o}"
    );
    assert!(!o.contains("<p"), "{o}");
    // must not fire: a menu word above a line of tags still goes
    let menu =
        "收藏本页\n<div class=\"nav\">\n5月8日上午，青山镇召开项目调度会，镇班子成员参加会议。\n";
    let o = out(menu);
    assert!(!o.contains("收藏本页"), "{o}");
}

#[test]
fn the_headline_under_a_breadcrumb_that_ends_in_it_stays() {
    // must fire: the crumb's last item is the page's title, and the line under it is that title
    let page = "首页 > 图片新闻 > 园区建设正当时\n园区建设正当时\n\n今年以来，青山县坚持项目为王，园区各项重点工程有序推进。\n上半年，已建成交付标准厂房八栋，其他项目都在加快建设中。\n";
    let o = out(page);
    assert!(o.starts_with("园区建设正当时"), "{o}");
    assert_eq!(o.matches("园区建设正当时").count(), 1, "{o}");
    // must not fire: a column's word alone under a crumb that ends in it is a menu item
    let column =
        "首页 > 图片新闻\n图片新闻\n\n今年以来，青山县坚持项目为王，园区各项重点工程有序推进。\n";
    let o = out(column);
    assert!(!o.contains("图片新闻"), "{o}");
}
