//! The place table (GB/T 2260 with short and common forms): names found in a text, a name inside
//! a longer word, the geography of another place seen from the own place.

use jianggao_engine::places::{places, short_without_peoples, Geography};

#[test]
fn finds_full_and_short_names() {
    let p = places();
    assert!(p.divisions.len() > 3000);
    let found: Vec<&str> = p
        .find("池州的经验，顺庆区和襄阳市，东川一年一变样，朝阳产业，延长工期，比如合作，新城区建设，事关顺庆荣誉")
        .iter()
        .map(|(_, d)| d.name)
        .collect();
    assert_eq!(found, ["池州市", "顺庆区", "襄阳市", "东川区", "顺庆区"]);
    let dongchuan = p.lookup("东川区")[0];
    let kunming = p.lookup("昆明市")[0];
    assert!(dongchuan.related(kunming));
    assert!(!dongchuan.related(p.lookup("池州")[0]));
    assert_eq!(p.province_of(dongchuan).map(|d| d.name), Some("云南省"));
}

#[test]
fn a_name_inside_a_longer_word_is_no_place() {
    let p = places();
    let names = |t: &str| -> Vec<&str> { p.find(t).iter().map(|(_, d)| d.name).collect() };
    assert_eq!(names("市和县两级，周叶华和县政府办"), Vec::<&str>::new());
    assert_eq!(
        names("安徽省和县，马鞍山和县人民"),
        ["安徽省", "和县", "马鞍山市", "和县"]
    );
    assert_eq!(
        names("创建示范县，水资源工作，干得热火朝天的发展"),
        Vec::<&str>::new()
    );
    assert_eq!(
        names("产业兴县、工业富县，提高县域经济，新时代县域，新县城"),
        Vec::<&str>::new()
    );
    assert_eq!(
        names("推动双城经济圈建设，弘扬延安精神"),
        Vec::<&str>::new()
    );
    assert_eq!(
        names("山西兴县，兴县人民，在富县召开"),
        ["山西省", "兴县", "兴县", "富县"]
    );
}

#[test]
fn an_autonomous_county_by_its_common_name() {
    let p = places();
    let found = |t: &str| -> Vec<&str> { p.find(t).iter().map(|(_, d)| d.name).collect() };
    // its people with 族 or, as Xinjiang writes them, without
    assert_eq!(found("孟连县召开大会"), ["孟连傣族拉祜族佤族自治县"]);
    assert_eq!(found("木垒县召开大会"), ["木垒哈萨克自治县"]);
    assert_eq!(short_without_peoples("木垒哈萨克自治县"), Some("木垒"));
    assert_eq!(short_without_peoples("宁强县"), None);
}

#[test]
fn geography_of_other_places() {
    let p = places();
    let own = p.lookup("宁强县");
    let g = |n: &str| p.geography(&own, p.lookup(n)[0]);
    assert_eq!(g("汉中市"), Geography::Own);
    assert_eq!(g("陕西省"), Geography::Own);
    assert_eq!(g("西安市"), Geography::Capital);
    assert_eq!(g("雁塔区"), Geography::Capital);
    assert_eq!(g("宝鸡市"), Geography::SameProvince);
    assert_eq!(g("洋县"), Geography::SameProvince);
    assert_eq!(g("澄城县"), Geography::SameProvince);
    assert_eq!(g("池州市"), Geography::Elsewhere);
    // a county of the capital city: its siblings are no capital
    let own = p.lookup("五常市");
    let g = |n: &str| p.geography(&own, p.lookup(n)[0]);
    assert_eq!(g("尚志市"), Geography::SameProvince);
    assert_eq!(g("哈尔滨市"), Geography::Own);
}
