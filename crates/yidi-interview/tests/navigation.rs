//! Back, changed answers, and what is kept or dropped.

use serde_json::{json, Value};
use yidi_domain::FilingCategory;
use yidi_interview::{Answer, Answers, Interview, Next};

use crate::common::interview;

/// Reads answers the way an answers file gives them.
fn answers(interview: &Interview, doc: Value) -> Answers {
    let mut out = Answers::new();
    for (id, value) in doc.as_object().expect("an object") {
        let q = interview.question(id).unwrap_or_else(|| panic!("no question {id}"));
        out.insert(id.clone(), Answer::parse(q, "answers", value).unwrap_or_else(|e| panic!("{id}: {e}")));
    }
    out
}

/// A Beijing employee, retired, moving to Shenzhen with household registration.
fn beijing_retiree() -> Value {
    json!({
        "audience": "family", "filer": "proxy", "insured_region": "110105", "destination": "440300",
        "scheme": "employee", "work_status": "retired", "dibao": false, "stage": "before_travel",
        "care_type": "inpatient", "reason": "live_there", "hukou_moved": true, "has_filing": false,
        "networked": "yes", "proxy_consent": "counter_papers", "channel": "online"
    })
}

#[test]
fn changing_an_early_answer_keeps_later_answers_that_still_apply_and_drops_the_others() {
    let interview = interview();
    let mut a = answers(&interview, beijing_retiree());
    assert_eq!(interview.walk(&a).expect("walks").next, Next::Outcome("plan".into()));

    // Now the person says they are resident-insured: work status, the 低保 question (employees
    // only) and the household question (retirees only) no longer apply; months lived there does.
    a.insert("scheme".into(), Answer::Choice("resident".into()));
    assert!(interview.prune(&mut a).expect("prunes").is_empty(), "nothing is dropped while a question is open");
    let walk = interview.walk(&a).expect("walks");
    assert_eq!(walk.next, Next::Question("months_there".into()), "a resident living there is asked how long");
    assert!(walk.path.contains(&"stage".to_string()) && walk.path.contains(&"care_type".to_string()), "stage and care type still apply");

    a.insert("months_there".into(), Answer::Number(12));
    let dropped = interview.prune(&mut a).expect("prunes");
    assert_eq!(dropped, vec!["dibao", "hukou_moved", "work_status"], "answers off the new path are dropped, and only those");
    assert_eq!(interview.walk(&a).expect("walks").next, Next::Outcome("plan".into()), "has_filing and networked were kept, so no question is asked twice");
    assert_eq!(interview.category(&a), FilingCategory::LongTermResident);
}

#[test]
fn an_answer_off_the_path_cannot_steer_the_outcome() {
    let interview = interview();
    // A stale "retired" and "household moved" from an earlier employee path, with a resident now.
    let mut doc = beijing_retiree();
    doc["scheme"] = json!("resident");
    doc["months_there"] = json!(12);
    let a = answers(&interview, doc);
    let plan = interview.plan(&a, crate::common::date("2026-11-23")).expect("a plan");
    assert_eq!(plan.category, Some(FilingCategory::LongTermResident), "retiree status is only read on the employee path");
    assert!(!plan.answers.contains_key("work_status"), "the plan lists only answers that apply");
}

#[test]
fn back_always_works() {
    let interview = interview();
    let a = answers(&interview, beijing_retiree());
    assert_eq!(interview.before(&a, Some("audience")).expect("on path"), None, "the first question has nothing before it");
    assert_eq!(interview.before(&a, None).expect("from the review").as_deref(), Some("networked"), "from the review Back goes to the last question");
    assert_eq!(interview.before(&a, Some("hukou_moved")).expect("on path").as_deref(), Some("reason"));

    let mut partial = a.clone();
    partial.retain(|k, _| ["audience", "filer", "proxy_consent", "insured_region"].contains(&k.as_str()));
    assert_eq!(interview.walk(&partial).expect("walks").next, Next::Question("destination".into()));
    assert_eq!(interview.before(&partial, Some("destination")).expect("the open question").as_deref(), Some("insured_region"));
    assert!(interview.before(&partial, Some("networked")).is_err(), "a question not reached yet has no Back");
    assert_eq!(interview.after(&a, "reason").expect("on path"), Next::Question("hukou_moved".into()), "forward steps one question at a time");
}

#[test]
fn a_region_specific_question_goes_when_the_region_changes() {
    let interview = interview();
    let mut a = answers(&interview, beijing_retiree());
    a.insert("insured_region".into(), Answer::Region(yidi_domain::RegionCode::parse("420100").expect("Wuhan")));
    let dropped = interview.prune(&mut a).expect("prunes");
    assert_eq!(dropped, vec!["dibao"], "only Beijing asks employees about 低保 (its consent form, 一.3)");
}

/// The guide shows "问题 5 · 最多还有 N 题" (UX review Q1: the retiree could not tell how many
/// remain). Counted by hand along flow.json's routes: the longest way from the first question is
/// audience → filer → proxy_consent → insured_region → destination → scheme → work_status →
/// dibao → stage → care_type → chronic_disease → reason → hukou_moved → months_there →
/// has_filing → filing_action → filing_made → admission_date → networked: 19 questions; from
/// has_filing the longest is has_filing → filing_action → filing_made → admission_date →
/// networked: 5; the last question counts itself; an outcome counts nothing.
#[test]
fn at_most_from_counts_the_longest_way_to_an_outcome() {
    let interview = interview();
    assert_eq!(interview.at_most_from("audience"), 19);
    assert_eq!(interview.at_most_from("has_filing"), 5);
    assert_eq!(interview.at_most_from("networked"), 1);
    assert_eq!(interview.at_most_from("plan"), 0);
    assert_eq!(interview.at_most_from("no_such_question"), 0);
    // Never fewer than the questions the Beijing retiree actually answers from the start.
    let a = answers(&interview, beijing_retiree());
    let walk = interview.walk(&a).expect("walks");
    assert!(interview.at_most_from("audience") >= walk.path.len(), "{} answered", walk.path.len());
}
