//! Administrative divisions (行政区划) as GB/T 2260 six-digit codes, with names in each language.
//!
//! The table is `data/divisions/divisions.tsv`, derived from the AreaCity dataset (MIT; see
//! `data/divisions/SOURCE.md`) and embedded, so region look-ups work offline and at start-up
//! without a file to lose. It is parsed once, on first use (~3,600 rows).
//!
//! What this module does not decide: which pooling region a person is insured in for a given
//! policy (that is the policy pack's business), or anything about hospitals.

use std::{collections::HashMap, fmt, str::FromStr, sync::OnceLock};

use serde::{Deserialize, Serialize};

use crate::{error::FieldError, i18n::Lang};

static TABLE: &str = include_str!("../../../data/divisions/divisions.tsv");

/// A GB/T 2260 division code: two digits of province, two of prefecture, two of county.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode(u32);

impl RegionCode {
    /// Checks the shape only (six digits, a province part that GB/T 2260 assigns); whether the
    /// division exists is [`Divisions::lookup`]'s question.
    pub fn parse(s: &str) -> Option<RegionCode> {
        let s = s.trim();
        if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let value: u32 = s.parse().ok()?;
        let province = value / 10_000;
        matches!(province, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81 | 82)
            .then_some(RegionCode(value))
    }

    pub fn as_u32(self) -> u32 {
        self.0
    }

    /// The province-level code: 420115 → 420000.
    pub fn province(self) -> RegionCode {
        RegionCode(self.0 / 10_000 * 10_000)
    }

    /// The prefecture-level code: 420115 → 420100 (a province code stays as it is).
    pub fn prefecture(self) -> RegionCode {
        RegionCode(self.0 / 100 * 100)
    }

    /// Beijing, Tianjin, Shanghai and Chongqing: province-level cities pooled as one region.
    pub fn is_municipality(self) -> bool {
        matches!(self.0 / 10_000, 11 | 12 | 31 | 50)
    }

    /// A province's capital (武汉 420100, 石家庄 130100): prefecture number 01 outside the
    /// municipalities.
    pub fn is_provincial_capital(self) -> bool {
        !self.is_municipality() && self.0 % 10_000 == 100
    }

    /// Hong Kong, Macao and Taiwan: listed divisions, outside the mainland's cross-province
    /// direct-settlement network.
    pub fn is_outside_mainland_network(self) -> bool {
        matches!(self.0 / 10_000, 71 | 81 | 82)
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:06}", self.0)
    }
}

impl FromStr for RegionCode {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RegionCode::parse(s).ok_or(())
    }
}

impl Serialize for RegionCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RegionCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        RegionCode::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not a six-digit division code")))
    }
}

/// Where a division sits in the hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivisionLevel {
    /// 省级: province, autonomous region, municipality, SAR.
    Province,
    /// 地级: prefecture-level city, prefecture, league, autonomous prefecture; also the county-level
    /// cities administered directly by their province (仙桃, 济源), which stand in this place.
    Prefecture,
    /// 县级: district, county, county-level city, banner.
    County,
}

/// One division with its names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    pub code: RegionCode,
    pub parent: Option<RegionCode>,
    pub level: DivisionLevel,
    name_zh_cn: String,
    short_zh_cn: String,
    name_zh_tw: String,
    short_zh_tw: String,
    /// Curated syllables, space separated: "chong qing", not the per-character "zhong qing".
    pub pinyin: String,
    /// First letters of the syllables: "cq".
    pub initials: String,
    name_en: String,
    /// Search keys computed once: "chongqing", and the English name lower-cased without spaces.
    pinyin_compact: String,
    english_compact: String,
}

impl Division {
    /// The full official name: 武汉市, 武漢市, Wuhan.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.name_zh_cn,
            Lang::ZhTw => &self.name_zh_tw,
            Lang::EnUs => &self.name_en,
        }
    }

    /// The short name without the generic part (武汉, 恩施); in English the same as [`Self::name`].
    pub fn short_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.short_zh_cn,
            Lang::ZhTw => &self.short_zh_tw,
            Lang::EnUs => &self.name_en,
        }
    }
}

/// The division table.
#[derive(Debug)]
pub struct Divisions {
    rows: Vec<Division>,
    by_code: HashMap<RegionCode, usize>,
}

/// The embedded table, parsed on first use.
pub fn divisions() -> &'static Divisions {
    static DIVISIONS: OnceLock<Divisions> = OnceLock::new();
    DIVISIONS.get_or_init(|| Divisions::parse(TABLE))
}

impl Divisions {
    /// Parses the TSV the data tool writes. The shipped table is checked by tests; a malformed line
    /// (which only a hand edit could make) is skipped rather than taking the app down.
    fn parse(table: &str) -> Divisions {
        let mut rows = Vec::new();
        for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, parent, level, name_cn, short_cn, name_tw, short_tw, pinyin, name_en] = cols[..] else {
                continue;
            };
            let (Some(code), Ok(level)) = (RegionCode::parse(code), level.parse::<u8>()) else {
                continue;
            };
            let level = match level {
                0 => DivisionLevel::Province,
                1 => DivisionLevel::Prefecture,
                _ => DivisionLevel::County,
            };
            rows.push(Division {
                code,
                parent: RegionCode::parse(parent),
                level,
                name_zh_cn: name_cn.into(),
                short_zh_cn: short_cn.into(),
                name_zh_tw: name_tw.into(),
                short_zh_tw: short_tw.into(),
                initials: pinyin.split_whitespace().filter_map(|s| s.chars().next()).collect(),
                pinyin: pinyin.into(),
                pinyin_compact: pinyin.split_whitespace().collect(),
                english_compact: name_en.to_lowercase().replace(['\'', ' '], ""),
                name_en: name_en.into(),
            });
        }
        let by_code = rows.iter().enumerate().map(|(i, d)| (d.code, i)).collect();
        Divisions { rows, by_code }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Division> {
        self.rows.iter()
    }

    pub fn get(&self, code: RegionCode) -> Option<&Division> {
        self.by_code.get(&code).map(|&i| &self.rows[i])
    }

    /// Resolves user input for `field`: a malformed code and a code no division has are different
    /// errors, both naming the field.
    pub fn lookup(&self, field: &str, input: &str) -> Result<&Division, FieldError> {
        let code = RegionCode::parse(input).ok_or_else(|| FieldError::not_a_region_code(field, input))?;
        self.get(code).ok_or_else(|| FieldError::unknown_region(field, input))
    }

    /// The chain from province down to `code`: [湖北省, 武汉市, 江夏区].
    pub fn path(&self, code: RegionCode) -> Vec<&Division> {
        let mut chain = Vec::new();
        let mut next = self.get(code);
        while let Some(division) = next {
            chain.push(division);
            next = division.parent.and_then(|p| self.get(p));
        }
        chain.reverse();
        chain
    }

    /// The pooling region (统筹区) a division belongs to, by the usual rule: municipalities are
    /// pooled as a whole, elsewhere the prefecture-level division is the pool. A few provinces pool
    /// more widely; the policy packs say so where it matters.
    pub fn pooling_region(&self, code: RegionCode) -> Option<&Division> {
        let pool = if code.is_municipality() { code.province() } else { code.prefecture() };
        // A county-level city under direct provincial administration (429004 仙桃) has no
        // prefecture row of its own above it: it is its own pool.
        self.get(pool).or_else(|| self.get(code))
    }

    /// Divisions whose name, full pinyin or initials match `query`, best matches first: exact
    /// names, then prefixes, then matches anywhere; higher levels before lower ones at equal rank.
    pub fn search(&self, query: &str, level: Option<DivisionLevel>, limit: usize) -> Vec<&Division> {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        let compact: String = query.split_whitespace().collect();
        let mut hits: Vec<(u8, &Division)> = self
            .rows
            .iter()
            .filter(|d| level.is_none_or(|l| d.level == l))
            .filter_map(|d| match_rank(d, &query, &compact).map(|rank| (rank, d)))
            .collect();
        // At equal rank and level, provincial capitals first: they are where most people are
        // going, and GB/T 2260 gives every province's capital the prefecture number 01.
        hits.sort_by_key(|(rank, d)| (*rank, d.level, !d.code.is_provincial_capital(), d.code));
        hits.into_iter().take(limit).map(|(_, d)| d).collect()
    }
}

/// 0 exact, 1 prefix, 2 substring; None when nothing matches.
fn match_rank(d: &Division, query: &str, compact: &str) -> Option<u8> {
    let joined_pinyin = d.pinyin_compact.as_str();
    let names = [
        d.short_zh_cn.as_str(),
        d.name_zh_cn.as_str(),
        d.short_zh_tw.as_str(),
        d.name_zh_tw.as_str(),
    ];
    let latin = [joined_pinyin, d.initials.as_str()];
    let english = d.english_compact.as_str();
    if names.contains(&query) || latin.contains(&compact) || english == compact {
        return Some(0);
    }
    if names.iter().any(|n| n.starts_with(query))
        || latin.iter().any(|n| n.starts_with(compact))
        || english.starts_with(compact)
    {
        return Some(1);
    }
    if names.iter().any(|n| n.contains(query)) || joined_pinyin.contains(compact) {
        return Some(2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_shape() {
        assert_eq!(RegionCode::parse("420115").map(|c| c.province().to_string()), Some("420000".into()));
        assert_eq!(RegionCode::parse("420115").map(|c| c.prefecture().to_string()), Some("420100".into()));
        for bad in ["42011", "4201155", "42011x", "990000", "000000", ""] {
            assert_eq!(RegionCode::parse(bad), None, "{bad:?} is not a GB/T 2260 code");
        }
    }
}
