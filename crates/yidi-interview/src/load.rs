//! Loading the interview data and refusing data that could strand a person: a route to nowhere,
//! a question with no default route, a cycle, a condition on a question that does not exist or
//! on the audience (which may change wording only), an override of a parameter the national
//! layer does not define. These are checked once, when the data is loaded; the exhaustive walk
//! in `explore` then checks what only running the flow can show.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

use serde_json::Value;
use yidi_domain::{divisions, RegionCode, Scheme, Stage, WireNames, WorkStatus};

use crate::{
    engine::Interview,
    model::{Cond, DomainEnum, Flow, Layer, QuestionKind},
};

/// A defect in the interview data: which file, and what is wrong. These are for the people who
/// maintain the data, so they are in English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct LoadError {
    pub file: String,
    pub message: String,
}

fn err(file: &str, message: impl Into<String>) -> LoadError {
    LoadError { file: file.to_string(), message: message.into() }
}

static EMBEDDED_FLOW: &str = include_str!("../../../data/interview/flow.json");
static EMBEDDED_LAYERS: &[(&str, &str)] = &[
    ("rules/national.json", include_str!("../../../data/interview/rules/national.json")),
    ("rules/110000-beijing.json", include_str!("../../../data/interview/rules/110000-beijing.json")),
    ("rules/320581-changshu.json", include_str!("../../../data/interview/rules/320581-changshu.json")),
    ("rules/370700-weifang.json", include_str!("../../../data/interview/rules/370700-weifang.json")),
    ("rules/150000-inner-mongolia.json", include_str!("../../../data/interview/rules/150000-inner-mongolia.json")),
];

impl Interview {
    /// The data shipped inside the program (`data/interview/` at build time).
    pub fn embedded() -> Result<Interview, LoadError> {
        Interview::from_texts(EMBEDDED_FLOW, EMBEDDED_LAYERS.iter().map(|(f, t)| (f.to_string(), t.to_string())))
    }

    /// The bundled rule layers (file name as `rules/<layer>.json`, text).
    pub fn bundled_layers() -> impl Iterator<Item = (&'static str, &'static str)> {
        EMBEDDED_LAYERS.iter().copied()
    }

    /// The bundled flow with the bundled rule layers and, over them, rule layers handed in by the
    /// caller (file name `rules/<layer>.json` or `interview/rules/<layer>.json` as the data feed
    /// names it, text): an installed layer takes the place of the bundled layer of the same file
    /// name or the same region, or is added (a region the program did not ship). The whole set
    /// is checked as strictly as the bundled data; any defect refuses all of it (the caller keeps
    /// the bundled interview: never half of a correction). The flow itself is not a feed dataset:
    /// its questions are tied to the screens of this version of the program.
    pub fn with_layers(installed: impl IntoIterator<Item = (String, String)>) -> Result<Interview, LoadError> {
        let mut layers: Vec<(String, String)> =
            EMBEDDED_LAYERS.iter().map(|(f, t)| (f.to_string(), t.to_string())).collect();
        for (file, text) in installed {
            let file = file.strip_prefix("interview/").unwrap_or(&file).to_string();
            let region = |t: &str| {
                serde_json::from_str::<Value>(t).ok().and_then(|v| v.get("region").and_then(Value::as_str).map(str::to_string))
            };
            let new_region = region(&text).ok_or_else(|| err(&file, "not a rule layer: no \"region\""))?;
            layers.retain(|(f, t)| *f != file && region(t).as_deref() != Some(new_region.as_str()));
            layers.push((file, text));
        }
        Interview::from_texts(EMBEDDED_FLOW, layers)
    }

    /// The data in a folder laid out like `data/interview/` (`flow.json`, `rules/*.json`), so a
    /// corrected rule can be used without rebuilding.
    pub fn load(dir: &Path) -> Result<Interview, LoadError> {
        let read = |p: &Path| fs::read_to_string(p).map_err(|e| err(&p.display().to_string(), e.to_string()));
        let flow = read(&dir.join("flow.json"))?;
        let rules = dir.join("rules");
        let mut files: Vec<_> = fs::read_dir(&rules)
            .map_err(|e| err(&rules.display().to_string(), e.to_string()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut layers = Vec::new();
        for path in files {
            let name = format!("rules/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
            layers.push((name, read(&path)?));
        }
        Interview::from_texts(&flow, layers)
    }

    /// Parses and checks a flow and its layers given as text (file name, contents).
    pub fn from_texts(flow: &str, layers: impl IntoIterator<Item = (String, String)>) -> Result<Interview, LoadError> {
        let flow: Flow = serde_json::from_str(flow).map_err(|e| err("flow.json", e.to_string()))?;
        let mut national = None;
        let mut overrides = BTreeMap::new();
        for (file, text) in layers {
            let layer: Layer = serde_json::from_str(&text).map_err(|e| err(&file, e.to_string()))?;
            if layer.region == "national" {
                if national.replace((file.clone(), layer)).is_some() {
                    return Err(err(&file, "a second national layer"));
                }
            } else {
                let code = divisions()
                    .lookup("region", &layer.region)
                    .map_err(|_| err(&file, format!("region {:?} is not a known division code", layer.region)))?
                    .code;
                if overrides.insert(code, (file.clone(), layer)).is_some() {
                    return Err(err(&file, "a second layer for the same region"));
                }
            }
        }
        let (national_file, national) = national.ok_or_else(|| err("rules/", "no national layer"))?;
        check_flow(&flow)?;
        check_layers(&flow, &national_file, &national, &overrides)?;
        let overrides: BTreeMap<RegionCode, Layer> = overrides.into_iter().map(|(c, (_, l))| (c, l)).collect();
        Ok(Interview::new(flow, national, overrides))
    }
}

fn check_flow(flow: &Flow) -> Result<(), LoadError> {
    let f = "flow.json";
    let mut questions = BTreeMap::new();
    for q in &flow.questions {
        if questions.insert(q.id.as_str(), q).is_some() {
            return Err(err(f, format!("question {:?} defined twice", q.id)));
        }
        if let QuestionKind::Choice(options) = &q.kind {
            let unique: BTreeSet<_> = options.iter().collect();
            if options.is_empty() || unique.len() != options.len() {
                return Err(err(f, format!("question {:?}: options must be non-empty and distinct", q.id)));
            }
            if let Some(domain) = q.maps_to {
                let expected: Vec<&str> = match domain {
                    DomainEnum::Scheme => Scheme::ALL.iter().map(|v| v.wire_name()).collect(),
                    DomainEnum::Stage => Stage::ALL.iter().map(|v| v.wire_name()).collect(),
                    DomainEnum::WorkStatus => WorkStatus::ALL.iter().map(|v| v.wire_name()).collect(),
                };
                if options.iter().map(String::as_str).collect::<Vec<_>>() != expected {
                    return Err(err(f, format!("question {:?}: options must be {expected:?}, as in yidi-domain", q.id)));
                }
            }
        } else if q.maps_to.is_some() {
            return Err(err(f, format!("question {:?}: only a choice can map to a domain enum", q.id)));
        }
        if let QuestionKind::Number { min, max } = q.kind {
            if min > max {
                return Err(err(f, format!("question {:?}: min above max", q.id)));
            }
        }
    }
    let mut outcomes = BTreeSet::new();
    for o in &flow.outcomes {
        if questions.contains_key(o.id.as_str()) || !outcomes.insert(o.id.as_str()) {
            return Err(err(f, format!("node {:?} defined twice", o.id)));
        }
    }
    for (what, id) in [("start", &flow.start), ("insured_region_question", &flow.insured_region_question)] {
        if !questions.contains_key(id.as_str()) {
            return Err(err(f, format!("{what} {id:?} is not a question")));
        }
    }
    if questions.get(flow.insured_region_question.as_str()).map(|q| &q.kind) != Some(&QuestionKind::Region) {
        return Err(err(f, "insured_region_question must be a region question"));
    }
    if !matches!(questions.get(flow.audience_question.as_str()).map(|q| &q.kind), Some(QuestionKind::Choice(_))) {
        return Err(err(f, "audience_question must be a choice question"));
    }
    // The outcome reports the stage from the question that maps to yidi-domain's Stage.
    if !flow.questions.iter().any(|q| q.maps_to == Some(DomainEnum::Stage)) {
        return Err(err(f, "no question maps to stage"));
    }

    // Every route goes somewhere, and the last one always does.
    for q in &flow.questions {
        let Some(last) = q.next.last() else {
            return Err(err(f, format!("question {:?} has no route: a dead end", q.id)));
        };
        if last.when.is_some() {
            return Err(err(f, format!("question {:?}: the last route must have no condition, so some route always applies", q.id)));
        }
        for route in &q.next {
            if !questions.contains_key(route.goto.as_str()) && !outcomes.contains(route.goto.as_str()) {
                return Err(err(f, format!("question {:?} routes to unknown node {:?}", q.id, route.goto)));
            }
        }
    }
    for (name, last_has_when) in [
        ("category", flow.category.last().map(|r| r.when.is_some())),
        ("settlement", flow.settlement.last().map(|r| r.when.is_some())),
    ] {
        if last_has_when != Some(false) {
            return Err(err(f, format!("the {name} table must end with a row without condition")));
        }
    }
    for o in &flow.outcomes {
        let is_plan = o.verdict == crate::model::Verdict::Plan;
        if is_plan == o.settlement.is_some() {
            return Err(err(f, format!("outcome {:?}: a plan takes the settlement table, any other outcome fixes its settlement", o.id)));
        }
    }

    // No cycles, and every node reachable from the start (structurally; `explore` checks that
    // some answers really get there).
    let edges = |id: &str| -> Vec<&str> {
        questions.get(id).map(|q| q.next.iter().map(|r| r.goto.as_str()).collect()).unwrap_or_default()
    };
    let mut state: BTreeMap<&str, u8> = BTreeMap::new(); // 1 = on the stack, 2 = done
    fn visit<'a>(
        id: &'a str,
        edges: &dyn Fn(&str) -> Vec<&'a str>,
        state: &mut BTreeMap<&'a str, u8>,
    ) -> Result<(), String> {
        match state.get(id) {
            Some(1) => return Err(format!("a cycle passes through {id:?}")),
            Some(_) => return Ok(()),
            None => {}
        }
        state.insert(id, 1);
        for next in edges(id) {
            visit(next, edges, state)?;
        }
        state.insert(id, 2);
        Ok(())
    }
    visit(flow.start.as_str(), &edges, &mut state).map_err(|m| err(f, m))?;
    for id in questions.keys().copied().chain(outcomes.iter().copied()) {
        if !state.contains_key(id) {
            return Err(err(f, format!("node {id:?} cannot be reached from the start")));
        }
    }
    Ok(())
}

/// What conditions may refer to: the questions and the national parameters.
struct Names<'a> {
    flow: &'a Flow,
    params: &'a BTreeMap<String, crate::model::Param>,
}

impl Names<'_> {
    fn question(&self, id: &str) -> Result<&QuestionKind, String> {
        if id == self.flow.audience_question {
            return Err(format!("condition reads {id:?}, the audience: it may change wording only, not rules"));
        }
        self.flow.questions.iter().find(|q| q.id == id).map(|q| &q.kind).ok_or_else(|| format!("no question {id:?}"))
    }
    fn choice(&self, id: &str, values: &[String]) -> Result<(), String> {
        match self.question(id)? {
            QuestionKind::Choice(options) => match values.iter().find(|v| !options.contains(v)) {
                Some(v) => Err(format!("{v:?} is not an option of {id:?}")),
                None => Ok(()),
            },
            _ => Err(format!("{id:?} is not a choice question")),
        }
    }
    fn kind(&self, id: &str, want: &QuestionKind, what: &str) -> Result<(), String> {
        let kind = self.question(id)?;
        if std::mem::discriminant(kind) == std::mem::discriminant(want) {
            Ok(())
        } else {
            Err(format!("{id:?} is not a {what} question"))
        }
    }
    fn param(&self, name: &str) -> Result<&Value, String> {
        self.params.get(name).map(|p| &p.value).ok_or_else(|| format!("no national parameter {name:?}"))
    }

    fn check(&self, cond: &Cond, in_lines: bool) -> Result<(), String> {
        match cond {
            Cond::Is(q, v) => self.choice(q, std::slice::from_ref(v)),
            Cond::In(q, vs) => self.choice(q, vs),
            Cond::Yes(q) | Cond::No(q) => self.kind(q, &QuestionKind::YesNo, "yes/no"),
            Cond::Answered(q) => self.question(q).map(|_| ()),
            Cond::Trip { from, to, .. } => {
                self.kind(from, &QuestionKind::Region, "region")?;
                self.kind(to, &QuestionKind::Region, "region")
            }
            Cond::Param(p) => match self.param(p)? {
                Value::Bool(_) => Ok(()),
                _ => Err(format!("parameter {p:?} is not true/false")),
            },
            Cond::ParamIs(p, _) => self.param(p).map(|_| ()),
            Cond::ParamHas(p, q) => match self.param(p)? {
                Value::Array(_) => self.question(q).map(|_| ()),
                _ => Err(format!("parameter {p:?} is not a list")),
            },
            Cond::BelowParam(q, p) => {
                self.kind(q, &QuestionKind::Number { min: 0, max: 0 }, "number")?;
                match self.param(p)? {
                    Value::Null | Value::Number(_) => Ok(()),
                    _ => Err(format!("parameter {p:?} is not a number")),
                }
            }
            Cond::DateBefore(a, b) => {
                for d in [a, b] {
                    if d != "as_of" && d != crate::engine::CHANGE_FROM {
                        self.kind(d, &QuestionKind::Date, "date")?;
                    }
                }
                Ok(())
            }
            Cond::Category(_) => Ok(()),
            Cond::Outcome(ids) => {
                if !in_lines {
                    return Err("`outcome` can be read by outcome lines only".into());
                }
                match ids.iter().find(|id| !self.flow.outcomes.iter().any(|o| &o.id == *id)) {
                    Some(id) => Err(format!("no outcome {id:?}")),
                    None => Ok(()),
                }
            }
            Cond::Settlement(_) if !in_lines => Err("`settlement` can be read by outcome lines only".into()),
            Cond::Settlement(_) => Ok(()),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().try_for_each(|c| self.check(c, in_lines)),
            Cond::Not(c) => self.check(c, in_lines),
        }
    }
}

fn same_type(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::Bool(_), Value::Bool(_))
            | (Value::Number(_), Value::Number(_))
            | (Value::String(_), Value::String(_))
            | (Value::Array(_), Value::Array(_))
            | (Value::Null, Value::Number(_))
            | (Value::Number(_), Value::Null)
            | (Value::Null, Value::Null)
    )
}

fn check_layers(
    flow: &Flow,
    national_file: &str,
    national: &Layer,
    overrides: &BTreeMap<RegionCode, (String, Layer)>,
) -> Result<(), LoadError> {
    let names = Names { flow, params: &national.params };
    for q in &flow.questions {
        for route in &q.next {
            if let Some(c) = &route.when {
                names.check(c, false).map_err(|m| err("flow.json", format!("question {:?}: {m}", q.id)))?;
            }
        }
    }
    for rule in &flow.category {
        if let Some(c) = &rule.when {
            if contains_category(c) {
                return Err(err("flow.json", "the category table cannot read the category"));
            }
            names.check(c, false).map_err(|m| err("flow.json", format!("category table: {m}")))?;
        }
    }
    for rule in &flow.settlement {
        if let Some(c) = &rule.when {
            names.check(c, false).map_err(|m| err("flow.json", format!("settlement table: {m}")))?;
        }
    }

    let all: Vec<(&str, &Layer)> = std::iter::once((national_file, national))
        .chain(overrides.values().map(|(f, l)| (f.as_str(), l)))
        .collect();
    let mut source_ids = BTreeSet::new();
    for (file, layer) in &all {
        for s in &layer.sources {
            if !source_ids.insert(s.id.as_str()) {
                return Err(err(file, format!("source {:?} defined twice", s.id)));
            }
        }
    }
    let national_lines: BTreeSet<&str> = national.lines.iter().map(|l| l.id.as_str()).collect();
    for (file, layer) in &all {
        for (name, param) in &layer.params {
            let base = national.params.get(name).ok_or_else(|| err(file, format!("unknown parameter {name:?}")))?;
            if !same_type(&base.value, &param.value) {
                return Err(err(file, format!("parameter {name:?} has a different type from the national one")));
            }
            if !source_ids.contains(param.source.as_str()) {
                return Err(err(file, format!("parameter {name:?} cites unknown source {:?}", param.source)));
            }
        }
        let mut seen = BTreeSet::new();
        for line in &layer.lines {
            if !seen.insert(line.id.as_str()) {
                return Err(err(file, format!("line {:?} defined twice", line.id)));
            }
            match line.source.strip_prefix("param:") {
                Some(p) if !national.params.contains_key(p) => {
                    return Err(err(file, format!("line {:?} cites unknown parameter {p:?}", line.id)))
                }
                None if !source_ids.contains(line.source.as_str()) => {
                    return Err(err(file, format!("line {:?} cites unknown source {:?}", line.id, line.source)))
                }
                _ => {}
            }
            if let Some(c) = &line.when {
                names.check(c, true).map_err(|m| err(file, format!("line {:?}: {m}", line.id)))?;
            }
            if let Some(b) = line.before.as_deref().filter(|b| !national.lines.iter().any(|l| l.id == *b)) {
                return Err(err(file, format!("line {:?} goes before {b:?}, which is no national line", line.id)));
            }
        }
        for id in &layer.remove {
            if !national_lines.contains(id.as_str()) {
                return Err(err(file, format!("removes line {id:?}, which the national layer does not have")));
            }
        }
    }
    Ok(())
}

fn contains_category(c: &Cond) -> bool {
    match c {
        Cond::Category(_) => true,
        Cond::All(cs) | Cond::Any(cs) => cs.iter().any(contains_category),
        Cond::Not(c) => contains_category(c),
        _ => false,
    }
}
