//! A numbered event (`第N届…节`) is the source's unless the text shows it is the own place's:
//! named with the own place or one of its superiors before the number, or held in the own place
//! — and then wherever it is written, a headline before its lead too. Our own sentences; the
//! places are real so the table knows them.

mod fact_rules;
use fact_rules::texts;

fn leftovers(text: &str, place: &str, level: &str) -> Vec<String> {
    texts(text, "source-leftover", place, level, "2024")
}

#[test]
fn an_event_held_in_the_own_place_is_its_own() {
    let right = "同志们：\n\n今年，第十二届桃花旅游节、第5届食品博览会等一批活动将在唐山举行，我们要借势招商。\n";
    assert!(leftovers(right, "唐山市", "市").is_empty());
    let wrong = "同志们：\n\n今年，第十二届桃花旅游节、第5届食品博览会等一批活动将陆续举行，我们要借势招商。\n";
    assert_eq!(
        leftovers(wrong, "唐山市", "市"),
        ["第十二届桃花旅游节", "第5届食品博览会"]
    );
}

#[test]
fn a_superiors_event_placed_once_is_placed_everywhere() {
    // 杞县 is a county of 开封市: the city's festival, in the headline and in the lead
    let right = "【第9届牡丹文化节】我县签约项目12个\n\n5月8日，中国开封第9届牡丹文化节期间，我县项目推介会成功举行。\n";
    assert!(
        leftovers(right, "杞县", "县").is_empty(),
        "{:?}",
        leftovers(right, "杞县", "县")
    );
    // another city's festival: the source's
    let wrong = "【第9届牡丹文化节】我县签约项目12个\n\n5月8日，中国洛阳第9届牡丹文化节期间，我县项目推介会成功举行。\n";
    assert_eq!(leftovers(wrong, "杞县", "县").len(), 2);
}
