//! Builders shared by the integration tests: small packs written inline, so each test shows the
//! one rule it checks, and a default case that tests change field by field.
#![allow(dead_code)]

use std::str::FromStr;

use chrono::NaiveDate;
use serde_json::{json, Value};
use yidi_domain::{FilingCategory, Money, RegionCode, Scheme, WorkStatus};
use yidi_estimate::{Bill, Case, DestinationTable, Filing, Hospital, HospitalLevel, PolicyPack, Setting, YearToDate};

pub fn m(s: &str) -> Money {
    Money::parse_field("test", s).expect("test amounts are valid")
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::from_str(s).expect("test dates are valid")
}

/// A value in force from 2025-01-01, verified, from source "s".
pub fn dated(value: Value) -> Value {
    json!([{ "value": value, "effective_from": "2025-01-01", "source": "s", "kind": "official", "verified_at": "2026-11-23", "verified": true }])
}

pub fn fixed(amount: &str) -> Value {
    json!({ "base": { "kind": "fixed", "rows": [ { "amount": amount } ] }, "basis": "per_stay" })
}

pub fn flat(ratio: &str) -> Value {
    json!({ "bounds_include_deductible": false, "rows": [ { "segments": [ { "ratio": ratio } ] } ] })
}

pub fn no_cuts() -> Value {
    json!({
        "referral": { "kind": "none" }, "emergency": { "kind": "none" }, "other_temporary": { "kind": "none" },
        "not_filed": { "kind": "none" }, "non_networked": { "kind": "none" }
    })
}

/// Inpatient rules from their parts (already wrapped in histories where needed).
pub fn inpatient(deductible: Value, ratio: Value, cap: &str) -> Value {
    json!({ "deductible": dated(deductible), "ratio": dated(ratio), "basic_cap": dated(json!(cap)) })
}

/// A Beijing-employee pack with the given inpatient rules and cuts.
pub fn pack(inpatient_rules: Value, cuts: Value) -> PolicyPack {
    pack_full(json!({ "inpatient": inpatient_rules }), cuts, Scheme::Employee)
}

pub fn pack_full(settings: Value, cuts: Value, scheme: Scheme) -> PolicyPack {
    let scheme = match scheme {
        Scheme::Employee => "employee",
        Scheme::Resident => "resident",
    };
    let doc = json!({
        "schema": 1, "pack_id": "test", "region": "110000", "region_name": "test", "scheme": scheme,
        "sources": { "s": { "title": "test", "url": "https://example.invalid/" } },
        "settings": settings,
        "cross_province": dated(cuts),
    });
    PolicyPack::from_json("test", &doc.to_string()).expect("test pack is valid")
}

/// Hubei province at 10% 乙类 first share.
pub fn destinations() -> DestinationTable {
    let doc = json!({
        "schema": 1,
        "sources": { "s": { "title": "test", "url": "https://example.invalid/" } },
        "destinations": [ { "region": "420000", "region_name": "湖北省", "class_b_first_share": dated(json!("0.10")) } ]
    });
    DestinationTable::from_json("test", &doc.to_string()).expect("test table is valid")
}

/// In service, 40, long-term filed, level-3 networked hospital in Wuhan, first stay,
/// 2026-03-01 to 2026-03-11, bill 20000 of which 1000 not covered and 2000 乙类.
pub fn case() -> Case {
    Case {
        insured_pool: RegionCode::parse("110000").expect("code"),
        scheme: Scheme::Employee,
        work_status: Some(WorkStatus::InService),
        age: 40,
        filing: Filing::Filed(FilingCategory::LongTermResident),
        destination_pool: RegionCode::parse("420100").expect("code"),
        hospital: Hospital { level: HospitalLevel::Level3, networked: true, designated: true },
        setting: Setting::Inpatient,
        admission: d("2026-03-01"),
        discharge: Some(d("2026-03-11")),
        stay_of_year: 1,
        year_to_date: YearToDate::default(),
        bill: Bill { total: m("20000"), not_covered: Some(m("1000")), class_b: Some(m("2000")) },
        retired_on: None,
        tier: None,
        hardship: false,
    }
}

/// A bill that is all covered, no 乙类.
pub fn covered_bill(total: &str) -> Bill {
    Bill { total: m(total), not_covered: Some(Money::ZERO), class_b: Some(Money::ZERO) }
}
