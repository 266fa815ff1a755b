//! Checking a settlement sheet (结算单): the person enters the sheet's figures, Yidi estimates the
//! same stay on the same facts (the estimator, through [`crate::estimate::estimate`]) and shows
//! the difference line by line, names the likely causes and what to ask the hospital's insurance
//! office. Exact money arithmetic (yidi-domain `Money`, rust_decimal); a bad or inconsistent
//! figure is a `FieldError` naming it by its label.
//!
//! Request (camelCase JSON): `{"case": <an estimate case, docs/estimate.md>, "sheet": {...}}`.
//! The case's `bill` may hold the itemised bill's `notCovered` and `classB`; its `total`, when
//! given, must be the sheet's. Sheet figures: `total` (医疗费总额), `fundPaid` (医保基金支付, all
//! layers), `personalShare` (个人负担: everything the patient pays), and, when the sheet shows them,
//! `notCovered` (全自费), `classBFirst` (乙类先行自付) and `deductible` (起付线).
//!
//! The case may carry the person's `birthDate` (read from their ID) instead of `age`: the age is
//! then whole years on the admission date. With `hospital.networked: "unknown"` the check says
//! which outcome the sheet matches (`network`): settled directly, or not networked (the fund paid
//! nothing; the patient paid the whole bill and claims at home).

use serde::Serialize;
use serde_json::{Map, Value};
use yidi_domain::{i18n, i18n::Args, input::Object, FieldError, Lang, Money};

use crate::{
    estimate::{self, EstimateView},
    ApiError,
};

/// Differences up to this much are rounding (each layer rounds to the fen on its own).
const TOLERANCE: &str = "1.00";

/// The sheet's figures as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub total: Money,
    pub fund_paid: Money,
    pub personal_share: Money,
    pub not_covered: Option<Money>,
    pub class_b_first: Option<Money>,
    pub deductible: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckView {
    /// `matches` (every figure within rounding of the estimate) or `differs`.
    pub verdict: &'static str,
    pub verdict_text: String,
    pub lines: Vec<CheckLine>,
    pub causes: Vec<CauseView>,
    /// The estimate the sheet was compared with (same case, same bill).
    pub estimate: EstimateView,
    /// When the hospital's network status is unknown: which outcome the sheet matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<NetworkMatchView>,
    pub note: String,
}

/// The hospital's network status was unknown: the sheet read against both outcomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkMatchView {
    /// `networked` (the fund paid about what direct settlement pays), `not_networked` (the fund
    /// paid nothing and the patient the whole bill) or `neither`.
    pub matches: &'static str,
    pub text: String,
}

/// One figure: the sheet's, Yidi's, and sheet − Yidi.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckLine {
    /// `total`, `fund_paid`, `personal_share`, `not_covered`, `class_b_first`, `deductible`.
    pub key: &'static str,
    pub label: String,
    pub sheet: Money,
    pub estimate: Money,
    pub difference: Money,
    pub matches: bool,
}

/// A likely cause of a difference, and what to ask the hospital's insurance office (医保办).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CauseView {
    /// `class_b_first`, `deductible_paid`, `deductible_higher`, `temporary_cut`, `not_settled`,
    /// `outside_catalogue`.
    pub id: &'static str,
    pub text: String,
    pub ask: String,
}

fn fmt(lang: Lang, id: &str, args: &Args) -> String {
    i18n::format_or_id(lang, id, args)
}

fn bad(lang: Lang, e: &FieldError) -> ApiError {
    ApiError::from_field(lang, e)
}

/// Reads the sheet and checks that its figures agree with each other.
pub fn parse_sheet(value: &Value) -> Result<Sheet, FieldError> {
    let o = Object::new("sheet", value)?;
    o.deny_unknown(&["total", "fundPaid", "personalShare", "notCovered", "classBFirst", "deductible"])?;
    let sheet = Sheet {
        total: o.money("total")?,
        fund_paid: o.money("fundPaid")?,
        personal_share: o.money("personalShare")?,
        not_covered: o.opt_money("notCovered")?,
        class_b_first: o.opt_money("classBFirst")?,
        deductible: o.opt_money("deductible")?,
    };
    let text = |m: Money| m.to_string();
    if sheet.fund_paid > sheet.total {
        return Err(FieldError::custom(
            "sheet.fundPaid",
            "settle-err-fund-above-total",
            vec![("value", text(sheet.fund_paid)), ("total", text(sheet.total))],
        ));
    }
    if sheet.fund_paid + sheet.personal_share != sheet.total {
        return Err(FieldError::custom(
            "sheet.personalShare",
            "settle-err-parts-do-not-add-up",
            vec![("value", text(sheet.personal_share)), ("fund", text(sheet.fund_paid)), ("total", text(sheet.total))],
        ));
    }
    let own_parts: Money = [sheet.not_covered, sheet.class_b_first, sheet.deductible].into_iter().flatten().sum();
    if own_parts > sheet.personal_share {
        return Err(FieldError::custom(
            "sheet.personalShare",
            "settle-err-parts-above-share",
            vec![("value", text(sheet.personal_share)), ("parts", text(own_parts))],
        ));
    }
    Ok(sheet)
}

/// The case to estimate: the request's case with the sheet's total (the itemised bill's
/// `notCovered` and `classB` kept; without them, the sheet's 全自费 stands for `notCovered`).
fn case_for(case: &Value, sheet: &Sheet) -> Result<Value, FieldError> {
    let o = Object::new("case", case)?;
    let mut out: Map<String, Value> = case.as_object().cloned().unwrap_or_default();
    // The person's birth date (from their ID) stands for the age: whole years at admission.
    if out.remove("birthDate").is_some_and(|v| !v.is_null()) {
        let has_age = out.get("age").is_some_and(|a| !a.is_null() && a.as_str() != Some(""));
        if !has_age {
            let birth = Object::new("case", case)?.date("birthDate")?;
            let admission = o.date("admissionDate")?;
            let age = crate::claim::age_on(birth, admission).ok_or_else(|| {
                FieldError::custom(
                    "case.birthDate",
                    "settle-err-born-after-admission",
                    vec![("value", birth.to_string()), ("admission", admission.to_string())],
                )
            })?;
            out.insert("age".into(), Value::from(age));
        }
    }
    let mut bill: Map<String, Value> = match o.opt_value("bill") {
        Some(Value::Object(b)) => b.clone(),
        Some(_) => return Err(FieldError::wrong_type("case.bill", "object")),
        None => Map::new(),
    };
    if let Some(total) = bill.get("total") {
        let total = Money::from_json("case.bill.total", total)?;
        if total != sheet.total {
            return Err(FieldError::custom(
                "sheet.total",
                "settle-err-total-differs",
                vec![("value", sheet.total.to_string()), ("bill", total.to_string())],
            ));
        }
    }
    bill.insert("total".into(), Value::String(sheet.total.to_string()));
    if !bill.contains_key("notCovered") {
        if let Some(n) = sheet.not_covered {
            bill.insert("notCovered".into(), Value::String(n.to_string()));
        }
    }
    out.insert("bill".into(), Value::Object(bill));
    Ok(Value::Object(out))
}

/// Compares a settlement sheet with Yidi's estimate of the same stay.
pub fn check(request: &Value, lang: Lang) -> Result<CheckView, ApiError> {
    let o = Object::new("", request).map_err(|e| bad(lang, &e))?;
    o.deny_unknown(&["case", "sheet"]).map_err(|e| bad(lang, &e))?;
    let sheet_value = o.opt_value("sheet").ok_or_else(|| bad(lang, &FieldError::missing("sheet")))?;
    let case = o.opt_value("case").ok_or_else(|| bad(lang, &FieldError::missing("case")))?;
    let sheet = parse_sheet(sheet_value).map_err(|e| bad(lang, &e))?;
    let case = case_for(case, &sheet).map_err(|e| bad(lang, &e))?;
    let est = estimate::estimate(&case, None, lang)?;
    Ok(compare(&sheet, &case, est, lang))
}

fn line_patient(est: &EstimateView, key: &str) -> Money {
    est.lines.iter().filter(|l| l.key == key).map(|l| l.patient).sum()
}

fn compare(sheet: &Sheet, case: &Value, est: EstimateView, lang: Lang) -> CheckView {
    let tolerance = Money::parse_field("tolerance", TOLERANCE).unwrap_or(Money::ZERO);
    let within = |d: Money| d.amount().abs() <= tolerance.amount();
    let mut lines = Vec::new();
    let mut add = |key: &'static str, sheet_value: Money, estimate: Money| {
        let difference = sheet_value - estimate;
        lines.push(CheckLine {
            key,
            label: fmt(lang, &format!("settle-line-{}", key.replace('_', "-")), &Args::new()),
            sheet: sheet_value,
            estimate,
            difference,
            matches: within(difference),
        });
    };
    add("total", sheet.total, est.summary.total);
    add("fund_paid", sheet.fund_paid, est.summary.fund);
    add("personal_share", sheet.personal_share, est.summary.patient);
    if let Some(n) = sheet.not_covered {
        add("not_covered", n, line_patient(&est, "not_covered"));
    }
    if let Some(b) = sheet.class_b_first {
        add("class_b_first", b, line_patient(&est, "class_b_first"));
    }
    if let Some(d) = sheet.deductible {
        add("deductible", d, line_patient(&est, "deductible"));
    }
    let differs = |key: &str| lines.iter().find(|l| l.key == key).filter(|l| !l.matches).map(|l| l.difference);
    let positive = |m: Money| m.amount().is_sign_positive() && !m.amount().is_zero();

    let mut found: Vec<(&'static str, Args)> = Vec::new();
    let mut cause = |id: &'static str, args: Args| found.push((id, args));
    let money = |m: Money| m.to_string();
    let fund_off = differs("fund_paid");
    if sheet.fund_paid.amount().is_zero() && !est.summary.fund.amount().is_zero() {
        cause("not_settled", Args::new());
    }
    if let Some(d) = differs("not_covered").filter(|d| positive(*d)) {
        cause("outside_catalogue", Args::new().text("amount", money(d)));
    }
    if let Some(d) = differs("class_b_first") {
        cause("class_b_first", Args::new().text("amount", money(d)));
    }
    if let Some(d) = differs("deductible") {
        if positive(d) {
            cause("deductible_higher", Args::new().text("amount", money(d)));
        } else {
            cause("deductible_paid", Args::new().text("amount", money(Money::ZERO - d)));
        }
    }
    // The fund paid less than the estimate for this filing, by about what a temporary filing
    // (or none) would pay: the stay may have been settled under another category.
    // (Nothing paid at all is "not settled", said above, not another category.)
    if let Some(d) = fund_off.filter(|d| !positive(*d) && !sheet.fund_paid.amount().is_zero()) {
        let near = est.comparison.iter().filter(|o| !o.current).find(|o| o.fund.is_some_and(|f| within(sheet.fund_paid - f)));
        if let Some(option) = near {
            cause("temporary_cut", Args::new().text("label", option.label.clone()).text("amount", money(Money::ZERO - d)));
        }
    }
    let _ = case;
    let network = est.network_outcomes.as_ref().map(|n| {
        let money = |m: Money| yidi_domain::format::money(lang, m);
        let (matches, id) = if within(sheet.fund_paid - n.networked_fund) {
            ("networked", "settle-network-matches-networked")
        } else if sheet.fund_paid.amount().is_zero() && sheet.personal_share == sheet.total {
            ("not_networked", "settle-network-matches-not-networked")
        } else {
            ("neither", "settle-network-matches-neither")
        };
        let args = Args::new()
            .text("fund", money(n.networked_fund))
            .text("total", money(n.pay_first))
            .text("back", money(n.claim_back));
        NetworkMatchView { matches, text: fmt(lang, id, &args) }
    });
    let all_match = lines.iter().all(|l| l.matches);
    if !all_match && found.is_empty() {
        found.push(("unexplained", Args::new()));
    }
    let causes = found
        .into_iter()
        .map(|(id, args)| {
            let key = id.replace('_', "-");
            CauseView {
                id,
                text: fmt(lang, &format!("settle-cause-{key}"), &args),
                ask: fmt(lang, &format!("settle-ask-{key}"), &args),
            }
        })
        .collect();
    let (verdict, verdict_id) = match (all_match, network.as_ref().map(|n| n.matches)) {
        (true, _) => ("matches", "settle-verdict-matches"),
        // The sheet is what a hospital that is not networked gives: say that, not "differs".
        (false, Some("not_networked")) => ("differs", "settle-verdict-not-networked"),
        (false, _) => ("differs", "settle-verdict-differs"),
    };
    CheckView {
        verdict,
        verdict_text: fmt(lang, verdict_id, &Args::new().text("tolerance", TOLERANCE)),
        lines,
        causes,
        estimate: est,
        network,
        note: fmt(lang, "settle-note", &Args::new()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// docs/examples/estimate-case.json: a retired Beijing employee in a Wuhan level-3 hospital,
    /// 50,000 in total, 2,000 outside the catalogue, 5,000 of 乙类. docs/estimate.md works it out
    /// by hand: 目录外 2,000; 乙类先行自付 5,000 × 10% = 500; 起付线 1,300; the three bands
    /// 27,408.50 + 9,700 + 7,387.50 = 44,496.00 from the fund; the patient 5,504.00.
    fn beijing_case() -> Value {
        json!({
            "insuredRegion": "110105", "scheme": "employee", "workStatus": "retired", "age": 68,
            "filing": "relocated_retiree", "destination": "420106",
            "hospital": { "level": "level3", "networked": true, "designated": true },
            "setting": "inpatient", "admissionDate": "2026-03-02", "dischargeDate": "2026-03-20",
            "stayOfYear": 1, "yearToDate": { "coveredCost": "0", "deductiblePaid": "0", "fundPaid": "0" },
            "bill": { "total": "50000", "notCovered": "2000", "classB": "5000" }
        })
    }

    fn line<'a>(view: &'a CheckView, key: &str) -> &'a CheckLine {
        view.lines.iter().find(|l| l.key == key).unwrap_or_else(|| panic!("line {key}"))
    }

    fn m(s: &str) -> Money {
        Money::parse_field("test", s).expect("a test amount")
    }

    #[test]
    fn a_sheet_that_agrees_with_the_hand_worked_figures_matches_line_by_line() {
        let sheet = json!({ "total": "50000.00", "fundPaid": "44496.00", "personalShare": "5504.00",
            "notCovered": "2000.00", "classBFirst": "500.00", "deductible": "1300.00" });
        let view = check(&json!({ "case": beijing_case(), "sheet": sheet }), Lang::ZhCn).expect("checked");
        assert_eq!(view.verdict, "matches", "{:?}", view.lines);
        for key in ["total", "fund_paid", "personal_share", "not_covered", "class_b_first", "deductible"] {
            assert_eq!(line(&view, key).difference, Money::ZERO, "{key}: the hospital's figure is the hand-worked one");
        }
        assert!(view.causes.is_empty(), "nothing to explain: {:?}", view.causes);
    }

    /// The hospital put 3,500 outside the catalogue where the itemised bill shows 2,000: the fund
    /// paid 1,500 less (42,996.00) and the patient 1,500 more (7,004.00).
    #[test]
    fn a_sheet_that_charges_more_outside_the_catalogue_is_flagged_with_the_question_to_ask() {
        let sheet = json!({ "total": "50000", "fundPaid": "42996.00", "personalShare": "7004.00",
            "notCovered": "3500.00", "classBFirst": "500", "deductible": "1300" });
        let view = check(&json!({ "case": beijing_case(), "sheet": sheet }), Lang::ZhCn).expect("checked");
        assert_eq!(view.verdict, "differs");
        assert_eq!(line(&view, "not_covered").difference, m("1500.00"));
        assert_eq!(line(&view, "fund_paid").difference, Money::ZERO - m("1500.00"));
        assert_eq!(line(&view, "personal_share").difference, m("1500.00"));
        assert!(line(&view, "class_b_first").matches && line(&view, "deductible").matches);
        let ids: Vec<&str> = view.causes.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["outside_catalogue"]);
        assert!(view.causes[0].ask.contains("自费项目协议书"), "ask for the signed self-pay agreement: {}", view.causes[0].ask);
    }

    /// No deductible on the sheet (paid earlier this year) while the estimate, told nothing about
    /// earlier stays, charges 1,300: named as "deductible already paid this year".
    #[test]
    fn a_deductible_already_paid_this_year_is_named() {
        let sheet = json!({ "total": "50000", "fundPaid": "45737.50", "personalShare": "4262.50",
            "notCovered": "2000", "classBFirst": "500", "deductible": "0" });
        let view = check(&json!({ "case": beijing_case(), "sheet": sheet }), Lang::EnUs).expect("checked");
        assert_eq!(line(&view, "deductible").difference, Money::ZERO - m("1300.00"));
        assert!(view.causes.iter().any(|c| c.id == "deductible_paid"), "{:?}", view.causes);
    }

    /// The hospital's network status unknown: a sheet where the fund paid the hand-worked
    /// 44,496.00 matches the networked outcome; one where the fund paid nothing and the patient
    /// the whole 50,000 matches the not-networked one, with 44,496 to claim back at home (the
    /// Beijing pack does not cut non-networked care: `non_networked: none`).
    #[test]
    fn with_network_unknown_the_check_says_which_outcome_the_sheet_matches() {
        let mut case = beijing_case();
        case["hospital"]["networked"] = json!("unknown");
        let sheet = json!({ "total": "50000", "fundPaid": "44496.00", "personalShare": "5504.00" });
        let view = check(&json!({ "case": case, "sheet": sheet }), Lang::ZhCn).expect("checked");
        let network = view.network.as_ref().expect("a network reading on unknown");
        assert_eq!(network.matches, "networked");
        assert!(network.text.contains("直接结算"), "{}", network.text);
        assert_eq!(view.verdict, "matches");

        let sheet = json!({ "total": "50000", "fundPaid": "0", "personalShare": "50000" });
        let view = check(&json!({ "case": case, "sheet": sheet }), Lang::ZhCn).expect("checked");
        let network = view.network.as_ref().expect("a network reading on unknown");
        assert_eq!(network.matches, "not_networked");
        assert!(network.text.contains("50,000 元") && network.text.contains("44,496 元"), "{}", network.text);
        let ids: Vec<&str> = view.causes.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["not_settled"], "nothing paid is not another filing category");
        assert!(view.verdict_text.contains("没联网"), "{}", view.verdict_text);

        let sheet = json!({ "total": "50000", "fundPaid": "30000", "personalShare": "20000" });
        let view = check(&json!({ "case": case, "sheet": sheet }), Lang::EnUs).expect("checked");
        assert_eq!(view.network.as_ref().map(|n| n.matches), Some("neither"));

        // Told the hospital is networked: no such reading.
        let sheet = json!({ "total": "50000", "fundPaid": "44496.00", "personalShare": "5504.00" });
        let view = check(&json!({ "case": beijing_case(), "sheet": sheet }), Lang::ZhCn).expect("checked");
        assert!(view.network.is_none());
    }

    /// The person's birth date stands for the age: born 1957-06-01, admitted 2026-03-02 → 68,
    /// the age of the hand-worked example, so the same figures match.
    #[test]
    fn the_birth_date_stands_for_the_age() {
        let mut case = beijing_case();
        case.as_object_mut().map(|c| c.remove("age"));
        case["birthDate"] = json!("1957-06-01");
        let sheet = json!({ "total": "50000.00", "fundPaid": "44496.00", "personalShare": "5504.00" });
        let view = check(&json!({ "case": case.clone(), "sheet": sheet.clone() }), Lang::ZhCn).expect("checked");
        assert_eq!(view.verdict, "matches", "{:?}", view.lines);
        case["birthDate"] = json!("2026-04-01");
        let e = check(&json!({ "case": case, "sheet": sheet }), Lang::ZhCn).expect_err("born after admission");
        assert_eq!(e.field.as_deref(), Some("case.birthDate"));
        assert!(e.message.contains("出生日期"), "{}", e.message);
    }

    #[test]
    fn bad_or_inconsistent_figures_name_the_field() {
        let case = beijing_case();
        let e = check(&json!({ "case": case, "sheet": { "total": "50000", "fundPaid": "-1", "personalShare": "5504" } }), Lang::ZhCn)
            .expect_err("negative");
        assert_eq!(e.field.as_deref(), Some("sheet.fundPaid"));
        assert!(e.message.contains("医保基金支付"), "named by its label: {}", e.message);
        let e = check(&json!({ "case": case, "sheet": { "total": "50000", "fundPaid": "44496", "personalShare": "5000" } }), Lang::EnUs)
            .expect_err("does not add up");
        assert_eq!(e.field.as_deref(), Some("sheet.personalShare"));
        assert!(e.message.contains("44496.00") && e.message.contains("50000.00"), "{}", e.message);
        let e = check(&json!({ "case": case, "sheet": { "total": "50000", "fundPaid": "60000", "personalShare": "0" } }), Lang::ZhCn)
            .expect_err("fund above total");
        assert_eq!(e.field.as_deref(), Some("sheet.fundPaid"));
        let e = check(&json!({ "case": case, "sheet": { "total": "40000", "fundPaid": "35000", "personalShare": "5000" } }), Lang::ZhCn)
            .expect_err("not the bill's total");
        assert_eq!(e.field.as_deref(), Some("sheet.total"));
        let e = check(&json!({ "case": case, "sheet": { "total": "abc", "fundPaid": "1", "personalShare": "1" } }), Lang::EnUs)
            .expect_err("not a number");
        assert_eq!(e.field.as_deref(), Some("sheet.total"));
        assert!(e.message.contains("Total on the sheet"), "{}", e.message);
    }
}
