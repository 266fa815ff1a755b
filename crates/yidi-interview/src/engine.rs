//! The engine: follows the flow from the answers given, says which question comes next, keeps
//! the answers that still apply when an earlier one changes, and assembles the outcome from the
//! rule layers of the person's insured region. It knows no wording (that is Fluent's, in
//! yidi-core) and no clock (`as_of` comes in).

use std::collections::BTreeMap;

use serde_json::Value;
use yidi_domain::{trip, FilingCategory, FilingTerm, NaiveDate, RegionCode, Stage, WireNames};

use crate::{
    answer::{Answer, Answers},
    model::{Cond, DomainEnum, Flow, Layer, Line, OutcomeNode, Param, Question, Section, Settlement, Source, TripScopeName, Verdict},
};

/// The computed date a `date_before` condition may name: the first day a long-term filing made
/// on the [`FILING_MADE`] answer may be changed or cancelled (that day plus the insured region's
/// `long_term_change_lock_months`; unknown when the region states no lock).
pub const CHANGE_FROM: &str = "change_from";
/// The question giving the day an existing long-term filing was made.
pub const FILING_MADE: &str = "filing_made";

/// A loaded, checked interview: the flow and every rule layer.
#[derive(Debug, Clone)]
pub struct Interview {
    flow: Flow,
    national: Layer,
    overrides: BTreeMap<RegionCode, Layer>,
}

/// Where the answers lead next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// This question has no answer yet.
    Question(String),
    /// Every question on the way is answered: this outcome.
    Outcome(String),
}

/// The person's path through the flow: the questions answered in order, and what comes next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    pub path: Vec<String>,
    pub next: Next,
}

/// Why the engine could not go on. With checked data only a cycle slipping past the loader
/// could cause this; it is reported rather than looping.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EngineError {
    #[error("the flow did not reach an outcome after {0} steps")]
    NoOutcome(usize),
    #[error("question {0:?} is not on the path of these answers")]
    NotOnPath(String),
    #[error("the answers do not reach an outcome yet: {0:?} is unanswered")]
    Unanswered(String),
    /// A day that has already happened (an admission, a filing made) lies after the as-of day.
    #[error("the date answered to {0:?} is after the as-of date")]
    AfterAsOf(String),
}

/// The rules in force for one insured region: the national layer with its overrides applied.
#[derive(Debug, Clone)]
pub struct Rules<'a> {
    pub layers: Vec<&'a Layer>,
    /// Parameter → (value with provenance, the layer that set it).
    pub params: BTreeMap<&'a str, (&'a Param, &'a Layer)>,
    pub lines: Vec<&'a Line>,
    pub sources: BTreeMap<&'a str, &'a Source>,
}

impl<'a> Rules<'a> {
    pub fn param(&self, name: &str) -> Option<&'a Value> {
        self.params.get(name).map(|(p, _)| &p.value)
    }
    pub fn int(&self, name: &str) -> Option<i64> {
        self.param(name).and_then(Value::as_i64)
    }
}

/// What a condition can see.
struct Ctx<'a, 'r> {
    interview: &'a Interview,
    answers: &'a Answers,
    rules: &'r Rules<'a>,
    as_of: Option<NaiveDate>,
    outcome: Option<&'a str>,
    settlement: Option<Settlement>,
    /// The category table's answer, worked out once when first read.
    category: std::cell::OnceCell<FilingCategory>,
}

impl<'a, 'r> Ctx<'a, 'r> {
    fn new(interview: &'a Interview, answers: &'a Answers, rules: &'r Rules<'a>) -> Self {
        Ctx { interview, answers, rules, as_of: None, outcome: None, settlement: None, category: std::cell::OnceCell::new() }
    }

    fn choice(&self, q: &str) -> Option<&str> {
        match self.answers.get(q) {
            Some(Answer::Choice(s)) => Some(s),
            _ => None,
        }
    }
    fn date(&self, name: &str) -> Option<NaiveDate> {
        if name == "as_of" {
            return self.as_of;
        }
        if name == CHANGE_FROM {
            return change_from(self.date(FILING_MADE)?, self.rules);
        }
        match self.answers.get(name) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        }
    }

    fn holds(&self, cond: &Cond) -> bool {
        match cond {
            Cond::Is(q, v) => self.choice(q) == Some(v.as_str()),
            Cond::In(q, vs) => self.choice(q).is_some_and(|a| vs.iter().any(|v| v == a)),
            Cond::Yes(q) => self.answers.get(q) == Some(&Answer::YesNo(true)),
            Cond::No(q) => self.answers.get(q) == Some(&Answer::YesNo(false)),
            Cond::Answered(q) => self.answers.contains_key(q),
            Cond::Trip { from, to, scope } => match (self.answers.get(from), self.answers.get(to)) {
                (Some(Answer::Region(a)), Some(Answer::Region(b))) => {
                    let actual = trip::classify(*a, *b);
                    let want = match scope {
                        TripScopeName::SamePoolingRegion => yidi_domain::TripScope::SamePoolingRegion,
                        TripScopeName::WithinProvince => yidi_domain::TripScope::WithinProvince,
                        TripScopeName::CrossProvince => yidi_domain::TripScope::CrossProvince,
                        TripScopeName::OutsideNetwork => yidi_domain::TripScope::OutsideNetwork,
                    };
                    actual == want
                }
                _ => false,
            },
            Cond::Param(p) => self.rules.param(p) == Some(&Value::Bool(true)),
            Cond::ParamIs(p, v) => self.rules.param(p) == Some(v),
            Cond::ParamHas(p, q) => match (self.rules.param(p), self.choice(q)) {
                (Some(Value::Array(items)), Some(a)) => items.iter().any(|i| i.as_str() == Some(a)),
                _ => false,
            },
            Cond::BelowParam(q, p) => match (self.answers.get(q), self.rules.int(p)) {
                (Some(Answer::Number(n)), Some(min)) => *n < min,
                _ => false,
            },
            Cond::DateBefore(a, b) => match (self.date(a), self.date(b)) {
                (Some(a), Some(b)) => a < b,
                _ => false,
            },
            Cond::Category(cs) => {
                cs.contains(self.category.get_or_init(|| self.interview.category_with(self.answers, self.rules)))
            }
            Cond::Outcome(ids) => self.outcome.is_some_and(|o| ids.iter().any(|i| i == o)),
            Cond::Settlement(ss) => self.settlement.is_some_and(|s| ss.contains(&s)),
            Cond::All(cs) => cs.iter().all(|c| self.holds(c)),
            Cond::Any(cs) => cs.iter().any(|c| self.holds(c)),
            Cond::Not(c) => !self.holds(c),
        }
    }

    fn holds_opt(&self, cond: &Option<Cond>) -> bool {
        cond.as_ref().is_none_or(|c| self.holds(c))
    }
}

/// Dates worked out for the plan. All come from `as_of` or from the answers, never a clock.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanDates {
    /// The day of filing: `as_of`, when the person files now.
    pub filing_date: Option<NaiveDate>,
    /// Last day a temporary filing is valid: one made on `filing_date`, or the one already in
    /// place (the end date the person gave).
    pub valid_until: Option<NaiveDate>,
    /// First day a long-term filing may be changed or cancelled.
    pub change_from: Option<NaiveDate>,
}

/// One line of the outcome with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanLine<'a> {
    pub id: &'a str,
    pub section: Section,
    pub source: &'a Source,
    pub article: Option<&'a str>,
    /// The layer the rule comes from: the one that set the parameter a `param:` line cites,
    /// else the one that holds the line. A county's rule is credited to the county, never to
    /// the prefecture whose pooling region it belongs to.
    pub layer: &'a Layer,
}

/// The first day a long-term filing made on `made` may be changed or cancelled, under `rules`.
pub fn change_from(made: NaiveDate, rules: &Rules<'_>) -> Option<NaiveDate> {
    let months = rules.int("long_term_change_lock_months").and_then(|m| u32::try_from(m).ok())?;
    made.checked_add_months(chrono_months(months))
}

/// The outcome, before wording.
#[derive(Debug, Clone)]
pub struct Plan<'a> {
    pub outcome: &'a str,
    pub verdict: Verdict,
    /// The filing category, for `plan` outcomes.
    pub category: Option<FilingCategory>,
    pub settlement: Settlement,
    pub stage: Option<Stage>,
    pub lines: Vec<PlanLine<'a>>,
    pub dates: PlanDates,
    pub rules: Rules<'a>,
    /// The answers on the path (the others do not apply).
    pub answers: Answers,
    pub path: Vec<String>,
    pub as_of: NaiveDate,
}

/// Placeables an outcome line may use, and where each comes from. yidi-core fills exactly these;
/// the exploration checks that every line shown has every placeable it uses.
pub const PARAM_ARGS: [(&str, &str); 4] = [
    ("min_months", "min_months_long_term"),
    ("validity_months", "temporary_validity_months"),
    ("lock_months", "long_term_change_lock_months"),
    ("supply_months", "commitment_supply_within_months"),
];
/// Answers given to lines as placeables: (placeable, question).
pub const ANSWER_ARGS: [(&str, &str); 5] = [
    ("months_there", "months_there"),
    ("filing_end", "filing_end"),
    ("admission_date", "admission_date"),
    ("disease", "chronic_disease"),
    ("filing_made", FILING_MADE),
];

/// Answers that state a day already past: none may lie after the as-of date.
pub const PAST_DATES: [&str; 2] = ["admission_date", FILING_MADE];

impl Plan<'_> {
    /// The Fluent id of the headline: for a filing plan it follows the settlement (someone who
    /// already paid reads "claim at home", never "file, then settle directly").
    pub fn headline_id(&self) -> String {
        match self.verdict {
            Verdict::Plan => crate::text::plan_headline(self.settlement, self.stage == Some(Stage::Discharged)),
            _ => crate::text::outcome(self.outcome),
        }
    }

    /// The Fluent id of "how the bill is paid": for someone who already paid in full it says so
    /// rather than "pay in full, then claim".
    pub fn settlement_id(&self) -> String {
        match (self.settlement, self.stage) {
            (Settlement::ManualClaim, Some(Stage::Discharged)) => "iv-settle-manual-claim-paid".to_string(),
            (s, _) => crate::text::settlement(s),
        }
    }

    /// The Fluent id of the verdict label, following the settlement for a filing plan.
    pub fn verdict_id(&self) -> String {
        match self.verdict {
            Verdict::Plan => crate::text::plan_verdict(self.settlement),
            v => crate::text::verdict(v),
        }
    }

    /// The placeables this plan can fill.
    pub fn arg_names(&self, insured_question: &str, destination_question: Option<&str>) -> Vec<&'static str> {
        // `layer`: the name of the region whose rule a line states (every line has one).
        let mut names = vec!["audience", "layer"];
        if self.answers.contains_key(insured_question) {
            names.push("insured");
        }
        if destination_question.is_some_and(|d| self.answers.contains_key(d)) {
            names.push("destination");
        }
        if self.category.is_some() {
            names.push("category");
        }
        names.extend(PARAM_ARGS.iter().filter(|(_, p)| self.rules.int(p).is_some()).map(|(n, _)| *n));
        names.extend(ANSWER_ARGS.iter().filter(|(_, q)| self.answers.contains_key(*q)).map(|(n, _)| *n));
        for (name, date) in [
            ("filing_date", self.dates.filing_date),
            ("valid_until", self.dates.valid_until),
            ("change_from", self.dates.change_from),
        ] {
            if date.is_some() {
                names.push(name);
            }
        }
        names
    }
}

/// The last day of a period of whole months that starts on `start` (counted as its first day):
/// the day before the same day-of-month `months` later — 6 months from 2026-11-23 run to
/// 2027-05-22, from 2026-03-01 to 2026-08-31. When that month has no such day (from 2026-08-31,
/// February has no 31st) the period ends on the month's last day, 2027-02-28.
pub fn months_after_inclusive(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    use chrono::Datelike;
    let same_day = start.checked_add_months(chrono_months(months))?;
    if same_day.day() == start.day() { same_day.pred_opt() } else { Some(same_day) }
}

fn chrono_months(months: u32) -> chrono::Months {
    chrono::Months::new(months)
}

impl Interview {
    pub(crate) fn new(flow: Flow, national: Layer, overrides: BTreeMap<RegionCode, Layer>) -> Interview {
        Interview { flow, national, overrides }
    }

    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    pub fn national(&self) -> &Layer {
        &self.national
    }

    pub fn overrides(&self) -> impl Iterator<Item = (&RegionCode, &Layer)> {
        self.overrides.iter()
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.flow.questions.iter().find(|q| q.id == id)
    }

    pub fn outcome_node(&self, id: &str) -> Option<&OutcomeNode> {
        self.flow.outcomes.iter().find(|o| o.id == id)
    }

    /// The region question that is not the insured region (the place of treatment).
    pub fn destination_question(&self) -> Option<&str> {
        self.flow
            .questions
            .iter()
            .find(|q| q.kind == crate::model::QuestionKind::Region && q.id != self.flow.insured_region_question)
            .map(|q| q.id.as_str())
    }

    /// The question whose options are a domain enum's.
    pub fn question_for(&self, domain: DomainEnum) -> Option<&Question> {
        self.flow.questions.iter().find(|q| q.maps_to == Some(domain))
    }

    /// The layers in force for an insured region: national, then the province's, the
    /// prefecture's and the region's own, each where one exists.
    pub fn rules_for(&self, insured: Option<RegionCode>) -> Rules<'_> {
        let mut layers = vec![&self.national];
        if let Some(code) = insured {
            let mut codes = vec![code.province(), code.prefecture(), code];
            codes.dedup();
            layers.extend(codes.iter().filter_map(|c| self.overrides.get(c)));
        }
        let mut params = BTreeMap::new();
        let mut lines: Vec<&Line> = Vec::new();
        let mut sources = BTreeMap::new();
        for layer in &layers {
            for (name, p) in &layer.params {
                params.insert(name.as_str(), (p, *layer));
            }
            lines.retain(|l| !layer.remove.contains(&l.id));
            for line in &layer.lines {
                match lines.iter_mut().find(|l| l.id == line.id) {
                    Some(slot) => *slot = line,
                    None => match line.before.as_ref().and_then(|b| lines.iter().position(|l| &l.id == b)) {
                        Some(at) => lines.insert(at, line),
                        None => lines.push(line),
                    },
                }
            }
            for s in &layer.sources {
                sources.insert(s.id.as_str(), s);
            }
        }
        Rules { layers, params, lines, sources }
    }

    pub(crate) fn insured(&self, answers: &Answers) -> Option<RegionCode> {
        match answers.get(&self.flow.insured_region_question) {
            Some(Answer::Region(c)) => Some(*c),
            _ => None,
        }
    }

    fn category_with(&self, answers: &Answers, rules: &Rules<'_>) -> FilingCategory {
        let ctx = Ctx::new(self, answers, rules);
        self.flow
            .category
            .iter()
            .find(|r| ctx.holds_opt(&r.when))
            .map(|r| r.value)
            .unwrap_or(FilingCategory::OtherTemporary)
    }

    /// The category the decision table gives for these answers.
    pub fn category(&self, answers: &Answers) -> FilingCategory {
        let rules = self.rules_for(self.insured(answers));
        self.category_with(answers, &rules)
    }

    /// Follows the answers from the start to the first unanswered question or to an outcome.
    /// Each route reads only the answers already on the path, so an answer to a question the
    /// person no longer reaches can never steer the flow.
    pub fn walk(&self, answers: &Answers) -> Result<Walk, EngineError> {
        self.walk_in(answers, &self.rules_for(self.insured(answers)))
    }

    /// [`Self::walk`] with the rules of the answers' insured region already merged.
    pub(crate) fn walk_in(&self, answers: &Answers, rules: &Rules<'_>) -> Result<Walk, EngineError> {
        let mut seen = Answers::new();
        let mut path = Vec::new();
        let mut at = self.flow.start.as_str();
        for _ in 0..=self.flow.questions.len() {
            let Some(question) = self.question(at) else {
                return Ok(Walk { path, next: Next::Outcome(at.to_string()) });
            };
            let Some(answer) = answers.get(at) else {
                return Ok(Walk { path, next: Next::Question(at.to_string()) });
            };
            seen.insert(at.to_string(), answer.clone());
            path.push(at.to_string());
            let ctx = Ctx::new(self, &seen, rules);
            // The loader guarantees the last route has no condition.
            at = question.next.iter().find(|r| ctx.holds_opt(&r.when)).map(|r| r.goto.as_str()).unwrap_or(at);
        }
        Err(EngineError::NoOutcome(self.flow.questions.len()))
    }

    /// At most how many questions, `id` included, stand between `id` and an outcome: the longest
    /// way along the flow's routes, whatever the answers (the guide shows "最多还有 N 题"). An
    /// outcome or an unknown id counts 0. The loader refuses cycles; one slipping past counts
    /// as a dead end rather than looping.
    pub fn at_most_from(&self, id: &str) -> usize {
        fn longest<'a>(iv: &'a Interview, id: &'a str, memo: &mut BTreeMap<&'a str, usize>, on_way: &mut Vec<&'a str>) -> usize {
            if let Some(&n) = memo.get(id) {
                return n;
            }
            let Some(q) = iv.question(id) else { return 0 };
            if on_way.contains(&id) {
                return 0;
            }
            on_way.push(id);
            let n = 1 + q.next.iter().map(|r| longest(iv, r.goto.as_str(), memo, on_way)).max().unwrap_or(0);
            on_way.pop();
            memo.insert(id, n);
            n
        }
        longest(self, id, &mut BTreeMap::new(), &mut Vec::new())
    }

    /// Drops the answers that no longer apply and returns their ids. While the path stops at an
    /// unanswered question, later answers are kept: they may apply again once it is answered
    /// (changing "scheme" keeps "stage" and "care_type"). When the path reaches an outcome,
    /// every answer off it is dropped.
    pub fn prune(&self, answers: &mut Answers) -> Result<Vec<String>, EngineError> {
        let walk = self.walk(answers)?;
        if !matches!(walk.next, Next::Outcome(_)) {
            return Ok(Vec::new());
        }
        let dropped: Vec<String> = answers.keys().filter(|k| !walk.path.contains(k)).cloned().collect();
        for id in &dropped {
            answers.remove(id);
        }
        Ok(dropped)
    }

    /// The question shown after `current` when going forward: the next node on the path.
    pub fn after(&self, answers: &Answers, current: &str) -> Result<Next, EngineError> {
        let walk = self.walk(answers)?;
        match walk.path.iter().position(|q| q == current) {
            Some(i) if i + 1 < walk.path.len() => Ok(Next::Question(walk.path[i + 1].clone())),
            Some(_) => Ok(walk.next),
            None => Err(EngineError::NotOnPath(current.to_string())),
        }
    }

    /// The question shown by Back from `current` (None: `current` is the first question). From an
    /// outcome or the review, `current` is None and Back goes to the last question answered.
    pub fn before(&self, answers: &Answers, current: Option<&str>) -> Result<Option<String>, EngineError> {
        let walk = self.walk(answers)?;
        let index = match current {
            None => walk.path.len(),
            Some(q) => match walk.path.iter().position(|p| p == q) {
                Some(i) => i,
                // The first unanswered question sits just after the path.
                None if walk.next == Next::Question(q.to_string()) => walk.path.len(),
                None => return Err(EngineError::NotOnPath(q.to_string())),
            },
        };
        Ok(index.checked_sub(1).map(|i| walk.path[i].clone()))
    }

    /// The outcome these answers reach, with its lines and dates, as of `as_of` (the day of
    /// filing, or of the consultation).
    pub fn plan(&self, answers: &Answers, as_of: NaiveDate) -> Result<Plan<'_>, EngineError> {
        self.plan_in(answers, as_of, self.rules_for(self.insured(answers)))
    }

    /// [`Self::plan`] with the rules of the answers' insured region already merged.
    pub(crate) fn plan_in<'s>(&'s self, answers: &Answers, as_of: NaiveDate, rules: Rules<'s>) -> Result<Plan<'s>, EngineError> {
        let walk = self.walk_in(answers, &rules)?;
        let outcome_id = match &walk.next {
            Next::Outcome(id) => id.clone(),
            Next::Question(q) => return Err(EngineError::Unanswered(q.clone())),
        };
        let kept: Answers = answers.iter().filter(|(k, _)| walk.path.contains(k)).map(|(k, v)| (k.clone(), v.clone())).collect();
        for q in PAST_DATES {
            if matches!(kept.get(q), Some(Answer::Date(d)) if *d > as_of) {
                return Err(EngineError::AfterAsOf(q.to_string()));
            }
        }
        let node = self.outcome_node(&outcome_id).ok_or_else(|| EngineError::NotOnPath(outcome_id.clone()))?;
        let base = Ctx { as_of: Some(as_of), ..Ctx::new(self, &kept, &rules) };
        let category = (node.verdict == Verdict::Plan).then(|| self.category_with(&kept, &rules));
        let settlement = match node.settlement {
            Some(s) => s,
            None => self
                .flow
                .settlement
                .iter()
                .find(|r| base.holds_opt(&r.when))
                .map(|r| r.value)
                .unwrap_or(Settlement::FileBeforeTravel),
        };
        let ctx = Ctx { outcome: Some(node.id.as_str()), settlement: Some(settlement), ..base };

        let stage = self.question_for(DomainEnum::Stage).and_then(|q| match kept.get(&q.id) {
            Some(Answer::Choice(s)) => Stage::parse_field(&q.id, s).ok(),
            _ => None,
        });

        let mut dates = PlanDates::default();
        if settlement.files_now() {
            dates.filing_date = Some(as_of);
            match category.map(FilingCategory::term) {
                Some(FilingTerm::Temporary) if category != Some(FilingCategory::Emergency) => {
                    let months = rules.int("temporary_validity_months").and_then(|m| u32::try_from(m).ok());
                    dates.valid_until = months.and_then(|m| months_after_inclusive(as_of, m));
                }
                Some(FilingTerm::LongTerm) => {
                    let months = rules.int("long_term_change_lock_months").and_then(|m| u32::try_from(m).ok());
                    dates.change_from = months.and_then(|m| as_of.checked_add_months(chrono_months(m)));
                }
                _ => {}
            }
        }

        // Changing or cancelling a long-term filing: from the day it was made plus the lock.
        if settlement == Settlement::ChangeFiling {
            dates.change_from = ctx.date(CHANGE_FROM);
        }

        // A temporary filing already in place runs to the end date the person gave.
        if settlement == Settlement::AlreadyFiled {
            if let Some(Answer::Date(end)) = kept.get("filing_end") {
                dates.valid_until = Some(*end);
            }
        }

        let mut lines: Vec<PlanLine<'_>> = Vec::new();
        for &line in rules.lines.iter().filter(|l| ctx.holds_opt(&l.when)) {
            let holder = rules.layers.iter().rev().copied().find(|l| l.lines.iter().any(|x| std::ptr::eq(x, line)));
            let (source, article, layer): (Option<&Source>, Option<&str>, Option<&Layer>) = match line.source.strip_prefix("param:") {
                Some(p) => match rules.params.get(p) {
                    Some(&(param, set_by)) => {
                        (rules.sources.get(param.source.as_str()).copied(), param.article.as_deref(), Some(set_by))
                    }
                    None => (None, None, None),
                },
                None => (rules.sources.get(line.source.as_str()).copied(), line.article.as_deref(), holder),
            };
            // The loader checked every citation; a line without a source is never shown.
            if let (Some(source), Some(layer)) = (source, layer) {
                lines.push(PlanLine {
                    id: &line.id,
                    section: line.section,
                    source,
                    article: article.or(line.article.as_deref()),
                    layer,
                });
            }
        }
        lines.sort_by_key(|l| l.section);
        Ok(Plan {
            outcome: &node.id,
            verdict: node.verdict,
            category,
            settlement,
            stage,
            lines,
            dates,
            rules,
            answers: kept,
            path: walk.path,
            as_of,
        })
    }
}
