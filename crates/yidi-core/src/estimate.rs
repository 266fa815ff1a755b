//! Out-of-pocket estimate: what the patient and the funds pay for one bill, line by line, with
//! every parameter's source and date, the same bill under each filing option, and a
//! low/typical/high band when only the total is known.
//!
//! The request is camelCase JSON (see [`EstimateRequest`] and docs/estimate.md), read with
//! [`yidi_domain::input::Object`] so every bad value is an error naming its field. The answer,
//! [`EstimateView`], has every user-facing string already in the requested language.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use yidi_domain::{
    divisions,
    i18n::{self, Args},
    input::Object,
    FieldError, FilingCategory, Labelled, Lang, Money, Scheme, WireNames, WorkStatus,
};
use yidi_estimate::{
    band, compare, estimate as run_estimate, pack::Cut, BandPoint, Bill, Case, Estimate, EstimateError, Filing,
    Hospital, HospitalLevel, Layer, Library, LineKind, NothingReason, ParamKind, ParamValue, Policy, PolicyPack,
    Setting, SourceKind, Warning, YearToDate,
};

use crate::ApiError;

/// The request as a typed struct, for callers that build it in code (the UI sends the same shape
/// as JSON). Amounts are text, as people type them ("12,345.60" and "¥88" are accepted).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EstimateRequest {
    pub insured_region: String,
    pub scheme: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_status: Option<String>,
    pub age: u32,
    pub filing: String,
    pub destination: String,
    pub hospital: HospitalRequest,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
    pub admission_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discharge_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_of_year: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_to_date: Option<YearToDateRequest>,
    pub bill: BillRequest,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retirement_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardship: Option<bool>,
    /// The person's own figures, for a region without a pack (or to use instead of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_policy: Option<OwnPolicyRequest>,
}

/// Figures the person read in their bureau's notice or at the hospital. Amounts in yuan,
/// ratios and shares in percent ("85" or "85%").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnPolicyRequest {
    pub deductible: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_level3: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_level2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_level1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_community: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_first_share: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HospitalRequest {
    pub level: String,
    /// "yes", "no" or "unknown" (a legacy `true`/`false` is still read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networked: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YearToDateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covered_cost: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deductible_paid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fund_paid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_up_paid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical_illness_base: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical_illness_paid: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillRequest {
    pub total: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_covered: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_b: Option<String>,
}

impl EstimateRequest {
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// One line of the calculation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineView {
    /// Stable: `not_covered`, `class_b_first`, `deductible`, `basic_segment`, `top_up`,
    /// `critical_illness_segment`, `critical_illness_deductible`, `over_cap`, `nothing_paid`.
    pub key: String,
    pub label: String,
    /// How the figure was reached, in words and numbers.
    pub detail: String,
    pub base: Money,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<String>,
    pub fund: Money,
    /// Negative on a critical-illness line: that layer takes this off the patient's share.
    pub patient: Money,
    pub cap_reached: bool,
}

/// A value the estimate used, where it comes from and when it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParamView {
    pub key: String,
    pub label: String,
    pub value: String,
    pub effective_from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<String>,
    pub source_title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_number: Option<String>,
    pub source_url: String,
    pub verified_at: String,
    pub verified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `official`, `official_copy`, `hospital`, `third_party`, `unsourced`, `user`.
    pub source_kind: String,
    pub source_kind_label: String,
    /// Further pages stating the same value: "title url".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// How many published values conflict with this one (see `range`).
    pub alternatives: usize,
}

/// The spread of the patient's share over the published values that conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RangeView {
    pub low: Money,
    pub high: Money,
    /// The patient's share on the pack's own values (the lines and cards use them).
    pub published: Money,
    pub deciding: Vec<DecidingView>,
    pub text: String,
}

/// One alternative value and what the patient would pay with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DecidingView {
    pub key: String,
    pub label: String,
    pub patient: Money,
    pub fund: Money,
    pub note: String,
}

/// The bill at 1, 3, 5 and 10 万 (typical shares).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhatIfView {
    pub total: Money,
    pub fund: Money,
    pub patient: Money,
}

/// Both outcomes when the hospital's network status is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkOutcomesView {
    /// Networked: settled at the desk, the patient pays this.
    pub networked_patient: Money,
    pub networked_fund: Money,
    /// Not networked: the whole bill is paid first, then this is claimed back at home.
    pub pay_first: Money,
    pub claim_back: Money,
    pub not_networked_patient: Money,
    pub networked_text: String,
    pub not_networked_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeView {
    /// Stable: `unverified`, `destination_share_unknown`, `cross_year`, `manual_claim`,
    /// `recharge_needs_discharge`, `assumed_shares`.
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryView {
    pub total: Money,
    pub covered: Money,
    pub basic_fund: Money,
    pub top_up: Money,
    pub critical_illness: Money,
    pub fund: Money,
    pub patient: Money,
    pub text: String,
    /// The headline bar's text alternative: who pays how much of the bill, with shares.
    pub split_text: String,
    /// The fund's share of the bill in whole percent (for the bar's width).
    pub fund_percent: u32,
}

/// The same bill under one filing option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionView {
    pub filing: String,
    pub label: String,
    pub current: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fund: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient: Option<Money>,
    /// What the patient pays beyond the long-term filing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_vs_long_term: Option<Money>,
    pub direct_settlement: bool,
    /// "yes", "no", or "unknown" (when the hospital's network status is unknown).
    pub direct_settlement_status: String,
    /// True when the person's own category is another (the card is for comparison only).
    pub for_comparison: bool,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BandView {
    /// `low`, `typical`, `high`.
    pub point: String,
    pub label: String,
    pub not_covered_share: String,
    pub class_b_share: String,
    pub fund: Money,
    pub patient: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackView {
    pub pack_id: String,
    pub region: String,
    pub region_name: String,
    pub scheme: Scheme,
    pub scheme_label: String,
    /// True only when every value in the pack is verified against its source.
    pub verified: bool,
    pub unverified_values: usize,
    /// The person's own figures, not a shipped pack.
    pub own_figures: bool,
    /// Shown beside the figures: "your figures" or the pack's name.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EstimateView {
    /// The hospital's network status as asked: "yes", "no", "unknown".
    pub network: String,
    /// On "unknown": both outcomes, side by side.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_outcomes: Option<NetworkOutcomesView>,
    /// Where published values conflict: the range of the patient's share and what decides it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<RangeView>,
    pub what_if: Vec<WhatIfView>,
    pub pack: PackView,
    pub setting: String,
    pub setting_label: String,
    pub filing: String,
    pub filing_label: String,
    pub date_used: String,
    /// The data's date: the oldest `verified_at` among the values used (the day the least
    /// recently checked figure was last compared with its source), for the screen and the print.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_checked_on: Option<String>,
    pub only_total: bool,
    pub summary: SummaryView,
    pub lines: Vec<LineView>,
    pub parameters: Vec<ParamView>,
    pub warnings: Vec<NoticeView>,
    pub comparison: Vec<OptionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<Vec<BandView>>,
    pub disclaimer: String,
}

const TOP_KEYS: &[&str] = &[
    "retirementDate",
    "tier",
    "hardship",
    "ownPolicy",
    "insuredRegion",
    "scheme",
    "workStatus",
    "age",
    "filing",
    "destination",
    "hospital",
    "setting",
    "admissionDate",
    "dischargeDate",
    "stayOfYear",
    "yearToDate",
    "bill",
];

fn choice_of(field: &str, value: &str, allowed: &[&str]) -> Result<usize, FieldError> {
    allowed.iter().position(|a| *a == value).ok_or_else(|| FieldError::not_one_of(field, value, allowed))
}

fn object<'a>(parent: &Object<'a>, key: &str, path: &'a str) -> Result<Option<Object<'a>>, FieldError> {
    parent.opt_value(key).map(|v| Object::new(path, v)).transpose()
}

/// Reads and checks a request. `bill.total` is required; `bill.notCovered` and `bill.classB` are
/// both optional: with neither, the estimate is a band on assumed shares.
pub fn parse_request(value: &Value) -> Result<Parsed, FieldError> {
    let o = Object::new("", value)?;
    o.deny_unknown(TOP_KEYS)?;
    let insured = o.region("insuredRegion")?;
    let insured_pool = divisions().pooling_region(insured.code).map(|d| d.code).unwrap_or(insured.code);
    let scheme: Scheme = o.choice("scheme")?;
    let work_status: Option<WorkStatus> = o.opt_choice("workStatus")?;
    if scheme == Scheme::Employee && work_status.is_none() {
        return Err(FieldError::missing("workStatus"));
    }
    let age = u32::try_from(o.int("age", 0, 130)?).unwrap_or(0);
    let filing_text = o.str("filing")?;
    let mut allowed: Vec<&str> = FilingCategory::ALL.iter().map(|c| c.wire_name()).collect();
    allowed.push("not_filed");
    let filing = match choice_of("filing", filing_text, &allowed)? {
        i if i < FilingCategory::ALL.len() => Filing::Filed(FilingCategory::ALL[i]),
        _ => Filing::NotFiled,
    };
    let destination = o.region("destination")?;
    let destination_pool = divisions().pooling_region(destination.code).map(|d| d.code).unwrap_or(destination.code);

    let h = object(&o, "hospital", "hospital")?.ok_or_else(|| FieldError::missing("hospital"))?;
    h.deny_unknown(&["level", "networked", "designated"])?;
    let levels: Vec<&str> = HospitalLevel::ALL.iter().map(|l| l.wire_name()).collect();
    let level = HospitalLevel::ALL[choice_of("hospital.level", h.str("level")?, &levels)?];
    let network = match h.get("networked") {
        None | Some(Value::Null) => Network::Yes,
        Some(Value::Bool(true)) => Network::Yes,
        Some(Value::Bool(false)) => Network::No,
        Some(Value::String(s)) => match s.as_str() {
            "yes" => Network::Yes,
            "no" => Network::No,
            "unknown" => Network::Unknown,
            other => return Err(FieldError::not_one_of("hospital.networked", other, &["yes", "no", "unknown"])),
        },
        Some(_) => return Err(FieldError::wrong_type("hospital.networked", "yes/no/unknown")),
    };
    let hospital = Hospital {
        level,
        // An unknown status is estimated both ways; the case itself is the networked outcome.
        networked: network != Network::No,
        designated: h.opt_bool("designated")?.unwrap_or(true),
    };

    let setting = match o.opt_str("setting")? {
        None => Setting::Inpatient,
        Some(s) => {
            let names: Vec<&str> = Setting::ALL.iter().map(|s| s.wire_name()).collect();
            Setting::ALL[choice_of("setting", s, &names)?]
        }
    };
    let admission = o.date("admissionDate")?;
    let discharge = o.opt_date("dischargeDate")?;
    if let Some(out) = discharge {
        if out < admission {
            return Err(FieldError::custom(
                "dischargeDate",
                "est-err-discharge-before-admission",
                vec![("value", out.to_string()), ("admission", admission.to_string())],
            ));
        }
    }
    let stay_of_year = u32::try_from(o.opt_int("stayOfYear", 1, 366)?.unwrap_or(1)).unwrap_or(1);

    let mut year_to_date = YearToDate::default();
    if let Some(y) = object(&o, "yearToDate", "yearToDate")? {
        y.deny_unknown(&[
            "coveredCost",
            "deductiblePaid",
            "fundPaid",
            "topUpPaid",
            "criticalIllnessBase",
            "criticalIllnessPaid",
        ])?;
        let get = |k: &str| y.opt_money(k).map(|m| m.unwrap_or(Money::ZERO));
        year_to_date = YearToDate {
            covered_cost: get("coveredCost")?,
            deductible_paid: get("deductiblePaid")?,
            fund_paid: get("fundPaid")?,
            top_up_paid: get("topUpPaid")?,
            critical_illness_base: get("criticalIllnessBase")?,
            critical_illness_paid: get("criticalIllnessPaid")?,
        };
    }

    let b = object(&o, "bill", "bill")?.ok_or_else(|| FieldError::missing("bill"))?;
    b.deny_unknown(&["total", "notCovered", "classB"])?;
    let total = b.money("total")?;
    let not_covered = b.opt_money("notCovered")?;
    let class_b = b.opt_money("classB")?;
    let (nc, cb) = match (not_covered, class_b) {
        (None, None) => (None, None),
        (nc, cb) => (Some(nc.unwrap_or(Money::ZERO)), Some(cb.unwrap_or(Money::ZERO))),
    };
    if let (Some(nc), Some(cb)) = (nc, cb) {
        if nc + cb > total {
            let field = if nc > total { "bill.notCovered" } else { "bill.classB" };
            return Err(FieldError::custom(
                field,
                "est-err-parts-exceed-total",
                vec![("total", total.to_string()), ("parts", (nc + cb).to_string())],
            ));
        }
    }

    let retired_on = o.opt_date("retirementDate")?;
    let tier = o.opt_int("tier", 1, 2)?.and_then(|t| u8::try_from(t).ok());
    let hardship = o.opt_bool("hardship")?.unwrap_or(false);
    let own = match object(&o, "ownPolicy", "ownPolicy")? {
        Some(own) => Some(parse_own(&own, level)?),
        None => None,
    };

    let case = Case {
        insured_pool,
        scheme,
        work_status: if scheme == Scheme::Employee { work_status } else { None },
        age,
        filing,
        destination_pool,
        hospital,
        setting,
        admission,
        discharge,
        stay_of_year,
        year_to_date,
        bill: Bill { total, not_covered: nc, class_b: cb },
        retired_on: if work_status == Some(WorkStatus::Retired) { retired_on } else { None },
        tier,
        hardship,
    };
    Ok(Parsed { case, network, own })
}

/// A case with what the engine's case does not hold: the three-state network status and the
/// person's own figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub case: Case,
    pub network: Network,
    pub own: Option<OwnFigures>,
}

/// Network status of the hospital for cross-province direct settlement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    Yes,
    No,
    Unknown,
}

impl Network {
    pub fn wire_name(self) -> &'static str {
        match self {
            Network::Yes => "yes",
            Network::No => "no",
            Network::Unknown => "unknown",
        }
    }
}

/// The person's own figures, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnFigures {
    pub deductible: Money,
    /// Ratio by level, as shares (0.85).
    pub ratios: Vec<(HospitalLevel, Decimal)>,
    pub annual_limit: Option<Money>,
    pub temporary_first_share: Option<Decimal>,
    pub source: Option<String>,
}

fn percent(o: &Object<'_>, key: &str) -> Result<Option<Decimal>, FieldError> {
    let path = o.path(key);
    let text = match o.get(key) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
        Some(Value::String(s)) => s.trim().trim_end_matches(['%', '％']).trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(FieldError::wrong_type(path, "number")),
    };
    let value: Decimal = text.parse().map_err(|_| FieldError::not_a_number(path.clone(), &text))?;
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
        return Err(FieldError::out_of_range(path, &text, "0", "100"));
    }
    Ok(Some(value / Decimal::ONE_HUNDRED))
}

fn parse_own(o: &Object<'_>, level: HospitalLevel) -> Result<OwnFigures, FieldError> {
    o.deny_unknown(&[
        "deductible",
        "ratioLevel3",
        "ratioLevel2",
        "ratioLevel1",
        "ratioCommunity",
        "annualLimit",
        "temporaryFirstShare",
        "source",
    ])?;
    let deductible = o.money("deductible")?;
    let mut ratios = Vec::new();
    for (key, l) in [
        ("ratioLevel3", HospitalLevel::Level3),
        ("ratioLevel2", HospitalLevel::Level2),
        ("ratioLevel1", HospitalLevel::Level1),
        ("ratioCommunity", HospitalLevel::Community),
    ] {
        match percent(o, key)? {
            Some(r) => ratios.push((l, r)),
            None if l == level => return Err(FieldError::missing(o.path(key))),
            None => {}
        }
    }
    Ok(OwnFigures {
        deductible,
        ratios,
        annual_limit: o.opt_money("annualLimit")?,
        temporary_first_share: percent(o, "temporaryFirstShare")?,
        source: o.opt_str("source")?.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string),
    })
}

impl OwnFigures {
    /// A pack holding these figures for the case's region and scheme, run through the same engine.
    pub fn pack(&self, case: &Case) -> Result<PolicyPack, yidi_estimate::PackError> {
        use serde_json::json;
        let dated = |value: Value| {
            json!([{ "value": value, "effective_from": "1900-01-01", "source": "own", "kind": "user",
                     "verified_at": case.admission.to_string(), "verified": false,
                     "note": "Typed by the user from their bureau's notice or the hospital." }])
        };
        let rows: Vec<Value> = self
            .ratios
            .iter()
            .map(|(l, r)| json!({ "when": { "levels": [l.wire_name()] }, "segments": [ { "ratio": r.to_string() } ] }))
            .collect();
        let cut = match self.temporary_first_share {
            Some(s) if !s.is_zero() => json!({ "kind": "first_share", "share": s.to_string() }),
            _ => json!({ "kind": "none" }),
        };
        let doc = json!({
            "schema": 1, "pack_id": "own-figures", "region": case.insured_pool.to_string(),
            "region_name": case.insured_pool.to_string(),
            "scheme": match case.scheme { Scheme::Employee => "employee", Scheme::Resident => "resident" },
            "sources": { "own": { "title": self.source.clone().unwrap_or_default(), "url": "" } },
            "settings": { "inpatient": {
                "deductible": dated(json!({ "base": { "kind": "fixed", "rows": [ { "amount": self.deductible.to_string() } ] },
                                            "basis": "per_stay" })),
                "ratio": dated(json!({ "bounds_include_deductible": false, "rows": rows })),
                "basic_cap": dated(self.annual_limit.map(|m| json!(m.to_string())).unwrap_or(Value::Null)),
            } },
            "cross_province": dated(json!({ "referral": cut.clone(), "emergency": cut.clone(),
                "other_temporary": cut.clone(), "not_filed": cut, "non_networked": { "kind": "none" } })),
        });
        PolicyPack::from_json("own-figures", &doc.to_string())
    }
}

/// Reads and checks a case (the engine's part of the request).
pub fn parse_case(value: &Value) -> Result<Case, FieldError> {
    parse_request(value).map(|p| p.case)
}

/// A policy pack file given by the caller (the CLI's `--policy`): its name for errors and its text.
#[derive(Debug, Clone, Copy)]
pub struct PackFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// Estimates a case with the shipped packs, or with `pack_file` in place of them.
pub fn estimate(request: &Value, pack_file: Option<PackFile<'_>>, lang: Lang) -> Result<EstimateView, ApiError> {
    // The installed feed's packs when a verified release carries them, else the bundled ones.
    estimate_with(&crate::data::estimate_library(), request, pack_file, lang)
}

/// Estimates a case with `library` (the shipped packs, or an installed data release's copies
/// loaded through [`Library::load`]).
pub fn estimate_with(
    library: &Library,
    request: &Value,
    pack_file: Option<PackFile<'_>>,
    lang: Lang,
) -> Result<EstimateView, ApiError> {
    let fail = |e: FieldError| ApiError::from_field(lang, &e);
    let parsed = parse_request(request).map_err(fail)?;
    let case = parsed.case;
    let custom: PolicyPack;
    let pack = match (&parsed.own, pack_file) {
        (Some(own), _) => {
            custom = own.pack(&case).map_err(|e| {
                fail(FieldError::custom("ownPolicy", "est-err-policy-file", vec![("detail", e.to_string())]))
            })?;
            &custom
        }
        (None, Some(file)) => {
            custom = Library::parse_pack(file.name, file.text).map_err(|e| {
                fail(FieldError::custom("policy", "est-err-policy-file", vec![("detail", e.to_string())]))
            })?;
            if custom.region != case.insured_pool || custom.scheme != case.scheme {
                return Err(fail(FieldError::custom(
                    "insuredRegion",
                    "est-err-wrong-pack",
                    vec![("pack", custom.pack_id.clone()), ("value", region_name(case.insured_pool, lang))],
                )));
            }
            &custom
        }
        (None, None) => library.pack(case.insured_pool, case.scheme).ok_or_else(|| {
            let (field, id) = if library.has_region(case.insured_pool) {
                ("scheme", "est-err-no-pack-scheme")
            } else {
                ("insuredRegion", "est-err-no-pack")
            };
            fail(FieldError::custom(
                field,
                id,
                vec![("value", region_name(case.insured_pool, lang)), ("scheme", case.scheme.label(lang))],
            ))
        })?,
    };
    let policy = Policy { pack, destinations: &library.destinations };
    let typical = yidi_estimate::BAND[1].1;
    let assumption = case.bill.only_total().then_some(typical);
    let result = run_estimate(policy, &case, assumption).map_err(|e| fail(estimate_error(e, &case, pack, lang)))?;
    let band = if case.bill.only_total() {
        Some(band(policy, &case).map_err(|e| fail(estimate_error(e, &case, pack, lang)))?)
    } else {
        None
    };
    let options = compare(policy, &case, assumption);
    // Unknown network status: the same case at a hospital that is not networked.
    let not_networked = match parsed.network {
        Network::Unknown => {
            let mut c = case;
            c.hospital.networked = false;
            run_estimate(policy, &c, assumption).ok()
        }
        _ => None,
    };
    let range = range_of(pack, &library.destinations, &case, assumption, &result, lang);
    let what_if = WHAT_IF
        .iter()
        .filter_map(|total| {
            let mut c = case;
            c.bill = Bill { total: Money::yuan(Decimal::from(*total)), not_covered: None, class_b: None };
            run_estimate(policy, &c, Some(typical))
                .ok()
                .map(|e| WhatIfView { total: e.totals.total, fund: e.totals.fund, patient: e.totals.patient })
        })
        .collect();
    let extra = Extra { network: parsed.network, own: parsed.own.is_some(), not_networked, range, what_if };
    Ok(view(pack, &case, &result, &options, band.as_deref(), &extra, lang))
}

/// The bills of the "what if" view, in yuan: 1, 3, 5 and 10 万.
pub const WHAT_IF: [i64; 4] = [10_000, 30_000, 50_000, 100_000];

struct Extra {
    network: Network,
    own: bool,
    not_networked: Option<Estimate>,
    range: Option<RangeView>,
    what_if: Vec<WhatIfView>,
}

/// Every value of the pack that has published alternatives, each alternative swapped in alone:
/// (the path of the value, the alternative's note, the pack with it).
fn variants(pack: &PolicyPack) -> Vec<(String, String, PolicyPack)> {
    fn walk(v: &Value, path: &mut Vec<String>, found: &mut Vec<(Vec<String>, usize, String)>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Array(alts)) = map.get("alternatives") {
                    for (i, a) in alts.iter().enumerate() {
                        let note = a.get("note").and_then(Value::as_str).unwrap_or_default().to_string();
                        found.push((path.clone(), i, note));
                    }
                }
                for (k, child) in map {
                    path.push(k.clone());
                    walk(child, path, found);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(child, path, found);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let Ok(doc) = serde_json::to_value(pack) else { return vec![] };
    let mut found = Vec::new();
    walk(&doc, &mut Vec::new(), &mut found);
    found
        .into_iter()
        .filter_map(|(path, i, note)| {
            let mut copy = doc.clone();
            let mut at = &mut copy;
            for key in &path {
                at = match at {
                    Value::Object(m) => m.get_mut(key)?,
                    Value::Array(a) => a.get_mut(key.parse::<usize>().ok()?)?,
                    _ => return None,
                };
            }
            let alt = at.get("alternatives")?.get(i)?.clone();
            let obj = at.as_object_mut()?;
            obj.insert("value".into(), alt.get("value")?.clone());
            obj.insert("source".into(), alt.get("source")?.clone());
            obj.insert("kind".into(), alt.get("kind")?.clone());
            obj.remove("alternatives");
            let pack: PolicyPack = serde_json::from_value(copy).ok()?;
            // The value's kind of parameter: the history's name in the path.
            let name = path.iter().rev().find(|k| k.parse::<usize>().is_err()).cloned().unwrap_or_default();
            Some((name, note, pack))
        })
        .collect()
}

fn param_kind_of(name: &str) -> Option<ParamKind> {
    Some(match name {
        "deductible" => ParamKind::Deductible,
        "ratio" => ParamKind::Ratio,
        "basic_cap" => ParamKind::BasicCap,
        "top_up" => ParamKind::TopUp,
        "critical_illness" => ParamKind::CriticalIllness,
        "cross_province" => ParamKind::CrossProvinceCut,
        _ => return None,
    })
}

/// The range of the patient's share over the published alternatives of the values used: None
/// when every value is settled (or no alternative changes the answer).
fn range_of(
    pack: &PolicyPack,
    destinations: &yidi_estimate::DestinationTable,
    case: &Case,
    assumption: Option<yidi_estimate::Assumption>,
    main: &Estimate,
    lang: Lang,
) -> Option<RangeView> {
    let mut low = main.totals.patient;
    let mut high = main.totals.patient;
    let mut deciding: Vec<DecidingView> = Vec::new();
    for (name, note, variant) in variants(pack) {
        let Ok(e) = run_estimate(Policy { pack: &variant, destinations }, case, assumption) else { continue };
        if e.totals.patient == main.totals.patient {
            continue;
        }
        low = low.min(e.totals.patient);
        high = high.max(e.totals.patient);
        let kind = param_kind_of(&name);
        let label = kind
            .map(|k| t(lang, &format!("est-param-{}", param_key(k).replace('_', "-")), &Args::new()))
            .unwrap_or(name.clone());
        deciding.push(DecidingView {
            key: kind.map(param_key).unwrap_or_default().to_string(),
            label,
            patient: e.totals.patient,
            fund: e.totals.fund,
            note,
        });
    }
    if deciding.is_empty() {
        return None;
    }
    let names = deciding.iter().map(|d| d.label.clone()).collect::<Vec<_>>().join("、");
    let text = t(
        lang,
        "est-range",
        &Args::new().text("low", grouped(low)).text("high", grouped(high)).text("deciding", names),
    );
    Some(RangeView { low, high, published: main.totals.patient, deciding, text })
}

/// Thousands grouping, without ".00" for whole yuan: "44,496", "3,964.80" — the one formatter's
/// (`yidi_domain::format::grouped_amount`), kept under this name for the views that call it.
pub fn grouped(m: Money) -> String {
    yidi_domain::format::grouped_amount(m)
}

fn estimate_error(e: EstimateError, case: &Case, pack: &PolicyPack, lang: Lang) -> FieldError {
    match e {
        EstimateError::NoRules(setting) => FieldError::custom(
            "setting",
            "est-err-setting-not-published",
            vec![("value", setting_label(setting, lang)), ("pack", pack.pack_id.clone())],
        ),
        EstimateError::DateNotCovered { date, used_discharge, .. } => FieldError::custom(
            if used_discharge { "dischargeDate" } else { "admissionDate" },
            "est-err-date-not-covered",
            vec![("value", date.to_string()), ("pack", pack.pack_id.clone())],
        ),
        EstimateError::NoRow(_) => FieldError::custom(
            "hospital.level",
            "est-err-no-row",
            vec![("value", level_label(case.hospital.level, lang)), ("pack", pack.pack_id.clone())],
        ),
        EstimateError::PartsExceedTotal => FieldError::custom(
            "bill.notCovered",
            "est-err-parts-exceed-total",
            vec![("total", case.bill.total.to_string()), ("parts", String::from("?"))],
        ),
        EstimateError::WrongPack { .. } => FieldError::custom(
            "insuredRegion",
            "est-err-wrong-pack",
            vec![("pack", pack.pack_id.clone()), ("value", region_name(case.insured_pool, lang))],
        ),
    }
}

fn t(lang: Lang, id: &str, args: &Args) -> String {
    i18n::format_or_id(lang, id, args)
}

fn region_name(code: yidi_domain::RegionCode, lang: Lang) -> String {
    divisions().get(code).map(|d| d.name(lang).to_string()).unwrap_or_else(|| code.to_string())
}

fn pct(d: Decimal) -> String {
    format!("{}%", (d * Decimal::ONE_HUNDRED).normalize())
}

fn setting_label(s: Setting, lang: Lang) -> String {
    t(lang, &format!("est-setting-{}", s.wire_name().replace('_', "-")), &Args::new())
}

fn level_label(l: HospitalLevel, lang: Lang) -> String {
    t(lang, &format!("est-level-{}", l.wire_name()), &Args::new())
}

fn filing_label(f: Filing, lang: Lang) -> String {
    match f {
        Filing::Filed(c) => c.label(lang),
        Filing::NotFiled => t(lang, "est-filing-not-filed", &Args::new()),
    }
}

fn line_view(l: &yidi_estimate::Line, lang: Lang) -> LineView {
    let ratio = l.ratio.map(pct);
    let base_args = || {
        Args::new()
            .text("base", l.base.to_string())
            .text("ratio", ratio.clone().unwrap_or_default())
            .text("fund", l.fund.to_string())
            .text("patient", l.patient.to_string())
    };
    let (key, label, mut detail) = match l.kind {
        LineKind::NotCovered => (
            "not_covered",
            t(lang, "est-line-not-covered", &Args::new()),
            t(lang, "est-detail-not-covered", &base_args()),
        ),
        LineKind::ClassBFirst => (
            "class_b_first",
            t(lang, "est-line-class-b-first", &Args::new()),
            t(lang, "est-detail-class-b-first", &base_args()),
        ),
        LineKind::Deductible { charges, factor } => {
            let mut d = t(lang, "est-detail-deductible", &base_args());
            if factor != Decimal::ONE {
                d.push_str(&t(lang, "est-detail-deductible-factor", &Args::new().text("factor", pct(factor))));
            }
            if charges > 1 {
                d.push_str(&t(lang, "est-detail-deductible-charges", &Args::new().int("charges", i64::from(charges))));
            }
            ("deductible", t(lang, "est-line-deductible", &Args::new()), d)
        }
        LineKind::Segment { layer, index, from, to } => {
            let (key, label_id) = match layer {
                Layer::Basic => ("basic_segment", "est-line-basic-segment"),
                Layer::TopUp => ("top_up", "est-line-top-up"),
                Layer::CriticalIllness => ("critical_illness_segment", "est-line-critical-illness-segment"),
            };
            let n = i64::try_from(index + 1).unwrap_or(1);
            let args = base_args().text("from", from.to_string());
            let detail = match (layer, to) {
                (Layer::TopUp, _) => t(lang, "est-detail-top-up", &args),
                (_, Some(to)) => t(lang, "est-detail-segment", &args.text("to", to.to_string())),
                (_, None) => t(lang, "est-detail-segment-open", &args),
            };
            (key, t(lang, label_id, &Args::new().int("index", n)), detail)
        }
        LineKind::OverCap { .. } => {
            ("over_cap", t(lang, "est-line-over-cap", &Args::new()), t(lang, "est-detail-over-cap", &base_args()))
        }
        LineKind::TemporaryFirstShare => (
            "temporary_first_share",
            t(lang, "est-line-temporary-first-share", &Args::new()),
            t(lang, "est-detail-temporary-first-share", &base_args()),
        ),
        LineKind::CriticalIllnessDeductible => (
            "critical_illness_deductible",
            t(lang, "est-line-critical-illness-deductible", &Args::new()),
            t(lang, "est-detail-critical-illness-deductible", &base_args()),
        ),
        LineKind::NothingPaid { reason } => {
            let id = match reason {
                NothingReason::NonDesignated => "est-detail-nothing-non-designated",
                NothingReason::NonNetworked => "est-detail-nothing-non-networked",
                NothingReason::Filing => "est-detail-nothing-filing",
            };
            ("nothing_paid", t(lang, "est-line-nothing-paid", &Args::new()), t(lang, id, &base_args()))
        }
    };
    if l.cap_reached {
        detail.push_str(&t(lang, "est-detail-cap-reached", &Args::new()));
    }
    LineView {
        key: key.to_string(),
        label,
        detail,
        base: l.base,
        ratio,
        fund: l.fund,
        patient: l.patient,
        cap_reached: l.cap_reached,
    }
}

fn param_key(k: ParamKind) -> &'static str {
    match k {
        ParamKind::Deductible => "deductible",
        ParamKind::Ratio => "ratio",
        ParamKind::BasicCap => "basic_cap",
        ParamKind::TopUp => "top_up",
        ParamKind::CriticalIllness => "critical_illness",
        ParamKind::CrossProvinceCut => "cross_province_cut",
        ParamKind::ClassBShare => "class_b_share",
    }
}

fn warning_view(w: &Warning, lang: Lang) -> NoticeView {
    let (code, id, args) = match w {
        Warning::UnverifiedValues { count } => {
            ("unverified", "est-warn-unverified", Args::new().int("count", i64::try_from(*count).unwrap_or(0)))
        }
        Warning::DestinationShareUnknown => {
            ("destination_share_unknown", "est-warn-destination-share-unknown", Args::new())
        }
        Warning::CrossYear { date_used } => {
            ("cross_year", "est-warn-cross-year", Args::new().text("date", date_used.to_string()))
        }
        Warning::ManualClaim => ("manual_claim", "est-warn-manual-claim", Args::new()),
        Warning::RechargeNeedsDischarge { days } => {
            ("recharge_needs_discharge", "est-warn-recharge-needs-discharge", Args::new().int("days", i64::from(*days)))
        }
        Warning::CapUnknown => ("cap_unknown", "est-warn-cap-unknown", Args::new()),
        Warning::Assumed { assumption } => (
            "assumed_shares",
            "est-warn-assumed",
            Args::new().text("notCovered", pct(assumption.not_covered)).text("classB", pct(assumption.class_b)),
        ),
    };
    NoticeView { code: code.to_string(), message: t(lang, id, &args) }
}

fn cut_text(c: &Cut, lang: Lang) -> String {
    match c {
        Cut::None => t(lang, "est-cut-none", &Args::new()),
        Cut::Points { points } => t(lang, "est-cut-points", &Args::new().text("points", points.normalize().to_string())),
        Cut::Multiplier { factor } => t(lang, "est-cut-multiplier", &Args::new().text("ratio", pct(*factor))),
        Cut::NothingPaid => t(lang, "est-cut-nothing", &Args::new()),
        Cut::FirstShare { share } => t(lang, "est-cut-first-share", &Args::new().text("share", pct(*share))),
    }
}

fn segments_text(segments: &[yidi_estimate::pack::Segment], lang: Lang) -> String {
    if let [only] = segments {
        return pct(only.ratio);
    }
    segments
        .iter()
        .map(|sg| match sg.up_to {
            Some(up) => t(lang, "est-pv-segment-to", &Args::new().text("upTo", grouped(up)).text("ratio", pct(sg.ratio))),
            None => t(lang, "est-pv-segment-rest", &Args::new().text("ratio", pct(sg.ratio))),
        })
        .collect::<Vec<_>>()
        .join(&t(lang, "est-pv-separator", &Args::new()))
}

fn cap_text(cap: Option<Money>, lang: Lang) -> String {
    match cap {
        Some(m) => t(lang, "est-pv-amount", &Args::new().text("amount", grouped(m))),
        None => t(lang, "est-pv-no-cap", &Args::new()),
    }
}

/// A used value in words of the person's language (no English from the engine).
fn param_value_text(v: &ParamValue, lang: Lang) -> String {
    match v {
        ParamValue::Cuts(c) => t(
            lang,
            "est-pv-cuts",
            &Args::new()
                .text("referral", cut_text(&c.referral, lang))
                .text("emergency", cut_text(&c.emergency, lang))
                .text("other", cut_text(&c.other_temporary, lang))
                .text("notFiled", cut_text(&c.not_filed, lang))
                .text("nonNetworked", cut_text(&c.non_networked, lang)),
        ),
        ParamValue::Deductible { amount, factor, charges, paid_this_year } => {
            let mut text = t(lang, "est-pv-amount", &Args::new().text("amount", grouped(*amount)));
            if *factor != Decimal::ONE {
                text.push_str(&t(lang, "est-pv-factor", &Args::new().text("factor", pct(*factor))));
            }
            if *charges > 1 {
                text.push_str(&t(lang, "est-pv-charges", &Args::new().int("charges", i64::from(*charges))));
            }
            if let Some(paid) = paid_this_year {
                text.push_str(&t(lang, "est-pv-paid-this-year", &Args::new().text("paid", grouped(*paid))));
            }
            text
        }
        ParamValue::Ratio { segments, cut } => {
            let mut text = segments_text(segments, lang);
            if let Some(c) = cut {
                text.push_str(&t(lang, "est-pv-with-cut", &Args::new().text("cut", cut_text(c, lang))));
            }
            text
        }
        ParamValue::Cap(cap) => match cap {
            Some(m) => t(lang, "est-pv-amount", &Args::new().text("amount", grouped(*m))),
            None => t(lang, "est-pv-unknown", &Args::new()),
        },
        ParamValue::TopUp { ratio, cap } => t(
            lang,
            "est-pv-top-up",
            &Args::new().text("ratio", ratio.map(pct).unwrap_or_default()).text("cap", cap_text(*cap, lang)),
        ),
        ParamValue::CriticalIllness { deductible, segments, cap, hardship } => {
            let mut text = t(
                lang,
                "est-pv-critical-illness",
                &Args::new()
                    .text("deductible", grouped(*deductible))
                    .text("segments", segments_text(segments, lang))
                    .text("cap", cap_text(*cap, lang)),
            );
            if *hardship {
                text.push_str(&t(lang, "est-pv-hardship", &Args::new()));
            }
            text
        }
        ParamValue::Share(share) => pct(*share),
    }
}

fn kind_label(kind: SourceKind, lang: Lang) -> String {
    t(lang, &format!("est-kind-{}", kind.wire_name().replace('_', "-")), &Args::new())
}

fn view(
    pack: &PolicyPack,
    case: &Case,
    e: &Estimate,
    options: &[yidi_estimate::OptionResult],
    band: Option<&[(BandPoint, yidi_estimate::Assumption, yidi_estimate::Totals)]>,
    extra: &Extra,
    lang: Lang,
) -> EstimateView {
    let (_, unverified) = pack.verification_counts();
    let totals = e.totals;
    let network_outcomes = extra.not_networked.as_ref().map(|nn| {
        let claim = nn.totals.fund;
        let networked_text = t(lang, "est-outcome-networked", &Args::new().text("patient", grouped(totals.patient)));
        let not_networked_text = if claim == Money::ZERO {
            t(lang, "est-outcome-not-networked-nothing", &Args::new().text("total", grouped(nn.totals.total)))
        } else {
            t(
                lang,
                "est-outcome-not-networked",
                &Args::new()
                    .text("total", grouped(nn.totals.total))
                    .text("claim", grouped(claim))
                    .text("patient", grouped(nn.totals.patient)),
            )
        };
        NetworkOutcomesView {
            networked_patient: totals.patient,
            networked_fund: totals.fund,
            pay_first: nn.totals.total,
            claim_back: claim,
            not_networked_patient: nn.totals.patient,
            networked_text,
            not_networked_text,
        }
    });
    let manual = extra.network == Network::No || case.filing == Filing::NotFiled;
    let summary_text = match (&network_outcomes, &extra.range) {
        (Some(o), _) => format!("{} {}", o.networked_text, o.not_networked_text),
        (None, Some(r)) => r.text.clone(),
        (None, None) if manual && totals.fund != Money::ZERO => t(
            lang,
            "est-summary-manual",
            &Args::new()
                .text("total", grouped(totals.total))
                .text("fund", grouped(totals.fund))
                .text("patient", grouped(totals.patient)),
        ),
        (None, None) => t(
            lang,
            "est-summary",
            &Args::new()
                .text("patient", grouped(totals.patient))
                .text("fund", grouped(totals.fund))
                .text("total", grouped(totals.total)),
        ),
    };
    let long_term_patient = options.first().and_then(|o| o.result.as_ref().ok()).map(|t| t.patient);
    let own_term = match case.filing {
        Filing::Filed(c) => Some(c.term()),
        Filing::NotFiled => None,
    };
    let comparison = options
        .iter()
        .map(|o| {
            let settles = o.filing != Filing::NotFiled && case.hospital.designated;
            let status = match (settles, extra.network) {
                (false, _) | (true, Network::No) => "no",
                (true, Network::Yes) => "yes",
                (true, Network::Unknown) => "unknown",
            };
            let totals = o.result.as_ref().ok();
            let nothing = totals.is_some_and(|t| t.fund == Money::ZERO);
            let note = match &o.result {
                Err(err) => estimate_error(err.clone(), case, pack, lang).message(lang),
                Ok(_) if !case.hospital.designated => t(lang, "est-option-note-non-designated", &Args::new()),
                Ok(_) if o.filing == Filing::NotFiled && nothing => {
                    t(lang, "est-option-note-not-filed-nothing", &Args::new())
                }
                Ok(_) if o.filing == Filing::NotFiled => t(lang, "est-option-note-not-filed", &Args::new()),
                Ok(_) if extra.network == Network::No && nothing => {
                    t(lang, "est-option-note-non-networked-nothing", &Args::new())
                }
                Ok(_) if extra.network == Network::No => t(lang, "est-option-note-non-networked", &Args::new()),
                Ok(_) if extra.network == Network::Unknown => {
                    t(lang, "est-option-note-network-unknown", &Args::new())
                }
                Ok(_) => match o.filing {
                    Filing::Filed(c) if c.term() == yidi_domain::FilingTerm::LongTerm => {
                        t(lang, "est-option-note-long-term", &Args::new())
                    }
                    _ => t(lang, "est-option-note-temporary", &Args::new()),
                },
            };
            // A relocated retiree cannot choose a referral: those cards are for comparison.
            let for_comparison = o.filing != case.filing
                && o.filing != Filing::NotFiled
                && match o.filing {
                    Filing::Filed(c) => own_term == Some(yidi_domain::FilingTerm::LongTerm) && c.term() != yidi_domain::FilingTerm::LongTerm,
                    Filing::NotFiled => false,
                };
            OptionView {
                filing: o.filing.wire_name().to_string(),
                label: filing_label(o.filing, lang),
                current: o.filing == case.filing,
                fund: totals.map(|t| t.fund),
                patient: totals.map(|t| t.patient),
                extra_vs_long_term: totals.and_then(|t| long_term_patient.map(|l| t.patient - l)),
                direct_settlement: status == "yes",
                direct_settlement_status: status.to_string(),
                for_comparison,
                note,
            }
        })
        .collect();
    let band = band.map(|points| {
        points
            .iter()
            .map(|(point, a, totals)| {
                let key = match point {
                    BandPoint::Low => "low",
                    BandPoint::Typical => "typical",
                    BandPoint::High => "high",
                };
                BandView {
                    point: key.to_string(),
                    label: t(lang, &format!("est-band-{key}"), &Args::new()),
                    not_covered_share: pct(a.not_covered),
                    class_b_share: pct(a.class_b),
                    fund: totals.fund,
                    patient: totals.patient,
                }
            })
            .collect()
    });
    let mut warnings: Vec<NoticeView> = Vec::new();
    if extra.own {
        warnings.push(NoticeView { code: "own_figures".into(), message: t(lang, "est-warn-own-figures", &Args::new()) });
    }
    if extra.network == Network::Unknown {
        warnings.push(NoticeView {
            code: "network_unknown".into(),
            message: t(lang, "est-warn-network-unknown", &Args::new()),
        });
    }
    if let Some(r) = &extra.range {
        warnings.push(NoticeView { code: "range".into(), message: r.text.clone() });
    }
    warnings.extend(
        e.warnings
            .iter()
            .filter(|w| !(extra.own && matches!(w, Warning::UnverifiedValues { .. })))
            // On "unknown" the lines are the networked outcome; the manual claim is said in the outcomes.
            .filter(|w| !(extra.network == Network::Unknown && matches!(w, Warning::ManualClaim)))
            .map(|w| warning_view(w, lang)),
    );
    let region = region_name(case.insured_pool, lang);
    let fund_percent = if totals.total > Money::ZERO {
        let share = (totals.fund.amount() * Decimal::ONE_HUNDRED / totals.total.amount()).round();
        rust_decimal::prelude::ToPrimitive::to_u32(&share).unwrap_or(0).min(100)
    } else {
        0
    };
    EstimateView {
        network: extra.network.wire_name().to_string(),
        network_outcomes,
        range: extra.range.clone(),
        what_if: extra.what_if.clone(),
        pack: PackView {
            pack_id: pack.pack_id.clone(),
            region: case.insured_pool.to_string(),
            region_name: region.clone(),
            scheme: pack.scheme,
            scheme_label: pack.scheme.label(lang),
            verified: !extra.own && unverified == 0,
            unverified_values: unverified,
            own_figures: extra.own,
            label: if extra.own {
                t(lang, "est-own-figures-label", &Args::new().text("region", region))
            } else {
                region
            },
        },
        setting: case.setting.wire_name().to_string(),
        setting_label: setting_label(case.setting, lang),
        filing: case.filing.wire_name().to_string(),
        filing_label: filing_label(case.filing, lang),
        date_used: e.date_used.to_string(),
        data_checked_on: e.params.iter().map(|p| p.verified_at).min().map(|d| d.to_string()),
        only_total: case.bill.only_total(),
        summary: SummaryView {
            total: totals.total,
            covered: totals.covered,
            basic_fund: totals.basic_fund,
            top_up: totals.top_up,
            critical_illness: totals.critical_illness,
            fund: totals.fund,
            patient: totals.patient,
            text: summary_text,
            split_text: t(
                lang,
                "est-split",
                &Args::new()
                    .text("total", grouped(totals.total))
                    .text("fund", grouped(totals.fund))
                    .text("patient", grouped(totals.patient))
                    .text("fundShare", format!("{fund_percent}%"))
                    .text("patientShare", format!("{}%", 100 - fund_percent)),
            ),
            fund_percent,
        },
        lines: e.lines.iter().map(|l| line_view(l, lang)).collect(),
        parameters: e
            .params
            .iter()
            .map(|p| ParamView {
                key: param_key(p.kind).to_string(),
                label: t(lang, &format!("est-param-{}", param_key(p.kind).replace('_', "-")), &Args::new()),
                value: param_value_text(&p.value, lang),
                effective_from: p.effective_from.to_string(),
                effective_to: p.effective_to.map(|d| d.to_string()),
                source_title: if p.source_kind == SourceKind::User && p.source.title.is_empty() {
                    t(lang, "est-kind-user", &Args::new())
                } else {
                    p.source.title.clone()
                },
                source_number: p.source.number.clone(),
                source_url: p.source.url.clone(),
                verified_at: p.verified_at.to_string(),
                verified: p.verified,
                note: if p.source_kind == SourceKind::User { None } else { p.note.clone() },
                source_kind: p.source_kind.wire_name().to_string(),
                source_kind_label: kind_label(p.source_kind, lang),
                also: p.also.iter().map(|s| format!("{} {}", s.title, s.url).trim().to_string()).collect(),
                alternatives: p.alternatives,
            })
            .collect(),
        warnings,
        comparison,
        band,
        disclaimer: t(lang, "est-disclaimer", &Args::new()),
    }
}

/// Every argument-free `est-` message, for the estimate screen's static text.
pub fn estimate_text(lang: Lang) -> std::collections::BTreeMap<String, String> {
    i18n::texts_with_prefix(lang, "est-")
}

/// Terminal width of text: CJK and full-width characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

fn pad(s: &str, w: usize, right: bool) -> String {
    let fill = " ".repeat(w.saturating_sub(width(s)));
    if right {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

fn table(headers: &[String], rows: &[Vec<String>], right: &[bool]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |cells: &[String]| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths[i], right[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = vec![line(headers)];
    out.push(widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "));
    out.extend(rows.iter().map(|r| line(r)));
    out.join("\n")
}

/// The result as readable tables (the CLI's `--table`).
pub fn render_table(v: &EstimateView, lang: Lang) -> String {
    let h = |id: &str| t(lang, id, &Args::new());
    let mut out = Vec::new();
    out.push(format!(
        "{} · {} · {} · {} · {}",
        v.pack.label, v.pack.scheme_label, v.setting_label, v.filing_label, v.date_used
    ));
    out.push(v.summary.text.clone());
    out.push(String::new());
    let rows: Vec<Vec<String>> = v
        .lines
        .iter()
        .map(|l| vec![l.label.clone(), l.detail.clone(), l.fund.to_string(), l.patient.to_string()])
        .chain(std::iter::once(vec![
            h("est-table-total"),
            String::new(),
            v.summary.fund.to_string(),
            v.summary.patient.to_string(),
        ]))
        .collect();
    out.push(table(
        &[h("est-table-line"), h("est-table-detail"), h("est-table-fund"), h("est-table-patient")],
        &rows,
        &[false, false, true, true],
    ));
    out.push(String::new());
    let rows: Vec<Vec<String>> = v
        .comparison
        .iter()
        .map(|o| {
            vec![
                format!("{}{}", o.label, if o.current { " *" } else { "" }),
                o.fund.map(|m| m.to_string()).unwrap_or_default(),
                o.patient.map(|m| m.to_string()).unwrap_or_default(),
                o.extra_vs_long_term.map(|m| m.to_string()).unwrap_or_default(),
                o.note.clone(),
            ]
        })
        .collect();
    out.push(table(
        &[
            h("est-table-option"),
            h("est-table-fund"),
            h("est-table-patient"),
            h("est-table-extra"),
            h("est-table-note"),
        ],
        &rows,
        &[false, true, true, true, false],
    ));
    if let Some(band) = &v.band {
        out.push(String::new());
        let rows: Vec<Vec<String>> = band
            .iter()
            .map(|b| {
                vec![
                    b.label.clone(),
                    b.not_covered_share.clone(),
                    b.class_b_share.clone(),
                    b.fund.to_string(),
                    b.patient.to_string(),
                ]
            })
            .collect();
        out.push(table(
            &[
                h("est-table-band"),
                h("est-table-not-covered-share"),
                h("est-table-class-b-share"),
                h("est-table-fund"),
                h("est-table-patient"),
            ],
            &rows,
            &[false, true, true, true, true],
        ));
    }
    out.push(String::new());
    let rows: Vec<Vec<String>> = v
        .parameters
        .iter()
        .map(|p| {
            let period = match &p.effective_to {
                Some(to) => format!("{}–{}", p.effective_from, to),
                None => format!("{}–", p.effective_from),
            };
            let verified = if p.verified { h("est-table-verified-yes") } else { h("est-table-verified-no") };
            vec![p.label.clone(), p.value.clone(), period, p.source_title.clone(), verified]
        })
        .collect();
    out.push(table(
        &[
            h("est-table-parameter"),
            h("est-table-value"),
            h("est-table-period"),
            h("est-table-source"),
            h("est-table-verified"),
        ],
        &rows,
        &[false, false, false, false, false],
    ));
    if !v.warnings.is_empty() {
        out.push(String::new());
        out.extend(v.warnings.iter().map(|w| format!("! {}", w.message)));
    }
    out.push(String::new());
    out.push(v.disclaimer.clone());
    out.join("\n")
}

/// An error about a whole input (a file that does not read) for `field`, with `detail` from the
/// parser; `message_id` is an `est-err-*` message taking `$field` and `$detail`.
pub fn field_error(field: &'static str, message_id: &'static str, detail: &str) -> FieldError {
    FieldError::custom(field, message_id, vec![("detail", detail.to_string())])
}

/// A shipped policy pack as the estimate screen lists it (which regions and schemes it can
/// estimate, and how far to trust the figures).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackSummary {
    pub pack_id: String,
    pub region: String,
    pub region_name: String,
    pub scheme: Scheme,
    pub scheme_label: String,
    /// Wire names of the kinds of care the pack has rules for.
    pub settings: Vec<String>,
    pub verified: bool,
    pub unverified_values: usize,
    /// The earliest date any of its values is in force.
    pub earliest: Option<String>,
}

/// The packs in use (the installed feed's, else the shipped ones), for the screen's choice of
/// insured region and scheme.
pub fn policy_packs(lang: Lang) -> Vec<PackSummary> {
    crate::data::estimate_library()
        .packs
        .iter()
        .map(|p| {
            let (_, unverified) = p.verification_counts();
            let settings =
                Setting::ALL.iter().filter(|s| p.settings.get(**s).is_some()).map(|s| s.wire_name().to_string()).collect();
            let earliest = p.settings.inpatient.deductible.iter().map(|d| d.effective_from).min().map(|d| d.to_string());
            PackSummary {
                pack_id: p.pack_id.clone(),
                region: p.region.to_string(),
                region_name: region_name(p.region, lang),
                scheme: p.scheme,
                scheme_label: p.scheme.label(lang),
                settings,
                verified: unverified == 0,
                unverified_values: unverified,
                earliest,
            }
        })
        .collect()
}
