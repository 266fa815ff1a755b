//! The embedded division table: whole, consistent, and read correctly in pinyin.

use std::collections::HashSet;

use yidi_domain::{divisions, DivisionLevel, Lang, RegionCode};
use yidi_tests::workspace_root;

#[test]
fn every_division_is_unique_and_hangs_under_an_existing_parent() {
    let table = divisions();
    // 3,639 upstream rows less 3 "abroad" rows, 32 township rows and 8 self-repeating rows.
    assert_eq!(table.len(), 3596, "divisions.tsv should hold every province, prefecture and county");
    let mut seen = HashSet::new();
    for d in table.iter() {
        assert!(seen.insert(d.code), "{} appears twice", d.code);
        match d.level {
            DivisionLevel::Province => assert_eq!(d.parent, None, "{} is a province", d.code),
            _ => {
                let parent = d.parent.and_then(|p| table.get(p));
                assert!(parent.is_some_and(|p| p.level < d.level), "{} needs a parent above it", d.code);
            }
        }
        for lang in Lang::ALL {
            assert!(!d.name(lang).is_empty(), "{} has no {lang} name", d.code);
        }
    }
    let provinces = table.iter().filter(|d| d.level == DivisionLevel::Province).count();
    assert_eq!(provinces, 34, "31 mainland provinces + Taiwan, Hong Kong and Macao");
}

#[test]
fn names_in_each_language() {
    let code = RegionCode::parse("350200").expect("a valid code");
    let xiamen = divisions().get(code).expect("厦门 is in the table");
    assert_eq!(
        (xiamen.name(Lang::ZhCn), xiamen.name(Lang::ZhTw), xiamen.name(Lang::EnUs)),
        ("厦门市", "廈門市", "Xiamen")
    );
    let shaanxi = divisions().get(RegionCode::parse("610000").expect("valid")).expect("陕西");
    assert_eq!(shaanxi.name(Lang::EnUs), "Shaanxi", "the conventional spelling, not a second Shanxi");
}

/// The 167 test vectors of shared/data: places whose per-character pinyin is wrong. Searching the
/// curated reading must find each place, ranked first among exact matches of its level.
#[test]
fn polyphonic_place_names_are_found_by_their_right_reading() {
    let tsv = std::fs::read_to_string(workspace_root().join("data/divisions/polyphonic-place-names.tsv"))
        .expect("the vectors ship in data/divisions");
    let mut checked = 0;
    let mut problems = Vec::new();
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [code, name, right, wrong_char, _] = cols[..] else { continue };
        // The vectors use the upstream's short ids (50, 3415, 341523); GB/T 2260 pads to six.
        let Some(code) = RegionCode::parse(&format!("{code:0<6}")) else { continue };
        let Some(division) = divisions().get(code) else { continue };
        checked += 1;
        if division.pinyin != right {
            problems.push(format!("{name} ({code}): pinyin {:?}, want {right:?}", division.pinyin));
        }
        let query: String = right.split_whitespace().collect();
        if !divisions().search(&query, None, 200).iter().any(|d| d.code == code) {
            problems.push(format!("{name}: searching {query:?} does not find it"));
        }
        let wrong: String = wrong_char.split_whitespace().collect();
        if wrong != query && divisions().search(&wrong, Some(division.level), 200).iter().any(|d| d.code == code) {
            problems.push(format!("{name}: the wrong reading {wrong:?} should not find it"));
        }
    }
    assert!(checked >= 160, "most vectors name a division of the table; checked {checked}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn search_by_name_pinyin_and_initials() {
    let first = |q: &str| divisions().search(q, Some(DivisionLevel::Prefecture), 5).first().map(|d| d.code.to_string());
    assert_eq!(first("武汉"), Some("420100".into()));
    assert_eq!(first("wuhan"), Some("420100".into()));
    assert_eq!(first("chongqing"), Some("500100".into()), "重庆's city-level row, not 永川 (yong chuan)");
    assert_eq!(
        divisions().search("chongqing", None, 1).first().map(|d| d.code.to_string()),
        Some("500000".into())
    );
    assert!(divisions().search("   ", None, 5).is_empty(), "blank input finds nothing");
    // wh: 乌海, 芜湖, 威海, 武汉 … all match exactly; the provincial capital comes first.
    assert_eq!(first("wh"), Some("420100".into()), "武汉 before 乌海 (150300)");
}
