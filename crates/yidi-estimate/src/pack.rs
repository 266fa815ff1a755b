//! Policy packs: one insured pooling region and one scheme, as dated, sourced data.
//!
//! The format is JSON read with serde, `deny_unknown_fields` on every object, so a misspelt or
//! misplaced key is an error and never a silently ignored rule. Every value that decides money is
//! a [`History`]: a list of [`Dated`] versions, each with `effective_from` (and optional
//! `effective_to`), the key of its source in the pack's `sources`, `verified_at`, a `verified`
//! flag and an optional note. The estimator takes the version in force on the date that decides;
//! a date no version covers is an error, never a fall-back to the nearest version.
//!
//! Shapes this format expresses (each one occurs in a real policy):
//! - deductible: fixed by hospital level / work status / age band ([`DeductibleBase::Fixed`]),
//!   a share of the stay's total with floor and ceiling ([`DeductibleBase::PercentOfStay`]),
//!   none; lower for the 2nd and later stays of the year (`nth_stay_factors`, e.g. `[1, 0.5, 0]`
//!   for full / half / none from the 3rd); counted once a year cumulatively
//!   ([`DeductibleBasis::PerYear`]); charged again every N days of one stay
//!   (`recharge_every_days`);
//! - ratio: rows chosen by hospital level x work status x age band, each a list of segments of
//!   cumulative covered cost in the year, the bounds counted with or without the deductible
//!   (`bounds_include_deductible`);
//! - a basic fund cap; a top-up layer above it ([`TopUp`]); a critical-illness layer
//!   ([`CriticalIllness`]) with its own deductible and segments;
//! - cuts for temporary categories and for not filing, in points or as a multiplier, or nothing
//!   paid ([`Cut`]), and the rule for non-networked hospitals;
//! - inpatient, general outpatient and outpatient chronic/special-disease care ([`Settings`]).
//!
//! The destination side (乙类 first self-pay share) is in [`crate::destination`].

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use yidi_domain::{Money, RegionCode, Scheme, WorkStatus};

/// The format version this code reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's title as published.
    pub title: String,
    /// Its document number (文号), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Where it is published.
    pub url: String,
}

/// One version of a value, with its period and provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dated<T> {
    pub value: T,
    pub effective_from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<NaiveDate>,
    /// Key into the pack's `sources`.
    pub source: String,
    pub verified_at: NaiveDate,
    /// True only when the figure was checked against the source document itself.
    pub verified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl<T> Dated<T> {
    pub fn covers(&self, date: NaiveDate) -> bool {
        date >= self.effective_from && self.effective_to.is_none_or(|to| date <= to)
    }
}

/// Every version a value has had, oldest first, periods not overlapping.
pub type History<T> = Vec<Dated<T>>;

/// The version in force on `date`, if any.
pub fn in_force<T>(history: &[Dated<T>], date: NaiveDate) -> Option<&Dated<T>> {
    history.iter().find(|d| d.covers(date))
}

/// 医院等级.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HospitalLevel {
    /// 社区卫生服务中心 and similar primary institutions.
    Community,
    Level1,
    Level2,
    Level3,
}

impl HospitalLevel {
    pub const ALL: [HospitalLevel; 4] =
        [HospitalLevel::Community, HospitalLevel::Level1, HospitalLevel::Level2, HospitalLevel::Level3];
    pub fn wire_name(self) -> &'static str {
        match self {
            HospitalLevel::Community => "community",
            HospitalLevel::Level1 => "level1",
            HospitalLevel::Level2 => "level2",
            HospitalLevel::Level3 => "level3",
        }
    }
}

/// Which care a rule set is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    Inpatient,
    /// 普通门诊 (门诊统筹).
    OutpatientGeneral,
    /// 门诊慢特病.
    OutpatientChronic,
}

impl Setting {
    pub const ALL: [Setting; 3] = [Setting::Inpatient, Setting::OutpatientGeneral, Setting::OutpatientChronic];
    pub fn wire_name(self) -> &'static str {
        match self {
            Setting::Inpatient => "inpatient",
            Setting::OutpatientGeneral => "outpatient_general",
            Setting::OutpatientChronic => "outpatient_chronic",
        }
    }
}

/// Who a row applies to; an absent condition matches everyone. Ages are inclusive, in whole
/// years on the date that decides.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<Vec<HospitalLevel>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_status: Option<WorkStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_from: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_to: Option<u32>,
}

/// The person and hospital a row is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject {
    pub level: HospitalLevel,
    /// Residents have no work status.
    pub work_status: Option<WorkStatus>,
    pub age: u32,
}

impl When {
    pub fn matches(&self, s: &Subject) -> bool {
        self.levels.as_ref().is_none_or(|l| l.contains(&s.level))
            && self.work_status.is_none_or(|w| s.work_status == Some(w))
            && self.age_from.is_none_or(|a| s.age >= a)
            && self.age_to.is_none_or(|a| s.age <= a)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountRow {
    #[serde(default)]
    pub when: When,
    pub amount: Money,
}

/// How the deductible's amount is found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DeductibleBase {
    /// A fixed amount; the first row matching the person and hospital applies.
    Fixed { rows: Vec<AmountRow> },
    /// A share of the stay's total cost, kept between floor and ceiling.
    PercentOfStay { share: Decimal, floor: Money, ceiling: Money },
    /// No deductible.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeductibleBasis {
    /// Charged for each stay (visit), scaled by the stay's number in the year.
    PerStay,
    /// Counted once a year cumulatively: what was already paid this year is subtracted.
    PerYear,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deductible {
    pub base: DeductibleBase,
    pub basis: DeductibleBasis,
    /// Factor for the 1st, 2nd, ... stay of the year; the last repeats. `[1, 0.5]` halves from the
    /// 2nd stay, `[1, 0.5, 0]` also drops it from the 3rd. Per-stay basis only.
    #[serde(default = "one_factor")]
    pub nth_stay_factors: Vec<Decimal>,
    /// Charged again for every further N days (or part) of one continuous stay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recharge_every_days: Option<u32>,
}

fn one_factor() -> Vec<Decimal> {
    vec![Decimal::ONE]
}

/// A band of cumulative cost: up to `up_to` (exclusive of nothing: the band ends there), paid at
/// `ratio`. The last segment has no `up_to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Money>,
    pub ratio: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatioRow {
    #[serde(default)]
    pub when: When,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatioTable {
    /// True when the region's document counts segment bounds on cumulative covered cost
    /// including the deductible ("起付线至3万元"); false when on the cost above it.
    pub bounds_include_deductible: bool,
    pub rows: Vec<RatioRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareRow {
    #[serde(default)]
    pub when: When,
    pub ratio: Decimal,
}

/// 大额医疗互助 / 附加基金: pays a share of covered cost above the basic cap, up to its own cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopUp {
    pub rows: Vec<ShareRow>,
    /// Annual limit of this layer's payments; none when unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Money>,
}

/// 大病保险: pays segments of the person's own covered burden in the year above its deductible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticalIllness {
    pub deductible: Money,
    pub bounds_include_deductible: bool,
    pub segments: Vec<Segment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Money>,
}

/// Deductible, ratio and caps for one kind of care.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingRules {
    pub deductible: History<Deductible>,
    pub ratio: History<RatioTable>,
    /// Annual limit of the basic fund's payments for this kind of care.
    pub basic_cap: History<Money>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top_up: History<TopUp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub critical_illness: History<CriticalIllness>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub inpatient: SettingRules,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outpatient_general: Option<SettingRules>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outpatient_chronic: Option<SettingRules>,
}

impl Settings {
    pub fn get(&self, setting: Setting) -> Option<&SettingRules> {
        match setting {
            Setting::Inpatient => Some(&self.inpatient),
            Setting::OutpatientGeneral => self.outpatient_general.as_ref(),
            Setting::OutpatientChronic => self.outpatient_chronic.as_ref(),
        }
    }
}

/// What a category, not filing, or a non-networked hospital does to the ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Cut {
    None,
    /// The ratio is lowered by this many percentage points (never below zero).
    Points {
        points: Decimal,
    },
    /// The ratio is multiplied by this factor (e.g. 0.8).
    Multiplier {
        factor: Decimal,
    },
    /// The fund pays nothing.
    NothingPaid,
}

impl Cut {
    /// The ratio after the cut.
    pub fn apply(&self, ratio: Decimal) -> Decimal {
        match self {
            Cut::None => ratio,
            Cut::Points { points } => (ratio - points / Decimal::ONE_HUNDRED).max(Decimal::ZERO),
            Cut::Multiplier { factor } => ratio * factor,
            Cut::NothingPaid => Decimal::ZERO,
        }
    }
}

/// Cross-province rules of the insured region. Long-term filings are never cut.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cuts {
    pub referral: Cut,
    pub emergency: Cut,
    pub other_temporary: Cut,
    /// Care without a filing, claimed manually at home.
    pub not_filed: Cut,
    /// A designated hospital not in the cross-province network (manual claim at home).
    pub non_networked: Cut,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrossYearRule {
    /// A stay across the insurance year follows the values in force on the discharge date.
    #[default]
    Discharge,
    Admission,
}

/// One insured pooling region and scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyPack {
    pub schema: u32,
    pub pack_id: String,
    /// The pooling region's division code (a municipality's province code, else the prefecture's).
    pub region: RegionCode,
    /// For maintainers reading the file; the app names regions from the division table.
    pub region_name: String,
    pub scheme: Scheme,
    /// Insurance year: calendar year in every shipped pack; this says how a stay across it is
    /// treated.
    #[serde(default)]
    pub cross_year_rule: CrossYearRule,
    pub sources: BTreeMap<String, Source>,
    pub settings: Settings,
    pub cross_province: History<Cuts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A pack that does not read or does not hold together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("{file}: not a valid policy pack: {detail}")]
    Parse { file: String, detail: String },
    #[error("{file}: {path}: {detail}")]
    Invalid { file: String, path: String, detail: String },
}

impl PolicyPack {
    /// Reads and checks a pack; `file` names it in errors.
    pub fn from_json(file: &str, text: &str) -> Result<PolicyPack, PackError> {
        let pack: PolicyPack =
            serde_json::from_str(text).map_err(|e| PackError::Parse { file: file.into(), detail: e.to_string() })?;
        pack.validate().map_err(|(path, detail)| PackError::Invalid { file: file.into(), path, detail })?;
        Ok(pack)
    }

    /// True when every value in the pack is marked verified.
    pub fn fully_verified(&self) -> bool {
        let mut all = true;
        self.visit_meta(&mut |_, m| all &= m.verified);
        all
    }

    /// Counts of (verified, unverified) values.
    pub fn verification_counts(&self) -> (usize, usize) {
        let (mut yes, mut no) = (0, 0);
        self.visit_meta(&mut |_, m| if m.verified { yes += 1 } else { no += 1 });
        (yes, no)
    }

    fn visit_meta(&self, f: &mut dyn FnMut(String, MetaRef<'_>)) {
        fn each<T>(path: &str, h: &[Dated<T>], f: &mut dyn FnMut(String, MetaRef<'_>)) {
            for (i, d) in h.iter().enumerate() {
                f(format!("{path}[{i}]"), MetaRef::of(d));
            }
        }
        for setting in Setting::ALL {
            if let Some(r) = self.settings.get(setting) {
                let p = format!("settings.{}", setting.wire_name());
                each(&format!("{p}.deductible"), &r.deductible, f);
                each(&format!("{p}.ratio"), &r.ratio, f);
                each(&format!("{p}.basic_cap"), &r.basic_cap, f);
                each(&format!("{p}.top_up"), &r.top_up, f);
                each(&format!("{p}.critical_illness"), &r.critical_illness, f);
            }
        }
        each("cross_province", &self.cross_province, f);
    }

    /// Checks what serde cannot: known sources, sane periods, ratios within 0..=1, ascending
    /// segments, non-empty tables.
    fn validate(&self) -> Result<(), (String, String)> {
        if self.schema != SCHEMA_VERSION {
            return Err(("schema".into(), format!("this program reads schema {SCHEMA_VERSION}")));
        }
        let mut problem: Option<(String, String)> = None;
        self.visit_meta(&mut |path, m| {
            if problem.is_some() {
                return;
            }
            if !self.sources.contains_key(m.source) {
                problem = Some((format!("{path}.source"), format!("no source {:?} in sources", m.source)));
            } else if m.effective_to.is_some_and(|to| to < m.effective_from) {
                problem = Some((format!("{path}.effective_to"), "ends before it starts".into()));
            }
        });
        if let Some(p) = problem {
            return Err(p);
        }
        for setting in Setting::ALL {
            let Some(r) = self.settings.get(setting) else { continue };
            let p = format!("settings.{}", setting.wire_name());
            no_overlap(&format!("{p}.deductible"), &r.deductible)?;
            no_overlap(&format!("{p}.ratio"), &r.ratio)?;
            no_overlap(&format!("{p}.basic_cap"), &r.basic_cap)?;
            no_overlap(&format!("{p}.top_up"), &r.top_up)?;
            no_overlap(&format!("{p}.critical_illness"), &r.critical_illness)?;
            for (i, d) in r.deductible.iter().enumerate() {
                let path = format!("{p}.deductible[{i}].value");
                match &d.value.base {
                    DeductibleBase::Fixed { rows } if rows.is_empty() => return Err((path, "no rows".into())),
                    DeductibleBase::PercentOfStay { share, floor, ceiling } => {
                        share_ok(&path, *share)?;
                        if floor > ceiling {
                            return Err((path, "floor above ceiling".into()));
                        }
                    }
                    _ => {}
                }
                if d.value.nth_stay_factors.is_empty() {
                    return Err((path, "nth_stay_factors is empty".into()));
                }
                for f in &d.value.nth_stay_factors {
                    share_ok(&path, *f)?;
                }
                if d.value.recharge_every_days == Some(0) {
                    return Err((path, "recharge_every_days must be at least 1".into()));
                }
            }
            for (i, d) in r.ratio.iter().enumerate() {
                let path = format!("{p}.ratio[{i}].value");
                if d.value.rows.is_empty() {
                    return Err((path, "no rows".into()));
                }
                for (j, row) in d.value.rows.iter().enumerate() {
                    segments_ok(&format!("{path}.rows[{j}].segments"), &row.segments)?;
                }
            }
            for (i, d) in r.top_up.iter().enumerate() {
                let path = format!("{p}.top_up[{i}].value");
                if d.value.rows.is_empty() {
                    return Err((path, "no rows".into()));
                }
                for row in &d.value.rows {
                    share_ok(&path, row.ratio)?;
                }
            }
            for (i, d) in r.critical_illness.iter().enumerate() {
                segments_ok(&format!("{p}.critical_illness[{i}].value.segments"), &d.value.segments)?;
            }
        }
        no_overlap("cross_province", &self.cross_province)?;
        for (i, d) in self.cross_province.iter().enumerate() {
            let c = &d.value;
            for (name, cut) in [
                ("referral", &c.referral),
                ("emergency", &c.emergency),
                ("other_temporary", &c.other_temporary),
                ("not_filed", &c.not_filed),
                ("non_networked", &c.non_networked),
            ] {
                let path = format!("cross_province[{i}].value.{name}");
                match cut {
                    Cut::Points { points } if *points < Decimal::ZERO || *points > Decimal::ONE_HUNDRED => {
                        return Err((path, "points must be within 0..=100".into()))
                    }
                    Cut::Multiplier { factor } => share_ok(&path, *factor)?,
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

/// Provenance of one value, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct MetaRef<'a> {
    pub effective_from: NaiveDate,
    pub effective_to: Option<NaiveDate>,
    pub source: &'a str,
    pub verified_at: NaiveDate,
    pub verified: bool,
    pub note: Option<&'a str>,
}

impl<'a> MetaRef<'a> {
    pub fn of<T>(d: &'a Dated<T>) -> Self {
        MetaRef {
            effective_from: d.effective_from,
            effective_to: d.effective_to,
            source: &d.source,
            verified_at: d.verified_at,
            verified: d.verified,
            note: d.note.as_deref(),
        }
    }
}

fn share_ok(path: &str, share: Decimal) -> Result<(), (String, String)> {
    if share < Decimal::ZERO || share > Decimal::ONE {
        return Err((path.into(), format!("{share} is not a share within 0..=1")));
    }
    Ok(())
}

fn segments_ok(path: &str, segments: &[Segment]) -> Result<(), (String, String)> {
    let Some(last) = segments.last() else { return Err((path.into(), "no segments".into())) };
    if last.up_to.is_some() {
        return Err((path.into(), "the last segment must be open-ended (no up_to)".into()));
    }
    let mut previous = Money::ZERO;
    for (i, s) in segments.iter().enumerate() {
        share_ok(&format!("{path}[{i}].ratio"), s.ratio)?;
        if let Some(up) = s.up_to {
            if up <= previous {
                return Err((format!("{path}[{i}].up_to"), "bounds must rise".into()));
            }
            previous = up;
        } else if i + 1 != segments.len() {
            return Err((format!("{path}[{i}].up_to"), "only the last segment may be open-ended".into()));
        }
    }
    Ok(())
}

fn no_overlap<T>(path: &str, history: &[Dated<T>]) -> Result<(), (String, String)> {
    for (i, pair) in history.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        match a.effective_to {
            Some(to) if to < b.effective_from => {}
            _ => {
                return Err((
                    format!("{path}[{}]", i + 1),
                    "overlaps the version before it (or is out of order)".into(),
                ))
            }
        }
    }
    Ok(())
}

/// Whole years of age on `date` for someone born on `birth`; used by tests and callers that
/// know a birth date.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> u32 {
    let mut years = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0).unsigned_abs()
}
