//! Properties over the shipped packs and random bills and people.

use proptest::prelude::*;
use rust_decimal::Decimal;
use yidi_domain::{FilingCategory, Money, Scheme, WorkStatus};
use yidi_estimate::{
    compare, estimate, Bill, Case, Filing, Hospital, HospitalLevel, Library, Policy, Setting, YearToDate,
};

fn fen(n: u64) -> Money {
    Money::yuan(Decimal::new(n as i64, 2))
}

fn arb_case() -> impl Strategy<Value = (Case, usize)> {
    (
        0usize..8,
        0u64..300_000_000, // total in fen, up to 3,000,000 yuan
        0u32..=100,        // not covered, percent of total
        0u32..=100,        // 乙类, percent of what is left
        0usize..4,
        any::<bool>(),
        20u32..95,
        1u32..5,
        0u64..50_000_000, // year-to-date covered cost in fen
        0usize..6,
        0i64..200,
    )
        .prop_map(|(pack, total, nc, cb, level, retired, age, stay, ytd, filing, days)| {
            let lib = Library::shipped();
            let p = &lib.packs[pack % lib.packs.len()];
            let total_m = fen(total);
            let nc_m = fen(total * u64::from(nc) / 100);
            let cb_m = fen((total - total * u64::from(nc) / 100) * u64::from(cb) / 100);
            let ytd_cov = fen(ytd);
            let admission = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("date");
            let case = Case {
                insured_pool: p.region,
                scheme: p.scheme,
                work_status: match p.scheme {
                    Scheme::Employee => Some(if retired { WorkStatus::Retired } else { WorkStatus::InService }),
                    Scheme::Resident => None,
                },
                age,
                filing: [
                    Filing::Filed(FilingCategory::RelocatedRetiree),
                    Filing::Filed(FilingCategory::LongTermResident),
                    Filing::Filed(FilingCategory::Referral),
                    Filing::Filed(FilingCategory::Emergency),
                    Filing::Filed(FilingCategory::OtherTemporary),
                    Filing::NotFiled,
                ][filing],
                destination_pool: yidi_domain::RegionCode::parse("420100").expect("Wuhan"),
                hospital: Hospital { level: HospitalLevel::ALL[level], networked: true, designated: true },
                setting: Setting::Inpatient,
                admission,
                discharge: Some(admission + chrono::Duration::days(days)),
                stay_of_year: stay,
                year_to_date: YearToDate {
                    covered_cost: ytd_cov,
                    deductible_paid: ytd_cov.min(fen(50_000)),
                    fund_paid: fen(ytd * 8 / 10),
                    ..YearToDate::default()
                },
                bill: Bill { total: total_m, not_covered: Some(nc_m), class_b: Some(cb_m) },
                retired_on: None,
                tier: None,
                hardship: false,
            };
            (case, pack % lib.packs.len())
        })
}

fn policy(i: usize) -> Policy<'static> {
    let lib = Library::shipped();
    Policy { pack: &lib.packs[i], destinations: &lib.destinations }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn patient_plus_fund_is_the_total_to_the_fen((case, i) in arb_case()) {
        let e = estimate(policy(i), &case, None).expect("estimates");
        prop_assert_eq!(e.totals.patient + e.totals.fund, e.totals.total, "lines: {:?}", e.lines);
        for l in &e.lines {
            prop_assert_eq!(l.fund, l.fund.round_fen(), "every line ends on the fen");
            prop_assert_eq!(l.patient, l.patient.round_fen());
        }
        prop_assert!(e.totals.patient >= Money::ZERO && e.totals.fund >= Money::ZERO);
    }

    #[test]
    fn a_larger_bill_never_lowers_the_patients_share((case, i) in arb_case(), extra in 0u64..50_000_000, extra_nc in 0u64..1_000_000) {
        let before = estimate(policy(i), &case, None).expect("estimates").totals.patient;
        let mut bigger = case;
        bigger.bill.total = case.bill.total + fen(extra) + fen(extra_nc);
        bigger.bill.not_covered = Some(case.bill.not_covered.unwrap_or(Money::ZERO) + fen(extra_nc));
        let after = estimate(policy(i), &bigger, None).expect("estimates").totals.patient;
        prop_assert!(after >= before, "{} then {}", before, after);
    }

    #[test]
    fn no_cap_is_exceeded((case, i) in arb_case()) {
        let p = policy(i);
        let rules = &p.pack.settings.inpatient;
        let e = estimate(p, &case, None).expect("estimates");
        let cap = yidi_estimate::pack::in_force(&rules.basic_cap, e.date_used).expect("in force").value;
        if let Some(cap) = cap {
            prop_assert!(e.totals.basic_fund + case.year_to_date.fund_paid <= cap.max(case.year_to_date.fund_paid));
        }
        if let Some(t) = yidi_estimate::pack::in_force(&rules.top_up, e.date_used) {
            if let Some(c) = t.value.cap { prop_assert!(e.totals.top_up <= c); }
        }
        if let Some(ci) = yidi_estimate::pack::in_force(&rules.critical_illness, e.date_used) {
            if let Some(c) = ci.value.cap { prop_assert!(e.totals.critical_illness <= c); }
        }
    }

    #[test]
    fn a_cut_category_never_gets_more_than_a_long_term_filing((case, i) in arb_case()) {
        let options = compare(policy(i), &case, None);
        let long = options[0].result.as_ref().expect("long-term estimates").fund;
        for o in &options[1..] {
            let fund = o.result.as_ref().expect("estimates").fund;
            prop_assert!(fund <= long, "{:?} got {} > long-term {}", o.filing, fund, long);
        }
    }
}

/// A pack with every shape at once, including those no shipped pack uses (a deductible as a share
/// of the stay, a multiplier cut, a critical-illness layer with a cap, bounds with the deductible).
fn kitchen_sink() -> yidi_estimate::PolicyPack {
    use crate::common::{dated, pack_full};
    use serde_json::json;
    let mut rules = json!({
        "deductible": dated(json!({ "base": { "kind": "percent_of_stay", "share": "0.05", "floor": "300", "ceiling": "2000" },
                                    "basis": "per_stay", "nth_stay_factors": ["1", "0.5", "0"], "recharge_every_days": 60 })),
        "ratio": dated(json!({ "bounds_include_deductible": true, "rows": [
            { "when": { "work_status": "retired" }, "segments": [ { "up_to": "30000", "ratio": "0.9" }, { "ratio": "0.95" } ] },
            { "segments": [ { "up_to": "30000", "ratio": "0.85" }, { "up_to": "40000", "ratio": "0.9" }, { "ratio": "0.95" } ] } ] })),
        "basic_cap": dated(json!("150000")),
        "top_up": dated(json!({ "rows": [ { "ratio": "0.8" } ], "cap": "200000" })),
    });
    rules["critical_illness"] = dated(json!({ "deductible": "15000", "bounds_include_deductible": true,
                      "segments": [ { "up_to": "50000", "ratio": "0.6" }, { "ratio": "0.7" } ], "cap": "100000" }));
    let cuts = json!({
        "referral": { "kind": "points", "points": "5" }, "emergency": { "kind": "multiplier", "factor": "0.9" },
        "other_temporary": { "kind": "multiplier", "factor": "0.8" }, "not_filed": { "kind": "points", "points": "30" },
        "non_networked": { "kind": "multiplier", "factor": "0.7" } });
    pack_full(json!({ "inpatient": rules }), cuts, Scheme::Employee)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn every_shape_at_once_keeps_all_four_properties(
        (case, _) in arb_case(), networked in any::<bool>(), extra in 0u64..50_000_000, extra_nc in 0u64..1_000_000,
    ) {
        let pack = kitchen_sink();
        let dest = crate::common::destinations();
        let policy = Policy { pack: &pack, destinations: &dest };
        let mut c = case;
        c.insured_pool = pack.region;
        c.scheme = Scheme::Employee;
        c.work_status = c.work_status.or(Some(WorkStatus::InService));
        c.hospital.networked = networked;
        let e = estimate(policy, &c, None).expect("estimates");
        prop_assert_eq!(e.totals.patient + e.totals.fund, e.totals.total);
        prop_assert!(e.totals.basic_fund + c.year_to_date.fund_paid <= fen(15_000_000).max(c.year_to_date.fund_paid));
        prop_assert!(e.totals.top_up <= fen(20_000_000) && e.totals.critical_illness <= fen(10_000_000));
        let mut bigger = c;
        bigger.bill.total = c.bill.total + fen(extra) + fen(extra_nc);
        bigger.bill.not_covered = Some(c.bill.not_covered.unwrap_or(Money::ZERO) + fen(extra_nc));
        let after = estimate(policy, &bigger, None).expect("estimates").totals.patient;
        prop_assert!(after >= e.totals.patient, "{} then {}", e.totals.patient, after);
        let options = compare(policy, &c, None);
        let long = options[0].result.as_ref().expect("long-term").fund;
        for o in &options[1..] {
            prop_assert!(o.result.as_ref().expect("estimates").fund <= long, "{:?}", o.filing);
        }
    }
}
