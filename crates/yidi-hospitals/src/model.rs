//! The designated-institution record (定点医药机构) as the national directory describes it.
//!
//! What this module owns: the record and its closed vocabularies (level, type, network status),
//! with their wire names. What it does not: how records are read (`import`), searched (`index`)
//! or shown (yidi-core).

use serde::{Deserialize, Serialize};
use yidi_domain::{NaiveDate, RegionCode};

/// 医院等级 — grade one to three (一级/二级/三级).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    One = 1,
    Two = 2,
    Three = 3,
}

/// 等次 — the class within a grade: 甲 (A), 乙 (B), 丙 (C).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    A = 1,
    B = 2,
    C = 3,
}

/// A hospital's level: rated (三级甲等, or a grade without class such as 三级), or explicitly
/// unrated (未定级: pharmacies, clinics, new hospitals). A record whose source does not say has
/// no level at all (`Option<Level>::None`), which is not the same as unrated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    Unrated,
    Rated { grade: Grade, class: Option<Class> },
}

impl Level {
    /// The wire name: `3a` (三级甲等), `2b`, `3` (三级, class not stated), `unrated`.
    pub fn wire(self) -> String {
        match self {
            Level::Unrated => "unrated".into(),
            Level::Rated { grade, class } => {
                let c = match class {
                    None => "",
                    Some(Class::A) => "a",
                    Some(Class::B) => "b",
                    Some(Class::C) => "c",
                };
                format!("{}{c}", grade as u8)
            }
        }
    }

    /// Reads the forms lists and people write: `三级甲等`, `三级甲`, `三甲`, `3甲`, `3a`, `三级`,
    /// `3`, `未定级`, `unrated`. None when the text is none of them.
    pub fn parse(text: &str) -> Option<Level> {
        let t: String = text.trim().to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        if matches!(t.as_str(), "unrated" | "未定级" | "未評級" | "未定級" | "无" | "none") {
            return Some(Level::Unrated);
        }
        let mut chars = t.chars();
        let grade = match chars.next()? {
            '1' | '一' => Grade::One,
            '2' | '二' => Grade::Two,
            '3' | '三' => Grade::Three,
            _ => return None,
        };
        let rest: String = chars.collect();
        let rest = rest.strip_prefix('级').or_else(|| rest.strip_prefix('級')).unwrap_or(&rest);
        let class = match rest.trim_end_matches('等') {
            "" => None,
            "甲" | "a" => Some(Class::A),
            "乙" | "b" => Some(Class::B),
            "丙" | "c" => Some(Class::C),
            _ => return None,
        };
        Some(Level::Rated { grade, class })
    }

    pub fn grade(self) -> Option<Grade> {
        match self {
            Level::Unrated => None,
            Level::Rated { grade, .. } => Some(grade),
        }
    }

    /// The Fluent id of the level's label (`hosp-level-3a`).
    pub fn message_id(self) -> String {
        format!("hosp-level-{}", self.wire())
    }

    /// Packs into one byte for the index: 0 = not stated, 1 = unrated, 4·grade + class.
    pub(crate) fn pack(level: Option<Level>) -> u8 {
        match level {
            None => 0,
            Some(Level::Unrated) => 1,
            Some(Level::Rated { grade, class }) => (grade as u8) * 4 + class.map_or(0, |c| c as u8),
        }
    }

    pub(crate) fn unpack(byte: u8) -> Option<Level> {
        let class = match byte % 4 {
            1 => Some(Class::A),
            2 => Some(Class::B),
            3 => Some(Class::C),
            _ => None,
        };
        match byte / 4 {
            1 => Some(Level::Rated { grade: Grade::One, class }),
            2 => Some(Level::Rated { grade: Grade::Two, class }),
            3 => Some(Level::Rated { grade: Grade::Three, class }),
            _ if byte == 1 => Some(Level::Unrated),
            _ => None,
        }
    }
}

/// 机构类型 — the kind of institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 综合医院
    General,
    /// 中医医院 (including 中西医结合 and ethnic-medicine hospitals)
    Tcm,
    /// 专科医院, with its specialty in [`Hospital::specialty`]
    Specialist,
    /// 社区卫生服务中心 / 乡镇卫生院 — primary care
    Community,
    /// 定点零售药店
    Pharmacy,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::General, Kind::Tcm, Kind::Specialist, Kind::Community, Kind::Pharmacy];

    pub fn wire(self) -> &'static str {
        match self {
            Kind::General => "general",
            Kind::Tcm => "tcm",
            Kind::Specialist => "specialist",
            Kind::Community => "community",
            Kind::Pharmacy => "pharmacy",
        }
    }

    /// Wire names and the Chinese words lists use (综合, 中医, 专科, 社区, 药店).
    pub fn parse(text: &str) -> Option<Kind> {
        match text.trim().to_lowercase().as_str() {
            "general" | "综合" | "綜合" => Some(Kind::General),
            "tcm" | "中医" | "中醫" | "中西医结合" => Some(Kind::Tcm),
            "specialist" | "专科" | "專科" => Some(Kind::Specialist),
            "community" | "社区" | "社區" | "基层" | "卫生院" => Some(Kind::Community),
            "pharmacy" | "药店" | "藥局" | "药房" => Some(Kind::Pharmacy),
            _ => None,
        }
    }

    pub fn message_id(self) -> String {
        format!("hosp-kind-{}", self.wire())
    }

    pub(crate) fn pack(kind: Option<Kind>) -> u8 {
        kind.map_or(0, |k| k as u8 + 1)
    }

    pub(crate) fn unpack(byte: u8) -> Option<Kind> {
        Kind::ALL.get(usize::from(byte).checked_sub(1)?).copied()
    }
}

/// The three kinds of cross-province direct settlement an institution can be networked for
/// (跨省联网): inpatient (住院), general outpatient (普通门诊), outpatient chronic and special
/// diseases (门诊慢特病).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Inpatient,
    Outpatient,
    Chronic,
}

impl Service {
    pub const ALL: [Service; 3] = [Service::Inpatient, Service::Outpatient, Service::Chronic];

    pub fn wire(self) -> &'static str {
        match self {
            Service::Inpatient => "inpatient",
            Service::Outpatient => "outpatient",
            Service::Chronic => "chronic",
        }
    }

    pub fn parse(text: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.wire() == text.trim().to_lowercase())
    }
}

/// Network status for each service: `Some(true)` networked, `Some(false)` not, `None` when the
/// source does not say (a filter for networked institutions leaves those out).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Network {
    pub inpatient: Option<bool>,
    pub outpatient: Option<bool>,
    pub chronic: Option<bool>,
}

impl Network {
    pub fn get(&self, service: Service) -> Option<bool> {
        match service {
            Service::Inpatient => self.inpatient,
            Service::Outpatient => self.outpatient,
            Service::Chronic => self.chronic,
        }
    }

    /// Two bits per service: 0 unknown, 1 no, 2 yes.
    pub(crate) fn pack(&self) -> u8 {
        let bits = |v: Option<bool>| match v {
            None => 0u8,
            Some(false) => 1,
            Some(true) => 2,
        };
        bits(self.inpatient) | bits(self.outpatient) << 2 | bits(self.chronic) << 4
    }

    pub(crate) fn unpack(byte: u8) -> Network {
        let get = |shift: u8| match (byte >> shift) & 3 {
            1 => Some(false),
            2 => Some(true),
            _ => None,
        };
        Network { inpatient: get(0), outpatient: get(2), chronic: get(4) }
    }

    /// Whether the packed byte says "networked" for `service`.
    pub(crate) fn is_yes(byte: u8, service: Service) -> bool {
        let shift = match service {
            Service::Inpatient => 0,
            Service::Outpatient => 2,
            Service::Chronic => 4,
        };
        (byte >> shift) & 3 == 2
    }
}

/// A point in degrees, stored as whole micro-degrees (no floating point in stored data). The
/// directory's own coordinates and the division seats are GCJ-02 as published by their sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Coord {
    pub lon_micro: i32,
    pub lat_micro: i32,
}

impl Coord {
    /// Parses a decimal degree value such as `116.407394` into micro-degrees, exactly.
    pub fn parse_degrees(text: &str, max: i64) -> Option<i32> {
        let t = text.trim();
        let (negative, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t),
        };
        let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let whole: i64 = whole.parse().ok()?;
        let mut micro: i64 = 0;
        for (i, b) in frac.bytes().chain(std::iter::repeat(b'0')).take(6).enumerate() {
            let _ = i;
            micro = micro * 10 + i64::from(b - b'0');
        }
        let value = whole.checked_mul(1_000_000)?.checked_add(micro)?;
        if value > max * 1_000_000 {
            return None;
        }
        i32::try_from(if negative { -value } else { value }).ok()
    }

    /// Great-circle distance in whole kilometres (haversine on a sphere of 6,371 km). Geometry,
    /// not money: floating point is right here.
    #[allow(clippy::float_arithmetic)]
    pub fn distance_km(self, other: Coord) -> u32 {
        let rad = |micro: i32| f64::from(micro) / 1_000_000.0 * std::f64::consts::PI / 180.0;
        let (lat1, lat2) = (rad(self.lat_micro), rad(other.lat_micro));
        let dlat = lat2 - lat1;
        let dlon = rad(other.lon_micro) - rad(self.lon_micro);
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        let km = 2.0 * 6371.0 * a.sqrt().min(1.0).asin();
        // Rounded to the kilometre; distances on Earth fit a u32 by far.
        km.round() as u32
    }
}

/// One designated institution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hospital {
    /// The institution's insurance code as its source publishes it (the national form is
    /// H + 11 digits; Beijing's older lists use 7 digits). Empty when the source gives none.
    pub code: String,
    pub name: String,
    /// Other names people use: a former name, the common short name (北京协和医院).
    pub aliases: Vec<String>,
    /// The most specific division known: the county when known, else the prefecture.
    pub division: RegionCode,
    pub address: String,
    pub level: Option<Level>,
    pub kind: Option<Kind>,
    /// For specialists: the specialty as the source words it (口腔, 妇产, 肿瘤).
    pub specialty: Option<String>,
    pub network: Network,
    pub location: Option<Coord>,
    /// When the record was last confirmed against its source.
    pub confirmed: Option<NaiveDate>,
    /// Made by the synthetic generator for scale tests: never to be shown as a real institution.
    pub synthetic: bool,
    /// The name in Traditional characters (the OpenCC step of `tools/prepare-hospitals`); empty
    /// when the list does not carry one.
    #[serde(default)]
    pub name_tw: String,
    /// Where the record comes from, each as `source:date` (`3ahospital:2020`, `seed000:undated`);
    /// empty for a list that does not say.
    #[serde(default)]
    pub sources: Vec<String>,
    /// How the coordinates were judged when the list was prepared: `geocoded` (kept), or why
    /// they were dropped (`shared`: the same point as other rows; `zero`: 0,0; `far`: far from
    /// the division the address names). Empty when the list does not say.
    #[serde(default)]
    pub coord_precision: String,
}
