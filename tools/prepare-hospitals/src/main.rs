//! Derives `data/hospitals/directory.csv`, the directory the app ships, from three public lists:
//!
//! 1. `data/hospitals/beijing-seed000.csv` — the Beijing lists of seed 000 (codes, some grades);
//! 2. `<shared>/hospitals-3a/3a-hospitals-2020.csv` — 1,444 hospitals of a 2020 三级甲等
//!    compilation (name, address, WGS-84 point). Apache-2.0: "3AHospital by Luoyun,
//!    github.com/46319943/3AHospital"; its LICENSE is copied beside the output;
//! 3. `<shared>/hospitals-sample/hospitals-2020.csv` — 2,083 named hospitals of a 2020 list
//!    (wuhan2020map, MIT): name, province and city codes, address, phone.
//!
//! What it does, in order: cleans names (full-width letters, a letter O standing for 〇, bracketed
//! former names become aliases), finds each row's division from its address and city (the
//! division table of yidi-domain), infers the kind from the name (`yidi_hospitals::infer`),
//! judges the 3A list's points (0,0 / shared by several rows / far from the division the address
//! names: dropped; the rest converted to GCJ-02, as the app's seats are), merges duplicates by
//! normalised name and alias within a prefecture, converts names to Traditional characters with
//! OpenCC (as `tools/prepare-divisions` does), and writes the rows in the CSV format of
//! `docs/hospitals.md` with `name_zh_tw`, `sources` and `coord_precision`. It prints the coverage
//! and how many rows each rule touched.
//!
//! Run from the workspace root: `cargo run -p prepare-hospitals -- ../shared/data`.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fs,
    path::{Path, PathBuf},
};

use anyhow::{bail, Context, Result};
use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use yidi_domain::{divisions, Division, DivisionLevel, Lang, RegionCode};
use yidi_hospitals::{import, infer, seats, Class, Coord, Grade, Hospital, Level, Network};

const SEED: &str = "data/hospitals/beijing-seed000.csv";
const OUTPUT: &str = "data/hospitals/directory.csv";
const LICENSE_OUT: &str = "data/hospitals/LICENSE-3AHospital-Apache-2.0";

const SRC_SEED: &str = "seed000:undated";
const SRC_3A: &str = "3ahospital:2020";
const SRC_SAMPLE: &str = "wuhan2020map:2020";

/// A point farther than this from the seat of the prefecture its address names was geocoded to
/// the wrong place (the largest prefectures are a few hundred km across; their hospitals sit in
/// the city).
const FAR_KM: u32 = 150;

#[derive(Debug, Default)]
struct Tally {
    counts: BTreeMap<&'static str, usize>,
    notes: Vec<String>,
}

impl Tally {
    fn add(&mut self, rule: &'static str) {
        *self.counts.entry(rule).or_default() += 1;
    }
}

fn main() -> Result<()> {
    let shared = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/data".into()));
    let mut tally = Tally::default();
    let mut rows: Vec<Hospital> = Vec::new();

    let seed = import::parse_csv(&fs::read_to_string(SEED).with_context(|| format!("reading {SEED}"))?)
        .map_err(|e| anyhow::anyhow!("{SEED}: {} errors, first {:?}", e.len(), e.first()))?;
    for mut h in seed {
        h.sources = vec![SRC_SEED.into()];
        rows.push(h);
    }
    let seed_len = rows.len();
    let three_a = read_3a(&shared.join("hospitals-3a/3a-hospitals-2020.csv"), &mut tally)?;
    let sample = read_sample(&shared.join("hospitals-sample/hospitals-2020.csv"), &mut tally)?;
    eprintln!("read {seed_len} seed rows, {} 3A rows placed, {} sample rows placed", three_a.len(), sample.len());

    let mut merger = Merger::default();
    for h in rows.into_iter().chain(three_a).chain(sample) {
        merger.add(h, &mut tally);
    }
    let mut out = merger.rows;
    let to_traditional = OpenCC::from_config(BuiltinConfig::S2tw).context("loading OpenCC s2tw")?;
    for h in &mut out {
        let tw = to_traditional.convert(&h.name);
        h.name_tw = if tw == h.name { String::new() } else { tw };
        if h.kind.is_none() {
            if let Some((kind, specialty)) = infer::kind_from_name(&h.name) {
                h.kind = Some(kind);
                h.specialty = h.specialty.take().or(specialty.map(str::to_string));
                tally.add("kind inferred from the name");
            }
        }
    }
    out.sort_by(|a, b| (a.division, &a.name).cmp(&(b.division, &b.name)));
    fs::write(OUTPUT, import::to_csv(&out)).with_context(|| format!("writing {OUTPUT}"))?;
    // Copied as bytes, not with fs::copy: the shared file is read-only and its mode would follow.
    fs::write(LICENSE_OUT, fs::read(shared.join("hospitals-3a/LICENSE-Apache-2.0"))?).context("copying the 3A list's licence")?;
    // The output must read back as an import would (the app refuses nothing it ships).
    let back = import::parse_csv(&fs::read_to_string(OUTPUT)?)
        .map_err(|e| anyhow::anyhow!("{OUTPUT} does not read back: {:?}", e.first()))?;
    if back.len() != out.len() {
        bail!("{OUTPUT}: wrote {} rows, read back {}", out.len(), back.len());
    }
    print_coverage(&out, &tally);
    Ok(())
}

fn print_coverage(rows: &[Hospital], tally: &Tally) {
    let n = rows.len();
    let provinces: BTreeSet<RegionCode> = rows.iter().map(|h| h.division.province()).collect();
    let prefectures: BTreeSet<RegionCode> = rows.iter().filter_map(|h| prefecture_of(h.division)).collect();
    let all_prefectures = divisions().iter().filter(|d| d.level == DivisionLevel::Prefecture).count();
    let pct = |k: usize| format!("{k} ({:.1} %)", share(k, n));
    let level = rows.iter().filter(|h| h.level.is_some()).count();
    let coords = rows.iter().filter(|h| h.location.is_some()).count();
    let kind = rows.iter().filter(|h| h.kind.is_some()).count();
    let county = rows.iter().filter(|h| divisions().get(h.division).is_some_and(|d| d.level == DivisionLevel::County)).count();
    println!("rows: {n}");
    println!("provinces: {}", provinces.len());
    println!("prefecture-level divisions with at least one hospital: {} of {all_prefectures}", prefectures.len());
    println!("with level: {}", pct(level));
    println!("with coordinates: {}", pct(coords));
    println!("with kind: {}", pct(kind));
    println!("placed to the county: {}", pct(county));
    let multi = rows.iter().filter(|h| h.sources.len() > 1).count();
    println!("rows from more than one source: {multi}");
    for source in [SRC_SEED, SRC_3A, SRC_SAMPLE] {
        println!("rows with {source}: {}", rows.iter().filter(|h| h.sources.iter().any(|s| s == source)).count());
    }
    println!("rules:");
    for (rule, count) in &tally.counts {
        println!("  {rule}: {count}");
    }
    for note in &tally.notes {
        println!("  note: {note}");
    }
}

#[allow(clippy::float_arithmetic)]
fn share(k: usize, n: usize) -> f64 {
    if n == 0 { 0.0 } else { k as f64 * 100.0 / n as f64 }
}

fn prefecture_of(code: RegionCode) -> Option<RegionCode> {
    divisions().path(code).into_iter().find(|d| d.level == DivisionLevel::Prefecture).map(|d| d.code)
}

// ---------------------------------------------------------------------------------------------
// Names

/// A cleaned name: the main part and the bracketed parts (former or short names).
fn clean_name(raw: &str, tally: &mut Tally) -> (String, Vec<String>) {
    let mut text = String::new();
    for c in raw.trim().chars() {
        let c = match c {
            '（' => '(',
            '）' => ')',
            '\u{3000}' => ' ',
            'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if !c.is_whitespace() {
            text.push(c);
        }
    }
    // The 3A list writes 〇 (zero) as a letter O in army hospital numbers: 第二Ｏ二医院, 三O一医院.
    let chars: Vec<char> = text.chars().collect();
    let numeral = |c: Option<&char>| c.is_some_and(|c| "一二三四五六七八九十〇".contains(*c));
    let mut fixed = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, 'O' | 'o') && (numeral(i.checked_sub(1).and_then(|j| chars.get(j))) || numeral(chars.get(i + 1))) {
            fixed.push('〇');
            tally.add("source fix: letter O read as 〇 in a number");
        } else {
            fixed.push(c);
        }
    }
    let mut main = String::new();
    let mut aliases = Vec::new();
    let mut depth = 0usize;
    let mut part = String::new();
    for c in fixed.chars() {
        match c {
            '(' => {
                if depth == 0 {
                    part.clear();
                } else {
                    part.push(c);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    for p in part.split(['、', '，', ',', '/']).map(str::trim).filter(|p| !p.is_empty()) {
                        if is_name(p) {
                            aliases.push(p.to_string());
                        } else {
                            tally.add("bracketed part dropped: a campus or place, not a name (东院, 光谷院区)");
                        }
                    }
                } else {
                    part.push(c);
                }
            }
            _ if depth > 0 => part.push(c),
            _ => main.push(c),
        }
    }
    if main.is_empty() {
        // A name that is only a bracket: keep the text.
        return (fixed, Vec::new());
    }
    if !aliases.is_empty() {
        tally.add("bracketed name kept as an alias");
    }
    (main, aliases)
}

/// Whether a bracketed part is another name of the institution (北医六院, 协和医院) rather than
/// a campus (东院, 光谷院区, 南部) or a place (天湖山).
fn is_name(part: &str) -> bool {
    part.chars().count() >= 4 && ["医", "院", "中心", "研究所"].iter().any(|w| part.contains(w)) && !part.ends_with("院区")
}

/// The merge key of a name: 省/市/区/县 dropped after a place name (苏州市第一人民医院 and
/// 苏州第一人民医院 are one hospital), 第 dropped before a numeral, 中国人民解放军 written as
/// 解放军 and 医科大学 as 医大 (福建医大附属协和医院 is 福建医科大学附属协和医院).
fn merge_key(name: &str) -> String {
    let name = name.replace("中国人民解放军", "解放军").replace("医科大学", "医大");
    let chars: Vec<char> = name.chars().collect();
    let places = place_names();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if "省市区县".contains(c) && i >= 2 {
            let before: String = chars[..i].iter().collect();
            if (2..=4).any(|len| {
                i >= len && places.contains(&chars[i - len..i].iter().collect::<String>()) && before.ends_with(&chars[i - len..i].iter().collect::<String>())
            }) {
                continue;
            }
        }
        if c == '第' && chars.get(i + 1).is_some_and(|n| "一二三四五六七八九十".contains(*n)) {
            continue;
        }
        out.push(c);
    }
    out
}

fn place_names() -> &'static BTreeSet<String> {
    static NAMES: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        divisions()
            .iter()
            .map(|d| d.short_name(Lang::ZhCn).to_string())
            .filter(|s| s.chars().count() >= 2)
            .collect()
    })
}

// ---------------------------------------------------------------------------------------------
// Places

/// A division named in a text, where, and whether by its full name.
#[derive(Debug, Clone, Copy)]
struct Found<'a> {
    d: &'a Division,
    at: usize,
    full: bool,
}

/// Former names still printed in the lists, with today's division (襄樊 renamed 襄阳 in 2010,
/// 铁法 → 调兵山 in 2002, 九台 a district of 长春 since 2014, 宣武 and 崇文 merged into 西城 and
/// 东城 in 2010, 汉口 a part of 武汉).
const FORMER_NAMES: &[(&str, &str)] = &[
    ("襄樊", "襄阳"),
    ("铁法市", "调兵山市"),
    ("九台市", "长春市九台区"),
    ("宣武区", "西城区"),
    ("崇文区", "东城区"),
    ("汉口", "武汉市"),
];

fn found_in<'a>(text: &str) -> Vec<Found<'a>> {
    let mut text = text.to_string();
    // An army hospital's military region is not where it stands: 广州军区武汉总医院 is in 武汉.
    for region in ["北京", "沈阳", "济南", "南京", "广州", "成都", "兰州"] {
        text = text.replace(&format!("{region}军区"), "军区");
    }
    for (old, new) in FORMER_NAMES {
        text = text.replace(old, new);
    }
    let text = text.as_str();
    let mut out = Vec::new();
    for d in divisions().iter() {
        let full = d.name(Lang::ZhCn);
        if let Some(at) = text.find(full) {
            out.push(Found { d, at, full: true });
            continue;
        }
        // Short names only above the county: 朝阳 (a district of Beijing) is also a street name.
        let short = d.short_name(Lang::ZhCn);
        if d.level != DivisionLevel::County && short.chars().count() >= 2 {
            if let Some(at) = text.find(short) {
                out.push(Found { d, at, full: false });
            }
        }
    }
    // A name inside a longer one found at the same place is not a place: 城区 in 西城区.
    let len = |f: &Found<'_>| if f.full { f.d.name(Lang::ZhCn).len() } else { f.d.short_name(Lang::ZhCn).len() };
    let spans: Vec<(usize, usize)> = out.iter().map(|f| (f.at, f.at + len(f))).collect();
    out.into_iter()
        .enumerate()
        .filter(|(i, _)| {
            let (s, e) = spans[*i];
            !spans.iter().enumerate().any(|(j, &(s2, e2))| j != *i && s2 <= s && e <= e2 && e2 - s2 > e - s)
        })
        .map(|(_, f)| f)
        .collect()
}

fn under(inner: &Division, outer: RegionCode) -> bool {
    divisions().path(inner.code).iter().any(|p| p.code == outer)
}

/// The most specific division a text names, consistent with `within` (a prefecture or
/// province the source states), or None when it names no prefecture.
fn locate(text: &str, within: Option<RegionCode>) -> Option<RegionCode> {
    let found: Vec<Found<'_>> = found_in(text).into_iter().filter(|f| within.is_none_or(|w| under(f.d, w) || under_code(w, f.d.code))).collect();
    let best = |level: DivisionLevel, context: &[RegionCode]| -> Option<&Division> {
        let mut c: Vec<&Found<'_>> = found
            .iter()
            .filter(|f| f.d.level == level)
            .filter(|f| context.is_empty() || context.iter().any(|&c| under(f.d, c)))
            .collect();
        c.sort_by_key(|f| (!f.full, f.at));
        c.first().map(|f| f.d)
    };
    let provinces: Vec<RegionCode> = match within {
        Some(w) => vec![w.province()],
        None => {
            let mut p: Vec<&Found<'_>> = found.iter().filter(|f| f.d.level == DivisionLevel::Province).collect();
            p.sort_by_key(|f| (!f.full, f.at));
            p.into_iter().map(|f| f.d.code).collect()
        }
    };
    let prefecture = match within.filter(|w| divisions().get(*w).is_some_and(|d| d.level == DivisionLevel::Prefecture)) {
        Some(w) => divisions().get(w),
        None => best(DivisionLevel::Prefecture, &provinces).or_else(|| {
            // A municipality names itself as a province only: 北京市 → 北京市 (110100).
            provinces
                .iter()
                .find(|p| p.is_municipality())
                .and_then(|p| divisions().iter().find(|d| d.parent == Some(*p) && d.level == DivisionLevel::Prefecture))
        }),
    };
    match prefecture {
        Some(p) => Some(best(DivisionLevel::County, &[p.code]).map_or(p.code, |c| c.code)),
        None => {
            // No prefecture named: a county full name that is unique in the country (海淀区).
            let counties: Vec<&Found<'_>> = found.iter().filter(|f| f.d.level == DivisionLevel::County && f.full).collect();
            let same_name = |f: &Found<'_>| divisions().iter().filter(|d| d.name(Lang::ZhCn) == f.d.name(Lang::ZhCn)).count();
            match counties.as_slice() {
                [one] if same_name(one) == 1 && (provinces.is_empty() || provinces.iter().any(|&p| under(one.d, p))) => {
                    Some(one.d.code)
                }
                _ => None,
            }
        }
    }
}

fn is_county(code: RegionCode) -> bool {
    divisions().get(code).is_some_and(|d| d.level == DivisionLevel::County)
}

fn under_code(outer_child: RegionCode, maybe_parent: RegionCode) -> bool {
    divisions().path(outer_child).iter().any(|p| p.code == maybe_parent)
}

// ---------------------------------------------------------------------------------------------
// The 3A list

fn blank(name: String, aliases: Vec<String>, division: RegionCode, address: String, source: &str) -> Hospital {
    Hospital {
        code: String::new(),
        name,
        aliases,
        division,
        address,
        level: None,
        kind: None,
        specialty: None,
        network: Network::default(),
        location: None,
        confirmed: None,
        synthetic: false,
        name_tw: String::new(),
        sources: vec![source.to_string()],
        coord_precision: String::new(),
    }
}

fn read_3a(path: &Path, tally: &mut Tally) -> Result<Vec<Hospital>> {
    let mut reader = csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))?;
    let mut raw: Vec<(String, String, String, String)> = Vec::new();
    for record in reader.records() {
        let r = record?;
        let get = |i: usize| r.get(i).unwrap_or("").trim().to_string();
        raw.push((get(0), get(1), get(2), get(3)));
    }
    // Points shared by several rows: the geocoder's fallback for an address it did not find.
    let mut at_point: HashMap<(String, String), usize> = HashMap::new();
    for (_, _, lon, lat) in &raw {
        *at_point.entry((round5(lon), round5(lat))).or_default() += 1;
    }
    let mut out = Vec::new();
    for (name, address, lon, lat) in raw {
        let (main, aliases) = clean_name(&name, tally);
        let shared = at_point.get(&(round5(&lon), round5(&lat))).copied().unwrap_or(0) > 1;
        let point = Coord::parse_degrees(&lon, 180).zip(Coord::parse_degrees(&lat, 90));
        if address.is_empty() {
            // Without an address the point was geocoded from the name, and it is often wrong
            // (西京医院 of 西安 sits in 重庆, 东方肝胆外科医院 of 上海 in 北京); most of these rows
            // also appear with an address.
            tally.add("3A row dropped: no address (its point was geocoded from the name)");
            continue;
        }
        let by_name = || locate(&format!("{address} {main} {}", aliases.join(" ")), None);
        let division = match locate(&address, None) {
            Some(d) if is_county(d) => Some(d),
            Some(d) => by_name().filter(|&n| is_county(n) && under_code(n, d)).or(Some(d)),
            None => by_name(),
        };
        let Some(division) = division else {
            tally.add("3A row dropped: address and name name no city");
            tally.notes.push(format!("3A unplaced: {name} / {address:?}"));
            continue;
        };
        let mut h = blank(main, aliases, division, address, SRC_3A);
        h.level = Some(Level::Rated { grade: Grade::Three, class: Some(Class::A) });
        h.coord_precision = match point {
            None => "none".into(),
            Some((0, 0)) => "zero".into(),
            Some(_) if shared => "shared".into(),
            Some((lon_micro, lat_micro)) => {
                let gcj = wgs84_to_gcj02(Coord { lon_micro, lat_micro });
                let far = |d: RegionCode| seats::seat(d).is_some_and(|s| s.distance_km(gcj) > FAR_KM);
                if far(h.division) {
                    // The point and the place disagree: when the address also names the point's
                    // city (山东省菏泽市牡丹江市…), the point decides.
                    let text = format!("{} {}", h.address, h.name);
                    let by_point = nearest_prefecture(gcj)
                        .filter(|&p| divisions().get(p).is_some_and(|d| text.contains(d.short_name(Lang::ZhCn))));
                    if let Some(p) = by_point {
                        h.division = locate(&h.address, Some(p)).unwrap_or(p);
                        tally.add("3A row moved to the city of its own point (the address named two cities)");
                        tally.notes.push(format!("3A moved by point: {} / {:?}", h.name, h.address));
                    }
                }
                if far(h.division) {
                    "far".into()
                } else {
                    h.location = Some(gcj);
                    "geocoded".into()
                }
            }
        };
        tally.add(match h.coord_precision.as_str() {
            "zero" => "3A point dropped: 0,0",
            "shared" => "3A point dropped: shared with another row",
            "far" => "3A point dropped: over 150 km from the prefecture its address names",
            "none" => "3A point missing",
            _ => "3A point kept (converted WGS-84 → GCJ-02)",
        });
        out.push(h);
    }
    Ok(out)
}

/// The prefecture whose seat is nearest to `c`, if within 60 km.
fn nearest_prefecture(c: Coord) -> Option<RegionCode> {
    divisions()
        .iter()
        .filter(|d| d.level == DivisionLevel::Prefecture)
        .filter_map(|d| seats::seat(d.code).map(|s| (s.distance_km(c), d.code)))
        .min()
        .filter(|&(km, _)| km <= 60)
        .map(|(_, code)| code)
}

fn round5(degrees: &str) -> String {
    let (whole, frac) = degrees.split_once('.').unwrap_or((degrees, ""));
    format!("{whole}.{:0<5}", &frac[..frac.len().min(5)])
}

/// WGS-84 to GCJ-02, the published transform every Chinese map applies; outside China's
/// bounding box points are left as they are. Geometry, not money: floating point is right here.
#[allow(clippy::float_arithmetic)]
fn wgs84_to_gcj02(c: Coord) -> Coord {
    use std::f64::consts::PI;
    let lon = f64::from(c.lon_micro) / 1e6;
    let lat = f64::from(c.lat_micro) / 1e6;
    if !(72.004..=137.8347).contains(&lon) || !(0.8293..=55.8271).contains(&lat) {
        return c;
    }
    const A: f64 = 6_378_245.0;
    const EE: f64 = 0.006_693_421_622_965_943;
    let (x, y) = (lon - 105.0, lat - 35.0);
    let mut d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * x.abs().sqrt();
    d_lat += (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    d_lat += (20.0 * (y * PI).sin() + 40.0 * (y / 3.0 * PI).sin()) * 2.0 / 3.0;
    d_lat += (160.0 * (y / 12.0 * PI).sin() + 320.0 * (y * PI / 30.0).sin()) * 2.0 / 3.0;
    let mut d_lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * x.abs().sqrt();
    d_lon += (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    d_lon += (20.0 * (x * PI).sin() + 40.0 * (x / 3.0 * PI).sin()) * 2.0 / 3.0;
    d_lon += (150.0 * (x / 12.0 * PI).sin() + 300.0 * (x / 30.0 * PI).sin()) * 2.0 / 3.0;
    let rad = lat / 180.0 * PI;
    let magic = 1.0 - EE * rad.sin() * rad.sin();
    let sqrt_magic = magic.sqrt();
    d_lat = (d_lat * 180.0) / ((A * (1.0 - EE)) / (magic * sqrt_magic) * PI);
    d_lon = (d_lon * 180.0) / (A / sqrt_magic * rad.cos() * PI);
    Coord { lon_micro: ((lon + d_lon) * 1e6).round() as i32, lat_micro: ((lat + d_lat) * 1e6).round() as i32 }
}

// ---------------------------------------------------------------------------------------------
// The 2,083 named hospitals

fn read_sample(path: &Path, tally: &mut Tally) -> Result<Vec<Hospital>> {
    let mut reader = csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    for record in reader.records() {
        let r = record?;
        let get = |i: usize| r.get(i).unwrap_or("").trim().to_string();
        let (name, province, city, address) = (get(0), get(1), get(3), get(5));
        let (main, aliases) = clean_name(&name, tally);
        let city_code = RegionCode::parse(&city).filter(|c| divisions().get(*c).is_some());
        let within = city_code.or_else(|| RegionCode::parse(&province));
        if city_code.is_none() {
            tally.add("sample city code not in the division table");
        }
        // The address first; the name too when the address stops above the county (武汉市东西湖区人民医院).
        let located = match locate(&address, within) {
            Some(d) if is_county(d) => Some(d),
            by_address => locate(&format!("{address} {main}"), within).filter(|&d| is_county(d)).or(by_address),
        };
        let division = match located {
            Some(d) => d,
            None => match city_code {
                Some(c) => c,
                None => {
                    tally.add("sample row dropped: no place");
                    tally.notes.push(format!("sample unplaced: {name} / {province} {city} {address:?}"));
                    continue;
                }
            },
        };
        out.push(blank(main, aliases, division, address, SRC_SAMPLE));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Merging

#[derive(Debug, Default)]
struct Merger {
    rows: Vec<Hospital>,
    /// (prefecture, key) → row.
    by_key: HashMap<(RegionCode, String), usize>,
    /// prefecture → rows.
    in_scope: HashMap<RegionCode, Vec<usize>>,
}

/// Whether one name ends with the other, the shorter being at least six characters
/// (中国医学科学院北京协和医院 and 北京协和医院; 人民医院 alone is too common to say anything).
fn tail_match(a: &str, b: &str) -> bool {
    let (long, short) = if a.chars().count() >= b.chars().count() { (a, b) } else { (b, a) };
    short.chars().count() >= 6 && long != short && long.ends_with(short)
}

impl Merger {
    fn add(&mut self, h: Hospital, tally: &mut Tally) {
        let scope = prefecture_of(h.division).unwrap_or(h.division);
        let name_key = (scope, h.name.clone());
        let norm_key = (scope, merge_key(&h.name));
        let alias_keys: Vec<(RegionCode, String)> = h.aliases.iter().map(|a| (scope, merge_key(a))).collect();
        let (at, rule) = if let Some(&i) = self.by_key.get(&name_key).filter(|&&i| self.rows[i].name == h.name) {
            (Some(i), "merged: same name in the same prefecture")
        } else if let Some(&i) = self.by_key.get(&norm_key) {
            (Some(i), "merged: same name once 省/市/区/县, 第 and 中国人民解放军 are normalised")
        } else if let Some(&i) = alias_keys.iter().find_map(|k| self.by_key.get(k)) {
            (Some(i), "merged: a name or alias of one is a name or alias of the other")
        } else if let Some(&i) = self.in_scope.get(&scope).and_then(|rows| {
            rows.iter().find(|&&i| {
                let old = &self.rows[i];
                let same_county = old.division == h.division || !is_county(old.division) || !is_county(h.division);
                same_county && tail_match(&merge_key(&old.name), &norm_key.1)
            })
        }) {
            (Some(i), "merged: one name ends with the other (at least 6 characters), same county")
        } else {
            (None, "")
        };
        let index = match at {
            Some(i) => {
                tally.add(rule);
                let old = &mut self.rows[i];
                merge_into(old, h, tally);
                i
            }
            None => {
                self.rows.push(h);
                self.in_scope.entry(scope).or_default().push(self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        let row = &self.rows[index];
        let mut keys = vec![(scope, row.name.clone()), (scope, merge_key(&row.name))];
        keys.extend(row.aliases.iter().map(|a| (scope, merge_key(a))));
        for k in keys {
            self.by_key.entry(k).or_insert(index);
        }
    }
}

/// Folds `new` into `old`: the first list's name stays (seed 000's names carry codes), the other
/// becomes an alias; stated facts fill what is missing; a county beats a prefecture.
fn merge_into(old: &mut Hospital, new: Hospital, tally: &mut Tally) {
    if new.name != old.name && !old.aliases.contains(&new.name) {
        old.aliases.push(new.name.clone());
    }
    for a in new.aliases {
        if a != old.name && !old.aliases.contains(&a) {
            old.aliases.push(a);
        }
    }
    if old.level.is_none() && new.level.is_some() {
        old.level = new.level;
        tally.add("level filled by the merge");
    }
    if old.kind.is_none() {
        old.kind = new.kind;
        old.specialty = old.specialty.take().or(new.specialty);
    }
    if old.address.is_empty() && !new.address.is_empty() {
        old.address = new.address;
        tally.add("address filled by the merge");
    }
    let old_is_county = divisions().get(old.division).is_some_and(|d| d.level == DivisionLevel::County);
    let new_is_county = divisions().get(new.division).is_some_and(|d| d.level == DivisionLevel::County);
    if !old_is_county && new_is_county && under_code(new.division, old.division) {
        old.division = new.division;
        tally.add("county filled by the merge");
    }
    if old.location.is_none() && new.location.is_some() {
        old.location = new.location;
        old.coord_precision = new.coord_precision;
    } else if old.coord_precision.is_empty() {
        old.coord_precision = new.coord_precision;
    }
    for s in new.sources {
        if !old.sources.contains(&s) {
            old.sources.push(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> RegionCode {
        RegionCode::parse(s).expect("code")
    }

    #[test]
    fn addresses_place_rows_in_their_county() {
        assert_eq!(locate("湖北省武汉市江岸区解放大道1095号", None), Some(code("420102")));
        assert_eq!(locate("北京市东城区朝内北小街2号", None), Some(code("110101")));
        // No province, a county unique in the country.
        assert_eq!(locate("海淀区复兴路28号", None), Some(code("110108")));
        // 中山 is a city in 广东 and a road in 广州: the full name 广州市 wins.
        assert_eq!(locate("广东省广州市中山二路58号", None), Some(code("440100")));
        // 吉林 is a province and a city: 长春市 is the city here.
        assert_eq!(locate("吉林省长春市朝阳区新民大街71号", None), Some(code("220104")));
        // 朝阳 as a street name does not move a Liaoning hospital to Beijing.
        assert_eq!(locate("辽宁省朝阳市双塔区朝阳大街四段26号", None), Some(code("211302")));
        // A city code from the source bounds the search.
        assert_eq!(locate("昌平区南口镇南辛路2号", Some(code("110100"))), Some(code("110114")));
        assert_eq!(locate("某某路1号", None), None);
    }

    #[test]
    fn names_are_cleaned_and_keyed() {
        let mut t = Tally::default();
        assert_eq!(
            clean_name("北京大学第六医院（北医六院）", &mut t),
            ("北京大学第六医院".to_string(), vec!["北医六院".to_string()])
        );
        assert_eq!(clean_name("武汉同济医院（光谷院区）", &mut t).1, Vec::<String>::new(), "a campus is no name");
        assert_eq!(
            clean_name("北京胸科医院（中央结核病研究所、结核病院）", &mut t).1,
            vec!["中央结核病研究所".to_string(), "结核病院".to_string()]
        );
        assert_eq!(clean_name("中国人民解放军第二Ｏ二医院", &mut t).0, "中国人民解放军第二〇二医院");
        assert_eq!(clean_name("中国人民解放军总医院(三O一医院)", &mut t).1, vec!["三〇一医院".to_string()]);
        assert_eq!(merge_key("苏州市第一人民医院"), merge_key("苏州第一人民医院"));
        assert_eq!(merge_key("湖北省人民医院"), "湖北人民医院");
        assert_ne!(merge_key("江苏省人民医院"), merge_key("南京市人民医院"), "different hospitals");
        assert!(tail_match("中国医学科学院北京协和医院", "北京协和医院"));
        assert!(!tail_match("华中科技大学同济医学院附属协和医院", "武汉协和医院"), "not a tail");
        assert!(!tail_match("某市第一人民医院", "人民医院"), "too short to be distinctive");
        assert_eq!(merge_key("福建医科大学附属协和医院"), merge_key("福建医大附属协和医院"));
        // 社区 keeps its 区: 社 is no place name.
        assert_eq!(merge_key("社区卫生服务中心"), "社区卫生服务中心");
    }

    #[test]
    #[allow(clippy::float_arithmetic)]
    fn gcj02_offset_is_the_published_one() {
        // In Beijing the GCJ-02 offset is about 0.006° east and 0.0014° north (some 500 m
        // east, 150 m north); outside China points are left alone.
        let g = wgs84_to_gcj02(Coord { lon_micro: 116_391_275, lat_micro: 39_907_235 });
        let (dlon, dlat) = (g.lon_micro - 116_391_275, g.lat_micro - 39_907_235);
        assert!((5_500..7_000).contains(&dlon) && (1_000..2_000).contains(&dlat), "offset {dlon} {dlat} micro-degrees");
        let paris = Coord { lon_micro: 2_352_000, lat_micro: 48_856_000 };
        assert_eq!(wgs84_to_gcj02(paris), paris);
    }
}
