//! The tables only some drafts need (`src/tables.rs`): the hand-written t2s conversion gives
//! exactly what ferrous-opencc's t2s gives, on every key of the tables, on the fixtures and the
//! corpus (when it is there), and on arbitrary strings made of the tables' keys; the place
//! table is built in here (the `tables` feature) and a second install is refused.

mod common;

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;
use jianggao_engine::tables::{has_t2s, install_places, install_t2s, places_data, to_simplified};
use proptest::prelude::*;
use std::sync::OnceLock;

fn opencc() -> &'static OpenCC {
    static CC: OnceLock<OpenCC> = OnceLock::new();
    CC.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).expect("ferrous-opencc t2s"))
}

const T2S: &str = include_str!("../data/t2s.txt");

fn keys() -> Vec<&'static str> {
    T2S.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(k, _)| k))
        .collect()
}

#[test]
fn every_key_converts_as_opencc_does() {
    let keys = keys();
    assert!(keys.len() > 4000, "{} keys", keys.len());
    for k in &keys {
        assert_eq!(to_simplified(k), opencc().convert(k), "key {k}");
    }
    // and all of them in one text, where keys meet keys
    let all: String = keys.concat();
    assert_eq!(to_simplified(&all), opencc().convert(&all));
}

#[test]
fn texts_convert_as_opencc_does() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut n = 0;
    for dir in [fixtures, corpus] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(e.path()) else {
                continue;
            };
            assert_eq!(
                to_simplified(&text),
                opencc().convert(&text),
                "{:?}",
                e.path()
            );
            n += 1;
        }
    }
    assert!(n > 3, "{n} texts");
}

#[test]
fn built_in_tables_are_there_and_stay() {
    assert!(has_t2s());
    assert!(places_data().is_some_and(|(d, n)| d.contains("池州市") && n.contains("示范县")));
    assert!(
        !install_places(String::new(), String::new()),
        "a built-in table is not replaced"
    );
    assert!(!install_t2s(String::new()));
    assert!(places_data().is_some_and(|(d, _)| d.contains("池州市")));
    assert_eq!(to_simplified("地區發展"), "地区发展");
}

proptest! {
    #![proptest_config(common::cases(200))]
    #[test]
    fn strings_of_keys_and_other_chars_convert_as_opencc_does(
        parts in proptest::collection::vec((0usize..5000, proptest::option::of("[a-z一-龥，。 ]{0,3}")), 0..24)
    ) {
        let keys = keys();
        let text: String = parts
            .iter()
            .map(|(i, other)| format!("{}{}", keys[i % keys.len()], other.clone().unwrap_or_default()))
            .collect();
        prop_assert_eq!(to_simplified(&text), opencc().convert(&text));
    }
}
