//! Search behaviour, against answers worked out by hand from the data.
//!
//! Index:
//! - `bundled_*`: the shipped directory (data/hospitals/directory.csv).
//! - `polyphonic_*`: the 167 place names a per-character reading gets wrong.
//! - `filters_*`, `near_*`: filters and ordering.
//! - `import_*`: the CSV format's errors.
//! - `synthetic_*`: the generated directory.

use yidi_domain::{NaiveDate, RegionCode};
use yidi_hospitals::{
    bundled, import, synthetic, Directory, DirectoryMeta, Filter, Grade, Hospital, Kind, Level, Network, Query,
    Readings, Service, Tier,
};

fn meta(source: &str) -> DirectoryMeta {
    DirectoryMeta { source: source.into(), as_of: None, synthetic: false }
}

fn code(s: &str) -> RegionCode {
    RegionCode::parse(s).expect("a valid code in the test")
}

fn names(dir: &Directory, q: &Query) -> Vec<String> {
    dir.search(q).iter().map(|h| dir.hospital(h.row).name).collect()
}

fn query(text: &str) -> Query {
    Query { text: text.into(), limit: 10, ..Query::default() }
}

fn bundled_dir(readings: &Readings) -> Directory {
    yidi_hospitals::build(readings, meta("bundled"), &bundled::hospitals())
}

fn beijing(text: &str) -> Query {
    Query { text: text.into(), limit: 10, filter: Filter { region: Some(code("110000")), ..Filter::default() }, ..Query::default() }
}

#[test]
fn bundled_lists_parse_whole() {
    let rows = bundled::hospitals();
    let lines = bundled::DIRECTORY.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(rows.len(), lines - 1, "every line of the shipped CSV must parse");
    assert!(rows.len() > 3_000, "the merged national directory, not the 39 Beijing rows: {}", rows.len());
    // Seed 000's coded rows keep their code, grade and district through the merge.
    let dongzhimen = rows.iter().find(|h| h.code == "1151001").expect("1151001 is in seed 000");
    assert_eq!(dongzhimen.name, "北京中医药大学东直门医院");
    assert_eq!(dongzhimen.kind, Some(Kind::Tcm), "seed 000 lists it as 中医");
    assert_eq!(dongzhimen.level, Level::parse("三级甲等"), "seed 000 lists it as 三级甲");
    assert_eq!(dongzhimen.division, code("110101"), "listed under 东城");
    // Seed 000's A-class list gives 协和 no grade; the 3A compilation does, and the two merge.
    let xiehe = rows.iter().find(|h| h.name == "中国医学科学院北京协和医院").expect("协和 from seed 000");
    assert_eq!(xiehe.level, Level::parse("三级甲等"), "the grade comes from the 3A list");
    assert!(xiehe.aliases.iter().any(|a| a == "北京协和医院"), "the 3A list's name is kept as an alias");
    assert!(xiehe.sources.iter().any(|s| s == "seed000:undated") && xiehe.sources.iter().any(|s| s == "3ahospital:2020"));
    assert_eq!(xiehe.name_tw, "中國醫學科學院北京協和醫院", "Traditional name by OpenCC");
    // No source says anything about cross-province networking.
    assert!(rows.iter().all(|h| h.network == Network::default()), "network status is unknown for every bundled row");
    // Every 3A row says 三级甲等.
    assert!(rows.iter().filter(|h| h.sources.iter().any(|s| s.starts_with("3ahospital"))).all(|h| h.level.is_some()));
    // Kept coordinates are GCJ-02 inside China; dropped ones say why.
    for h in &rows {
        match (&h.location, h.coord_precision.as_str()) {
            (Some(c), "geocoded") => assert!((73_000_000..136_000_000).contains(&c.lon_micro), "{}", h.name),
            (Some(_), other) => panic!("{}: coordinates kept with precision {other:?}", h.name),
            (None, "" | "shared" | "zero" | "far" | "none") => {}
            (None, other) => panic!("{}: no coordinates, precision {other:?}", h.name),
        }
    }
}

#[test]
fn bundled_xiehe_by_every_kind_of_input() {
    let readings = Readings::new();
    let dir = bundled_dir(&readings);
    for q in ["xhyy", "xiehe", "协和", "bj协和", "北京协和", "beijingxiehe", "bjxhyy", "xieh", "Xie He"] {
        let found = names(&dir, &beijing(q));
        // The 3A list has 协和's west campus as its own row (北京协和医院西院): the two come first.
        assert!(
            found.iter().take(2).any(|n| n == "中国医学科学院北京协和医院"),
            "{q:?} in Beijing should find 北京协和医院 first or second after its own campus; got {found:?}"
        );
        assert!(found.iter().take(2).all(|n| n.contains("协和")), "{q:?}: {found:?}");
    }
    // Nationwide, xhyy is as much 新华医院 as 协和医院: both are exact, both three-A.
    let found = names(&dir, &query("xhyy"));
    assert!(found.iter().take(4).any(|n| n == "中国医学科学院北京协和医院"), "{found:?}");
    assert!(names(&dir, &beijing("xhyyy")).is_empty(), "one initial too many matches nothing");
    assert!(names(&dir, &beijing("xiehu")).is_empty(), "xie hu is not xie he");
}

#[test]
fn bundled_exact_and_prefix_come_first() {
    let readings = Readings::new();
    let dir = bundled_dir(&readings);
    // "北京地坛医院" is a whole name (exact); "北京地坛口腔门诊部" starts with 北京地坛 (prefix).
    let hits = dir.search(&query("北京地坛医院"));
    assert_eq!(hits.first().map(|h| h.tier), Some(Tier::Exact));
    assert_eq!(dir.hospital(hits[0].row).code, "1154001");
    let found = names(&dir, &beijing("dt"));
    assert!(found.contains(&"北京地坛医院".to_string()), "dt finds 地坛 in Beijing: {found:?}");
    // An alias matches exactly too: 北京铁路总医院 is the bracketed former name of 世纪坛医院.
    let hits = dir.search(&query("北京铁路总医院"));
    assert_eq!(hits.first().map(|h| (dir.hospital(h.row).name, h.tier)), Some(("北京世纪坛医院".into(), Tier::Exact)));
    // Prefix before contains: 北京 starts 北京积水潭医院 and is inside 首都医科大学附属北京同仁医院.
    let hits = dir.search(&Query { text: "beijing".into(), limit: 50, ..Query::default() });
    let tiers: Vec<Tier> = hits.iter().map(|h| h.tier).collect();
    let mut sorted = tiers.clone();
    sorted.sort();
    assert_eq!(tiers, sorted, "tiers must not go back up");
    assert!(tiers.contains(&Tier::Prefix), "北京 starts some names");
}

#[test]
fn polyphonic_place_names_read_and_search_correctly() {
    let vectors = include_str!("../../../data/divisions/polyphonic-place-names.tsv");
    let readings = Readings::new();
    let table = yidi_domain::divisions();
    let mut hospitals = Vec::new();
    let mut expected = Vec::new();
    for line in vectors.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [id, name, curated, per_char, _] = cols[..] else { panic!("malformed vector line {line:?}") };
        let padded = format!("{id:0<6}");
        let division = table.get(code(&padded)).unwrap_or_else(|| panic!("vector {id} {name}: no division {padded}"));
        let short = division.short_name(yidi_domain::Lang::ZhCn);
        assert_eq!(short, name, "vector {id} names the division's short name");
        let i = hospitals.len();
        hospitals.push(Hospital {
            code: format!("P{i:03}"),
            name: format!("{name}人民医院"),
            aliases: vec![],
            division: division.code,
            address: String::new(),
            level: None,
            kind: Some(Kind::General),
            specialty: None,
            network: Network::default(),
            location: None,
            confirmed: None,
            synthetic: false,
            name_tw: String::new(),
            sources: Vec::new(),
            coord_precision: String::new(),
        });
        expected.push((name.to_string(), curated.to_string(), per_char.to_string()));
    }
    assert_eq!(hospitals.len(), 167, "the file has 167 vectors");
    let dir = yidi_hospitals::build(&readings, meta("vectors"), &hospitals);
    let mut failures = Vec::new();
    for (i, (name, curated, per_char)) in expected.iter().enumerate() {
        let row = dir.find_code(&format!("P{i:03}")).expect("row by code");
        let reading = dir.reading(row);
        let want = format!("{curated} ren min yi yuan");
        if reading != want {
            failures.push(format!("{name}: read {reading:?}, want {want:?}"));
            continue;
        }
        let joined: String = curated.split_whitespace().collect();
        let initials: String = curated.split_whitespace().filter_map(|s| s.chars().next()).collect();
        for q in [joined.clone(), format!("{initials}rmyy"), format!("{joined}renmin")] {
            let hits = dir.search(&Query { text: q.clone(), limit: 200, ..Query::default() });
            if !hits.iter().any(|h| h.row == row) {
                failures.push(format!("{name}: {q:?} does not find it"));
            }
        }
        let wrong: String = per_char.split_whitespace().collect();
        if wrong != joined {
            let hits = dir.search(&Query { text: format!("{wrong}renmin"), limit: 200, ..Query::default() });
            if hits.iter().any(|h| h.row == row) {
                failures.push(format!("{name}: the per-character reading {wrong:?} finds it, it should not"));
            }
        }
    }
    assert!(failures.is_empty(), "{} of 167 vectors fail:\n{}", failures.len(), failures.join("\n"));
}

fn h(code_: &str, name: &str, division: &str, level: &str, kind: Kind, network: Network) -> Hospital {
    Hospital {
        code: code_.into(),
        name: name.into(),
        aliases: vec![],
        division: code(division),
        address: String::new(),
        level: Level::parse(level),
        kind: Some(kind),
        specialty: None,
        network,
        location: None,
        confirmed: NaiveDate::from_ymd_opt(2025, 3, 31),
        synthetic: false,
        name_tw: String::new(),
        sources: Vec::new(),
        coord_precision: String::new(),
    }
}

fn small_directory(readings: &Readings) -> Directory {
    let yes = Network { inpatient: Some(true), outpatient: Some(true), chronic: Some(false) };
    let no = Network { inpatient: Some(false), outpatient: Some(true), chronic: Some(true) };
    let rows = vec![
        h("A1", "武汉市第一医院", "420103", "三级甲等", Kind::General, yes),
        h("A2", "武汉市中医医院", "420102", "三级甲等", Kind::Tcm, no),
        h("A3", "江夏区第一人民医院", "420115", "二级甲等", Kind::General, yes),
        h("A4", "长沙市第一医院", "430102", "三级甲等", Kind::General, yes),
        h("A5", "重庆市人民医院", "500103", "三级甲等", Kind::General, yes),
        h("A6", "厦门市第一医院", "350203", "三级甲等", Kind::General, yes),
        h("A7", "六安市人民医院", "341502", "三级甲等", Kind::General, yes),
        h("A8", "蚌埠市第一人民医院", "340302", "三级乙等", Kind::General, no),
        h("A9", "宜昌市第一人民医院", "420502", "三级甲等", Kind::General, yes),
    ];
    yidi_hospitals::build(readings, meta("small"), &rows)
}

#[test]
fn polyphonic_examples_from_the_issue() {
    let readings = Readings::new();
    let dir = small_directory(&readings);
    for (q, want) in [
        ("chongqing", "重庆市人民医院"),
        ("cqsrmyy", "重庆市人民医院"),
        ("changsha", "长沙市第一医院"),
        ("xiamen", "厦门市第一医院"),
        ("luan", "六安市人民医院"),
        ("bengbu", "蚌埠市第一人民医院"),
    ] {
        assert_eq!(names(&dir, &query(q)).first().map(String::as_str), Some(want), "{q} should find {want}");
    }
    for wrong in ["zhongqing", "zhangsha", "shamen", "liuan", "bangbu"] {
        assert!(names(&dir, &query(wrong)).is_empty(), "{wrong} is a per-character misreading and must find nothing");
    }
}

#[test]
fn filters_by_region_level_type_and_network() {
    let readings = Readings::new();
    let dir = small_directory(&readings);
    let mut q = query("");
    q.limit = 50;
    q.filter = Filter { region: Some(code("420000")), ..Filter::default() };
    assert_eq!(names(&dir, &q).len(), 4, "Hubei (province level): 武汉 ×2, 江夏, 宜昌");
    q.filter = Filter { region: Some(code("420100")), ..Filter::default() };
    assert_eq!(names(&dir, &q).len(), 3, "Wuhan (prefecture level): 武汉 ×2 and 江夏");
    q.filter = Filter { region: Some(code("420115")), ..Filter::default() };
    assert_eq!(names(&dir, &q), vec!["江夏区第一人民医院"], "江夏 (county level)");
    q.filter = Filter { region: Some(code("420100")), grade: Some(Grade::Two), ..Filter::default() };
    assert_eq!(names(&dir, &q), vec!["江夏区第一人民医院"], "the only grade-two hospital");
    q.filter = Filter { kind: Some(Kind::Tcm), ..Filter::default() };
    assert_eq!(names(&dir, &q), vec!["武汉市中医医院"]);
    q.filter = Filter { networked: vec![Service::Inpatient], region: Some(code("420100")), ..Filter::default() };
    let found = names(&dir, &q);
    assert_eq!(found.len(), 2, "武汉市中医医院 is not networked for inpatient care: {found:?}");
    q.filter = Filter { networked: vec![Service::Chronic], ..Filter::default() };
    assert_eq!(names(&dir, &q).len(), 2, "chronic: 武汉市中医医院 and 蚌埠");
}

#[test]
fn near_orders_by_county_prefecture_province() {
    let readings = Readings::new();
    let dir = small_directory(&readings);
    // "dyyy" (第一医院 / 第一人民医院 by initials … ) : search "第一" and live in 江夏.
    let q = Query { text: "第一".into(), near: Some(code("420115")), limit: 10, ..Query::default() };
    let hits = dir.search(&q);
    let got: Vec<(String, Option<u8>)> = hits.iter().map(|h| (dir.hospital(h.row).name, h.ring)).collect();
    assert_eq!(got[0], ("江夏区第一人民医院".into(), Some(0)), "same county first: {got:?}");
    assert_eq!(got[1], ("武汉市第一医院".into(), Some(1)), "then same prefecture: {got:?}");
    assert_eq!(got[2], ("宜昌市第一人民医院".into(), Some(2)), "then same province: {got:?}");
    assert!(got[3..].iter().all(|(_, r)| *r == Some(3)), "then elsewhere: {got:?}");
    let d = hits[2].distance_km.expect("宜昌 has a seat");
    // 江夏 to 宜昌 is roughly 300 km as the crow flies.
    assert!((250..=350).contains(&d), "江夏→宜昌 about 300 km, got {d}");
}

#[test]
fn import_reports_each_bad_value_by_line_and_column() {
    let csv = "code,name,province,city,county,level,type,inpatient,longitude,latitude,confirmed\n\
               H1,好医院,420000,420100,420115,三甲,general,yes,114.3,30.4,2025-01-31\n\
               H2,坏等级,420000,420100,420115,四级,general,yes,,,\n\
               H3,坏地区,420000,430100,420115,三甲,general,maybe,,,2025-02-30\n\
               SYN1,合成,420000,420100,,三甲,general,,,,\n\
               H1,重复,420000,420100,,三甲,general,,,,\n";
    let errors = import::parse_csv(csv).expect_err("four bad lines");
    let got: Vec<(String, String)> = errors.iter().map(|e| (e.field.clone(), e.code().to_string())).collect();
    let want: Vec<(String, String)> = [
        ("hospitals[3].level", "not_one_of"),
        ("hospitals[4].city", "hosp-err-division-mismatch"),
        ("hospitals[4].inpatient", "not_one_of"),
        ("hospitals[4].confirmed", "not_a_date"),
        ("hospitals[5].code", "hosp-err-synthetic-code"),
        ("hospitals[6].code", "hosp-err-duplicate-code"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want, "each error names its line (header = 1) and column");
    let unknown = import::parse_csv("name,county,grade\nX,420115,3\n").expect_err("grade is not a column");
    assert_eq!(unknown[0].field, "hospitals[1].grade");
    let good = import::parse_csv("name,county,level\n甲医院,420115,三级甲等\n").expect("a minimal file");
    assert_eq!(good[0].level, Some(Level::Rated { grade: Grade::Three, class: Some(yidi_hospitals::Class::A) }));
}

#[test]
fn import_round_trips_through_csv() {
    let rows = bundled::hospitals();
    let again = import::parse_csv(&import::to_csv(&rows)).expect("our own output reads back");
    assert_eq!(again, rows, "to_csv then parse_csv must give the same records");
}

#[test]
fn synthetic_rows_are_marked_and_refused_by_import() {
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 31).expect("date");
    let rows: Vec<Hospital> = synthetic::generate(3_000, 7, as_of).collect();
    assert!(rows.iter().all(|h| h.synthetic && h.code.starts_with("SYN")), "every generated row is marked");
    let again: Vec<Hospital> = synthetic::generate(3_000, 7, as_of).collect();
    assert_eq!(rows, again, "the same seed gives the same directory");
    let err = import::parse_csv(&import::to_csv(&rows[..5])).expect_err("generated rows must not import");
    assert!(err.iter().all(|e| e.code() == "hosp-err-synthetic-code"));
    let readings = Readings::new();
    let dir = yidi_hospitals::build(&readings, DirectoryMeta { source: "syn".into(), as_of: Some(as_of), synthetic: true }, &rows);
    let q = Query { text: "rmyy".into(), filter: Filter { region: Some(code("440000")), ..Filter::default() }, limit: 20, ..Query::default() };
    let hits = dir.search(&q);
    assert!(!hits.is_empty(), "Guangdong has 人民医院 among 3,000 rows");
    for hit in hits {
        let h = dir.hospital(hit.row);
        assert_eq!(h.division.province(), code("440000"), "{} is outside the region filter", h.name);
        assert!(h.name.contains("人民医院"), "{} does not match rmyy", h.name);
    }
}

/// The posting-list planning must never lose a match: with a limit above the directory's size,
/// search returns exactly the rows that checking each row alone accepts, at the same tier.
#[test]
fn synthetic_search_finds_exactly_what_a_full_scan_finds() {
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 31).expect("date");
    let mut rows: Vec<Hospital> = synthetic::generate(2_500, 11, as_of).collect();
    rows.extend(bundled::hospitals());
    let readings = Readings::new();
    let dir = yidi_hospitals::build(&readings, meta("mixed"), &rows);
    let n = dir.len() as u32;
    let mut queries: Vec<String> = ["xhyy", "xiehe", "bj协和", "rmyy", "renmin", "人民医院", "zhongyi", "dyf", "t大药", "hm", "xian", "chongqing", "sqws", "江夏", "jx", "zhzx", "a", "z", "301"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    // Fragments of the directory's own names, as characters, full pinyin, initials and a mix.
    for row in (0..n).step_by(181) {
        let name: Vec<char> = dir.hospital(row).name.chars().take_while(|c| *c != '(').collect();
        let reading: Vec<String> =
            dir.reading(row).split(" | ").next().unwrap_or("").split(' ').map(str::to_string).collect();
        if name.len() < 4 || reading.len() != name.len() {
            continue;
        }
        let (a, b) = (1, 4.min(name.len()));
        queries.push(name[a..b].iter().collect());
        queries.push(reading[a..b].concat());
        queries.push(reading[a..b].iter().filter_map(|s| s.chars().next()).collect());
        queries.push(format!("{}{}", &reading[a][..1], name[a + 1..b].iter().collect::<String>()));
    }
    // Whole names (exact matches, which come from the exact-match table rather than a scan), as
    // characters, full pinyin, initials, initials with a partial last syllable, and a mix.
    for row in (0..n).step_by(397) {
        let name: String = dir.hospital(row).name.chars().take_while(|c| *c != '(').collect();
        let reading: Vec<String> =
            dir.reading(row).split(" | ").next().unwrap_or("").split(' ').map(str::to_string).collect();
        if reading.len() != name.chars().count() || reading.len() < 2 {
            continue;
        }
        let initials: String = reading.iter().filter_map(|s| s.chars().next()).collect();
        queries.push(name.clone());
        queries.push(reading.concat());
        queries.push(initials.clone());
        queries.push(format!("{}{}", &initials[..initials.len() - 1], &reading[reading.len() - 1][..2.min(reading[reading.len() - 1].len())]));
        queries.push(format!("{}{}", &initials[..1], name.chars().skip(1).collect::<String>()));
    }
    let exact_hits = same_as_a_full_scan(&dir, &queries);
    assert!(exact_hits > 50, "the whole names must give exact matches to compare ({exact_hits})");
}

/// Searches each query (with one of five filter sets in turn, and `near` for every third) and
/// compares the whole answer with checking every row alone, and a page of 20 with its first 20;
/// returns how many exact matches were compared.
fn same_as_a_full_scan(dir: &Directory, queries: &[String]) -> usize {
    let n = dir.len() as u32;
    let filters = [
        Filter::default(),
        Filter { region: Some(code("420000")), ..Filter::default() },
        Filter { region: Some(code("110100")), grade: Some(Grade::Three), ..Filter::default() },
        Filter { networked: vec![Service::Inpatient], kind: Some(Kind::General), ..Filter::default() },
        Filter { unrated: true, kind: Some(Kind::Community), ..Filter::default() },
    ];
    let mut exact_hits = 0;
    for (i, text) in queries.iter().enumerate() {
        let filter = filters[i % filters.len()].clone();
        let near = (i % 3 == 0).then(|| code("420115"));
        let hits = dir.search(&Query { text: text.clone(), filter: filter.clone(), near, limit: n as usize });
        let mut got: Vec<(u32, Tier)> = hits.iter().map(|h| (h.row, h.tier)).collect();
        got.sort_unstable();
        let want: Vec<(u32, Tier)> = (0..n)
            .filter(|&row| dir.row_passes(row, &filter))
            .filter_map(|row| dir.match_row(row, text).map(|t| (row, t)))
            .collect();
        assert_eq!(got.len(), want.len(), "{text:?} with {filter:?}: search found {} rows, a full scan {}", got.len(), want.len());
        assert_eq!(got, want, "{text:?} with {filter:?}: the same rows at the same tiers");
        exact_hits += got.iter().filter(|(_, t)| *t == Tier::Exact).count();
        // A page of 20 is the first 20 of the whole answer: stopping early loses nothing.
        let page: Vec<u32> =
            dir.search(&Query { text: text.clone(), filter: filter.clone(), near, limit: 20 }).iter().map(|h| h.row).collect();
        let first: Vec<u32> = hits.iter().take(20).map(|h| h.row).collect();
        assert_eq!(page, first, "{text:?} with {filter:?}: the first page");
    }
    exact_hits
}

/// The bundled directory with the search forms yidi-core adds (names without 省/市/区/县, 第, 附属).
fn bundled_as_served(readings: &Readings) -> (Directory, Vec<Hospital>) {
    let mut rows = bundled::hospitals();
    for h in &mut rows {
        yidi_hospitals::reading::add_search_forms(h);
    }
    (yidi_hospitals::build(readings, meta("bundled"), &rows), rows)
}

#[test]
fn polyphonic_hospital_names_from_the_real_lists() {
    let vectors = include_str!("../../../data/hospitals/polyphonic-hospital-names.tsv");
    let readings = Readings::new();
    let (dir, rows) = bundled_as_served(&readings);
    let mut failures = Vec::new();
    let mut n = 0;
    for line in vectors.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let [name, fragment, reading] = line.split('\t').collect::<Vec<_>>()[..] else { panic!("malformed {line:?}") };
        n += 1;
        let h = rows.iter().find(|h| h.name == name).unwrap_or_else(|| panic!("{name} is not a row of the bundled directory"));
        let at = name.chars().collect::<Vec<_>>().windows(fragment.chars().count()).position(|w| w.iter().collect::<String>() == fragment);
        let at = at.unwrap_or_else(|| panic!("{fragment} is not in {name}"));
        let syllables = readings.syllables(name);
        let got = syllables[at..at + fragment.chars().count()].join(" ");
        if got != reading {
            failures.push(format!("{name}: {fragment} read {got:?}, want {reading:?}"));
            continue;
        }
        // Typed as full pinyin of the fragment, and as the fragment's initials with the rest of
        // the name's initials: the row is found in its province.
        let region = Filter { region: Some(h.division.province()), ..Filter::default() };
        let full: String = reading.split(' ').collect();
        let initials: String = syllables.iter().filter_map(|s| s.chars().next()).collect();
        for q in [full, initials] {
            let hits = dir.search(&Query { text: q.clone(), filter: region.clone(), limit: 200, ..Query::default() });
            if !hits.iter().any(|hit| dir.hospital(hit.row).name == name) {
                failures.push(format!("{name}: {q:?} does not find it"));
            }
        }
    }
    assert!(n >= 25, "the vector file has {n} vectors");
    assert!(failures.is_empty(), "{} of {n} vectors fail:\n{}", failures.len(), failures.join("\n"));
}

/// One real hospital from every province: its whole name comes first as an exact match; its
/// full pinyin and its initials (read as the index reads it) find it within its province.
#[test]
fn real_names_from_every_province_are_found_by_name_pinyin_and_initials() {
    let readings = Readings::new();
    let (dir, rows) = bundled_as_served(&readings);
    let mut provinces: Vec<RegionCode> = rows.iter().map(|h| h.division.province()).collect();
    provinces.sort();
    provinces.dedup();
    assert_eq!(provinces.len(), 31, "every mainland province has rows");
    let mut failures = Vec::new();
    for p in &provinces {
        // The province's first three-A hospital, else its first row (file order: by division, name);
        // names with 〇 (第四六〇医院) are left out: the index reads only characters from U+3400 on
        // (a limit noted for the index's owner).
        let plain = |h: &&Hospital| !h.name.contains('〇');
        let h = rows
            .iter()
            .filter(|h| h.division.province() == *p)
            .filter(plain)
            .find(|h| h.level == Level::parse("三级甲等"))
            .or_else(|| rows.iter().find(|h| h.division.province() == *p))
            .expect("a row");
        let region = Filter { region: Some(*p), ..Filter::default() };
        let hits = dir.search(&Query { text: h.name.clone(), filter: region.clone(), limit: 5, ..Query::default() });
        if hits.first().map(|x| (dir.hospital(x.row).name, x.tier)) != Some((h.name.clone(), Tier::Exact)) {
            failures.push(format!("{}: the whole name is not the first, exact hit", h.name));
        }
        let syllables = readings.syllables(&h.name);
        let full: String = syllables.concat();
        let initials: String = syllables.iter().filter_map(|s| s.chars().next()).collect();
        for q in [full, initials] {
            let hits = dir.search(&Query { text: q.clone(), filter: region.clone(), limit: 200, ..Query::default() });
            if !hits.iter().any(|x| dir.hospital(x.row).name == h.name) {
                failures.push(format!("{}: {q:?} does not find it", h.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Ranking on real rows: within a tier, three-A hospitals first and township health centres
/// and community centres after the hospitals.
#[test]
fn real_rows_rank_hospitals_before_primary_care_and_higher_levels_first() {
    let readings = Readings::new();
    let (dir, _) = bundled_as_served(&readings);
    // 福建 has hospitals and hundreds of 卫生院; "y" (any unit read y…) matches nearly all.
    let hits = dir.search(&Query {
        text: "yy".into(),
        filter: Filter { region: Some(code("350000")), ..Filter::default() },
        limit: 2_000,
        ..Query::default()
    });
    let kinds: Vec<(Tier, u8, u8)> = hits
        .iter()
        .map(|x| {
            let h = dir.hospital(x.row);
            let primary = u8::from(matches!(h.kind, Some(Kind::Community) | None));
            let rank = match h.level {
                Some(Level::Rated { grade: Grade::Three, class: Some(yidi_hospitals::Class::A) }) => 0,
                Some(_) => 1,
                None => 2,
            };
            (x.tier, primary, rank)
        })
        .collect();
    assert!(kinds.iter().any(|k| k.1 == 1), "the page reaches primary care");
    for pair in kinds.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.0 == b.0 {
            assert!((a.1, a.2) <= (b.1, b.2), "within a tier, hospitals before primary care, 三甲 first: {a:?} then {b:?}");
        }
    }
}

/// Names typed the way people say them: without 省/市/区/县 after a place, 第 before a numeral.
#[test]
fn real_names_without_administrative_words() {
    let readings = Readings::new();
    let (dir, _) = bundled_as_served(&readings);
    for (q, want) in [
        ("武汉中心医院", "武汉市中心医院"),
        ("whzxyy", "武汉市中心医院"),
        ("湖北妇幼保健院", "湖北省妇幼保健院"),
        ("hbfybjy", "湖北省妇幼保健院"),
        ("shanghaidiyirenminyiyuan", "上海市第一人民医院"),
        ("shyrmyy", "上海市第一人民医院"),
    ] {
        let found = names(&dir, &Query { text: q.into(), limit: 5, ..Query::default() });
        assert_eq!(found.first().map(String::as_str), Some(want), "{q}: {found:?}");
    }
}

#[test]
fn a_larger_directory_with_long_empty_stretches_searches_like_a_full_scan() {
    // 40,000 rows: the keys of pharmacies (大药房, the brands) and of community centres sit in
    // long runs of ranks with long empty stretches between (rows are in rank order, pharmacies
    // last), which the scan jumps over — by the bitmaps' summaries and by the bound a failed
    // check gives. Fewer queries than above: every one is compared with a full scan.
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 31).expect("date");
    let rows: Vec<Hospital> = synthetic::generate(40_000, 5, as_of).collect();
    let readings = Readings::new();
    let dir = yidi_hospitals::build(&readings, meta("synthetic"), &rows);
    let n = dir.len() as u32;
    let mut queries: Vec<String> = ["大药房", "dyf", "康宁", "kn", "卫生院", "wsy", "shequ", "人民医院", "rm", "zhongyi", "堂大药", "仁和堂"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for row in (0..n).step_by(4_001) {
        let name: Vec<char> = dir.hospital(row).name.chars().take_while(|c| *c != '(').collect();
        let reading: Vec<String> =
            dir.reading(row).split(" | ").next().unwrap_or("").split(' ').map(str::to_string).collect();
        if name.len() < 4 || reading.len() != name.len() {
            continue;
        }
        queries.push(name[1..4].iter().collect());
        queries.push(reading[1..4].iter().filter_map(|s| s.chars().next()).collect());
        queries.push(format!("{}{}", &reading[1][..1], name[2..4].iter().collect::<String>()));
    }
    assert!(queries.len() > 25, "{} queries", queries.len());
    same_as_a_full_scan(&dir, &queries);
}
