//! `text::CharSets`: the chars of several sets found in one walk are exactly those the char
//! iterators find, in every range, and each line's length counts what `count_chars` counts.

use jianggao_engine::text::{count_chars, CharSets};

#[test]
fn char_sets_find_what_the_char_iterators_find() {
    let texts = [
        "第xx条\r\n💛x亿元[具体项目]",
        "一\u{3000}二\u{a0}三\u{2003}四\u{85}五 \t六\r\n七。“八”，ａ×○\u{1680}九\u{205f}",
        "",
        "abc 个项家%亿万，个\n",
        "县区市？ÃâÃ锟斤拷\u{FFFD}□第作其到。！；!?💛",
        "\n\n 甲\u{3000}乙\u{2028}丙\r\n\u{b}丁\u{85}\u{1680}\u{202f}\u{205f}\u{200a}\u{200b}戊\r\n\n己\r",
        "truncated\u{e4}",
    ];
    let sets: [&[char]; 4] = [
        &['个', '%', '，', '\n', '“', '×', '九', '💛'],
        &['县', '区', '市', '个'],
        &['?', '？', 'Ã', 'â', '\u{FFFD}', '□', '。'],
        &[],
    ];
    for t in texts {
        let found = CharSets::new(t, &sets);
        for (k, set) in sets.iter().enumerate() {
            let slow: Vec<(usize, char)> =
                t.char_indices().filter(|(_, c)| set.contains(c)).collect();
            assert_eq!(found.of(k).collect::<Vec<_>>(), slow, "{t:?} set {k}");
            let mid = t.len() / 2;
            let part: Vec<(usize, char)> = slow
                .iter()
                .copied()
                .filter(|&(i, _)| (1..mid).contains(&i))
                .collect();
            assert_eq!(found.within(k, 1..mid).collect::<Vec<_>>(), part);
        }
        // the chars of each line that count for length, without its \r
        let mut at = 0;
        for line in t.split('\n') {
            let end = at + line.strip_suffix('\r').unwrap_or(line).len();
            assert_eq!(found.line_chars(at..end), count_chars(&t[at..end]), "{t:?}");
            at += line.len() + 1;
        }
    }
}

#[test]
fn doubled_chars_are_found_only_right_after_themselves() {
    let texts = [
        "的的确确，我们的的工作是是否到位，市市场",
        "的",
        "的的的\n的\r\n的的",
        "ab的a的的💛💛x",
        "",
    ];
    let sets: [&[char]; 2] = [&['，', '的'], &['\n']];
    let doubled: [(usize, &[char]); 2] = [(1, &['的', '是', '💛']), (0, &['市'])];
    for t in texts {
        let found = CharSets::with_doubles(t, &sets, &doubled, None);
        for (k, set) in sets.iter().enumerate() {
            let mut prev = None;
            let mut slow = Vec::new();
            for (i, c) in t.char_indices() {
                let after_itself = prev == Some(c)
                    && doubled
                        .iter()
                        .any(|(d, chars)| *d == k && chars.contains(&c));
                if set.contains(&c) || after_itself {
                    slow.push((i, c));
                }
                prev = Some(c);
            }
            assert_eq!(found.of(k).collect::<Vec<_>>(), slow, "{t:?} set {k}");
        }
    }
}
