//! Roughly what should come back from a claim at home (回参保地手工报销), for someone who already
//! paid the whole bill: the estimator's fund share for the same stay on the person's own facts
//! (insured region and scheme or their own figures, filing category, hospital level and network
//! status, the amount paid). The screen shows it beside the claim steps and the PDF packet prints
//! it on the claim cover sheet; both take the text from here.
//!
//! - One figure when the facts settle it; a range when published values conflict (the estimate's
//!   `range`) or when the hospital's network status is unknown and the two outcomes differ.
//! - When it cannot be worked out — no amount paid, no facts, no level, no age, no policy for the
//!   region — it says so plainly and names what to enter, never a blank.
//!
//! Request (camelCase JSON, every field optional; what is missing is reported, not refused):
//! `{insuredRegion, scheme, workStatus, age | birthDate, filing, destination, hospital: {level,
//! networked}, admissionDate, dischargeDate, amountPaid, bill: {notCovered, classB}, ownPolicy}`.

use serde::Serialize;
use serde_json::{json, Map, Value};
use yidi_domain::{divisions, format, i18n, i18n::Args, input::Object, FieldError, Labelled, Lang, Money, NaiveDate, RegionCode, Scheme};

use crate::{estimate, ApiError};

const KEYS: &[&str] = &[
    "insuredRegion",
    "scheme",
    "workStatus",
    "age",
    "birthDate",
    "filing",
    "destination",
    "hospital",
    "admissionDate",
    "dischargeDate",
    "amountPaid",
    "bill",
    "ownPolicy",
];

/// What should come back, or why it cannot be said yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedBackView {
    /// `amount` (one figure), `range`, `missing` (facts to enter) or `no_policy`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_paid: Option<Money>,
    /// What is missing, in the order to enter it: `amount_paid`, `facts`, `work_status`,
    /// `hospital_level`, `age`, `admission_date`.
    pub missing: Vec<&'static str>,
    /// The one line for the screen and the cover sheet: "约 44,496 元", "约 42,792 – 44,496 元",
    /// or "还不能估算：…" with what to enter.
    pub text: String,
    /// What the figure rests on, why it is a range, and that the insured region decides.
    pub notes: Vec<String>,
    /// The cover sheet's part of the packet request (`claim`): `amountPaid`, `expectedBack`
    /// (one figure only), `expectedBackText`, `expectedBackNote`.
    pub packet: Value,
}

fn fmt(lang: Lang, id: &str, args: &Args) -> String {
    i18n::format_or_id(lang, id, args)
}

/// Whole years of age on `day` for someone born on `birth` (a birthday on 29 February counts
/// on 1 March in other years).
pub fn age_on(birth: NaiveDate, day: NaiveDate) -> Option<u32> {
    day.years_since(birth)
}

fn present(o: &Object<'_>, key: &str) -> bool {
    match o.opt_value(key) {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(_) => true,
    }
}

/// Roughly what should come back, from the person's facts.
pub fn expected_back(request: &Value, lang: Lang) -> Result<ExpectedBackView, ApiError> {
    let bad = |e: FieldError| ApiError::from_field(lang, &e);
    let o = Object::new("", request).map_err(bad)?;
    o.deny_unknown(KEYS).map_err(bad)?;
    let paid = if present(&o, "amountPaid") { Some(o.money("amountPaid").map_err(bad)?) } else { None };
    let admission = if present(&o, "admissionDate") { Some(o.date("admissionDate").map_err(bad)?) } else { None };
    let birth = if present(&o, "birthDate") { Some(o.date("birthDate").map_err(bad)?) } else { None };
    let hospital = match o.opt_value("hospital") {
        Some(h @ Value::Object(_)) => Some(Object::new("hospital", h).map_err(bad)?),
        Some(Value::Null) | None => None,
        Some(_) => return Err(bad(FieldError::wrong_type("hospital", "object"))),
    };
    let level = hospital.as_ref().and_then(|h| h.opt_str("level").ok().flatten()).map(str::trim).filter(|l| !l.is_empty());
    let networked = hospital
        .as_ref()
        .and_then(|h| h.opt_value("networked"))
        .cloned()
        .filter(|v| !v.is_null())
        .unwrap_or_else(|| json!("unknown"));

    let mut missing: Vec<&'static str> = Vec::new();
    if paid.is_none() {
        missing.push("amount_paid");
    }
    if !(present(&o, "insuredRegion") && present(&o, "destination") && present(&o, "scheme")) {
        missing.push("facts");
    }
    if o.opt_str("scheme").ok().flatten() == Some("employee") && !present(&o, "workStatus") {
        missing.push("work_status");
    }
    if level.is_none() {
        missing.push("hospital_level");
    }
    let age = match (present(&o, "age"), birth, admission) {
        (true, _, _) => Some(o.int("age", 0, 130).map_err(bad)?),
        (false, Some(b), Some(a)) => age_on(b, a).map(i64::from),
        _ => None,
    };
    if age.is_none() {
        missing.push("age");
    }
    if admission.is_none() {
        missing.push("admission_date");
    }
    if !missing.is_empty() {
        return Ok(not_computed("missing", missing, paid, None, lang));
    }

    // Every fact is there: the estimate's case.
    let mut case = Map::new();
    for key in ["insuredRegion", "scheme", "workStatus", "destination", "dischargeDate", "ownPolicy"] {
        if let Some(v) = o.opt_value(key).filter(|v| !v.is_null() && v.as_str() != Some("")) {
            case.insert(key.into(), v.clone());
        }
    }
    let filing = o.opt_str("filing").map_err(bad)?.map(str::trim).filter(|f| !f.is_empty()).unwrap_or("not_filed");
    case.insert("filing".into(), json!(filing));
    case.insert("age".into(), json!(age));
    case.insert("admissionDate".into(), json!(admission.map(|d| d.to_string())));
    case.insert("hospital".into(), json!({ "level": level, "networked": networked }));
    case.insert("setting".into(), json!("inpatient"));
    let mut bill = match o.opt_value("bill") {
        Some(Value::Object(b)) => b.clone(),
        Some(Value::Null) | None => Map::new(),
        Some(_) => return Err(bad(FieldError::wrong_type("bill", "object"))),
    };
    bill.retain(|_, v| !v.is_null() && v.as_str() != Some(""));
    bill.insert("total".into(), json!(paid.map(|p| p.to_string())));
    case.insert("bill".into(), Value::Object(bill));

    let est = match estimate::estimate(&Value::Object(case), None, lang) {
        Ok(v) => v,
        Err(e) if e.code == "est-err-no-pack" || e.code == "est-err-no-pack-scheme" => {
            let region = o.opt_str("insuredRegion").ok().flatten().map(|c| pool_name(c, lang)).unwrap_or_default();
            let scheme = o.opt_choice::<Scheme>("scheme").ok().flatten().map(|s| s.label(lang)).unwrap_or_default();
            let reason = fmt(lang, "claim-back-no-policy", &Args::new().text("region", region).text("scheme", scheme));
            return Ok(not_computed("no_policy", Vec::new(), paid, Some(reason), lang));
        }
        Err(mut e) => {
            // The total is the amount paid: name that field, as the person typed it there.
            if e.field.as_deref() == Some("bill.total") {
                e.field = Some("amountPaid".into());
            }
            return Err(e);
        }
    };
    Ok(computed(&est, paid.unwrap_or(Money::ZERO), level.unwrap_or_default(), lang))
}

fn not_computed(status: &'static str, missing: Vec<&'static str>, paid: Option<Money>, reason: Option<String>, lang: Lang) -> ExpectedBackView {
    let text = match status {
        "no_policy" => reason.unwrap_or_default(),
        _ => {
            let what: Vec<String> = missing.iter().map(|m| fmt(lang, &format!("claim-back-need-{}", m.replace('_', "-")), &Args::new())).collect();
            fmt(lang, "claim-back-missing", &Args::new().text("what", what.join(list_separator(lang))))
        }
    };
    let mut packet = Map::new();
    if let Some(p) = paid {
        packet.insert("amountPaid".into(), json!(p.to_string()));
    }
    packet.insert("expectedBackText".into(), json!(text));
    ExpectedBackView { status, amount: None, low: None, high: None, amount_paid: paid, missing, text, notes: Vec::new(), packet: Value::Object(packet) }
}

/// The pooling region's name: a municipality's, else the prefecture's (郑州市 for 410102).
fn pool_name(code: &str, lang: Lang) -> String {
    let code = code.trim();
    let pool = match code.get(..2) {
        Some(p @ ("11" | "12" | "31" | "50")) => format!("{p}0000"),
        _ => format!("{}00", code.get(..4).unwrap_or(code)),
    };
    pool.parse::<RegionCode>()
        .ok()
        .and_then(|c| divisions().get(c))
        .map(|d| d.name(lang).to_string())
        .unwrap_or_else(|| code.to_string())
}

fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::EnUs => "; ",
        _ => "；",
    }
}

fn computed(est: &estimate::EstimateView, paid: Money, level: &str, lang: Lang) -> ExpectedBackView {
    let fund = est.summary.fund;
    let mut low = fund;
    let mut high = fund;
    let mut notes = Vec::new();
    // Conflicting published values: the fund's share is the total less the patient's.
    if let Some(range) = &est.range {
        low = low.min(est.summary.total - range.high);
        high = high.max(est.summary.total - range.low);
        let deciding = range.deciding.iter().map(|d| d.label.clone()).collect::<Vec<_>>().join("、");
        notes.push(fmt(lang, "claim-back-why-range-values", &Args::new().text("deciding", deciding)));
    }
    // Network status unknown: back as if networked, or as the not-networked claim.
    if let Some(n) = &est.network_outcomes {
        if n.networked_fund != n.claim_back {
            low = low.min(n.networked_fund).min(n.claim_back);
            high = high.max(n.networked_fund).max(n.claim_back);
            notes.push(fmt(
                lang,
                "claim-back-why-range-network",
                &Args::new().text("networked", format::money(lang, n.networked_fund)).text("notNetworked", format::money(lang, n.claim_back)),
            ));
        }
    }
    let facts = Args::new()
        .text("region", est.pack.label.clone())
        .text("category", est.filing_label.clone())
        .text("level", fmt(lang, &format!("est-level-{level}"), &Args::new()))
        .text("paid", format::money(lang, paid));
    notes.insert(0, fmt(lang, "claim-back-basis", &facts));
    if est.only_total {
        notes.push(fmt(lang, "claim-back-assumed", &Args::new()));
    }
    if est.filing == "not_filed" && high.amount().is_zero() {
        notes.push(fmt(lang, "claim-back-not-filed", &Args::new()));
    }
    notes.push(fmt(lang, "claim-back-home-decides", &Args::new()));
    let (status, text) = if low == high {
        ("amount", fmt(lang, "claim-back-amount", &Args::new().text("amount", format::money(lang, high))))
    } else {
        ("range", fmt(lang, "claim-back-range", &Args::new().text("low", estimate::grouped(low)).text("high", estimate::grouped(high))))
    };
    let mut packet = Map::new();
    packet.insert("amountPaid".into(), json!(paid.to_string()));
    if status == "amount" {
        packet.insert("expectedBack".into(), json!(high.to_string()));
    }
    packet.insert("expectedBackText".into(), json!(text));
    packet.insert("expectedBackNote".into(), json!(notes.join(" ")));
    ExpectedBackView {
        status,
        amount: (status == "amount").then_some(high),
        low: (status == "range").then_some(low),
        high: (status == "range").then_some(high),
        amount_paid: Some(paid),
        missing: Vec::new(),
        text,
        notes,
        packet: Value::Object(packet),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn m(s: &str) -> Money {
        Money::parse_field("test", s).expect("a test amount")
    }

    /// The person of docs/estimate.md's worked example: a retired Beijing employee, relocated to
    /// Wuhan, in a level-3 hospital, who paid the 50,000 bill in full.
    fn beijing() -> Value {
        json!({
            "insuredRegion": "110105", "scheme": "employee", "workStatus": "retired",
            "birthDate": "1957-06-01", "filing": "relocated_retiree", "destination": "420106",
            "hospital": { "level": "level3", "networked": "yes" },
            "admissionDate": "2026-03-02", "dischargeDate": "2026-03-20", "amountPaid": "50000"
        })
    }

    /// docs/estimate.md works the bill with its itemised parts (2,000 outside the catalogue,
    /// 5,000 of 乙类) by hand: the fund pays 27,408.50 + 9,700 + 7,387.50 = 44,496.00 on the
    /// pack's ratios (95.5 / 97 / 98.5%); on the conflicting published ratios for retirees
    /// (91 / 94 / 97%): 28,700 × 91% + 10,000 × 94% + 7,500 × 97% = 26,117 + 9,400 + 7,275 =
    /// 42,792.00. So roughly 42,792 – 44,496 comes back.
    #[test]
    fn conflicting_published_values_give_the_hand_worked_range() {
        let mut request = beijing();
        request["bill"] = json!({ "notCovered": "2000", "classB": "5000" });
        let view = expected_back(&request, Lang::ZhCn).expect("computed");
        assert_eq!(view.status, "range");
        assert_eq!((view.low, view.high), (Some(m("42792.00")), Some(m("44496.00"))));
        assert_eq!(view.text, "约 42,792 – 44,496 元");
        assert!(view.notes.iter().any(|n| n.contains("支付比例")), "names the value that decides: {:?}", view.notes);
        assert_eq!(view.packet["expectedBackText"], json!("约 42,792 – 44,496 元"));
        assert!(view.packet.get("expectedBack").is_none(), "a range is not printed as one figure");
        assert_eq!(view.packet["amountPaid"], json!("50000.00"));
    }

    /// Only the amount paid: the estimate's typical shares (10% outside the catalogue, 20% 乙类)
    /// give 5,000 and 10,000 × 10% = 1,000 first share; covered 44,000; deductible 1,300; the
    /// fund 28,700 × 95.5% + 10,000 × 97% + 4,000 × 98.5% = 27,408.50 + 9,700 + 3,940 =
    /// 41,048.50, or on the other published ratios 26,117 + 9,400 + 3,880 = 39,397.00.
    #[test]
    fn the_amount_paid_alone_uses_the_typical_shares_and_says_so() {
        let view = expected_back(&beijing(), Lang::EnUs).expect("computed");
        assert_eq!((view.low, view.high), (Some(m("39397.00")), Some(m("41048.50"))));
        assert_eq!(view.text, "about ¥39,397 – ¥41,048.50");
        assert!(view.notes.iter().any(|n| n.contains("10%") && n.contains("20%")), "{:?}", view.notes);
        assert!(view.notes[0].contains("¥50,000"), "the basis names the amount paid: {}", view.notes[0]);
    }

    /// The person's own figures (a region without a pack): deductible 900, level 3 at 85%, no
    /// temporary cut. 60,000 paid, 3,000 outside the catalogue, no 乙类: covered 57,000; the fund
    /// (57,000 − 900) × 85% = 47,685.00 — one figure, nothing in conflict.
    #[test]
    fn own_figures_give_one_hand_worked_figure() {
        let request = json!({
            "insuredRegion": "410102", "scheme": "employee", "workStatus": "in_service", "age": 50,
            "filing": "long_term_resident", "destination": "440300",
            "hospital": { "level": "level3", "networked": "no" },
            "admissionDate": "2026-05-10", "amountPaid": "60000",
            "bill": { "notCovered": "3000", "classB": "0" },
            "ownPolicy": { "deductible": "900", "ratioLevel3": "85" }
        });
        let view = expected_back(&request, Lang::ZhCn).expect("computed");
        assert_eq!(view.status, "amount", "{view:?}");
        assert_eq!(view.amount, Some(m("47685.00")));
        assert_eq!(view.text, "约 47,685 元");
        assert_eq!(view.packet["expectedBack"], json!("47685.00"));
    }

    #[test]
    fn without_the_amount_or_a_policy_it_says_what_to_enter() {
        let mut request = beijing();
        request["amountPaid"] = json!("");
        request["hospital"] = json!({ "networked": "unknown" });
        let view = expected_back(&request, Lang::ZhCn).expect("said plainly");
        assert_eq!(view.status, "missing");
        assert_eq!(view.missing, ["amount_paid", "hospital_level"]);
        assert!(view.text.starts_with("还不能估算") && view.text.contains("发票") && view.text.contains("医院等级"), "{}", view.text);
        assert_eq!(view.packet["expectedBackText"], json!(view.text), "the cover sheet says the same, not a blank");

        let mut nobody = json!({ "amountPaid": "12000" });
        let view = expected_back(&nobody, Lang::EnUs).expect("said plainly");
        assert_eq!(view.missing, ["facts", "hospital_level", "age", "admission_date"]);
        nobody["amountPaid"] = json!("-5");
        let e = expected_back(&nobody, Lang::EnUs).expect_err("a negative amount is an error");
        assert_eq!(e.field.as_deref(), Some("amountPaid"));

        // Zhengzhou has no pack: say so and point to the person's own figures.
        let request = json!({
            "insuredRegion": "410102", "scheme": "employee", "workStatus": "retired", "age": 70,
            "filing": "relocated_retiree", "destination": "440300", "hospital": { "level": "level3" },
            "admissionDate": "2026-05-10", "amountPaid": "60000"
        });
        let view = expected_back(&request, Lang::ZhCn).expect("said plainly");
        assert_eq!(view.status, "no_policy");
        assert!(view.text.contains("郑州") && view.text.contains("自己查到的数字"), "{}", view.text);
    }

    #[test]
    fn age_counts_whole_years_from_the_birth_date() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        assert_eq!(age_on(d("1957-06-01"), d("2026-03-02")), Some(68));
        assert_eq!(age_on(d("1957-03-02"), d("2026-03-02")), Some(69), "the birthday itself counts");
        assert_eq!(age_on(d("1960-02-29"), d("2026-02-28")), Some(65));
        assert_eq!(age_on(d("2027-01-01"), d("2026-03-02")), None);
    }
}
