//! The estimate API: requests in, localized views out, every bad input an error naming its field.

use serde_json::{json, Value};
use yidi_core::{
    estimate::{estimate, BillRequest, EstimateRequest, HospitalRequest, PackFile},
    Lang,
};
use yidi_domain::i18n::{self, Args};

fn request() -> Value {
    json!({
        "insuredRegion": "110105", "scheme": "employee", "workStatus": "in_service", "age": 50,
        "filing": "long_term_resident", "destination": "420106",
        "hospital": { "level": "level3" },
        "admissionDate": "2026-03-01", "dischargeDate": "2026-03-15",
        "bill": { "total": "50000", "notCovered": "2000", "classB": "5000" }
    })
}

fn error(v: &Value, lang: Lang) -> yidi_core::ApiError {
    estimate(v, None, lang).expect_err("this request must be refused")
}

#[test]
fn a_full_view_with_lines_sources_and_comparison() {
    let v = estimate(&request(), None, Lang::ZhCn).expect("estimates");
    // Hand-worked in crates/yidi-estimate/tests/golden.rs: fund 40520, patient 9480.
    assert_eq!((v.summary.fund.to_string(), v.summary.patient.to_string()), ("40520.00".into(), "9480.00".into()));
    let keys: Vec<&str> = v.lines.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["not_covered", "class_b_first", "deductible", "basic_segment", "basic_segment", "basic_segment"]);
    assert!(
        v.lines.iter().all(|l| !l.label.starts_with("est-") && !l.detail.contains("est-")),
        "every line is localized"
    );
    assert!(v.parameters.iter().all(|p| !p.source_title.is_empty() && !p.effective_from.is_empty()));
    assert!(!v.pack.verified, "the shipped Beijing pack is unverified and must say so");
    assert_eq!(v.warnings[0].code, "unverified");
    let filings: Vec<&str> = v.comparison.iter().map(|o| o.filing.as_str()).collect();
    assert_eq!(filings, ["long_term_resident", "referral", "other_temporary", "not_filed"]);
    assert!(v.comparison[0].current);
    assert_eq!(v.comparison[0].extra_vs_long_term.map(|m| m.to_string()), Some("0.00".into()));
    assert!(!v.comparison[3].direct_settlement, "not filed means a manual claim");
    assert!(v.band.is_none(), "a full bill needs no band");
    let json = serde_json::to_value(&v).expect("serializes");
    assert!(json.get("dateUsed").is_some() && json["summary"].get("basicFund").is_some(), "camelCase for the UI");
}

#[test]
fn a_total_alone_gives_a_band_with_its_assumptions() {
    let mut r = request();
    r["bill"] = json!({ "total": "50000" });
    let v = estimate(&r, None, Lang::EnUs).expect("estimates");
    let band = v.band.expect("a band for a total alone");
    assert_eq!(band.len(), 3);
    assert!(band[0].patient <= band[1].patient && band[1].patient <= band[2].patient, "low ≤ typical ≤ high");
    assert_eq!((band[1].not_covered_share.as_str(), band[1].class_b_share.as_str()), ("10%", "20%"));
    assert_eq!(band[1].patient, v.summary.patient, "the headline is the typical case");
    assert!(v.warnings.iter().any(|w| w.code == "assumed_shares"), "assumptions are stated");
}

#[test]
fn the_typed_request_is_the_same_shape() {
    let typed = EstimateRequest {
        insured_region: "110105".into(),
        scheme: "employee".into(),
        work_status: Some("in_service".into()),
        age: 50,
        filing: "long_term_resident".into(),
        destination: "420106".into(),
        hospital: HospitalRequest { level: "level3".into(), networked: None, designated: None },
        admission_date: "2026-03-01".into(),
        discharge_date: Some("2026-03-15".into()),
        bill: BillRequest { total: "50000".into(), not_covered: Some("2000".into()), class_b: Some("5000".into()) },
        ..EstimateRequest::default()
    };
    let a = estimate(&typed.to_json(), None, Lang::ZhCn).expect("typed");
    let b = estimate(&request(), None, Lang::ZhCn).expect("loose");
    assert_eq!(a, b);
}

#[test]
fn bad_inputs_name_their_field_in_every_language() {
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Edit, &str, &str)> = vec![
        (
            "missing total",
            Box::new(|r| {
                r["bill"].as_object_mut().map(|b| b.remove("total"));
            }),
            "bill.total",
            "missing",
        ),
        ("negative amount", Box::new(|r| r["bill"]["notCovered"] = json!("-1")), "bill.notCovered", "negative"),
        (
            "no pack for the region",
            Box::new(|r| r["insuredRegion"] = json!("410102")),
            "insuredRegion",
            "est-err-no-pack",
        ),
        ("unknown division", Box::new(|r| r["destination"] = json!("429999")), "destination", "unknown_region"),
        (
            "a date no pack covers",
            Box::new(|r| {
                r["admissionDate"] = json!("2020-01-02");
                r["dischargeDate"] = json!("2020-01-09");
            }),
            "admissionDate",
            "est-err-date-not-covered",
        ),
        (
            "employee without work status",
            Box::new(|r| {
                r.as_object_mut().map(|o| o.remove("workStatus"));
            }),
            "workStatus",
            "missing",
        ),
        ("unknown key", Box::new(|r| r["hospital"]["grade"] = json!("3A")), "hospital.grade", "unknown_field"),
        ("bad filing", Box::new(|r| r["filing"] = json!("tourist")), "filing", "not_one_of"),
        ("age out of range", Box::new(|r| r["age"] = json!(200)), "age", "out_of_range"),
    ];
    for (name, edit, field, code) in cases {
        let mut r = request();
        edit(&mut r);
        for lang in Lang::ALL {
            let e = error(&r, lang);
            assert_eq!((e.field.as_deref(), e.code.as_str()), (Some(field), code), "{name} ({lang})");
            // People read the field's label (the path travels in `e.field`); a field without a label
            // is named by its path.
            let label = yidi_domain::i18n::text(lang, &yidi_domain::error::field_message_id(field))
                .unwrap_or_else(|_| field.to_string());
            assert!(e.message.contains(&label), "{name}: the message names the field ({label}): {}", e.message);
            assert!(
                !e.message.contains("est-err") && !e.message.contains("field-"),
                "{name}: localized: {}",
                e.message
            );
        }
    }
}

#[test]
fn a_pack_file_replaces_the_shipped_pack() {
    let text = include_str!("../../../data/policy/beijing-employee.json").replace("\"1300\"", "\"2000\"");
    let v = estimate(&request(), Some(PackFile { name: "edited.json", text: &text }), Lang::ZhCn).expect("estimates");
    let ded = v.lines.iter().find(|l| l.key == "deductible").expect("deductible line");
    assert_eq!(ded.patient.to_string(), "2000.00", "the given pack's deductible is used");
    assert_eq!(v.data_checked_on.as_deref(), Some("2026-11-23"), "every shipped Beijing value was written on that day");
    let e = estimate(&request(), Some(PackFile { name: "bad.json", text: "{}" }), Lang::ZhCn).expect_err("bad pack");
    assert_eq!(e.field.as_deref(), Some("policy"));
}

/// The ids of estimate.ftl in each locale.
fn ids(lang: Lang) -> Vec<String> {
    let (_, _, text) = i18n::embedded_files()
        .find(|(folder, file, _)| *folder == lang.tag() && *file == "estimate.ftl")
        .expect("estimate.ftl in every locale");
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn the_three_locales_carry_the_same_messages_and_each_formats() {
    let reference = ids(Lang::ZhCn);
    assert!(reference.len() > 80);
    for lang in Lang::ALL {
        assert_eq!(ids(lang), reference, "{lang}: same ids in the same order as zh-CN");
        for id in &reference {
            let vars = i18n::message_variables(lang, id);
            assert_eq!(vars, i18n::message_variables(Lang::ZhCn, id), "{lang} {id}: same placeables");
            let args = vars.iter().fold(Args::new(), |a, v| a.text(Box::leak(v.clone().into_boxed_str()), "1"));
            let text = i18n::format(lang, id, &args).unwrap_or_else(|e| panic!("{e}"));
            assert!(!text.trim().is_empty(), "{lang} {id} is empty");
        }
    }
}

#[test]
fn the_screen_can_list_the_shipped_packs() {
    let packs = yidi_core::estimate::policy_packs(Lang::EnUs);
    assert!(packs.len() >= 8, "six regions, two with both schemes");
    let bj = packs.iter().find(|p| p.pack_id == "beijing-employee").expect("Beijing employee");
    assert_eq!((bj.region.as_str(), bj.region_name.as_str()), ("110000", "Beijing"));
    assert!(!bj.verified && bj.unverified_values > 0, "unverified figures are said plainly");
    let sh = packs.iter().find(|p| p.pack_id == "shanghai-employee").expect("Shanghai employee");
    assert_eq!(sh.settings, ["inpatient", "outpatient_general"]);
}

#[test]
fn at_a_non_designated_hospital_no_filing_helps_and_the_comparison_says_why() {
    let mut r = request();
    r["hospital"]["designated"] = json!(false);
    let v = estimate(&r, None, Lang::ZhCn).expect("estimates");
    assert_eq!(v.summary.fund.to_string(), "0.00", "a non-designated hospital is never paid");
    assert_eq!(v.lines.last().map(|l| l.key.as_str()), Some("nothing_paid"));
    for o in &v.comparison {
        assert_eq!(o.fund.map(|m| m.to_string()), Some("0.00".into()));
        assert!(!o.direct_settlement, "{}: no direct settlement at a non-designated hospital", o.filing);
        assert_eq!(o.note, i18n::text(Lang::ZhCn, "est-option-note-non-designated").expect("text"));
    }
}

#[test]
fn a_stay_across_the_year_says_which_date_was_used() {
    let mut r = request();
    r["admissionDate"] = json!("2026-12-20");
    r["dischargeDate"] = json!("2027-01-10");
    let v = estimate(&r, None, Lang::EnUs).expect("estimates");
    assert_eq!(v.date_used, "2027-01-10", "the discharge date decides by default");
    assert!(v.warnings.iter().any(|w| w.code == "cross_year" && w.message.contains("2027-01-10")));
}

#[test]
fn the_data_date_is_that_of_the_least_recently_checked_value_used() {
    // Only the deductible's entry (the first `verified_at` in the file) is dated earlier; the
    // estimate uses it, so the data is only as fresh as that value.
    let text = include_str!("../../../data/policy/beijing-employee.json").replacen(
        "\"verified_at\": \"2026-11-23\"",
        "\"verified_at\": \"2024-05-06\"",
        1,
    );
    let v = estimate(&request(), Some(PackFile { name: "dated.json", text: &text }), Lang::ZhCn).expect("estimates");
    let ded = v.parameters.iter().find(|p| p.key == "deductible").expect("the deductible is listed");
    assert_eq!(ded.verified_at, "2024-05-06", "the edit reached the deductible");
    assert_eq!(v.data_checked_on.as_deref(), Some("2024-05-06"), "the oldest check date wins over the newer ones");
    let json = serde_json::to_value(&v).expect("serializes");
    assert_eq!(json["dataCheckedOn"], "2024-05-06", "camelCase for the UI");
}

/// docs/examples/estimate-case.json: a retired Beijing employee settled in Wuhan, 50000 / 2000 / 5000.
fn retiree() -> Value {
    json!({
        "insuredRegion": "110105", "scheme": "employee", "workStatus": "retired", "age": 68,
        "filing": "relocated_retiree", "destination": "420106",
        "hospital": { "level": "level3", "networked": "unknown" },
        "admissionDate": "2026-03-02", "dischargeDate": "2026-03-20",
        "bill": { "total": "50000", "notCovered": "2000", "classB": "5000" }
    })
}

#[test]
fn unknown_network_status_shows_both_outcomes_and_never_contradicts_itself() {
    let v = estimate(&retiree(), None, Lang::ZhCn).expect("estimates");
    assert_eq!(v.network, "unknown");
    let o = v.network_outcomes.as_ref().expect("both outcomes on an unknown status");
    // Networked (hand-worked in docs/estimate.md): fund 44496, patient 5504. Not networked: the
    // whole 50000 first; the Beijing pack claims manual care back under the same rules: 44496.
    assert_eq!((o.networked_patient.to_string(), o.networked_fund.to_string()), ("5504.00".into(), "44496.00".into()));
    assert_eq!((o.pay_first.to_string(), o.claim_back.to_string()), ("50000.00".into(), "44496.00".into()));
    assert!(o.networked_text.contains("5,504") && o.not_networked_text.contains("50,000"), "{o:?}");
    assert!(v.summary.text.contains("5,504") && v.summary.text.contains("50,000"), "{}", v.summary.text);
    // One story: no line says the fund pays nothing while the cards say "claim at home".
    assert!(v.lines.iter().all(|l| l.key != "nothing_paid"), "the lines are the networked outcome");
    for card in &v.comparison {
        let want = if card.filing == "not_filed" { "no" } else { "unknown" };
        assert_eq!(card.direct_settlement_status, want, "{}", card.filing);
        if card.patient.is_some_and(|p| p.to_string() == "50000.00") {
            assert!(card.note.contains("不予报销"), "a card where the fund pays nothing says so: {}", card.note);
        } else {
            assert!(!card.note.contains("不予报销"), "a card that is paid must not say nothing is paid: {}", card.note);
        }
    }
    // Beijing: care without a filing is in principle not paid (changed 2026-12-02 from 20 points).
    let not_filed = v.comparison.iter().find(|c| c.filing == "not_filed").expect("card");
    assert_eq!(not_filed.fund.map(|m| m.to_string()), Some("0.00".into()));
    assert!(v.warnings.iter().any(|w| w.code == "network_unknown"));
    assert!(!v.warnings.iter().any(|w| w.code == "manual_claim"), "the manual claim is told in the outcomes");
}

#[test]
fn network_status_takes_three_words_and_the_legacy_bool() {
    let mut r = retiree();
    r["hospital"]["networked"] = json!(false);
    let v = estimate(&r, None, Lang::EnUs).expect("legacy false");
    assert_eq!(v.network, "no");
    assert!(v.network_outcomes.is_none());
    assert!(v.comparison.iter().all(|c| c.direct_settlement_status == "no"));
    assert!(v.warnings.iter().any(|w| w.code == "manual_claim"));
    r["hospital"]["networked"] = json!("yes");
    assert_eq!(estimate(&r, None, Lang::EnUs).expect("yes").network, "yes");
    r["hospital"]["networked"] = json!(true);
    assert_eq!(estimate(&r, None, Lang::EnUs).expect("legacy true").network, "yes");
    r["hospital"]["networked"] = json!("maybe");
    let e = error(&r, Lang::EnUs);
    assert_eq!(e.field.as_deref(), Some("hospital.networked"), "{e:?}");
}

#[test]
fn conflicting_published_ratios_give_a_range_naming_the_deciding_value() {
    let v = estimate(&retiree(), None, Lang::EnUs).expect("estimates");
    let range = v.range.as_ref().expect("Beijing's retired ratios are disputed");
    // The pack's 30% reading: 5504. The 60% reading (level 3 retired 91 / 94 / 97%): deductible 1300;
    // 28700 × 91% = 26117; 10000 × 94% = 9400; 7500 × 97% = 7275; fund 42792; patient 7208.
    assert_eq!((range.low.to_string(), range.high.to_string()), ("5504.00".into(), "7208.00".into()));
    assert_eq!(range.published.to_string(), "5504.00");
    assert_eq!(range.deciding.len(), 1);
    assert_eq!(range.deciding[0].key, "ratio");
    assert!(range.text.contains("¥5,504 – ¥7,208") && range.text.contains(&range.deciding[0].label), "{}", range.text);
    // An in-service employee's ratios are not disputed: one number.
    let mut r = retiree();
    r["workStatus"] = json!("in_service");
    r["filing"] = json!("long_term_resident");
    assert!(estimate(&r, None, Lang::EnUs).expect("estimates").range.is_none(), "settled values give one number");
}

#[test]
fn own_figures_for_a_region_without_a_pack() {
    // Zhengzhou (410100) has no pack: without own figures the estimate is refused on the region.
    let mut r = request();
    r["insuredRegion"] = json!("410102");
    assert_eq!(error(&r, Lang::ZhCn).field.as_deref(), Some("insuredRegion"));
    r["ownPolicy"] = json!({ "deductible": "900", "ratioLevel3": "85", "annualLimit": "300000",
                              "temporaryFirstShare": "10%", "source": "郑州市医保局通知" });
    let v = estimate(&r, None, Lang::ZhCn).expect("estimates with own figures");
    // 乙类 5000 × 10% (Hubei) = 500; covered 47500; (47500 − 900) × 85% = 39610; patient 10390.
    assert_eq!((v.summary.fund.to_string(), v.summary.patient.to_string()), ("39610.00".into(), "10390.00".into()));
    assert!(v.pack.own_figures);
    assert!(v.pack.label.contains("您填写的数字"), "{}", v.pack.label);
    assert_eq!(v.warnings[0].code, "own_figures");
    assert!(!v.warnings.iter().any(|w| w.code == "unverified"));
    assert!(v.parameters.iter().filter(|p| p.key != "class_b_share").all(|p| p.source_kind == "user"));
    // Other temporary: 先自付 10% = 4750 first; (42750 − 900) × 85% = 35572.50; patient 14427.50.
    let other = v.comparison.iter().find(|c| c.filing == "other_temporary").expect("card");
    assert_eq!(other.patient.map(|m| m.to_string()), Some("14427.50".into()));
    // The ratio for the chosen level is required, and named by its label.
    r["ownPolicy"] = json!({ "deductible": "900", "ratioLevel2": "90" });
    let e = error(&r, Lang::ZhCn);
    assert_eq!(e.field.as_deref(), Some("ownPolicy.ratioLevel3"));
    assert!(e.message.contains("三级医院报销比例"), "{}", e.message);
    r["ownPolicy"] = json!({ "deductible": "900", "ratioLevel3": "185" });
    assert_eq!(error(&r, Lang::EnUs).field.as_deref(), Some("ownPolicy.ratioLevel3"));
}

#[test]
fn parameter_values_are_worded_in_the_persons_language() {
    let v = estimate(&retiree(), None, Lang::ZhCn).expect("estimates");
    for p in &v.parameters {
        assert!(!p.value.chars().any(|c| c.is_ascii_alphabetic()), "no English in a Chinese value: {} = {}", p.key, p.value);
        assert!(!p.source_kind_label.is_empty() && !p.source_kind_label.starts_with("est-"));
    }
    let cut = v.parameters.iter().find(|p| p.key == "cross_province_cut").expect("cut");
    assert!(cut.value.contains("降低 10 个百分点") && cut.value.contains("未备案：不予支付"), "{}", cut.value);
    let v = estimate(&retiree(), None, Lang::EnUs).expect("estimates");
    let cut = v.parameters.iter().find(|p| p.key == "cross_province_cut").expect("cut");
    assert!(cut.value.contains("referral: 10 points lower"), "{}", cut.value);
    assert_eq!(v.what_if.len(), 4, "the what-if view has 1 / 3 / 5 / 10 万");
    assert!(v.what_if.windows(2).all(|w| w[0].patient <= w[1].patient));
}
