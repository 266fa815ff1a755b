//! A synthetic national directory for scale tests and benchmarks: 650,000 institutions (the
//! national count of networked institutions of all kinds, 2025 Q1; RULES.md §6) spread over the
//! real county-level divisions, with names built the way real ones are (place + 人民医院, place +
//! 中医医院, town + 镇卫生院, street + 社区卫生服务中心, brand + 大药房(place 店)).
//!
//! Every record is marked `synthetic`, its code starts with `SYN`, and the CSV importer refuses
//! such codes: none of this may reach a person as a real institution. Deterministic: the same
//! seed gives the same directory.

use yidi_domain::{divisions, Division, DivisionLevel, NaiveDate};

use crate::{
    import::SYNTHETIC_PREFIX,
    model::{Class, Coord, Grade, Hospital, Kind, Level, Network},
    seats,
};

/// The national scale (RULES.md §6).
pub const NATIONAL_COUNT: usize = 650_000;

/// SplitMix64: small, fast, and good enough to spread names. Public so that the search benchmark
/// (bench/search) samples its queries with the same generator and seed every run.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// A number in 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn percent(&mut self, p: usize) -> bool {
        self.below(100) < p
    }
}

const PLACE_CHARS: &[char] = &[
    '东', '西', '南', '北', '新', '安', '平', '和', '兴', '华', '城', '关', '河', '山', '桥', '庄', '湖', '家', '集',
    '口', '店', '坝', '铺', '寨', '阳', '林', '石', '水', '龙', '凤', '青', '白', '黄', '马', '王', '李', '张', '刘',
    '陈', '杨', '长', '乐', '大', '小', '上', '下', '中', '前', '后', '清', '泉', '松', '柳', '杏', '花', '沙', '田',
    '塘', '岗', '营', '堡', '园', '滨', '江', '海', '宁', '丰', '泰', '福', '永', '盛', '广', '义', '仁', '德', '重',
];
const BRANDS: &[&str] = &["康宁", "仁和堂", "百姓康", "济生堂", "惠民", "福寿堂", "安康", "众康", "瑞丰", "德仁堂", "益寿", "同济"];
const SPECIALTIES: &[(&str, &str)] = &[
    ("口腔", "口腔医院"),
    ("妇产", "妇产医院"),
    ("儿科", "儿童医院"),
    ("肿瘤", "肿瘤医院"),
    ("眼科", "眼科医院"),
    ("精神", "精神卫生中心"),
    ("骨科", "骨科医院"),
    ("皮肤", "皮肤病医院"),
    ("传染", "传染病医院"),
    ("康复", "康复医院"),
    ("心血管", "心血管病医院"),
    ("耳鼻喉", "耳鼻喉医院"),
    ("妇幼", "妇幼保健院"),
];
const GENERAL_SUFFIXES: &[&str] = &["人民医院", "第二人民医院", "第三人民医院", "中心医院", "医院", "仁爱医院", "济民医院", "友好医院", "铁路医院", "职工医院"];
const ROAD_SUFFIXES: &[&str] = &["路", "街", "大道", "大街", "巷"];

fn two_chars(rng: &mut Rng) -> String {
    [*rng.pick(PLACE_CHARS), *rng.pick(PLACE_CHARS)].iter().collect()
}

/// The divisions institutions are placed in: counties, and prefectures without counties (东莞).
fn places() -> Vec<&'static Division> {
    let table = divisions();
    let with_children: std::collections::HashSet<_> = table.iter().filter_map(|d| d.parent).collect();
    table
        .iter()
        .filter(|d| {
            !d.code.is_outside_mainland_network()
                && (d.level == DivisionLevel::County
                    || (d.level == DivisionLevel::Prefecture && !with_children.contains(&d.code)))
        })
        .collect()
}

/// `count` synthetic institutions, confirmed on `as_of`, from `seed`.
pub fn generate(count: usize, seed: u64, as_of: NaiveDate) -> impl Iterator<Item = Hospital> {
    let places = places();
    let mut rng = Rng(seed);
    (0..count).map(move |i| {
        let place = places[i % places.len()];
        let table = divisions();
        let prefecture = place.parent.and_then(|p| table.get(p)).filter(|p| p.level == DivisionLevel::Prefecture);
        let county = place.short_name(yidi_domain::Lang::ZhCn);
        let county_full = place.name(yidi_domain::Lang::ZhCn);
        let roll = rng.below(100);
        let (name, kind, level, specialty) = if roll < 6 {
            let suffix = *rng.pick(GENERAL_SUFFIXES);
            let name = match (rng.below(3), prefecture) {
                (0, Some(p)) => format!("{}{}", p.name(yidi_domain::Lang::ZhCn), suffix),
                (1, _) => format!("{county_full}{}{}", two_chars(&mut rng), suffix),
                _ => format!("{county_full}{suffix}"),
            };
            (name, Kind::General, hospital_level(&mut rng), None)
        } else if roll < 9 {
            let name = if rng.percent(70) { format!("{county_full}中医医院") } else { format!("{county}中西医结合医院") };
            (name, Kind::Tcm, hospital_level(&mut rng), None)
        } else if roll < 12 {
            let (specialty, suffix) = *rng.pick(SPECIALTIES);
            (format!("{county_full}{suffix}"), Kind::Specialist, hospital_level(&mut rng), Some(specialty.to_string()))
        } else if roll < 38 {
            let name = if rng.percent(50) {
                format!("{county}{}镇卫生院", two_chars(&mut rng))
            } else {
                format!("{county_full}{}街道社区卫生服务中心", two_chars(&mut rng))
            };
            let level = if rng.percent(40) { Level::Rated { grade: Grade::One, class: Some(Class::A) } } else { Level::Unrated };
            (name, Kind::Community, level, None)
        } else {
            let name = format!("{}大药房({}{}店)", rng.pick(BRANDS), county, two_chars(&mut rng));
            (name, Kind::Pharmacy, Level::Unrated, None)
        };
        let hospital_like = matches!(kind, Kind::General | Kind::Tcm | Kind::Specialist);
        let network = Network {
            inpatient: Some(hospital_like && rng.percent(70)),
            outpatient: Some(rng.percent(if hospital_like { 80 } else { 45 })),
            chronic: Some(rng.percent(if hospital_like { 50 } else { 15 })),
        };
        let location = seats::seat(place.code).map(|c| Coord {
            lon_micro: c.lon_micro + (rng.below(200_001) as i32 - 100_000),
            lat_micro: c.lat_micro + (rng.below(200_001) as i32 - 100_000),
        });
        let address = format!("{}{}{}号", two_chars(&mut rng), rng.pick(ROAD_SUFFIXES), 1 + rng.below(999));
        Hospital {
            code: format!("{SYNTHETIC_PREFIX}{i:09}"),
            name,
            aliases: Vec::new(),
            division: place.code,
            address,
            level: Some(level),
            kind: Some(kind),
            specialty,
            network,
            location,
            confirmed: Some(as_of),
            synthetic: true,
            name_tw: String::new(),
            sources: Vec::new(),
            coord_precision: String::new(),
        }
    })
}

fn hospital_level(rng: &mut Rng) -> Level {
    let (grade, class) = match rng.below(100) {
        0..=7 => (Grade::Three, Some(Class::A)),
        8..=14 => (Grade::Three, Some(Class::B)),
        15..=44 => (Grade::Two, Some(Class::A)),
        45..=59 => (Grade::Two, Some(Class::B)),
        60..=79 => (Grade::One, None),
        _ => return Level::Unrated,
    };
    Level::Rated { grade, class }
}
