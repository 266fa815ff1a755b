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
    band, compare, estimate as run_estimate, BandPoint, Bill, Case, Estimate, EstimateError, Filing, Hospital,
    HospitalLevel, Layer, Library, LineKind, NothingReason, ParamKind, Policy, PolicyPack, Setting, Warning,
    YearToDate,
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
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HospitalRequest {
    pub level: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networked: Option<bool>,
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EstimateView {
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

/// Reads and checks a case. `bill.total` is required; `bill.notCovered` and `bill.classB` are
/// both optional: with neither, the estimate is a band on assumed shares.
pub fn parse_case(value: &Value) -> Result<Case, FieldError> {
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
    let hospital = Hospital {
        level,
        networked: h.opt_bool("networked")?.unwrap_or(true),
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

    Ok(Case {
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
    })
}

/// A policy pack file given by the caller (the CLI's `--policy`): its name for errors and its text.
#[derive(Debug, Clone, Copy)]
pub struct PackFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// Estimates a case with the shipped packs, or with `pack_file` in place of them.
pub fn estimate(request: &Value, pack_file: Option<PackFile<'_>>, lang: Lang) -> Result<EstimateView, ApiError> {
    let fail = |e: FieldError| ApiError::from_field(lang, &e);
    let case = parse_case(request).map_err(fail)?;
    // The installed feed's packs when a verified release carries them, else the bundled ones.
    let library = crate::data::estimate_library();
    let shipped: &Library = &library;
    let custom: PolicyPack;
    let pack = match pack_file {
        Some(file) => {
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
        None => shipped.pack(case.insured_pool, case.scheme).ok_or_else(|| {
            let (field, id) = if shipped.has_region(case.insured_pool) {
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
    let policy = Policy { pack, destinations: &shipped.destinations };
    let typical = yidi_estimate::BAND[1].1;
    let assumption = case.bill.only_total().then_some(typical);
    let result = run_estimate(policy, &case, assumption).map_err(|e| fail(estimate_error(e, &case, pack, lang)))?;
    let band = if case.bill.only_total() {
        Some(band(policy, &case).map_err(|e| fail(estimate_error(e, &case, pack, lang)))?)
    } else {
        None
    };
    let options = compare(policy, &case, assumption);
    Ok(view(pack, &case, &result, &options, band.as_deref(), lang))
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
        Warning::Assumed { assumption } => (
            "assumed_shares",
            "est-warn-assumed",
            Args::new().text("notCovered", pct(assumption.not_covered)).text("classB", pct(assumption.class_b)),
        ),
    };
    NoticeView { code: code.to_string(), message: t(lang, id, &args) }
}

fn view(
    pack: &PolicyPack,
    case: &Case,
    e: &Estimate,
    options: &[yidi_estimate::OptionResult],
    band: Option<&[(BandPoint, yidi_estimate::Assumption, yidi_estimate::Totals)]>,
    lang: Lang,
) -> EstimateView {
    let (_, unverified) = pack.verification_counts();
    let totals = e.totals;
    let summary_text = t(
        lang,
        "est-summary",
        &Args::new()
            .text("patient", totals.patient.to_string())
            .text("fund", totals.fund.to_string())
            .text("total", totals.total.to_string()),
    );
    let long_term_patient = options.first().and_then(|o| o.result.as_ref().ok()).map(|t| t.patient);
    let comparison = options
        .iter()
        .map(|o| {
            let direct = o.filing != Filing::NotFiled && case.hospital.networked && case.hospital.designated;
            let totals = o.result.as_ref().ok();
            let note = match &o.result {
                Err(err) => estimate_error(err.clone(), case, pack, lang).message(lang),
                Ok(_) if !case.hospital.designated => t(lang, "est-option-note-non-designated", &Args::new()),
                Ok(_) if !case.hospital.networked => t(lang, "est-option-note-non-networked", &Args::new()),
                Ok(_) if o.filing == Filing::NotFiled => t(lang, "est-option-note-not-filed", &Args::new()),
                Ok(_) => match o.filing {
                    Filing::Filed(c) if c.term() == yidi_domain::FilingTerm::LongTerm => {
                        t(lang, "est-option-note-long-term", &Args::new())
                    }
                    _ => t(lang, "est-option-note-temporary", &Args::new()),
                },
            };
            OptionView {
                filing: o.filing.wire_name().to_string(),
                label: filing_label(o.filing, lang),
                current: o.filing == case.filing,
                fund: totals.map(|t| t.fund),
                patient: totals.map(|t| t.patient),
                extra_vs_long_term: totals.and_then(|t| long_term_patient.map(|l| t.patient - l)),
                direct_settlement: direct,
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
    EstimateView {
        pack: PackView {
            pack_id: pack.pack_id.clone(),
            region: pack.region.to_string(),
            region_name: region_name(pack.region, lang),
            scheme: pack.scheme,
            scheme_label: pack.scheme.label(lang),
            verified: unverified == 0,
            unverified_values: unverified,
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
        },
        lines: e.lines.iter().map(|l| line_view(l, lang)).collect(),
        parameters: e
            .params
            .iter()
            .map(|p| ParamView {
                key: param_key(p.kind).to_string(),
                label: t(lang, &format!("est-param-{}", param_key(p.kind).replace('_', "-")), &Args::new()),
                value: p.value.clone(),
                effective_from: p.effective_from.to_string(),
                effective_to: p.effective_to.map(|d| d.to_string()),
                source_title: p.source.title.clone(),
                source_number: p.source.number.clone(),
                source_url: p.source.url.clone(),
                verified_at: p.verified_at.to_string(),
                verified: p.verified,
                note: p.note.clone(),
            })
            .collect(),
        warnings: e.warnings.iter().map(|w| warning_view(w, lang)).collect(),
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
        v.pack.region_name, v.pack.scheme_label, v.setting_label, v.filing_label, v.date_used
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
