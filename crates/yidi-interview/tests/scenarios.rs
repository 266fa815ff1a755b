//! Scenario tests as data: each file in `tests/scenarios/` is a sentence, an as-of date, the
//! answers, and what the outcome must contain. One harness runs them all and reports every
//! failure, not just the first.

use std::{collections::BTreeSet, path::Path};

use serde::Deserialize;
use serde_json::Value;
use yidi_domain::{FilingCategory, NaiveDate, Stage};
use yidi_interview::{Answer, Answers, Settlement, Verdict};

use crate::common::interview;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    as_of: NaiveDate,
    answers: serde_json::Map<String, Value>,
    expect: Expected,
}

/// Either the outcome, or the answer refused (a date after the as-of date).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Expected {
    Refused(Refused),
    Outcome(Expect),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Refused {
    /// The question whose answer is refused.
    refused: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    outcome: String,
    verdict: Verdict,
    #[serde(default)]
    category: Option<FilingCategory>,
    settlement: Settlement,
    #[serde(default)]
    stage: Option<Stage>,
    /// Line ids that must be shown.
    #[serde(default)]
    lines: Vec<String>,
    /// Line ids that must not be shown.
    #[serde(default)]
    absent: Vec<String>,
    /// Expected dates; `null` means "no such date", absent means "not checked".
    #[serde(default, deserialize_with = "some")]
    valid_until: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "some")]
    change_from: Option<Option<NaiveDate>>,
    /// Rule layers in force, by region ("national" first).
    #[serde(default)]
    layers: Option<Vec<String>>,
    /// Answers that must have been dropped as not applying.
    #[serde(default)]
    ignored: Vec<String>,
    /// Line ids that must appear in this order (others may sit between them).
    #[serde(default)]
    order: Vec<String>,
    /// The headline's message id (it must agree with the route).
    #[serde(default)]
    headline: Option<String>,
    /// Line id → the region of the layer its rule is credited to.
    #[serde(default)]
    credited: std::collections::BTreeMap<String, String>,
}

fn some<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<NaiveDate>>, D::Error> {
    Option::<NaiveDate>::deserialize(d).map(Some)
}

fn run(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let s: Scenario = serde_json::from_str(&text).map_err(|e| format!("unreadable: {e}"))?;
    let interview = interview();
    let mut answers = Answers::new();
    for (id, value) in &s.answers {
        let q = interview.question(id).ok_or_else(|| format!("no question {id:?}"))?;
        answers.insert(id.clone(), Answer::parse(q, "answers", value).map_err(|e| e.to_string())?);
    }
    let e = match &s.expect {
        Expected::Refused(r) => {
            return match interview.plan(&answers, s.as_of) {
                Err(yidi_interview::EngineError::AfterAsOf(q)) if q == r.refused => Ok(()),
                Err(other) => Err(format!("{}: expected {:?} refused, got {other}", s.name, r.refused)),
                Ok(plan) => Err(format!("{}: expected {:?} refused, got the outcome {}", s.name, r.refused, plan.outcome)),
            };
        }
        Expected::Outcome(e) => e,
    };
    let plan = interview.plan(&answers, s.as_of).map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            problems.push(what)
        }
    };
    check(plan.outcome == e.outcome, format!("outcome {} (expected {})", plan.outcome, e.outcome));
    check(plan.verdict == e.verdict, format!("verdict {:?} (expected {:?})", plan.verdict, e.verdict));
    check(plan.category == e.category, format!("category {:?} (expected {:?})", plan.category, e.category));
    check(plan.settlement == e.settlement, format!("settlement {:?} (expected {:?})", plan.settlement, e.settlement));
    if e.stage.is_some() {
        check(plan.stage == e.stage, format!("stage {:?} (expected {:?})", plan.stage, e.stage));
    }
    let shown: BTreeSet<&str> = plan.lines.iter().map(|l| l.id).collect();
    for id in &e.lines {
        check(shown.contains(id.as_str()), format!("line {id} missing; shown: {shown:?}"));
    }
    for id in &e.absent {
        check(!shown.contains(id.as_str()), format!("line {id} shown but must not be"));
    }
    if let Some(v) = e.valid_until {
        check(plan.dates.valid_until == v, format!("valid_until {:?} (expected {v:?})", plan.dates.valid_until));
    }
    if let Some(v) = e.change_from {
        check(plan.dates.change_from == v, format!("change_from {:?} (expected {v:?})", plan.dates.change_from));
    }
    if let Some(layers) = &e.layers {
        let got: Vec<&str> = plan.rules.layers.iter().map(|l| l.region.as_str()).collect();
        check(got == *layers, format!("layers {got:?} (expected {layers:?})"));
    }
    for id in &e.ignored {
        check(!plan.answers.contains_key(id), format!("answer {id} should not apply"));
    }
    if let Some(h) = &e.headline {
        check(&plan.headline_id() == h, format!("headline {} (expected {h})", plan.headline_id()));
    }
    let shown: Vec<&str> = plan.lines.iter().map(|l| l.id).collect();
    let positions: Vec<Option<usize>> = e.order.iter().map(|id| shown.iter().position(|s| s == id)).collect();
    check(
        positions.iter().all(Option::is_some) && positions.windows(2).all(|w| w[0] < w[1]),
        format!("lines {:?} in this order; shown {shown:?}", e.order),
    );
    for (line, region) in &e.credited {
        match plan.lines.iter().find(|l| l.id == line) {
            Some(l) => check(&l.layer.region == region, format!("line {line} credited to {} (expected {region})", l.layer.region)),
            None => check(false, format!("line {line} missing (its credit was to be checked)")),
        }
    }
    // Every line cites a source.
    for line in &plan.lines {
        check(!line.source.title.is_empty(), format!("line {} has no source title", line.id));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n    {}", s.name, problems.join("\n    ")))
    }
}

#[test]
fn every_scenario_file_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/scenarios").flatten().map(|e| e.path()).collect();
    files.sort();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| run(f).err().map(|e| format!("{}: {e}", f.file_name().map(|n| n.to_string_lossy()).unwrap_or_default())))
        .collect();
    println!("{} scenarios run", files.len());
    assert!(files.len() >= 30, "issue 4 asks for at least 30 scenarios; found {}", files.len());
    assert!(failures.is_empty(), "{} scenario(s) failed:\n{}", failures.len(), failures.join("\n"));
}
