//! Mechanical checks over the flow graph and the loader's refusals.

use std::collections::BTreeSet;

use serde_json::Value;
use yidi_domain::{FilingCategory, WireNames};
use yidi_interview::{Interview, Settlement};

use crate::common::{date, interview, samples};

#[test]
fn the_data_folder_loads_like_the_embedded_copy() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/interview");
    let from_disk = Interview::load(&dir).unwrap_or_else(|e| panic!("data/interview must load from disk: {e}"));
    assert_eq!(
        from_disk.flow().questions.len(),
        interview().flow().questions.len(),
        "the folder and the embedded copy are the same files"
    );
}

#[test]
fn every_combination_of_answers_reaches_an_outcome_and_everything_is_reachable() {
    let interview = interview();
    let as_of = date("2026-11-23");
    let report = interview.explore(&samples(as_of), as_of);
    println!("explored {} complete answer sets, {} distinct results", report.paths, report.results.len());
    assert!(report.errors.is_empty(), "no combination may strand a person: {:?}", &report.errors[..report.errors.len().min(3)]);

    let questions: BTreeSet<String> = interview.flow().questions.iter().map(|q| q.id.clone()).collect();
    let asked: BTreeSet<String> = report.questions_asked.clone();
    assert_eq!(asked, questions, "every question must be asked for some answers");

    for o in &interview.flow().outcomes {
        assert!(report.outcomes.contains_key(&o.id), "outcome {} must be reached by some answers", o.id);
    }
    let categories: BTreeSet<FilingCategory> = FilingCategory::ALL.iter().copied().collect();
    assert_eq!(report.categories, categories, "all six categories must be reachable");
    let settlements: BTreeSet<Settlement> = Settlement::ALL.iter().copied().collect();
    assert_eq!(report.settlements, settlements, "every way of settling must be reachable");

    let mut lines = BTreeSet::new();
    lines.extend(interview.national().lines.iter().map(|l| l.id.clone()));
    for (_, layer) in interview.overrides() {
        lines.extend(layer.lines.iter().map(|l| l.id.clone()));
    }
    let unused: Vec<_> = lines.difference(&report.lines).collect();
    assert!(unused.is_empty(), "every outcome line must be shown for some answers; never shown: {unused:?}");
}

fn shipped() -> (Value, Vec<(String, String)>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/interview");
    let flow = std::fs::read_to_string(dir.join("flow.json")).expect("flow.json");
    let mut layers = Vec::new();
    for entry in std::fs::read_dir(dir.join("rules")).expect("rules/").flatten() {
        let name = format!("rules/{}", entry.file_name().to_string_lossy());
        layers.push((name, std::fs::read_to_string(entry.path()).expect("rule file")));
    }
    (serde_json::from_str(&flow).expect("flow.json is JSON"), layers)
}

fn refusal(flow: &Value, layers: &[(String, String)]) -> String {
    match Interview::from_texts(&flow.to_string(), layers.iter().cloned()) {
        Ok(_) => panic!("broken data must be refused"),
        Err(e) => e.to_string(),
    }
}

fn question_mut<'a>(flow: &'a mut Value, id: &str) -> &'a mut Value {
    let questions = flow["questions"].as_array_mut().expect("questions");
    questions.iter_mut().find(|q| q["id"] == id).expect("question exists")
}

#[test]
fn a_question_whose_routes_can_all_fail_is_a_dead_end_and_refused() {
    let (mut flow, layers) = shipped();
    let q = question_mut(&mut flow, "networked");
    q["next"] = serde_json::json!([{ "when": { "is": ["networked", "yes"] }, "goto": "plan" }]);
    assert!(refusal(&flow, &layers).contains("last route must have no condition"));
}

#[test]
fn a_cycle_is_refused() {
    let (mut flow, layers) = shipped();
    question_mut(&mut flow, "networked")["next"] = serde_json::json!([{ "goto": "stage" }]);
    let message = refusal(&flow, &layers);
    assert!(message.contains("cycle"), "going back to `stage` from the last question loops: {message}");
}

#[test]
fn a_route_to_nowhere_and_an_unreachable_outcome_are_refused() {
    let (mut flow, layers) = shipped();
    question_mut(&mut flow, "networked")["next"] = serde_json::json!([{ "goto": "plan_b" }]);
    assert!(refusal(&flow, &layers).contains("unknown node"));

    let (mut flow, layers) = shipped();
    flow["outcomes"].as_array_mut().expect("outcomes").push(serde_json::json!({"id": "orphan", "verdict": "not_needed", "settlement": "not_applicable"}));
    assert!(refusal(&flow, &layers).contains("cannot be reached"));
}

#[test]
fn the_audience_may_change_wording_but_no_rule_may_read_it() {
    let (mut flow, layers) = shipped();
    question_mut(&mut flow, "proxy_consent")["next"] =
        serde_json::json!([{ "when": { "is": ["audience", "staff"] }, "goto": "out_same_pool" }, { "goto": "insured_region" }]);
    assert!(refusal(&flow, &layers).contains("audience"));
}

#[test]
fn misspelt_keys_unknown_parameters_and_wrong_options_are_refused() {
    let (mut flow, layers) = shipped();
    flow["questions"][0]["nxt"] = Value::Null;
    assert!(refusal(&flow, &layers).contains("unknown field"), "a misspelt key must not be ignored");

    let (flow, mut layers) = shipped();
    let (_, text) = layers.iter_mut().find(|(n, _)| n.contains("beijing")).expect("beijing layer");
    *text = text.replace("\"filing_names\"", "\"filing_name\"");
    assert!(refusal(&flow, &layers).contains("unknown parameter"));

    let (mut flow, layers) = shipped();
    question_mut(&mut flow, "stage")["kind"] = serde_json::json!({ "choice": ["before", "admitted", "discharged"] });
    assert!(refusal(&flow, &layers).contains("as in yidi-domain"), "stage options must be yidi-domain's Stage wire names");
    let _ = yidi_domain::Stage::ALL.iter().map(|s| s.wire_name());
}

#[test]
fn layers_handed_in_replace_the_bundled_layer_of_their_region_or_are_refused_whole() {
    let (_, beijing) = Interview::bundled_layers().find(|(f, _)| *f == "rules/110000-beijing.json").expect("bundled Beijing layer");
    // Under another file name, Beijing's layer replaces the bundled one (not "a second layer for
    // the same region"), as the feed names it.
    let renamed = Interview::with_layers([("interview/rules/110000-beijing-2027.json".to_string(), beijing.to_string())]);
    assert!(renamed.is_ok(), "{:?}", renamed.err());
    // A line citing a source that no layer defines refuses the set, naming the file.
    let broken = beijing.replacen("\"source\": \"beijing-consent\", \"article\": \"二.1", "\"source\": \"nowhere\", \"article\": \"二.1", 1);
    assert_ne!(broken, beijing);
    let e = Interview::with_layers([("interview/rules/110000-beijing.json".to_string(), broken)]).unwrap_err();
    assert_eq!(e.file, "rules/110000-beijing.json");
    assert!(e.message.contains("nowhere"), "{e}");
    // Not a layer at all.
    assert!(Interview::with_layers([("rules/x.json".to_string(), "[]".to_string())]).is_err());
}
