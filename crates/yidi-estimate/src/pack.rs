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

/// What kind of page a value rests on (the strongest of the pages that state it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The bureau's own page or text on a government host.
    Official,
    /// Official text reproduced verbatim on a non-government host.
    OfficialCopy,
    /// A hospital's page restating the bureau.
    Hospital,
    /// A third party written by people (local-information sites, news reposts, Q&A).
    ThirdParty,
    /// A machine-written third-party page: never enough on its own (validation refuses it).
    Machine,
    /// Kept from the first compilation; no public page stating it was found.
    Unsourced,
    /// Figures the user typed from their own bureau's notice or the hospital.
    User,
}

impl SourceKind {
    pub const ALL: [SourceKind; 7] = [
        SourceKind::Official,
        SourceKind::OfficialCopy,
        SourceKind::Hospital,
        SourceKind::ThirdParty,
        SourceKind::Machine,
        SourceKind::Unsourced,
        SourceKind::User,
    ];
    pub fn wire_name(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::OfficialCopy => "official_copy",
            SourceKind::Hospital => "hospital",
            SourceKind::ThirdParty => "third_party",
            SourceKind::Machine => "machine",
            SourceKind::Unsourced => "unsourced",
            SourceKind::User => "user",
        }
    }
}

/// Another published value for the same thing and period, from a source that disagrees: the
/// estimate is computed with it too and the result shown as a range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative<T> {
    pub value: T,
    /// Key into the pack's `sources`.
    pub source: String,
    pub kind: SourceKind,
    pub note: String,
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
    /// Further sources that state the same value (keys into `sources`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// The kind of the strongest page the value rests on.
    pub kind: SourceKind,
    pub verified_at: NaiveDate,
    /// True only when the figure was checked against the source document itself.
    pub verified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Values other sources give for the same period (a conflict not settled).
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative<T>>,
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
    /// Retired before this date (Shanghai: retired on or before 2000-12-31). A person whose
    /// retirement date is not known does not match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired_before: Option<NaiveDate>,
    /// Contribution tier (Shenzhen 一档 = 1, 二档 = 2; Chongqing residents' 一档/二档).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<u8>,
    /// Which stay of the year, inclusive (Xi'an: 1st, 2nd, 3rd stay amounts, none from the 4th).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_from: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_to: Option<u32>,
}

/// The person and hospital a row is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject {
    pub level: HospitalLevel,
    /// Residents have no work status.
    pub work_status: Option<WorkStatus>,
    pub age: u32,
    /// The retirement date when known.
    pub retired_on: Option<NaiveDate>,
    /// Contribution tier; 1 when the person did not say.
    pub tier: u8,
    /// 1 for the first stay of the insurance year.
    pub stay: u32,
}

impl When {
    pub fn matches(&self, s: &Subject) -> bool {
        self.levels.as_ref().is_none_or(|l| l.contains(&s.level))
            && self.work_status.is_none_or(|w| s.work_status == Some(w))
            && self.age_from.is_none_or(|a| s.age >= a)
            && self.age_to.is_none_or(|a| s.age <= a)
            && self.retired_before.is_none_or(|b| s.retired_on.is_some_and(|r| r < b))
            && self.tier.is_none_or(|t| s.tier == t)
            && self.stay_from.is_none_or(|a| s.stay >= a)
            && self.stay_to.is_none_or(|a| s.stay <= a)
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// What changes for people in hardship (特困供养, 低保, 返贫致贫): 国办发〔2021〕42号 halves the
    /// deductible, raises each ratio by 5 points and removes the cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardship: Option<Hardship>,
}

/// The critical-illness layer's terms for people in hardship.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hardship {
    /// The deductible is multiplied by this (0.5 = halved).
    pub deductible_factor: Decimal,
    /// Each segment's ratio is raised by this many percentage points (never above 100%).
    pub ratio_points: Decimal,
    /// True when the layer's cap does not apply.
    pub no_cap: bool,
}

/// Deductible, ratio and caps for one kind of care.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingRules {
    pub deductible: History<Deductible>,
    pub ratio: History<RatioTable>,
    /// Annual limit of the basic fund's payments for this kind of care; `null` when no source
    /// states it (the estimate then says the limit is unknown).
    pub basic_cap: History<Option<Money>>,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The patient pays this share of the covered cost first (先自理 20%), then the rest is
    /// settled by the ordinary rules.
    FirstShare {
        share: Decimal,
    },
}

impl Cut {
    /// The ratio after the cut.
    pub fn apply(&self, ratio: Decimal) -> Decimal {
        match self {
            Cut::None | Cut::FirstShare { .. } => ratio,
            Cut::Points { points } => (ratio - points / Decimal::ONE_HUNDRED).max(Decimal::ZERO),
            Cut::Multiplier { factor } => ratio * factor,
            Cut::NothingPaid => Decimal::ZERO,
        }
    }
}

/// Cross-province rules of the insured region. Long-term filings are never cut.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// How a stay across the insurance year is treated.
    #[serde(default)]
    pub cross_year_rule: CrossYearRule,
    /// The first day of the insurance year as "MM-DD" ("07-01" in Shanghai); 1 January when
    /// absent. Yearly deductibles and limits count within it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance_year_start: Option<YearStart>,
    pub sources: BTreeMap<String, Source>,
    pub settings: Settings,
    pub cross_province: History<Cuts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Month and day an insurance year starts, written "MM-DD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct YearStart {
    pub month: u32,
    pub day: u32,
}

impl TryFrom<String> for YearStart {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let (m, d) = s.split_once('-').ok_or_else(|| format!("{s:?} is not MM-DD"))?;
        let (month, day) = (m.parse::<u32>().map_err(|e| e.to_string())?, d.parse::<u32>().map_err(|e| e.to_string())?);
        // Day 29 of February would not exist every year; the 28th is the last start allowed.
        NaiveDate::from_ymd_opt(2025, month, day).ok_or_else(|| format!("{s:?} is not a day of the year"))?;
        Ok(YearStart { month, day })
    }
}

impl From<YearStart> for String {
    fn from(y: YearStart) -> String {
        format!("{:02}-{:02}", y.month, y.day)
    }
}

impl YearStart {
    pub const JANUARY_FIRST: YearStart = YearStart { month: 1, day: 1 };
    /// The first day of the insurance year `date` falls in.
    pub fn year_of(self, date: NaiveDate) -> NaiveDate {
        let this = NaiveDate::from_ymd_opt(date.year(), self.month, self.day).unwrap_or(date);
        if date >= this {
            this
        } else {
            NaiveDate::from_ymd_opt(date.year() - 1, self.month, self.day).unwrap_or(date)
        }
    }
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

    /// Counts of values by the kind of source they rest on.
    pub fn kind_counts(&self) -> BTreeMap<SourceKind, usize> {
        let mut counts = BTreeMap::new();
        self.visit_meta(&mut |_, m| *counts.entry(m.kind).or_insert(0) += 1);
        counts
    }

    /// Every (path, meta) of the pack's values, for tools and tests.
    pub fn each_value(&self, f: &mut dyn FnMut(String, MetaRef<'_>)) {
        self.visit_meta(f);
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
            if let Some(key) = std::iter::once(m.source)
                .chain(m.also.iter().map(String::as_str))
                .find(|k| !self.sources.contains_key(*k))
            {
                problem = Some((format!("{path}.source"), format!("no source {key:?} in sources")));
            } else if m.kind == SourceKind::Machine {
                problem = Some((
                    format!("{path}.kind"),
                    "a machine-written page never stands alone: name the value's stronger source, or leave it out".into(),
                ));
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
            alternatives_ok(&format!("{p}.deductible"), &r.deductible, &self.sources)?;
            alternatives_ok(&format!("{p}.ratio"), &r.ratio, &self.sources)?;
            alternatives_ok(&format!("{p}.basic_cap"), &r.basic_cap, &self.sources)?;
            alternatives_ok(&format!("{p}.top_up"), &r.top_up, &self.sources)?;
            alternatives_ok(&format!("{p}.critical_illness"), &r.critical_illness, &self.sources)?;
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
                if let Some(h) = &d.value.hardship {
                    share_ok(&format!("{p}.critical_illness[{i}].value.hardship.deductible_factor"), h.deductible_factor)?;
                }
                segments_ok(&format!("{p}.critical_illness[{i}].value.segments"), &d.value.segments)?;
            }
        }
        no_overlap("cross_province", &self.cross_province)?;
        alternatives_ok("cross_province", &self.cross_province, &self.sources)?;
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
                    Cut::FirstShare { share } => share_ok(&path, *share)?,
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
    pub also: &'a [String],
    pub kind: SourceKind,
    pub verified_at: NaiveDate,
    pub verified: bool,
    pub note: Option<&'a str>,
    /// (source key, kind) of each alternative value.
    pub alternatives: usize,
}

impl<'a> MetaRef<'a> {
    pub fn of<T>(d: &'a Dated<T>) -> Self {
        MetaRef {
            effective_from: d.effective_from,
            effective_to: d.effective_to,
            source: &d.source,
            also: &d.also,
            kind: d.kind,
            verified_at: d.verified_at,
            verified: d.verified,
            note: d.note.as_deref(),
            alternatives: d.alternatives.len(),
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

fn alternatives_ok<T>(
    path: &str,
    history: &[Dated<T>],
    sources: &BTreeMap<String, Source>,
) -> Result<(), (String, String)> {
    for (i, d) in history.iter().enumerate() {
        for (j, a) in d.alternatives.iter().enumerate() {
            let at = format!("{path}[{i}].alternatives[{j}]");
            if !sources.contains_key(&a.source) {
                return Err((format!("{at}.source"), format!("no source {:?} in sources", a.source)));
            }
            if a.kind == SourceKind::Machine {
                return Err((format!("{at}.kind"), "a machine-written page never stands alone".into()));
            }
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
