//! Damage inside prose that a page leaves (issue 25), each shape in our own words with a twin
//! that is the text's own: a word spaced out char by char, spaces a quote got, a backtick at a
//! quote, a char said three times over.

use jianggao_engine::clean::clean;

fn out(input: &str) -> String {
    clean(input).text.trim().to_string()
}

#[test]
fn a_word_spaced_out_char_by_char_is_joined() {
    // must fire: the chain of single chars between single spaces
    let o = out("5月8日，青山县人民政府与合作单位在城 关 镇举行开工仪式。\n");
    assert!(o.contains("在城关镇举行开工仪式"), "{o}");
    // must not fire: names of two chars apart, after a colon
    let o = out("出席的领导有：李明 王刚 赵强。\n");
    assert!(o.contains("李明 王刚 赵强"), "{o}");
}

#[test]
fn the_spaces_a_quote_got_go() {
    // must fire: after the opening quote, and between the closing quote and its clause
    let o = out("项目承载着“ 产业带物流、物流带经贸” 的重要使命，意义重大。\n");
    assert!(
        o.contains("项目承载着“产业带物流、物流带经贸”的重要使命"),
        "{o}"
    );
    // must not fire: a headline's two halves after a quote, with no clause going on
    let o = out("打好“三大战役” 全力冲刺全年目标\n");
    assert!(o.contains("” 全力冲刺"), "{o}");
}

#[test]
fn a_backtick_at_a_quote_goes() {
    // must fire: the anti-copy mark before a quote
    let o = out("公司先后被授予`“守合同重信用企业”称号，业绩连年攀升。\n");
    assert!(o.contains("被授予“守合同重信用企业”称号"), "{o}");
}

#[test]
fn a_char_said_three_times_over_goes() {
    // must fire: a site's mark inside a sentence
    let o = out("4月12日，青山物流园一期笔笔笔项目签约仪式举行。\n");
    assert!(o.contains("青山物流园一期项目签约仪式举行"), "{o}");
    // must not fire: a name left open and a numeral said thrice
    let o = out("由某某某同志主持，会议编号一一一。\n");
    assert!(o.contains("某某某同志") && o.contains("一一一"), "{o}");
}

#[test]
fn a_latin_dot_that_ends_a_sentence_becomes_a_full_stop() {
    // must fire: a long clause before it, a new one after it
    let o = out("区委副书记、区长主持了整个会议并发表了讲话.区委书记就下一步工作作出部署。\n");
    assert!(o.contains("发表了讲话。区委书记"), "{o}");
    // must not fire: a dot put inside a phrase after a char no sentence ends on goes
    let o = out("我们衷心感谢参加这次演练的.消防部门，大家辛苦了。\n");
    assert!(o.contains("演练的消防部门"), "{o}");
}

#[test]
fn an_entitys_tail_after_a_closing_quote_goes() {
    // must fire: the `;` left of a cut entity after the quote closes
    let o = out("以\"一园一带一中心\";为骨架，打造全县的产业高地。\n");
    assert!(o.contains("一中心\"为骨架"), "{o}");
    // must not fire: a semicolon after an opening quote's words goes on as a clause's mark
    let o = out("他说\"要抓项目\"; 大家都很赞同。\n");
    assert!(o.contains("大家都很赞同"), "{o}");
}
