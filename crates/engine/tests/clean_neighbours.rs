//! The clean on more block shapes of pages it had not met (issue 25, third round), each in our
//! own words: a block is judged by its features with the blocks around it.

use jianggao_engine::clean::clean;

fn lines(input: &str) -> Vec<String> {
    clean(input)
        .text
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_dateline_with_its_byline_on_a_line_of_its_own_opens_the_report() {
    // must fire: the report's first lines stay, dateline and byline with them
    let page = "青山县项目观摩会上的一堂课\n青山日报网5月9日讯（本网记者 林某某 通讯员 陈某）\n“请大家说说，哪个项目给你的印象最深？”8日下午，在全县项目观摩点评会上，县委书记向乡镇党委书记们提问。\n这次观摩共看了十二个项目，涵盖工业、农业和城建。\n";
    let out = lines(page);
    assert!(
        out.iter().any(|l| l.contains("青山日报网5月9日讯")),
        "{out:?}"
    );
    assert!(out.iter().any(|l| l.contains("本网记者 林某某")), "{out:?}");
    // must not fire: a byline alone under the text is still the page's
    let foot = "青山日报网5月9日讯 8日下午，全县项目观摩点评会召开，县委书记出席并讲话。\n这次观摩共看了十二个项目，涵盖工业、农业和城建。\n（本网记者 林某某 通讯员 陈某）\n责任编辑：王某\n";
    let out = lines(foot).join("\n");
    assert!(!out.contains("责任编辑"), "{out}");
}
