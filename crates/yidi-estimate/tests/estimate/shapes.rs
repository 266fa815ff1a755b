//! One test per shape the pack format must express, each against figures worked out by hand in
//! the comments. The default case: bill 20000, not covered 1000, 乙类 2000 at Hubei's 10% first
//! share (200), so covered = 20000 − 1000 − 200 = 18800.

use crate::common::*;
use serde_json::json;
use yidi_domain::{FilingCategory, Money, Scheme, WorkStatus};
use yidi_estimate::{
    estimate, EstimateError, Filing, HospitalLevel, Layer, LineKind, NothingReason, ParamKind, Policy, Setting, Warning,
};

fn run(pack: &yidi_estimate::PolicyPack, case: &yidi_estimate::Case) -> yidi_estimate::Estimate {
    let dest = destinations();
    estimate(Policy { pack, destinations: &dest }, case, None).expect("the case estimates")
}

fn deductible_of(e: &yidi_estimate::Estimate) -> Money {
    e.lines.iter().find(|l| matches!(l.kind, LineKind::Deductible { .. })).map(|l| l.patient).unwrap_or(Money::ZERO)
}

#[test]
fn destination_first_share_and_not_covered_are_the_patients() {
    let p = pack(inpatient(fixed("1300"), flat("0.85"), "1000000"), no_cuts());
    let e = run(&p, &case());
    assert_eq!(e.lines[0].patient, m("1000"), "not covered is paid by the patient in full");
    assert_eq!(e.lines[1].patient, m("200"), "2000 of 乙类 at Hubei's 10% first share is 200");
    assert_eq!(e.totals.covered, m("18800"));
    // Unknown destination: no share on file, said plainly and taken as zero.
    let mut c = case();
    c.destination_pool = yidi_domain::RegionCode::parse("530100").expect("Kunming");
    let e = run(&p, &c);
    assert_eq!(e.lines[1].patient, Money::ZERO);
    assert!(e.warnings.contains(&Warning::DestinationShareUnknown), "a missing share must be reported");
}

#[test]
fn deductible_by_hospital_level() {
    let ded = json!({ "base": { "kind": "fixed", "rows": [
        { "when": { "levels": ["level3"] }, "amount": "1300" },
        { "when": { "levels": ["level2"] }, "amount": "800" },
        { "amount": "300" } ] }, "basis": "per_stay" });
    let p = pack(inpatient(ded, flat("0.85"), "1000000"), no_cuts());
    // Level 3: (18800 − 1300) × 0.85 = 14875.
    let e = run(&p, &case());
    assert_eq!((deductible_of(&e), e.totals.fund), (m("1300"), m("14875")), "level 3 pays 1300 first");
    // Level 2: (18800 − 800) × 0.85 = 15300; level 1 falls to the catch-all 300: 18500 × 0.85 = 15725.
    let mut c = case();
    c.hospital.level = HospitalLevel::Level2;
    assert_eq!(run(&p, &c).totals.fund, m("15300"));
    c.hospital.level = HospitalLevel::Level1;
    assert_eq!(run(&p, &c).totals.fund, m("15725"));
}

#[test]
fn second_stay_half_and_none_from_the_third() {
    let ded = json!({ "base": { "kind": "fixed", "rows": [ { "amount": "1300" } ] }, "basis": "per_stay",
                      "nth_stay_factors": ["1", "0.5", "0"] });
    let p = pack(inpatient(ded, flat("0.85"), "1000000"), no_cuts());
    let mut c = case();
    c.stay_of_year = 2;
    // 650 deductible: (18800 − 650) × 0.85 = 15427.50.
    let e = run(&p, &c);
    assert_eq!((deductible_of(&e), e.totals.fund), (m("650"), m("15427.50")), "the 2nd stay pays half");
    c.stay_of_year = 3;
    let e = run(&p, &c);
    assert_eq!((deductible_of(&e), e.totals.fund), (Money::ZERO, m("15980")), "none from the 3rd: 18800 × 0.85");
    c.stay_of_year = 7;
    assert_eq!(deductible_of(&run(&p, &c)), Money::ZERO, "the last factor repeats");
}

#[test]
fn yearly_cumulative_deductible() {
    let ded = json!({ "base": { "kind": "fixed", "rows": [ { "amount": "1500" } ] }, "basis": "per_year" });
    let p = pack(inpatient(ded, flat("0.85"), "1000000"), no_cuts());
    let mut c = case();
    c.year_to_date.deductible_paid = m("1000");
    // 500 left of 1500: (18800 − 500) × 0.85 = 15555.
    let e = run(&p, &c);
    assert_eq!(
        (deductible_of(&e), e.totals.fund),
        (m("500"), m("15555")),
        "only what is left of the year's deductible"
    );
    c.year_to_date.deductible_paid = m("2000");
    assert_eq!(deductible_of(&run(&p, &c)), Money::ZERO, "a year's deductible already paid is not paid again");
    c.stay_of_year = 3;
    c.year_to_date.deductible_paid = Money::ZERO;
    assert_eq!(deductible_of(&run(&p, &c)), m("1500"), "the stay number does not matter for a yearly deductible");
}

#[test]
fn deductible_as_a_share_of_the_stay_with_floor_and_ceiling() {
    let ded = json!({ "base": { "kind": "percent_of_stay", "share": "0.10", "floor": "500", "ceiling": "1500" },
                      "basis": "per_stay" });
    let p = pack(inpatient(ded, flat("0.80"), "1000000"), no_cuts());
    let mut c = case();
    c.bill = covered_bill("10000");
    // 10% of 10000 = 1000, within bounds: (10000 − 1000) × 0.8 = 7200.
    let e = run(&p, &c);
    assert_eq!((deductible_of(&e), e.totals.fund), (m("1000"), m("7200")));
    c.bill = covered_bill("3000");
    assert_eq!(deductible_of(&run(&p, &c)), m("500"), "10% of 3000 = 300 is raised to the 500 floor");
    c.bill = covered_bill("40000");
    assert_eq!(deductible_of(&run(&p, &c)), m("1500"), "10% of 40000 = 4000 is held to the 1500 ceiling");
}

#[test]
fn deductible_charged_again_every_90_days() {
    let ded = json!({ "base": { "kind": "fixed", "rows": [ { "amount": "1000" } ] }, "basis": "per_stay",
                      "recharge_every_days": 90 });
    let p = pack(inpatient(ded, flat("0.85"), "1000000"), no_cuts());
    let mut c = case();
    c.admission = d("2026-01-01");
    c.discharge = Some(d("2026-04-01")); // 90 days: one charge
    assert_eq!(deductible_of(&run(&p, &c)), m("1000"));
    c.discharge = Some(d("2026-05-01")); // 120 days: a second period began on day 91
    let e = run(&p, &c);
    assert_eq!(deductible_of(&e), m("2000"), "120 days is two 90-day periods");
    assert_eq!(e.totals.fund, m("14280"), "(18800 − 2000) × 0.85");
    c.discharge = None;
    let e = run(&p, &c);
    assert!(e.warnings.contains(&Warning::RechargeNeedsDischarge { days: 90 }), "without a discharge date, say so");
}

#[test]
fn ratio_by_level_work_status_and_age_band() {
    let ratio = json!({ "bounds_include_deductible": false, "rows": [
        { "when": { "levels": ["level3"], "work_status": "in_service", "age_to": 44 }, "segments": [ { "ratio": "0.80" } ] },
        { "when": { "levels": ["level3"], "work_status": "in_service", "age_from": 45 }, "segments": [ { "ratio": "0.85" } ] },
        { "when": { "levels": ["level3"], "work_status": "retired" }, "segments": [ { "ratio": "0.90" } ] } ] });
    let p = pack(inpatient(json!({ "base": { "kind": "none" }, "basis": "per_stay" }), ratio, "1000000"), no_cuts());
    let mut c = case();
    assert_eq!(run(&p, &c).totals.fund, m("15040"), "40, in service: 18800 × 0.80");
    c.age = 45;
    assert_eq!(run(&p, &c).totals.fund, m("15980"), "45 is in the second band: 18800 × 0.85");
    c.work_status = Some(WorkStatus::Retired);
    assert_eq!(run(&p, &c).totals.fund, m("16920"), "retired: 18800 × 0.90");
    c.hospital.level = HospitalLevel::Level2;
    let dest = destinations();
    assert_eq!(
        estimate(Policy { pack: &p, destinations: &dest }, &c, None),
        Err(EstimateError::NoRow(ParamKind::Ratio)),
        "no row for level 2: an error, not a guess"
    );
}

#[test]
fn segment_bounds_with_or_without_the_deductible_give_different_answers() {
    let segs =
        json!([ { "up_to": "30000", "ratio": "0.85" }, { "up_to": "40000", "ratio": "0.90" }, { "ratio": "0.95" } ]);
    let with = pack(
        inpatient(
            fixed("1300"),
            json!({ "bounds_include_deductible": true, "rows": [ { "segments": segs } ] }),
            "1000000",
        ),
        no_cuts(),
    );
    let without = pack(
        inpatient(
            fixed("1300"),
            json!({ "bounds_include_deductible": false, "rows": [ { "segments": segs } ] }),
            "1000000",
        ),
        no_cuts(),
    );
    let mut c = case();
    c.bill = covered_bill("40000");
    // Counting the deductible: 1300–30000 at 85% = 24395, 30000–40000 at 90% = 9000; fund 33395.
    let e = run(&with, &c);
    assert_eq!(e.totals.fund, m("33395"), "Beijing-style bounds from the deductible");
    let bases: Vec<Money> =
        e.lines.iter().filter(|l| matches!(l.kind, LineKind::Segment { .. })).map(|l| l.base).collect();
    assert_eq!(bases, vec![m("28700"), m("10000")]);
    // Not counting it: the 38700 above it runs 0–30000 at 85% = 25500, then 8700 at 90% = 7830; 33330.
    assert_eq!(run(&without, &c).totals.fund, m("33330"), "bounds on the cost above the deductible");
    // Earlier in the year 25000 was counted (1300 of it deductible): this stay starts higher.
    c.year_to_date.covered_cost = m("25000");
    c.year_to_date.deductible_paid = m("1300");
    c.stay_of_year = 2;
    let e = run(&with, &c);
    // Deductible 1300 again (factor 1): eligible 38700 from 26300: 3700 at 85% = 3145,
    // 10000 at 90% = 9000, 25000 at 95% = 23750; fund 35895.
    assert_eq!(e.totals.fund, m("35895"), "the position in the year decides the band");
}

#[test]
fn basic_cap_bites_inside_a_band() {
    let p =
        pack(inpatient(json!({ "base": { "kind": "none" }, "basis": "per_stay" }), flat("0.85"), "20000"), no_cuts());
    let mut c = case();
    c.bill = covered_bill("40000");
    // 40000 × 0.85 = 34000 > 20000: cost 20000 / 0.85 = 23529.41 is paid (fund 20000.00),
    // 16470.59 is above the cap.
    let e = run(&p, &c);
    assert_eq!(e.totals.fund, m("20000"), "the fund pays exactly its cap");
    let over =
        e.lines.iter().find(|l| matches!(l.kind, LineKind::OverCap { layer: Layer::Basic })).expect("over-cap line");
    assert_eq!(over.base, m("16470.59"));
    assert!(e.lines.iter().any(|l| l.cap_reached), "the line where the cap bit is marked");
    c.year_to_date.fund_paid = m("15000");
    assert_eq!(run(&p, &c).totals.fund, m("5000"), "only what is left of the cap this year");
}

#[test]
fn top_up_layer_above_the_cap_with_its_own_cap() {
    let mut rules = inpatient(json!({ "base": { "kind": "none" }, "basis": "per_stay" }), flat("0.85"), "20000");
    rules["top_up"] = dated(json!({ "rows": [ { "ratio": "0.80" } ], "cap": "10000" }));
    let p = pack(rules.clone(), no_cuts());
    let mut c = case();
    c.bill = covered_bill("40000");
    // Above the cap 16470.59 × 0.8 = 13176.47, held to the layer's 10000.
    let e = run(&p, &c);
    assert_eq!((e.totals.basic_fund, e.totals.top_up, e.totals.patient), (m("20000"), m("10000"), m("10000")));
    rules["top_up"] = dated(json!({ "rows": [ { "ratio": "0.80" } ] }));
    let e = run(&pack(rules, no_cuts()), &c);
    assert_eq!(e.totals.top_up, m("13176.47"), "no layer cap: 16470.59 × 0.8");
    assert_eq!(e.totals.patient, m("6823.53"));
}

#[test]
fn critical_illness_layer_with_its_own_deductible_and_segments() {
    let build = |include: bool| {
        let mut rules = inpatient(json!({ "base": { "kind": "none" }, "basis": "per_stay" }), flat("0.50"), "1000000");
        rules["critical_illness"] = dated(json!({ "deductible": "5000", "bounds_include_deductible": include,
            "segments": [ { "up_to": "10000", "ratio": "0.60" }, { "ratio": "0.70" } ] }));
        pack_full(json!({ "inpatient": rules }), no_cuts(), Scheme::Resident)
    };
    let mut c = case();
    c.scheme = Scheme::Resident;
    c.work_status = None;
    c.bill = covered_bill("40000");
    // Basic 40000 × 0.5 = 20000; burden 20000, 15000 above the layer's 5000:
    // bounds above the deductible: 10000 × 0.6 + 5000 × 0.7 = 9500.
    let e = run(&build(false), &c);
    assert_eq!((e.totals.basic_fund, e.totals.critical_illness, e.totals.patient), (m("20000"), m("9500"), m("10500")));
    // Bounds counting the deductible: 5000–10000 at 0.6 = 3000, 10000–20000 at 0.7 = 7000.
    assert_eq!(run(&build(true), &c).totals.critical_illness, m("10000"));
}

#[test]
fn temporary_categories_cut_by_points_or_multiplier_and_nothing_paid() {
    let cuts = json!({
        "referral": { "kind": "points", "points": "10" }, "emergency": { "kind": "none" },
        "other_temporary": { "kind": "multiplier", "factor": "0.8" },
        "not_filed": { "kind": "nothing_paid" }, "non_networked": { "kind": "nothing_paid" } });
    let p = pack(inpatient(json!({ "base": { "kind": "none" }, "basis": "per_stay" }), flat("0.85"), "1000000"), cuts);
    let mut c = case();
    assert_eq!(run(&p, &c).totals.fund, m("15980"), "long-term: 18800 × 0.85, never cut");
    c.filing = Filing::Filed(FilingCategory::Referral);
    assert_eq!(run(&p, &c).totals.fund, m("14100"), "10 points lower: 18800 × 0.75");
    c.filing = Filing::Filed(FilingCategory::OtherTemporary);
    assert_eq!(run(&p, &c).totals.fund, m("12784"), "80% of the ratio: 18800 × 0.68");
    c.filing = Filing::Filed(FilingCategory::Emergency);
    assert_eq!(run(&p, &c).totals.fund, m("15980"), "emergency is not cut here");
    c.filing = Filing::NotFiled;
    let e = run(&p, &c);
    assert_eq!((e.totals.fund, e.totals.patient), (Money::ZERO, m("20000")), "not filed: nothing paid");
    assert!(matches!(e.lines.last().map(|l| l.kind), Some(LineKind::NothingPaid { reason: NothingReason::Filing })));
    c.filing = Filing::Filed(FilingCategory::LongTermResident);
    c.hospital.networked = false;
    assert_eq!(run(&p, &c).totals.fund, Money::ZERO, "non-networked: nothing paid by this pack");
    c.hospital.networked = true;
    c.hospital.designated = false;
    let e = run(&p, &c);
    assert_eq!(e.totals.fund, Money::ZERO, "a non-designated hospital is never paid");
}

#[test]
fn outpatient_rules_of_their_own() {
    let settings = json!({
        "inpatient": inpatient(fixed("1300"), flat("0.85"), "1000000"),
        "outpatient_general": inpatient(json!({ "base": { "kind": "fixed", "rows": [ { "amount": "500" } ] }, "basis": "per_year" }), flat("0.50"), "3000"),
    });
    let p = pack_full(settings, no_cuts(), Scheme::Employee);
    let mut c = case();
    c.setting = Setting::OutpatientGeneral;
    c.bill = covered_bill("1000");
    // (1000 − 500) × 0.5 = 250.
    assert_eq!(run(&p, &c).totals.fund, m("250"));
    c.bill = covered_bill("20000");
    assert_eq!(run(&p, &c).totals.fund, m("3000"), "the outpatient cap, not the inpatient one");
    c.setting = Setting::OutpatientChronic;
    let dest = destinations();
    assert_eq!(
        estimate(Policy { pack: &p, destinations: &dest }, &c, None),
        Err(EstimateError::NoRules(Setting::OutpatientChronic)),
        "a setting the region does not publish is an error"
    );
}

#[test]
fn values_are_picked_by_date_and_a_date_outside_every_period_is_refused() {
    let ded = json!([
        { "value": { "base": { "kind": "fixed", "rows": [ { "amount": "1000" } ] }, "basis": "per_stay" },
          "effective_from": "2026-01-01", "effective_to": "2026-12-31", "source": "s", "kind": "official", "verified_at": "2026-11-23", "verified": true },
        { "value": { "base": { "kind": "fixed", "rows": [ { "amount": "2000" } ] }, "basis": "per_stay" },
          "effective_from": "2027-01-01", "source": "s", "kind": "official", "verified_at": "2026-11-23", "verified": false, "note": "announced" } ]);
    let rules = json!({ "deductible": ded, "ratio": dated(flat("0.85")), "basic_cap": dated(json!("1000000")) });
    let p = pack(rules, no_cuts());
    let mut c = case();
    assert_eq!(deductible_of(&run(&p, &c)), m("1000"));
    // Across the new year: the discharge date decides (the pack's default rule).
    c.admission = d("2026-12-20");
    c.discharge = Some(d("2027-01-05"));
    let e = run(&p, &c);
    assert_eq!(deductible_of(&e), m("2000"), "a stay across the year follows the discharge date");
    assert!(e.warnings.contains(&Warning::CrossYear { date_used: d("2027-01-05") }));
    assert!(
        matches!(e.warnings.first(), Some(Warning::UnverifiedValues { count: 1 })),
        "the unverified 2027 value is said plainly"
    );
    // Before every period.
    c.admission = d("2024-06-01");
    c.discharge = Some(d("2024-06-10"));
    let dest = destinations();
    let err = estimate(Policy { pack: &p, destinations: &dest }, &c, None).expect_err("a date before every version");
    assert!(matches!(err, EstimateError::DateNotCovered { .. }), "no fall-back to the nearest version: {err:?}");
}

// ---- Shapes added for issue 13 (each worked by hand in its comments). ----

fn with_first_share() -> yidi_estimate::PolicyPack {
    let cuts = json!({ "referral": { "kind": "none" }, "emergency": { "kind": "none" },
        "other_temporary": { "kind": "first_share", "share": "0.2" }, "not_filed": { "kind": "nothing_paid" },
        "non_networked": { "kind": "none" } });
    pack(inpatient(fixed("1300"), flat("0.85"), "1000000"), cuts)
}

#[test]
fn temporary_first_self_paid_share_comes_before_the_deductible() {
    // 先自理 20%: covered 18800 × 20% = 3760 first; the rest 15040 goes through the ordinary
    // rules: deductible 1300, fund (15040 − 1300) × 85% = 13740 × 0.85 = 11679;
    // patient 20000 − 11679 = 8321 (= 1000 + 200 + 3760 + 1300 + 2061).
    let p = with_first_share();
    let mut c = case();
    c.filing = Filing::Filed(FilingCategory::OtherTemporary);
    let e = run(&p, &c);
    let first = e.lines.iter().find(|l| l.kind == LineKind::TemporaryFirstShare).expect("a first-share line");
    assert_eq!((first.base, first.patient), (m("18800"), m("3760")), "20% of the covered 18800");
    assert_eq!(deductible_of(&e), m("1300"));
    assert_eq!((e.totals.fund, e.totals.patient), (m("11679"), m("8321")));
    // A long-term filing is never cut: (18800 − 1300) × 0.85 = 14875.
    assert_eq!(run(&p, &case()).totals.fund, m("14875"));
}

#[test]
fn insurance_year_starting_on_1_july() {
    // Ratio 85% to 2026-06-30, 90% from 2026-07-01; deductible 1300.
    let ratio = json!([
        { "value": { "bounds_include_deductible": false, "rows": [ { "segments": [ { "ratio": "0.85" } ] } ] },
          "effective_from": "2025-01-01", "effective_to": "2026-06-30", "source": "s", "kind": "official",
          "verified_at": "2026-12-02", "verified": true },
        { "value": { "bounds_include_deductible": false, "rows": [ { "segments": [ { "ratio": "0.90" } ] } ] },
          "effective_from": "2026-07-01", "source": "s", "kind": "official", "verified_at": "2026-12-02", "verified": true } ]);
    let rules = json!({ "deductible": dated(fixed("1300")), "ratio": ratio, "basic_cap": dated(json!("1000000")) });
    let mut july = pack(rules.clone(), no_cuts());
    july.insurance_year_start = Some(yidi_estimate::pack::YearStart { month: 7, day: 1 });
    let calendar = pack(rules, no_cuts());

    // 2026-06-20 → 2026-07-05 crosses the July insurance year: values of the discharge date,
    // (18800 − 1300) × 90% = 15750, and the warning says so.
    let mut c = case();
    c.admission = d("2026-06-20");
    c.discharge = Some(d("2026-07-05"));
    let e = run(&july, &c);
    assert_eq!(e.totals.fund, m("15750"));
    assert!(e.warnings.contains(&Warning::CrossYear { date_used: d("2026-07-05") }));
    // The same stay in a calendar-year pack stays in one year: admission values, 17500 × 85% = 14875.
    let e = run(&calendar, &c);
    assert_eq!(e.totals.fund, m("14875"));
    assert!(!e.warnings.iter().any(|w| matches!(w, Warning::CrossYear { .. })));
    // 2026-12-20 → 2027-01-05 is inside one July insurance year (no warning), but crosses a calendar
    // year, where the discharge date (2027, also 90%) decides.
    c.admission = d("2026-12-20");
    c.discharge = Some(d("2027-01-05"));
    let e = run(&july, &c);
    assert_eq!(e.date_used, d("2026-12-20"), "one insurance year: the admission date decides");
    assert!(!e.warnings.iter().any(|w| matches!(w, Warning::CrossYear { .. })));
    assert_eq!(run(&calendar, &c).date_used, d("2027-01-05"));
}

#[test]
fn retirement_date_condition() {
    // Shanghai's shape: retired on or before 2000-12-31 → 700 a year, later retirees 1200; 92%.
    let ded = json!({ "base": { "kind": "fixed", "rows": [
        { "when": { "work_status": "retired", "retired_before": "2001-01-01" }, "amount": "700" },
        { "when": { "work_status": "retired" }, "amount": "1200" } ] }, "basis": "per_year" });
    let p = pack(inpatient(ded, flat("0.92"), "1000000"), no_cuts());
    let mut c = case();
    c.work_status = Some(WorkStatus::Retired);
    c.retired_on = Some(d("2000-06-30"));
    // (18800 − 700) × 92% = 18100 × 0.92 = 16652.
    assert_eq!(run(&p, &c).totals.fund, m("16652"), "retired before 2001: deductible 700");
    // (18800 − 1200) × 92% = 17600 × 0.92 = 16192.
    c.retired_on = Some(d("2005-03-01"));
    assert_eq!(run(&p, &c).totals.fund, m("16192"), "retired after 2000: deductible 1200");
    c.retired_on = None;
    assert_eq!(run(&p, &c).totals.fund, m("16192"), "no retirement date: the general row");
}

#[test]
fn contribution_tiers() {
    // Shenzhen's shape: tier 1 at 90%, tier 2 at 85% (level 3); deductible 600.
    let ratio = json!({ "bounds_include_deductible": false, "rows": [
        { "when": { "tier": 1 }, "segments": [ { "ratio": "0.90" } ] },
        { "when": { "tier": 2 }, "segments": [ { "ratio": "0.85" } ] } ] });
    let p = pack(inpatient(fixed("600"), ratio, "1000000"), no_cuts());
    let mut c = case();
    // No tier given is tier 1: (18800 − 600) × 90% = 16380.
    assert_eq!(run(&p, &c).totals.fund, m("16380"));
    c.tier = Some(2);
    // 18200 × 85% = 15470.
    assert_eq!(run(&p, &c).totals.fund, m("15470"));
}

#[test]
fn hardship_halves_the_critical_illness_deductible_adds_five_points_and_lifts_the_cap() {
    let rules = json!({
        "deductible": dated(fixed("1300")), "ratio": dated(flat("0.5")), "basic_cap": dated(json!("1000000")),
        "critical_illness": dated(json!({ "deductible": "20000", "bounds_include_deductible": false,
            "segments": [ { "up_to": "50000", "ratio": "0.60" }, { "ratio": "0.70" } ], "cap": "10000",
            "hardship": { "deductible_factor": "0.5", "ratio_points": "5", "no_cap": true } })) });
    let p = pack(rules, no_cuts());
    let mut c = case();
    c.bill = covered_bill("200000");
    // Burden: deductible 1300 + (198700 × 50%) 99350 = 100650.
    // Ordinary: 100650 − 20000 = 80650 above the layer's deductible; 50000 × 60% = 30000 is over
    // the 10000 cap, so the layer pays 10000; patient 100650 − 10000 = 90650.
    let e = run(&p, &c);
    assert_eq!((e.totals.critical_illness, e.totals.patient), (m("10000"), m("90650")));
    // Hardship: deductible 10000 → 90650 above it; 50000 × 65% = 32500, 40650 × 75% = 30487.50,
    // no cap: 62987.50; patient 100650 − 62987.50 = 37662.50.
    c.hardship = true;
    let e = run(&p, &c);
    assert_eq!((e.totals.critical_illness, e.totals.patient), (m("62987.50"), m("37662.50")));
}

#[test]
fn deductible_by_stay_number_rows() {
    // Xi'an's shape: 650 / 550 / 350 for the 1st / 2nd / 3rd stay, none from the 4th.
    let ded = json!({ "base": { "kind": "fixed", "rows": [
        { "when": { "stay_to": 1 }, "amount": "650" }, { "when": { "stay_from": 2, "stay_to": 2 }, "amount": "550" },
        { "when": { "stay_from": 3, "stay_to": 3 }, "amount": "350" }, { "when": { "stay_from": 4 }, "amount": "0" } ] },
        "basis": "per_stay" });
    let p = pack(inpatient(ded, flat("0.85"), "1000000"), no_cuts());
    let mut c = case();
    c.stay_of_year = 2;
    // (18800 − 550) × 85% = 15512.50.
    assert_eq!(run(&p, &c).totals.fund, m("15512.50"));
    c.stay_of_year = 4;
    // 18800 × 85% = 15980.
    assert_eq!(run(&p, &c).totals.fund, m("15980"));
}

#[test]
fn an_annual_limit_no_source_states_is_not_applied_and_said_so() {
    let rules = json!({ "deductible": dated(fixed("1300")), "ratio": dated(flat("0.85")), "basic_cap": dated(json!(null)) });
    let p = pack(rules, no_cuts());
    let mut c = case();
    c.bill = covered_bill("2000000");
    // (2000000 − 1300) × 85% = 1698895, no cap.
    let e = run(&p, &c);
    assert_eq!(e.totals.fund, m("1698895"));
    assert!(e.warnings.contains(&Warning::CapUnknown));
}
