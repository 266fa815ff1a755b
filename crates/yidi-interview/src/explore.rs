//! Exhaustive exploration of the flow: every combination of answers, with every choice and
//! representative values for dates, numbers and regions, is walked to its end. This is what
//! shows that no combination is left without an outcome, that every question and outcome is
//! reached by some answers, and which categories, settlements and lines the data can produce.

use std::collections::{BTreeMap, BTreeSet};

use yidi_domain::{FilingCategory, NaiveDate, RegionCode};

use crate::{
    answer::{Answer, Answers},
    engine::{EngineError, Interview, Next},
    model::{QuestionKind, Settlement},
};

/// The values tried for questions whose answers are not a short list.
#[derive(Debug, Clone, Default)]
pub struct Samples {
    /// Per region question.
    pub regions: BTreeMap<String, Vec<RegionCode>>,
    /// Per date question.
    pub dates: BTreeMap<String, Vec<NaiveDate>>,
    /// Per number question; when absent: min, max, and each threshold a `below_param`
    /// condition compares the question with (as the insured region's layers set it), with the
    /// value just below it.
    pub numbers: BTreeMap<String, Vec<i64>>,
    /// Choice questions limited to some of their options, where the others are known to route
    /// alike (the audience, which no rule may read; diseases on the same list).
    pub choices: BTreeMap<String, Vec<String>>,
}

/// What the exploration saw.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Complete answer sets walked to an outcome.
    pub paths: usize,
    pub questions_asked: BTreeSet<String>,
    pub outcomes: BTreeMap<String, usize>,
    pub categories: BTreeSet<FilingCategory>,
    pub settlements: BTreeSet<Settlement>,
    pub lines: BTreeSet<String>,
    /// Distinct (outcome, category, settlement, line ids) results, for checking each formats.
    pub results: BTreeSet<(String, Option<FilingCategory>, Settlement, Vec<String>)>,
    /// Problems, with the answers that caused them.
    pub errors: Vec<(Answers, String)>,
}

impl Interview {
    /// Walks every combination of answers from `samples` (and every option of every choice).
    pub fn explore(&self, samples: &Samples, as_of: NaiveDate) -> Report {
        let mut report = Report::default();
        let mut answers = Answers::new();
        // Placeables each message uses, looked up once rather than on every path.
        let mut variables: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let layers = std::iter::once(self.national()).chain(self.overrides().map(|(_, l)| l));
        let messages = layers
            .flat_map(|l| l.lines.iter().map(|line| crate::text::line(&line.id)))
            .chain(self.flow().outcomes.iter().map(|o| crate::text::outcome(&o.id)));
        for message in messages {
            let vars = yidi_domain::i18n::message_variables(yidi_domain::Lang::REFERENCE, &message);
            variables.insert(message, vars.into_iter().collect());
        }
        let rules = self.rules_for(None);
        self.explore_from(&mut answers, samples, as_of, &variables, &rules, &mut report);
        report
    }

    fn sample_values(&self, id: &str, kind: &QuestionKind, samples: &Samples, answers: &Answers) -> Vec<Answer> {
        match kind {
            QuestionKind::Choice(options) => match samples.choices.get(id) {
                Some(some) => some.iter().filter(|o| options.contains(o)).map(|o| Answer::Choice(o.clone())).collect(),
                None => options.iter().map(|o| Answer::Choice(o.clone())).collect(),
            },
            QuestionKind::YesNo => vec![Answer::YesNo(true), Answer::YesNo(false)],
            QuestionKind::Region => samples.regions.get(id).into_iter().flatten().map(|c| Answer::Region(*c)).collect(),
            QuestionKind::Date => samples.dates.get(id).into_iter().flatten().map(|d| Answer::Date(*d)).collect(),
            QuestionKind::Number { min, max } => {
                let mut values: BTreeSet<i64> = match samples.numbers.get(id) {
                    Some(v) => v.iter().copied().collect(),
                    None => {
                        let mut v = BTreeSet::from([*min, *max]);
                        let mut params = BTreeSet::new();
                        for q in &self.flow().questions {
                            for r in &q.next {
                                if let Some(c) = &r.when {
                                    thresholds_of(c, id, &mut params);
                                }
                            }
                        }
                        for rule in &self.flow().category {
                            if let Some(c) = &rule.when {
                                thresholds_of(c, id, &mut params);
                            }
                        }
                        // The thresholds in force for this insured region: a value either side
                        // of each is every case the conditions can tell apart.
                        let rules = self.rules_for(self.insured(answers));
                        for name in &params {
                            if let Some(n) = rules.int(name) {
                                v.extend([n - 1, n]);
                            }
                        }
                        v
                    }
                };
                values.retain(|n| n >= min && n <= max);
                values.into_iter().map(Answer::Number).collect()
            }
        }
    }

    /// Whether every condition that names `question` is a `trip` condition.
    fn read_only_by_trip(&self, question: &str) -> bool {
        let flow = self.flow();
        let mut conds: Vec<&crate::model::Cond> = Vec::new();
        conds.extend(flow.questions.iter().flat_map(|q| q.next.iter().filter_map(|r| r.when.as_ref())));
        conds.extend(flow.category.iter().filter_map(|r| r.when.as_ref()));
        conds.extend(flow.settlement.iter().filter_map(|r| r.when.as_ref()));
        let layers = std::iter::once(self.national()).chain(self.overrides().map(|(_, l)| l));
        for layer in layers {
            conds.extend(layer.lines.iter().filter_map(|l| l.when.as_ref()));
        }
        conds.iter().all(|c| !names_outside_trip(c, question))
    }

    /// A region other than the insured region that only `trip` conditions read: destinations
    /// with the same scope from the insured region route alike, and one of each is enough.
    fn one_per_trip_scope(&self, answers: &Answers, values: Vec<Answer>) -> Vec<Answer> {
        let Some(Answer::Region(insured)) = answers.get(&self.flow().insured_region_question) else {
            return values;
        };
        let mut seen = BTreeSet::new();
        values
            .into_iter()
            .filter(|v| match v {
                Answer::Region(c) => seen.insert(format!("{:?}", yidi_domain::trip::classify(*insured, *c))),
                _ => true,
            })
            .collect()
    }

    fn explore_from(
        &self,
        answers: &mut Answers,
        samples: &Samples,
        as_of: NaiveDate,
        variables: &BTreeMap<String, Vec<String>>,
        rules: &crate::engine::Rules<'_>,
        report: &mut Report,
    ) {
        let walk = match self.walk_in(answers, rules) {
            Ok(w) => w,
            Err(e) => return report.errors.push((answers.clone(), e.to_string())),
        };
        if walk.path.len() != answers.len() {
            // Adding an answer must never make an earlier one stop applying.
            let lost: Vec<_> = answers.keys().filter(|k| !walk.path.contains(k)).collect();
            return report.errors.push((answers.clone(), format!("answers left the path: {lost:?}")));
        }
        match walk.next {
            Next::Question(id) => {
                report.questions_asked.insert(id.clone());
                let Some(question) = self.question(&id) else {
                    return report.errors.push((answers.clone(), format!("no question {id:?}")));
                };
                let mut values = self.sample_values(&id, &question.kind, samples, answers);
                if question.kind == QuestionKind::Region
                    && id != self.flow().insured_region_question
                    && self.read_only_by_trip(&id)
                {
                    values = self.one_per_trip_scope(answers, values);
                }
                if values.is_empty() {
                    return report.errors.push((answers.clone(), format!("no sample values for {id:?}")));
                }
                for value in values {
                    // The insured region selects the rule layers: merge them once per region.
                    let merged = match &value {
                        Answer::Region(code) if id == self.flow().insured_region_question => Some(self.rules_for(Some(*code))),
                        _ => None,
                    };
                    answers.insert(id.clone(), value);
                    self.explore_from(answers, samples, as_of, variables, merged.as_ref().unwrap_or(rules), report);
                }
                answers.remove(&id);
            }
            Next::Outcome(id) => match self.plan_in(answers, as_of, rules.clone()) {
                Ok(plan) => {
                    report.paths += 1;
                    *report.outcomes.entry(id.clone()).or_default() += 1;
                    report.categories.extend(plan.category);
                    report.settlements.insert(plan.settlement);
                    let ids: Vec<String> = plan.lines.iter().map(|l| l.id.to_string()).collect();
                    // Every placeable a shown line (or the headline) uses must be fillable.
                    let names = plan.arg_names(&self.flow().insured_region_question, self.destination_question());
                    let messages = ids.iter().map(|l| crate::text::line(l)).chain([crate::text::outcome(&id)]);
                    for message in messages {
                        let vars = variables.get(&message).map(Vec::as_slice).unwrap_or_default();
                        for var in vars.iter().filter(|v| !names.contains(&v.as_str())) {
                            report.errors.push((answers.clone(), format!("{message} uses ${var}, which this outcome cannot fill")));
                        }
                    }
                    report.lines.extend(ids.iter().cloned());
                    report.results.insert((id, plan.category, plan.settlement, ids));
                }
                Err(e @ (EngineError::Unanswered(_) | EngineError::NoOutcome(_) | EngineError::NotOnPath(_) | EngineError::AfterAsOf(_))) => {
                    report.errors.push((answers.clone(), e.to_string()))
                }
            },
        }
    }
}

/// The parameters a `below_param` condition compares `question` with.
fn thresholds_of(cond: &crate::model::Cond, question: &str, out: &mut BTreeSet<String>) {
    use crate::model::Cond;
    match cond {
        Cond::BelowParam(q, p) if q == question => {
            out.insert(p.clone());
        }
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| thresholds_of(c, question, out)),
        Cond::Not(c) => thresholds_of(c, question, out),
        _ => {}
    }
}

/// Whether `cond` reads `question` other than through a `trip` condition.
fn names_outside_trip(cond: &crate::model::Cond, question: &str) -> bool {
    use crate::model::Cond;
    match cond {
        Cond::Is(q, _) | Cond::In(q, _) | Cond::Yes(q) | Cond::No(q) | Cond::Answered(q) | Cond::ParamHas(_, q) | Cond::BelowParam(q, _) => q == question,
        Cond::DateBefore(a, b) => a == question || b == question,
        Cond::All(cs) | Cond::Any(cs) => cs.iter().any(|c| names_outside_trip(c, question)),
        Cond::Not(c) => names_outside_trip(c, question),
        Cond::Trip { .. } | Cond::Param(_) | Cond::ParamIs(..) | Cond::Category(_) | Cond::Outcome(_) | Cond::Settlement(_) => false,
    }
}
